"""Fast lifting of many picture points onto a mesh relief.

``MeshRelief.depth_at`` tests every point against every triangle's bounding box, which is
right for a few points but slow for the tens of thousands of candidates a surface layout
lifts. :class:`MeshLifter` buckets the triangles in a picture grid once, then tests each point
against the triangles of its own cell only (vectorised); the result is the same visible
(nearest the viewer) triangle and depth as ``MeshRelief.depth_at`` on the mesh; off the mesh it
extrapolates continuously from the mesh's edge (see :meth:`MeshLifter.depth_at`).
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt
import shapely
from scipy.spatial import cKDTree

from mesomap.core.templates.relief import MeshRelief

FloatArray = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.intp]


class MeshLifter:
    """Depth under picture points of a :class:`MeshRelief` (template coordinates)."""

    def __init__(self, relief: MeshRelief, cells_per_side: int = 48) -> None:
        v = relief.vertices
        tri = v[relief.triangles]
        self._a = tri[:, 0, :]
        self._v0 = tri[:, 1, :2] - tri[:, 0, :2]
        self._v1 = tri[:, 2, :2] - tri[:, 0, :2]
        self._dz = np.column_stack([tri[:, 1, 2] - tri[:, 0, 2], tri[:, 2, 2] - tri[:, 0, 2]])
        den = self._v0[:, 0] * self._v1[:, 1] - self._v1[:, 0] * self._v0[:, 1]
        ok = np.abs(den) > 1e-12
        self._den = np.where(ok, den, 1.0)
        lo = tri[:, :, :2].min(axis=1) - 1e-9
        hi = tri[:, :, :2].max(axis=1) + 1e-9
        self._origin = lo.min(axis=0)
        span = hi.max(axis=0) - self._origin
        self._cell = float(max(span.max() / cells_per_side, 1e-6))
        self._shape = np.maximum(np.ceil(span / self._cell).astype(int), 1)
        nx, ny = int(self._shape[0]), int(self._shape[1])
        buckets: list[list[int]] = [[] for _ in range(nx * ny)]
        i0 = np.clip(((lo - self._origin) // self._cell).astype(int), 0, self._shape - 1)
        i1 = np.clip(((hi - self._origin) // self._cell).astype(int), 0, self._shape - 1)
        for t in np.flatnonzero(ok):
            for ix in range(i0[t, 0], i1[t, 0] + 1):
                for iy in range(i0[t, 1], i1[t, 1] + 1):
                    buckets[ix * ny + iy].append(int(t))
        width = max(1, max(len(b) for b in buckets))
        table = np.full((nx * ny, width), -1, dtype=np.intp)
        for k, b in enumerate(buckets):
            table[k, : len(b)] = b
        self._table = table
        polys = shapely.polygons(np.concatenate([tri[ok, :, :2], tri[ok, :1, :2]], axis=1))
        picture = shapely.union_all(shapely.buffer(polys, 1e-9, quad_segs=1))
        self._picture_boundary = picture.boundary
        shapely.prepare(self._picture_boundary)
        self._vertex_tree = cKDTree(v[:, :2])
        self._vertex_z = v[:, 2].copy()

    def triangles_and_depth(self, pts: FloatArray) -> tuple[IntArray, FloatArray]:
        """Visible triangle (-1 off the mesh) and its depth (NaN off the mesh) under points."""
        n = len(pts)
        which = np.full(n, -1, dtype=np.intp)
        depth = np.full(n, np.nan)
        if n == 0:
            return which, depth
        idx = np.floor((pts - self._origin) / self._cell).astype(int)
        inside = np.all((idx >= 0) & (idx < self._shape), axis=1)
        pi = np.flatnonzero(inside)
        if len(pi) == 0:
            return which, depth
        cand = self._table[idx[pi, 0] * self._shape[1] + idx[pi, 1]]  # (P, W)
        rows, cols = np.nonzero(cand >= 0)
        p, t = pi[rows], cand[rows, cols]
        d = pts[p] - self._a[t, :2]
        u = (d[:, 0] * self._v1[t, 1] - self._v1[t, 0] * d[:, 1]) / self._den[t]
        w = (self._v0[t, 0] * d[:, 1] - d[:, 0] * self._v0[t, 1]) / self._den[t]
        hit = (u >= -1e-9) & (w >= -1e-9) & (1.0 - u - w >= -1e-9)
        p, t, u, w = p[hit], t[hit], u[hit], w[hit]
        z = self._a[t, 2] + u * self._dz[t, 0] + w * self._dz[t, 1]
        order = np.lexsort((z, p))
        p, t, z = p[order], t[order], z[order]
        last = np.r_[p[1:] != p[:-1], True] if len(p) else np.zeros(0, dtype=bool)
        which[p[last]] = t[last]
        depth[p[last]] = z[last]
        return which, depth

    def depth_at(self, pts: FloatArray, extrapolate: bool = False) -> FloatArray:
        """Like ``MeshRelief.depth_at``: NaN off the mesh unless ``extrapolate``.

        Extrapolation differs from ``MeshRelief`` (nearest vertex): a point off the mesh gets
        the depth at the nearest point of the mesh's picture (its edge, or the rim of a hole
        such as the eyes), so the lifted surface stays continuous across the edge.
        """
        _, depth = self.triangles_and_depth(pts)
        if extrapolate:
            missing = np.flatnonzero(np.isnan(depth))
            if len(missing):
                edge = shapely.shortest_line(shapely.points(pts[missing]), self._picture_boundary)
                coords = shapely.get_coordinates(edge).reshape(-1, 2, 2)[:, 1, :]
                inward = coords + (coords - pts[missing]) * 1e-6
                _, near = self.triangles_and_depth(np.vstack([coords, inward]))
                k = len(missing)
                fill = np.where(np.isnan(near[:k]), near[k:], near[:k])
                lost = np.isnan(fill)
                if lost.any():
                    _, nearest = self._vertex_tree.query(pts[missing[lost]])
                    fill[lost] = self._vertex_z[nearest]
                depth[missing] = fill
        return depth
