"""Outer rows fitted to the edges along them (mesomap.core.layout.edgefit)."""

from __future__ import annotations

import numpy as np
import pytest
import shapely
from shapely import affinity
from shapely.geometry import Polygon, box

import mesomap.core.layout.planner as planner
from mesomap.core.layout import LayoutRequest, plan_layout
from mesomap.core.layout.edgefit import INTERIOR_LIMIT, fitted_layouts, is_frame_rectangle
from mesomap.core.layout.lattice import LatticeSpec
from mesomap.core.layout.metrics import covering_radius
from mesomap.core.layout.planner import centred_specs
from tests.layout.shapes import check_spacing, outside_mask, plain_hex_count

RECTANGLES = [(4.0, 4.3), (5.05, 4.3), (6.55, 4.3), (4.15, 6.7)]


@pytest.mark.parametrize(("width", "height"), RECTANGLES)
def test_fitted_rows_bring_rectangles_within_the_target(
    width: float, height: float, monkeypatch: pytest.MonkeyPatch
) -> None:
    region = box(0, 0, width, height)
    res = plan_layout(LayoutRequest(region, 1.0))
    m = res.metrics
    assert m is not None
    assert m.covering_radius_cm <= 0.65
    assert m.interior_covering_radius_cm is not None
    assert m.interior_covering_radius_cm <= INTERIOR_LIMIT
    assert m.count >= plain_hex_count(res.valid_area, 1.0)
    check_spacing(res.points, 1.0)
    # the same rectangle without the fitted rows misses the target, with as many papules
    monkeypatch.setattr(planner, "fitted_layouts", lambda *a: [])
    plain = plan_layout(LayoutRequest(region, 1.0)).metrics
    assert plain is not None
    assert plain.covering_radius_cm > 0.65
    assert plain.count == m.count


@pytest.mark.parametrize("angle", [0.0, 30.0, 73.0])
def test_fitted_layouts_keep_the_hard_targets(angle: float) -> None:
    region = affinity.rotate(box(0, 0, 5.05, 4.3), angle, origin=(0, 0))
    spacing = 1.0
    corner = np.asarray(region.exterior.coords[0])[None, :]
    found = 0
    for spec in centred_specs(region, spacing, ("hex",)):
        for fixed in (np.zeros((0, 2)), corner):  # a papule placed by hand on a corner
            for pts, cover in fitted_layouts(spec, region, spacing, fixed):
                found += len(fixed) == 0
                check_spacing(pts, spacing)
                assert not outside_mask(pts, region, 0.0, ()).any()
                assert np.array_equal(pts[: len(fixed)], fixed)
                assert cover == pytest.approx(covering_radius(pts, region)[0])
                inner = shapely.buffer(region, -spacing, quad_segs=16)
                assert covering_radius(pts, inner)[0] <= INTERIOR_LIMIT * spacing
    assert found > 0


def test_only_rectangles_in_the_lattice_frame() -> None:
    ell = Polygon([(0, 0), (6, 0), (6, 3), (3, 3), (3, 6), (0, 6)])
    assert not is_frame_rectangle(ell, 0.0)
    assert fitted_layouts(LatticeSpec("hex", 1.0, 0.0, 0.1, 0.2), ell, 1.0, np.zeros((0, 2))) == []
    tilted = affinity.rotate(box(0, 0, 5, 4), 20.0, origin=(0, 0))
    assert not is_frame_rectangle(tilted, 0.0)
    assert is_frame_rectangle(tilted, 20.0)
    square = LatticeSpec("square", 1.0, 0.0, 0.0, 0.0)
    assert fitted_layouts(square, box(0, 0, 5, 4), 1.0, np.zeros((0, 2))) == []
