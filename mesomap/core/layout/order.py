"""Injection order: snaking rows on lattice-like sets, a short tour on irregular ones.

Rows are found along the lattice direction (``row_angle_deg``; unknown: horizontal or
vertical rows, whichever fits). When at least 70 % of the papules sit close to a row line,
the papules are numbered row by row from the chosen corner, back and forth (boustrophedon). Otherwise a nearest-neighbour tour from
the papule nearest the corner is improved by 2-opt moves (papule counts up to
``TWO_OPT_LIMIT``; larger irregular sets keep the nearest-neighbour tour).
"""

from __future__ import annotations

import math

import numpy as np
from scipy.spatial import cKDTree

from mesomap.core.i18n import QT_TRANSLATE_NOOP
from mesomap.core.layout.lattice import to_frame
from mesomap.core.layout.types import START_CORNERS, FloatArray, IntArray, LayoutError

TWO_OPT_LIMIT = 400
ROW_FRACTION = 0.7


def path_length(points: FloatArray, order: IntArray) -> float:
    if len(order) < 2:
        return 0.0
    p = points[order]
    return float(np.sum(np.hypot(*(p[1:] - p[:-1]).T)))


def _check_corner(start_corner: str) -> tuple[bool, bool]:
    if start_corner not in START_CORNERS:
        raise LayoutError(
            QT_TRANSLATE_NOOP(
                "Layout",
                "Unknown starting corner '{corner}'; choose top_left, top_right, bottom_left "
                "or bottom_right.",
            ),
            corner=start_corner,
        )
    return start_corner.startswith("top"), start_corner.endswith("left")


def _rows(points: FloatArray, row_step: float) -> tuple[IntArray, float]:
    """Row index per point and the fraction of points lying on a row line."""
    y = points[:, 1]
    base = float(np.median(np.mod(y, row_step)))
    idx = np.round((y - base) / row_step).astype(np.intp)
    off = np.abs(y - base - idx * row_step)
    frac = float(np.mean(off <= 0.15 * row_step))
    return idx, frac


def _snake(frame: FloatArray, row_idx: IntArray, top: bool, left: bool) -> IntArray:
    """Row by row from the chosen side, alternating direction (vectorized)."""
    rows, inverse = np.unique(row_idx, return_inverse=True)
    rank = (len(rows) - 1 - inverse) if top else inverse
    forward = (rank % 2 == 0) == left
    x = frame[:, 0]
    lo, hi = float(x.min()), float(x.max())
    along = np.where(forward, x - lo, hi - x)  # 0 … span within each row
    key = rank * (hi - lo + 1.0) + along
    order: IntArray = np.argsort(key, kind="stable").astype(np.intp)
    return order


def _nearest_neighbour(points: FloatArray, start: int) -> IntArray:
    n = len(points)
    tree = cKDTree(points)
    visited = np.zeros(n, dtype=bool)
    order = np.empty(n, dtype=np.intp)
    cur = start
    for i in range(n):
        order[i] = cur
        visited[cur] = True
        if i == n - 1:
            break
        k = 8
        nxt = -1
        while nxt < 0:
            kk = min(k, n)
            _, idx = tree.query(points[cur], k=kk)
            for j in np.atleast_1d(idx):
                if not visited[j]:
                    nxt = int(j)
                    break
            if kk == n:
                break
            k *= 4
        cur = nxt
    return order


def _two_opt(points: FloatArray, order: IntArray, max_passes: int = 10) -> IntArray:
    """Open-path 2-opt (the first papule stays first)."""
    route = order.copy()
    n = len(route)
    if n < 4:
        return route
    for _ in range(max_passes):
        improved = False
        for i in range(1, n - 1):
            p = points[route]
            a, b = p[i - 1], p[i]
            c = p[i:]  # candidates j >= i: reverse route[i..j]
            d = np.vstack([p[i + 1 :], p[-1:] * np.nan])  # successor of j (nan for the end)
            old = np.hypot(*(a - b)) + np.hypot(c[:, 0] - d[:, 0], c[:, 1] - d[:, 1])
            new = np.hypot(a[0] - c[:, 0], a[1] - c[:, 1]) + np.hypot(b[0] - d[:, 0], b[1] - d[:, 1])
            # open end: reversing the tail only changes the edge into i
            tail_old = np.hypot(*(a - b))
            tail_new = np.hypot(*(a - p[-1]))
            gain = np.where(np.isnan(d[:, 0]), tail_old - tail_new, old - new)
            j = int(np.nanargmax(gain))
            if gain[j] > 1e-12:
                jj = i + j
                route[i : jj + 1] = route[i : jj + 1][::-1].copy()
                improved = True
        if not improved:
            break
    return route


def order_papules(
    points: FloatArray | list[tuple[float, float]],
    start_corner: str = "top_left",
    *,
    row_angle_deg: float | None = None,
    row_step_cm: float | None = None,
) -> tuple[IntArray, float]:
    """Injection order of ``points`` from ``start_corner`` and the path length in cm.

    ``row_angle_deg`` and ``row_step_cm`` describe the lattice rows when known (the planner
    passes them); otherwise rows are searched along x and along y, with a row step guessed
    from the nearest-neighbour distance (hexagonal or square). The snake starts with the
    papule nearest the chosen corner of the papules' bounding box.
    """
    top, left = _check_corner(start_corner)
    pts = np.asarray(points, dtype=float).reshape(-1, 2)
    n = len(pts)
    if n == 0:
        return np.zeros(0, dtype=np.intp), 0.0
    if n == 1:
        return np.zeros(1, dtype=np.intp), 0.0
    cx = pts[:, 0].min() if left else pts[:, 0].max()
    cy = pts[:, 1].max() if top else pts[:, 1].min()
    angles = [row_angle_deg] if row_angle_deg is not None else [0.0, 90.0]
    steps: list[float]
    if row_step_cm is not None:
        steps = [row_step_cm]
    else:
        nn, _ = cKDTree(pts).query(pts, k=2)
        d = float(np.median(nn[:, 1]))
        steps = [d * math.sqrt(3.0) / 2.0, d] if d > 0 else []
    best: tuple[float, FloatArray, IntArray] | None = None
    for angle in angles:
        frame = to_frame(pts, angle) if angle else pts
        for step in steps:
            idx, frac = _rows(frame, step)
            if frac >= ROW_FRACTION and (best is None or frac > best[0] + 1e-12):
                best = (frac, frame, idx)
    if best is not None:
        _, frame, idx = best
        # of the four ways to snake in the lattice frame, the one starting nearest the corner
        hi_row = idx == idx.max()
        lo_row = idx == idx.min()
        options = [(t, lf) for t in (True, False) for lf in (True, False)]
        firsts = []
        for t, lf in options:
            members = np.nonzero(hi_row if t else lo_row)[0]
            xs = frame[members, 0]
            firsts.append(members[int(np.argmin(xs) if lf else np.argmax(xs))])
        fp = pts[np.asarray(firsts)]
        t, lf = options[int(np.argmin(np.hypot(fp[:, 0] - cx, fp[:, 1] - cy)))]
        order = _snake(frame, idx, t, lf)
    else:
        start = int(np.argmin(np.hypot(pts[:, 0] - cx, pts[:, 1] - cy)))
        order = _nearest_neighbour(pts, start)
        if n <= TWO_OPT_LIMIT:
            order = _two_opt(pts, order)
    return order, path_length(pts, order)
