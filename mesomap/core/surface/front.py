"""Advancing front on the skin: a hexagonal lattice grown papule by papule over the surface.

From a seed, each accepted papule proposes its six lattice neighbours on the skin: unit
tangent directions 60° apart in the surface's tangent plane (the first one is the tangent whose
picture projection points along the row angle), stepped so that the 3D chord to the papule is
exactly the spacing (a few secant corrections on the lifted point). A proposal is accepted when
it lies in the valid area and no accepted papule is closer than the spacing on the skin. On a
flat picture this is exactly a hexagonal lattice; on a developable surface (a cylinder) it is
the hexagonal lattice of the unrolled surface; on the face the rows bend with the skin and the
defects where they meet are left as gaps for the greedy fill (:mod:`.layout`).
"""

from __future__ import annotations

import math

import numpy as np
import numpy.typing as npt
from shapely.geometry.base import BaseGeometry

from mesomap.core.layout.geometry import contains_points
from mesomap.core.surface.model import FloatArray, SurfaceModel

SECANT_STEPS = 4
#: The front steps this much more than the spacing: on a curved surface two paths to the same
#: lattice site disagree by a few thousandths of the spacing, and a neighbour a hair closer
#: than the spacing would be refused and leave a hole.
STEP_FACTOR = 1.005
TOLERANCE = 1e-9


class _Grid3:
    """Accepted skin points hashed in cubes of the spacing (neighbour tests)."""

    def __init__(self, spacing: float) -> None:
        self.cell = spacing
        self.cells: dict[tuple[int, int, int], list[int]] = {}
        self.points: list[FloatArray] = []

    def key(self, p: FloatArray) -> tuple[int, int, int]:
        return (
            math.floor(p[0] / self.cell), math.floor(p[1] / self.cell), math.floor(p[2] / self.cell)
        )

    def add(self, p: FloatArray) -> None:
        self.cells.setdefault(self.key(p), []).append(len(self.points))
        self.points.append(p)

    def free(self, p: FloatArray, radius: float) -> bool:
        kx, ky, kz = self.key(p)
        r2 = radius * radius
        for dx in (-1, 0, 1):
            for dy in (-1, 0, 1):
                for dz in (-1, 0, 1):
                    for i in self.cells.get((kx + dx, ky + dy, kz + dz), ()):
                        q = self.points[i]
                        d = (q[0] - p[0]) ** 2 + (q[1] - p[1]) ** 2 + (q[2] - p[2]) ** 2
                        if d < r2:
                            return False
        return True


def _directions(surface: SurfaceModel, p: FloatArray, h: float, angle: float) -> FloatArray:
    """Picture projections (P, 6, 2) of the six unit tangent directions at the points ``p``."""
    n_p = len(p)
    offs = np.array([[h, 0.0], [-h, 0.0], [0.0, h], [0.0, -h]])
    z = surface.lift((p[:, None, :] + offs[None, :, :]).reshape(-1, 2))[:, 2].reshape(n_p, 4)
    fx, fy = (z[:, 0] - z[:, 1]) / (2 * h), (z[:, 2] - z[:, 3]) / (2 * h)
    c, s = math.cos(angle), math.sin(angle)
    t1 = np.column_stack([np.full(n_p, c), np.full(n_p, s), c * fx + s * fy])
    t1 /= np.linalg.norm(t1, axis=1)[:, None]
    n = np.column_stack([-fx, -fy, np.ones(n_p)])
    n /= np.linalg.norm(n, axis=1)[:, None]
    t2 = np.cross(n, t1)
    k = np.arange(6) * (math.pi / 3)
    dirs = np.cos(k)[None, :, None] * t1[:, None, :] + np.sin(k)[None, :, None] * t2[:, None, :]
    result: FloatArray = dirs[:, :, :2]
    return result


def _step(surface: SurfaceModel, p: FloatArray, p3: FloatArray, d: FloatArray, spacing: float
          ) -> tuple[FloatArray, FloatArray]:
    """Points ``p + λ d`` (rows) whose skin chord to ``p3`` (rows) is the spacing (secant on λ)."""
    lam = np.full(len(d), spacing)
    q = p + lam[:, None] * d
    q3 = surface.lift(q)
    for _ in range(SECANT_STEPS):
        chord = np.linalg.norm(q3 - p3, axis=1)
        ok = chord > 1e-12
        lam = np.where(ok, lam * spacing / np.where(ok, chord, 1.0), lam)
        q = p + lam[:, None] * d
        q3 = surface.lift(q)
    return q, q3


def advancing_front(
    area: BaseGeometry,
    surface: SurfaceModel,
    spacing: float,
    fixed: FloatArray,
    seed: FloatArray,
    angle_deg: float = 0.0,
    max_points: int = 200_000,
) -> FloatArray:
    """Papules grown from ``seed`` (which must lie in ``area``); fixed papules block only.

    The front advances a generation at a time (all proposals of the newest papules computed
    together), proposals accepted in a fixed order, so the result is deterministic.
    """
    grid = _Grid3(spacing)
    radius = spacing * (1.0 - TOLERANCE)
    if len(fixed):
        for f3 in surface.lift(fixed):
            grid.add(f3)
    seed3 = surface.lift(seed[None, :])[0]
    if not grid.free(seed3, radius):
        return np.zeros((0, 2))
    accepted: list[FloatArray] = [seed]
    grid.add(seed3)
    front, front3 = seed[None, :], seed3[None, :]
    angle = math.radians(angle_deg)
    h = spacing * 0.05
    while len(front) and len(accepted) < max_points:
        dirs = _directions(surface, front, h, angle).reshape(-1, 2)
        parents = np.repeat(np.arange(len(front)), 6)
        usable = np.linalg.norm(dirs, axis=1) > 1e-6
        dirs, parents = dirs[usable], parents[usable]
        q, q3 = _step(surface, front[parents], front3[parents], dirs, spacing * STEP_FACTOR)
        inside = contains_points(area, q)
        new: list[int] = []
        for j in np.flatnonzero(inside):
            if grid.free(q3[j], radius):
                grid.add(q3[j])
                accepted.append(q[j])
                new.append(int(j))
        front, front3 = q[new], q3[new]
    out: FloatArray = np.asarray(accepted, dtype=float).reshape(-1, 2)
    return out


def seeds(area: BaseGeometry, count: int, spacing: float) -> list[npt.NDArray[np.float64]]:
    """Seed points in ``area``: its most interior point first, then points near it."""
    from shapely import get_coordinates
    from shapely.ops import polylabel

    polys = getattr(area, "geoms", [area])
    biggest = max(polys, key=lambda g: g.area)
    centre = np.asarray(get_coordinates(polylabel(biggest, tolerance=0.05))[0], dtype=float)
    out = [centre]
    ring = np.array([[0.5, 0.0], [0.0, 0.5], [0.5, 0.5], [0.25, 0.75]])
    for off in ring[: max(0, count - 1)]:
        out.append(centre + off * spacing)
    return [p for p in out if bool(contains_points(area, p[None, :])[0])]
