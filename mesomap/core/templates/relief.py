"""The relief of a template: how the drawn surface curves away from the viewer.

A template is a flat picture (x, y) of a curved body. Its relief gives the depth ``z`` of the
skin (cm, towards the viewer) under each picture point, so that later code can measure spacing
and areas on the skin instead of on the picture:

- :class:`FlatRelief`: the picture is the surface (z = 0 everywhere).
- :class:`MeshRelief`: a triangle mesh in template coordinates (the face templates, from the
  MediaPipe face mesh); where triangles overlap in the picture the one nearest the viewer wins.
- :class:`CrossSectionRelief`: limbs and trunk as ellipse cross-sections along an axis.

All are Qt-free and vectorised over ``(N, 2)`` arrays of picture points.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import numpy.typing as npt

FloatArray = npt.NDArray[np.float64]


def _as_points(xy: npt.ArrayLike) -> FloatArray:
    pts = np.asarray(xy, dtype=float)
    if pts.ndim == 1:
        pts = pts.reshape(1, 2)
    if pts.ndim != 2 or pts.shape[1] != 2:
        raise ValueError("points must be an (N, 2) array of x, y in cm")
    return pts


class Relief:
    """Base class: ``depth_at(xy)`` and ``lift(xy)``; ``kind`` names the relief type."""

    kind: str = "flat"

    def depth_at(self, xy: npt.ArrayLike, extrapolate: bool = False) -> FloatArray:
        """Depth (cm, towards the viewer) of the surface under each point.

        NaN off the surface, unless ``extrapolate``: then the nearest surface depth (points in
        the thin sliver between a smooth outline and the mesh's polygonal edge get a value).
        """
        return np.zeros(len(_as_points(xy)))

    def lift(self, xy: npt.ArrayLike, extrapolate: bool = False) -> FloatArray:
        """``(N, 3)`` surface points ``(x, y, z)`` for picture points ``(N, 2)``."""
        pts = _as_points(xy)
        return np.column_stack([pts, self.depth_at(pts, extrapolate)])

    def stretch_at(self, xy: npt.ArrayLike) -> FloatArray:
        """Skin area per picture area under each point (1 where flat; large where the surface
        turns away from the viewer); NaN off the surface. Central differences of the depth."""
        pts = _as_points(xy)
        h = 0.005
        dx = (self.depth_at(pts + [h, 0], True) - self.depth_at(pts - [h, 0], True)) / (2 * h)
        dy = (self.depth_at(pts + [0, h], True) - self.depth_at(pts - [0, h], True)) / (2 * h)
        out: FloatArray = np.sqrt(1.0 + dx**2 + dy**2)
        out[np.isnan(self.depth_at(pts))] = np.nan
        return out

    @property
    def is_flat(self) -> bool:
        return self.kind == "flat"

    def to_json(self) -> dict[str, Any]:
        return {"kind": "flat"}


@dataclass(frozen=True, eq=False)
class FlatRelief(Relief):
    """The surface is the picture itself."""

    kind: str = "flat"


@dataclass(frozen=True, eq=False)
class MeshRelief(Relief):
    """A triangulated surface; ``vertices`` (N, 3) cm in template coordinates, ``triangles`` (M, 3)."""

    vertices: FloatArray
    triangles: npt.NDArray[np.int64]
    frame: str | None = None
    """Templates whose meshes share a frame are views of one surface (see ``views``)."""
    kind: str = "mesh"
    _cache: dict[str, Any] = field(init=False, repr=False, default_factory=dict)

    def __post_init__(self) -> None:
        tri = self.vertices[self.triangles]  # (M, 3, 3)
        a, b, c = tri[:, 0, :], tri[:, 1, :], tri[:, 2, :]
        v0, v1 = b[:, :2] - a[:, :2], c[:, :2] - a[:, :2]
        den = v0[:, 0] * v1[:, 1] - v1[:, 0] * v0[:, 1]
        ok = np.nonzero(np.abs(den) > 1e-12)[0]
        normal = np.cross(b - a, c - a)
        norm = np.linalg.norm(normal, axis=1)
        with np.errstate(divide="ignore", invalid="ignore"):
            stretch = norm / np.abs(normal[:, 2])
        self._cache.update(
            index=ok, a=a[ok], b=b[ok], c=c[ok], v0=v0[ok], v1=v1[ok], den=den[ok],
            lo=np.minimum(np.minimum(a[ok, :2], b[ok, :2]), c[ok, :2]) - 1e-9,
            hi=np.maximum(np.maximum(a[ok, :2], b[ok, :2]), c[ok, :2]) + 1e-9,
            stretch=stretch,
        )

    def depth_at(self, xy: npt.ArrayLike, extrapolate: bool = False) -> FloatArray:
        pts = _as_points(xy)
        out, _ = self._hit(pts)
        if extrapolate:
            missing = np.isnan(out)
            if missing.any():
                d2 = ((pts[missing, None, :] - self.vertices[None, :, :2]) ** 2).sum(axis=2)
                out[missing] = self.vertices[np.argmin(d2, axis=1), 2]
        return out

    def triangle_at(self, xy: npt.ArrayLike) -> npt.NDArray[np.int64]:
        """Index of the visible triangle (nearest the viewer) under each point; -1 off the mesh."""
        return self._hit(_as_points(xy))[1]

    def stretch_at(self, xy: npt.ArrayLike) -> FloatArray:
        tri = self.triangle_at(xy)
        out = np.full(len(tri), np.nan)
        hit = tri >= 0
        out[hit] = self._cache["stretch"][tri[hit]]
        return out

    def _hit(self, pts: FloatArray) -> tuple[FloatArray, npt.NDArray[np.int64]]:
        k = self._cache
        a, b, c, v0, v1, den, lo, hi = (k[n] for n in ("a", "b", "c", "v0", "v1", "den", "lo", "hi"))
        depth = np.full(len(pts), np.nan)
        which = np.full(len(pts), -1, dtype=np.int64)
        for start in range(0, len(pts), 256):
            p = pts[start : start + 256]
            inside_box = (
                (p[:, None, 0] >= lo[None, :, 0])
                & (p[:, None, 0] <= hi[None, :, 0])
                & (p[:, None, 1] >= lo[None, :, 1])
                & (p[:, None, 1] <= hi[None, :, 1])
            )
            pi, ti = np.nonzero(inside_box)
            if len(pi) == 0:
                continue
            d = p[pi] - a[ti, :2]
            u = (d[:, 0] * v1[ti, 1] - v1[ti, 0] * d[:, 1]) / den[ti]
            v = (v0[ti, 0] * d[:, 1] - d[:, 0] * v0[ti, 1]) / den[ti]
            w = 1.0 - u - v
            hit = (u >= -1e-9) & (v >= -1e-9) & (w >= -1e-9)
            pi, ti = pi[hit], ti[hit]
            if len(pi) == 0:
                continue
            z = w[hit] * a[ti, 2] + u[hit] * b[ti, 2] + v[hit] * c[ti, 2]
            order = np.lexsort((z, pi))
            pi, ti, z = pi[order], ti[order], z[order]
            last = np.r_[pi[1:] != pi[:-1], True]
            depth[start + pi[last]] = z[last]
            which[start + pi[last]] = k["index"][ti[last]]
        return depth, which

    def surface_area_cm2(self) -> float:
        """Area of the whole mesh surface (3D), cm²."""
        t = self.vertices[self.triangles]
        return float(0.5 * np.linalg.norm(np.cross(t[:, 1] - t[:, 0], t[:, 2] - t[:, 0]), axis=1).sum())

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "kind": "mesh",
            "vertices": self.vertices.tolist(),
            "triangles": self.triangles.tolist(),
        }
        if self.frame is not None:
            out["frame"] = self.frame
        return out


@dataclass(frozen=True)
class Station:
    """One ellipse cross-section: at ``at`` along the axis, centred on ``center`` across it."""

    at: float
    center: float
    half_width: float
    depth: float

    def circumference_cm(self) -> float:
        """Full ellipse perimeter (Ramanujan's second approximation)."""
        return ellipse_perimeter(self.half_width, self.depth)


def ellipse_perimeter(a: float, b: float) -> float:
    """Perimeter of an ellipse with semi-axes ``a`` and ``b`` (Ramanujan II, error < 1e-5 rel.)."""
    if a + b <= 0:
        return 0.0
    h = ((a - b) / (a + b)) ** 2
    return math.pi * (a + b) * (1 + 3 * h / (10 + math.sqrt(4 - 3 * h)))


@dataclass(frozen=True)
class CrossSectionBody:
    """A limb or trunk segment: ellipse cross-sections at stations along ``axis`` ("x" or "y")."""

    id: str
    axis: str
    stations: tuple[Station, ...]

    def station_at(self, at: float) -> Station | None:
        """The interpolated cross-section at ``at`` (None outside the stations' range)."""
        ats = [s.at for s in self.stations]
        if at < ats[0] - 1e-9 or at > ats[-1] + 1e-9:
            return None
        vals = [
            float(np.interp(at, ats, [getattr(s, name) for s in self.stations]))
            for name in ("center", "half_width", "depth")
        ]
        return Station(at, vals[0], vals[1], vals[2])

    def depth_at(self, pts: FloatArray, extrapolate: bool = False) -> FloatArray:
        """Depth of the front half-ellipse; NaN outside (clamped to the edge if ``extrapolate``)."""
        along = pts[:, 1] if self.axis == "y" else pts[:, 0]
        across = pts[:, 0] if self.axis == "y" else pts[:, 1]
        ats = np.array([s.at for s in self.stations])
        center = np.interp(along, ats, [s.center for s in self.stations])
        half = np.interp(along, ats, [s.half_width for s in self.stations])
        depth = np.interp(along, ats, [s.depth for s in self.stations])
        rel = (across - center) / np.where(half > 0, half, np.nan)
        if extrapolate:
            z = depth * np.sqrt(np.clip(1.0 - rel**2, 0.0, 1.0))
            return np.where(np.isnan(z), 0.0, z)
        inside = (along >= ats[0] - 1e-9) & (along <= ats[-1] + 1e-9) & (np.abs(rel) <= 1.0)
        z = depth * np.sqrt(np.clip(1.0 - rel**2, 0.0, 1.0))
        return np.where(inside, z, np.nan)


@dataclass(frozen=True, eq=False)
class CrossSectionRelief(Relief):
    """Limbs and trunk as ellipse cross-sections; where bodies overlap the nearest surface wins."""

    bodies: tuple[CrossSectionBody, ...]
    kind: str = "cross_sections"

    def body(self, body_id: str) -> CrossSectionBody:
        for b in self.bodies:
            if b.id == body_id:
                return b
        raise KeyError(body_id)

    def depth_at(self, xy: npt.ArrayLike, extrapolate: bool = False) -> FloatArray:
        pts = _as_points(xy)
        stack = np.vstack([b.depth_at(pts, extrapolate) for b in self.bodies])
        with np.errstate(all="ignore"):
            best = np.nanmax(np.where(np.isnan(stack), -np.inf, stack), axis=0)
        return np.where(np.isfinite(best), best, np.nan)

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": "cross_sections",
            "bodies": [
                {
                    "id": b.id,
                    "axis": b.axis,
                    "stations": [
                        {"at": s.at, "center": s.center, "half_width": s.half_width, "depth": s.depth}
                        for s in b.stations
                    ],
                }
                for b in self.bodies
            ],
        }


def mesh_relief(
    vertices: Sequence[Sequence[float]], triangles: Sequence[Sequence[int]], frame: str | None = None
) -> MeshRelief:
    """Build a :class:`MeshRelief` from plain lists (already validated)."""
    return MeshRelief(
        np.asarray(vertices, dtype=float).reshape(-1, 3),
        np.asarray(triangles, dtype=np.int64).reshape(-1, 3),
        frame,
    )
