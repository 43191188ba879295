"""The clinic's catalogue editors: the protocol library (technique presets, shipped defaults
editable) and products with their lots and limits, plus the lot recall search (every patient
and session that received a lot). Changes need the catalogue right (administrator); others see
the values read-only. Errors show next to the field and keep what was typed."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from mesomap.gui.fields import DateEdit, NumberEdit, ValidatedForm, name_widget
from mesomap.gui.records.common import error_label, show_message, status_text
from mesomap.gui.records.editing import (
    ROLE_ID,
    button_row,
    connect_save_new,
    create_or_update,
    current_record,
    fill_list,
    list_and_form,
    named_button,
    read_fields,
    save_or_show,
    show_field_errors,
)
from mesomap.storage.permissions import Permission
from mesomap.storage.repository.catalog import CatalogRepository, LotInput, ProductInput

PRESET_FIELDS = (("spacing_cm", "length_cm"), ("depth_mm", "decimal"), ("needle_length_mm", "decimal"),
                 ("angle_deg", "decimal"), ("seconds_per_papule", "decimal"), ("setup_minutes", "decimal"))


class ProtocolLibraryDialog(QDialog):
    """Technique presets: pick one, change its values, save (or save as a new preset)."""

    def __init__(self, controller: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("protocol_library")
        self.setWindowTitle(self.tr("Protocol library"))
        self.setAccessibleName(self.windowTitle())
        self.rec, self.fmt = controller.rec(), controller.fmt
        self.presets: list[Any] = []
        self.list, self.form, right = list_and_form(self, "protocol_library_presets_list", self.tr("Presets"))
        self.name = self.form.add_row(self.tr("&Name"), QLineEdit(self), "protocol_library_name_edit")
        self.technique = self.form.add_row(self.tr("&Technique code"), QLineEdit(self), "protocol_library_technique_edit")
        self.gauge = self.form.add_row(self.tr("Needle &gauge (G)"), NumberEdit("decimal", fmt=self.fmt, minimum=Decimal(18),
                                       maximum=Decimal(34), parent=self), "protocol_library_gauge_edit")
        labels = {"spacing_cm": self.tr("&Spacing"), "depth_mm": self.tr("&Depth (mm)"),
                  "needle_length_mm": self.tr("Needle &length (mm)"), "angle_deg": self.tr("&Angle (degrees)"),
                  "seconds_per_papule": self.tr("Seconds per papule"), "setup_minutes": self.tr("Setup (minutes)")}
        self.fields: dict[str, NumberEdit] = {}
        for key, kind in PRESET_FIELDS:
            self.fields[key] = self.form.add_row(labels[key], NumberEdit(kind, fmt=self.fmt, minimum=Decimal(0), parent=self),  # type: ignore[arg-type]
                                                 f"protocol_library_{key}_edit")
        self.volume = self.form.add_row(self.tr("&Volume per papule"), NumberEdit("volume_ml", fmt=self.fmt, allow_empty=True,
                                        minimum=Decimal(0), parent=self), "protocol_library_volume_edit")
        self.message = error_label("protocol_library_message_label", self)
        right.addWidget(self.message)
        self.save_button, self.new_button, close = button_row(self, right, (
            ("protocol_library_save_button", self.tr("Save")),
            ("protocol_library_save_new_button", self.tr("Save as new preset")),
            ("protocol_library_close_button", self.tr("Close"))))
        self.list.currentRowChanged.connect(self._show)
        connect_save_new(self.save_button, self.new_button, self.save, controller.can(Permission.CATALOG_WRITE))
        close.clicked.connect(self.accept)
        self.reload()

    def reload(self, select: int | None = None) -> None:
        self.presets = self.rec.catalog.list_presets()
        fill_list(self.list, self.presets, lambda p: p.name + ("" if not p.shipped else "  ★"), select)

    def current(self) -> Any:
        return current_record(self.list, self.presets)

    def _show(self, _row: int) -> None:
        p = self.current()
        if p is None:
            return
        self.form.clear_errors()
        self.name.setText(p.name)
        self.technique.setText(p.technique_code)
        self.gauge.set_value(Decimal(p.needle_gauge))
        for key, _kind in PRESET_FIELDS:
            value = getattr(p, key)
            self.fields[key].set_value(value if key == "spacing_cm" else Decimal(str(value)))
        self.volume.set_value(p.volume_per_papule_ml)

    def save(self, *, new: bool) -> bool:
        p = self.current()
        if p is None:
            return False
        self.form.clear_errors()
        show_message(self.message, None)
        values = read_fields(self.form, {**self.fields, "needle_gauge": self.gauge,
                                         "volume_per_papule_ml": self.volume})
        if not self.name.text().strip():
            self.form.set_error(self.name, self.tr("Give the preset a name."))
        if values is None or not self.name.text().strip():
            return False
        data = replace(p, name=self.name.text().strip(), technique_code=self.technique.text().strip(),
                       needle_gauge=int(values["needle_gauge"]), volume_per_papule_ml=values["volume_per_papule_ml"],
                       **{k: float(values[k]) for k, _kind in PRESET_FIELDS})
        from mesomap.storage.repository.records import PresetInput

        inputs = {f: getattr(data, f) for f in PresetInput.__dataclass_fields__}
        if new:
            inputs["code"] = f"{p.code}_copy_{dt.datetime.now():%H%M%S}"
        saved = save_or_show(lambda: create_or_update(self.rec.catalog.create_preset, self.rec.catalog.update_preset,
                                                      p, PresetInput(**inputs), new=new),
                             self.message, self.form, {**self.fields, "name": self.name})
        if saved is None:
            return False
        self.reload(saved.id)
        return True


class ProductsDialog(QDialog):
    """Products (with their label limits), their lots, and the lot recall search."""

    def __init__(self, controller: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("products_dialog")
        self.setWindowTitle(self.tr("Products, lots and limits"))
        self.setAccessibleName(self.windowTitle())
        self.controller = controller
        self.rec, self.fmt = controller.rec(), controller.fmt
        self.catalog = CatalogRepository(self.rec.db, self.rec.actor)
        self.products: list[Any] = []
        outer = QVBoxLayout(self)
        self.tabs = QTabWidget(self)
        name_widget(self.tabs, "products_dialog_tabs_tab", self.tr("Sections"))
        outer.addWidget(self.tabs)
        self.tabs.addTab(self._products_tab(), self.tr("Products and lots"))
        self.tabs.addTab(self._recall_tab(), self.tr("Lot recall"))
        from mesomap.gui.records.clinic_limits import ClinicLimitsTab

        self.limits_tab = ClinicLimitsTab(self.rec, self.fmt, controller.can(Permission.CATALOG_WRITE), self)
        self.tabs.addTab(self.limits_tab, self.tr("Clinic limits"))
        for i, arrow in enumerate(self.tabs.tabBar().findChildren(QToolButton)):  # the tab bar's scroll arrows
            name_widget(arrow, f"products_dialog_tabs_scroll_{i}_button",
                        self.tr("Scroll the tabs left") if i == 0 else self.tr("Scroll the tabs right"))
        close = named_button(self, "products_dialog_close_button", self.tr("Close"))
        close.clicked.connect(self.accept)
        outer.addWidget(close, 0, Qt.AlignmentFlag.AlignRight)
        writable = controller.can(Permission.CATALOG_WRITE)
        for b in (self.save_product_button, self.new_product_button, self.add_lot_button):
            b.setEnabled(writable)
        self.resize(900, 560)
        self.reload()

    def _products_tab(self) -> QWidget:
        tab = QWidget(self)
        self.product_list, self.form, right = list_and_form(tab, "products_dialog_products_list", self.tr("Products"))
        self.p_name = self.form.add_row(self.tr("&Name"), QLineEdit(tab), "products_dialog_name_edit")
        self.p_actives = self.form.add_row(self.tr("&Actives"), QLineEdit(tab), "products_dialog_actives_edit")
        self.p_max_volume = self.form.add_row(self.tr("Max volume per session"), NumberEdit(
            "volume_ml", fmt=self.fmt, allow_empty=True, minimum=Decimal(0), parent=tab), "products_dialog_max_volume_edit")
        self.p_max_injections = self.form.add_row(self.tr("Max injections per session"), NumberEdit(
            "decimal", fmt=self.fmt, allow_empty=True, minimum=Decimal(0), parent=tab), "products_dialog_max_injections_edit")
        self.p_min_days = self.form.add_row(self.tr("Min days between sessions"), NumberEdit(
            "decimal", fmt=self.fmt, allow_empty=True, minimum=Decimal(0), parent=tab), "products_dialog_min_days_edit")
        self.p_max_sessions = self.form.add_row(self.tr("Max sessions per course"), NumberEdit(
            "decimal", fmt=self.fmt, allow_empty=True, minimum=Decimal(0), parent=tab), "products_dialog_max_sessions_edit")
        self.save_product_button, self.new_product_button = button_row(tab, right, (
            ("products_dialog_save_product_button", self.tr("Save product")),
            ("products_dialog_new_product_button", self.tr("Add as new product"))))
        self.lots = QTableWidget(0, 3, tab)
        name_widget(self.lots, "products_dialog_lots_table", self.tr("Lots"))
        self.lots.setHorizontalHeaderLabels([self.tr("Lot"), self.tr("Expiry"), self.tr("State")])
        self.lots.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.lots.horizontalHeader().setStretchLastSection(True)
        right.addWidget(self.lots)
        self.lot_form = ValidatedForm(tab)
        self.lot_number = self.lot_form.add_row(self.tr("New lot &number"), QLineEdit(tab), "products_dialog_lot_number_edit")
        self.lot_expiry = self.lot_form.add_row(self.tr("&Expiry date"), DateEdit(fmt=self.fmt, allow_empty=False, parent=tab),
                                                "products_dialog_lot_expiry_edit")
        right.addWidget(self.lot_form)
        self.add_lot_button = named_button(tab, "products_dialog_add_lot_button", self.tr("Add lot"))
        right.addWidget(self.add_lot_button)
        self.message = error_label("products_dialog_message_label", tab)
        right.addWidget(self.message)
        self.product_list.currentRowChanged.connect(self._show_product)
        self.save_product_button.clicked.connect(lambda: self.save_product(new=False))
        self.new_product_button.clicked.connect(lambda: self.save_product(new=True))
        self.add_lot_button.clicked.connect(self.add_lot)
        return tab

    def _recall_tab(self) -> QWidget:
        tab = QWidget(self)
        layout = QVBoxLayout(tab)
        row = QHBoxLayout()
        self.recall_lot = QComboBox(tab)
        name_widget(self.recall_lot, "products_dialog_recall_lot_combo", self.tr("Lot to recall"))
        self.recall_planned = QCheckBox(self.tr("Include planned sessions"), tab)
        name_widget(self.recall_planned, "products_dialog_recall_planned_check", self.recall_planned.text())
        self.recall_planned.setChecked(True)
        self.recall_button = named_button(tab, "products_dialog_recall_button", self.tr("Find patients"))
        for w in (self.recall_lot, self.recall_planned, self.recall_button):
            row.addWidget(w)
        layout.addLayout(row)
        self.recall_table = QTableWidget(0, 6, tab)
        name_widget(self.recall_table, "products_dialog_recall_table", self.tr("Patients who received the lot"))
        self.recall_table.setHorizontalHeaderLabels([self.tr("Patient"), self.tr("Session"), self.tr("State"),
                                                     self.tr("Regions"), self.tr("Planned"), self.tr("Given")])
        self.recall_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.recall_table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.recall_table)
        self.recall_button.clicked.connect(self.recall)
        return tab

    # ---- products and lots ------------------------------------------------------------------
    def reload(self, select: int | None = None) -> None:
        self.products = self.catalog.list_products()
        fill_list(self.product_list, self.products, lambda p: str(p.name), select)
        self.recall_lot.clear()
        for lot in self.catalog.list_lots(active_only=False):
            self.recall_lot.addItem(f"{lot.product_name} — {lot.lot_number}", lot.id)

    def current_product(self) -> Any:
        return current_record(self.product_list, self.products)

    def _show_product(self, _row: int) -> None:
        p = self.current_product()
        if p is None:
            return
        self.form.clear_errors()
        self.p_name.setText(p.name)
        self.p_actives.setText(p.actives)
        self.p_max_volume.set_value(p.max_volume_per_session_ml)
        for field, value in ((self.p_max_injections, p.max_injections_per_session),
                             (self.p_min_days, p.min_days_between_sessions), (self.p_max_sessions, p.max_sessions_per_course)):
            field.set_value(None if value is None else Decimal(value))
        lots = sorted(self.catalog.list_lots(p.id), key=lambda lot: lot.expiry_date)
        self.lots.setRowCount(len(lots))
        for i, lot in enumerate(lots):
            check = self.rec.catalog.check_lot(lot.id)
            state = {"expired": self.tr("Expired: refused"), "expiring": self.tr("Expires within 30 days")}.get(
                str(check.state.value), self.tr("Usable"))
            for col, text in enumerate((lot.lot_number, self.fmt.format_date(lot.expiry_date), state)):
                self.lots.setItem(i, col, QTableWidgetItem(text))

    def save_product(self, *, new: bool = False) -> bool:
        self.form.clear_errors()
        show_message(self.message, None)
        values = read_fields(self.form, {field: field for field in (
            self.p_max_volume, self.p_max_injections, self.p_min_days, self.p_max_sessions)})
        if not self.p_name.text().strip():
            self.form.set_error(self.p_name, self.tr("Give the product a name."))
        if values is None or not self.p_name.text().strip():
            return False

        def as_int(v: Decimal | None) -> int | None:
            return None if v is None else int(v)

        p = self.current_product()
        base = p if (p is not None and not new) else ProductInput(name="")
        data = ProductInput(
            name=self.p_name.text().strip(), actives=self.p_actives.text().strip(), manufacturer=base.manufacturer,
            unit=base.unit, notes=base.notes, active=True, max_volume_per_session_ml=values[self.p_max_volume],
            max_injections_per_session=as_int(values[self.p_max_injections]),
            max_volume_per_course_ml=base.max_volume_per_course_ml, max_injections_per_course=base.max_injections_per_course,
            min_days_between_sessions=as_int(values[self.p_min_days]), max_sessions_per_course=as_int(values[self.p_max_sessions]))
        saved = save_or_show(lambda: create_or_update(self.catalog.create_product, self.catalog.update_product,
                                                      p, data, new=new), self.message)
        if saved is None:
            return False
        self.reload(saved.id)
        return True

    def add_lot(self) -> bool:
        self.lot_form.clear_errors()
        show_message(self.message, None)
        p = self.current_product()
        if p is None:
            return False
        if not show_field_errors(self.lot_form, (self.lot_expiry,)):
            return False
        if not self.lot_number.text().strip():
            self.lot_form.set_error(self.lot_number, self.tr("Type the lot number printed on the box."))
            return False
        expiry = self.lot_expiry.value()
        assert expiry is not None
        if save_or_show(lambda: self.catalog.create_lot(LotInput(p.id, self.lot_number.text().strip(), expiry)),
                        self.message, self.lot_form, {"expiry_date": self.lot_expiry}, fallback=self.lot_number) is None:
            return False
        self.lot_number.clear()
        self.lot_expiry.clear()
        self.reload(p.id)
        return True

    # ---- recall ------------------------------------------------------------------------------
    def recall(self) -> list[Any]:
        lot_id = self.recall_lot.currentData()
        if lot_id is None:
            return []
        hits = self.rec.catalog.recall(lot_id, include_planned=self.recall_planned.isChecked())
        self.recall_table.setRowCount(len(hits))
        for i, h in enumerate(hits):
            when = h.performed_at or h.scheduled_at
            values = (h.patient_name, self.fmt.format_datetime(when.astimezone()), status_text(h.status),
                      ", ".join(h.region_names), self.fmt.format_volume_ml(h.planned_volume_ml),
                      "" if h.actual_volume_ml is None else self.fmt.format_volume_ml(h.actual_volume_ml))
            for col, text in enumerate(values):
                item = QTableWidgetItem(text)
                item.setData(ROLE_ID, h.session_id)
                self.recall_table.setItem(i, col, item)
        self.recall_table.resizeColumnsToContents()
        return list(hits)
