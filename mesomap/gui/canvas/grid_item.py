"""The centimetre grid over the map: 1 cm minor lines, 5 cm major lines with labels.

The origin is a template landmark or the outline's lower-left corner, so "3 cm right, 5 cm up"
means the same on the screen, the printed sheet and the patient. Lines are cosmetic (one
device pixel wide whatever the zoom); minor lines fade out when they would be closer than a few
pixels. Labels are drawn along the lower and left edges of the visible area.
"""

from __future__ import annotations

import math

import pyqtgraph as pg
from PySide6 import QtCore, QtGui, QtWidgets

from mesomap.core.localeformat import default_format


class CmGridItem(pg.GraphicsObject):  # type: ignore[misc]
    """Grid lines every ``minor_cm`` and ``major_cm`` centimetres from ``origin``."""

    def __init__(self, origin: tuple[float, float] = (0.0, 0.0), minor_cm: float = 1.0,
                 major_cm: float = 5.0) -> None:
        super().__init__()
        self.origin = origin
        self.minor_cm = minor_cm
        self.major_cm = major_cm
        self.show_labels = True
        self._minor_pen = QtGui.QPen(QtGui.QColor(60, 110, 160, 55), 0)
        self._major_pen = QtGui.QPen(QtGui.QColor(40, 90, 150, 120), 0)
        self._origin_pen = QtGui.QPen(QtGui.QColor(200, 40, 40, 150), 0)
        for pen in (self._minor_pen, self._major_pen, self._origin_pen):
            pen.setCosmetic(True)
        self.setZValue(-5)
        self._cache: QtGui.QImage | None = None
        self._cache_key: tuple[object, ...] | None = None

    def setOrigin(self, origin: tuple[float, float]) -> None:  # noqa: N802
        self.origin = (float(origin[0]), float(origin[1]))
        self.update()

    def boundingRect(self) -> QtCore.QRectF:  # noqa: N802
        r = self.viewRect()
        return QtCore.QRectF() if r is None else r

    def viewRangeChanged(self) -> None:  # noqa: N802
        self.prepareGeometryChange()
        super().viewRangeChanged()

    def label_step(self) -> float:
        """Labels on every major line, or on every minor line when zoomed in enough."""
        pw = self.pixelWidth() or 1.0
        return self.minor_cm if self.minor_cm / pw >= 40 else self.major_cm

    def label_values(self, step: float | None = None) -> tuple[list[float], list[float]]:
        """Labelled line offsets (cm from the origin) visible now, along x and along y."""
        r = self.viewRect()
        if r is None:
            return [], []
        ox, oy = self.origin
        m = step or self.label_step()
        xs = [k * m for k in range(math.ceil((r.left() - ox) / m), math.floor((r.right() - ox) / m) + 1)]
        ys = [k * m for k in range(math.ceil((r.top() - oy) / m), math.floor((r.bottom() - oy) / m) + 1)]
        return xs, ys

    def paint(self, p: QtGui.QPainter, option: object, widget: object = None) -> None:
        """Paint from a cached image while the view does not move (a live drag repaints the
        frame many times a second over an unchanged grid); vector devices get real lines."""
        r = self.viewRect()
        dev = p.device()
        if r is None or r.width() <= 0 or not isinstance(dev, QtGui.QImage | QtGui.QPixmap | QtWidgets.QWidget):
            self._paint_direct(p)
            return
        t = p.transform()
        dpr = float(dev.devicePixelRatioF())
        area = t.mapRect(r).toAlignedRect()
        key = (t.m11(), t.m12(), t.m21(), t.m22(), t.dx(), t.dy(), r.getRect(), area.getRect(), dpr,
               self.origin, self.show_labels)
        if key != self._cache_key or self._cache is None:
            img = QtGui.QImage(max(1, round(area.width() * dpr)), max(1, round(area.height() * dpr)),
                               QtGui.QImage.Format.Format_ARGB32_Premultiplied)
            img.setDevicePixelRatio(dpr)
            img.fill(0)
            cp = QtGui.QPainter(img)
            cp.translate(-area.x(), -area.y())
            cp.setTransform(t, True)
            self._paint_direct(cp)
            cp.end()
            self._cache, self._cache_key = img, key
        p.save()
        p.resetTransform()
        p.drawImage(QtCore.QPointF(area.x(), area.y()), self._cache)
        p.restore()

    def _paint_direct(self, p: QtGui.QPainter) -> None:
        r = self.viewRect()
        if r is None or r.width() <= 0:
            return
        pw = self.pixelWidth() or 1.0
        px_per_cm = 1.0 / pw
        ox, oy = self.origin
        p.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing, False)
        lines: dict[str, list[QtCore.QLineF]] = {"minor": [], "major": [], "origin": []}
        for step, kind in ((self.minor_cm, "minor"), (self.major_cm, "major")):
            if step * px_per_cm < 5:
                continue
            k0 = math.ceil((r.left() - ox) / step)
            k1 = math.floor((r.right() - ox) / step)
            if k1 - k0 > 2000:
                continue
            for k in range(k0, k1 + 1):
                x = ox + k * step
                cls = "origin" if k == 0 else kind
                if kind == "minor" and abs(round(k * step / self.major_cm) * self.major_cm - k * step) < 1e-9:
                    continue
                lines[cls].append(QtCore.QLineF(x, r.top(), x, r.bottom()))
            k0 = math.ceil((r.top() - oy) / step)
            k1 = math.floor((r.bottom() - oy) / step)
            for k in range(k0, k1 + 1):
                y = oy + k * step
                cls = "origin" if k == 0 else kind
                if kind == "minor" and abs(round(k * step / self.major_cm) * self.major_cm - k * step) < 1e-9:
                    continue
                lines[cls].append(QtCore.QLineF(r.left(), y, r.right(), y))
        for kind, pen in (("minor", self._minor_pen), ("major", self._major_pen),
                          ("origin", self._origin_pen)):
            if lines[kind]:
                p.setPen(pen)
                p.drawLines(lines[kind])
        if self.show_labels and self.major_cm * px_per_cm >= 24:
            self._paint_labels(p, r)

    def _paint_labels(self, p: QtGui.QPainter, r: QtCore.QRectF) -> None:
        t = p.transform()
        fmt = default_format()
        xs, ys = self.label_values()
        xs = [round(v, 6) for v in xs]
        ys = [round(v, 6) for v in ys]
        ox, oy = self.origin
        p.save()
        p.resetTransform()
        font = QtGui.QFont()
        font.setPointSizeF(7.5)
        p.setFont(font)
        fm = QtGui.QFontMetricsF(font)
        bottom_left = t.map(QtCore.QPointF(r.left(), r.top()))  # y up: top() is the lowest y
        backing = QtGui.QColor(255, 255, 255, 200)
        ink = QtGui.QColor(30, 70, 130)
        p.setPen(ink)

        def text_at(pt: QtCore.QPointF, text: str) -> None:
            # a light backing rectangle keeps labels readable over artwork (cheaper than a halo)
            w = fm.horizontalAdvance(text)
            p.fillRect(QtCore.QRectF(pt.x() - 1, pt.y() - fm.ascent(), w + 2, fm.height()), backing)
            p.drawText(pt, text)

        for v in xs:
            d = t.map(QtCore.QPointF(ox + v, r.top()))
            label = fmt.format_decimal(v) if v else "0 cm"
            text_at(QtCore.QPointF(d.x() + 2, bottom_left.y() - 3), label)
        for v in ys:
            d = t.map(QtCore.QPointF(r.left(), oy + v))
            label = fmt.format_decimal(v) if v else "0 cm"
            text_at(QtCore.QPointF(bottom_left.x() + 3, d.y() - 2 - fm.descent()), label)
        p.restore()
