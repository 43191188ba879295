"""In-memory description of one body template and its JSON form (docs/templates.md).

The generator modules (tools/body_regional*.py, tools/body_whole.py) build ``TemplateSpec``
objects from smooth curves and shapely geometry; ``TemplateSpec.to_json()`` writes the
``mesomap-template/1`` document that the loader in ``mesomap.core.templates`` validates.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from body_geom import Curve
from shapely.geometry import LineString, Point, Polygon
from shapely.geometry.base import BaseGeometry

SNOMED = {
    "face": "89545001",
    "scalp": "41695006",
    "forehead": "52795006",
    "neck": "45048000",
    "chest": "816094009",
    "abdomen": "818981001",
    "trunk": "22943007",
    "buttock": "46862004",
    "hip": "29836001",
    "thigh": "68367000",
    "knee": "72696002",
    "lower_leg": "30021000",
    "upper_arm": "40983000",
    "hand": "85562004",
}
"""SNOMED CT body-site codes from the shared DOMAIN.md list (to be verified before relying on them)."""

ART_SKIN = "#f4e6da"
ART_LINE = "#4a3b30"
ART_FEATURE = "#8a6f5e"
ART_VEIN = "#3d6fb4"
ART_BONE = "#b39a88"


def _r(v: float) -> float:
    return round(float(v), 3)


def _coords(seq: Any) -> list[list[float]]:
    return [[_r(x), _r(y)] for x, y in list(seq)]


def geometry_json(geom: BaseGeometry | Curve) -> dict[str, Any]:
    """Geometry object of the template format for a curve or a shapely geometry."""
    if isinstance(geom, Curve):
        return {"type": "polygon" if geom.closed else "line", "path": geom.svg_d()}
    if isinstance(geom, Polygon):
        ext = list(geom.exterior.coords)[:-1]
        out: dict[str, Any] = {"type": "polygon", "points": _coords(ext)}
        holes = [_coords(list(r.coords)[:-1]) for r in geom.interiors]
        if holes:
            out["holes"] = holes
        return out
    if isinstance(geom, LineString):
        return {"type": "line", "points": _coords(geom.coords)}
    if isinstance(geom, Point):
        return {"type": "point", "at": [_r(geom.x), _r(geom.y)]}
    raise TypeError(f"no template geometry for {geom.geom_type}")


@dataclass
class ZoneSpec:
    id: str
    names: dict[str, str]
    geometry: Polygon
    snomed_code: str | None
    laterality: str | None

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "names": self.names,
            "geometry": geometry_json(self.geometry),
            "snomed_code": self.snomed_code,
            "laterality": self.laterality,
        }


@dataclass
class DangerSpec:
    id: str
    names: dict[str, str]
    geometry: BaseGeometry | Curve
    margin_cm: float
    severity: str
    description: dict[str, str] | None = None

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "id": self.id,
            "names": self.names,
            "geometry": geometry_json(self.geometry),
            "margin_cm": self.margin_cm,
            "severity": self.severity,
        }
        if self.description:
            out["description"] = self.description
        return out


@dataclass
class ArtSpec:
    role: str
    kind: str  # "stroke" | "fill"
    geometry: BaseGeometry | Curve | str  # a str is raw path data (closed = fill/polygon)
    color: str
    width_mm: float = 0.3
    opacity: float = 1.0
    closed: bool = True

    def to_json(self) -> dict[str, Any]:
        if isinstance(self.geometry, str):
            geom = {"type": "polygon" if self.closed else "line", "path": self.geometry}
        else:
            geom = geometry_json(self.geometry)
        out: dict[str, Any] = {"role": self.role, "kind": self.kind, "geometry": geom,
                               "color": self.color, "opacity": self.opacity}
        if self.kind == "stroke":
            out["width_mm"] = self.width_mm
        return out


@dataclass
class TemplateSpec:
    id: str
    title: dict[str, str]
    view: str
    sex: str
    body_area: str
    outline: Curve | Polygon
    version: int = 1
    description: dict[str, str] | None = None
    zones: list[ZoneSpec] = field(default_factory=list)
    dangers: list[DangerSpec] = field(default_factory=list)
    landmarks: dict[str, tuple[float, float]] = field(default_factory=dict)
    midline: LineString | Curve | None = None
    relief: dict[str, Any] = field(default_factory=lambda: {"kind": "flat"})
    measurements: list[dict[str, Any]] = field(default_factory=list)
    artwork: list[ArtSpec] = field(default_factory=list)
    source_description: str = ""
    attribution: str = ""
    checked_against: list[str] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)  # x_ keys (ignored by the loader)

    def outline_polygon(self) -> Polygon:
        return self.outline.polygon() if isinstance(self.outline, Curve) else self.outline

    def to_json(self) -> dict[str, Any]:
        poly = self.outline_polygon()
        x0, y0, x1, y1 = poly.bounds
        out: dict[str, Any] = {
            "format": "mesomap-template/1",
            "id": self.id,
            "version": self.version,
            "units": "cm",
            "title": self.title,
        }
        if self.description:
            out["description"] = self.description
        out.update(
            {
                "view": self.view,
                "sex": self.sex,
                "body_area": self.body_area,
                "width_cm": _r(x1 - x0),
                "height_cm": _r(y1 - y0),
                "outline": geometry_json(self.outline),
                "zones": [z.to_json() for z in self.zones],
                "danger_zones": [d.to_json() for d in self.dangers],
                "landmarks": {k: [_r(v[0]), _r(v[1])] for k, v in self.landmarks.items()},
                "midline": None if self.midline is None else geometry_json(self.midline),
                "relief": self.relief,
                "measurements": self.measurements,
                "artwork": [a.to_json() for a in self.artwork],
                "source": {
                    "description": self.source_description,
                    "attribution": self.attribution,
                    "checked_against": self.checked_against,
                },
            }
        )
        for k, v in self.extra.items():
            out[k if k.startswith("x_") else "x_" + k] = v
        return out
