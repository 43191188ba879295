"""Repeat with shift on the skin: the new papules fall between the previous session's on the
skin, keeping the skin spacing and (within 5 %) the count."""

from __future__ import annotations

import numpy as np
import pytest
from scipy.spatial import cKDTree
from scipy.spatial.distance import pdist

from mesomap.core.layout import LayoutRequest, plan_layout
from mesomap.core.surface import SurfaceModel, mean_skin_distance_to_previous, plan_surface_layout
from mesomap.core.templates import Template


@pytest.mark.parametrize("zone", ["cheek_left", "forehead"])
def test_shifted_layout_falls_between_the_previous_papules_on_the_skin(
    face: Template, zone: str
) -> None:
    surface = SurfaceModel.for_template(face)
    region = face.zone(zone).geometry
    first = plan_surface_layout(LayoutRequest(region, 1.0, exclusions=face.avoid_exclusions()),
                                surface)
    again = plan_surface_layout(LayoutRequest(region, 1.0, exclusions=face.avoid_exclusions()),
                                surface)
    shifted = plan_surface_layout(
        LayoutRequest(region, 1.0, exclusions=face.avoid_exclusions(), previous=first.points),
        surface)
    prev3 = cKDTree(surface.lift(first.points))
    mean_again = float(np.mean(prev3.query(surface.lift(again.points))[0]))
    mean_shift = mean_skin_distance_to_previous(shifted.points, first.points, surface)
    assert mean_again < 0.05  # the same request lays the same papules out again
    assert mean_shift >= 0.5  # a perfectly shifted hexagonal lattice: 0.577
    assert shifted.extra["mean_skin_distance_to_previous_cm"] == pytest.approx(mean_shift)
    assert pdist(surface.lift(shifted.points)).min() >= 1.0 * (1 - 1e-9)
    assert len(shifted.points) >= 0.95 * len(first.points)
    assert shifted.pattern_used == "surface" and not shifted.notes


def test_flat_template_shift_is_the_planar_engine(face: Template) -> None:
    from shapely.geometry import box

    req = LayoutRequest(box(0, 0, 6, 5), 1.0, previous=[(0.5, 0.5), (1.5, 0.5), (1.0, 1.4)])
    planar = plan_layout(req)
    flat = plan_surface_layout(req, SurfaceModel.flat())
    assert np.array_equal(planar.points, flat.points)


def test_request_surface_option_is_read_when_use_surface_is_not_given(face: Template) -> None:
    region = face.zone("temple_left").geometry
    surface = SurfaceModel.for_template(face)
    off = LayoutRequest(region, 1.0, exclusions=face.avoid_exclusions(), surface=False)
    planar = plan_layout(off)
    assert np.array_equal(plan_surface_layout(off, surface).points, planar.points)
    on = LayoutRequest(region, 1.0, exclusions=face.avoid_exclusions())
    assert on.surface is None and plan_surface_layout(on, surface).pattern_used == "surface"
    # use_surface, when given, wins over the request
    assert plan_surface_layout(off, surface, use_surface=True).pattern_used == "surface"
    assert np.array_equal(plan_layout(on).points, planar.points)  # the planar engine ignores it


def test_square_pattern_keeps_the_planar_square_grid(face: Template) -> None:
    region = face.zone("cheek_left").geometry
    req = LayoutRequest(region, 1.0, exclusions=face.avoid_exclusions(), pattern="square")
    surface = SurfaceModel.for_template(face)
    result = plan_surface_layout(req, surface)
    assert np.array_equal(result.points, plan_layout(req).points)
    assert pdist(surface.lift(result.points)).min() >= 1.0 - 1e-9  # chord >= picture distance
