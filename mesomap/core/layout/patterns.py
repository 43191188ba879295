"""The ``line`` and ``rings`` patterns.

``line``: papules along a polyline (scar, tendon, retrograde line), both ends included, evenly
spaced by arc length at the smallest spacing ≥ the requested one that fits a whole number of
gaps. Where the line bends back on itself, arc-length spacing could bring papules closer than
the spacing; there the papules are instead placed greedily along the line, each one the first
point at least a spacing from all before it.

``rings``: a papule at the centre, then ring k at radius k × spacing with as many papules as
keep neighbours on the ring at least a spacing apart (6 on the first ring, 12 on the second,
18 on the third…), alternate rings turned by half a step.
"""

from __future__ import annotations

import math

import numpy as np
import shapely
from scipy.spatial import cKDTree
from shapely.geometry import LineString, MultiLineString, Point, Polygon
from shapely.geometry.base import BaseGeometry

from mesomap.core.i18n import QT_TRANSLATE_NOOP
from mesomap.core.layout.types import FloatArray, LayoutError

DEFAULT_RINGS = 3


def _greedy_keep(points: FloatArray, spacing: float, taken: FloatArray) -> FloatArray:
    """Keep points in order when at least ``spacing`` from ``taken`` and from earlier kept ones."""
    kept: list[FloatArray] = []
    acc = taken.reshape(-1, 2)
    s2 = spacing * spacing * (1 - 1e-12)
    for p in points:
        if len(acc) and np.min(np.sum((acc - p) ** 2, axis=1)) < s2:
            continue
        kept.append(p)
        acc = np.vstack([acc, p[None, :]])
    return np.asarray(kept, dtype=float).reshape(-1, 2)


def _line_part(line: LineString, spacing: float) -> FloatArray:
    length = float(line.length)
    if length < spacing:
        mid = shapely.line_interpolate_point(line, 0.5, normalized=True)
        return np.asarray(shapely.get_coordinates(mid), dtype=float)
    gaps = max(1, math.floor(length / spacing + 1e-9))
    step = length / gaps
    pos = np.arange(gaps + 1) * step
    pos[-1] = length
    pts = shapely.get_coordinates(shapely.line_interpolate_point(line, pos))
    if len(pts) > 1:
        d, _ = cKDTree(pts).query(pts, k=2)
        if float(d[:, 1].min()) >= spacing * (1 - 1e-12):
            return np.asarray(pts, dtype=float)
    # bends: walk densely along the line and keep the first points far enough from the others
    dense = np.linspace(0.0, length, max(2, math.ceil(length / (spacing / 50)) + 1))
    cand = np.asarray(shapely.get_coordinates(shapely.line_interpolate_point(line, dense)))
    return _greedy_keep(cand, spacing, np.zeros((0, 2)))


def line_points(geom: BaseGeometry, spacing: float) -> FloatArray:
    """Papules along a LineString or MultiLineString (or a polygon's outline)."""
    if isinstance(geom, Polygon):
        geom = geom.exterior
    if isinstance(geom, LineString):
        parts = [geom]
    elif isinstance(geom, MultiLineString):
        parts = list(geom.geoms)
    else:
        raise LayoutError(
            QT_TRANSLATE_NOOP(
                "Layout", "The line pattern needs a line; draw a line along the treatment path."
            )
        )
    parts = [p for p in parts if not p.is_empty]
    if not parts or not np.all(np.isfinite(shapely.get_coordinates(geom))):
        raise LayoutError(
            QT_TRANSLATE_NOOP("Layout", "The line is empty or invalid; draw the line again.")
        )
    out = np.zeros((0, 2))
    for part in parts:
        pts = _line_part(part, spacing)
        out = np.vstack([out, _greedy_keep(pts, spacing, out)])
    return out


def ring_centre(geom: BaseGeometry) -> tuple[float, float]:
    c = geom if isinstance(geom, Point) else geom.centroid
    if c.is_empty or not (math.isfinite(c.x) and math.isfinite(c.y)):
        raise LayoutError(
            QT_TRANSLATE_NOOP(
                "Layout", "The rings pattern needs a centre point; click the painful point."
            )
        )
    return float(c.x), float(c.y)


def ring_points(centre: tuple[float, float], spacing: float, rings: int) -> FloatArray:
    """The centre and ``rings`` concentric rings at radius k × spacing."""
    if rings < 0 or rings > 200:
        raise LayoutError(
            QT_TRANSLATE_NOOP(
                "Layout", "The number of rings must be between 0 and 200 ({count} was given)."
            ),
            count=rings,
        )
    cx, cy = centre
    parts = [np.array([[cx, cy]])]
    for k in range(1, rings + 1):
        n = max(1, math.floor(math.pi / math.asin(1.0 / (2 * k)) + 1e-9))
        start = math.pi / 2 + (k % 2) * (math.pi / n)
        ang = start + np.arange(n) * (2 * math.pi / n)
        r = k * spacing
        parts.append(np.column_stack([cx + r * np.cos(ang), cy + r * np.sin(ang)]))
    return np.vstack(parts)


def rings_needed(centre: tuple[float, float], area: BaseGeometry, spacing: float) -> int:
    """Rings that reach the farthest point of ``area`` from ``centre``."""
    coords = shapely.get_coordinates(area)
    if len(coords) == 0:
        return 0
    far = float(np.max(np.hypot(coords[:, 0] - centre[0], coords[:, 1] - centre[1])))
    return max(1, math.ceil(far / spacing))
