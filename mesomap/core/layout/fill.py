"""Greedy gap filling: add papules where the area is farther than one spacing from all.

Each round lists the exact candidates of the covering radius (Voronoi vertices inside the
area, Voronoi edges crossing its boundary, its corners: see :mod:`.metrics`), keeps those at
least one spacing from every papule, and accepts them farthest first while they stay one
spacing from each other. When a round accepts nothing, no point of the area is a spacing or
more from the papules: the layout is maximal and its covering radius is below the spacing.
"""

from __future__ import annotations

import numpy as np
from scipy.spatial import cKDTree
from shapely.geometry.base import BaseGeometry

from mesomap.core.layout.metrics import covering_candidates
from mesomap.core.layout.types import FloatArray

MAX_ROUNDS = 200


def _greedy(cand: FloatArray, dist: FloatArray, spacing: float) -> FloatArray:
    # farthest first; ties broken by coordinates so the result never depends on input order
    order = np.lexsort((cand[:, 1], cand[:, 0], -dist))
    accepted: list[FloatArray] = []
    acc = np.zeros((0, 2))
    for i in order:
        c = cand[i]
        if len(acc):
            d2 = np.min(np.sum((acc - c) ** 2, axis=1))
            if d2 < spacing * spacing:
                continue
        accepted.append(c)
        acc = np.asarray(accepted)
    return acc


def fill_gaps(
    points: FloatArray,
    area: BaseGeometry,
    spacing: float,
    site_mask: np.ndarray | None = None,
) -> FloatArray:
    return fill_gaps_cover(points, area, spacing, site_mask)[0]


def fill_gaps_cover(
    points: FloatArray,
    area: BaseGeometry,
    spacing: float,
    site_mask: np.ndarray | None = None,
) -> tuple[FloatArray, float]:
    """The papules to add to ``points`` (which may include fixed ones) in ``area``.

    ``site_mask`` may restrict the Voronoi diagram to the papules near possible gaps (the
    lattice band next to the boundary and to fixed papules): distances are still measured to
    every papule, so the result is the same, only faster. Also returns the covering radius
    near the gaps once filled (exact there).
    """
    if area.is_empty or area.area <= 0:
        return np.zeros((0, 2)), 0.0
    pts = np.asarray(points, dtype=float).reshape(-1, 2)
    sites = pts if site_mask is None else pts[site_mask]
    added: list[FloatArray] = []
    cover = 0.0
    for _ in range(MAX_ROUNDS):
        cand = covering_candidates(sites, area)
        if len(cand) == 0:
            cover = 0.0
            break
        if len(pts):
            dist, _ = cKDTree(pts).query(cand)
        else:
            dist = np.full(len(cand), np.inf)
        keep = dist >= spacing
        cover = float(np.max(dist))
        if not keep.any():
            break
        new = _greedy(cand[keep], np.asarray(dist[keep], dtype=float), spacing)
        added.append(new)
        pts = np.vstack([pts, new])
        sites = np.vstack([sites, new])
    if not added:
        return np.zeros((0, 2)), cover
    return np.vstack(added), cover
