"""The fast papule item: drawing, states, selection, hit tests, numbers only when zoomed in."""

from __future__ import annotations

from typing import Any

import numpy as np
import pyqtgraph as pg
import pytest
from PySide6 import QtCore, QtGui

from mesomap.gui.canvas import papule_item as pi
from mesomap.gui.canvas.papule_item import PapuleItem

pytestmark = pytest.mark.gui


def _scene(qtbot: Any, rect: QtCore.QRectF) -> tuple[pg.GraphicsView, pg.ViewBox]:
    view = pg.GraphicsView(background="w")
    vb = pg.ViewBox(lockAspect=True)
    view.setCentralItem(vb)
    qtbot.addWidget(view)
    view.resize(400, 400)
    view.show()
    qtbot.waitExposed(view)
    vb.setRange(rect, padding=0)
    qtbot.wait(10)
    return view, vb


def _render(view: pg.GraphicsView) -> QtGui.QImage:
    img = QtGui.QImage(view.viewport().size(), QtGui.QImage.Format.Format_ARGB32)
    img.fill(QtGui.QColor("white"))
    p = QtGui.QPainter(img)
    view.render(p)
    p.end()
    return img


def _px(view: pg.GraphicsView, vb: pg.ViewBox, x: float, y: float) -> QtCore.QPoint:
    return view.mapFromScene(vb.mapViewToScene(QtCore.QPointF(x, y)))


def test_symbols_drawn_at_positions_in_state_colours(qtbot: Any) -> None:
    view, vb = _scene(qtbot, QtCore.QRectF(0, 0, 10, 10))
    item = PapuleItem("#1c7ed6")
    vb.addItem(item)
    xy = np.array([[2.0, 2.0], [5.0, 5.0], [8.0, 8.0]])
    item.setData(xy, np.array([pi.NORMAL, pi.WARNING, pi.LOCKED]))
    img = _render(view)
    normal = img.pixelColor(_px(view, vb, 2, 2))
    warning = img.pixelColor(_px(view, vb, 5, 5))
    empty = img.pixelColor(_px(view, vb, 3.5, 6.5))
    assert normal.blue() > 150 and normal.red() < 100          # region blue
    assert warning.red() > 180 and warning.blue() < 100        # warning orange
    assert empty == QtGui.QColor("white")


def test_symbol_size_is_constant_in_pixels(qtbot: Any) -> None:
    view, vb = _scene(qtbot, QtCore.QRectF(0, 0, 10, 10))
    item = PapuleItem("#000000")
    vb.addItem(item)
    item.setData(np.array([[5.0, 5.0]]))

    qtbot.wait(10)

    def dark_pixels() -> int:
        img = _render(view)
        arr = np.array([[img.pixelColor(x, y).lightness() < 100 for x in range(0, img.width(), 1)]
                        for y in range(0, img.height(), 1)])
        return int(arr.sum())

    far = dark_pixels()
    vb.setRange(QtCore.QRectF(4, 4, 2, 2), padding=0)
    qtbot.wait(10)
    near = dark_pixels()
    assert far > 20
    assert abs(near - far) <= 0.25 * far  # ≈ same size although zoomed 5×


def test_hit_tests_and_selection(qtbot: Any) -> None:
    view, vb = _scene(qtbot, QtCore.QRectF(0, 0, 10, 10))
    item = PapuleItem()
    vb.addItem(item)
    item.setData(np.array([[1.0, 1.0], [5.0, 5.0], [6.0, 5.0]]))
    assert item.nearest(5.05, 5.0) == 1
    assert item.nearest(3.0, 3.0) is None  # ~ 80 px from any papule
    assert list(item.indices_in_rect(QtCore.QRectF(4.5, 4.5, 2, 1))) == [1, 2]
    item.setSelected(np.array([False, True, False]))
    img = _render(view)
    halo = img.pixelColor(_px(view, vb, 5, 5) + QtCore.QPoint(7, 0))
    assert halo.red() > 200 and halo.green() > 150 and halo.blue() < 120  # gold halo


def test_order_numbers_only_when_zoomed_in(qtbot: Any) -> None:
    view, vb = _scene(qtbot, QtCore.QRectF(0, 0, 100, 100))
    item = PapuleItem()
    item.spacing_cm = 1.0
    vb.addItem(item)
    g = np.mgrid[0:100:1.0, 0:100:1.0].reshape(2, -1).T
    item.setData(g)
    qtbot.wait(10)
    assert not item.numbers_visible()
    label_spot = _px(view, vb, 12, 12) + QtCore.QPoint(9, -6)  # upper right of papule (12, 12)

    def ink_near(img: QtGui.QImage) -> int:
        return sum(img.pixelColor(label_spot + QtCore.QPoint(dx, dy)).lightness() < 90
                   for dx in range(0, 8) for dy in range(-4, 4))

    vb.setRange(QtCore.QRectF(10, 10, 5, 5), padding=0)
    qtbot.wait(10)
    assert item.numbers_visible()
    label_spot = _px(view, vb, 12, 12) + QtCore.QPoint(9, -6)
    zoomed = ink_near(_render(view))
    item.show_numbers = False
    assert not item.numbers_visible()
    plain = ink_near(_render(view))
    assert zoomed > plain


def test_set_positions_keeps_states_and_updates_bounds(qtbot: Any) -> None:
    _view, vb = _scene(qtbot, QtCore.QRectF(0, 0, 10, 10))
    item = PapuleItem()
    vb.addItem(item)
    item.setData(np.array([[1.0, 1.0], [2.0, 2.0]]), np.array([pi.LOCKED, pi.MANUAL]))
    item.setPositions(np.array([[3.0, 1.0], [9.0, 2.0]]))
    assert list(item.states()) == [pi.LOCKED, pi.MANUAL]
    assert item.dataBounds(0) == (3.0, 9.0)
    item.setPositions(np.zeros((5, 2)))
    assert len(item) == 5 and not item.states().any()


def test_high_dpi_rendering_keeps_logical_size(qtbot: Any) -> None:
    view, vb = _scene(qtbot, QtCore.QRectF(0, 0, 10, 10))
    item = PapuleItem("#000000")
    vb.addItem(item)
    item.setData(np.array([[5.0, 5.0]]))
    qtbot.wait(10)

    def dark(dpr: float) -> int:
        size = view.viewport().size()
        img = QtGui.QImage(int(size.width() * dpr), int(size.height() * dpr),
                           QtGui.QImage.Format.Format_ARGB32)
        img.setDevicePixelRatio(dpr)
        img.fill(QtGui.QColor("white"))
        p = QtGui.QPainter(img)
        view.render(p, QtCore.QRectF(0, 0, size.width(), size.height()), view.viewport().rect())
        p.end()
        assert item._atlas is not None and item._atlas.dpr == dpr  # symbols drawn at device res
        return sum(img.pixelColor(x, y).lightness() < 100
                   for x in range(img.width() // 2 - 30, img.width() // 2 + 30)
                   for y in range(img.height() // 2 - 30, img.height() // 2 + 30))

    one, two = dark(1.0), dark(2.0)
    assert one > 20
    assert 3.0 * one <= two <= 5.0 * one  # 2× in each direction: ≈ 4× the device pixels
