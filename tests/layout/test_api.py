"""Layout API: input checks, repairs, the thin wrapper, fast path, nappage."""

from __future__ import annotations

import math
from decimal import Decimal

import numpy as np
import pytest
from shapely.geometry import GeometryCollection, LineString, Point, Polygon, box

from mesomap.core.layout import (
    LayoutError,
    LayoutRequest,
    layout_papules,
    nappage_estimate,
    plan_layout,
)
from tests.layout.shapes import check_spacing, outside_mask


@pytest.mark.parametrize("spacing", [0.19, 5.01, 0.0, -1.0, math.nan, math.inf])
def test_spacing_out_of_range_is_a_value_error_with_a_sentence(spacing: float) -> None:
    with pytest.raises(ValueError) as info:
        layout_papules(box(0, 0, 5, 5), spacing)
    assert isinstance(info.value, LayoutError)
    assert "between 0.2 and 5.0 cm" in info.value.message
    assert info.value.message.endswith(".")


@pytest.mark.parametrize("spacing", [0.2, 5.0])
def test_spacing_limits_are_allowed(spacing: float) -> None:
    pts = layout_papules(box(0, 0, 12, 12), spacing)
    assert len(pts) > 0
    check_spacing(pts, spacing)


def test_unknown_pattern_and_corner_are_refused() -> None:
    with pytest.raises(LayoutError, match="Unknown pattern"):
        layout_papules(box(0, 0, 5, 5), 1.0, pattern="spiral")
    with pytest.raises(LayoutError, match="starting corner"):
        plan_layout(LayoutRequest(box(0, 0, 5, 5), 1.0, start_corner="middle"))


def test_negative_margin_is_refused() -> None:
    with pytest.raises(LayoutError, match="margin"):
        layout_papules(box(0, 0, 5, 5), 1.0, margin_cm=-0.5)
    with pytest.raises(LayoutError, match="margin"):
        layout_papules(box(0, 0, 5, 5), 1.0, exclusions=[(Point(1, 1), -1.0)])


def test_self_intersecting_region_is_repaired_with_a_note() -> None:
    bowtie = Polygon([(0, 0), (6, 6), (6, 0), (0, 6)])
    assert not bowtie.is_valid
    res = plan_layout(LayoutRequest(bowtie, 1.0))
    assert res.notes and "repaired" in res.notes[0]
    assert len(res.points) > 4
    check_spacing(res.points, 1.0)
    repaired = res.valid_area
    assert repaired.is_valid and repaired.area == pytest.approx(18.0)


def _nan_polygon() -> Polygon:
    with np.errstate(invalid="ignore"):
        return Polygon([(0, 0), (math.nan, 1), (2, 0)])


@pytest.mark.parametrize(
    "make",
    [
        lambda: Polygon([(0, 0), (1, 1), (2, 2)]),  # zero area
        _nan_polygon,
        Polygon,
        lambda: LineString([(0, 0), (3, 0)]),
        GeometryCollection,
    ],
    ids=["zero_area", "nan", "empty", "line", "empty_collection"],
)
def test_unusable_regions_are_refused_with_a_sentence(make: object) -> None:
    region = make()  # type: ignore[operator]
    with pytest.raises(LayoutError) as info:
        layout_papules(region, 1.0)
    assert info.value.message[0].isupper() and info.value.message.endswith(".")


def test_no_room_gives_no_papules_and_a_note() -> None:
    res = plan_layout(LayoutRequest(box(0, 0, 2, 2), 1.0, margin_cm=1.5))
    assert len(res.points) == 0 and res.notes


def test_layout_papules_matches_plan_layout() -> None:
    region = box(0, 0, 7, 5)
    pts = layout_papules(region, 1.0, margin_cm=0.2, exclusions=[Point(3, 3).buffer(1)])
    res = plan_layout(
        LayoutRequest(region, 1.0, margin_cm=0.2, exclusions=(Point(3, 3).buffer(1),))
    )
    assert pts.shape == (len(res.points), 2)
    assert np.array_equal(pts, res.points)


def test_exclusion_with_and_without_margin() -> None:
    region = box(0, 0, 10, 10)
    zone = Point(5, 5).buffer(1.5)
    plain = layout_papules(region, 1.0, exclusions=[zone])
    wide = layout_papules(region, 1.0, exclusions=[(zone, 1.0)])
    assert not outside_mask(plain, region, 0.0, [(zone, 0.0)]).any()
    assert not outside_mask(wide, region, 0.0, [(zone, 1.0)]).any()
    assert len(wide) < len(plain)


def test_fast_path_is_anchored_so_dragging_a_far_vertex_keeps_the_papules() -> None:
    a = plan_layout(LayoutRequest(box(0, 0, 20, 20), 1.0, fast=True))
    b = plan_layout(
        LayoutRequest(Polygon([(0, 0), (20, 0), (20.4, 20.3), (0, 20)]), 1.0, fast=True)
    )
    assert a.metrics is None
    kept = {tuple(p) for p in np.round(a.points, 9)}
    moved = {tuple(p) for p in np.round(b.points, 9)}
    interior = {p for p in kept if p[0] < 15 and p[1] < 15}
    assert interior <= moved


def test_previous_papules_shift_the_next_session() -> None:
    region = box(0, 0, 10, 10)
    s = 1.0
    first = plan_layout(LayoutRequest(region, s))
    second = plan_layout(LayoutRequest(region, s, previous=first.points))
    assert second.mean_distance_to_previous_cm is not None
    assert second.mean_distance_to_previous_cm >= 0.45 * s
    assert second.metrics is not None
    assert second.metrics.mean_distance_to_previous_cm == pytest.approx(
        second.mean_distance_to_previous_cm
    )
    assert len(second.points) >= 0.97 * len(first.points)
    check_spacing(second.points, s)
    assert not outside_mask(second.points, region, 0.0, []).any()
    assert second.metrics.covering_radius_cm < s


# --- nappage -------------------------------------------------------------------------------


def test_nappage_counts_and_volume_in_decimal() -> None:
    est = nappage_estimate(25.0, 4, Decimal("0.02"))
    assert est.injections == 100
    assert est.volume_ml == Decimal("2.0000")
    assert isinstance(est.volume_ml, Decimal)


def test_nappage_over_a_region_takes_the_margin_and_danger_zones_off() -> None:
    region = box(0, 0, 10, 10)
    full = nappage_estimate(region, Decimal("2"), Decimal("0.01"))
    assert full.area_cm2 == pytest.approx(100.0)
    less = nappage_estimate(region, 2, Decimal("0.01"), exclusions=[box(0, 0, 5, 5)])
    assert less.area_cm2 == pytest.approx(75.0)
    assert less.injections == 150 and less.volume_ml == Decimal("1.5000")


def test_nappage_rounding_and_bad_input() -> None:
    assert nappage_estimate(0.1, 1, Decimal("0.05")).injections == 1
    assert nappage_estimate(2.5, 1, Decimal("0.05")).injections == 3  # half up
    with pytest.raises(TypeError):
        nappage_estimate(10.0, 1, 0.05)  # type: ignore[arg-type]
    with pytest.raises(LayoutError):
        nappage_estimate(10.0, -1, Decimal("0.05"))
    with pytest.raises(LayoutError):
        nappage_estimate(-3.0, 1, Decimal("0.05"))
