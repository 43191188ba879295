"""The one map renderer: a session's map drawn with QPainter onto any paint device, at any scale.

Sheets, exports and trainer frames draw through :class:`MapRenderer`, so the printed map is the
map on screen: the template artwork with its true Bézier curves (from the artwork's path
strings, not the flattened geometry), the outline, a centimetre grid, treatment zones, danger
zones with their margin rings, the regions, and the papules with their injection numbers.

Coordinates: the caller gives a ``target`` rectangle in painter units, the map ``window`` (cm,
y up) it shows, and ``units_per_mm`` — how many painter units make one millimetre of output
(1 on a sheet painter scaled to mm; ``dpi / 25.4`` on an unscaled image). Line widths and
lettering are given in output millimetres, so they stay legible at 1:10 and fine at 1:1; the
geometry scale comes only from ``target`` and ``window``.

Painter paths of a template's artwork are cached per template and patient fit.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import cast

import numpy as np
import shapely
from PySide6 import QtCore, QtGui
from shapely.geometry.base import BaseGeometry

from mesomap.core.document import MapDocument, Region
from mesomap.core.templates import Template
from mesomap.printing.pathdata import segments

Window = tuple[float, float, float, float]

SKIN = QtGui.QColor(251, 241, 232)
OUTLINE = QtGui.QColor(110, 75, 55)
GRID_MINOR = QtGui.QColor(200, 205, 215)
GRID_MAJOR = QtGui.QColor(150, 160, 180)
ZONE_EDGE = QtGui.QColor(110, 110, 140, 150)
AVOID_FILL = QtGui.QColor(224, 49, 49, 60)
AVOID_EDGE = QtGui.QColor(201, 42, 42)
CAUTION_FILL = QtGui.QColor(245, 159, 0, 55)
CAUTION_EDGE = QtGui.QColor(230, 119, 0)
GRID_STEPS_CM = (1.0, 2.0, 5.0, 10.0, 20.0, 50.0)


@dataclass(frozen=True)
class RenderOptions:
    artwork: bool = True
    grid: bool = True
    zones: bool = True
    danger_zones: bool = True
    regions: bool = True
    papules: bool = True
    numbers: bool = True
    min_grid_mm: float = 3.0
    """Smallest grid spacing on the output; the grid steps up (1, 2, 5, 10 cm...) to keep it."""
    scale_bar: bool = False
    """Draw a scale bar (10 cm, or 5/2/1 cm when that is too long) bottom left in the target:
    for exports and trainer frames (sheets place their own under the map)."""
    legend: bool = False
    """Draw the regions' colours and names top left in the target."""


def font_for(painter: QtGui.QPainter, height_units: float, bold: bool = False) -> QtGui.QFont:
    """A font whose em is ``height_units`` painter units tall, whatever the device resolution."""
    font = QtGui.QFont("DejaVu Sans")
    font.setStyleHint(QtGui.QFont.StyleHint.SansSerif)
    dpi = painter.device().logicalDpiY() if painter.device() is not None else 96
    font.setPointSizeF(max(0.1, height_units * 72.0 / dpi))
    font.setBold(bold)
    font.setHintingPreference(QtGui.QFont.HintingPreference.PreferNoHinting)
    return font


def opaque(color: QtGui.QColor) -> QtGui.QColor:
    """``color`` blended onto white paper. Pens must be opaque: Qt's PDF engine turns a
    translucent stroke into a filled outline, 50 times larger and slower."""
    a = color.alphaF()
    if a >= 1.0:
        return color
    return QtGui.QColor.fromRgbF(1 - a + a * color.redF(), 1 - a + a * color.greenF(),
                                 1 - a + a * color.blueF())


def _scaled(geom: BaseGeometry, sx: float, sy: float) -> BaseGeometry:
    if sx == 1.0 and sy == 1.0:
        return geom
    return shapely.transform(geom, lambda c: c * [sx, sy])


def geometry_path(geom: BaseGeometry | None, point_radius: float = 0.1) -> QtGui.QPainterPath:
    """A painter path (cm) of a shapely geometry; polygons with holes use the odd-even rule."""
    path = QtGui.QPainterPath()
    path.setFillRule(QtCore.Qt.FillRule.OddEvenFill)
    if geom is None or geom.is_empty:
        return path
    kind = geom.geom_type
    if kind == "Polygon":
        for ring in (geom.exterior, *geom.interiors):
            path.addPolygon(QtGui.QPolygonF([QtCore.QPointF(x, y) for x, y in ring.coords]))
            path.closeSubpath()
    elif kind in ("LineString", "LinearRing"):
        path.addPolygon(QtGui.QPolygonF([QtCore.QPointF(x, y) for x, y in geom.coords]))
    elif kind == "Point":
        path.addEllipse(QtCore.QPointF(geom.x, geom.y), point_radius, point_radius)
    elif hasattr(geom, "geoms"):
        for part in geom.geoms:
            path.addPath(geometry_path(part, point_radius))
    return path


def bezier_path(text: str, sx: float = 1.0, sy: float = 1.0) -> QtGui.QPainterPath:
    """The path string's true curves (cm, scaled by the patient fit) as a painter path."""
    path = QtGui.QPainterPath()
    path.setFillRule(QtCore.Qt.FillRule.OddEvenFill)

    def p(pt: object) -> QtCore.QPointF:
        x, y = cast(tuple[float, float], pt)
        return QtCore.QPointF(x * sx, y * sy)

    for seg in segments(text):
        op = seg[0]
        if op == "M":
            path.moveTo(p(seg[1]))
        elif op == "L":
            path.lineTo(p(seg[1]))
        elif op == "C":
            path.cubicTo(p(seg[1]), p(seg[2]), p(seg[3]))
        elif op == "Q":
            path.quadTo(p(seg[1]), p(seg[2]))
        elif op == "Z":
            path.closeSubpath()
    return path


@dataclass(frozen=True)
class _Artwork:
    outline: QtGui.QPainterPath
    fills: tuple[tuple[QtGui.QPainterPath, QtGui.QColor], ...]
    strokes: tuple[tuple[QtGui.QPainterPath, QtGui.QColor, float], ...]
    zones: tuple[QtGui.QPainterPath, ...]
    dangers: tuple[tuple[QtGui.QPainterPath, QtGui.QPainterPath | None, str], ...]
    midline: QtGui.QPainterPath | None


@lru_cache(maxsize=32)
def _artwork(template: Template, sx: float, sy: float) -> _Artwork:
    fills: list[tuple[QtGui.QPainterPath, QtGui.QColor]] = []
    strokes: list[tuple[QtGui.QPainterPath, QtGui.QColor, float]] = []
    for item in template.artwork:
        path = bezier_path(item.path, sx, sy) if item.path else geometry_path(
            _scaled(item.geometry, sx, sy))
        color = QtGui.QColor(item.color)
        color.setAlphaF(max(0.0, min(1.0, float(item.opacity))))
        if item.kind == "fill":
            fills.append((path, color))
        else:
            strokes.append((path, color, float(item.width_mm)))
    dangers = []
    for z in template.danger_zones:
        geom = _scaled(z.geometry, sx, sy)
        body = geom if geom.geom_type in ("Polygon", "MultiPolygon") else geom.buffer(0.08)
        margin = geometry_path(geom.buffer(z.margin_cm)) if z.margin_cm > 0 else None
        dangers.append((geometry_path(body), margin, z.severity))
    midline = geometry_path(_scaled(template.midline, sx, sy)) if template.midline is not None else None
    return _Artwork(
        outline=geometry_path(_scaled(template.outline, sx, sy)),
        fills=tuple(fills),
        strokes=tuple(strokes),
        zones=tuple(geometry_path(_scaled(z.geometry, sx, sy)) for z in template.zones),
        dangers=tuple(dangers),
        midline=midline,
    )


class MapRenderer:
    """Draws one map (template + document) onto a painter."""

    def __init__(self, doc: MapDocument | None, template: Template | None,
                 options: RenderOptions | None = None) -> None:
        self.doc = doc
        self.template = template
        self.options = options or RenderOptions()

    def paint(self, painter: QtGui.QPainter, target: QtCore.QRectF, window: Window,
              units_per_mm: float = 1.0) -> None:
        """Draw ``window`` (cm) of the map into ``target`` (painter units), same scale on both
        axes (centred if the aspect ratios differ), clipped to ``target``."""
        x0, y0, x1, y1 = window
        s = min(target.width() / (x1 - x0), target.height() / (y1 - y0))  # units per cm
        ox = target.left() + (target.width() - s * (x1 - x0)) / 2
        oy = target.top() + (target.height() - s * (y1 - y0)) / 2
        to_target = QtGui.QTransform(s, 0.0, 0.0, -s, ox - s * x0, oy + s * y1)
        cm_per_mm = units_per_mm / s  # one output mm in cm of map
        painter.save()
        painter.setClipRect(target, QtCore.Qt.ClipOperation.IntersectClip)
        painter.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing, True)
        painter.save()
        painter.setWorldTransform(to_target, True)
        self.paint_in_map_coordinates(painter, window, cm_per_mm)
        painter.restore()
        if self.options.papules and self.doc is not None:
            self._papules(painter, s, ox - s * x0, oy + s * y1, units_per_mm)
        if self.options.scale_bar:
            self._scale_bar(painter, target, s, units_per_mm)
        if self.options.legend and self.doc is not None:
            self._legend(painter, target, units_per_mm)
        painter.restore()

    def paint_in_map_coordinates(self, painter: QtGui.QPainter, window: Window,
                                 cm_per_mm: float) -> None:
        """Template, grid and regions on a painter whose coordinates already are map cm with
        y up (a canvas item inside a y-up view); ``cm_per_mm``: map cm per output millimetre
        (on screen: cm per mm of the display) for line widths. Papules and lettering are not
        drawn here (they need upright text: :meth:`paint` does both)."""
        self._template_below(painter, cm_per_mm)
        if self.options.grid:
            self._grid(painter, window, cm_per_mm)
        self._template_above(painter, cm_per_mm)
        if self.options.regions and self.doc is not None:
            for region in self.doc.regions:
                self._region(painter, region, cm_per_mm)

    # -- decorations (painter units) ------------------------------------------------------------
    def _scale_bar(self, p: QtGui.QPainter, target: QtCore.QRectF, s: float,
                   units_per_mm: float) -> None:
        length_cm = 10.0
        while length_cm * s > target.width() * 0.5 and length_cm > 1.0:
            length_cm = {10.0: 5.0, 5.0: 2.0, 2.0: 1.0}[length_cm]
        mm = units_per_mm
        x, y = target.left() + 4 * mm, target.bottom() - 8 * mm
        p.setPen(QtCore.Qt.PenStyle.NoPen)
        p.setBrush(QtGui.QColor("black"))
        p.drawRect(QtCore.QRectF(x, y, length_cm * s, 1.2 * mm))
        p.setFont(font_for(p, 2.5 * mm))
        p.setPen(QtGui.QColor("black"))
        p.drawText(QtCore.QRectF(x, y + 1.5 * mm, length_cm * s + 20 * mm, 4 * mm),
                   int(QtCore.Qt.AlignmentFlag.AlignLeft), f"0 … {length_cm:g} cm")

    def _legend(self, p: QtGui.QPainter, target: QtCore.QRectF, units_per_mm: float) -> None:
        assert self.doc is not None
        mm = units_per_mm
        p.setFont(font_for(p, 2.5 * mm))
        y = target.top() + 3 * mm
        for region in self.doc.regions:
            color = QtGui.QColor(region.color)
            fill = QtGui.QColor(color)
            fill.setAlpha(70)
            p.setBrush(fill)
            p.setPen(QtGui.QPen(opaque(color), 0.3 * mm))
            p.drawRect(QtCore.QRectF(target.left() + 3 * mm, y, 4 * mm, 3 * mm))
            p.setPen(QtGui.QColor("black"))
            p.drawText(QtCore.QRectF(target.left() + 9 * mm, y - 0.5 * mm, 80 * mm, 4 * mm),
                       int(QtCore.Qt.AlignmentFlag.AlignLeft | QtCore.Qt.AlignmentFlag.AlignVCenter),
                       region.name)
            y += 4.5 * mm

    # -- layers ----------------------------------------------------------------------------------
    def _fit(self) -> tuple[float, float]:
        if self.doc is None:
            return 1.0, 1.0
        fit = self.doc.template.fit
        return float(fit.scale_x), float(fit.scale_y)

    @staticmethod
    def _pen(color: QtGui.QColor, width_mm: float, cm_per_mm: float,
             style: QtCore.Qt.PenStyle = QtCore.Qt.PenStyle.SolidLine) -> QtGui.QPen:
        pen = QtGui.QPen(opaque(color), max(1e-4, width_mm * cm_per_mm), style)
        pen.setCapStyle(QtCore.Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(QtCore.Qt.PenJoinStyle.RoundJoin)
        return pen

    def _template_below(self, p: QtGui.QPainter, cm_per_mm: float) -> None:
        if self.template is None:
            return
        art = _artwork(self.template, *self._fit())
        p.setPen(QtCore.Qt.PenStyle.NoPen)
        p.setBrush(SKIN)
        p.drawPath(art.outline)
        if self.options.artwork:
            for path, color in art.fills:
                p.setBrush(color)
                p.drawPath(path)

    def _template_above(self, p: QtGui.QPainter, cm_per_mm: float) -> None:
        if self.template is None:
            return
        art = _artwork(self.template, *self._fit())
        p.setBrush(QtCore.Qt.BrushStyle.NoBrush)
        if self.options.artwork:
            for path, color, width_mm in art.strokes:
                p.setPen(self._pen(color, min(max(width_mm, 0.12), 0.6), cm_per_mm))
                p.drawPath(path)
        p.setPen(self._pen(OUTLINE, 0.35, cm_per_mm))
        p.drawPath(art.outline)
        if self.options.zones:
            p.setPen(self._pen(ZONE_EDGE, 0.15, cm_per_mm, QtCore.Qt.PenStyle.DotLine))
            for path in art.zones:
                p.drawPath(path)
        if art.midline is not None:
            p.setPen(self._pen(QtGui.QColor(90, 90, 90, 140), 0.15, cm_per_mm,
                               QtCore.Qt.PenStyle.DashDotLine))
            p.drawPath(art.midline)
        if self.options.danger_zones:
            for body, margin, severity in art.dangers:
                avoid = severity == "avoid"
                fill, edge = (AVOID_FILL, AVOID_EDGE) if avoid else (CAUTION_FILL, CAUTION_EDGE)
                if margin is not None:
                    faint = QtGui.QColor(fill)
                    faint.setAlpha(fill.alpha() // 3)
                    p.setBrush(faint)
                    p.setPen(self._pen(edge, 0.2, cm_per_mm, QtCore.Qt.PenStyle.DashLine))
                    p.drawPath(margin)
                p.setBrush(fill)
                p.setPen(self._pen(edge, 0.25, cm_per_mm))
                p.drawPath(body)

    def _grid(self, p: QtGui.QPainter, window: Window, cm_per_mm: float) -> None:
        mm_per_cm = 1.0 / cm_per_mm
        step = next((s for s in GRID_STEPS_CM if s * mm_per_cm >= self.options.min_grid_mm),
                    GRID_STEPS_CM[-1])
        major = step * 5 if step in (1.0, 10.0) else step * 2 if step in (5.0, 50.0) else step * 5
        x0, y0, x1, y1 = window
        minor_pen = self._pen(GRID_MINOR, 0.1, cm_per_mm)
        major_pen = self._pen(GRID_MAJOR, 0.15, cm_per_mm)
        minor: list[QtCore.QLineF] = []
        majors: list[QtCore.QLineF] = []
        for i in range(math.floor(x0 / step), math.ceil(x1 / step) + 1):
            x = i * step
            (majors if abs(x / major - round(x / major)) < 1e-9 else minor).append(
                QtCore.QLineF(x, y0, x, y1))
        for j in range(math.floor(y0 / step), math.ceil(y1 / step) + 1):
            y = j * step
            (majors if abs(y / major - round(y / major)) < 1e-9 else minor).append(
                QtCore.QLineF(x0, y, x1, y))
        p.setPen(minor_pen)
        p.drawLines(minor)
        p.setPen(major_pen)
        p.drawLines(majors)

    def _region(self, p: QtGui.QPainter, region: Region, cm_per_mm: float) -> None:
        color = QtGui.QColor(region.color)
        geom = region.geometry
        kind = geom.geom_type
        if kind in ("Polygon", "MultiPolygon"):
            fill = QtGui.QColor(color)
            fill.setAlpha(45)
            brush = QtGui.QBrush(fill)
            if region.pattern == "nappage":
                brush = QtGui.QBrush(color, QtCore.Qt.BrushStyle.BDiagPattern)
            p.setBrush(brush)
            p.setPen(self._pen(color, 0.4, cm_per_mm))
            p.drawPath(geometry_path(geom))
        elif kind == "Point":
            p.setBrush(QtCore.Qt.BrushStyle.NoBrush)
            p.setPen(self._pen(color, 0.4, cm_per_mm))
            r = 1.2 * cm_per_mm
            p.drawEllipse(QtCore.QPointF(geom.x, geom.y), r, r)
        else:
            p.setBrush(QtCore.Qt.BrushStyle.NoBrush)
            p.setPen(self._pen(color, 0.6, cm_per_mm))
            p.drawPath(geometry_path(geom))

    def _papules(self, p: QtGui.QPainter, s: float, dx: float, dy: float,
                 units_per_mm: float) -> None:
        """Papules in painter units (not the flipped map transform, so numbers read upright)."""
        assert self.doc is not None
        for region in self.doc.regions:
            papules = region.papules
            if len(papules) == 0:
                continue
            xy = np.asarray(papules.xy, dtype=float)
            px = xy[:, 0] * s + dx
            py = dy - xy[:, 1] * s
            spacing_mm = region.technique.spacing_cm * s / units_per_mm
            radius_mm = min(1.1, max(0.35, spacing_mm * 0.16))
            r = radius_mm * units_per_mm
            color = QtGui.QColor(region.color).darker(160)
            # Round dots as points with a round pen: one short PDF operator per papule instead
            # of four Bézier curves per ellipse (a 6,000-papule map stays small and fast).
            dot = QtGui.QPen(color, 2 * r)
            dot.setCapStyle(QtCore.Qt.PenCapStyle.RoundCap)
            p.setPen(dot)
            p.drawPoints(QtGui.QPolygonF([QtCore.QPointF(x, y)
                                          for x, y in zip(px.tolist(), py.tolist(), strict=True)]))
            if not self.options.numbers:
                continue
            order = np.asarray(papules.order)
            size_mm = min(2.6, spacing_mm * 0.42)
            if size_mm < 1.3:
                # Too dense to number every papule: the first and the last show the direction.
                size_mm = 1.6
                wanted = {int(order.min()), int(order.max())}
                indices: Sequence[int] = [i for i in range(len(order)) if int(order[i]) in wanted]
            else:
                indices = range(len(order))
            font = font_for(p, size_mm * units_per_mm)
            p.setFont(font)
            p.setPen(QtGui.QColor(20, 20, 20))
            off = r * 1.1
            h = size_mm * units_per_mm * 1.3
            for i in indices:
                rect = QtCore.QRectF(float(px[i]) + off, float(py[i]) - h + off * 0.2, h * 3, h)
                p.drawText(rect, int(QtCore.Qt.AlignmentFlag.AlignLeft
                                     | QtCore.Qt.AlignmentFlag.AlignBottom), str(int(order[i])))


def render_map_image(renderer: MapRenderer, window: Window, dpi: float = 150.0,
                     mm_per_cm: float = 10.0) -> QtGui.QImage:
    """A white image of ``window`` at ``mm_per_cm`` (10 = 1:1) and ``dpi``, for exports and
    trainer frames; the image carries its resolution so printing it keeps the scale."""
    x0, y0, x1, y1 = window
    units_per_mm = dpi / 25.4
    w = max(1, round((x1 - x0) * mm_per_cm * units_per_mm))
    h = max(1, round((y1 - y0) * mm_per_cm * units_per_mm))
    image = QtGui.QImage(w, h, QtGui.QImage.Format.Format_ARGB32_Premultiplied)
    dots_per_metre = round(dpi / 0.0254)
    image.setDotsPerMeterX(dots_per_metre)
    image.setDotsPerMeterY(dots_per_metre)
    image.fill(QtGui.QColor("white"))
    painter = QtGui.QPainter(image)
    try:
        renderer.paint(painter, QtCore.QRectF(0, 0, w, h), window, units_per_mm)
    finally:
        painter.end()
    return image
