"""The skin surface under a template picture, in patient (map) coordinates.

A :class:`SurfaceModel` wraps a template's relief and the patient fit: it lifts map points
``(x, y)`` (cm, x right, y up, after the fit) to skin points ``(x, y, z)`` (z towards the
viewer, scaled with x as the fit does), measures distances between nearby papules on the skin
and areas of regions on the skin.

Distances: the 3D chord between lifted points. The chord is never longer than the geodesic;
the shortest path found in a band around the picture segment (:meth:`SurfaceModel.path_length`)
is a path on the skin, so never shorter. ``docs/decisions/0004-surface-spacing.md`` gives the measured gap between
the two at 1–3 cm on the shipped reliefs (below 1 % at 1 cm).

Areas: for a mesh relief the exact skin area of the mesh triangles whose picture falls in the
region (each triangle clipped to the region, its picture area times its own stretch); for
cross-sections a fine triangulation of the region lifted to the skin (piecewise-linear, the
chord lengths converge on the ellipse arcs, error well below 0.1 % at the default step).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import numpy.typing as npt
import shapely
from shapely.geometry import Polygon, box
from shapely.geometry.base import BaseGeometry

from mesomap.core.surface.lift import MeshLifter
from mesomap.core.templates.fit import PatientFit
from mesomap.core.templates.model import Template
from mesomap.core.templates.relief import FlatRelief, MeshRelief, Relief

FloatArray = npt.NDArray[np.float64]


def as_points(xy: npt.ArrayLike) -> FloatArray:
    """``(N, 2)`` float array from anything array-like (an empty input gives ``(0, 2)``)."""
    pts = np.asarray(xy, dtype=float)
    if pts.size == 0:
        return np.zeros((0, 2))
    if pts.ndim == 1:
        pts = pts.reshape(1, 2)
    if pts.ndim != 2 or pts.shape[1] != 2:
        raise ValueError("points must be an (N, 2) array of x, y in cm")
    return pts


@dataclass(frozen=True)
class SurfaceArea:
    """A region's area in the picture and on the skin (cm²)."""

    picture_cm2: float
    skin_cm2: float

    @property
    def ratio(self) -> float:
        """Skin area per picture area (1 on a flat template)."""
        return self.skin_cm2 / self.picture_cm2 if self.picture_cm2 > 0 else 1.0

    @property
    def differs(self) -> bool:
        """True when the skin and picture areas differ by more than 10 % (show both)."""
        return abs(self.ratio - 1.0) > 0.10


@dataclass(frozen=True, eq=False)
class SurfaceModel:
    """A relief seen through a patient fit; ``outline`` (map cm) bounds the drawn body part."""

    relief: Relief
    fit: PatientFit = field(default_factory=PatientFit.identity)
    outline: BaseGeometry | None = None
    key: str = ""
    """Identifies the surface (template id, version, fit) for caches."""
    _cache: dict[str, Any] = field(default_factory=dict, init=False, repr=False)

    @classmethod
    def for_template(cls, template: Template, fit: PatientFit | None = None) -> SurfaceModel:
        f = fit if fit is not None else PatientFit.identity()
        outline = f.apply_geometry(template.outline) if not f.is_identity else template.outline
        key = f"{template.id}@{template.version}:{template.content_hash[:12]}:{f.scale_x!r}:{f.scale_y!r}"
        return cls(template.relief, f, outline, key)

    @classmethod
    def flat(cls) -> SurfaceModel:
        return cls(FlatRelief())

    @property
    def has_relief(self) -> bool:
        """False for flat templates (the picture is the skin)."""
        return not self.relief.is_flat

    # -- lifting --------------------------------------------------------------------------
    def lift(self, xy: npt.ArrayLike) -> FloatArray:
        """``(N, 3)`` skin points (map cm) under map points ``(N, 2)``.

        Points in the thin sliver between the smooth outline and the relief's edge get the
        nearest surface depth (the relief's ``extrapolate``).
        """
        pts = as_points(xy)
        if len(pts) == 0:
            return np.zeros((0, 3))
        if not self.has_relief:
            return np.column_stack([pts, np.zeros(len(pts))])
        f = self.fit
        tpl = pts / np.array([f.scale_x, f.scale_y])
        depth = self._depth(tpl)
        depth = np.where(np.isfinite(depth), depth, 0.0)
        return np.column_stack([pts, depth * f.scale_depth])

    def _depth(self, tpl: FloatArray) -> FloatArray:
        if isinstance(self.relief, MeshRelief):
            lifter = self._cache.get("lifter")
            if lifter is None:
                lifter = MeshLifter(self.relief)
                self._cache["lifter"] = lifter
            assert isinstance(lifter, MeshLifter)
            return lifter.depth_at(tpl, extrapolate=True)
        return self.relief.depth_at(tpl, extrapolate=True)

    def stretch_at(self, xy: npt.ArrayLike) -> FloatArray:
        """Skin area per picture area under map points (1 on flat; NaN off the relief)."""
        pts = as_points(xy)
        if not self.has_relief:
            return np.ones(len(pts))
        f = self.fit
        tpl = pts / np.array([f.scale_x, f.scale_y])
        if f.is_identity:
            return self.relief.stretch_at(tpl)
        # depth scales with x: the surface gradient becomes (sd/sx dz/dx, sd/sy dz/dy)
        h = 0.005
        r = self.relief
        dx = (r.depth_at(tpl + [h, 0], True) - r.depth_at(tpl - [h, 0], True)) / (2 * h)
        dy = (r.depth_at(tpl + [0, h], True) - r.depth_at(tpl - [0, h], True)) / (2 * h)
        gx = dx * f.scale_depth / f.scale_x
        gy = dy * f.scale_depth / f.scale_y
        out: FloatArray = np.sqrt(1.0 + gx**2 + gy**2)
        out[np.isnan(r.depth_at(tpl))] = np.nan
        return out

    # -- distances ------------------------------------------------------------------------
    def distance(self, a: npt.ArrayLike, b: npt.ArrayLike) -> FloatArray:
        """Skin distance (3D chord of the lifted points) between rows of ``a`` and ``b``."""
        pa, pb = self.lift(a), self.lift(b)
        out: FloatArray = np.linalg.norm(pa - pb, axis=1)
        return out

    def path_length(
        self, a: npt.ArrayLike, b: npt.ArrayLike, steps: int = 32, lanes: int = 9,
        band: float = 0.3,
    ) -> FloatArray:
        """Length on the skin of the shortest path from ``a`` to ``b`` found in a band around
        the straight picture segment (``lanes`` lanes across, ``band`` × the segment's picture
        length wide on each side, ``steps`` columns; dynamic programming over the lifted
        nodes). It is a path on the surface, hence an upper bound of the geodesic (the chord
        is a lower one). ``lanes=1`` gives the lifted straight segment.
        """
        pa, pb = as_points(a), as_points(b)
        n = len(pa)
        if n == 0:
            return np.zeros(0)
        vec = pb - pa
        normal = np.column_stack([-vec[:, 1], vec[:, 0]])
        t = np.linspace(0.0, 1.0, steps + 1)
        offs = np.linspace(-band, band, lanes) if lanes > 1 else np.zeros(1)
        # the band narrows to the end points: offset * 4 t (1 - t)
        shape = 4.0 * t * (1.0 - t)
        grid = (pa[:, None, None, :] + vec[:, None, None, :] * t[None, :, None, None]
                + normal[:, None, None, :] * (shape[None, :, None, None] * offs[None, None, :, None]))
        lifted = self.lift(grid.reshape(-1, 2)).reshape(n, steps + 1, len(offs), 3)
        cost = np.zeros((n, len(offs)))
        for i in range(steps):
            here, there = lifted[:, i], lifted[:, i + 1]
            edge = np.linalg.norm(here[:, :, None, :] - there[:, None, :, :], axis=3)
            cost = np.min(cost[:, :, None] + edge, axis=1)
        out: FloatArray = cost[:, len(offs) // 2] if lanes > 1 else cost[:, 0]
        return out

    def neighbour_distances(self, points: npt.ArrayLike) -> FloatArray:
        """For each papule, the skin distance to its nearest other papule (inf when alone)."""
        from scipy.spatial import cKDTree

        pts = as_points(points)
        if len(pts) < 2:
            return np.full(len(pts), math.inf)
        p3 = self.lift(pts)
        d, _ = cKDTree(p3).query(p3, k=2)
        out: FloatArray = np.asarray(d[:, 1], dtype=float)
        return out

    # -- areas ----------------------------------------------------------------------------
    def area(self, region: BaseGeometry, step_cm: float | None = None) -> SurfaceArea:
        """The region's picture area and skin area (cm²)."""
        if region.is_empty or region.area <= 0:
            return SurfaceArea(0.0, 0.0)
        picture = float(region.area)
        if not self.has_relief:
            return SurfaceArea(picture, picture)
        if isinstance(self.relief, MeshRelief):
            return SurfaceArea(picture, self._mesh_area(region))
        return SurfaceArea(picture, self._lifted_area(region, step_cm))

    def _mesh_area(self, region: BaseGeometry) -> float:
        relief = self.relief
        assert isinstance(relief, MeshRelief)
        mesh = self._cache.get("mesh_triangles")  # the triangles' polygons and areas, once
        if mesh is None:
            f = self.fit
            verts = relief.vertices * np.array([f.scale_x, f.scale_y, f.scale_depth])
            tri = verts[relief.triangles]
            normal = np.cross(tri[:, 1] - tri[:, 0], tri[:, 2] - tri[:, 0])
            area3 = 0.5 * np.linalg.norm(normal, axis=1)
            area2 = 0.5 * np.abs(normal[:, 2])
            flat = area2 <= 1e-12 * np.maximum(area3, 1e-300)
            polys = shapely.polygons(np.concatenate([tri[:, :, :2], tri[:, :1, :2]], axis=1))
            shapely.prepare(polys)
            mesh = self._cache["mesh_triangles"] = (area3, area2, flat, polys)
        area3, area2, flat, polys = mesh
        shapely.prepare(region)
        inside = np.asarray(shapely.contains(region, polys), dtype=bool)
        touching = np.asarray(shapely.intersects(region, polys), dtype=bool) & ~inside & ~flat
        total = float(area3[inside].sum())
        if touching.any():
            clipped = shapely.area(shapely.intersection(polys[touching], region))
            total += float((np.asarray(clipped) / area2[touching] * area3[touching]).sum())
        # picture parts of the region off the mesh (the outline's sliver): counted flat
        mesh_picture = self._cache.get("mesh_picture")
        if mesh_picture is None:
            mesh_picture = shapely.union_all(polys[~flat])
            self._cache["mesh_picture"] = mesh_picture
        off = shapely.difference(region, mesh_picture)
        total += float(off.area) if not off.is_empty else 0.0
        return total

    def _lifted_area(self, region: BaseGeometry, step_cm: float | None) -> float:
        minx, miny, maxx, maxy = region.bounds
        span = max(maxx - minx, maxy - miny)
        step = step_cm if step_cm is not None else max(span / 400.0, 0.02)
        xs = np.arange(minx, maxx + step, step)
        ys = np.arange(miny, maxy + step, step)
        gx, gy = np.meshgrid(xs[:-1], ys[:-1])
        cells = shapely.box(gx.ravel(), gy.ravel(), gx.ravel() + step, gy.ravel() + step)
        shapely.prepare(region)
        inside = np.asarray(shapely.contains(region, cells), dtype=bool)
        edge = np.asarray(shapely.intersects(region, cells), dtype=bool) & ~inside
        tris: list[FloatArray] = []
        x0, y0 = gx.ravel()[inside], gy.ravel()[inside]
        if len(x0):
            c00 = np.column_stack([x0, y0])
            c10 = c00 + [step, 0.0]
            c11 = c00 + [step, step]
            c01 = c00 + [0.0, step]
            tris.append(np.stack([c00, c10, c11], axis=1))
            tris.append(np.stack([c00, c11, c01], axis=1))
        if edge.any():
            parts = shapely.intersection(cells[edge], region)
            pieces = shapely.constrained_delaunay_triangles(parts)
            polys = shapely.get_parts(shapely.get_parts(pieces))
            polys = polys[shapely.get_type_id(polys) == 3]
            if len(polys):
                coords = shapely.get_coordinates(shapely.get_exterior_ring(polys))
                tris.append(coords.reshape(len(polys), 4, 2)[:, :3, :])
        if not tris:
            return 0.0
        all_tris = np.concatenate(tris)
        lifted = self.lift(all_tris.reshape(-1, 2)).reshape(-1, 3, 3)
        normal = np.cross(lifted[:, 1] - lifted[:, 0], lifted[:, 2] - lifted[:, 0])
        return float(0.5 * np.linalg.norm(normal, axis=1).sum())


def region_polygon(geom: BaseGeometry) -> BaseGeometry:
    """The polygonal part of a geometry (for areas); an empty Polygon otherwise."""
    if isinstance(geom, Polygon) or geom.geom_type == "MultiPolygon":
        return geom
    parts = [g for g in shapely.get_parts(geom) if g.geom_type in ("Polygon", "MultiPolygon")]
    return shapely.union_all(parts) if parts else Polygon()


def bounding_box(geom: BaseGeometry, pad: float) -> Polygon:
    minx, miny, maxx, maxy = geom.bounds
    return box(minx - pad, miny - pad, maxx + pad, maxy + pad)
