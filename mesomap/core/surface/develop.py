"""Unrolling a cross-section body: the planar layout engine on the developed skin.

A limb or trunk segment of :class:`CrossSectionRelief` is, station by station, the front half
of an ellipse. Its development maps a picture point (across, along) to (arc length on the
ellipse from the body's centre line, along): exact for a cylinder (a developable surface), and
close where the stations change slowly. The planar engine lays out the developed region with
the spacing widened so that a geodesic of that length has a chord of the spacing at the
tightest curvature, the papules are mapped back, and the caller checks every chord anyway.
"""

from __future__ import annotations

import math

import numpy as np
import shapely
from shapely.geometry.base import BaseGeometry

from mesomap.core.layout import LayoutRequest, plan_layout
from mesomap.core.surface.model import FloatArray, SurfaceModel
from mesomap.core.templates.relief import CrossSectionBody, CrossSectionRelief

_NODES, _WEIGHTS = np.polynomial.legendre.leggauss(24)


class Development:
    """The development of one body, in map coordinates (the patient fit applied)."""

    def __init__(self, body: CrossSectionBody, surface: SurfaceModel) -> None:
        f = surface.fit
        along_scale, across_scale = (f.scale_y, f.scale_x) if body.axis == "y" else (
            f.scale_x, f.scale_y)
        self.axis = body.axis
        self.ats = np.array([s.at for s in body.stations]) * along_scale
        self.centers = np.array([s.center for s in body.stations]) * across_scale
        self.halves = np.array([s.half_width for s in body.stations]) * across_scale
        self.depths = np.array([s.depth for s in body.stations]) * f.scale_depth

    def _split(self, xy: FloatArray) -> tuple[FloatArray, FloatArray]:
        if self.axis == "y":
            return xy[:, 0], xy[:, 1]
        return xy[:, 1], xy[:, 0]

    def _join(self, across: FloatArray, along: FloatArray) -> FloatArray:
        if self.axis == "y":
            return np.column_stack([across, along])
        return np.column_stack([along, across])

    def _station(self, along: FloatArray) -> tuple[FloatArray, FloatArray, FloatArray]:
        c = np.interp(along, self.ats, self.centers)
        a = np.interp(along, self.ats, self.halves)
        b = np.interp(along, self.ats, self.depths)
        return c, np.maximum(a, 1e-9), np.maximum(b, 0.0)

    @staticmethod
    def _arc(a: FloatArray, b: FloatArray, phi: FloatArray) -> FloatArray:
        """Arc length of x = a sin t, z = b cos t for t from 0 to phi (Gauss–Legendre)."""
        t = (phi[:, None] / 2.0) * (_NODES[None, :] + 1.0)
        speed = np.sqrt((a[:, None] * np.cos(t)) ** 2 + (b[:, None] * np.sin(t)) ** 2)
        result: FloatArray = (phi / 2.0) * (speed * _WEIGHTS[None, :]).sum(axis=1)
        return result

    def forward(self, xy: FloatArray) -> FloatArray:
        """Picture (map) points → developed points (arc length across, along)."""
        across, along = self._split(xy)
        c, a, b = self._station(along)
        rel = (across - c) / a
        phi = np.arcsin(np.clip(rel, -1.0, 1.0))
        u = self._arc(a, b, phi)
        beyond = np.abs(rel) > 1.0  # off the ellipse: continue flat
        u = np.where(beyond, u + np.sign(rel) * (np.abs(across - c) - a), u)
        return self._join(u, along)

    def inverse(self, uv: FloatArray) -> FloatArray:
        """Developed points → picture (map) points (Newton on the arc length)."""
        u, along = self._split(uv)
        c, a, b = self._station(along)
        quarter = self._arc(a, b, np.full(len(u), math.pi / 2))
        beyond = np.abs(u) > quarter
        target = np.clip(u, -quarter, quarter)
        phi = target / np.maximum((a + b) / 2.0, 1e-9)
        phi = np.clip(phi, -math.pi / 2, math.pi / 2)
        for _ in range(30):
            speed = np.sqrt((a * np.cos(phi)) ** 2 + (b * np.sin(phi)) ** 2)
            phi = np.clip(phi - (self._arc(a, b, phi) - target) / np.maximum(speed, 1e-9),
                          -math.pi / 2, math.pi / 2)
        across = c + a * np.sin(phi)
        across = np.where(beyond, c + np.sign(u) * (a + np.abs(u) - quarter), across)
        return self._join(across, along)

    def min_curvature_radius(self) -> float:
        """Tightest radius of curvature of the stations' ellipses (cm)."""
        a, b = np.maximum(self.halves, 1e-9), np.maximum(self.depths, 1e-9)
        return float(np.min(np.minimum(b * b / a, a * a / b)))


def _densify(geom: BaseGeometry, step: float) -> BaseGeometry:
    return shapely.segmentize(geom, step)


def body_for(area: BaseGeometry, surface: SurfaceModel) -> CrossSectionBody | None:
    """The body whose surface is seen under most of ``area`` (None if none)."""
    relief = surface.relief
    if not isinstance(relief, CrossSectionRelief) or not relief.bodies:
        return None
    from mesomap.core.layout.metrics import grid_samples

    pts = grid_samples(area, 0.1, max_samples=2000)
    if len(pts) == 0:
        return None
    tpl = pts / np.array([surface.fit.scale_x, surface.fit.scale_y])
    stack = np.vstack([b.depth_at(tpl) for b in relief.bodies])
    with np.errstate(all="ignore"):
        visible = np.where(np.isnan(stack), -np.inf, stack)
    best = np.argmax(visible, axis=0)
    hit = np.isfinite(visible.max(axis=0))
    if not hit.any():
        return None
    votes = np.bincount(best[hit], minlength=len(relief.bodies))
    return relief.bodies[int(np.argmax(votes))]


def developed_layout(
    area: BaseGeometry, surface: SurfaceModel, spacing: float, pattern: str = "auto"
) -> FloatArray | None:
    """Papules laid out by the planar engine on the unrolled body under ``area``, mapped back
    (map cm); None when no cross-section body lies under the area."""
    body = body_for(area, surface)
    if body is None:
        return None
    dev = Development(body, surface)
    rho = dev.min_curvature_radius()
    widened = spacing
    if rho > spacing / 2:
        widened = 2.0 * rho * math.asin(spacing / (2.0 * rho))  # geodesic whose chord = spacing
    dense = _densify(area, spacing / 8)
    developed = shapely.transform(dense, lambda xy: dev.forward(np.asarray(xy, dtype=float)))
    developed = shapely.make_valid(developed)
    if developed.is_empty or developed.area <= 0:
        return None
    result = plan_layout(LayoutRequest(developed, widened * (1 + 1e-6), pattern=pattern,
                                       with_metrics=False))
    if len(result.points) == 0:
        return np.zeros((0, 2))
    back: FloatArray = dev.inverse(np.asarray(result.points, dtype=float))
    return back
