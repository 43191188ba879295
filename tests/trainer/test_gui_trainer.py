"""Trainer GUI: playback visits every papule in order, diagrams are drawn to scale, the
presenter's keys drive playback, practice scores and highlights an attempt, exports work."""

from __future__ import annotations

import math
from decimal import Decimal
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from PySide6 import QtCore, QtGui, QtWidgets
from PySide6.QtTest import QTest

from mesomap.core.records.presets import SHIPPED_PRESETS
from mesomap.core.templates import load_library
from mesomap.core.trainer import build_playback, layers_for, nappage_fill
from mesomap.core.trainer.demo_maps import demo_map
from mesomap.gui.fields import name_widget  # noqa: F401 - imported for the naming check below
from mesomap.gui.naming import unnamed_widgets


@pytest.fixture(scope="module")
def library() -> Any:
    return load_library()


@pytest.mark.parametrize("pattern", ["auto", "hex", "square", "line", "rings", "nappage"])
def test_playback_visits_every_papule_in_order(library: Any, pattern: str) -> None:
    template = library.get("face_front")
    doc = demo_map(template, ["cheek_left", "forehead"], "idp", pattern)
    pb = build_playback(doc, template.avoid_exclusions())
    if pattern == "nappage":
        assert all(s.kind == "nappage" for s in pb.steps)
        fills = [s.fill for s in pb.steps if s.region_index == 0]
        assert fills == sorted(fills) and fills[-1] == pytest.approx(1.0)
        half = nappage_fill(doc.regions[0].geometry, 0.5).area
        assert 0 < half < doc.regions[0].geometry.area
        per = Decimal("0.0300")
        assert pb.total_volume_ml == per * pb.total_count
        return
    seen: list[tuple[int, int]] = []
    for region_index, region in enumerate(doc.regions):
        order = np.asarray(region.papules.order)
        steps = [s for s in pb.steps if s.region_index == region_index]
        assert sorted(s.papule_index for s in steps) == list(range(len(region.papules)))
        numbers = [int(order[s.papule_index]) for s in steps]
        assert numbers == sorted(numbers)  # injection order
        for s in steps:
            assert (s.x, s.y) == tuple(region.papules.xy[s.papule_index])
        seen.extend((region_index, s.papule_index) for s in steps)
    assert len(seen) == len(set(seen)) == sum(len(r.papules) for r in doc.regions)
    assert [s.count for s in pb.steps] == list(range(1, len(pb.steps) + 1))
    assert pb.steps[-1].volume_ml == Decimal("0.0300") * len(pb.steps)


def test_every_template_plays(library: Any) -> None:
    for tid in library.ids():
        template = library.get(tid)
        zone = max(template.zones, key=lambda z: z.geometry.area)
        doc = demo_map(template, [zone.id], "idp")
        pb = build_playback(doc, template.avoid_exclusions())
        assert len(pb) == len(doc.regions[0].papules) > 0, tid


def test_presenter_keys_drive_playback(qtbot: Any, library: Any, tmp_path: Path) -> None:
    from mesomap.gui.trainer.presenter import PresenterView

    view = PresenterView(library, data_folder=tmp_path)
    qtbot.addWidget(view)
    view.resize(1280, 720)
    view.show()
    qtbot.waitExposed(view)
    view.setFocus()
    c = view.controller
    total = len(c.playback)
    assert total > 10 and c.position == 0
    QTest.keyClick(view, QtCore.Qt.Key.Key_Right)
    QTest.keyClick(view, QtCore.Qt.Key.Key_Right)
    assert c.position == 2
    QTest.keyClick(view, QtCore.Qt.Key.Key_Left)
    assert c.position == 1
    QTest.keyClick(view, QtCore.Qt.Key.Key_Up)
    assert c.speed == 2.0
    for _ in range(5):
        QTest.keyClick(view, QtCore.Qt.Key.Key_Down)
    assert c.speed == 0.25
    for _ in range(5):
        QTest.keyClick(view, QtCore.Qt.Key.Key_Up)
    assert c.speed == 4.0
    QTest.keyClick(view, QtCore.Qt.Key.Key_Space)
    assert c.playing
    qtbot.waitUntil(lambda: c.position >= 4, timeout=5000)
    QTest.keyClick(view, QtCore.Qt.Key.Key_Space)
    assert not c.playing
    QTest.keyClick(view, QtCore.Qt.Key.Key_Home)
    assert c.position == 0
    QTest.keyClick(view, QtCore.Qt.Key.Key_D)
    assert view.stack.currentWidget() is view.comparison
    assert unnamed_widgets(view) == []
    # a different pattern rebuilds the map; every step still plays
    view.pattern_combo.setCurrentIndex(view.pattern_combo.findData("nappage"))
    view._rebuild()
    assert all(s.kind == "nappage" for s in view.controller.playback.steps)
    QTest.keyClick(view, QtCore.Qt.Key.Key_Escape)
    assert not view.isVisible()


def _needle_pixels(image: QtGui.QImage) -> np.ndarray:
    """(row, col) of pixels in the needle's colour."""
    ptr = image.convertToFormat(QtGui.QImage.Format.Format_RGB32)
    w, h = ptr.width(), ptr.height()
    arr = np.frombuffer(ptr.constBits(), dtype=np.uint8, count=ptr.sizeInBytes())
    arr = arr.reshape(h, ptr.bytesPerLine())[:, : w * 4].reshape(h, w, 4)
    b, g, r = arr[..., 0].astype(int), arr[..., 1].astype(int), arr[..., 2].astype(int)
    mask = (abs(r - 10) < 12) & (abs(g - 60) < 12) & (abs(b - 200) < 12)
    return np.argwhere(mask)


@pytest.mark.parametrize("code", [p.code for p in SHIPPED_PRESETS])
def test_diagram_is_to_scale(qtbot: Any, code: str) -> None:
    from mesomap.gui.trainer.diagrams import paint_diagram

    preset = next(p for p in SHIPPED_PRESETS if p.code == code)
    layers = layers_for("back")
    image = QtGui.QImage(900, 700, QtGui.QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QtGui.QColor("white"))
    painter = QtGui.QPainter(image)
    geo = paint_diagram(painter, QtCore.QRectF(0, 0, 900, 700), preset, layers)
    painter.end()
    assert geo.tip.y() - geo.surface_y == pytest.approx(preset.depth_mm * geo.px_per_mm)
    needle = _needle_pixels(image)
    assert len(needle) > 20
    # the deepest needle pixel is the tip: depth in pixels / scale = depth in mm
    deepest = needle[:, 0].max()
    measured_mm = (deepest + 0.5 - geo.surface_y) / geo.px_per_mm
    half_pen_mm = max(2.0, 0.3 * geo.px_per_mm) / 2 / geo.px_per_mm
    assert measured_mm == pytest.approx(preset.depth_mm, abs=half_pen_mm + 1.5 / geo.px_per_mm)
    # and the needle's slope is the technique's angle
    rows, cols = needle[:, 0], needle[:, 1]
    if preset.angle_deg < 89:
        slope = np.polyfit(cols, rows, 1)[0]
        assert math.degrees(math.atan(slope)) == pytest.approx(preset.angle_deg, abs=2.0)


def test_comparison_uses_one_scale(qtbot: Any, tmp_path: Path) -> None:
    from mesomap.gui.trainer.diagrams import TechniqueComparison

    w = TechniqueComparison(tmp_path)
    qtbot.addWidget(w)
    w.resize(1400, 700)
    w.show()
    qtbot.waitExposed(w)
    w.set_techniques("ied", "idh")
    w.grab()
    a, b = (d.geometry_drawn for d in w.diagrams)
    assert a is not None and b is not None
    assert a.px_per_mm == pytest.approx(b.px_per_mm)
    assert a.surface_y == pytest.approx(b.surface_y)
    assert (b.tip.y() - b.surface_y) / (a.tip.y() - a.surface_y) == pytest.approx(7.0 / 0.5)
    assert unnamed_widgets(w) == []


def test_practice_scores_and_highlights(qtbot: Any, library: Any, tmp_path: Path) -> None:
    from mesomap.gui.trainer.practice import PracticeWindow

    win = PracticeWindow(library, tmp_path / "attempts")
    qtbot.addWidget(win)
    win.resize(1300, 800)
    win.show()
    qtbot.waitExposed(win)
    assert win.exercise is not None and win.exercise.zone_id == "cheek_left"
    canvas = win.canvas
    assert canvas.enforce_avoid is False
    auto = win.automatic()
    # the trainee places two papules by hand: one too close to the first, one in the lip
    x, y = auto[0]
    canvas.add_papule(float(x), float(y))
    canvas.add_papule(float(x) + 0.5, float(y))
    lip = library.get("face_front").danger_zone("vermilion").geometry.representative_point()
    canvas.add_papule(lip.x, lip.y)
    assert len(win.points()) == 3  # nothing filled in automatically, the lip was allowed
    region = canvas.document.regions[0]
    assert canvas._warnings_for(region) == {}  # no hints during the exercise by default
    win.hints_check.setChecked(True)
    assert len(win.canvas._warnings_for(region)) >= 2  # the close pair and the lip papule
    win.hints_check.setChecked(False)
    score = win.score_now()
    kinds = sorted(v.kind for v in score.violations)
    assert kinds == ["avoid", "spacing"]
    assert "Pairs closer than" in win.summary_label.text()
    assert len(win.overlays) >= 4
    win.buttons["automatic"].setChecked(True)
    win.toggle_automatic()
    assert len(win.auto_items) == 1
    win.trainee_edit.setText("Trainee One")
    win.save_attempt()
    assert win.attempts_table.rowCount() == 1
    assert win.attempts_table.item(0, 1).text() == "Trainee One"
    assert unnamed_widgets(win) == []


def test_exports_png_and_svg(qtbot: Any, library: Any, tmp_path: Path) -> None:
    from mesomap.gui.trainer.export import export_image
    from mesomap.gui.trainer.playback import PROJECTOR, PlaybackView

    template = library.get("face_front")
    view = PlaybackView(demo_map(template, ["cheek_left"], "idp"), template, PROJECTOR)
    qtbot.addWidget(view)
    view.controller.seek(5)
    png = export_image(lambda p, r: view.render_to(p, r, r.width() / 300), tmp_path / "f.png",
                       1200, 800)
    image = QtGui.QImage(str(png))
    assert (image.width(), image.height()) == (1200, 800)
    assert QtGui.QColor(image.pixel(3, 790)) == QtGui.QColor("black")  # projector ground
    svg = export_image(lambda p, r: view.render_to(p, r, r.width() / 300), tmp_path / "f.svg",
                       1200, 800)
    text = svg.read_text(encoding="utf-8")
    assert text.startswith("<?xml") and 'width="' in text and "<path" in text
    QtWidgets.QApplication.processEvents()


def test_practice_draw_mode_lays_out_and_scores(qtbot: Any, library: Any, tmp_path: Path) -> None:
    from shapely.geometry import box

    from mesomap.gui.trainer.practice import PracticeWindow

    win = PracticeWindow(library, tmp_path / "attempts")
    qtbot.addWidget(win)
    win.mode_combo.setCurrentIndex(win.mode_combo.findData("draw"))
    win.new_exercise()
    assert win.canvas.tool_name == "polygon" and len(win.canvas.document.regions) == 0
    zone = library.get("face_front").zone("cheek_left").geometry
    c = zone.representative_point()
    win.canvas.create_region(box(c.x - 1.5, c.y - 1.5, c.x + 1.5, c.y + 1.5))
    assert len(win.points()) > 3  # the drawn region is filled by the layout engine
    score = win.score_now()
    assert score.spacing_violations == ()
    assert score.count == len(win.points())


def test_layers_dialog_refuses_bad_input(qtbot: Any) -> None:
    from mesomap.gui.trainer.layers_dialog import LayersDialog

    dialog = LayersDialog("face", layers_for("face"))
    qtbot.addWidget(dialog)
    assert unnamed_widgets(dialog) == []
    dialog.fields[1].setText("")
    dialog._accept()
    assert dialog.result_layers is None
    assert dialog.form.error_label(dialog.fields[1]).text()
    dialog.fields[1].set_value(Decimal("1.5"))
    dialog._accept()
    assert dialog.result_layers is not None
    assert dialog.result_layers.papillary_mm == pytest.approx(1.5)


def test_presenter_keeps_a_given_session_map(qtbot: Any, library: Any) -> None:
    from mesomap.gui.trainer.presenter import PresenterView

    template = library.get("lower_back")
    zone = max(template.zones, key=lambda z: z.geometry.area)
    doc = demo_map(template, [zone.id], "idp_pain", "square")
    view = PresenterView(library, doc, template)
    qtbot.addWidget(view)
    assert view.view.document is doc
    assert view.zone_combo.currentData() == "@given"
    view.zone_combo.setCurrentIndex(view.zone_combo.findData(""))
    view._rebuild()
    assert view.view.document is not doc
    view.zone_combo.setCurrentIndex(view.zone_combo.findData("@given"))
    view._rebuild()
    assert view.view.document is doc
    assert len(view.controller.playback) == len(doc.regions[0].papules)


def test_practice_export_draws_the_highlights(qtbot: Any, library: Any, tmp_path: Path) -> None:
    from mesomap.gui.trainer.export import export_image
    from mesomap.gui.trainer.practice import PracticeWindow

    win = PracticeWindow(library, tmp_path / "attempts")
    qtbot.addWidget(win)
    auto = win.automatic()
    moved = auto.copy()
    moved[1] = moved[0] + (0.4, 0.0)
    win.new_exercise(moved)
    win.score_now()

    def red_pixels(path: Path) -> int:
        image = QtGui.QImage(str(path)).convertToFormat(QtGui.QImage.Format.Format_RGB32)
        w, h = image.width(), image.height()
        arr = np.frombuffer(image.constBits(), dtype=np.uint8, count=image.sizeInBytes())
        arr = arr.reshape(h, image.bytesPerLine())[:, : w * 4].reshape(h, w, 4)
        b, g, r = (arr[..., i].astype(int) for i in range(3))
        return int(((abs(r - 0xE0) < 10) & (abs(g - 0x31) < 10) & (abs(b - 0x31) < 10)).sum())

    with_marks = export_image(win.render_to, tmp_path / "scored.png", 1000, 800)
    win._clear(win.overlays)
    without = export_image(win.render_to, tmp_path / "plain.png", 1000, 800)
    assert red_pixels(with_marks) > red_pixels(without) + 50


def test_comparison_exports_svg_to_scale(qtbot: Any, tmp_path: Path) -> None:
    from mesomap.gui.trainer.diagrams import TechniqueComparison, fit_scale
    from mesomap.gui.trainer.export import export_image

    w = TechniqueComparison(tmp_path)
    qtbot.addWidget(w)
    assert w.export_button.objectName() == "technique_comparison_export_button"
    path = export_image(w.render_to, tmp_path / "techniques.svg", 1600, 900)
    text = path.read_text(encoding="utf-8")
    assert "<svg" in text and 'viewBox="0 0 1600 900"' in text
    k = fit_scale(QtCore.QRectF(0, 0, 800, 900), w.presets(), w.layers())
    a, b = (d.geometry_drawn for d in w.diagrams)
    assert a is not None and b is not None
    assert a.px_per_mm == pytest.approx(k) and b.px_per_mm == pytest.approx(k)


def test_diagrams_use_the_clinic_protocol_library(qtbot: Any, tmp_path: Path) -> None:
    import dataclasses

    from mesomap.gui.trainer import clinic_presets
    from mesomap.gui.trainer.diagrams import TechniqueComparison
    from mesomap.storage.engine import open_database

    db = open_database(f"sqlite:///{tmp_path / 'clinic.sqlite'}")
    try:
        presets = clinic_presets(db)
    finally:
        db.close()
    assert {p.code for p in presets} >= {p.code for p in SHIPPED_PRESETS}
    mine = dataclasses.replace(presets[0], code="house", name="House technique", depth_mm=2.2,
                               angle_deg=90.0, needle_length_mm=6.0)
    w = TechniqueComparison(tmp_path)
    qtbot.addWidget(w)
    w.resize(1200, 600)
    w.set_library([*presets, mine])
    w.set_techniques("house", "idh")
    assert w.presets()[0] == mine
    w.grab()
    geo = w.diagrams[0].geometry_drawn
    assert geo is not None
    assert geo.tip.y() - geo.surface_y == pytest.approx(2.2 * geo.px_per_mm)
    assert geo.tip.x() == pytest.approx(geo.entry_x)  # perpendicular
