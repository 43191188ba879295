"""Graphics items for treatment regions, one class per mark kind.

- ``AreaRegionItem``: polygon regions (auto/hex/square), filled with the region colour;
  ``nappage`` regions are hatched and labelled with their estimated injection count.
- ``LineRegionItem``: polyline regions of the ``line`` pattern.
- ``RingsRegionItem``: the centre point of a ``rings`` region.
All show vertex handles (constant pixel size) when selected, and offer hit tests in cm.
"""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
import shapely
from PySide6 import QtCore, QtGui

from mesomap.gui.canvas.shapes import geometry_path, polygon_vertices

HANDLE_PX = 7.0


class RegionItem(pg.GraphicsObject):  # type: ignore[misc]
    """Base: one region's geometry, colour, selection and vertex handles."""

    closed = True

    def __init__(self, region_id: str, color: str) -> None:
        super().__init__()
        self.region_id = region_id
        self.color = QtGui.QColor(color)
        self.geometry: shapely.Geometry = shapely.Polygon()
        self.selected = False
        self.label = ""
        self.live = False  # True while the outline is being dragged (cheaper painting)
        self._path = QtGui.QPainterPath()
        self._rect = QtCore.QRectF()
        self.setZValue(1)

    def set_geometry(self, geom: shapely.Geometry) -> None:
        self.prepareGeometryChange()
        self.geometry = geom
        self._path = geometry_path(geom)
        x0, y0, x1, y1 = geom.bounds if not geom.is_empty else (0, 0, 0, 0)
        self._rect = QtCore.QRectF(x0, y0, x1 - x0, y1 - y0)
        self.informViewBoundsChanged()
        self.update()

    def set_color(self, color: str) -> None:
        self.color = QtGui.QColor(color)
        self.update()

    def set_selected(self, selected: bool) -> None:
        self.selected = selected
        self.update()

    def vertices(self) -> list[tuple[float, float]]:
        return polygon_vertices(self.geometry)

    # -- hit tests ----------------------------------------------------------------------------
    def _pad_cm(self, px: float) -> float:
        pw = self.pixelWidth()
        return px * (pw if pw else 0.05)

    def vertex_at(self, x: float, y: float, px: float = 8.0) -> int | None:
        verts = self.vertices()
        if not verts:
            return None
        v = np.asarray(verts)
        d = np.hypot(v[:, 0] - x, v[:, 1] - y)
        i = int(np.argmin(d))
        return i if d[i] <= self._pad_cm(px) else None

    def edge_at(self, x: float, y: float, px: float = 6.0) -> tuple[int, tuple[float, float]] | None:
        """(index of the vertex the new one goes after, the point on the edge) or None."""
        verts = self.vertices()
        n = len(verts)
        if n < 2:
            return None
        best: tuple[float, int, tuple[float, float]] | None = None
        count = n if self.closed else n - 1
        for i in range(count):
            ax, ay = verts[i]
            bx, by = verts[(i + 1) % n]
            dx, dy = bx - ax, by - ay
            ll = dx * dx + dy * dy
            t = 0.0 if ll == 0 else max(0.0, min(1.0, ((x - ax) * dx + (y - ay) * dy) / ll))
            px_, py_ = ax + t * dx, ay + t * dy
            d = math.hypot(x - px_, y - py_)
            if best is None or d < best[0]:
                best = (d, i, (px_, py_))
        if best is not None and best[0] <= self._pad_cm(px):
            return best[1], best[2]
        return None

    def contains_cm(self, x: float, y: float) -> bool:
        if self.geometry.geom_type in ("Polygon", "MultiPolygon"):
            return bool(shapely.intersects_xy(self.geometry, x, y))
        return bool(shapely.distance(self.geometry, shapely.Point(x, y)) <= self._pad_cm(6.0))

    # -- painting ------------------------------------------------------------------------------
    def boundingRect(self) -> QtCore.QRectF:  # noqa: N802
        pad = self._pad_cm(HANDLE_PX + 4)
        return self._rect.adjusted(-pad, -pad, pad, pad)

    def viewTransformChanged(self) -> None:  # noqa: N802
        self.prepareGeometryChange()
        super().viewTransformChanged()

    def dataBounds(self, ax: int, frac: float = 1.0,  # noqa: N802
                   orthoRange: object = None) -> tuple[float | None, float | None]:  # noqa: N803
        if self.geometry.is_empty:
            return (None, None)
        return ((self._rect.left(), self._rect.right()) if ax == 0
                else (self._rect.top(), self._rect.bottom()))

    def _edge_pen(self) -> QtGui.QPen:
        pen = QtGui.QPen(self.color.darker(130), 2.4 if self.selected else 1.6)
        pen.setCosmetic(True)
        return pen

    def paint_handles(self, p: QtGui.QPainter) -> None:
        if not self.selected:
            return
        t = p.transform()
        p.save()
        p.resetTransform()
        verts = self.vertices()
        p.setPen(QtGui.QPen(self.color.darker(160), 1.2))
        p.setBrush(QtGui.QColor("white"))
        # outlines traced from curved zones have many corners: smaller handles keep them legible
        h = HANDLE_PX if len(verts) <= 40 else 4.0
        for x, y in verts:
            d = t.map(QtCore.QPointF(x, y))
            p.drawRect(QtCore.QRectF(d.x() - h / 2, d.y() - h / 2, h, h))
        p.restore()

    def paint(self, p: QtGui.QPainter, option: object, widget: object = None) -> None:
        fill = QtGui.QColor(self.color)
        fill.setAlpha(60 if self.selected else 42)
        # the translucent fill without antialiasing (a large area: 3× faster), the edge with it
        p.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing, False)
        p.setPen(QtCore.Qt.PenStyle.NoPen)
        p.setBrush(fill)
        p.drawPath(self._path)
        # antialiased edges cost ~1 ms on a large outline: skipped while the outline is dragged
        p.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing, not self.live)
        p.setPen(self._edge_pen())
        p.setBrush(QtCore.Qt.BrushStyle.NoBrush)
        p.drawPath(self._path)
        self.paint_handles(p)


class AreaRegionItem(RegionItem):
    """Polygon regions; nappage regions are hatched and show their injection estimate."""

    def __init__(self, region_id: str, color: str) -> None:
        super().__init__(region_id, color)
        self.nappage = False

    def paint(self, p: QtGui.QPainter, option: object, widget: object = None) -> None:
        super().paint(p, option, widget)
        if self.nappage:
            brush = QtGui.QBrush(self.color.darker(120), QtCore.Qt.BrushStyle.BDiagPattern)
            t = p.transform()
            p.save()
            # hatch in screen space so the lines keep their spacing at every zoom
            p.resetTransform()
            p.setPen(QtCore.Qt.PenStyle.NoPen)
            p.setBrush(brush)
            p.drawPath(t.map(self._path))
            if self.label:
                c = self.geometry.representative_point()
                d = t.map(QtCore.QPointF(c.x, c.y))
                font = QtGui.QFont()
                font.setPointSizeF(9)
                font.setBold(True)
                p.setFont(font)
                p.setPen(QtGui.QColor("#212529"))
                p.drawText(QtCore.QRectF(d.x() - 80, d.y() - 10, 160, 20),
                           int(QtCore.Qt.AlignmentFlag.AlignCenter), self.label)
            p.restore()


class LineRegionItem(RegionItem):
    """A polyline region (``line`` pattern)."""

    closed = False

    def paint(self, p: QtGui.QPainter, option: object, widget: object = None) -> None:
        p.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing, True)
        pen = QtGui.QPen(self.color, 4.0 if self.selected else 3.0)
        pen.setCosmetic(True)
        pen.setCapStyle(QtCore.Qt.PenCapStyle.RoundCap)
        c = QtGui.QColor(self.color)
        c.setAlpha(130)
        pen.setColor(c)
        p.setPen(pen)
        p.setBrush(QtCore.Qt.BrushStyle.NoBrush)
        p.drawPath(self._path)
        self.paint_handles(p)


class RingsRegionItem(RegionItem):
    """The centre of a ``rings`` region: a cross-hair in the region colour."""

    def boundingRect(self) -> QtCore.QRectF:  # noqa: N802
        pad = self._pad_cm(14)
        return self._rect.adjusted(-pad, -pad, pad, pad)

    def paint(self, p: QtGui.QPainter, option: object, widget: object = None) -> None:
        if self.geometry.is_empty:
            return
        t = p.transform()
        pt = self.geometry.centroid
        d = t.map(QtCore.QPointF(pt.x, pt.y))
        p.save()
        p.resetTransform()
        p.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing, True)
        p.setPen(QtGui.QPen(self.color.darker(140), 2.0))
        p.setBrush(QtCore.Qt.BrushStyle.NoBrush)
        p.drawEllipse(d, 7.0, 7.0)
        p.drawLine(QtCore.QPointF(d.x() - 11, d.y()), QtCore.QPointF(d.x() + 11, d.y()))
        p.drawLine(QtCore.QPointF(d.x(), d.y() - 11), QtCore.QPointF(d.x(), d.y() + 11))
        p.restore()
        self.paint_handles(p)


def item_for_pattern(pattern: str, region_id: str, color: str) -> RegionItem:
    if pattern == "line":
        return LineRegionItem(region_id, color)
    if pattern == "rings":
        return RingsRegionItem(region_id, color)
    item = AreaRegionItem(region_id, color)
    item.nappage = pattern == "nappage"
    return item
