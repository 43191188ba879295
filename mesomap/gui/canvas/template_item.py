"""The anatomical template under the map: artwork, outline, named zones and danger zones.

Everything is in template-fitted map centimetres (the patient fit is applied by the caller).
Danger zones are tinted by severity (``avoid`` red, ``caution`` amber) with their margin ring
drawn as a dashed outline of the zone grown by its margin. Zone names are not painted: the
canvas shows them in a tooltip on hover (``zone_at``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pyqtgraph as pg
import shapely
from PySide6 import QtCore, QtGui

from mesomap.gui.canvas.shapes import geometry_path

AVOID_FILL = QtGui.QColor(224, 49, 49, 70)
AVOID_EDGE = QtGui.QColor(201, 42, 42, 200)
CAUTION_FILL = QtGui.QColor(245, 159, 0, 60)
CAUTION_EDGE = QtGui.QColor(230, 119, 0, 200)


@dataclass(frozen=True)
class ZoneShape:
    """A named area on the template, already in map cm."""

    id: str
    name: str
    geometry: shapely.Geometry
    severity: str | None = None  # None for treatment zones, else "avoid"|"caution"
    margin_cm: float = 0.0
    description: str = ""  # why a danger zone is dangerous (shown on hover)


def _name_of(obj: Any, lang: str) -> str:
    names = getattr(obj, "names", None)
    if isinstance(names, dict) and names:
        return str(names.get(lang) or names.get("en") or next(iter(names.values())))
    name = getattr(obj, "name", None)
    if callable(name):
        try:
            return str(name(lang))
        except TypeError:
            return str(name())
    return str(name or getattr(obj, "id", ""))


def scale_geometry(geom: shapely.Geometry, sx: float, sy: float) -> shapely.Geometry:
    if sx == 1.0 and sy == 1.0:
        return geom
    return shapely.transform(geom, lambda c: c * [sx, sy])


class TemplateItem(pg.GraphicsObject):  # type: ignore[misc]
    """Paints one template (outline, artwork, zones, danger zones with margins)."""

    def __init__(self) -> None:
        super().__init__()
        self.outline: shapely.Geometry | None = None
        self.zones: list[ZoneShape] = []
        self.dangers: list[ZoneShape] = []
        self.artwork_path = QtGui.QPainterPath()
        self.artwork_fills: list[tuple[QtGui.QPainterPath, QtGui.QColor]] = []
        self.artwork_strokes: list[tuple[QtGui.QPainterPath, QtGui.QColor, float]] = []
        self.midline: shapely.Geometry | None = None
        self.show_zones = True
        self.show_dangers = True
        self._rect = QtCore.QRectF()
        self._prepared: list[tuple[ZoneShape, shapely.Geometry]] = []
        self.setZValue(-10)

    def set_shapes(self, outline: shapely.Geometry | None, zones: list[ZoneShape],
                   dangers: list[ZoneShape], midline: shapely.Geometry | None = None) -> None:
        self.prepareGeometryChange()
        self.outline = outline
        self.zones = zones
        self.dangers = dangers
        self.midline = midline
        self._prepared = []
        for z in [*dangers, *zones]:
            g = z.geometry
            if z.severity and z.margin_cm > 0:
                g = g.buffer(z.margin_cm)
            shapely.prepare(g)
            self._prepared.append((z, g))
        geoms = [g for g in [outline, *(z.geometry.buffer(z.margin_cm) for z in dangers),
                             *(z.geometry for z in zones)] if g is not None]
        if geoms:
            x0, y0, x1, y1 = shapely.GeometryCollection(geoms).bounds
            self._rect = QtCore.QRectF(x0, y0, x1 - x0, y1 - y0).adjusted(-0.5, -0.5, 0.5, 0.5)
        else:
            self._rect = QtCore.QRectF()
        self.informViewBoundsChanged()
        self.update()

    def set_artwork(self, strokes: list[tuple[QtGui.QPainterPath, QtGui.QColor, float]],
                    fills: list[tuple[QtGui.QPainterPath, QtGui.QColor]]) -> None:
        self.artwork_strokes = strokes
        self.artwork_fills = fills
        self.update()

    def zone_at(self, x_cm: float, y_cm: float) -> list[ZoneShape]:
        """Danger zones (or their margins) first, then treatment zones, under the point."""
        return [z for z, g in self._prepared if shapely.intersects_xy(g, x_cm, y_cm)]

    def boundingRect(self) -> QtCore.QRectF:  # noqa: N802
        return self._rect

    def dataBounds(self, ax: int, frac: float = 1.0,  # noqa: N802
                   orthoRange: object = None) -> tuple[float | None, float | None]:  # noqa: N803
        if self._rect.isNull():
            return (None, None)
        if ax == 0:
            return (self._rect.left(), self._rect.right())
        return (self._rect.top(), self._rect.bottom())

    def paint(self, p: QtGui.QPainter, option: object, widget: object = None) -> None:
        p.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing, True)
        if self.outline is not None:
            p.setPen(QtCore.Qt.PenStyle.NoPen)
            p.setBrush(QtGui.QColor(250, 236, 222))
            p.drawPath(geometry_path(self.outline))
        for path, color in self.artwork_fills:
            p.setPen(QtCore.Qt.PenStyle.NoPen)
            p.setBrush(color)
            p.drawPath(path)
        p.setBrush(QtCore.Qt.BrushStyle.NoBrush)
        for path, color, width_px in self.artwork_strokes:
            pen = QtGui.QPen(color, width_px)
            pen.setCosmetic(True)
            pen.setCapStyle(QtCore.Qt.PenCapStyle.RoundCap)
            pen.setJoinStyle(QtCore.Qt.PenJoinStyle.RoundJoin)
            p.setPen(pen)
            p.drawPath(path)
        if self.outline is not None:
            pen = QtGui.QPen(QtGui.QColor(120, 80, 60), 1.6)
            pen.setCosmetic(True)
            p.setPen(pen)
            p.drawPath(geometry_path(self.outline))
        if self.show_zones:
            pen = QtGui.QPen(QtGui.QColor(110, 110, 140, 140), 1.0, QtCore.Qt.PenStyle.DotLine)
            pen.setCosmetic(True)
            p.setPen(pen)
            for z in self.zones:
                p.drawPath(geometry_path(z.geometry))
        if self.midline is not None:
            pen = QtGui.QPen(QtGui.QColor(90, 90, 90, 120), 1.0, QtCore.Qt.PenStyle.DashDotLine)
            pen.setCosmetic(True)
            p.setPen(pen)
            p.drawPath(geometry_path(self.midline))
        if self.show_dangers:
            for z in self.dangers:
                avoid = z.severity == "avoid"
                fill, edge = (AVOID_FILL, AVOID_EDGE) if avoid else (CAUTION_FILL, CAUTION_EDGE)
                pen = QtGui.QPen(edge, 1.2)
                pen.setCosmetic(True)
                p.setPen(pen)
                p.setBrush(fill)
                body = z.geometry if z.geometry.geom_type in ("Polygon", "MultiPolygon") \
                    else z.geometry.buffer(0.08)
                p.drawPath(geometry_path(body))
                if z.margin_cm > 0:
                    ring = QtGui.QPen(edge, 1.0, QtCore.Qt.PenStyle.DashLine)
                    ring.setCosmetic(True)
                    p.setPen(ring)
                    faint = QtGui.QColor(fill)
                    faint.setAlpha(fill.alpha() // 3)
                    p.setBrush(faint)
                    p.drawPath(geometry_path(z.geometry.buffer(z.margin_cm)))
