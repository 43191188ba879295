"""Repeat with shift on the skin: a surface-true layout whose papules fall between the previous
session's papules (issue 10; ``docs/decisions/0004-surface-spacing.md``).

:func:`shifted_surface_points` — greedy runs (row angles ``SHIFT_ANGLES``) taking the previous
layout's holes first (Delaunay centroids of the previous papules, then candidates farther than
``SHIFT_THRESHOLDS`` x spacing from them on the skin), each papule then moved, a few sweeps, to the
nearby candidate farthest on the skin from the previous papules while it stays the spacing from
every other papule, gaps refilled by the fine greedy pass; the run with the largest mean skin
distance to the previous papules wins among those within ``SHIFT_COUNT_TOLERANCE`` of the best
count (greedy runs differ by a few % in count anyway). Face cheek/forehead at 1 cm: 0.55-0.59 x
spacing (a perfectly shifted hexagonal lattice: 0.577).
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt
from scipy.spatial import Delaunay, cKDTree
from shapely.geometry.base import BaseGeometry

from mesomap.core.layout.geometry import contains_points
from mesomap.core.surface.layout import (
    GRID_DIVISIONS,
    TOLERANCE,
    _raster_order,
    candidate_points,
    greedy_surface_points,
)
from mesomap.core.surface.model import FloatArray, SurfaceModel, as_points

#: repeat with shift (``previous``): row angles, hole thresholds (x spacing), count slack
SHIFT_ANGLES = (0.0, 30.0, 60.0, 90.0)
SHIFT_THRESHOLDS = (0.0, 0.3)
SHIFT_COUNT_TOLERANCE = 0.05


def _fill(
    order: npt.NDArray[np.intp], coarse: FloatArray, coarse3: FloatArray, fine: FloatArray,
    fine3: FloatArray, spacing: float, fixed3: FloatArray,
) -> FloatArray:
    """Greedy on the coarse candidates in ``order``, completed by the fine pass."""
    cands, cands3 = coarse[order], coarse3[order]
    add1 = greedy_surface_points(cands, cands3, spacing, fixed3)
    placed3 = np.vstack([fixed3, cands3[add1]])
    add2 = greedy_surface_points(fine, fine3, spacing, placed3)
    result: FloatArray = np.vstack([cands[add1], fine[add2]])
    return result


SHIFT_SWEEPS = 6
SHIFT_REACH = 0.75  # x spacing: how far a papule may move on the picture in one sweep


def _push_from_previous(
    pts: FloatArray, pool: FloatArray, pool3: FloatArray, pool_d: FloatArray, spacing: float,
    fixed3: FloatArray, surface: SurfaceModel, prev_tree: cKDTree,
) -> FloatArray:
    """Move each papule, a few sweeps, to the candidate nearby farthest from the previous
    papules (``pool_d``: each candidate's skin distance to them) that stays at least the
    spacing on the skin from every other papule; the count never changes."""
    if len(pts) == 0:
        return pts
    radius = spacing * (1.0 - TOLERANCE)
    pool_tree = cKDTree(pool)
    pts3 = surface.lift(pts)
    pts_d = prev_tree.query(pts3)[0]
    dist, idx = pool_tree.query(pts)
    cur = np.asarray(idx, dtype=np.intp)
    off = np.flatnonzero(dist > 1e-12)  # papules of the fine pass: added to the pool
    if len(off):
        cur[off] = len(pool) + np.arange(len(off))
        pool = np.vstack([pool, pts[off]])
        pool3 = np.vstack([pool3, pts3[off]])
        pool_d = np.concatenate([pool_d, pts_d[off]])
        pool_tree = cKDTree(pool)
    reach = SHIFT_REACH * spacing
    for _ in range(SHIFT_SWEEPS):
        moved = False
        # a skin chord is never shorter than the picture distance: only papules within
        # spacing + 2 reaches on the picture (positions at the start of the sweep) can clash
        sweep_tree = cKDTree(pool[cur])
        for i in range(len(cur)):
            near = np.asarray(pool_tree.query_ball_point(pool[cur[i]], reach), dtype=np.intp)
            better = near[pool_d[near] > pool_d[cur[i]] + 1e-9]
            if len(better) == 0:
                continue
            better = better[np.argsort(-pool_d[better])]
            around = np.asarray(
                sweep_tree.query_ball_point(pool[cur[i]], spacing + 3 * reach), dtype=np.intp)
            others = pool3[cur[around[around != i]]]
            if len(fixed3):
                others = np.vstack([others, fixed3])
            diff = pool3[better][:, None, :] - others[None, :, :]
            ok = np.flatnonzero(np.sqrt((diff * diff).sum(axis=2)).min(axis=1) >= radius) \
                if len(others) else np.arange(len(better))
            if len(ok):
                cur[i] = better[ok[0]]
                moved = True
        if not moved:
            break
    result: FloatArray = pool[cur]
    return result


def _hole_points(previous: FloatArray, area: BaseGeometry) -> FloatArray:
    """Centroids of the previous papules' Delaunay triangles inside ``area``: the middles of
    the holes between them (on a lattice, the places a shifted lattice puts its papules)."""
    if len(previous) < 3:
        return np.zeros((0, 2))
    try:
        tri = Delaunay(previous)
    except Exception:  # noqa: BLE001 - collinear or degenerate previous papules: no holes
        return np.zeros((0, 2))
    cent: FloatArray = previous[tri.simplices].mean(axis=1)
    inside: FloatArray = cent[contains_points(area, cent)]
    return inside


def shifted_surface_points(
    area: BaseGeometry,
    surface: SurfaceModel,
    spacing: float,
    fixed: FloatArray,
    previous: FloatArray,
) -> FloatArray:
    """Papules on the skin that fall between the ``previous`` session's papules.

    Greedy runs (row angles ``SHIFT_ANGLES``) whose candidates farther than a threshold (on the
    skin) from every previous papule come first — the previous layout's holes are taken before
    the rest is filled — for thresholds ``SHIFT_THRESHOLDS`` × the spacing (0 = the plain
    greedy). Among the runs keeping the count (at most ``SHIFT_COUNT_TOLERANCE`` fewer papules
    than the best run), the one with the largest mean skin distance from its papules to the
    nearest previous papule wins. Spacing and covering are those of every greedy run.
    """
    step = spacing / GRID_DIVISIONS
    coarse = candidate_points(area, step)
    fine = candidate_points(area, step / 2)
    coarse3, fine3 = surface.lift(coarse), surface.lift(fine)
    fixed3 = surface.lift(fixed) if len(fixed) else np.zeros((0, 3))
    tree = cKDTree(surface.lift(previous))
    holes = _hole_points(previous, area)
    if len(holes):
        coarse = np.vstack([holes, coarse])
        coarse3 = np.vstack([surface.lift(holes), coarse3])
    dprev, _ = tree.query(coarse3)
    # where papules may move to: both candidate grids
    pool, pool3 = np.vstack([coarse, fine]), np.vstack([coarse3, fine3])
    pool_d = np.concatenate([dprev, tree.query(fine3)[0]])
    runs: list[tuple[int, float, FloatArray]] = []
    for angle in SHIFT_ANGLES:
        raster = _raster_order(coarse, angle)
        for factor in SHIFT_THRESHOLDS:
            far = dprev[raster] >= factor * spacing
            order = np.concatenate([raster[far], raster[~far]]).astype(np.intp)
            pts = _fill(order, coarse, coarse3, fine, fine3, spacing, fixed3)
            pts = _push_from_previous(pts, pool, pool3, pool_d, spacing, fixed3, surface, tree)
            if len(pts):
                placed3 = np.vstack([fixed3, surface.lift(pts)])
                add = greedy_surface_points(fine, fine3, spacing, placed3)
                pts = np.vstack([pts, fine[add]])
            mean = float(np.mean(tree.query(surface.lift(pts))[0])) if len(pts) else 0.0
            runs.append((len(pts), mean, pts))
    most = max(n for n, _, _ in runs)
    keep = [r for r in runs if r[0] >= most * (1.0 - SHIFT_COUNT_TOLERANCE)]
    return max(keep, key=lambda r: r[1])[2]


def mean_skin_distance_to_previous(
    points: npt.ArrayLike, previous: npt.ArrayLike, surface: SurfaceModel | None
) -> float:
    """Mean distance (cm, on the skin: 3D chord) from each papule to the nearest previous
    papule — the repeat-with-shift figure measured where the injections are; on the picture
    when ``surface`` is None or flat. 0 when either set is empty."""
    pts, prev = as_points(points), as_points(previous)
    if len(pts) == 0 or len(prev) == 0:
        return 0.0
    if surface is None or not surface.has_relief:
        return float(np.mean(cKDTree(prev).query(pts)[0]))
    return float(np.mean(cKDTree(surface.lift(prev)).query(surface.lift(pts))[0]))


