"""Fixtures for the canvas tests: a small synthetic template, a document, a shown canvas, and
helpers that drive real mouse events (hover, press, stepped moves, release) through QTest."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6 import QtCore, QtGui, QtWidgets
from PySide6.QtTest import QTest

from mesomap.core.document.model import MapDocument, TemplateRef
from mesomap.core.templates import PatientFit, build_template


def _names(en: str) -> dict[str, str]:
    return {lang: en for lang in ("en", "fr", "it", "es", "pt")}


def template_document() -> dict[str, Any]:
    """A 30 × 20 cm flat test template: two cheeks, an avoid and a caution zone, a midline."""
    return {
        "format": "mesomap-template/1", "id": "test_panel", "version": 1, "units": "cm",
        "title": _names("Test panel"), "view": "front", "sex": "neutral", "body_area": "back",
        "width_cm": 30, "height_cm": 20,
        "outline": {"type": "polygon", "points": [[-15, -10], [15, -10], [15, 10], [-15, 10]]},
        "zones": [
            {"id": "cheek_left", "names": _names("Left cheek"),
             "geometry": {"type": "polygon", "points": [[2, -6], [12, -6], [12, 6], [2, 6]]},
             "snomed_code": None, "laterality": "left"},
            {"id": "cheek_right", "names": _names("Right cheek"),
             "geometry": {"type": "polygon", "points": [[-12, -6], [-2, -6], [-2, 6], [-12, 6]]},
             "snomed_code": None, "laterality": "right"},
        ],
        "danger_zones": [
            {"id": "eye_left", "names": _names("Left eye"),
             "description": _names("The orbit: never inject here."),
             "geometry": {"type": "circle", "center": [7, 0], "radius_cm": 1.0},
             "margin_cm": 0.5, "severity": "avoid"},
            {"id": "vessel", "names": _names("Vessel"),
             "geometry": {"type": "polygon", "points": [[-8, -9], [-6, -9], [-6, -7], [-8, -7]]},
             "margin_cm": 0.5, "severity": "caution"},
        ],
        "landmarks": {"nasion": [0, 8]},
        "midline": {"type": "line", "points": [[0, -10], [0, 10]]},
        "relief": {"kind": "flat"},
        "measurements": [],
        "artwork": [],
        "source": {"description": "synthetic test panel", "attribution": "mesomap tests",
                   "checked_against": []},
    }


@pytest.fixture
def template() -> Any:
    return build_template(template_document(), "test_panel.json")


@pytest.fixture
def document(template: Any) -> MapDocument:
    ref = TemplateRef(template.id, template.version, template.content_hash, PatientFit.identity())
    return MapDocument(ref)


@pytest.fixture
def canvas(qtbot: Any, document: MapDocument, template: Any) -> Iterator[Any]:
    from mesomap.gui.canvas.canvas import MapCanvas

    c = MapCanvas(document)
    c.ask_keep_manual = lambda region: True  # no modal question in tests unless one asks
    qtbot.addWidget(c)
    c.resize(900, 640)
    c.show()
    qtbot.waitExposed(c)
    c.set_template(template)
    c.view.vb.setRange(QtCore.QRectF(-16, -11, 32, 22), padding=0)
    QtWidgets.QApplication.processEvents()
    yield c
    c.detach()


class Mouse:
    """Real mouse events on the canvas viewport at map positions in cm."""

    def __init__(self, canvas: Any, qtbot: Any) -> None:
        self.canvas = canvas
        self.qtbot = qtbot
        self.vp = canvas.view.viewport()

    def px(self, x: float, y: float) -> QtCore.QPoint:
        return self.canvas.view.to_px(x, y).toPoint()

    def _send(self, kind: QtCore.QEvent.Type, pt: QtCore.QPoint, button: QtCore.Qt.MouseButton,
              buttons: QtCore.Qt.MouseButton, mods: QtCore.Qt.KeyboardModifier) -> None:
        ev = QtGui.QMouseEvent(kind, QtCore.QPointF(pt), QtCore.QPointF(self.vp.mapToGlobal(pt)),
                               button, buttons, mods)
        QtWidgets.QApplication.sendEvent(self.vp, ev)

    def hover(self, x: float, y: float) -> None:
        self._send(QtCore.QEvent.Type.MouseMove, self.px(x, y), QtCore.Qt.MouseButton.NoButton,
                   QtCore.Qt.MouseButton.NoButton, QtCore.Qt.KeyboardModifier.NoModifier)
        self.qtbot.wait(5)

    def click(self, x: float, y: float,
              mods: QtCore.Qt.KeyboardModifier = QtCore.Qt.KeyboardModifier.NoModifier) -> None:
        self.hover(x, y)
        QTest.mouseClick(self.vp, QtCore.Qt.MouseButton.LeftButton, mods, self.px(x, y))
        self.qtbot.wait(5)

    def double_click(self, x: float, y: float) -> None:
        self.hover(x, y)
        QTest.mouseDClick(self.vp, QtCore.Qt.MouseButton.LeftButton,
                          QtCore.Qt.KeyboardModifier.NoModifier, self.px(x, y))
        self.qtbot.wait(5)

    def drag(self, a: tuple[float, float], b: tuple[float, float], steps: int = 8,
             mods: QtCore.Qt.KeyboardModifier = QtCore.Qt.KeyboardModifier.NoModifier) -> None:
        left = QtCore.Qt.MouseButton.LeftButton
        self.hover(*a)
        QTest.mousePress(self.vp, left, mods, self.px(*a))
        self.qtbot.wait(10)
        for k in range(1, steps + 1):
            t = k / steps
            p = self.px(a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t)
            self._send(QtCore.QEvent.Type.MouseMove, p, QtCore.Qt.MouseButton.NoButton, left, mods)
            self.qtbot.wait(10)
        QTest.mouseRelease(self.vp, left, mods, self.px(*b))
        self.qtbot.wait(10)

    def key(self, key: QtCore.Qt.Key,
            mods: QtCore.Qt.KeyboardModifier = QtCore.Qt.KeyboardModifier.NoModifier) -> None:
        QTest.keyClick(self.canvas.view, key, mods)
        self.qtbot.wait(5)


@pytest.fixture
def mouse(canvas: Any, qtbot: Any) -> Mouse:
    return Mouse(canvas, qtbot)
