"""Hexagonal and square lattices clipped to an area, and the search for their best placement.

A lattice is described in its own frame (rows along x) by its kind, spacing, the rotation of
that frame (degrees, counter-clockwise) and an offset (x0, y0) inside one cell. Counting the
lattice points inside the area for many offsets does not test points at all: each lattice row
is a horizontal line in the lattice frame; its intersection with the area is a set of
intervals (a scanline over the boundary edges, vectorized in numpy), and the number of points
of a row inside an interval is a floor/ceil difference. So 128 offsets per orientation cost
about what one point-in-polygon pass costs. The chosen candidates are then generated and
filtered exactly with ``shapely.intersects_xy``.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
from scipy.spatial import cKDTree
from shapely.geometry.base import BaseGeometry

from mesomap.core.layout.geometry import boundary_segments, contains_points
from mesomap.core.layout.types import FloatArray

SQRT3_2 = math.sqrt(3.0) / 2.0


@dataclass(frozen=True)
class LatticeSpec:
    kind: str  # "hex" | "square"
    spacing: float
    angle_deg: float
    x0: float
    y0: float

    @property
    def row_step(self) -> float:
        return self.spacing * SQRT3_2 if self.kind == "hex" else self.spacing

    @property
    def stagger(self) -> float:
        return self.spacing / 2 if self.kind == "hex" else 0.0


def _rotation(angle_deg: float) -> tuple[float, float]:
    quarter = angle_deg / 90.0
    if quarter == round(quarter):  # exact for quarter turns: edges stay exactly on the axes
        return ((1.0, 0.0), (0.0, 1.0), (-1.0, 0.0), (0.0, -1.0))[int(round(quarter)) % 4]
    a = math.radians(angle_deg)
    return math.cos(a), math.sin(a)


def to_frame(xy: FloatArray, angle_deg: float) -> FloatArray:
    """World → lattice frame (rotate by −angle)."""
    c, s = _rotation(angle_deg)
    out: FloatArray = np.column_stack([xy[:, 0] * c + xy[:, 1] * s, -xy[:, 0] * s + xy[:, 1] * c])
    return out


def from_frame(xy: FloatArray, angle_deg: float) -> FloatArray:
    """Lattice frame → world (rotate by +angle)."""
    c, s = _rotation(angle_deg)
    out: FloatArray = np.column_stack([xy[:, 0] * c - xy[:, 1] * s, xy[:, 0] * s + xy[:, 1] * c])
    return out


def frame_bounds(area: BaseGeometry, angle_deg: float) -> tuple[float, float, float, float]:
    if angle_deg == 0.0:
        x0, y0, x1, y1 = area.bounds
        return float(x0), float(y0), float(x1), float(y1)
    segs = boundary_segments(area)
    pts = to_frame(segs[:, :2], angle_deg) if len(segs) else np.zeros((1, 2))
    return float(pts[:, 0].min()), float(pts[:, 1].min()), float(pts[:, 0].max()), float(
        pts[:, 1].max()
    )


def _lattice_grid(
    spec: LatticeSpec, bounds: tuple[float, float, float, float]
) -> tuple[FloatArray, FloatArray]:
    """Frame coordinates gx, gy (rows × columns) of the lattice covering ``bounds``."""
    minx, miny, maxx, maxy = bounds
    h = spec.row_step
    s = spec.spacing
    r0 = math.ceil((miny - spec.y0) / h)
    r1 = math.floor((maxy - spec.y0) / h)
    if r1 < r0:
        return np.zeros((0, 0)), np.zeros((0, 0))
    rows = np.arange(r0, r1 + 1)
    shift = spec.x0 + (rows % 2) * spec.stagger
    k0 = math.floor((minx - spec.x0 - spec.stagger) / s)
    k1 = math.ceil((maxx - spec.x0) / s)
    ks = np.arange(k0, k1 + 1)
    gx: FloatArray = shift[:, None] + ks[None, :] * s
    gy: FloatArray = np.broadcast_to((spec.y0 + rows * h)[:, None], gx.shape).copy()
    return gx, gy



def lattice_in_bounds(
    spec: LatticeSpec, bounds: tuple[float, float, float, float]
) -> FloatArray:
    """All lattice points (world coordinates) whose frame coordinates fall in ``bounds``."""
    gx, gy = _lattice_grid(spec, bounds)
    keep = (gx >= bounds[0]) & (gx <= bounds[2])
    xy = np.column_stack([gx[keep], gy[keep]])
    return from_frame(xy, spec.angle_deg) if spec.angle_deg else xy


def clipped_lattice(spec: LatticeSpec, area: BaseGeometry) -> FloatArray:
    """Lattice points inside ``area`` (boundary included)."""
    return clipped_lattice_band(spec, area)[0]


def clipped_lattice_band(
    spec: LatticeSpec,
    area: BaseGeometry,
    fixed: FloatArray | None = None,
    band_steps: int = 0,
) -> tuple[FloatArray, np.ndarray]:
    """Lattice points inside ``area`` and at least a spacing from ``fixed``, with their depth.

    The depth counts the rows/columns (1 … ``band_steps``, then ``band_steps + 1``) to the
    nearest lattice site that is missing (outside the area or dropped near a fixed papule):
    the only places where gaps can open. Elsewhere the lattice is intact and covers its
    surroundings at its own radius.
    """
    empty = (np.zeros((0, 2)), np.zeros(0, dtype=np.intp))
    if area.is_empty:
        return empty
    pad = 1e-9
    bx0, by0, bx1, by1 = frame_bounds(area, spec.angle_deg)
    gx, gy = _lattice_grid(spec, (bx0 - pad, by0 - pad, bx1 + pad, by1 + pad))
    if gx.size == 0:
        return empty
    frame = np.column_stack([gx.ravel(), gy.ravel()])
    world = from_frame(frame, spec.angle_deg) if spec.angle_deg else frame
    inside = contains_points(area, world)
    if fixed is not None and len(fixed) and inside.any():
        idx = np.nonzero(inside)[0]
        d, _ = cKDTree(fixed).query(world[idx])
        inside[idx[d < spec.spacing]] = False
    grid = inside.reshape(gx.shape)
    # depth: Chebyshev steps (rows/columns) to the nearest missing site, capped
    depth = np.full(gx.shape, band_steps + 1, dtype=np.intp)
    if band_steps > 0:
        n = band_steps
        missing = np.pad(~grid, n, constant_values=True)
        rr, cc = missing.shape
        for step in range(n, 0, -1):
            dil = np.zeros(gx.shape, dtype=bool)
            for dr in range(-step, step + 1):
                for dc in range(-step, step + 1):
                    dil |= missing[n + dr : rr - n + dr, n + dc : cc - n + dc]
            depth[dil] = step
    pts: FloatArray = world[inside]
    return pts, depth.ravel()[inside]


def _row_intervals(
    segs: FloatArray, ys: FloatArray
) -> tuple[np.ndarray, FloatArray, FloatArray]:
    """Scanline: for rows at heights ``ys`` return (row index, left x, right x) of inside runs."""
    y1 = segs[:, 1][:, None]
    y2 = segs[:, 3][:, None]
    yy = ys[None, :]
    cross = ((y1 <= yy) & (yy < y2)) | ((y2 <= yy) & (yy < y1))
    ei, ri = np.nonzero(cross)
    if len(ei) == 0:
        return np.zeros(0, dtype=np.intp), np.zeros(0), np.zeros(0)
    x1 = segs[ei, 0]
    x2 = segs[ei, 2]
    sy1 = segs[ei, 1]
    sy2 = segs[ei, 3]
    xs = x1 + (ys[ri] - sy1) * (x2 - x1) / (sy2 - sy1)
    order = np.lexsort((xs, ri))
    ri = ri[order]
    xs = xs[order]
    return ri[0::2], xs[0::2], xs[1::2]


def score_offsets(
    area: BaseGeometry,
    kind: str,
    spacing: float,
    angle_deg: float,
    nx: int = 16,
    ny: int = 8,
) -> tuple[np.ndarray, FloatArray, FloatArray]:
    """Point counts of the lattice for an ``ny`` × ``nx`` grid of offsets in one cell.

    Returns (counts[ny, nx], x0s[nx], y0s[ny]); offsets are relative to the frame origin.
    """
    segs = boundary_segments(area)
    if angle_deg:
        a = to_frame(segs[:, :2], angle_deg)
        b = to_frame(segs[:, 2:], angle_deg)
        segs = np.hstack([a, b])
    probe = LatticeSpec(kind, spacing, angle_deg, 0.0, 0.0)
    h = probe.row_step
    stagger = probe.stagger
    miny = float(min(segs[:, 1].min(), segs[:, 3].min()))
    maxy = float(max(segs[:, 1].max(), segs[:, 3].max()))
    minx = float(min(segs[:, 0].min(), segs[:, 2].min()))
    # anchor offsets at the frame bounding box so that offset (0, 0) is the "plain" lattice
    x0s: FloatArray = minx + np.arange(nx, dtype=float) * (spacing / nx)
    y0s: FloatArray = miny + np.arange(ny, dtype=float) * (h / ny)
    counts = np.zeros((ny, nx), dtype=np.int64)
    for j, y0 in enumerate(y0s):
        r0 = math.ceil((miny - y0) / h)
        r1 = math.floor((maxy - y0) / h)
        if r1 < r0:
            continue
        rows = np.arange(r0, r1 + 1)
        ys = y0 + rows * h
        ri, xa, xb = _row_intervals(segs, ys)
        if len(ri) == 0:
            continue
        shift = (rows[ri] % 2) * stagger
        base = x0s[None, :] + shift[:, None]
        n = np.floor((xb[:, None] - base) / spacing) - np.ceil((xa[:, None] - base) / spacing) + 1
        counts[j] = np.maximum(n, 0).sum(axis=0).astype(np.int64)
    return counts, x0s, y0s
