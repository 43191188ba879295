"""Screen-space overlays of the map view: the scale bar.

The scale bar lives in the view box's own pixel coordinates (not in cm) so it stays in the
lower-right corner while the map pans and zooms; its length is a round number of centimetres
(1, 2, 5, 10, ...) about a hundred pixels long.
"""

from __future__ import annotations

import math

import pyqtgraph as pg
from PySide6 import QtCore, QtGui

from mesomap.core.localeformat import default_format


def nice_length_cm(cm_per_px: float, target_px: float = 110.0) -> float:
    """A round length in cm (1, 2 or 5 × 10^k) close to ``target_px`` pixels."""
    raw = cm_per_px * target_px
    if raw <= 0 or not math.isfinite(raw):
        return 1.0
    exp = math.floor(math.log10(raw))
    for m in (1.0, 2.0, 5.0, 10.0):
        if m * 10 ** exp >= raw * 0.7:
            return float(m * 10.0 ** exp)
    return 10.0 ** (exp + 1)


class ScaleBar(pg.GraphicsObject):  # type: ignore[misc]
    """A bar of a round number of centimetres in the lower-right corner of ``viewbox``."""

    def __init__(self, viewbox: pg.ViewBox) -> None:
        super().__init__()
        self._vb = viewbox
        self.setParentItem(viewbox)
        self.setZValue(1000)
        viewbox.sigTransformChanged.connect(self._changed)
        viewbox.sigResized.connect(self._changed)
        self.length_cm = 1.0
        self._length_px = 0.0

    def _changed(self, *args: object) -> None:
        self.prepareGeometryChange()
        self.update()

    def boundingRect(self) -> QtCore.QRectF:  # noqa: N802
        return QtCore.QRectF(self._vb.boundingRect())

    def paint(self, p: QtGui.QPainter, option: object, widget: object = None) -> None:
        cm_per_px = float(self._vb.viewPixelSize()[0])
        if not cm_per_px or cm_per_px <= 0:
            return
        self.length_cm = nice_length_cm(cm_per_px)
        length_px = self.length_cm / cm_per_px
        self._length_px = length_px
        r = self._vb.boundingRect()
        x1 = r.right() - 16
        x0 = x1 - length_px
        y = r.bottom() - 28  # above the grid's bottom row of labels
        p.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing, False)
        p.setPen(QtCore.Qt.PenStyle.NoPen)
        p.setBrush(QtGui.QColor(255, 255, 255, 200))
        p.drawRect(QtCore.QRectF(x0 - 6, y - 22, length_px + 12, 30))
        pen = QtGui.QPen(QtGui.QColor("#212529"), 2)
        p.setPen(pen)
        p.drawLine(QtCore.QPointF(x0, y), QtCore.QPointF(x1, y))
        p.drawLine(QtCore.QPointF(x0, y - 5), QtCore.QPointF(x0, y + 3))
        p.drawLine(QtCore.QPointF(x1, y - 5), QtCore.QPointF(x1, y + 3))
        font = QtGui.QFont()
        font.setPointSizeF(8)
        p.setFont(font)
        text = default_format().format_length_cm(self.length_cm)
        p.drawText(QtCore.QRectF(x0, y - 21, length_px, 16),
                   int(QtCore.Qt.AlignmentFlag.AlignCenter), text)
