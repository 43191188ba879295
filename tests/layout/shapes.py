"""Test shapes and independent checks for the layout engine tests.

The checks here do not use the engine's own geometry code: containment is measured with plain
shapely distances to the region, its margin and each exclusion; the plain hexagonal lattice is
rebuilt with numpy.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np
import shapely
from shapely.geometry import LineString, Point, Polygon, box
from shapely.geometry.base import BaseGeometry

TOL = 1e-9


@dataclass(frozen=True)
class Case:
    name: str
    region: BaseGeometry
    spacing: float
    margin: float = 0.0
    exclusions: tuple[tuple[BaseGeometry, float], ...] = ()
    fixed: tuple[tuple[float, float], ...] = ()
    tags: frozenset[str] = field(default_factory=frozenset)


def thigh() -> Polygon:
    """A 20 × 30 cm concave outline (an inner-thigh notch) with two holes."""
    outline = Polygon(
        [(0, 0), (20, 0), (19, 10), (14, 15), (18, 22), (20, 30), (0, 30), (3, 15)]
    )
    return outline.difference(Point(8, 8).buffer(2.0)).difference(box(9, 20, 12, 24))


def back() -> BaseGeometry:
    """A 50 × 60 cm back with three holes (two round, one rectangular)."""
    return (
        box(0, 0, 50, 60)
        .difference(Point(15, 40).buffer(4))
        .difference(Point(35, 20).buffer(3))
        .difference(box(20, 45, 30, 50))
    )


def scar() -> Polygon:
    return box(0, 0, 4, 4)


def cases() -> list[Case]:
    l_shape = Polygon([(0, 0), (8, 0), (8, 3), (3, 3), (3, 9), (0, 9)])
    disc = Point(5, 5).buffer(4.3, quad_segs=32)
    strip = box(0, 0, 12, 0.6)
    tri = Polygon([(0, 0), (9, 0), (2, 7)])
    two = shapely.union(box(0, 0, 5, 5), box(7, 1, 11, 4))
    return [
        Case("scar_1", scar(), 1.0, tags=frozenset({"rect"})),
        Case("scar_15", scar(), 1.5),
        Case("rect_10", box(0, 0, 10, 10), 1.0, tags=frozenset({"rect", "big"})),
        Case("rect_odd", box(-2, 1, 5.7, 8.1), 1.0, tags=frozenset({"rect"})),
        Case("l_shape", l_shape, 1.0),
        Case("disc", disc, 1.2),
        Case("strip", strip, 1.0),
        Case("triangle", tri, 0.8),
        Case("two_parts", two, 1.0),
        Case("thigh_1", thigh(), 1.0, tags=frozenset({"big"})),
        Case("thigh_15", thigh(), 1.5, tags=frozenset({"big"})),
        Case("thigh_margin", thigh(), 1.5, margin=0.7),
        Case(
            "rect_danger",
            box(0, 0, 12, 9),
            1.0,
            margin=0.3,
            exclusions=(
                (Point(6, 4.5).buffer(1.0), 0.5),
                (LineString([(0, 8), (12, 6)]), 0.4),
                (Point(2, 2), 0.8),
            ),
        ),
        Case(
            "fixed",
            box(0, 0, 8, 6),
            1.0,
            fixed=((1.3, 1.7), (4.05, 3.0), (7.9, 5.9), (9.0, 3.0)),
        ),
        Case("small_spacing", box(0, 0, 3, 2), 0.2),
        Case("large_spacing", Point(0, 0).buffer(9, quad_segs=16), 5.0),
    ]


def check_spacing(points: np.ndarray, spacing: float) -> float:
    from scipy.spatial import cKDTree

    if len(points) < 2:
        return math.inf
    d, _ = cKDTree(points).query(points, k=2)
    m = float(d[:, 1].min())
    assert m >= spacing * (1 - 1e-9), f"papules {m} cm apart, spacing {spacing}"
    return m


def outside_mask(
    points: np.ndarray,
    region: BaseGeometry,
    margin: float,
    exclusions: Sequence[tuple[BaseGeometry, float]],
) -> np.ndarray:
    """Which points are outside region − margin − exclusions (exact distances, TOL slack)."""
    if len(points) == 0:
        return np.zeros(0, dtype=bool)
    geoms = shapely.points(points)
    bad = np.asarray(shapely.distance(region, geoms)) > TOL
    if margin > 0:
        bad |= np.asarray(shapely.distance(region.boundary, geoms)) < margin - TOL
    for geom, m in exclusions:
        if m > 0:
            bad |= np.asarray(shapely.distance(geom, geoms)) < m - TOL
        elif geom.area > 0:
            bad |= np.asarray(shapely.contains(geom, geoms))
    return bad


def plain_hex_count(area: BaseGeometry, spacing: float) -> int:
    """Hexagonal lattice anchored at the area's bounding-box corner, rows along x."""
    minx, miny, maxx, maxy = area.bounds
    h = spacing * math.sqrt(3) / 2
    rows = np.arange(0, math.floor((maxy - miny) / h + 1e-12) + 1)
    xs = np.arange(0, math.ceil((maxx - minx) / spacing) + 2) * spacing
    gx = minx + xs[None, :] + (rows[:, None] % 2) * spacing / 2
    gy = miny + rows[:, None] * h + 0 * gx
    ok = shapely.intersects_xy(area, gx.ravel(), gy.ravel())
    return int(np.count_nonzero(ok))
