"""Drawing and editing regions with real mouse events; every edit undoes to an identical map."""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest
import shapely
from PySide6 import QtCore

pytestmark = pytest.mark.gui


def _snapshot(canvas: Any) -> Any:
    return canvas.document.copy()


def _draw_square(canvas: Any, mouse: Any, x0: float = 3.0, y0: float = -5.0, size: float = 6.0) -> str:
    canvas.set_tool("polygon")
    for x, y in [(x0, y0), (x0 + size, y0), (x0 + size, y0 + size)]:
        mouse.click(x, y)
    mouse.double_click(x0, y0 + size)
    assert len(canvas.document.regions) >= 1
    return canvas.document.regions[-1].id


def test_draw_polygon_region_gets_papules(canvas: Any, mouse: Any) -> None:
    before = _snapshot(canvas)
    rid = _draw_square(canvas, mouse, -12, -5, 6)
    region = canvas.document.region(rid)
    x0, y0, x1, y1 = region.geometry.bounds
    assert (round(x0), round(y0), round(x1), round(y1)) == (-12, -5, -6, 1)
    n = len(region.papules)
    assert 30 <= n <= 60  # 36 cm² at 1 cm: about 36-49
    # every papule inside, at least the spacing apart
    assert shapely.contains_xy(region.geometry.buffer(1e-6), region.papules.xy[:, 0],
                               region.papules.xy[:, 1]).all()
    d = np.hypot(*(region.papules.xy[:, None, :] - region.papules.xy[None, :, :]).transpose(2, 0, 1))
    assert d[np.triu_indices(n, 1)].min() >= 1.0 - 1e-9
    # the canvas shows them
    assert len(canvas.papule_items[rid]) == n
    assert canvas.stack.unsaved
    canvas.stack.undo()
    assert canvas.document == before and not canvas.region_items
    canvas.stack.redo()
    assert canvas.document.region(rid) == region


def test_polygon_closes_with_enter_and_escape_cancels(canvas: Any, mouse: Any) -> None:
    canvas.set_tool("polygon")
    for x, y in [(-12, -5), (-6, -5), (-6, 1)]:
        mouse.click(x, y)
    mouse.key(QtCore.Qt.Key.Key_Escape)
    assert len(canvas.document.regions) == 0
    for x, y in [(-12, -5), (-6, -5), (-6, 1)]:
        mouse.click(x, y)
    mouse.key(QtCore.Qt.Key.Key_Return)
    assert len(canvas.document.regions) == 1


def test_rectangle_ellipse_lasso_line_rings_zone(canvas: Any, mouse: Any) -> None:
    canvas.set_tool("rectangle")
    mouse.drag((-13, -8), (-9, -4))
    canvas.set_tool("ellipse")
    mouse.drag((-8, 2), (-3, 7))
    canvas.set_tool("lasso")
    pts = [(9 + 3 * np.cos(t), 5 + 3 * np.sin(t)) for t in np.linspace(0, 2 * np.pi, 24)]
    mouse.hover(*pts[0])
    from PySide6.QtTest import QTest
    left = QtCore.Qt.MouseButton.LeftButton
    QTest.mousePress(mouse.vp, left, QtCore.Qt.KeyboardModifier.NoModifier, mouse.px(*pts[0]))
    for p in pts[1:]:
        mouse._send(QtCore.QEvent.Type.MouseMove, mouse.px(*p), QtCore.Qt.MouseButton.NoButton,
                    left, QtCore.Qt.KeyboardModifier.NoModifier)
        mouse.qtbot.wait(2)
    QTest.mouseRelease(mouse.vp, left, QtCore.Qt.KeyboardModifier.NoModifier, mouse.px(*pts[-1]))
    canvas.set_tool("line")
    mouse.click(-14, 8)
    mouse.double_click(-4, 8)
    canvas.set_tool("rings")
    mouse.click(13, -8)
    canvas.set_tool("zone")
    mouse.click(-4, -2)  # inside the right cheek zone
    regions = canvas.document.regions
    kinds = [(r.pattern, r.geometry.geom_type) for r in regions]
    assert kinds == [("auto", "Polygon"), ("auto", "Polygon"), ("auto", "Polygon"),
                     ("line", "LineString"), ("rings", "Point"), ("auto", "Polygon")]
    rect, ellipse, lasso, line, rings, zone = regions
    assert rect.geometry.area == pytest.approx(16, abs=0.3)
    assert ellipse.geometry.area == pytest.approx(np.pi * 2.5 * 2.5, rel=0.03)
    assert lasso.geometry.area == pytest.approx(np.pi * 9, rel=0.08)
    assert lasso.geometry.is_valid and len(lasso.geometry.exterior.coords) < 60  # simplified
    assert zone.geometry.equals(canvas.template_item.zones[1].geometry)
    assert zone.name == "Right cheek" and rect.name == "Region 1"
    assert all(len(r.papules) > 0 for r in regions)
    for _ in regions:
        canvas.stack.undo()
    assert len(canvas.document.regions) == 0


def test_drag_vertex_layout_follows_then_undo(canvas: Any, mouse: Any, qtbot: Any) -> None:
    rid = _draw_square(canvas, mouse, -12, -5, 4)
    canvas.set_tool("select")
    before = _snapshot(canvas)
    n0 = len(canvas.document.region(rid).papules)
    seen: list[int] = []
    totals: list[Any] = []
    canvas.totalsChanged.connect(totals.append)
    left = QtCore.Qt.MouseButton.LeftButton
    from PySide6.QtTest import QTest
    mouse.hover(-8, -1)
    QTest.mousePress(mouse.vp, left, QtCore.Qt.KeyboardModifier.NoModifier, mouse.px(-8, -1))
    qtbot.wait(10)
    for k in range(1, 9):
        p = mouse.px(-8 + 0.5 * k, -1 + 0.5 * k)
        mouse._send(QtCore.QEvent.Type.MouseMove, p, QtCore.Qt.MouseButton.NoButton, left,
                    QtCore.Qt.KeyboardModifier.NoModifier)
        qtbot.wait(10)
        seen.append(len(canvas.papule_items[rid]))
        assert totals[-1].papules == seen[-1]  # the side panel follows the drag live
    # live: the document is untouched, the items follow
    assert canvas.document == before
    assert seen[-1] > n0 and seen == sorted(seen)
    QTest.mouseRelease(mouse.vp, left, QtCore.Qt.KeyboardModifier.NoModifier, mouse.px(-4, 3))
    qtbot.wait(10)
    region = canvas.document.region(rid)
    corners = np.asarray(region.geometry.exterior.coords)
    assert np.hypot(corners[:, 0] + 4, corners[:, 1] - 3).min() < 0.05
    assert len(region.papules) > n0
    assert len(canvas.papule_items[rid]) == len(region.papules)
    canvas.stack.undo()
    assert canvas.document == before
    canvas.stack.redo()
    assert canvas.document.region(rid) == region


def test_insert_and_delete_vertex_move_and_delete_region(canvas: Any, mouse: Any) -> None:
    rid = _draw_square(canvas, mouse, -12, -5, 6)
    canvas.set_tool("select")
    start = _snapshot(canvas)
    mouse.double_click(-9, -5)  # on the bottom edge
    geom = canvas.document.region(rid).geometry
    corners = np.asarray(geom.exterior.coords)
    assert len(corners) == 6 and np.hypot(corners[:, 0] + 9, corners[:, 1] + 5).min() < 0.05
    after_insert = _snapshot(canvas)
    mouse.click(-9, -5)  # pick the new vertex
    mouse.key(QtCore.Qt.Key.Key_Delete)
    assert len(canvas.document.region(rid).geometry.exterior.coords) == 5
    mouse.drag((-10, -2), (-7, 0))  # move the whole region by (3, 2)
    x0, y0, _, _ = canvas.document.region(rid).geometry.bounds
    assert (x0, y0) == pytest.approx((-9, -3), abs=0.05)
    mouse.key(QtCore.Qt.Key.Key_Delete)
    assert not canvas.document.has_region(rid)
    canvas.stack.undo()
    canvas.stack.undo()
    canvas.stack.undo()
    assert canvas.document == after_insert
    canvas.stack.undo()
    assert canvas.document == start


def test_mirror_region_across_midline(canvas: Any, mouse: Any) -> None:
    rid = _draw_square(canvas, mouse, -12, -5, 5)
    canvas.set_tool("select")
    mouse.click(-10, -3)
    before = _snapshot(canvas)
    mouse.key(QtCore.Qt.Key.Key_M, QtCore.Qt.KeyboardModifier.ShiftModifier)  # mirrored copy
    assert len(canvas.document.regions) == 2
    src, copy = canvas.document.regions
    x0, y0, x1, y1 = copy.geometry.bounds
    assert (x0, y0, x1, y1) == pytest.approx((7, -5, 12, 0), abs=0.05)
    assert (x0 + x1) / 2 == pytest.approx(-sum(src.geometry.bounds[::2]) / 2)
    assert np.allclose(np.sort(copy.papules.xy[:, 0]), np.sort(-src.papules.xy[:, 0]))
    canvas.stack.undo()
    assert canvas.document == before
    canvas.select_region(rid)
    mouse.key(QtCore.Qt.Key.Key_M)  # in place
    assert canvas.document.region(rid).geometry.bounds == pytest.approx((7, -5, 12, 0), abs=0.05)
    canvas.stack.undo()
    assert canvas.document == before


def test_refused_edits_leave_the_map_and_say_why(canvas: Any, mouse: Any) -> None:
    canvas.set_tool("polygon")
    for x, y in [(-12, -5), (-6, -5)]:
        mouse.click(x, y)
    mouse.double_click(-9, 1)
    rid = canvas.document.regions[-1].id
    canvas.set_tool("select")
    canvas.select_region(rid)
    before = canvas.document.copy()
    messages: list[str] = []
    canvas.message.connect(messages.append)
    mouse.click(-9, 1)  # pick a corner of the triangle
    mouse.key(QtCore.Qt.Key.Key_Delete)
    assert canvas.document == before
    assert "enough corners" in messages[-1]
    # a spacing the layout engine refuses
    canvas.default_technique = canvas.default_technique.replace(spacing_cm=9.0)
    canvas.create_region(shapely.box(2, 2, 6, 6))
    assert canvas.document == before
    assert "spacing" in messages[-1]


def test_self_crossing_outline_is_repaired_with_a_warning(canvas: Any, mouse: Any) -> None:
    rid = _draw_square(canvas, mouse, -12, -5, 6)
    canvas.set_tool("select")
    canvas.select_region(rid)
    before = canvas.document.copy()
    messages: list[str] = []
    canvas.message.connect(messages.append)
    mouse.drag((-6, 1), (-9, -8))  # a bow-tie
    assert "crosses itself" in messages[-1]
    region = canvas.document.region(rid)
    assert len(region.papules) > 0
    repaired = shapely.make_valid(region.geometry)
    assert shapely.contains_xy(repaired.buffer(1e-6), region.papules.xy[:, 0],
                               region.papules.xy[:, 1]).all()
    canvas.stack.undo()
    assert canvas.document == before


def test_moving_a_region_carries_its_locked_papules_live_and_on_release(
        canvas: Any, mouse: Any, qtbot: Any) -> None:
    rid = _draw_square(canvas, mouse, -12, -5, 6)
    ps = canvas.document.region(rid).papules
    i = int(np.argmin(np.hypot(ps.xy[:, 0] + 9, ps.xy[:, 1] + 2)))
    pid, start = ps.ids[i], ps.xy[i].copy()
    canvas.set_tool("papules")
    canvas.select_papules(rid, [i])
    mouse.key(QtCore.Qt.Key.Key_L)
    canvas.set_tool("select")
    from PySide6.QtTest import QTest
    left, none = QtCore.Qt.MouseButton.LeftButton, QtCore.Qt.KeyboardModifier.NoModifier
    mouse.hover(-10.3, -3.3)
    QTest.mousePress(mouse.vp, left, none, mouse.px(-10.3, -3.3))
    for k in range(1, 6):
        mouse._send(QtCore.QEvent.Type.MouseMove, mouse.px(-10.3 + 0.5 * k, -3.3 + 0.2 * k),
                    QtCore.Qt.MouseButton.NoButton, left, none)
        qtbot.wait(10)
    live = canvas.papule_items[rid].positions()
    assert np.hypot(*(live - (start + (2.5, 1.0))).T).min() < 0.05  # the locked one came along
    QTest.mouseRelease(mouse.vp, left, none, mouse.px(-7.8, -2.3))
    qtbot.wait(10)
    ps2 = canvas.document.region(rid).papules
    assert ps2.locked[ps2.index_of(pid)]
    assert ps2.xy[ps2.index_of(pid)] == pytest.approx(start + (2.5, 1.0), abs=0.05)


def test_line_region_vertex_drag_extends_its_papules(canvas: Any, mouse: Any) -> None:
    canvas.create_region(shapely.LineString([(-12, 5), (-6, 5)]), "line")
    rid = canvas.document.regions[-1].id
    n0 = len(canvas.document.region(rid).papules)
    assert n0 >= 6  # 6 cm at 1 cm
    canvas.set_tool("select")
    canvas.select_region(rid)
    mouse.drag((-6, 5), (-2, 5))
    line = canvas.document.region(rid).geometry
    assert line.geom_type == "LineString" and line.length == pytest.approx(10, abs=0.1)
    assert len(canvas.document.region(rid).papules) >= n0 + 4
    xy = canvas.document.region(rid).papules.xy
    assert (shapely.distance(line, shapely.points(xy)) < 1e-6).all()  # on the line
