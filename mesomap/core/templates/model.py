"""The anatomical template model: typed, immutable, Qt-free.

A :class:`Template` is built by the loader (:mod:`.schema`) from a validated JSON document; it
keeps that document (``document``) so it can be snapshotted into a stored session and rebuilt
byte-for-byte later (:meth:`Template.snapshot`, :meth:`Template.from_snapshot`).
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

from shapely.geometry import LineString, Polygon
from shapely.geometry.base import BaseGeometry

from .relief import CrossSectionRelief, Relief

LANGUAGES: tuple[str, ...] = ("en", "fr", "it", "es", "pt")
"""Languages every title and name must be given in."""

VIEWS = ("front", "back", "left", "right", "top")
SEXES = ("female", "male", "neutral")
BODY_AREAS = (
    "face", "scalp", "neck", "hands", "abdomen", "buttocks", "thighs", "knees", "legs", "arms",
    "back", "whole_body",
)
SEVERITIES = ("avoid", "caution")
LATERALITIES = ("left", "right", "bilateral")
LATERALITY_SNOMED = {"left": "7771000", "right": "24028007", "bilateral": "51440002"}
"""SNOMED CT qualifier codes for laterality (see DOMAIN.md; verify before relying on them)."""

FORMAT = "mesomap-template/1"


class _Immutable:
    """Template parts are immutable and shared: copying returns the same object."""

    def __copy__(self) -> Any:
        return self

    def __deepcopy__(self, memo: dict[int, Any]) -> Any:
        return self


def _localized(names: Mapping[str, str], lang: str) -> str:
    base = lang.split("_")[0].split("-")[0].lower()
    return names.get(lang) or names.get(base) or names.get("en", "")


@dataclass(frozen=True)
class Zone(_Immutable):
    """A named treatment area."""

    id: str
    names: Mapping[str, str]
    geometry: Polygon
    snomed_code: str | None = None
    laterality: str | None = None

    def name(self, lang: str = "en") -> str:
        return _localized(self.names, lang)

    @property
    def laterality_snomed_code(self) -> str | None:
        return LATERALITY_SNOMED.get(self.laterality) if self.laterality else None


@dataclass(frozen=True)
class DangerZone(_Immutable):
    """An area, line or point to keep papules away from, by ``margin_cm``."""

    id: str
    names: Mapping[str, str]
    geometry: BaseGeometry
    margin_cm: float
    severity: str
    description: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))

    def name(self, lang: str = "en") -> str:
        return _localized(self.names, lang)

    def describe(self, lang: str = "en") -> str:
        return _localized(self.description, lang) if self.description else ""

    def keep_out(self, margin_cm: float | None = None) -> BaseGeometry:
        """The geometry grown by the margin (the template's default unless given)."""
        m = self.margin_cm if margin_cm is None else margin_cm
        return self.geometry.buffer(m) if m > 0 else self.geometry


@dataclass(frozen=True)
class Measurement(_Immutable):
    """A dimension a patient fit can use: between two landmarks, or a cross-section circumference."""

    id: str
    names: Mapping[str, str]
    axis: str  # "x" | "y" | "xy"
    from_landmark: str | None = None
    to_landmark: str | None = None
    circumference_body: str | None = None
    circumference_at: float | None = None
    reference: str = ""

    def name(self, lang: str = "en") -> str:
        return _localized(self.names, lang)

    def template_value_cm(self, template: Template) -> float:
        """The measurement on the template itself, in cm."""
        if self.circumference_body is not None:
            relief = template.relief
            assert isinstance(relief, CrossSectionRelief)
            station = relief.body(self.circumference_body).station_at(float(self.circumference_at or 0))
            assert station is not None
            return station.circumference_cm()
        assert self.from_landmark is not None and self.to_landmark is not None
        (x0, y0), (x1, y1) = template.landmarks[self.from_landmark], template.landmarks[self.to_landmark]
        if self.axis == "x":
            return abs(x1 - x0)
        if self.axis == "y":
            return abs(y1 - y0)
        return math.hypot(x1 - x0, y1 - y0)


@dataclass(frozen=True)
class ArtworkItem(_Immutable):
    """One thing to draw, in order: a stroke (line or polygon) or a fill (polygon)."""

    role: str
    kind: str  # "stroke" | "fill"
    geometry: BaseGeometry
    color: str
    width_mm: float
    opacity: float
    path: str | None = None
    """The source path string (cm, y up) when the item was given as one, for renderers that
    draw the Bézier curves themselves instead of the flattened ``geometry``."""


@dataclass(frozen=True)
class Source(_Immutable):
    """Where a template comes from, its attribution and what it was checked against."""

    description: str
    attribution: str
    checked_against: tuple[str, ...] = ()


@dataclass(frozen=True, eq=False)
class Template(_Immutable):
    """One view of one body part, in cm (x right, y up; left/right are the patient's)."""

    id: str
    version: int
    titles: Mapping[str, str]
    description: Mapping[str, str]
    view: str
    sex: str
    body_area: str
    width_cm: float
    height_cm: float
    outline: Polygon
    zones: tuple[Zone, ...]
    danger_zones: tuple[DangerZone, ...]
    landmarks: Mapping[str, tuple[float, float]]
    midline: LineString | None
    relief: Relief
    measurements: tuple[Measurement, ...]
    artwork: tuple[ArtworkItem, ...]
    source: Source
    content_hash: str
    document: Mapping[str, Any] = field(repr=False)
    path: str | None = None

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Template) and other.content_hash == self.content_hash

    def __hash__(self) -> int:
        return hash(self.content_hash)

    def __reduce__(self) -> tuple[Any, ...]:
        return (Template.from_snapshot, (self.snapshot(),))

    def title(self, lang: str = "en") -> str:
        """The localized title; falls back to English."""
        return _localized(self.titles, lang)

    def zone(self, zone_id: str) -> Zone:
        for z in self.zones:
            if z.id == zone_id:
                return z
        raise KeyError(f"template {self.id} has no zone {zone_id!r}")

    def danger_zone(self, zone_id: str) -> DangerZone:
        for z in self.danger_zones:
            if z.id == zone_id:
                return z
        raise KeyError(f"template {self.id} has no danger zone {zone_id!r}")

    def measurement(self, measurement_id: str) -> Measurement:
        for m in self.measurements:
            if m.id == measurement_id:
                return m
        raise KeyError(f"template {self.id} has no measurement {measurement_id!r}")

    def avoid_exclusions(self) -> list[tuple[BaseGeometry, float]]:
        """``[(geometry, margin_cm)]`` of the ``avoid`` danger zones, for the layout engine."""
        return [(d.geometry, d.margin_cm) for d in self.danger_zones if d.severity == "avoid"]

    def caution_zones(self) -> list[tuple[BaseGeometry, float]]:
        """``[(geometry, margin_cm)]`` of the ``caution`` danger zones (allowed, warned)."""
        return [(d.geometry, d.margin_cm) for d in self.danger_zones if d.severity == "caution"]

    def snapshot(self) -> dict[str, Any]:
        """A JSON-able copy of the exact geometry, to store with a session."""
        from .schema import snapshot_of

        return snapshot_of(self)

    @staticmethod
    def from_snapshot(data: Mapping[str, Any]) -> Template:
        """Rebuild a template from :meth:`snapshot` output; :class:`TemplateError` if altered."""
        from .schema import template_from_snapshot

        return template_from_snapshot(data)
