"""The clinic's own limits (a tab of the products dialog): per session volume, injections and
minutes, minimum days between sessions, maximum sessions per course, optionally only for one
indication or body area. They produce warnings in the session editor; nothing is ever capped."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mesomap.gui.fields import NumberEdit, ValidatedForm, name_widget
from mesomap.gui.records.common import error_label, error_text, show_message
from mesomap.storage.errors import InvalidInputError, StorageError
from mesomap.storage.repository.records import ClinicLimitInput

ROLE_ID = Qt.ItemDataRole.UserRole
INT_FIELDS = ("max_injections_per_session", "max_session_minutes", "min_days_between_sessions", "max_sessions_per_course")


class ClinicLimitsTab(QWidget):
    """List of the clinic's limits and a form for the selected one."""

    def __init__(self, rec: Any, fmt: Any, writable: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("clinic_limits")
        self.rec, self.fmt = rec, fmt
        self.limits: list[Any] = []
        layout = QHBoxLayout(self)
        self.list = QListWidget(self)
        name_widget(self.list, "clinic_limits_list", self.tr("Clinic limits"))
        layout.addWidget(self.list, 1)
        right = QVBoxLayout()
        self.form = ValidatedForm(self)
        right.addWidget(self.form)
        self.label = self.form.add_row(self.tr("&Name"), QLineEdit(self), "clinic_limits_label_edit")
        self.area = self.form.add_row(self.tr("Only for the &area"), QLineEdit(self), "clinic_limits_area_edit")
        self.indication = self.form.add_row(self.tr("Only for the &indication (code)"), QLineEdit(self),
                                            "clinic_limits_indication_edit")
        self.volume = self.form.add_row(self.tr("Max volume per session"), NumberEdit(
            "volume_ml", fmt=fmt, allow_empty=True, minimum=Decimal(0), parent=self), "clinic_limits_volume_edit")
        labels = {"max_injections_per_session": self.tr("Max injections per session"),
                  "max_session_minutes": self.tr("Max minutes per session"),
                  "min_days_between_sessions": self.tr("Min days between sessions"),
                  "max_sessions_per_course": self.tr("Max sessions per course")}
        self.ints: dict[str, NumberEdit] = {}
        for key in INT_FIELDS:
            self.ints[key] = self.form.add_row(labels[key], NumberEdit(
                "decimal", fmt=fmt, allow_empty=True, minimum=Decimal(0), parent=self), f"clinic_limits_{key}_edit")
        self.message = error_label("clinic_limits_message_label", self)
        right.addWidget(self.message)
        row = QHBoxLayout()
        self.save_button = QPushButton(self.tr("Save limit"), self)
        name_widget(self.save_button, "clinic_limits_save_button", self.tr("Save limit"))
        self.new_button = QPushButton(self.tr("Add as new limit"), self)
        name_widget(self.new_button, "clinic_limits_new_button", self.tr("Add as new limit"))
        row.addWidget(self.save_button)
        row.addWidget(self.new_button)
        right.addLayout(row)
        right.addStretch(1)
        layout.addLayout(right, 2)
        self.save_button.setEnabled(writable)
        self.new_button.setEnabled(writable)
        self.list.currentRowChanged.connect(self._show)
        self.save_button.clicked.connect(lambda: self.save(new=False))
        self.new_button.clicked.connect(lambda: self.save(new=True))
        self.reload()

    def reload(self, select: int | None = None) -> None:
        self.limits = self.rec.catalog.list_clinic_limits()
        self.list.clear()
        for limit in self.limits:
            item = QListWidgetItem(limit.label)
            item.setData(ROLE_ID, limit.id)
            self.list.addItem(item)
        ids = [limit.id for limit in self.limits]
        self.list.setCurrentRow(ids.index(select) if select in ids else 0 if ids else -1)

    def current(self) -> Any:
        row = self.list.currentRow()
        return self.limits[row] if 0 <= row < len(self.limits) else None

    def _show(self, _row: int) -> None:
        limit = self.current()
        if limit is None:
            return
        self.form.clear_errors()
        self.label.setText(limit.label)
        self.area.setText(limit.body_area or "")
        self.indication.setText(limit.indication or "")
        self.volume.set_value(limit.max_volume_per_session_ml)
        for key, field in self.ints.items():
            value = getattr(limit, key)
            field.set_value(None if value is None else Decimal(value))

    def save(self, *, new: bool = False) -> bool:
        self.form.clear_errors()
        show_message(self.message, None)
        values: dict[str, Any] = {}
        ok = True
        for key, field in [("max_volume_per_session_ml", self.volume), *self.ints.items()]:
            err = field.error()
            if err:
                self.form.set_error(field, err)
                ok = False
                continue
            value = field.value()
            if key in INT_FIELDS and value is not None and value != value.to_integral_value():
                self.form.set_error(field, self.tr("Type a whole number."))
                ok = False
                continue
            values[key] = None if value is None else (int(value) if key in INT_FIELDS else value)
        if not self.label.text().strip():
            self.form.set_error(self.label, self.tr("Give the limit a name."))
            ok = False
        if not ok:
            return False
        limit = self.current()
        code = limit.code if (limit is not None and not new) else "clinic_" + "_".join(self.label.text().lower().split())[:40]
        data = ClinicLimitInput(code, self.label.text().strip(), self.area.text().strip() or None,
                                self.indication.text().strip() or None, **values)
        try:
            saved = (self.rec.catalog.create_clinic_limit(data) if new or limit is None
                     else self.rec.catalog.update_clinic_limit(limit.id, limit.version, data))
        except InvalidInputError as exc:
            target = self.ints.get(exc.field or "") or {"label": self.label, "max_volume_per_session_ml": self.volume}.get(exc.field or "")
            if target is not None:
                self.form.set_error(target, error_text(exc))
            else:
                show_message(self.message, error_text(exc))
            return False
        except StorageError as exc:
            show_message(self.message, error_text(exc))
            return False
        self.reload(saved.id)
        return True
