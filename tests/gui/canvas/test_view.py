"""The view: cm coordinates, cursor signal, grid, fit, zone names on hover, scale bar, totals,
measure tool, snapping and PNG/SVG export."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

import numpy as np
import pytest
import shapely
from PySide6 import QtCore, QtGui

from mesomap.core.document.commands.regions import SetMixture
from mesomap.core.document.model import MixtureItem
from mesomap.gui.canvas.overlays import nice_length_cm

pytestmark = pytest.mark.gui


def test_cursor_position_in_cm_y_up(canvas: Any, mouse: Any) -> None:
    seen: list[tuple[float, float]] = []
    canvas.cursorMoved.connect(lambda x, y: seen.append((x, y)))
    mouse.hover(4.0, 6.0)
    mouse.hover(4.0, -6.0)
    assert seen[-2] == pytest.approx((4.0, 6.0), abs=0.05)
    assert seen[-1] == pytest.approx((4.0, -6.0), abs=0.05)
    # y up: the higher point is nearer the top of the widget
    assert mouse.px(4, 6).y() < mouse.px(4, -6).y()
    # locked aspect: a cm is as wide as it is tall
    a, b, c = mouse.px(0, 0), mouse.px(1, 0), mouse.px(0, 1)
    assert abs((b.x() - a.x()) - (a.y() - c.y())) <= 1


def test_grid_origin_labels_and_toggle(canvas: Any) -> None:
    grid = canvas.view.grid
    assert grid.origin == (0.0, 8.0)  # the nasion landmark
    assert grid.label_step() == 5.0  # whole panel in view: labels every 5 cm
    xs, ys = grid.label_values()
    assert 0.0 in xs and -15.0 in xs and 15.0 in xs
    assert all(v % 5 == 0 for v in xs + ys)
    assert min(ys) <= -15 and 0.0 in ys
    canvas.view.vb.setRange(QtCore.QRectF(-3, -3, 6, 4), padding=0)
    QtCore.QCoreApplication.processEvents()
    assert grid.label_step() == 1.0  # zoomed in: every centimetre is labelled
    xs, _ = grid.label_values()
    assert xs == [float(v) for v in range(-3, 4)]
    canvas.set_grid_visible(False)
    assert not grid.isVisible()
    canvas.set_grid_visible(True)
    assert grid.isVisible()


def test_fit_with_keyboard_and_zoom_to_region(canvas: Any, mouse: Any, qtbot: Any) -> None:
    vb = canvas.view.vb
    vb.setRange(QtCore.QRectF(0, 0, 2, 2), padding=0)
    qtbot.wait(10)
    canvas.view.setFocus()
    mouse.key(QtCore.Qt.Key.Key_F)
    (x0, x1), (y0, y1) = vb.viewRange()
    assert x0 <= -15 and x1 >= 15 and y0 <= -10 and y1 >= 10
    vb.setRange(QtCore.QRectF(0, 0, 2, 2), padding=0)
    mouse.key(QtCore.Qt.Key.Key_0, QtCore.Qt.KeyboardModifier.ControlModifier)
    (x0, x1), _ = vb.viewRange()
    assert x0 <= -15 and x1 >= 15
    canvas.create_region(shapely.box(2, -2, 6, 2))
    canvas.zoom_to_region(canvas.document.regions[-1].id)
    (x0, x1), (y0, y1) = vb.viewRange()
    assert x0 <= 2 and x1 >= 6 and (x1 - x0) < 12


def test_zone_names_on_hover(canvas: Any, mouse: Any) -> None:
    mouse.hover(-4, -2)
    assert canvas.hover_text == "Right cheek"
    mouse.hover(7.0, 1.3)  # margin ring of the eye, inside the left cheek
    assert "Left eye (avoid): The orbit: never inject here." in canvas.hover_text
    assert "Left cheek" in canvas.hover_text
    mouse.hover(-7, -8)
    assert canvas.hover_text == "Vessel (caution)"
    mouse.hover(14, 9)
    assert canvas.hover_text == ""
    canvas.create_region(shapely.box(-12.5, -5, -6.5, 1))
    xy = canvas.document.regions[-1].papules.xy
    g = np.mgrid[-11:-8:0.05, -4:-1:0.05].reshape(2, -1).T
    gap = np.hypot(g[:, None, 0] - xy[None, :, 0], g[:, None, 1] - xy[None, :, 1]).min(axis=1)
    mouse.hover(*g[np.argmax(gap)])  # between papules, inside the region and the right cheek
    assert canvas.hover_text == "Region: Region 1\nRight cheek"


def test_scale_bar_round_lengths() -> None:
    assert nice_length_cm(0.05) == 5.0   # 110 px × 0.05 cm = 5.5 cm → 5
    assert nice_length_cm(0.01) == 1.0
    assert nice_length_cm(0.2) == 20.0
    assert nice_length_cm(0.001) == pytest.approx(0.1)


def test_live_totals(canvas: Any) -> None:
    totals: list[Any] = []
    canvas.totalsChanged.connect(totals.append)
    canvas.create_region(shapely.box(-12, -5, -6, 1))
    rid = canvas.document.regions[-1].id
    n = len(canvas.document.region(rid).papules)
    assert totals[-1].papules == n
    item = MixtureItem(None, None, "Product A", "L1", Decimal("0.05"))
    canvas.stack.push_command(SetMixture(canvas.document, rid, [item]))
    assert totals[-1].products[0].volume_ml == Decimal("0.05") * n
    assert totals[-1].duration_seconds == pytest.approx(5 * 60 + 5 * n)


def test_measure_distance_and_area(canvas: Any, mouse: Any) -> None:
    results: list[str] = []
    canvas.measured.connect(results.append)
    canvas.set_tool("measure")
    mouse.click(-10, -5)
    mouse.click(-4, -5)
    assert results[-1] in ("Distance: 6.0 cm", "Distance: 5.9 cm", "Distance: 6.1 cm")
    mouse.click(-4, 3)
    mouse.double_click(-10, 3)
    area = float(results[-1].split()[1])
    assert results[-1].startswith("Area: ") and area == pytest.approx(48.0, abs=0.5)
    assert "perimeter 28.0 cm" in results[-1]
    assert len(canvas.document.regions) == 0  # measuring never edits the map


def test_snap_to_grid(canvas: Any, mouse: Any) -> None:
    canvas.set_snap_to_grid(True)
    canvas.set_tool("rectangle")
    mouse.drag((-11.8, -4.7), (-6.3, 0.8))
    g = canvas.document.regions[-1].geometry
    assert g.bounds == (-12.0, -5.0, -6.0, 1.0)


def test_export_png_and_svg(canvas: Any, tmp_path: Path) -> None:
    canvas.create_region(shapely.box(-12, -5, -6, 1))
    png, svg = tmp_path / "map.png", tmp_path / "map.svg"
    canvas.export_png(str(png), scale=2.0)
    img = QtGui.QImage(str(png))
    assert img.width() == 2 * canvas.view.viewport().width()
    canvas.export_svg(str(svg))
    text = svg.read_text(encoding="utf-8")
    assert text.startswith("<?xml") and "<svg" in text
    n = len(canvas.document.regions[-1].papules)
    assert text.count("<circle") + text.count("<ellipse") >= n  # papules are vector shapes
    assert "<image" not in text


def test_tool_actions_have_shortcuts_and_follow_the_canvas(canvas: Any, qtbot: Any) -> None:
    from mesomap.gui.canvas.actions import TOOL_INFO, add_tool_actions_to, make_tool_actions

    group = make_tool_actions(canvas, canvas)
    add_tool_actions_to(canvas, group)
    actions = {a.objectName(): a for a in group.actions()}
    assert set(actions) == {f"tool_{n}" for n in TOOL_INFO} == {f"tool_{n}" for n in canvas.tools}
    keys = [a.shortcut().toString() for a in group.actions()]
    assert len(set(keys)) == len(keys) and not {"L", "M", "F", "Del"} & set(keys)
    canvas.view.setFocus()
    from PySide6.QtTest import QTest
    QTest.keyClick(canvas.view, QtCore.Qt.Key.Key_P)
    assert canvas.tool_name == "polygon" and actions["tool_polygon"].isChecked()
    canvas.set_tool("measure")
    assert actions["tool_measure"].isChecked()


def test_nappage_region_hatched_with_estimate(canvas: Any) -> None:
    canvas.default_pattern = "nappage"
    canvas.default_technique = canvas.default_technique.replace(nappage_density_per_cm2=4.0)
    canvas.create_region(shapely.box(-12, -5, -7, 0))  # 25 cm² × 4 / cm²
    region = canvas.document.regions[-1]
    assert len(region.papules) == 0
    item = canvas.region_items[region.id]
    assert item.nappage and item.label == "≈ 100 injection(s)"
    assert canvas.totals().injections == 100


def test_patient_fit_scales_the_template_and_follows_the_document(canvas: Any, template: Any) -> None:
    import dataclasses

    from mesomap.core.document.commands.regions import SetTemplate
    from mesomap.core.templates import PatientFit

    eye = next(z for z in canvas.template_item.dangers if z.id == "eye_left")
    assert eye.geometry.centroid.x == pytest.approx(7.0, abs=1e-6)
    ref = dataclasses.replace(canvas.document.template, fit=PatientFit.uniform(1.1))
    canvas.stack.push_command(SetTemplate(canvas.document, ref))
    eye = next(z for z in canvas.template_item.dangers if z.id == "eye_left")
    assert eye.geometry.centroid.x == pytest.approx(7.7, abs=1e-6)
    assert canvas.view.grid.origin == pytest.approx((0.0, 8.8))
    # placement rules use the fitted zones
    assert canvas.keep_outs[0].area.contains(shapely.Point(7.7, 0.0))
    canvas.stack.undo()
    eye = next(z for z in canvas.template_item.dangers if z.id == "eye_left")
    assert eye.geometry.centroid.x == pytest.approx(7.0, abs=1e-6)


def test_wheel_zooms_to_the_cursor(canvas: Any, mouse: Any, qtbot: Any) -> None:
    from PySide6 import QtWidgets

    vb = canvas.view.vb
    (x0, x1), _ = vb.viewRange()
    mouse.hover(6.0, -4.0)
    pt = mouse.px(6.0, -4.0)
    ev = QtGui.QWheelEvent(QtCore.QPointF(pt), QtCore.QPointF(mouse.vp.mapToGlobal(pt)),
                           QtCore.QPoint(0, 0), QtCore.QPoint(0, 240),
                           QtCore.Qt.MouseButton.NoButton, QtCore.Qt.KeyboardModifier.NoModifier,
                           QtCore.Qt.ScrollPhase.NoScrollPhase, False)
    QtWidgets.QApplication.sendEvent(mouse.vp, ev)
    qtbot.wait(20)
    (nx0, nx1), _ = vb.viewRange()
    assert (nx1 - nx0) < 0.9 * (x1 - x0)          # zoomed in
    under = canvas.view.to_cm(QtCore.QPointF(pt))
    assert (under.x(), under.y()) == pytest.approx((6.0, -4.0), abs=0.1)  # about the cursor


def test_drag_on_empty_space_pans(canvas: Any, mouse: Any) -> None:
    canvas.set_tool("select")
    before = canvas.document.copy()
    (x0, x1), (y0, y1) = canvas.view.vb.viewRange()
    from PySide6.QtTest import QTest

    left, none = QtCore.Qt.MouseButton.LeftButton, QtCore.Qt.KeyboardModifier.NoModifier
    a, b = mouse.px(10.0, 8.0), mouse.px(6.0, 6.0)  # fixed pixels: the map moves under them
    mouse.hover(10.0, 8.0)
    QTest.mousePress(mouse.vp, left, none, a)
    for k in range(1, 11):
        p = a + (b - a) * (k / 10)
        mouse._send(QtCore.QEvent.Type.MouseMove, p, QtCore.Qt.MouseButton.NoButton, left, none)
        mouse.qtbot.wait(5)
    QTest.mouseRelease(mouse.vp, left, none, b)
    (nx0, nx1), (ny0, ny1) = canvas.view.vb.viewRange()
    assert nx0 == pytest.approx(x0 + 4.0, abs=0.3) and ny0 == pytest.approx(y0 + 2.0, abs=0.3)
    assert nx1 - nx0 == pytest.approx(x1 - x0)
    assert canvas.document == before


def test_figures_follow_the_locale(canvas: Any, mouse: Any) -> None:
    from mesomap.core import localeformat

    localeformat.set_default_locale("fr_FR")
    try:
        results: list[str] = []
        canvas.measured.connect(results.append)
        canvas.set_tool("measure")
        mouse.click(-10, -5)
        mouse.click(-7.5, -5)
        assert "2,5 cm" in results[-1]
        canvas.create_region(shapely.box(3, -4, 11, 4))
        canvas.set_tool("papules")
        mouse.click(7.0, 1.3)  # in the eye's margin
        assert "0,5 cm" in canvas.last_message
    finally:
        localeformat.set_default_locale(None)  # back to the system locale
