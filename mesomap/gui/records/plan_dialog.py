"""Plan a session: date and time, the course, the template (from the gallery) and the patient
fit (a uniform scale). Warns, before saving, when the date is earlier than the course's
minimum interval or the course already has its planned number of sessions."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from mesomap.core.document import TemplateRef
from mesomap.core.templates import PatientFit
from mesomap.gui.fields import DateEdit, NumberEdit, ValidatedForm, name_widget
from mesomap.gui.records.common import error_label, show_message
from mesomap.gui.records.editing import save_cancel_buttons, save_or_show, show_field_errors
from mesomap.storage.repository.records import PlanInput


class PlanSessionDialog(QDialog):
    """New planned session; ``plan`` holds the ``SessionPlan`` after Accept."""

    def __init__(self, controller: Any, patient_id: int, course_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("plan_dialog")
        self.setWindowTitle(self.tr("Plan a session"))
        self.setAccessibleName(self.windowTitle())
        self.controller, self.patient_id = controller, patient_id
        self.rec = controller.rec()
        self.fmt = controller.fmt
        self.plan: Any = None
        self.template: Any = None
        self.courses = self.rec.courses.list_courses(patient_id)
        layout = QVBoxLayout(self)
        self.form = ValidatedForm(self)
        layout.addWidget(self.form)
        self.date = self.form.add_row(self.tr("&Date"), DateEdit(fmt=self.fmt, allow_empty=False, parent=self), "plan_dialog_date_edit")
        self.date.set_value(dt.date.today())
        self.time = self.form.add_row(self.tr("&Time"), QTimeEdit(self), "plan_dialog_time_edit")
        self.time.setTime(QTime(10, 0))
        self.course = self.form.add_row(self.tr("&Course"), QComboBox(self), "plan_dialog_course_combo")
        self.course.addItem(self.tr("(no course)"), None)
        for c in self.courses:
            self.course.addItem(f"{controller.indication_label(c.indication)} — {c.area}", c.id)
        if course_id is not None:
            self.course.setCurrentIndex(max(self.course.findData(course_id), 0))
        elif self.courses:
            self.course.setCurrentIndex(self.course.count() - 1)
        holder = QWidget(self)
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        self.template_label = QLabel(self.tr("No template chosen"), holder)
        self.template_label.setObjectName("plan_dialog_template_label")
        self.choose_button = QPushButton(self.tr("Choose…"), holder)
        name_widget(self.choose_button, "plan_dialog_choose_template_button", self.tr("Choose template"))
        row.addWidget(self.template_label, 1)
        row.addWidget(self.choose_button)
        self.template_field = self.form.add_row(self.tr("T&emplate"), holder, "plan_dialog_template_group")
        self.scale = self.form.add_row(self.tr("Patient fit (scale)"), NumberEdit(
            "decimal", fmt=self.fmt, minimum=Decimal("0.5"), maximum=Decimal("2"), parent=self), "plan_dialog_scale_edit")
        self.scale.set_value(Decimal("1"))
        self.notes = self.form.add_row(self.tr("&Notes"), QPlainTextEdit(self), "plan_dialog_notes_edit")
        self.notes.setMaximumHeight(60)
        self.hint = QLabel(self)
        self.hint.setObjectName("plan_dialog_warning_label")
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #b35c00;")
        layout.addWidget(self.hint)
        self.message = error_label("plan_dialog_message_label", self)
        layout.addWidget(self.message)
        layout.addWidget(save_cancel_buttons(self, "plan_dialog", self.save, self.tr("Save"), self.tr("Cancel")))
        self.choose_button.clicked.connect(self.choose_template)
        from mesomap.storage.permissions import Permission

        self.clinical = controller.can(Permission.CLINICAL_WRITE)
        if not self.clinical:  # the front desk books the appointment; the practitioner draws the map
            self.template_label.setText(self.tr("The practitioner chooses the template."))
            self.choose_button.setEnabled(False)
            self.scale.setEnabled(False)
        self.date.textChanged.connect(self._update_hint)
        self.course.currentIndexChanged.connect(self._update_hint)
        self._update_hint()

    def set_template(self, template: Any) -> None:
        self.template = template
        self.template_label.setText(f"{template.title(self.controller.lang)} (v{template.version})")
        self.form.set_error(self.template_field, None)

    def choose_template(self) -> None:
        from mesomap.gui.records.gallery import TemplateGalleryDialog

        dialog = TemplateGalleryDialog(self.controller.templates(), lang=self.controller.lang,
                                       current=self.template.id if self.template else None, parent=self)
        dialog.accepted.connect(lambda: self.set_template(dialog.chosen))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        self.gallery = dialog

    def _update_hint(self) -> None:
        cid = self.course.currentData()
        course = next((c for c in self.courses if c.id == cid), None)
        day = None if self.date.error() else self.date.value()
        texts = []
        if course is not None and day is not None:
            if course.next_due is not None and day < course.next_due.earliest:
                texts.append(self.tr("This is earlier than the course's shortest interval (%1 days): next due from %2.")
                             .replace("%1", str(course.interval_days_min)).replace("%2", self.fmt.format_date(course.next_due.earliest)))
            if course.sessions_counted >= course.planned_sessions:
                texts.append(self.tr("The course already has its %1 planned sessions; this one goes beyond the plan.")
                             .replace("%1", str(course.planned_sessions)))
        self.hint.setText("\n".join(texts))

    def save(self) -> None:
        self.form.clear_errors()
        show_message(self.message, None)
        ok = show_field_errors(self.form, (self.date, self.scale))
        if self.template is None and self.clinical:
            self.form.set_error(self.template_field, self.tr("Choose the template the map is drawn on."))
            ok = False
        if not ok:
            return
        day = self.date.value()
        assert day is not None
        t = self.time.time()
        when = dt.datetime.combine(day, dt.time(t.hour(), t.minute())).astimezone()
        scale = float(self.scale.value() or 1)
        fit = PatientFit.identity() if scale == 1.0 else PatientFit.uniform(scale)
        ref = None if self.template is None or not self.clinical else TemplateRef(
            self.template.id, self.template.version, self.template.content_hash, fit)
        plan = save_or_show(lambda: self.rec.sessions.plan(PlanInput(
            self.patient_id, when, ref, practitioner_id=self.controller.practitioner_id(self.course.currentData()),
            course_id=self.course.currentData(), notes=self.notes.toPlainText())),
            self.message, self.form, {"scheduled_at": self.date})
        if plan is not None:
            self.plan = plan
            self.accept()
