"""The map document's values: technique, mixture, region, template reference, and the document.

Everything except ``MapDocument`` is an immutable value (frozen dataclass). A command changes the
document by replacing a whole ``Region`` value with a new one; undo puts the old value back, so a
do→undo returns an identical document by construction, and views can compare old and new values
to decide what to redraw. ``MapDocument`` holds the ordered regions and emits change events
(``mesomap.core.document.events``); only commands should call its mutating methods.

Units (docs/architecture.md): lengths in cm unless the name says mm, volumes ``Decimal`` mL with
at most four decimals (the database stores ``Numeric(10, 4)``), map coordinates x right, y up.
"""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, Final

import shapely
from shapely.geometry.base import BaseGeometry

from mesomap.core.document.events import DocumentEvent, DocumentEvents, EventKind
from mesomap.core.document.papules import PapuleSet
from mesomap.core.templates import PatientFit

PATTERNS: Final = ("auto", "hex", "square", "line", "rings", "nappage")
AREA_PATTERNS: Final = frozenset({"auto", "hex", "square", "nappage"})
LAID_OUT_PATTERNS: Final = frozenset({"auto", "hex", "square", "line", "rings"})
START_CORNERS: Final = ("top_left", "top_right", "bottom_left", "bottom_right")
MIRRORED_CORNER: Final = {
    "top_left": "top_right",
    "top_right": "top_left",
    "bottom_left": "bottom_right",
    "bottom_right": "bottom_left",
}
VOLUME_QUANTUM: Final = Decimal("0.0001")
SPACING_RANGE_CM: Final = (0.2, 5.0)


def new_region_id() -> str:
    return uuid.uuid4().hex


def normalize_volume(value: Decimal | str | int) -> Decimal:
    """A volume as stored: exactly four decimals. Values that would need rounding are refused
    (a silent rounding would change a clinical quantity)."""
    dec = value if isinstance(value, Decimal) else Decimal(str(value))
    if not dec.is_finite():
        raise ValueError(f"volume {value!r} is not a finite number")
    quantized = dec.quantize(VOLUME_QUANTUM)
    if quantized != dec:
        raise ValueError(f"volume {value!r} has more than four decimals")
    return quantized + Decimal("0.0000")  # normalizes -0.0000 to 0.0000


@dataclass(frozen=True, slots=True)
class Technique:
    """How a region is injected. A region copies a protocol preset's values and may override
    each one; ``preset_id`` remembers which preset it started from."""

    code: str = "IDP"
    preset_id: int | None = None
    depth_mm: float = 3.0
    needle_gauge: int = 30
    needle_length_mm: float = 4.0
    angle_deg: float = 45.0
    spacing_cm: float = 1.0
    margin_cm: float = 0.0
    rings_count: int | None = None
    nappage_density_per_cm2: float | None = None
    seconds_per_papule: float = 5.0
    setup_minutes: float = 5.0

    def replace(self, **changes: Any) -> Technique:
        return dataclasses.replace(self, **changes)


@dataclass(frozen=True, slots=True)
class MixtureItem:
    """One product (and lot) in a region's syringe, with its volume per papule (nappage: per
    injection). ``product_name`` and ``lot_number`` are copied so a record stays readable even
    if the catalogue changes later."""

    product_id: int | None
    lot_id: int | None
    product_name: str
    lot_number: str
    volume_per_papule_ml: Decimal

    def __post_init__(self) -> None:
        object.__setattr__(self, "volume_per_papule_ml", normalize_volume(self.volume_per_papule_ml))

    @property
    def product_key(self) -> str:
        """Groups totals per product: the catalogue id when known, else the name."""
        return f"id:{self.product_id}" if self.product_id is not None else f"name:{self.product_name}"


@dataclass(frozen=True, slots=True)
class TemplateRef:
    """Which template (exact version and content) the map was drawn on, and the patient fit
    that scaled it to this patient."""

    template_id: str
    template_version: int
    content_hash: str
    fit: PatientFit


def geometry_identical(a: BaseGeometry, b: BaseGeometry) -> bool:
    """Same type and the very same coordinates in the same order (no tolerance)."""
    return a is b or bool(shapely.equals_identical(a, b))


@dataclass(frozen=True, slots=True, eq=False)
class Region:
    """One treatment region: geometry in map cm, how it is injected, with what, and its papules.

    Geometry by pattern: Polygon/MultiPolygon for auto/hex/square/nappage, LineString for line,
    Point for rings. Nappage regions have no papules (a density, not positions).
    """

    id: str
    name: str
    color: str
    geometry: BaseGeometry
    pattern: str = "auto"
    technique: Technique = field(default_factory=Technique)
    mixture: tuple[MixtureItem, ...] = ()
    papules: PapuleSet = field(default_factory=PapuleSet.empty)
    start_corner: str = "top_left"

    def __post_init__(self) -> None:
        # Accept any iterable for the mixture and a list of Papule values for the papules.
        if not isinstance(self.mixture, tuple):
            object.__setattr__(self, "mixture", tuple(self.mixture))
        if not isinstance(self.papules, PapuleSet):
            object.__setattr__(self, "papules", PapuleSet.from_papules(self.papules))

    def replace(self, **changes: Any) -> Region:
        return dataclasses.replace(self, **changes)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Region):
            return NotImplemented
        return (
            self.id == other.id
            and self.name == other.name
            and self.color == other.color
            and geometry_identical(self.geometry, other.geometry)
            and self.pattern == other.pattern
            and self.technique == other.technique
            and self.mixture == other.mixture
            and self.start_corner == other.start_corner
            and self.papules == other.papules
        )

    __hash__ = None  # type: ignore[assignment]

    def changed_aspects(self, other: Region) -> frozenset[str]:
        """Names of the non-papule parts that differ between ``self`` and ``other``."""
        aspects = set()
        if not geometry_identical(self.geometry, other.geometry):
            aspects.add("geometry")
        for name in ("name", "color", "pattern", "technique", "mixture", "start_corner"):
            if getattr(self, name) != getattr(other, name):
                aspects.add(name)
        return frozenset(aspects)


class MapDocument:
    """One session's map: template reference, ordered regions, notes, and change events.

    Read freely; change it through commands (``mesomap.core.document.commands``) so every change
    is undoable. The ``_``-free mutators below are the primitives those commands use; each emits
    the matching event.
    """

    def __init__(
        self, template: TemplateRef, regions: Iterable[Region] = (), notes: str = ""
    ) -> None:
        self._template = template
        self._regions: list[Region] = list(regions)
        self._notes = notes
        self.events = DocumentEvents()
        self._check_unique_ids(self._regions)

    # -- reading --------------------------------------------------------------------------------
    @property
    def template(self) -> TemplateRef:
        return self._template

    @property
    def regions(self) -> tuple[Region, ...]:
        return tuple(self._regions)

    @property
    def notes(self) -> str:
        return self._notes

    def __iter__(self) -> Iterator[Region]:
        return iter(tuple(self._regions))

    def __len__(self) -> int:
        return len(self._regions)

    def region(self, region_id: str) -> Region:
        """The region with this id; ``KeyError`` if there is none."""
        return self._regions[self.index_of(region_id)]

    def index_of(self, region_id: str) -> int:
        for i, region in enumerate(self._regions):
            if region.id == region_id:
                return i
        raise KeyError(region_id)

    def has_region(self, region_id: str) -> bool:
        return any(r.id == region_id for r in self._regions)

    def find_papule(self, papule_id: str) -> tuple[Region, int]:
        """The region holding this papule and its index there; ``KeyError`` if none."""
        for region in self._regions:
            try:
                return region, region.papules.index_of(papule_id)
            except KeyError:
                continue
        raise KeyError(papule_id)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, MapDocument):
            return NotImplemented
        return (
            self._template == other._template
            and self._notes == other._notes
            and self._regions == other._regions
        )

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return (
            f"MapDocument({self._template.template_id!r} v{self._template.template_version}, "
            f"{len(self._regions)} regions)"
        )

    def copy(self) -> MapDocument:
        """An independent document with the same content and no listeners."""
        return MapDocument(self._template, self._regions, self._notes)

    # -- primitives used by commands --------------------------------------------------------------
    def insert_region(self, index: int, region: Region) -> None:
        if self.has_region(region.id):
            raise ValueError(f"region id {region.id} is already in the document")
        index = max(0, min(index, len(self._regions)))
        self._regions.insert(index, region)
        self.events.emit(DocumentEvent(EventKind.REGION_ADDED, region.id, index))

    def remove_region(self, region_id: str) -> tuple[int, Region]:
        index = self.index_of(region_id)
        region = self._regions.pop(index)
        self.events.emit(DocumentEvent(EventKind.REGION_REMOVED, region_id, index))
        return index, region

    def replace_region(self, region: Region) -> Region:
        """Put ``region`` in place of the region with the same id; returns the old value.
        Emits REGION_CHANGED (with the changed aspects) and/or PAPULES_CHANGED."""
        index = self.index_of(region.id)
        old = self._regions[index]
        if old is region:
            return old
        self._regions[index] = region
        aspects = old.changed_aspects(region)
        if aspects:
            self.events.emit(
                DocumentEvent(EventKind.REGION_CHANGED, region.id, index, aspects)
            )
        if old.papules is not region.papules and old.papules != region.papules:
            self.events.emit(DocumentEvent(EventKind.PAPULES_CHANGED, region.id, index))
        return old

    def move_region_to(self, region_id: str, new_index: int) -> int:
        """Move a region in the drawing/listing order; returns its old index."""
        old_index = self.index_of(region_id)
        region = self._regions.pop(old_index)
        new_index = max(0, min(new_index, len(self._regions)))
        self._regions.insert(new_index, region)
        if new_index != old_index:
            self.events.emit(DocumentEvent(EventKind.REGIONS_REORDERED, region_id, new_index))
        return old_index

    def set_template(self, template: TemplateRef) -> TemplateRef:
        old = self._template
        self._template = template
        if old != template:
            self.events.emit(DocumentEvent(EventKind.TEMPLATE_CHANGED))
        return old

    def set_notes(self, notes: str) -> str:
        old = self._notes
        self._notes = notes
        if old != notes:
            self.events.emit(DocumentEvent(EventKind.NOTES_CHANGED))
        return old

    def reset(self, template: TemplateRef, regions: Sequence[Region], notes: str) -> None:
        """Replace everything (loading, recovery); listeners rebuild from scratch."""
        self._check_unique_ids(regions)
        self._template = template
        self._regions = list(regions)
        self._notes = notes
        self.events.emit(DocumentEvent(EventKind.DOCUMENT_RESET))

    @staticmethod
    def _check_unique_ids(regions: Sequence[Region]) -> None:
        ids = [r.id for r in regions]
        if len(set(ids)) != len(ids):
            raise ValueError("two regions share an id")
