"""Line and rings patterns, injection order, and the exact metrics."""

from __future__ import annotations

import math

import numpy as np
import pytest
from scipy.spatial import cKDTree
from shapely.geometry import LineString, MultiLineString, Point, Polygon, box

from mesomap.core.layout import (
    LayoutRequest,
    compute_metrics,
    covering_radius,
    order_papules,
    plan_layout,
)
from tests.layout.shapes import check_spacing

# --- line ----------------------------------------------------------------------------------


def test_line_spreads_whole_gaps_with_both_ends() -> None:
    line = LineString([(0, 0), (10.4, 0)])
    res = plan_layout(LayoutRequest(line, 1.0, pattern="line"))
    xs = np.sort(res.points[:, 0])
    assert len(xs) == 11
    assert xs[0] == pytest.approx(0) and xs[-1] == pytest.approx(10.4)
    assert np.allclose(np.diff(xs), 1.04)


def test_line_with_bends_keeps_the_spacing() -> None:
    zigzag = LineString([(0, 0), (5, 0.3), (0.2, 0.8), (6, 2.0), (6, -3)])
    res = plan_layout(LayoutRequest(zigzag, 1.0, pattern="line"))
    check_spacing(res.points, 1.0)
    assert np.all(zigzag.distance(Point(p)) < 1e-9 for p in res.points)
    assert len(res.points) >= 10


def test_line_short_and_multi_and_excluded() -> None:
    short = plan_layout(LayoutRequest(LineString([(0, 0), (0.5, 0)]), 1.0, pattern="line"))
    assert np.allclose(short.points, [[0.25, 0.0]])
    multi = MultiLineString([[(0, 0), (4, 0)], [(0, 0.5), (4, 0.5)]])
    res = plan_layout(LayoutRequest(multi, 1.0, pattern="line"))
    check_spacing(res.points, 1.0)
    cut = plan_layout(
        LayoutRequest(
            LineString([(0, 0), (10, 0)]), 1.0, pattern="line", exclusions=((Point(5, 0), 1.2),)
        )
    )
    assert np.all(np.hypot(cut.points[:, 0] - 5, cut.points[:, 1]) >= 1.2)
    assert len(cut.points) == 11 - 3


# --- rings ---------------------------------------------------------------------------------


def test_rings_around_a_point() -> None:
    res = plan_layout(LayoutRequest(Point(2, 3), 1.5, pattern="rings", rings_count=3))
    r = np.hypot(res.points[:, 0] - 2, res.points[:, 1] - 3)
    ring = np.round(r / 1.5).astype(int)
    assert np.allclose(r, ring * 1.5)
    assert [int(np.sum(ring == k)) for k in range(4)] == [1, 6, 12, 18]
    check_spacing(res.points, 1.5)


def test_rings_skip_danger_zones_and_fill_an_area() -> None:
    res = plan_layout(
        LayoutRequest(
            Point(0, 0), 1.0, pattern="rings", rings_count=2, exclusions=((Point(2, 0), 0.5),)
        )
    )
    assert np.all(np.hypot(res.points[:, 0] - 2, res.points[:, 1]) >= 0.5)
    assert len(res.points) < 1 + 6 + 12
    area = plan_layout(LayoutRequest(box(-3, -3, 3, 3), 1.0, pattern="rings"))
    check_spacing(area.points, 1.0)
    assert np.all(np.abs(area.points) <= 3 + 1e-9)


# --- order ---------------------------------------------------------------------------------


def _rect_lattice() -> np.ndarray:
    return plan_layout(LayoutRequest(box(0, 0, 6, 4), 1.0, pattern="square")).points


@pytest.mark.parametrize("corner", ["top_left", "top_right", "bottom_left", "bottom_right"])
def test_snake_order_from_each_corner(corner: str) -> None:
    pts = _rect_lattice()
    order, length = order_papules(pts, corner)
    assert sorted(order.tolist()) == list(range(len(pts)))
    first = pts[order[0]]
    want_x = pts[:, 0].min() if corner.endswith("left") else pts[:, 0].max()
    want_y = pts[:, 1].max() if corner.startswith("top") else pts[:, 1].min()
    assert first == pytest.approx([want_x, want_y])
    steps = np.hypot(*np.diff(pts[order], axis=0).T)
    assert length == pytest.approx(float(steps.sum()))
    # a snake over a full square lattice only ever steps to a neighbour
    assert np.allclose(steps, 1.0)


def test_plan_order_on_a_rotated_hex_layout_is_a_snake() -> None:
    res = plan_layout(LayoutRequest(box(0, 0, 5.3, 7.7), 1.0, pattern="hex"))
    steps = np.hypot(*np.diff(res.points[res.order], axis=0).T)
    # mostly neighbour steps; row changes cost a little more
    assert np.median(steps) == pytest.approx(1.0)
    assert res.path_length_cm == pytest.approx(float(steps.sum()))
    assert res.path_length_cm < 1.6 * len(res.points)


def test_irregular_sets_get_a_short_tour() -> None:
    rng = np.random.default_rng(7)
    pts = rng.uniform(0, 10, size=(60, 2))
    order, length = order_papules(pts, "bottom_left")
    assert sorted(order.tolist()) == list(range(60))
    ident = float(np.sum(np.hypot(*np.diff(pts, axis=0).T)))
    assert length < 0.4 * ident
    assert length == pytest.approx(float(np.sum(np.hypot(*np.diff(pts[order], axis=0).T))))
    # no 2-opt move improves the tour
    p = pts[order]
    for i in range(1, len(p) - 2):
        for j in range(i + 1, len(p) - 1):
            old = np.hypot(*(p[i - 1] - p[i])) + np.hypot(*(p[j] - p[j + 1]))
            new = np.hypot(*(p[i - 1] - p[j])) + np.hypot(*(p[i] - p[j + 1]))
            assert new >= old - 1e-9


def test_order_of_nothing_and_one() -> None:
    assert order_papules(np.zeros((0, 2)))[1] == 0.0
    order, length = order_papules([(1.0, 2.0)])
    assert order.tolist() == [0] and length == 0.0


# --- metrics -------------------------------------------------------------------------------


def _brute_cover(points: np.ndarray, area: Polygon, step: float) -> float:
    minx, miny, maxx, maxy = area.bounds
    xs = np.arange(minx, maxx + step / 2, step)
    ys = np.arange(miny, maxy + step / 2, step)
    gx, gy = np.meshgrid(xs, ys)
    g = np.column_stack([gx.ravel(), gy.ravel()])
    inside = np.array([area.intersects(Point(q)) for q in g])
    d, _ = cKDTree(points).query(g[inside])
    return float(d.max())


@pytest.mark.parametrize(
    "points",
    [
        [[1.0, 1.0]],
        [[1.0, 1.0], [3.0, 1.5]],
        [[0.5, 0.5], [1.5, 1.5], [2.5, 2.5]],  # collinear
        [[0.3, 0.2], [2.7, 0.4], [1.1, 2.9], [3.6, 3.1], [1.9, 1.4]],
    ],
)
def test_covering_radius_is_exact(points: list[list[float]]) -> None:
    area = Polygon([(0, 0), (4, 0), (4, 3.5), (2, 2.2), (0, 3.5)]).difference(
        Point(2.8, 1.2).buffer(0.4, quad_segs=3)
    )
    pts = np.asarray(points)
    exact, witness = covering_radius(pts, area)
    step = 0.01
    brute = _brute_cover(pts, area, step)
    assert brute <= exact + 1e-12
    assert exact - brute <= step
    assert witness is not None and area.distance(Point(witness)) < 1e-9


def test_single_papule_in_a_square() -> None:
    m = compute_metrics([(1.0, 1.0)], box(0, 0, 4, 4), 1.0)
    assert m.covering_radius_cm == pytest.approx(math.hypot(3, 3))
    assert m.min_distance_cm == math.inf and m.count == 1


def test_metrics_figures() -> None:
    area = box(0, 0, 10, 10)
    pts = np.array([[x, y] for x in range(11) for y in range(11)], dtype=float)
    pts = np.vstack([pts, [[20.0, 20.0]]])
    m = compute_metrics(pts, area, 1.0)
    assert m.outside_count == 1
    assert m.min_distance_cm == pytest.approx(1.0)
    assert m.covering_radius_cm == pytest.approx(math.sqrt(0.5))
    assert m.interior_covering_radius_cm == pytest.approx(math.sqrt(0.5))
    assert 0.6 < m.distance_p99_cm <= math.sqrt(0.5)
    assert m.hex_ideal_count == pytest.approx(100 / (math.sqrt(3) / 2))
    assert m.count_vs_hex_ideal == pytest.approx(122 / m.hex_ideal_count)
    assert m.valid_area_cm2 == pytest.approx(100.0)


@pytest.mark.parametrize("corner", ["top_left", "top_right", "bottom_left", "bottom_right"])
def test_snake_starts_at_the_corner_on_turned_lattices(corner: str) -> None:
    # 4.3 × 4.0 cm at 1 cm is laid out with columns (lattice frame at 90°)
    res = plan_layout(LayoutRequest(box(0, 0, 4.3, 4.0), 1.0, start_corner=corner))
    assert res.angle_deg == pytest.approx(90.0)
    pts = res.points
    cx = pts[:, 0].min() if corner.endswith("left") else pts[:, 0].max()
    cy = pts[:, 1].max() if corner.startswith("top") else pts[:, 1].min()
    d = np.hypot(pts[:, 0] - cx, pts[:, 1] - cy)
    assert d[res.order[0]] == pytest.approx(d.min())
    steps = np.hypot(*np.diff(pts[res.order], axis=0).T)
    assert np.median(steps) == pytest.approx(1.0)
    # the same order without knowing the lattice
    order, _ = order_papules(pts, corner)
    assert np.array_equal(order, res.order)
