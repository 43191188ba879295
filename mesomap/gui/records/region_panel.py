"""The session editor's regions panel: the map's regions, and for the selected one its name,
protocol preset with per-value overrides, and its mixture (lots and volume per papule).

Every change is a document command pushed on the canvas's undo stack, so it can be undone and
the canvas and totals follow it.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mesomap.core.document.commands import EditRegion, SetMixture
from mesomap.gui.fields import NumberEdit, ValidatedForm, name_widget
from mesomap.gui.records.mixture import MixtureEditor


class RegionPanel(QWidget):
    """Regions of the open map and the selected region's preset, overrides and mixture."""

    edited = Signal()

    def __init__(self, rec: Any, fmt: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("session_editor_regions")
        self.rec, self.fmt = rec, fmt
        self.canvas: Any = None
        self.presets = rec.catalog.list_presets()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.list = QListWidget(self)
        name_widget(self.list, "session_editor_regions_list", self.tr("Regions"))
        self.list.setMaximumHeight(110)
        layout.addWidget(QLabel(self.tr("Regions"), self))
        layout.addWidget(self.list)
        box = QGroupBox(self.tr("Selected region"), self)
        box.setObjectName("session_editor_region_group")
        inner = QVBoxLayout(box)
        self.form = ValidatedForm(box)
        inner.addWidget(self.form)
        self.name = self.form.add_row(self.tr("&Name"), QLineEdit(box), "session_editor_region_name_edit")
        self.preset = self.form.add_row(self.tr("&Preset"), QComboBox(box), "session_editor_preset_combo")
        self.preset.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.preset.setMinimumContentsLength(16)
        self.preset.addItem(self.tr("(none: the region's own values)"), None)
        for p in self.presets:
            self.preset.addItem(p.name, p.id)
        self.spacing = self.form.add_row(self.tr("&Spacing"), NumberEdit("length_cm", fmt=fmt, allow_empty=True,
                                         minimum=Decimal("0.3"), maximum=Decimal("5"), parent=box),
                                         "session_editor_spacing_edit")
        self.depth_edit = self.form.add_row(self.tr("&Depth (mm)"), NumberEdit("decimal", fmt=fmt, allow_empty=True,
                                       minimum=Decimal("0"), maximum=Decimal("20"), parent=box),
                                       "session_editor_depth_edit")
        self.overridden = QLabel(box)
        self.overridden.setObjectName("session_editor_overridden_label")
        self.overridden.setWordWrap(True)
        self.overridden.setStyleSheet("color: #7048e8;")
        inner.addWidget(self.overridden)
        self.apply_technique = QPushButton(self.tr("Apply name, preset and overrides"), box)
        name_widget(self.apply_technique, "session_editor_apply_technique_button", self.apply_technique.text())
        inner.addWidget(self.apply_technique)
        inner.addWidget(QLabel(self.tr("Mixture"), box))
        self.mixture = MixtureEditor(rec, fmt, box)
        inner.addWidget(self.mixture)
        row = QHBoxLayout()
        self.apply_mixture = QPushButton(self.tr("Apply mixture"), box)
        name_widget(self.apply_mixture, "session_editor_apply_mixture_button", self.apply_mixture.text())
        row.addWidget(self.apply_mixture)
        row.addStretch(1)
        inner.addLayout(row)
        layout.addWidget(box)
        self.box = box
        self.list.currentRowChanged.connect(self._row_changed)
        self.apply_technique.clicked.connect(self.apply_region_technique)
        self.apply_mixture.clicked.connect(self.apply_region_mixture)
        self.preset.currentIndexChanged.connect(self._preset_changed)
        box.setEnabled(False)

    # ---- binding to a canvas -----------------------------------------------------------------
    def bind(self, canvas: Any) -> None:
        self.canvas = canvas
        if canvas is None:
            self.list.clear()
            self.box.setEnabled(False)
        self.refresh()

    def refresh(self) -> None:
        if self.canvas is None:
            return
        current = self.current_region_id()
        self.list.blockSignals(True)
        self.list.clear()
        for region in self.canvas.document.regions:
            item = QListWidgetItem(region.name)
            item.setData(Qt.ItemDataRole.UserRole, region.id)
            self.list.addItem(item)
        self.list.blockSignals(False)
        ids = [r.id for r in self.canvas.document.regions]
        target = current if current in ids else (self.canvas.selected_region if self.canvas.selected_region in ids else None)
        if target is None and ids:
            target = ids[-1]
        if target is not None and target == current:
            # Same region still selected: keep what is typed in its form (not applied yet).
            self.list.blockSignals(True)
            self.list.setCurrentRow(ids.index(target))
            self.list.blockSignals(False)
            self.list.item(ids.index(target)).setText(self.canvas.document.region(target).name)
        elif target is not None:
            self.list.setCurrentRow(ids.index(target))
        else:
            self.box.setEnabled(False)

    def current_region_id(self) -> str | None:
        item = self.list.currentItem()
        return None if item is None else str(item.data(Qt.ItemDataRole.UserRole))

    def select(self, region_id: str) -> None:
        for i in range(self.list.count()):
            if self.list.item(i).data(Qt.ItemDataRole.UserRole) == region_id:
                self.list.setCurrentRow(i)
                return

    def _row_changed(self, _row: int) -> None:
        rid = self.current_region_id()
        if rid is None or self.canvas is None:
            self.box.setEnabled(False)
            return
        self.box.setEnabled(self.canvas.isEnabled())
        region = self.canvas.document.region(rid)
        self.form.clear_errors()
        self.name.setText(region.name)
        self.preset.blockSignals(True)
        self.preset.setCurrentIndex(max(self.preset.findData(region.technique.preset_id), 0))
        self.preset.blockSignals(False)
        self.spacing.set_value(region.technique.spacing_cm)
        self.depth_edit.set_value(Decimal(str(region.technique.depth_mm)))
        self.mixture.set_mixture(region.mixture)
        self._show_overridden(region.technique)
        if self.canvas.selected_region != rid:
            self.canvas.select_region(rid)

    def _preset(self) -> Any:
        pid = self.preset.currentData()
        return next((p for p in self.presets if p.id == pid), None)

    def _preset_changed(self) -> None:
        preset = self._preset()
        if preset is not None:  # show the preset's values; typed overrides start from them
            self.spacing.set_value(preset.spacing_cm)
            self.depth_edit.set_value(Decimal(str(preset.depth_mm)))

    def _show_overridden(self, technique: Any) -> None:
        preset = next((p for p in self.presets if p.id == technique.preset_id), None)
        names = sorted(preset.overridden(technique)) if preset is not None else []
        self.overridden.setText(self.tr("Changed from the preset: %1").replace("%1", ", ".join(names)) if names else "")

    # ---- applying ----------------------------------------------------------------------------
    def apply_region_technique(self) -> bool:
        rid = self.current_region_id()
        if rid is None or self.canvas is None:
            return False
        self.form.clear_errors()
        ok = True
        for field in (self.spacing, self.depth_edit):
            err = field.error()
            if err:
                self.form.set_error(field, err)
                ok = False
        name = self.name.text().strip()
        if not name:
            self.form.set_error(self.name, self.tr("Give the region a name."))
            ok = False
        if not ok:
            return False
        region = self.canvas.document.region(rid)
        preset = self._preset()
        base = preset.technique() if preset is not None else region.technique
        overrides: dict[str, Any] = {}
        spacing, depth = self.spacing.value(), self.depth_edit.value()
        if spacing is not None:
            overrides["spacing_cm"] = float(spacing)
        if depth is not None:
            overrides["depth_mm"] = float(depth)
        technique = base.replace(**overrides)
        doc, layouter = self.canvas.document, self.canvas.layouter
        pushed = self.canvas.push(lambda: EditRegion(doc, rid, name=name, technique=technique, layouter=layouter))
        self._show_overridden(technique)
        self.refresh()
        self.edited.emit()
        return bool(pushed)

    def apply_region_mixture(self) -> bool:
        """Apply the typed mixture; refused (False, message under the row) with an expired lot."""
        rid = self.current_region_id()
        if rid is None or self.canvas is None:
            return False
        items = self.mixture.mixture()
        if items is None:
            return False
        doc = self.canvas.document
        pushed = self.canvas.push(lambda: SetMixture(doc, rid, items))
        self.edited.emit()
        return bool(pushed)
