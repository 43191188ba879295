"""The clinic's own limits (a tab of the products dialog): per session volume, injections and
minutes, minimum days between sessions, maximum sessions per course, optionally only for one
indication or body area. They produce warnings in the session editor; nothing is ever capped."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtWidgets import (
    QLineEdit,
    QWidget,
)

from mesomap.gui.fields import NumberEdit
from mesomap.gui.records.common import error_label, show_message
from mesomap.gui.records.editing import (
    button_row,
    connect_save_new,
    create_or_update,
    current_record,
    fill_list,
    list_and_form,
    read_fields,
    save_or_show,
)
from mesomap.storage.repository.records import ClinicLimitInput

INT_FIELDS = ("max_injections_per_session", "max_session_minutes", "min_days_between_sessions", "max_sessions_per_course")


class ClinicLimitsTab(QWidget):
    """List of the clinic's limits and a form for the selected one."""

    def __init__(self, rec: Any, fmt: Any, writable: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("clinic_limits")
        self.rec, self.fmt = rec, fmt
        self.limits: list[Any] = []
        self.list, self.form, right = list_and_form(self, "clinic_limits_list", self.tr("Clinic limits"))
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
        self.save_button, self.new_button = button_row(self, right, (
            ("clinic_limits_save_button", self.tr("Save limit")), ("clinic_limits_new_button", self.tr("Add as new limit"))))
        right.addStretch(1)
        self.list.currentRowChanged.connect(self._show)
        connect_save_new(self.save_button, self.new_button, self.save, writable)
        self.reload()

    def reload(self, select: int | None = None) -> None:
        self.limits = self.rec.catalog.list_clinic_limits()
        fill_list(self.list, self.limits, lambda limit: str(limit.label), select)

    def current(self) -> Any:
        return current_record(self.list, self.limits)

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

        def whole(key: str, value: Decimal | None) -> str | None:
            if key in INT_FIELDS and value is not None and value != value.to_integral_value():
                return self.tr("Type a whole number.")
            return None

        read = read_fields(self.form, {"max_volume_per_session_ml": self.volume, **self.ints}, whole)
        if not self.label.text().strip():
            self.form.set_error(self.label, self.tr("Give the limit a name."))
        if read is None or not self.label.text().strip():
            return False
        values: dict[str, Any] = {key: None if value is None else (int(value) if key in INT_FIELDS else value)
                  for key, value in read.items()}
        limit = self.current()
        code = limit.code if (limit is not None and not new) else "clinic_" + "_".join(self.label.text().lower().split())[:40]
        data = ClinicLimitInput(code, self.label.text().strip(), self.area.text().strip() or None,
                                self.indication.text().strip() or None, **values)
        saved = save_or_show(lambda: create_or_update(self.rec.catalog.create_clinic_limit,
                                                      self.rec.catalog.update_clinic_limit, limit, data, new=new),
                             self.message, self.form,
                             {**self.ints, "label": self.label, "max_volume_per_session_ml": self.volume})
        if saved is None:
            return False
        self.reload(saved.id)
        return True
