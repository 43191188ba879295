"""A fast graphics item for thousands of papules.

``PapuleItem`` keeps the papules of one region as numpy arrays (positions in cm, a state code,
a selection mask, the injection order) and paints them with a single
``QPainter.drawPixmapFragments`` call from a small pre-rendered symbol atlas. Symbols keep a
constant size in screen pixels whatever the zoom; order numbers are drawn only when the papules
are far enough apart on screen to be read. Updating positions costs a numpy copy, not a
per-point Python object (pyqtgraph's ``ScatterPlotItem`` spends about 1 µs per point there).
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np
import pyqtgraph as pg
import shiboken6
from PySide6 import QtCore, QtGui, QtWidgets

# State codes, one per papule.
NORMAL = 0
MANUAL = 1
LOCKED = 2
WARNING = 3
_N_STATES = 4

_WARNING_COLOR = QtGui.QColor("#e8590c")


def _draw_symbol(p: QtGui.QPainter, state: int, selected: bool, color: QtGui.QColor,
                 cx: float, cy: float, size: float) -> None:
    """Paint one symbol centred on (cx, cy) in atlas pixels."""
    r = size / 2.0
    if selected:
        p.setPen(QtCore.Qt.PenStyle.NoPen)
        p.setBrush(QtGui.QColor(255, 215, 0, 200))
        p.drawEllipse(QtCore.QPointF(cx, cy), r + 3.5, r + 3.5)
    fill = _WARNING_COLOR if state == WARNING else color
    outline = QtGui.QPen(QtGui.QColor("white"), 1.5)
    p.setPen(outline)
    p.setBrush(fill)
    if state == LOCKED:
        p.drawRect(QtCore.QRectF(cx - r, cy - r, size, size))
        p.setPen(QtGui.QPen(QtGui.QColor("black"), 1.2))
        p.setBrush(QtCore.Qt.BrushStyle.NoBrush)
        p.drawRect(QtCore.QRectF(cx - r + 2.2, cy - r + 2.2, size - 4.4, size - 4.4))
    elif state == MANUAL:
        poly = QtGui.QPolygonF([QtCore.QPointF(cx, cy - r - 1), QtCore.QPointF(cx + r + 1, cy),
                                QtCore.QPointF(cx, cy + r + 1), QtCore.QPointF(cx - r - 1, cy)])
        p.drawPolygon(poly)
    elif state == WARNING:
        p.drawEllipse(QtCore.QPointF(cx, cy), r, r)
        p.setPen(QtGui.QPen(QtGui.QColor("#c92a2a"), 1.6))
        p.setBrush(QtCore.Qt.BrushStyle.NoBrush)
        p.drawEllipse(QtCore.QPointF(cx, cy), r + 1.8, r + 1.8)
    else:
        p.drawEllipse(QtCore.QPointF(cx, cy), r, r)


class SymbolAtlas:
    """One pixmap holding every (state, selected) symbol side by side, at a device pixel ratio."""

    def __init__(self, color: QtGui.QColor, size_px: float, dpr: float) -> None:
        self.size_px = size_px
        self.dpr = dpr
        self.cell = int(math.ceil(size_px + 10))  # room for halo and warning ring
        cell_dev = int(math.ceil(self.cell * dpr))
        self.cell_dev = cell_dev
        n = _N_STATES * 2
        img = QtGui.QImage(cell_dev * n, cell_dev, QtGui.QImage.Format.Format_ARGB32_Premultiplied)
        img.fill(0)
        p = QtGui.QPainter(img)
        p.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing, True)
        p.scale(dpr, dpr)
        for sel in (0, 1):
            for state in range(_N_STATES):
                k = sel * _N_STATES + state
                c = self.cell * k + self.cell / 2.0
                _draw_symbol(p, state, bool(sel), color, c, self.cell / 2.0, size_px)
        p.end()
        self.pixmap = QtGui.QPixmap.fromImage(img)
        # Source rect (x, y, w, h) in device pixels per symbol code, cropped around the symbol:
        # blending cost grows with the rectangle, and only selected symbols need the whole cell.
        self.source = np.zeros((n, 4), dtype=np.float64)
        extent = {NORMAL: size_px + 4, MANUAL: size_px + 6, LOCKED: size_px + 4,
                  WARNING: size_px + 9}
        for sel in (0, 1):
            for state in range(_N_STATES):
                k = sel * _N_STATES + state
                side = min(float(self.cell), float(self.cell if sel else extent[state])) * dpr
                side = float(min(cell_dev, int(math.ceil(side)) + (int(math.ceil(side)) - cell_dev) % 2))
                x0 = k * cell_dev + (cell_dev - side) / 2.0
                y0 = (cell_dev - side) / 2.0
                self.source[k] = (x0, y0, side, side)


class PapuleItem(pg.GraphicsObject):  # type: ignore[misc]
    """Papules of one region, drawn as constant-size symbols; coordinates in cm."""

    def __init__(self, color: str = "#1c7ed6", size_px: float = 9.0) -> None:
        super().__init__()
        self._color = QtGui.QColor(color)
        self._size_px = size_px
        self._xy = np.zeros((0, 2), dtype=np.float64)
        self._state = np.zeros(0, dtype=np.int8)
        self._selected = np.zeros(0, dtype=bool)
        self._order = np.zeros(0, dtype=np.int64)
        self._tooltips: dict[int, str] = {}
        self._atlas: SymbolAtlas | None = None
        self._bounds: QtCore.QRectF | None = None
        self._frag_buf = np.zeros((0, 10), dtype=np.float64)
        self.spacing_cm = 1.0  # used to decide when order numbers are readable
        self.show_numbers = True

    # ----------------------------------------------------------------- data
    def setData(self, xy: np.ndarray, state: np.ndarray | None = None,  # noqa: N802 - Qt style
                selected: np.ndarray | None = None, order: np.ndarray | None = None) -> None:
        """Replace every papule. ``xy`` is (N, 2) cm; the others have length N."""
        xy = np.asarray(xy, dtype=np.float64).reshape(-1, 2)
        n = len(xy)
        self._xy = xy.copy()
        self._state = (np.zeros(n, dtype=np.int8) if state is None
                       else np.asarray(state, dtype=np.int8).copy())
        self._selected = (np.zeros(n, dtype=bool) if selected is None
                          else np.asarray(selected, dtype=bool).copy())
        self._order = (np.arange(1, n + 1) if order is None
                       else np.asarray(order, dtype=np.int64).copy())
        self._geometry_changed()

    def setPositions(self, xy: np.ndarray) -> None:  # noqa: N802
        """Fast path while dragging: new positions, states reset when the count changes."""
        xy = np.asarray(xy, dtype=np.float64).reshape(-1, 2)
        if len(xy) != len(self._xy):
            self.setData(xy)
            return
        self._xy = xy.copy()
        self._geometry_changed()

    def setSelected(self, selected: np.ndarray) -> None:  # noqa: N802
        self._selected = np.asarray(selected, dtype=bool).copy()
        self.update()

    def setTooltips(self, tips: dict[int, str]) -> None:  # noqa: N802
        """Tooltips by papule index (warnings say why)."""
        self._tooltips = dict(tips)

    def setColor(self, color: str) -> None:  # noqa: N802
        self._color = QtGui.QColor(color)
        self._atlas = None
        self.update()

    def positions(self) -> np.ndarray:
        return self._xy

    def states(self) -> np.ndarray:
        return self._state

    def selected(self) -> np.ndarray:
        return self._selected

    def tooltip_for(self, index: int) -> str:
        return self._tooltips.get(index, "")

    def __len__(self) -> int:
        return len(self._xy)

    def _geometry_changed(self) -> None:
        self.prepareGeometryChange()
        self._bounds = None
        self.informViewBoundsChanged()
        self.update()

    # ----------------------------------------------------------- hit tests
    def _px_per_cm(self) -> float:
        px = self.pixelWidth()
        if not px or px <= 0:
            vb = self.getViewBox()
            px = vb.viewPixelSize()[0] if vb is not None else 0.0
        return 1.0 / px if px and px > 0 else 1.0

    def numbers_visible(self) -> bool:
        """True when the view is zoomed in enough for order numbers to be drawn."""
        return self.show_numbers and self.spacing_cm * self._px_per_cm() >= 26.0

    def nearest(self, x_cm: float, y_cm: float, max_px: float = 8.0) -> int | None:
        """Index of the papule under (x, y) within ``max_px`` screen pixels, or None."""
        if len(self._xy) == 0:
            return None
        d2 = (self._xy[:, 0] - x_cm) ** 2 + (self._xy[:, 1] - y_cm) ** 2
        i = int(np.argmin(d2))
        if math.sqrt(float(d2[i])) * self._px_per_cm() <= max_px:
            return i
        return None

    def indices_in_rect(self, rect: QtCore.QRectF) -> np.ndarray:
        r = rect.normalized()
        x, y = self._xy[:, 0], self._xy[:, 1]
        m = (x >= r.left()) & (x <= r.right()) & (y >= r.top()) & (y <= r.bottom())
        return np.flatnonzero(m)

    # --------------------------------------------------------- pyqtgraph
    def dataBounds(self, ax: int, frac: float = 1.0,  # noqa: N802
                   orthoRange: tuple[float, float] | None = None) -> tuple[float | None, float | None]:  # noqa: N803
        if len(self._xy) == 0:
            return (None, None)
        d = self._xy[:, ax]
        if orthoRange is not None:
            d2 = self._xy[:, 1 - ax]
            d = d[(d2 >= orthoRange[0]) & (d2 <= orthoRange[1])]
            if d.size == 0:
                return (None, None)
        return (float(d.min()), float(d.max()))

    def pixelPadding(self) -> float:  # noqa: N802
        return self._size_px / 2.0 + 5.0

    def boundingRect(self) -> QtCore.QRectF:  # noqa: N802
        if self._bounds is None:
            if len(self._xy) == 0:
                self._bounds = QtCore.QRectF()
                return self._bounds
            xmin, ymin = self._xy.min(axis=0)
            xmax, ymax = self._xy.max(axis=0)
            pad = self.pixelPadding()
            pw = self.pixelWidth() or 0.0
            ph = self.pixelHeight() or 0.0
            # numbers are drawn to the upper right of the symbol: allow some more room
            px, py = pad * pw + 30 * pw, pad * ph + 16 * ph
            self._bounds = QtCore.QRectF(float(xmin) - px, float(ymin) - py,
                                         float(xmax - xmin) + 2 * px, float(ymax - ymin) + 2 * py)
        return self._bounds

    def viewTransformChanged(self) -> None:  # noqa: N802
        self.prepareGeometryChange()
        self._bounds = None
        super().viewTransformChanged()

    # ---------------------------------------------------------------- paint
    def _atlas_for(self, dpr: float) -> SymbolAtlas:
        if self._atlas is None or self._atlas.dpr != dpr:
            self._atlas = SymbolAtlas(self._color, self._size_px, dpr)
        return self._atlas

    def paint(self, p: QtGui.QPainter, option: object, widget: object = None) -> None:
        n = len(self._xy)
        if n == 0:
            return
        dev = p.device()
        dpr = float(dev.devicePixelRatioF()) if dev is not None else 1.0
        atlas = self._atlas_for(dpr)
        t = p.transform()
        x = self._xy[:, 0]
        y = self._xy[:, 1]
        dx = t.m11() * x + t.m21() * y + t.dx()
        dy = t.m12() * x + t.m22() * y + t.dy()
        # cull to the device rectangle (in logical pixels)
        if isinstance(dev, QtGui.QImage | QtGui.QPixmap):
            w, h = dev.width() / dpr, dev.height() / dpr
        elif isinstance(dev, QtWidgets.QWidget):
            w, h = float(dev.width()), float(dev.height())
        else:  # SVG, printer: vector symbols, no culling
            self._paint_vector(p, dx, dy, t)
            return
        m = atlas.cell
        idx = np.flatnonzero((dx > -m) & (dx < w + m) & (dy > -m) & (dy < h + m))
        k = len(idx)
        if k == 0:
            return
        if len(self._frag_buf) < k:
            self._frag_buf = np.zeros((max(k, 2 * len(self._frag_buf)), 10), dtype=np.float64)
        frags = self._frag_buf[:k]
        frags[:, 0] = dx[idx]
        frags[:, 1] = dy[idx]
        code = self._state[idx].astype(np.intp) + _N_STATES * self._selected[idx].astype(np.intp)
        frags[:, 2:6] = atlas.source[code]
        frags[:, 6] = 1.0 / dpr
        frags[:, 7] = 1.0 / dpr
        frags[:, 8] = 0.0
        frags[:, 9] = 1.0
        p.save()
        p.resetTransform()
        # PySide6 takes a pointer to the first fragment of a C array plus a count
        ptr: Any = shiboken6.wrapInstance(frags.ctypes.data, QtGui.QPainter.PixmapFragment)
        p.drawPixmapFragments(ptr, k, atlas.pixmap)
        if self.show_numbers and self._numbers_readable(t):
            self._paint_numbers(p, frags[:, 0], frags[:, 1], self._order[idx])
        p.restore()

    def _paint_vector(self, p: QtGui.QPainter, dx: np.ndarray, dy: np.ndarray,
                      t: QtGui.QTransform) -> None:
        """Paint every symbol as vector shapes (for SVG and print devices)."""
        p.save()
        p.resetTransform()
        p.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing, True)
        for i, (xx, yy) in enumerate(zip(dx.tolist(), dy.tolist(), strict=True)):
            _draw_symbol(p, int(self._state[i]), bool(self._selected[i]), self._color,
                         xx, yy, self._size_px)
        if self.show_numbers and self._numbers_readable(t):
            self._paint_numbers(p, dx, dy, self._order)
        p.restore()

    def _numbers_readable(self, t: QtGui.QTransform) -> bool:
        px_per_cm = math.hypot(t.m11(), t.m12())
        return self.spacing_cm * px_per_cm >= 26.0

    def _paint_numbers(self, p: QtGui.QPainter, xs: np.ndarray, ys: np.ndarray,
                       order: np.ndarray) -> None:
        if len(xs) > 3000:
            return
        font = QtGui.QFont()
        font.setPointSizeF(7.5)
        p.setFont(font)
        off = self._size_px / 2.0 + 1.0
        fm = QtGui.QFontMetricsF(font)
        backing = QtGui.QColor(255, 255, 255, 190)
        p.setPen(QtGui.QColor("#212529"))
        for xx, yy, num in zip(xs.tolist(), ys.tolist(), order.tolist(), strict=True):
            text = str(num)
            pt = QtCore.QPointF(xx + off, yy - off)
            p.fillRect(QtCore.QRectF(pt.x() - 1, pt.y() - fm.ascent() + 1,
                                     fm.horizontalAdvance(text) + 2, fm.ascent()), backing)
            p.drawText(pt, text)
