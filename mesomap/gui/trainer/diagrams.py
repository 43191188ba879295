"""Technique diagrams: a skin cross-section drawn to scale in millimetres, the needle at the
technique's angle with its tip at the technique's depth, and the papule (bleb) it forms.

:func:`paint_diagram` draws one technique into a rectangle at a given scale (pixels per mm) and
returns a :class:`DiagramGeometry` saying where the surface, the tip and the bleb are, so tests
can check the drawing is to scale. :class:`TechniqueComparison` shows two techniques side by
side at the same scale on the same body area; layer thicknesses are editable per area
(``mesomap.core.trainer.skin``).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6 import QtCore, QtGui, QtWidgets

from mesomap.core.records.presets import SHIPPED_PRESETS, ShippedPreset
from mesomap.core.trainer.skin import (
    LAYER_NAMES,
    SkinLayers,
    layers_for,
    load_layers,
    needle_geometry,
    save_layers,
)

LAYER_COLORS = {"epidermis": "#f3c6a5", "papillary": "#f6a6a6", "reticular": "#e58a8a",
                "hypodermis": "#fbe7a1"}
NEEDLE_COLOR = QtGui.QColor(10, 60, 200)
BLEB_COLOR = QtGui.QColor(40, 160, 220, 170)
MIN_WIDTH_MM = 10.0
AIR_MM = 5.0


@dataclass(frozen=True)
class DiagramGeometry:
    px_per_mm: float
    surface_y: float
    entry_x: float
    tip: QtCore.QPointF
    depth_mm: float


def air_mm(presets: list[ShippedPreset]) -> float:
    """Room above the skin for the needle's outer end (at least 5 mm)."""
    above = [p.needle_length_mm * math.sin(math.radians(p.angle_deg)) - p.depth_mm + 3.0
             for p in presets]
    return max([AIR_MM] + above)


def horizontal_mm(p: ShippedPreset) -> tuple[float, float]:
    """How far the drawing reaches left (hub and syringe end) and right (tip, bleb, depth
    dimension) of the needle's entry point, in mm."""
    a = math.radians(p.angle_deg)
    tip_x = p.depth_mm / math.tan(a) if p.angle_deg < 90 else 0.0
    volume = float(p.volume_per_papule_ml) if p.volume_per_papule_ml is not None else 0.0
    bleb = (3.0 * volume * 1000.0 / (2.0 * math.pi)) ** (1.0 / 3.0) if volume > 0 else 0.0
    left = max(0.0, (p.needle_length_mm + 2.0) * math.cos(a) - tip_x)
    return left + 2.0, tip_x + max(bleb, 0.5) + 4.0


def diagram_extent_mm(presets: list[ShippedPreset], layers: SkinLayers) -> tuple[float, float]:
    """Smallest width and the height (mm) a diagram needs so every technique fits."""
    deepest = max([layers.total_mm] + [p.depth_mm + 2.0 for p in presets])
    width = max(MIN_WIDTH_MM, max(sum(horizontal_mm(p)) for p in presets))
    return width, air_mm(presets) + deepest + 1.0


LABEL_SHARE = 0.30
"""Share of a diagram's width kept right of the cross-section for the layer names."""


def fit_scale(rect: QtCore.QRectF, presets: list[ShippedPreset], layers: SkinLayers) -> float:
    """Pixels per mm that fit ``presets`` in a diagram of ``rect``."""
    width_mm, height_mm = diagram_extent_mm(presets, layers)
    head = max(18.0, rect.height() * 0.08)
    w = rect.width() * (1 - LABEL_SHARE) - 60
    h = rect.height() - head - 14
    return max(0.1, min(w / width_mm, h / height_mm))


def paint_diagram(painter: QtGui.QPainter, rect: QtCore.QRectF, p: ShippedPreset,
                  layers: SkinLayers, px_per_mm: float | None = None, *,
                  dark: bool = False, title: str = "", air: float | None = None
                  ) -> DiagramGeometry:
    """Draw ``p`` on ``layers`` into ``rect``; the scale is ``px_per_mm`` (default: fit).
    ``air`` (mm above the skin) lets two diagrams share one surface line."""
    head = max(18.0, rect.height() * 0.08)
    body = rect.adjusted(8, head + 6, -8, -4)
    k = px_per_mm or fit_scale(rect, [p], layers)
    air = air_mm([p]) if air is None else air
    fg = QtGui.QColor("white" if dark else "black")
    painter.save()
    painter.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing, True)
    painter.setClipRect(rect)
    font = QtGui.QFont("DejaVu Sans")
    font.setPixelSize(max(9, round(head * 0.6)))
    font.setBold(True)
    title = title or p.name
    while font.pixelSize() > 10 and QtGui.QFontMetricsF(font).horizontalAdvance(title) > \
            rect.width() - 12:
        font.setPixelSize(font.pixelSize() - 1)
    painter.setFont(font)
    painter.setPen(fg)
    painter.drawText(QtCore.QRectF(rect.left() + 6, rect.top() + 2, rect.width() - 12, head),
                     int(QtCore.Qt.AlignmentFlag.AlignLeft | QtCore.Qt.AlignmentFlag.AlignVCenter),
                     title)
    left = body.left() + 44
    surface = body.top() + air * k
    right = body.right() - body.width() * LABEL_SHARE
    small = QtGui.QFont("DejaVu Sans")
    small.setPixelSize(max(9, round(min(1.2 * k, head * 0.34))))
    column = body.right() - right - 16
    longest = max((QtCore.QCoreApplication.translate("Trainer", label) + "  00.0 mm"
                   for _, label in LAYER_NAMES), key=len)
    while small.pixelSize() > 9 and \
            QtGui.QFontMetricsF(small).horizontalAdvance(longest) > column:
        small.setPixelSize(small.pixelSize() - 1)
    painter.setFont(small)
    # layers, surface down; names and thicknesses in the column on the right, stacked so
    # that thin layers' names do not overlap, each joined to its layer by a short leader
    line_h = small.pixelSize() * 1.35
    next_free = surface - line_h
    for (layer_id, top, bottom), (_, label) in zip(layers.boundaries(), LAYER_NAMES, strict=True):
        band = QtCore.QRectF(left, surface + top * k, right - left, (bottom - top) * k)
        band = band.intersected(body)
        painter.setPen(QtCore.Qt.PenStyle.NoPen)
        painter.setBrush(QtGui.QColor(LAYER_COLORS[layer_id]))
        painter.drawRect(band)
        centre = band.center().y()
        y = max(centre, next_free + line_h)
        next_free = y
        painter.setPen(QtGui.QPen(fg, 1))
        painter.drawLine(QtCore.QPointF(right, centre), QtCore.QPointF(right + 10, y))
        painter.drawText(QtCore.QRectF(right + 14, y - line_h / 2, body.right() - right - 14,
                                       line_h),
                         int(QtCore.Qt.AlignmentFlag.AlignLeft
                             | QtCore.Qt.AlignmentFlag.AlignVCenter),
                         QtCore.QCoreApplication.translate("Trainer", label)
                         + f"  {bottom - top:.1f} mm")
    painter.setPen(QtGui.QPen(fg, 2))
    painter.drawLine(QtCore.QPointF(left, surface), QtCore.QPointF(right, surface))
    # millimetre ruler on the left: a tick per mm, longer every 5 mm
    painter.setPen(QtGui.QPen(fg, 1))
    depth_max = min((body.bottom() - surface) / k, layers.total_mm + 1.0)
    for mmv in range(0, int(depth_max) + 1):
        y = surface + mmv * k
        tick = 10 if mmv % 5 == 0 else 5
        painter.drawLine(QtCore.QPointF(left - tick, y), QtCore.QPointF(left, y))
        if mmv % 5 == 0:
            painter.drawText(QtCore.QRectF(body.left(), y - 10, left - tick - body.left() - 3, 20),
                             int(QtCore.Qt.AlignmentFlag.AlignRight
                                 | QtCore.Qt.AlignmentFlag.AlignVCenter), f"{mmv}")
    painter.drawLine(QtCore.QPointF(left, surface), QtCore.QPointF(left, surface + depth_max * k))
    # needle
    volume = float(p.volume_per_papule_ml) if p.volume_per_papule_ml is not None else None
    g = needle_geometry(p.depth_mm, p.angle_deg, p.needle_length_mm, volume, layers)
    entry_x = left + horizontal_mm(p)[0] * k
    tip = QtCore.QPointF(entry_x + g.tip_x_mm * k, surface + g.depth_mm * k)
    a = math.radians(g.angle_deg)
    hub = QtCore.QPointF(tip.x() - g.needle_length_mm * math.cos(a) * k,
                         tip.y() - g.needle_length_mm * math.sin(a) * k)
    if g.bleb_a_mm > 0:
        painter.setPen(QtGui.QPen(QtGui.QColor(20, 110, 170), 1))
        painter.setBrush(BLEB_COLOR)
        painter.drawEllipse(tip, g.bleb_a_mm * k, g.bleb_c_mm * k)
    needle_pen = QtGui.QPen(NEEDLE_COLOR, max(2.0, 0.3 * k))
    needle_pen.setCapStyle(QtCore.Qt.PenCapStyle.FlatCap)
    painter.setPen(needle_pen)
    painter.drawLine(hub, tip)
    # hub (syringe end) as a short thick bar
    painter.setPen(QtGui.QPen(QtGui.QColor(90, 90, 90), max(6.0, 1.2 * k)))
    back = QtCore.QPointF(hub.x() - 2 * math.cos(a) * k, hub.y() - 2 * math.sin(a) * k)
    painter.drawLine(back, hub)
    # depth dimension and angle label
    painter.setPen(QtGui.QPen(fg, 1, QtCore.Qt.PenStyle.DashLine))
    dim_x = tip.x() + max(g.bleb_a_mm * k, 6) + 10
    painter.drawLine(QtCore.QPointF(dim_x, surface), QtCore.QPointF(dim_x, tip.y()))
    painter.drawLine(QtCore.QPointF(tip.x(), tip.y()), QtCore.QPointF(dim_x, tip.y()))
    painter.setFont(small)
    painter.setPen(fg)
    label = QtCore.QCoreApplication.translate("Trainer", "%1 mm deep, %2°, needle %3 G × %4 mm")
    label = (label.replace("%1", f"{g.depth_mm:g}").replace("%2", f"{g.angle_deg:g}")
             .replace("%3", str(p.needle_gauge)).replace("%4", f"{g.needle_length_mm:g}"))
    painter.drawText(QtCore.QRectF(right + 8, body.top(), body.right() - right - 8,
                                   air * k - 4),
                     int(QtCore.Qt.AlignmentFlag.AlignLeft | QtCore.Qt.AlignmentFlag.AlignBottom
                         | QtCore.Qt.TextFlag.TextWordWrap), label)
    if not g.fits:
        reach = g.needle_length_mm * math.sin(a)
        painter.setPen(QtGui.QColor("#ff6b6b" if dark else "#c92a2a"))
        warn = QtCore.QCoreApplication.translate(
            "Trainer", "At %1° a %2 mm needle reaches %3 mm at most: the hub would press the skin.")
        warn = (warn.replace("%1", f"{g.angle_deg:g}").replace("%2", f"{g.needle_length_mm:g}")
                .replace("%3", f"{reach:.1f}"))
        top_y = max(next_free + line_h, surface + layers.total_mm * k + 4)
        painter.drawText(QtCore.QRectF(right + 8, top_y, body.right() - right - 8,
                                       max(line_h * 4, body.bottom() - top_y)),
                         int(QtCore.Qt.AlignmentFlag.AlignLeft | QtCore.Qt.AlignmentFlag.AlignTop
                             | QtCore.Qt.TextFlag.TextWordWrap), warn)
    painter.restore()
    return DiagramGeometry(k, surface, entry_x, tip, g.depth_mm)


class TechniqueDiagram(QtWidgets.QWidget):
    """One technique's diagram (used twice by :class:`TechniqueComparison`)."""

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.preset: ShippedPreset = SHIPPED_PRESETS[2]
        self.layers: SkinLayers = layers_for("face")
        self.px_per_mm: float | None = None
        self.dark = False
        self.air: float | None = None
        self.geometry_drawn: DiagramGeometry | None = None
        self.setMinimumSize(240, 240)

    def paintEvent(self, _event: QtGui.QPaintEvent) -> None:  # noqa: N802
        painter = QtGui.QPainter(self)
        try:
            self.render_to(painter, QtCore.QRectF(self.rect()))
        finally:
            painter.end()

    def render_to(self, painter: QtGui.QPainter, rect: QtCore.QRectF,
                  px_per_mm: float | None = None) -> DiagramGeometry:
        painter.fillRect(rect, QtGui.QColor("black" if self.dark else "white"))
        self.geometry_drawn = paint_diagram(
            painter, rect, self.preset, self.layers, px_per_mm or self.px_per_mm, dark=self.dark,
            title=QtCore.QCoreApplication.translate("records", self.preset.name), air=self.air)
        return self.geometry_drawn


class TechniqueComparison(QtWidgets.QWidget):
    """Two techniques side by side, same body area, same scale; editable layer thicknesses."""

    def __init__(self, data_folder: object = None, parent: QtWidgets.QWidget | None = None,
                 dark: bool = False) -> None:
        super().__init__(parent)
        from pathlib import Path

        from mesomap.gui.fields import name_widget

        self.setObjectName("technique_comparison")
        self.data_folder = Path(str(data_folder)) if data_folder else None
        self.overrides = load_layers(self.data_folder) if self.data_folder else {}
        self.area_combo = QtWidgets.QComboBox(self)
        from mesomap.core.trainer.skin import DEFAULT_LAYERS

        for area in DEFAULT_LAYERS:
            self.area_combo.addItem(area, area)
        self.area_combo.setCurrentIndex(self.area_combo.findData("face"))
        name_widget(self.area_combo, "technique_comparison_area_combo", self.tr("Body area"))
        self.library: list[ShippedPreset] = list(SHIPPED_PRESETS)
        self.combos: list[QtWidgets.QComboBox] = []
        self.diagrams: list[TechniqueDiagram] = []
        top = QtWidgets.QHBoxLayout()
        top.addWidget(QtWidgets.QLabel(self.tr("Body area"), self))
        top.addWidget(self.area_combo)
        row = QtWidgets.QHBoxLayout()
        for side, default in (("left", "idp"), ("right", "idh")):
            combo = QtWidgets.QComboBox(self)
            for p in self.library:
                combo.addItem(QtCore.QCoreApplication.translate("records", p.name), p.code)
            combo.setCurrentIndex(combo.findData(default))
            name_widget(combo, f"technique_comparison_{side}_combo",
                        self.tr("Technique on the left") if side == "left"
                        else self.tr("Technique on the right"))
            top.addWidget(combo)
            combo.currentIndexChanged.connect(self.refresh)
            self.combos.append(combo)
            diagram = TechniqueDiagram(self)
            diagram.dark = dark
            self.diagrams.append(diagram)
            row.addWidget(diagram)
        self.edit_button = QtWidgets.QPushButton(self.tr("Layer thicknesses…"), self)
        name_widget(self.edit_button, "technique_comparison_layers_button",
                    self.tr("Layer thicknesses…"))
        self.edit_button.clicked.connect(self.edit_layers)
        top.addWidget(self.edit_button)
        self.export_button = QtWidgets.QPushButton(self.tr("Export…"), self)
        name_widget(self.export_button, "technique_comparison_export_button", self.tr("Export"))
        self.export_button.clicked.connect(self.export)
        top.addWidget(self.export_button)
        top.addStretch(1)
        lay = QtWidgets.QVBoxLayout(self)
        lay.addLayout(top)
        lay.addLayout(row, 1)
        self.area_combo.currentIndexChanged.connect(self.refresh)
        self.refresh()

    def presets(self) -> list[ShippedPreset]:
        by_code = {p.code: p for p in self.library}
        return [by_code[str(c.currentData())] for c in self.combos]

    def set_library(self, presets: list[ShippedPreset]) -> None:
        """Offer ``presets`` (the clinic's protocol library) instead of the shipped ones,
        keeping the current choices when their codes still exist."""
        if not presets:
            return
        self.library = list(presets)
        for combo in self.combos:
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            for p in self.library:
                combo.addItem(QtCore.QCoreApplication.translate("records", p.name), p.code)
            index = combo.findData(current)
            combo.setCurrentIndex(index if index >= 0 else 0)
            combo.blockSignals(False)
        self.refresh()

    def set_techniques(self, left: str, right: str) -> None:
        self.combos[0].setCurrentIndex(self.combos[0].findData(left))
        self.combos[1].setCurrentIndex(self.combos[1].findData(right))

    def layers(self) -> SkinLayers:
        return layers_for(str(self.area_combo.currentData()), self.overrides)

    def scale(self) -> float:
        """One scale for both diagrams: the one that fits the deeper technique."""
        d = self.diagrams[0]
        return fit_scale(QtCore.QRectF(d.rect()), self.presets(), self.layers())

    def refresh(self) -> None:
        layers = self.layers()
        for diagram, p in zip(self.diagrams, self.presets(), strict=True):
            diagram.preset = p
            diagram.layers = layers
            diagram.px_per_mm = self.scale()
            diagram.air = air_mm(self.presets())
            diagram.update()

    def resizeEvent(self, event: QtGui.QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self.refresh()

    def render_to(self, painter: QtGui.QPainter, rect: QtCore.QRectF) -> None:
        """Both diagrams side by side into ``rect`` at one scale (for export)."""
        half = rect.width() / 2
        k = fit_scale(QtCore.QRectF(0, 0, half, rect.height()), self.presets(), self.layers())
        for i, diagram in enumerate(self.diagrams):
            diagram.render_to(painter, QtCore.QRectF(rect.left() + i * half, rect.top(), half,
                                                     rect.height()), k)

    def export(self) -> None:
        from mesomap.gui.trainer.export import export_interactively

        export_interactively(self, self.render_to, "mesomap-techniques")

    def edit_layers(self) -> None:
        from mesomap.gui.trainer.layers_dialog import LayersDialog

        area = str(self.area_combo.currentData())
        dialog = LayersDialog(area, self.layers(), self)
        if dialog.exec() == QtWidgets.QDialog.DialogCode.Accepted and dialog.result_layers:
            self.overrides[area] = dialog.result_layers
            if self.data_folder is not None:
                save_layers(self.data_folder, self.overrides)
            self.refresh()
