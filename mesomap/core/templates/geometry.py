"""Template geometry: SVG-like path strings in centimetres and their flattening.

Templates draw anatomy with smooth curves. A path string (``M x y C x1 y1 x2 y2 x y ... Z``,
y up, cm) is parsed here and its curves are flattened into polylines at a fixed tolerance
(:data:`FLATTEN_TOLERANCE_CM`), deterministically, so the same file always gives the same
shapely geometry. Problems raise :class:`GeometryProblem` with a sentence; the schema layer adds
the file and element names.
"""

from __future__ import annotations

import math
import re

import numpy as np
import numpy.typing as npt
import shapely
from shapely.geometry import LineString, Point, Polygon
from shapely.geometry.base import BaseGeometry

FLATTEN_TOLERANCE_CM = 0.02
"""Largest distance between a Bézier curve and the polyline that replaces it."""

MAX_ABS_COORD_CM = 1000.0

Coord = tuple[float, float]


class GeometryProblem(ValueError):
    """A geometry that cannot be built; the message is a sentence for the template author."""


_TOKEN = re.compile(r"[MmLlHhVvCcSsQqTtAaZz]|[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")
_ARGS = {"M": 2, "L": 2, "H": 1, "V": 1, "C": 6, "S": 4, "Q": 4, "Z": 0}


def _check_coord(x: float, y: float) -> Coord:
    if not (math.isfinite(x) and math.isfinite(y)):
        raise GeometryProblem("a coordinate is not a finite number")
    if abs(x) > MAX_ABS_COORD_CM or abs(y) > MAX_ABS_COORD_CM:
        raise GeometryProblem(
            f"the coordinate ({x:g}, {y:g}) is more than {MAX_ABS_COORD_CM:g} cm from the origin; "
            "coordinates are centimetres"
        )
    return (x, y)


def _check_points(points: list[Coord]) -> None:
    """All finite and within range, else :class:`GeometryProblem` naming the first bad one."""
    arr = np.asarray(points, dtype=float)
    bad = ~np.isfinite(arr).all(axis=1) | (np.abs(np.nan_to_num(arr, nan=0.0, posinf=np.inf)) > MAX_ABS_COORD_CM).any(axis=1)
    if bad.any():
        x, y = arr[int(np.argmax(bad))]
        _check_coord(float(x), float(y))


def _segments_for(second_diff: float) -> int:
    """Uniform segment count keeping a Bézier within the tolerance (Wang's bound)."""
    if second_diff <= 0.0:
        return 1
    return max(1, min(512, math.ceil(math.sqrt(second_diff / FLATTEN_TOLERANCE_CM))))


def flatten_cubic(p0: Coord, p1: Coord, p2: Coord, p3: Coord) -> list[Coord]:
    """Points of a cubic Bézier after ``p0`` (``p0`` excluded, ``p3`` included)."""
    (x0, y0), (x1, y1), (x2, y2), (x3, y3) = p0, p1, p2, p3
    m = max(math.hypot(x0 - 2 * x1 + x2, y0 - 2 * y1 + y2), math.hypot(x1 - 2 * x2 + x3, y1 - 2 * y2 + y3))
    n = _segments_for(0.75 * m)
    out: list[Coord] = []
    for k in range(1, n):
        t = k / n
        u = 1.0 - t
        a, b, c, d = u * u * u, 3 * u * u * t, 3 * u * t * t, t * t * t
        out.append((a * x0 + b * x1 + c * x2 + d * x3, a * y0 + b * y1 + c * y2 + d * y3))
    out.append((float(x3), float(y3)))
    return out


def flatten_quadratic(p0: Coord, p1: Coord, p2: Coord) -> list[Coord]:
    """Points of a quadratic Bézier after ``p0`` (``p0`` excluded, ``p2`` included)."""
    (x0, y0), (x1, y1), (x2, y2) = p0, p1, p2
    n = _segments_for(0.25 * math.hypot(x0 - 2 * x1 + x2, y0 - 2 * y1 + y2))
    out: list[Coord] = []
    for k in range(1, n):
        t = k / n
        u = 1.0 - t
        a, b, c = u * u, 2 * u * t, t * t
        out.append((a * x0 + b * x1 + c * x2, a * y0 + b * y1 + c * y2))
    out.append((float(x2), float(y2)))
    return out


def parse_path(text: str) -> list[tuple[list[Coord], bool]]:
    """Flatten a path string into sub-paths: ``[(points, closed), ...]``.

    Supports ``M L H V C S Q Z`` (and relative lower case). Arcs are refused.
    """
    if not isinstance(text, str) or not text.strip():
        raise GeometryProblem("the path is empty")
    tokens: list[str | float] = [t if t.isalpha() else float(t) for t in _TOKEN.findall(text)]
    leftover = _TOKEN.sub("", text).replace(",", " ").strip()
    if leftover:
        raise GeometryProblem(f"the path contains characters that are not path commands: {leftover[:20]!r}")
    subpaths: list[tuple[list[Coord], bool]] = []
    current: list[Coord] = []
    closed = False
    pos: Coord = (0.0, 0.0)
    start: Coord = (0.0, 0.0)
    last_ctrl: Coord | None = None
    cmd: str | None = None
    i = 0

    def take(k: int) -> list[float]:
        nonlocal i
        vals = tokens[i : i + k]
        if len(vals) < k or not all(type(v) is float for v in vals):
            raise GeometryProblem(f"the path command {cmd!r} is missing numbers")
        i += k
        return vals  # type: ignore[return-value]

    def flush() -> None:
        nonlocal current, closed
        if current:
            _check_points(current)
            subpaths.append((current, closed))
        current, closed = [], False

    while i < len(tokens):
        tok = tokens[i]
        if isinstance(tok, str):
            cmd = tok
            i += 1
            if cmd.upper() in "AT":
                raise GeometryProblem(
                    f"path command {cmd!r} is not supported; use C (cubic Bézier) curves instead"
                )
        elif cmd is None:
            raise GeometryProblem("the path must start with M")
        elif cmd.upper() == "Z":
            raise GeometryProblem("numbers after Z; start a new sub-path with M")
        assert cmd is not None
        up = cmd.upper()
        rel = cmd.islower()
        ox, oy = pos if rel else (0.0, 0.0)
        if up == "Z":
            if not current:
                raise GeometryProblem("Z without a sub-path to close")
            closed = True
            pos = start
            flush()
            last_ctrl = None
            continue
        if up != "M" and not current:
            if subpaths and subpaths[-1][1]:
                current = [pos]
            else:
                raise GeometryProblem("the path must start with M")
        v = take(_ARGS[up])
        if up == "M":
            flush()
            pos = (ox + v[0], oy + v[1])
            start = pos
            current = [pos]
            cmd = "l" if rel else "L"  # further pairs after M are line-tos
            last_ctrl = None
        elif up == "L":
            pos = (ox + v[0], oy + v[1])
            current.append(pos)
            last_ctrl = None
        elif up == "H":
            pos = ((pos[0] if rel else 0.0) + v[0], pos[1])
            current.append(pos)
            last_ctrl = None
        elif up == "V":
            pos = (pos[0], (pos[1] if rel else 0.0) + v[0])
            current.append(pos)
            last_ctrl = None
        elif up in "CS":
            if up == "C":
                c1 = (ox + v[0], oy + v[1])
                c2 = (ox + v[2], oy + v[3])
                end = (ox + v[4], oy + v[5])
            else:
                c1 = (2 * pos[0] - last_ctrl[0], 2 * pos[1] - last_ctrl[1]) if last_ctrl else pos
                c2 = (ox + v[0], oy + v[1])
                end = (ox + v[2], oy + v[3])
            current.extend(flatten_cubic(pos, c1, c2, end))
            last_ctrl, pos = c2, end
        elif up == "Q":
            c1 = (ox + v[0], oy + v[1])
            end = (ox + v[2], oy + v[3])
            current.extend(flatten_quadratic(pos, c1, end))
            last_ctrl, pos = None, end
    flush()
    if not subpaths:
        raise GeometryProblem("the path has no points")
    return subpaths


def _dedupe(points: list[Coord]) -> npt.NDArray[np.float64]:
    arr = np.asarray(points, dtype=float).reshape(-1, 2)
    if len(arr) < 2:
        return arr
    keep = np.ones(len(arr), dtype=bool)
    keep[1:] = (np.abs(np.diff(arr, axis=0)) > 1e-12).any(axis=1)
    return arr[keep]


def make_polygon(rings: list[list[Coord]]) -> Polygon:
    """A valid polygon from a boundary ring and hole rings, or a :class:`GeometryProblem`."""
    cleaned: list[npt.NDArray[np.float64]] = []
    for k, ring in enumerate(rings):
        pts = _dedupe(ring)
        if len(pts) > 1 and (pts[0] == pts[-1]).all():
            pts = pts[:-1]
        if len(pts) < 3:
            what = "the boundary" if k == 0 else f"hole {k}"
            raise GeometryProblem(f"{what} has fewer than 3 distinct points")
        cleaned.append(pts)
    poly = Polygon(cleaned[0], cleaned[1:])
    if poly.is_valid and poly.area > 1e-9:
        return poly
    if Polygon(cleaned[0]).convex_hull.area <= 1e-9:
        raise GeometryProblem("the polygon has no area (its points are on one line)")
    if not poly.is_valid:
        reason = shapely.is_valid_reason(poly)
        if "Self-intersection" in reason or "Ring Self-intersection" in reason:
            nums = re.findall(r"[-+]?\d+(?:\.\d+)?(?:e[-+]?\d+)?", reason)
            where = f" near ({float(nums[0]):.2f}, {float(nums[1]):.2f})" if len(nums) >= 2 else ""
            raise GeometryProblem(f"the polygon intersects itself{where}")
        raise GeometryProblem(f"the polygon is not valid ({reason})")
    if poly.area <= 1e-9:
        raise GeometryProblem("the polygon has no area")
    return poly


def polygon_from_path(text: str) -> Polygon:
    subpaths = parse_path(text)
    for k, (_pts, closed) in enumerate(subpaths):
        if not closed:
            raise GeometryProblem(
                f"sub-path {k + 1} of the area is not closed; end it with Z"
            )
    return make_polygon([pts for pts, _ in subpaths])


def line_from_path(text: str) -> LineString:
    subpaths = parse_path(text)
    if len(subpaths) != 1:
        raise GeometryProblem("a line path must have exactly one sub-path (one M)")
    pts, closed = subpaths[0]
    if closed:
        pts = [*pts, pts[0]]
    return make_line(pts)


def make_line(points: list[Coord]) -> LineString:
    pts = _dedupe(points)
    if len(pts) < 2:
        raise GeometryProblem("a line needs at least 2 distinct points")
    line = LineString(pts)
    if line.length <= 1e-9:
        raise GeometryProblem("the line has no length")
    return line


def ellipse_polygon(cx: float, cy: float, rx: float, ry: float) -> Polygon:
    """An ellipse flattened within the tolerance."""
    r = max(rx, ry)
    # sagitta of a chord subtending angle a: r(1-cos(a/2)) <= tol
    step = 2.0 * math.acos(max(-1.0, 1.0 - FLATTEN_TOLERANCE_CM / r)) if r > 0 else math.pi
    n = max(16, math.ceil(2 * math.pi / step))
    t = np.linspace(0.0, 2 * math.pi, n, endpoint=False)
    return Polygon(np.column_stack([cx + rx * np.cos(t), cy + ry * np.sin(t)]))


def point(x: float, y: float) -> Point:
    return Point(_check_coord(x, y))


def check_coord(x: float, y: float) -> Coord:
    """Finite and within range, else :class:`GeometryProblem`."""
    return _check_coord(x, y)


def first_bad_vertex(geom: BaseGeometry) -> str:
    """A short ``near (x, y)`` hint for messages, from a geometry's first vertex."""
    coords = shapely.get_coordinates(geom)
    if len(coords) == 0:
        return ""
    return f"near ({coords[0][0]:.2f}, {coords[0][1]:.2f})"
