"""The template gallery: every installed body template as a thumbnail (outline, zones and danger
zones, drawn with the print renderer's geometry paths), filtered by body area, sex and view."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QBrush, QColor, QIcon, QPainter, QPen, QPixmap, QTransform
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mesomap.gui.fields import name_widget

THUMB = 150


def thumbnail(template: Any, size: int = THUMB) -> QPixmap:
    """A ``size`` px square picture of ``template`` (y up, aspect kept)."""
    from mesomap.printing.renderer import geometry_path

    pixmap = QPixmap(size, size)
    pixmap.fill(QColor("white"))
    x0, y0, x1, y1 = template.outline.bounds
    w, h = max(x1 - x0, 1e-6), max(y1 - y0, 1e-6)
    scale = (size - 12) / max(w, h)
    transform = QTransform()
    transform.translate(size / 2, size / 2)
    transform.scale(scale, -scale)
    transform.translate(-(x0 + x1) / 2, -(y0 + y1) / 2)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setTransform(transform)
    pen = QPen(QColor("#343a40"), 0)
    pen.setCosmetic(True)
    painter.setPen(pen)
    painter.setBrush(QBrush(QColor("#f8f0e8")))
    painter.drawPath(geometry_path(template.outline))
    zone_pen = QPen(QColor("#74c0fc"), 0)
    zone_pen.setCosmetic(True)
    painter.setPen(zone_pen)
    painter.setBrush(QBrush(QColor(116, 192, 252, 50)))
    for zone in template.zones:
        painter.drawPath(geometry_path(zone.geometry))
    danger_pen = QPen(QColor("#e03131"), 0)
    danger_pen.setCosmetic(True)
    painter.setPen(danger_pen)
    painter.setBrush(QBrush(QColor(224, 49, 49, 70)))
    for zone in template.danger_zones:
        painter.drawPath(geometry_path(zone.geometry))
    painter.end()
    return pixmap


class TemplateGalleryDialog(QDialog):
    """Choose a template; ``chosen`` is the Template after Accept."""

    def __init__(self, library: Any, *, lang: str = "en", current: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("template_gallery")
        self.setWindowTitle(self.tr("Choose a template"))
        self.setAccessibleName(self.windowTitle())
        self.library, self.lang = library, lang
        self.templates = list(library.templates())
        self.chosen: Any = None
        self._icons: dict[str, QIcon] = {}
        layout = QVBoxLayout(self)
        filters = QHBoxLayout()
        self.filters: dict[str, QComboBox] = {}
        for key, label in (("body_area", self.tr("Body area")), ("sex", self.tr("Sex")), ("view", self.tr("View"))):
            combo = QComboBox(self)
            name_widget(combo, f"template_gallery_{key}_combo", label)
            combo.addItem(self.tr("All"), None)
            for value in sorted({str(getattr(t, key)) for t in self.templates}):
                combo.addItem(value.replace("_", " "), value)
            combo.currentIndexChanged.connect(self._fill)
            filters.addWidget(QLabel(label, self))
            filters.addWidget(combo)
            self.filters[key] = combo
        filters.addStretch(1)
        layout.addLayout(filters)
        self.list = QListWidget(self)
        name_widget(self.list, "template_gallery_templates_list", self.tr("Templates"))
        self.list.setViewMode(QListView.ViewMode.IconMode)
        self.list.setIconSize(QSize(THUMB, THUMB))
        self.list.setGridSize(QSize(THUMB + 40, THUMB + 46))
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setMovement(QListView.Movement.Static)
        self.list.setWordWrap(True)
        layout.addWidget(self.list, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        name_widget(buttons.button(QDialogButtonBox.StandardButton.Ok), "template_gallery_choose_button", self.tr("Choose"))
        name_widget(buttons.button(QDialogButtonBox.StandardButton.Cancel), "template_gallery_cancel_button", self.tr("Cancel"))
        buttons.accepted.connect(self.choose)
        buttons.rejected.connect(self.reject)
        self.list.itemDoubleClicked.connect(lambda *_: self.choose())
        layout.addWidget(buttons)
        self.resize(820, 600)
        self._fill()
        if current:
            self.select(current)

    def visible_ids(self) -> list[str]:
        return [self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())]

    def _fill(self) -> None:
        self.list.clear()
        for t in sorted(self.templates, key=lambda t: (t.body_area, t.title(self.lang))):
            if any(combo.currentData() is not None and str(getattr(t, key)) != combo.currentData()
                   for key, combo in self.filters.items()):
                continue
            icon = self._icons.get(t.id)
            if icon is None:
                icon = self._icons[t.id] = QIcon(thumbnail(t))
            item = QListWidgetItem(icon, t.title(self.lang))
            item.setData(Qt.ItemDataRole.UserRole, t.id)
            item.setToolTip(f"{t.id} v{t.version} — {t.body_area}, {t.sex}, {t.view}")
            self.list.addItem(item)

    def select(self, template_id: str) -> None:
        for i in range(self.list.count()):
            if self.list.item(i).data(Qt.ItemDataRole.UserRole) == template_id:
                self.list.setCurrentRow(i)

    def choose(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        self.chosen = self.library.get(item.data(Qt.ItemDataRole.UserRole))
        self.accept()
