"""Geometry edits behind the document's commands: vertices, translation, mirroring.

A vertex is addressed by ``VertexRef(part, ring, index)``: ``part`` is the polygon's index in a
MultiPolygon (0 otherwise), ``ring`` 0 is the exterior and 1.. the holes (0 for a line or a
point), ``index`` the vertex within the ring, the closing duplicate of a polygon ring not counted.
Every function returns a new geometry; inputs are never changed. Coordinates are map cm.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
import shapely
from shapely.geometry import LineString, MultiPolygon, Point, Polygon
from shapely.geometry.base import BaseGeometry

Ring = npt.NDArray[np.float64]  # (n, 2), open (no closing duplicate) for polygon rings
Parts = list[list[Ring]]


@dataclass(frozen=True, slots=True)
class VertexRef:
    part: int
    ring: int
    index: int


class GeometryEditError(ValueError):
    """A geometry edit that cannot be done (e.g. a triangle cannot lose a vertex)."""


def _open_ring(coords: npt.ArrayLike) -> Ring:
    arr = np.asarray(coords, dtype=np.float64)[:, :2]
    if len(arr) > 1 and np.array_equal(arr[0], arr[-1]):
        arr = arr[:-1]
    return arr.copy()


def decompose(geom: BaseGeometry) -> Parts:
    """Parts → rings → (n, 2) vertex arrays (polygon rings open)."""
    if isinstance(geom, Polygon):
        polys = [geom]
    elif isinstance(geom, MultiPolygon):
        polys = list(geom.geoms)
    elif isinstance(geom, LineString | Point):
        return [[np.asarray(geom.coords, dtype=np.float64)[:, :2].copy()]]
    else:
        raise GeometryEditError(f"cannot edit the vertices of a {geom.geom_type}")
    return [
        [_open_ring(p.exterior.coords)] + [_open_ring(h.coords) for h in p.interiors]
        for p in polys
    ]


def compose(template: BaseGeometry, parts: Parts) -> BaseGeometry:
    """Rebuild a geometry of ``template``'s type from ``parts``."""
    if isinstance(template, Point):
        return Point(parts[0][0][0])
    if isinstance(template, LineString):
        return LineString(parts[0][0])
    polys = [Polygon(rings[0], rings[1:]) for rings in parts]
    if isinstance(template, MultiPolygon):
        return MultiPolygon(polys)
    return polys[0]


def _minimum_vertices(geom: BaseGeometry) -> int:
    if isinstance(geom, Point):
        return 1
    if isinstance(geom, LineString):
        return 2
    return 3


def vertex_count(geom: BaseGeometry, ref: VertexRef) -> int:
    return len(decompose(geom)[ref.part][ref.ring])


def vertex(geom: BaseGeometry, ref: VertexRef) -> tuple[float, float]:
    ring = _ring(decompose(geom), ref)
    x, y = ring[ref.index]
    return float(x), float(y)


def _ring(parts: Parts, ref: VertexRef) -> Ring:
    try:
        ring = parts[ref.part][ref.ring]
    except IndexError:
        raise GeometryEditError(f"no ring {ref.ring} in part {ref.part}") from None
    return ring


def move_vertex(geom: BaseGeometry, ref: VertexRef, x: float, y: float) -> BaseGeometry:
    parts = decompose(geom)
    ring = _ring(parts, ref)
    if not 0 <= ref.index < len(ring):
        raise GeometryEditError(f"no vertex {ref.index}")
    ring[ref.index] = (x, y)
    return compose(geom, parts)


def insert_vertex(geom: BaseGeometry, ref: VertexRef, x: float, y: float) -> BaseGeometry:
    """Insert a vertex so that it becomes ``ref.index`` (0..n; n appends)."""
    if isinstance(geom, Point):
        raise GeometryEditError("a point has no edges to split")
    parts = decompose(geom)
    ring = _ring(parts, ref)
    if not 0 <= ref.index <= len(ring):
        raise GeometryEditError(f"cannot insert at {ref.index}")
    parts[ref.part][ref.ring] = np.insert(ring, ref.index, (x, y), axis=0)
    return compose(geom, parts)


def delete_vertex(geom: BaseGeometry, ref: VertexRef) -> BaseGeometry:
    parts = decompose(geom)
    ring = _ring(parts, ref)
    if not 0 <= ref.index < len(ring):
        raise GeometryEditError(f"no vertex {ref.index}")
    if len(ring) <= _minimum_vertices(geom):
        raise GeometryEditError("too few vertices left")
    parts[ref.part][ref.ring] = np.delete(ring, ref.index, axis=0)
    return compose(geom, parts)


def translate(geom: BaseGeometry, dx: float, dy: float) -> BaseGeometry:
    offset = np.array([dx, dy], dtype=np.float64)
    return shapely.transform(geom, lambda c: c + offset)


def mirror_x(geom: BaseGeometry, mid_x: float) -> BaseGeometry:
    """Mirror across the vertical line x = mid_x: x → 2·mid_x − x."""

    def flip(coords: npt.NDArray[np.float64]) -> npt.NDArray[np.float64]:
        out = coords.copy()
        out[:, 0] = 2.0 * mid_x - out[:, 0]
        return out

    return shapely.transform(geom, flip)


def mirror_points(xy: npt.NDArray[np.float64], mid_x: float) -> npt.NDArray[np.float64]:
    out = np.array(xy, dtype=np.float64)
    out[:, 0] = 2.0 * mid_x - out[:, 0]
    return out


def midline_x(midline: BaseGeometry | None, default: float = 0.0) -> float:
    """The x of a template's (vertical) midline: the mean x of its vertices."""
    if midline is None or midline.is_empty:
        return default
    return float(np.mean(shapely.get_coordinates(midline)[:, 0]))
