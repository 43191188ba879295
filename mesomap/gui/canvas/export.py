"""Export what the canvas shows as PNG or SVG.

PNG renders the view into a ``QImage`` (at ``scale`` × the window's pixels, so a 2× export is
sharp on paper). SVG uses ``QSvgGenerator`` directly (pyqtgraph's SVG exporter is broken on
PySide6 ≥ 6.11): the resolution comes from the screen's logical DPI, and papules are written as
vector shapes, not bitmaps.
"""

from __future__ import annotations

from pathlib import Path

from PySide6 import QtCore, QtGui, QtSvg

from mesomap.gui.canvas.view import MapView


def render_image(view: MapView, scale: float = 1.0) -> QtGui.QImage:
    """The visible map as an image ``scale`` times the viewport's size."""
    size = view.viewport().size()
    w, h = max(1, round(size.width() * scale)), max(1, round(size.height() * scale))
    image = QtGui.QImage(w, h, QtGui.QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QtGui.QColor("white"))
    painter = QtGui.QPainter(image)
    painter.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing, True)
    try:
        view.render(painter, QtCore.QRectF(0, 0, w, h), view.viewport().rect())
    finally:
        painter.end()
    return image


def export_png(view: MapView, path: str | Path, scale: float = 2.0) -> None:
    """Write the visible map to ``path`` as PNG; ``OSError`` with a sentence if it fails."""
    image = render_image(view, scale)
    if not image.save(str(path), "PNG"):  # type: ignore[call-overload]
        raise OSError(QtCore.QCoreApplication.translate(
            "Canvas", "The picture could not be written to %1; choose another folder.").replace(
            "%1", str(path)))


def export_svg(view: MapView, path: str | Path, title: str = "mesomap") -> None:
    """Write the visible map to ``path`` as SVG (vector papules, outlines and grid)."""
    rect = view.viewport().rect()
    gen = QtSvg.QSvgGenerator()
    gen.setFileName(str(path))
    gen.setSize(rect.size())
    gen.setViewBox(QtCore.QRect(0, 0, rect.width(), rect.height()))
    gen.setResolution(int(view.logicalDpiX()))
    gen.setTitle(title)
    painter = QtGui.QPainter()
    if not painter.begin(gen):
        raise OSError(QtCore.QCoreApplication.translate(
            "Canvas", "The drawing could not be written to %1; choose another folder.").replace(
            "%1", str(path)))
    try:
        painter.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing, True)
        view.render(painter, QtCore.QRectF(0, 0, rect.width(), rect.height()), rect)
    finally:
        painter.end()
