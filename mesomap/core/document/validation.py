"""Checks on a map document's values, each problem told as a sentence.

``validate_region`` / ``validate_document`` return ``Problem`` values (nothing is raised): the
session editor shows them next to the field, the storage layer refuses to save a document with
errors, and commands refuse an edit that would introduce one (``InvalidEditError``).

Messages are marked with ``QT_TRANSLATE_NOOP("MapDocument", ...)``; the GUI translates
``problem.message`` and then fills in ``problem.params`` with ``str.format``. ``problem.text()``
gives the untranslated sentence (logs, CLI).
"""

from __future__ import annotations

import dataclasses
import math
import re
from dataclasses import dataclass
from typing import Any

import numpy as np
import shapely
from shapely.geometry import LineString, MultiPolygon, Point, Polygon

from mesomap.core.document.model import (
    AREA_PATTERNS,
    PATTERNS,
    SPACING_RANGE_CM,
    START_CORNERS,
    MapDocument,
    MixtureItem,
    Region,
    Technique,
)
from mesomap.core.i18n import QT_TRANSLATE_NOOP

CTX = "MapDocument"
# Column sizes of the map tables (mesomap.storage.models.mapdata).
MAX_ID_LENGTH = 32
MAX_NAME_LENGTH = 200
MAX_LOT_LENGTH = 64
MAX_CODE_LENGTH = 32
_COLOR = re.compile(r"^#[0-9a-fA-F]{6}$")


@dataclass(frozen=True, slots=True)
class Problem:
    severity: str  # "error" (cannot be saved) or "warning" (shown, allowed)
    field: str  # e.g. "technique.spacing_cm", "mixture[0].volume_per_papule_ml", "geometry"
    message: str  # untranslated sentence with {placeholders}
    params: dict[str, Any] = dataclasses.field(default_factory=dict)
    region_id: str | None = None

    def text(self) -> str:
        return self.message.format(**self.params)


class InvalidEditError(ValueError):
    """An edit was refused; ``problems`` says why (sentences for the user)."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__(" ".join(p.text() for p in problems))

    @property
    def message(self) -> str:
        return " ".join(p.text() for p in self.problems)


def _err(field_name: str, message: str, **params: Any) -> Problem:
    return Problem("error", field_name, message, params)


def _finite(value: float | None) -> bool:
    return value is not None and math.isfinite(value)


def validate_technique(t: Technique, pattern: str) -> list[Problem]:
    out: list[Problem] = []
    low, high = SPACING_RANGE_CM
    if not _finite(t.spacing_cm) or not low <= t.spacing_cm <= high:
        out.append(_err("technique.spacing_cm", QT_TRANSLATE_NOOP(CTX,
            "The spacing must be between {low} and {high} cm; enter a spacing in that range."),
            low=low, high=high))
    if not _finite(t.margin_cm) or t.margin_cm < 0:
        out.append(_err("technique.margin_cm", QT_TRANSLATE_NOOP(CTX,
            "The margin cannot be negative; enter 0 or more centimetres.")))
    for name in ("depth_mm", "needle_length_mm", "seconds_per_papule", "setup_minutes"):
        value = getattr(t, name)
        if not _finite(value) or value < 0:
            out.append(_err(f"technique.{name}", QT_TRANSLATE_NOOP(CTX,
                "This value cannot be negative; enter 0 or more.")))
    if not _finite(t.angle_deg) or not 0 < t.angle_deg <= 90:
        out.append(_err("technique.angle_deg", QT_TRANSLATE_NOOP(CTX,
            "The needle angle must be more than 0° and at most 90°.")))
    if t.needle_gauge <= 0:
        out.append(_err("technique.needle_gauge", QT_TRANSLATE_NOOP(CTX,
            "The needle gauge must be a positive number such as 30.")))
    if pattern == "rings" and (t.rings_count is None or t.rings_count < 1):
        out.append(_err("technique.rings_count", QT_TRANSLATE_NOOP(CTX,
            "A rings region needs at least one ring; enter the number of rings.")))
    if pattern == "nappage" and (
        t.nappage_density_per_cm2 is None
        or not _finite(t.nappage_density_per_cm2)
        or t.nappage_density_per_cm2 <= 0
    ):
        out.append(_err("technique.nappage_density_per_cm2", QT_TRANSLATE_NOOP(CTX,
            "A nappage region needs a density above zero (injections per cm²).")))
    return out


def validate_mixture(mixture: tuple[MixtureItem, ...]) -> list[Problem]:
    out: list[Problem] = []
    for i, item in enumerate(mixture):
        if item.volume_per_papule_ml < 0:
            out.append(_err(f"mixture[{i}].volume_per_papule_ml", QT_TRANSLATE_NOOP(CTX,
                "The volume of {product} per papule is negative; enter 0 or more mL."),
                product=item.product_name))
        elif item.volume_per_papule_ml == 0:
            out.append(Problem("warning", f"mixture[{i}].volume_per_papule_ml",
                QT_TRANSLATE_NOOP(CTX, "The volume of {product} per papule is zero."),
                {"product": item.product_name}))
        if not item.product_name.strip():
            out.append(_err(f"mixture[{i}].product_name", QT_TRANSLATE_NOOP(CTX,
                "A product in the mixture has no name; choose a product.")))
        elif len(item.product_name) > MAX_NAME_LENGTH:
            out.append(_err(f"mixture[{i}].product_name", QT_TRANSLATE_NOOP(CTX,
                "The product name is longer than {limit} characters; shorten it."),
                limit=MAX_NAME_LENGTH))
        if len(item.lot_number) > MAX_LOT_LENGTH:
            out.append(_err(f"mixture[{i}].lot_number", QT_TRANSLATE_NOOP(CTX,
                "The lot number is longer than {limit} characters; check it."),
                limit=MAX_LOT_LENGTH))
    return out


def validate_geometry(region: Region) -> list[Problem]:
    geom = region.geometry
    if not bool(np.isfinite(shapely.get_coordinates(geom)).all()):
        return [_err("geometry", QT_TRANSLATE_NOOP(CTX,
            "The region has a point with no valid position; redraw it."))]
    if region.pattern in AREA_PATTERNS:
        if not isinstance(geom, Polygon | MultiPolygon):
            return [_err("geometry", QT_TRANSLATE_NOOP(CTX,
                "This pattern needs an area; draw a polygon, ellipse or rectangle."))]
        valid = bool(shapely.is_valid(geom))
        area = float(geom.area if valid else shapely.make_valid(geom).area)
        if geom.is_empty or area <= 0:
            return [_err("geometry", QT_TRANSLATE_NOOP(CTX,
                "Region {name} encloses no area; redraw it."), name=region.name)]
        if not valid:
            return [Problem("warning", "geometry", QT_TRANSLATE_NOOP(CTX,
                "The outline of region {name} crosses itself; papules are laid out in the "
                "repaired shape. Move the crossing vertex to fix it."), {"name": region.name})]
    elif region.pattern == "line":
        if not isinstance(geom, LineString) or geom.is_empty or geom.length <= 0:
            return [_err("geometry", QT_TRANSLATE_NOOP(CTX,
                "A line region needs a line of at least two distinct points."))]
    elif region.pattern == "rings" and (not isinstance(geom, Point) or geom.is_empty):
        return [_err("geometry", QT_TRANSLATE_NOOP(CTX,
            "A rings region needs one centre point."))]
    return []


def validate_region(region: Region) -> list[Problem]:
    out: list[Problem] = []
    if region.pattern not in PATTERNS:
        out.append(_err("pattern", QT_TRANSLATE_NOOP(CTX,
            "Unknown pattern {pattern}; choose auto, hex, square, line, rings or nappage."),
            pattern=region.pattern))
    if region.start_corner not in START_CORNERS:
        out.append(_err("start_corner", QT_TRANSLATE_NOOP(CTX,
            "Unknown starting corner {corner}."), corner=region.start_corner))
    if not _COLOR.match(region.color):
        out.append(_err("color", QT_TRANSLATE_NOOP(CTX,
            "The colour must look like #RRGGBB.")))
    if not 0 < len(region.id) <= MAX_ID_LENGTH:
        out.append(_err("id", QT_TRANSLATE_NOOP(CTX,
            "The region has an id the database cannot store; copy the region instead.")))
    if not region.name.strip():
        out.append(_err("name", QT_TRANSLATE_NOOP(CTX, "Give the region a name.")))
    elif len(region.name) > MAX_NAME_LENGTH:
        out.append(_err("name", QT_TRANSLATE_NOOP(CTX,
            "The region name is longer than {limit} characters; shorten it."),
            limit=MAX_NAME_LENGTH))
    if not 0 < len(region.technique.code) <= MAX_CODE_LENGTH:
        out.append(_err("technique.code", QT_TRANSLATE_NOOP(CTX,
            "The technique needs a short code of at most {limit} characters, such as IDP."),
            limit=MAX_CODE_LENGTH))
    if region.pattern in PATTERNS:
        out.extend(validate_geometry(region))
    out.extend(validate_technique(region.technique, region.pattern))
    out.extend(validate_mixture(region.mixture))
    papules = region.papules
    if region.pattern == "nappage" and len(papules):
        out.append(_err("papules", QT_TRANSLATE_NOOP(CTX,
            "A nappage region has no individual papules; change the pattern to place them.")))
    if len(papules):
        if not bool(np.isfinite(papules.xy).all()):
            out.append(_err("papules", QT_TRANSLATE_NOOP(CTX,
                "A papule has no valid position; delete it and place it again.")))
        if not np.array_equal(np.sort(papules.order), np.arange(1, len(papules) + 1)):
            out.append(_err("papules", QT_TRANSLATE_NOOP(CTX,
                "The papules' injection numbers are not 1 to {count}; renumber them."),
                count=len(papules)))
        if not papules.ids_are_fresh_block and any(
            not 0 < len(pid) <= MAX_ID_LENGTH for pid in papules.ids
        ):
            out.append(_err("papules", QT_TRANSLATE_NOOP(CTX,
                "A papule has an id the database cannot store; re-lay out the region.")))
        if not papules.ids_are_fresh_block and len(set(papules.ids)) != len(papules):
            out.append(_err("papules", QT_TRANSLATE_NOOP(CTX,
                "Two papules share an id; this map was damaged. Re-lay out the region.")))
    return [
        Problem(p.severity, p.field, p.message, p.params, region.id) for p in out
    ]


def validate_document(document: MapDocument) -> list[Problem]:
    out: list[Problem] = []
    seen: set[str] = set()
    for region in document.regions:
        out.extend(validate_region(region))
        dup = seen.intersection(region.papules.ids)
        if dup:
            out.append(Problem("error", "papules", QT_TRANSLATE_NOOP(CTX,
                "Two regions share papules; this map was damaged. Re-lay out region {name}."),
                {"name": region.name}, region.id))
        seen.update(region.papules.ids)
    return out


def errors(problems: list[Problem]) -> list[Problem]:
    return [p for p in problems if p.severity == "error"]
