"""Smooth-curve geometry for the body template generator (tools/build_body_templates.py).

Outlines, zone cuts and guide lines are given as a few control points through which a
Catmull-Rom spline passes; the spline is kept as cubic Bézier segments (written to the
artwork as SVG path data, so the drawing is smooth at any zoom) and sampled densely to
shapely polygons for the zones, danger zones and validation. All values are centimetres,
x to the viewer's right, y up.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np
from shapely.geometry import LineString, Point, Polygon
from shapely.geometry.base import BaseGeometry
from shapely.ops import unary_union

Pt = tuple[float, float]
Seg = tuple[Pt, Pt, Pt, Pt]  # cubic Bézier: start, control 1, control 2, end

FAR = 500.0  # cm, "beyond any template" for half-plane constructions


def _r(v: float) -> float:
    return round(float(v), 3)


@dataclass(frozen=True)
class Curve:
    """A chain of cubic Bézier segments; closed when the last end meets the first start."""

    segments: tuple[Seg, ...]
    closed: bool

    def sample(self, per_segment: int = 24) -> np.ndarray:
        """Points along the curve, (N, 2); a closed curve does not repeat its first point."""
        t = np.linspace(0.0, 1.0, per_segment, endpoint=False)[:, None]
        out = []
        for p0, c1, c2, p1 in self.segments:
            a, b, c, d = (np.array(p) for p in (p0, c1, c2, p1))
            out.append(
                (1 - t) ** 3 * a + 3 * (1 - t) ** 2 * t * b + 3 * (1 - t) * t**2 * c + t**3 * d
            )
        pts = np.vstack(out)
        if not self.closed:
            pts = np.vstack([pts, np.array(self.segments[-1][3])[None, :]])
        return pts

    def polygon(self, per_segment: int = 24) -> Polygon:
        poly = Polygon(self.sample(per_segment))
        if not poly.is_valid:
            poly = poly.buffer(0)
        return poly

    def line(self, per_segment: int = 24) -> LineString:
        return LineString(self.sample(per_segment))

    def svg_d(self) -> str:
        """SVG path data in template centimetres (y up: renderers flip it)."""
        p0 = self.segments[0][0]
        parts = [f"M {_r(p0[0])} {_r(p0[1])}"]
        for _, c1, c2, p1 in self.segments:
            parts.append(
                f"C {_r(c1[0])} {_r(c1[1])} {_r(c2[0])} {_r(c2[1])} {_r(p1[0])} {_r(p1[1])}"
            )
        if self.closed:
            parts.append("Z")
        return " ".join(parts)

    def mirrored(self) -> Curve:
        """The same curve mirrored about x = 0."""
        segs = tuple(
            tuple((-p[0], p[1]) for p in seg) for seg in self.segments  # type: ignore[misc]
        )
        return Curve(segs, self.closed)  # type: ignore[arg-type]

    def translated(self, dx: float, dy: float) -> Curve:
        segs = tuple(tuple((p[0] + dx, p[1] + dy) for p in seg) for seg in self.segments)
        return Curve(segs, self.closed)  # type: ignore[arg-type]


def spline(points: Sequence[Pt], closed: bool = False, tension: float = 1.0) -> Curve:
    """Catmull-Rom spline through ``points`` as cubic Béziers (tension 1 = classic)."""
    p = [(float(x), float(y)) for x, y in points]
    n = len(p)
    if n < 2:
        raise ValueError("a curve needs two points")
    segs: list[Seg] = []
    count = n if closed else n - 1
    k = tension / 6.0
    for i in range(count):
        p1 = p[i]
        p2 = p[(i + 1) % n]
        if closed:
            p0 = p[(i - 1) % n]
            p3 = p[(i + 2) % n]
        else:
            p0 = p[i - 1] if i > 0 else (2 * p1[0] - p2[0], 2 * p1[1] - p2[1])
            p3 = p[i + 2] if i + 2 < n else (2 * p2[0] - p1[0], 2 * p2[1] - p1[1])
        c1 = (p1[0] + (p2[0] - p0[0]) * k, p1[1] + (p2[1] - p0[1]) * k)
        c2 = (p2[0] - (p3[0] - p1[0]) * k, p2[1] - (p3[1] - p1[1]) * k)
        segs.append((p1, c1, c2, p2))
    return Curve(tuple(segs), closed)


def symmetric_closed(half: Sequence[Pt], tension: float = 1.0) -> Curve:
    """Closed curve symmetric about x = 0 from its viewer-right half.

    ``half`` runs from the top point on the midline (x = 0) clockwise to the bottom point
    on the midline; the left half is its mirror image.
    """
    right = list(half)
    left = [(-x, y) for x, y in reversed(right[1:-1])]
    return spline(right + left, closed=True, tension=tension)


def ellipse(cx: float, cy: float, a: float, b: float, n: int = 8, angle_deg: float = 0.0) -> Curve:
    """A smooth closed curve through ``n`` points of an ellipse (for small marks)."""
    th = math.radians(angle_deg)
    pts = []
    for i in range(n):
        t = 2 * math.pi * i / n
        x, y = a * math.cos(t), b * math.sin(t)
        pts.append((cx + x * math.cos(th) - y * math.sin(th), cy + x * math.sin(th) + y * math.cos(th)))
    return spline(pts, closed=True)


def blob(cx: float, cy: float, radii: Sequence[float], angle0_deg: float = 90.0) -> Curve:
    """Smooth closed curve with the given radii at equal angles from ``angle0_deg``."""
    n = len(radii)
    pts = []
    for i, r in enumerate(radii):
        t = math.radians(angle0_deg) - 2 * math.pi * i / n
        pts.append((cx + r * math.cos(t), cy + r * math.sin(t)))
    return spline(pts, closed=True)


def side(curve: Curve, which: str) -> Polygon:
    """Half-plane-like region on one side ('above', 'below', 'left', 'right') of an open curve.

    The curve must run monotonic enough across the template: left-to-right for
    above/below, bottom-to-top for left/right; it is extended to FAR at both ends.
    """
    pts = [tuple(p) for p in curve.sample(16)]
    if which in ("above", "below"):
        if pts[0][0] > pts[-1][0]:
            pts = pts[::-1]
        y0, y1 = pts[0][1], pts[-1][1]
        ext = [(-FAR, y0), *pts, (FAR, y1)]
        cap = FAR if which == "above" else -FAR
        ring = [*ext, (FAR, cap), (-FAR, cap)]
    elif which in ("left", "right"):
        if pts[0][1] > pts[-1][1]:
            pts = pts[::-1]
        x0, x1 = pts[0][0], pts[-1][0]
        ext = [(x0, -FAR), *pts, (x1, FAR)]
        cap = -FAR if which == "left" else FAR
        ring = [*ext, (cap, FAR), (cap, -FAR)]
    else:
        raise ValueError(which)
    poly = Polygon(ring)
    return poly if poly.is_valid else poly.buffer(0)


def hline(y: float) -> Curve:
    return spline([(-FAR / 2, y), (FAR / 2, y)])


def vline(x: float) -> Curve:
    return spline([(x, -FAR / 2), (x, FAR / 2)])


def box(x0: float, y0: float, x1: float, y1: float) -> Polygon:
    return Polygon([(x0, y0), (x1, y0), (x1, y1), (x0, y1)])


def clean(geom: BaseGeometry, min_area: float = 0.05) -> Polygon:
    """The largest polygon of ``geom`` (zones are single polygons), slightly simplified."""
    if geom.geom_type == "Polygon":
        poly = geom
    else:
        parts = [g for g in getattr(geom, "geoms", []) if g.geom_type == "Polygon"]
        parts = [g for g in parts if g.area >= min_area] or parts
        if not parts:
            raise ValueError("empty zone")
        poly = max(parts, key=lambda g: g.area)
    poly = poly.simplify(0.005, preserve_topology=True)
    return Polygon(poly.exterior.coords, [r.coords for r in poly.interiors if Polygon(r).area > 0.05])


def union(geoms: Iterable[BaseGeometry]) -> BaseGeometry:
    return unary_union(list(geoms))


def pt(x: float, y: float) -> Point:
    return Point(x, y)


def ramanujan_perimeter(a: float, b: float) -> float:
    """Ellipse perimeter (Ramanujan II; error < 1e-4 % for these shapes)."""
    h = ((a - b) / (a + b)) ** 2
    return math.pi * (a + b) * (1 + 3 * h / (10 + math.sqrt(4 - 3 * h)))


def semi_axis_for_perimeter(a: float, perimeter: float) -> float:
    """The other semi-axis b of an ellipse with semi-axis a and the given perimeter."""
    lo, hi = 1e-6, perimeter / 2
    for _ in range(100):
        mid = (lo + hi) / 2
        if ramanujan_perimeter(a, mid) < perimeter:
            lo = mid
        else:
            hi = mid
    return (lo + hi) / 2
