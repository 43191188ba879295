"""Surface-true layout: spacing and covering on the skin, flat templates unchanged, the
cylinder against its analytic development, the live path."""

from __future__ import annotations

import math
from typing import Any

import numpy as np
import pytest
import shapely
from scipy.spatial import cKDTree
from scipy.spatial.distance import pdist
from shapely.geometry import Polygon, box

from mesomap.core.layout import LayoutRequest, plan_layout
from mesomap.core.layout.geometry import normalize_exclusions, valid_area
from mesomap.core.layout.metrics import grid_samples
from mesomap.core.surface import SurfaceModel, plan_surface_layout
from mesomap.core.templates import PatientFit, Template

from .conftest import hex_count_rectangle

SPACING = 1.0


def skin_samples(area: Any, surface: SurfaceModel, step: float = 0.05) -> np.ndarray:
    """A fine sample of the area (grid ``step`` plus its boundary every ``step / 2``) on the skin."""
    inner = grid_samples(area, step, max_samples=400_000)
    boundary = area.boundary
    n = max(8, math.ceil(boundary.length / (step / 2)))
    edge = shapely.get_coordinates(
        shapely.line_interpolate_point(boundary, np.linspace(0, boundary.length, n, endpoint=False))
    )
    return surface.lift(np.vstack([inner, edge]))


def check_surface_layout(points: np.ndarray, area: Any, surface: SurfaceModel) -> float:
    """Asserts the skin spacing; returns the skin covering radius over a fine sample."""
    lifted = surface.lift(points)
    assert len(points) > 1
    assert pdist(lifted).min() >= SPACING * (1 - 1e-9)
    d, _ = cKDTree(lifted).query(skin_samples(area, surface))
    return float(d.max())


@pytest.fixture(scope="module")
def face_surface(face: Template) -> SurfaceModel:
    return SurfaceModel.for_template(face)


@pytest.mark.parametrize("zone", [None, "cheek_left", "temple_right", "forehead", "jawline_left"])
def test_face_front_spacing_and_covering_on_the_skin(
    face: Template, face_surface: SurfaceModel, zone: str | None
) -> None:
    region = face.outline if zone is None else face.zone(zone).geometry
    req = LayoutRequest(region, SPACING, exclusions=face.avoid_exclusions())
    result = plan_surface_layout(req, face_surface)
    area = valid_area(region, 0.0, normalize_exclusions(face.avoid_exclusions()))
    assert shapely.contains_xy(shapely.buffer(area, 1e-7), result.points[:, 0],
                               result.points[:, 1]).all()
    cover = check_surface_layout(result.points, area, face_surface)
    assert cover < SPACING
    # on the picture the papules crowd: more of them than the planar layout
    planar = plan_layout(req)
    assert len(result.points) > len(planar.points)
    assert result.extra["min_skin_distance_cm"] >= SPACING * (1 - 1e-9)
    assert sorted(result.order.tolist()) == list(range(len(result.points)))


def test_more_papules_where_the_skin_turns_away(face: Template, face_surface: SurfaceModel) -> None:
    """Count ratio surface/planar follows the stretch: the temple gains far more than the
    forehead."""
    ratios = {}
    for zid in ("temple_left", "forehead"):
        req = LayoutRequest(face.zone(zid).geometry, SPACING)
        ratios[zid] = len(plan_surface_layout(req, face_surface).points) / len(plan_layout(req).points)
    assert ratios["temple_left"] > 1.5
    assert ratios["forehead"] < ratios["temple_left"]


def test_flat_templates_give_exactly_the_planar_layout(library: Any, face: Template) -> None:
    flat = library.get("hand_dorsum_left")
    assert flat.relief.is_flat
    surface = SurfaceModel.for_template(flat)
    region = flat.zones[0].geometry
    for fast in (False, True):
        req = LayoutRequest(region, 0.8, exclusions=flat.avoid_exclusions(), fast=fast)
        a, b = plan_surface_layout(req, surface), plan_layout(req)
        assert np.array_equal(a.points, b.points)
        assert np.array_equal(a.order, b.order)
        assert a.notes == b.notes
    # surface=False on a relief template is the planar layout too
    req = LayoutRequest(face.zone("cheek_left").geometry, SPACING)
    off = plan_surface_layout(req, SurfaceModel.for_template(face), use_surface=False)
    assert np.array_equal(off.points, plan_layout(req).points)
    assert np.array_equal(plan_surface_layout(req, None).points, plan_layout(req).points)


def test_line_and_rings_stay_planar(face: Template, face_surface: SurfaceModel) -> None:
    line = shapely.LineString([(1, -2), (4, -4)])
    req = LayoutRequest(line, SPACING, pattern="line")
    assert np.array_equal(plan_surface_layout(req, face_surface).points, plan_layout(req).points)


@pytest.mark.parametrize("degrees", [70.0, 80.0])
def test_cylinder_analytic_area_and_count(cylinder8: Template, degrees: float) -> None:
    radius = 8.0
    surface = SurfaceModel.for_template(cylinder8)
    x = radius * math.sin(math.radians(degrees))
    region = box(-x, -8, x, 8)
    width = 2 * radius * math.radians(degrees)  # the developed rectangle is width x 16
    area = surface.area(region)
    assert area.skin_cm2 == pytest.approx(width * 16, rel=0.01)
    assert area.picture_cm2 == pytest.approx(2 * x * 16, rel=1e-9)
    result = plan_surface_layout(LayoutRequest(region, SPACING), surface)
    analytic = hex_count_rectangle(width, 16, SPACING)
    assert len(result.points) == pytest.approx(analytic, rel=0.03)
    developed = plan_layout(LayoutRequest(box(0, 0, width, 16), SPACING)).points
    assert len(result.points) == pytest.approx(len(developed), rel=0.03)
    cover = check_surface_layout(result.points, region, surface)
    assert cover < SPACING


def test_cylinder_small_radius_spacing_still_holds(cylinder: Template) -> None:
    surface = SurfaceModel.for_template(cylinder)
    region = Polygon([(-4.9, -6), (4.5, -7), (3.0, 6), (-2.0, 7)])
    result = plan_surface_layout(LayoutRequest(region, SPACING, margin_cm=0.3), surface)
    area = valid_area(region, 0.3, [])
    assert check_surface_layout(result.points, area, surface) < SPACING


def test_patient_fit_scales_the_skin(face: Template) -> None:
    fit = PatientFit.uniform(1.1)
    base, fitted = SurfaceModel.for_template(face), SurfaceModel.for_template(face, fit)
    region = face.zone("cheek_left").geometry
    a0 = base.area(region).skin_cm2
    a1 = fitted.area(fit.apply_geometry(region)).skin_cm2
    assert a1 == pytest.approx(a0 * 1.21, rel=1e-6)
    pts = np.array([[3.0, -3.0], [4.0, -3.5]])
    assert fitted.distance(pts[:1] * 1.1, pts[1:] * 1.1)[0] == pytest.approx(
        1.1 * base.distance(pts[:1], pts[1:])[0], rel=1e-9)


def test_live_path_is_a_valid_subset_and_stable(face: Template, face_surface: SurfaceModel) -> None:
    region = face.zone("cheek_left").geometry
    ex = face.avoid_exclusions()
    fast = plan_surface_layout(LayoutRequest(region, SPACING, exclusions=ex, fast=True), face_surface)
    area = valid_area(region, 0.0, normalize_exclusions(ex))
    assert len(fast.points) > 0
    assert pdist(face_surface.lift(fast.points)).min() >= SPACING * (1 - 1e-9)
    assert shapely.contains_xy(shapely.buffer(area, 1e-7), fast.points[:, 0], fast.points[:, 1]).all()
    # dragging a vertex a little keeps the papules away from it where they were
    moved = Polygon(list(region.exterior.coords)[:-1]).buffer(0.2)
    again = plan_surface_layout(LayoutRequest(moved, SPACING, exclusions=ex, fast=True), face_surface)
    common = {tuple(p) for p in fast.points.round(12)} & {tuple(p) for p in again.points.round(12)}
    assert len(common) >= 0.9 * len(fast.points)
    assert sorted(fast.order.tolist()) == list(range(len(fast.points)))


def test_fixed_papules_are_kept_and_respected(face: Template, face_surface: SurfaceModel) -> None:
    region = face.zone("cheek_right").geometry
    c = region.representative_point()
    fixed = np.array([[c.x, c.y], [c.x + 0.3, c.y]])  # closer than the spacing on purpose
    result = plan_surface_layout(LayoutRequest(region, SPACING, fixed=fixed), face_surface)
    assert np.array_equal(result.points[:2], fixed)
    assert result.fixed_count == 2
    rest = face_surface.lift(result.points[2:])
    d, _ = cKDTree(face_surface.lift(fixed)).query(rest)
    assert d.min() >= SPACING * (1 - 1e-9)
    assert pdist(rest).min() >= SPACING * (1 - 1e-9)
