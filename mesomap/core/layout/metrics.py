"""Layout quality metrics, with an exact covering radius.

The covering radius of papules P over an area A is max over a in A of dist(a, P). The distance
to the nearest papule is, inside one Voronoi cell, the distance to a fixed point: a convex
function with no interior maximum. So the maximum over A is reached at a vertex of some
(Voronoi cell ∩ A), which is one of: a Voronoi vertex inside A, a crossing of a Voronoi edge
with A's boundary, or a vertex of A's boundary. :func:`covering_candidates` lists exactly
those points; the covering radius is the largest of their distances. Four far-away dummy
sites make the Voronoi diagram well defined for one, two or collinear papules; their cells
never reach A, so they change nothing.
"""

from __future__ import annotations

import math

import numpy as np
import shapely
from scipy.spatial import Delaunay, cKDTree
from shapely.geometry.base import BaseGeometry

from mesomap.core.layout.geometry import boundary_rings, boundary_segments, contains_points
from mesomap.core.layout.types import FloatArray, LayoutMetrics

HEX_CELL = math.sqrt(3.0) / 2.0


def _segment_crossings(ridges: FloatArray, edges: FloatArray) -> FloatArray:
    """Crossing points of ridge segments with boundary edges (both (K, 4)); parallel pairs skipped."""
    if len(ridges) == 0 or len(edges) == 0:
        return np.zeros((0, 2))
    edge_lines = shapely.linestrings(edges.reshape(-1, 2, 2))
    ridge_lines = shapely.linestrings(ridges.reshape(-1, 2, 2))
    tree = shapely.STRtree(edge_lines)
    ri, ei = tree.query(ridge_lines, predicate="intersects")
    if len(ri) == 0:
        return np.zeros((0, 2))
    p = ridges[ri, :2]
    r = ridges[ri, 2:] - p
    q = edges[ei, :2]
    e = edges[ei, 2:] - q
    denom = r[:, 0] * e[:, 1] - r[:, 1] * e[:, 0]
    ok = np.abs(denom) > 1e-15
    qp = q[ok] - p[ok]
    t = (qp[:, 0] * e[ok, 1] - qp[:, 1] * e[ok, 0]) / denom[ok]
    t = np.clip(t, 0.0, 1.0)
    result: FloatArray = p[ok] + t[:, None] * r[ok]
    return result


def _may_cross(
    ridges: FloatArray, edges: FloatArray, origin: tuple[float, float], cell: float
) -> np.ndarray:
    """Conservative filter: False only for ridges that certainly miss every boundary edge.

    Boundary edges are rasterized onto a grid (sampled every half cell, then dilated by one
    cell); a ridge spanning at most 2 × 2 cells can cross the boundary only where one of its
    cells is marked. Longer ridges are always kept.
    """
    ox, oy = origin
    lengths = np.hypot(edges[:, 2] - edges[:, 0], edges[:, 3] - edges[:, 1])
    steps = np.maximum(1, np.ceil(lengths / (cell / 2)).astype(np.intp))
    idx = np.repeat(np.arange(len(edges)), steps + 1)
    offs = np.arange(len(idx)) - np.repeat(np.cumsum(steps + 1) - (steps + 1), steps + 1)
    t = offs / np.repeat(steps, steps + 1)
    sx = edges[idx, 0] + t * (edges[idx, 2] - edges[idx, 0])
    sy = edges[idx, 1] + t * (edges[idx, 3] - edges[idx, 1])
    gi = np.floor((sx - ox) / cell).astype(np.intp) + 2
    gj = np.floor((sy - oy) / cell).astype(np.intp) + 2
    nx, ny = int(gi.max()) + 3, int(gj.max()) + 3
    marked = np.zeros((nx, ny), dtype=bool)
    marked[gi, gj] = True
    dil = marked.copy()
    dil[1:, :] |= marked[:-1, :]
    dil[:-1, :] |= marked[1:, :]
    dil2 = dil.copy()
    dil2[:, 1:] |= dil[:, :-1]
    dil2[:, :-1] |= dil[:, 1:]
    i0 = np.floor((np.minimum(ridges[:, 0], ridges[:, 2]) - ox) / cell).astype(np.intp) + 2
    i1 = np.floor((np.maximum(ridges[:, 0], ridges[:, 2]) - ox) / cell).astype(np.intp) + 2
    j0 = np.floor((np.minimum(ridges[:, 1], ridges[:, 3]) - oy) / cell).astype(np.intp) + 2
    j1 = np.floor((np.maximum(ridges[:, 1], ridges[:, 3]) - oy) / cell).astype(np.intp) + 2
    long = (i1 - i0 > 1) | (j1 - j0 > 1)
    i0c = np.clip(i0, 0, nx - 1)
    i1c = np.clip(i1, 0, nx - 1)
    j0c = np.clip(j0, 0, ny - 1)
    j1c = np.clip(j1, 0, ny - 1)
    hit = dil2[i0c, j0c] | dil2[i1c, j0c] | dil2[i0c, j1c] | dil2[i1c, j1c]
    outside_grid = (i1 < 0) | (j1 < 0) | (i0 >= nx) | (j0 >= ny)
    result: np.ndarray = long | (hit & ~outside_grid)
    return result


def covering_candidates(points: FloatArray, area: BaseGeometry) -> FloatArray:
    """The finite set of points of ``area`` where the distance to ``points`` can peak."""
    rings = boundary_rings(area)
    if not rings:
        return np.zeros((0, 2))
    vertices = np.vstack([r[:-1] for r in rings])
    if len(points) == 0:
        return vertices
    minx, miny, maxx, maxy = area.bounds
    allxy = np.vstack([points, [[minx, miny], [maxx, maxy]]])
    lo = allxy.min(axis=0)
    hi = allxy.max(axis=0)
    centre = (lo + hi) / 2
    reach = float(max(hi[0] - lo[0], hi[1] - lo[1], 1.0)) * 4.0
    dummies = centre + reach * np.array([[-1.0, -1.0], [1.0, -1.0], [1.0, 1.0], [-1.0, 1.0]])
    sites = np.vstack([points, dummies])
    sites = np.unique(sites, axis=0)  # exact duplicates upset qhull and change nothing
    # Voronoi vertices are the circumcentres of the Delaunay triangles; Voronoi edges join
    # the circumcentres of neighbouring triangles (qhull's Delaunay is the faster call).
    tri = Delaunay(sites, qhull_options="QJ")
    simp = tri.simplices
    a = sites[simp[:, 0]]
    b = sites[simp[:, 1]] - a
    c = sites[simp[:, 2]] - a
    d = 2.0 * (b[:, 0] * c[:, 1] - b[:, 1] * c[:, 0])
    ok = np.abs(d) > 1e-300
    bb = np.sum(b * b, axis=1)
    cc = np.sum(c * c, axis=1)
    with np.errstate(divide="ignore", invalid="ignore"):
        ux = (c[:, 1] * bb - b[:, 1] * cc) / d
        uy = (b[:, 0] * cc - c[:, 0] * bb) / d
    centres = a + np.column_stack([ux, uy])
    ok &= np.all(np.isfinite(centres), axis=1)
    vv = centres[ok]
    inside = contains_points(area, vv) if len(vv) else np.zeros(0, dtype=bool)
    parts = [vertices, vv[inside]]
    nb = tri.neighbors
    ti = np.repeat(np.arange(len(simp)), 3)
    tj = nb.ravel()
    keep = (tj > ti) & ok[ti] & ok[np.maximum(tj, 0)]
    ti, tj = ti[keep], tj[keep]
    if len(ti):
        ridges = np.hstack([centres[ti], centres[tj]])
        # keep ridges whose bounding box meets the area's
        rx0 = np.minimum(ridges[:, 0], ridges[:, 2])
        rx1 = np.maximum(ridges[:, 0], ridges[:, 2])
        ry0 = np.minimum(ridges[:, 1], ridges[:, 3])
        ry1 = np.maximum(ridges[:, 1], ridges[:, 3])
        near = (rx1 >= minx) & (rx0 <= maxx) & (ry1 >= miny) & (ry0 <= maxy)
        edges = boundary_segments(area)
        cell = math.sqrt(max(maxx - minx, 1e-9) * max(maxy - miny, 1e-9) / max(len(points), 1))
        near &= _may_cross(ridges, edges, (minx, miny), cell)
        parts.append(_segment_crossings(ridges[near], edges))
    return np.vstack(parts)


def covering_radius(
    points: FloatArray, area: BaseGeometry
) -> tuple[float, tuple[float, float] | None]:
    """Exact covering radius of ``points`` over ``area`` and the point where it is reached."""
    if area.is_empty or area.area <= 0:
        return 0.0, None
    if len(points) == 0:
        return math.inf, None
    cand = covering_candidates(points, area)
    if len(cand) == 0:
        return 0.0, None
    dist, _ = cKDTree(points).query(cand)
    i = int(np.argmax(dist))
    return float(dist[i]), (float(cand[i, 0]), float(cand[i, 1]))


def min_pairwise_distance(points: FloatArray) -> float:
    if len(points) < 2:
        return math.inf
    dist, _ = cKDTree(points).query(points, k=2)
    return float(dist[:, 1].min())


def grid_samples(area: BaseGeometry, step: float, max_samples: int = 100_000) -> FloatArray:
    """Points of a square grid (at least ``step`` fine) that fall inside ``area``."""
    minx, miny, maxx, maxy = area.bounds
    w, h = maxx - minx, maxy - miny
    if w * h / (step * step) > max_samples:
        step = math.sqrt(w * h / max_samples)
    xs = np.arange(minx + step / 2, maxx, step)
    ys = np.arange(miny + step / 2, maxy, step)
    gx, gy = np.meshgrid(xs, ys)
    xy = np.column_stack([gx.ravel(), gy.ravel()])
    mask = contains_points(area, xy)
    result: FloatArray = xy[mask]
    return result


def compute_metrics(
    points: FloatArray | list[tuple[float, float]],
    valid_area: BaseGeometry,
    spacing_cm: float,
    *,
    previous: FloatArray | None = None,
    tolerance_cm: float = 1e-9,
) -> LayoutMetrics:
    """Measure a layout over its valid area (see :class:`LayoutMetrics`).

    A papule counts as outside when it is farther than ``tolerance_cm`` from the valid area.
    The 99th percentile is taken over a grid of step spacing/10 inside the area (coarser on
    very large areas, at most 100,000 samples).
    """
    pts = np.asarray(points, dtype=float).reshape(-1, 2)
    s = float(spacing_cm)
    outside = 0
    if len(pts):
        inside = contains_points(valid_area, pts)
        if not inside.all():
            far = pts[~inside]
            near = shapely.dwithin(valid_area, shapely.points(far), tolerance_cm)
            outside = int(np.count_nonzero(~np.asarray(near)))
    cover, witness = covering_radius(pts, valid_area)
    interior = None
    if not valid_area.is_empty:
        inner = shapely.buffer(valid_area, -s, quad_segs=16)
        if not inner.is_empty and inner.area > 0:
            interior, _ = covering_radius(pts, inner)
    p99 = 0.0
    if not valid_area.is_empty and valid_area.area > 0:
        samples = grid_samples(valid_area, s / 10)
        if len(samples) and len(pts):
            d, _ = cKDTree(pts).query(samples)
            p99 = float(np.percentile(d, 99))
        elif len(samples):
            p99 = math.inf
    area_cm2 = float(valid_area.area) if not valid_area.is_empty else 0.0
    ideal = area_cm2 / (s * s * HEX_CELL)
    prev_mean = None
    if previous is not None and len(previous) and len(pts):
        d, _ = cKDTree(np.asarray(previous, dtype=float).reshape(-1, 2)).query(pts)
        prev_mean = float(np.mean(d))
    return LayoutMetrics(
        count=len(pts),
        spacing_cm=s,
        min_distance_cm=min_pairwise_distance(pts),
        outside_count=outside,
        covering_radius_cm=cover,
        covering_witness=witness,
        interior_covering_radius_cm=interior,
        distance_p99_cm=p99,
        valid_area_cm2=area_cm2,
        hex_ideal_count=ideal,
        count_vs_hex_ideal=(len(pts) / ideal) if ideal > 0 else math.inf,
        mean_distance_to_previous_cm=prev_mean,
    )
