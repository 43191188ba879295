"""Treatment course and consent dialogs.

``CourseDialog``: indication (the clinic's extendable list), area, planned sessions and the
interval between sessions, start date, notes; an optional consent recorded with the course.
``ConsentDialog``: a consent record (date, form version, scope, withdrawal).
Both validate next to the field and keep what was typed on an error or a conflict.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from mesomap.core.records.courses import (
    DEFAULT_INTERVAL_DAYS,
    DEFAULT_PLANNED_SESSIONS,
    PLANNED_SESSIONS_RANGE,
)
from mesomap.gui.fields import DateEdit, ValidatedForm, name_widget
from mesomap.gui.records.common import error_label, error_text, indication_title, show_message
from mesomap.gui.records.editing import save_cancel_buttons, save_or_show, show_field_errors
from mesomap.storage.errors import ConflictError
from mesomap.storage.permissions import actor_id_of
from mesomap.storage.repository.records import ConsentInput, CourseInput, CourseRecord


class CourseDialog(QDialog):
    """Create or edit a treatment course (and record its consent)."""

    def __init__(self, rec: Any, patient_id: int, course: CourseRecord | None = None, *,
                 fmt: Any = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("course_dialog")
        self.setWindowTitle(self.tr("Treatment course") if course is None else self.tr("Edit treatment course"))
        self.setAccessibleName(self.windowTitle())
        self.rec, self.patient_id, self.course = rec, patient_id, course
        self.saved: CourseRecord | None = None
        layout = QVBoxLayout(self)
        self.form = ValidatedForm(self)
        layout.addWidget(self.form)
        self.indication = self.form.add_row(self.tr("&Indication"), QComboBox(self), "course_dialog_indication_combo")
        for ind in rec.courses.indications():
            label = QCoreApplication.translate("records", ind.label) if ind.shipped else ind.label
            self.indication.addItem(label, ind.code)
        self.new_indication = self.form.add_row(self.tr("Other indication (added to the list)"),
                                                QLineEdit(self), "course_dialog_new_indication_edit")
        self.area = self.form.add_row(self.tr("&Area"), QLineEdit(self), "course_dialog_area_edit")
        self.planned = self.form.add_row(self.tr("&Planned sessions"), QSpinBox(self), "course_dialog_planned_spin")
        self.planned.setRange(1, 60)
        self.planned.setValue(DEFAULT_PLANNED_SESSIONS)
        self.interval_min = self.form.add_row(self.tr("Interval, at least (days)"), QSpinBox(self),
                                              "course_dialog_interval_min_spin")
        self.interval_max = self.form.add_row(self.tr("Interval, at most (days)"), QSpinBox(self),
                                              "course_dialog_interval_max_spin")
        for spin, value in ((self.interval_min, DEFAULT_INTERVAL_DAYS[0]), (self.interval_max, DEFAULT_INTERVAL_DAYS[1])):
            spin.setRange(0, 365)
            spin.setValue(value)
        self.started = self.form.add_row(self.tr("&Started on"), DateEdit(fmt=fmt, parent=self), "course_dialog_started_edit")
        self.notes = self.form.add_row(self.tr("&Notes"), QPlainTextEdit(self), "course_dialog_notes_edit")
        self.notes.setMaximumHeight(70)
        self.hint = QLabel(self)
        self.hint.setObjectName("course_dialog_hint_label")
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #b35c00;")
        layout.addWidget(self.hint)
        self.consent_check = QCheckBox(self.tr("Record the patient's consent for this course"), self)
        name_widget(self.consent_check, "course_dialog_consent_check", self.consent_check.text())
        layout.addWidget(self.consent_check)
        self.consent_form = ValidatedForm(self)
        self.consent_on = self.consent_form.add_row(self.tr("Consent date"), DateEdit(fmt=fmt, parent=self),
                                                    "course_dialog_consent_date_edit")
        self.consent_version = self.consent_form.add_row(self.tr("Consent form version"), QLineEdit(self),
                                                         "course_dialog_consent_form_version_edit")
        layout.addWidget(self.consent_form)
        self.consent_form.setVisible(False)
        self.consent_check.toggled.connect(self.consent_form.setVisible)
        self.consent_check.setVisible(course is None)
        self.message = error_label("course_dialog_message_label", self)
        layout.addWidget(self.message)
        buttons = save_cancel_buttons(self, "course_dialog", self.save, self.tr("Save"), self.tr("Cancel"))
        buttons.setObjectName("course_dialog_buttons")
        layout.addWidget(buttons)
        self.planned.valueChanged.connect(self._update_hint)
        if course is not None:
            self._fill(course)
        self._update_hint()

    def _fill(self, course: CourseRecord) -> None:
        index = self.indication.findData(course.indication)
        self.indication.setCurrentIndex(max(index, 0))
        self.area.setText(course.area)
        self.planned.setValue(course.planned_sessions)
        self.interval_min.setValue(course.interval_days_min)
        self.interval_max.setValue(course.interval_days_max)
        self.started.set_value(course.started_on)
        self.notes.setPlainText(course.notes)

    def _fields(self) -> dict[str, tuple[QWidget, Any, Any]]:
        """name → (widget, read typed value, write value)."""
        return {
            "indication": (self.indication, self.indication.currentData,
                           lambda v: self.indication.setCurrentIndex(max(self.indication.findData(v), 0))),
            "area": (self.area, lambda: self.area.text().strip(), self.area.setText),
            "planned_sessions": (self.planned, self.planned.value, self.planned.setValue),
            "interval_days_min": (self.interval_min, self.interval_min.value, self.interval_min.setValue),
            "interval_days_max": (self.interval_max, self.interval_max.value, self.interval_max.setValue),
            "notes": (self.notes, self.notes.toPlainText, self.notes.setPlainText),
        }

    def _merge(self, theirs: CourseRecord) -> None:
        """After a conflict: take the values only the other person changed; where both changed
        a value keep the typed one and show theirs under the field."""
        mine = self.course
        assert mine is not None
        for name, (widget, read, write) in self._fields().items():
            original, other, typed = getattr(mine, name), getattr(theirs, name), read()
            if other == original:
                continue
            if typed == original:
                write(other)
            elif typed != other:
                self.form.set_error(widget, self.tr("Saved meanwhile by someone else: %1").replace("%1", str(other)))
        self.course = theirs

    def _update_hint(self) -> None:
        low, high = PLANNED_SESSIONS_RANGE
        if not low <= self.planned.value() <= high:
            self.hint.setText(self.tr("A course usually has %1 to %2 sessions; other counts are allowed.")
                              .replace("%1", str(low)).replace("%2", str(high)))
        else:
            self.hint.clear()

    def _input(self) -> CourseInput | None:
        self.form.clear_errors()
        self.consent_form.clear_errors()
        ok = show_field_errors(self.form, (self.started,))
        if self.interval_max.value() < self.interval_min.value():
            self.form.set_error(self.interval_max, self.tr("The longest interval cannot be shorter than the shortest."))
            ok = False
        if self.consent_check.isChecked():
            err = self.consent_on.error()
            if err or self.consent_on.value() is None:
                self.consent_form.set_error(self.consent_on, err or self.tr("Enter the date the patient consented."))
                ok = False
        if not ok:
            return None
        return CourseInput(
            self.patient_id, self.indication.currentData(), self.area.text().strip(), self.planned.value(),
            self.interval_min.value(), self.interval_max.value(),
            practitioner_id=self.course.practitioner_id if self.course else None,
            started_on=self.started.value(), closed_on=self.course.closed_on if self.course else None,
            notes=self.notes.toPlainText())

    def _store(self) -> CourseRecord | None:
        """Add a typed new indication, then store the course (and its consent); ``None`` when
        the form has an error (shown next to the field)."""
        new_label = self.new_indication.text().strip()
        if new_label:
            code = "clinic_" + "_".join(new_label.lower().split())[:40]
            ind = self.rec.courses.add_indication(code, new_label)
            self.indication.addItem(ind.label, ind.code)
            self.indication.setCurrentIndex(self.indication.count() - 1)
            self.new_indication.clear()
        data = self._input()
        if data is None:
            return None
        if self.course is None:
            self.saved = self.rec.courses.create_course(data)
        else:
            self.saved = self.rec.courses.update_course(self.course.id, self.course.version, data)
        consent_day = self.consent_on.value() if self.consent_check.isChecked() else None
        if consent_day is not None:
            self.rec.courses.add_consent(ConsentInput(
                self.patient_id, consent_day, self.consent_version.text().strip(),
                taken_by_id=actor_id_of(self.rec.actor), course_id=self.saved.id))
        return self.saved

    def _conflict(self, exc: ConflictError) -> None:
        show_message(self.message, error_text(exc) + " " + self.tr(
            "Your changes are kept; values only the other person changed were taken over. "
            "Save again to store them."))
        if self.course is not None:
            self._merge(self.rec.courses.get_course(self.course.id))

    def save(self) -> None:
        show_message(self.message, None)
        fields = {"area": self.area, "planned_sessions": self.planned, "interval_days_min": self.interval_min,
                  "interval_days_max": self.interval_max, "started_on": self.started, "indication": self.indication}
        if save_or_show(self._store, self.message, self.form, fields, handlers={ConflictError: self._conflict}):
            self.accept()


class ConsentDialog(QDialog):
    """Record a consent (date, form version, scope, notes) for a patient or a course."""

    def __init__(self, rec: Any, patient_id: int, courses: list[CourseRecord] | None = None, *,
                 fmt: Any = None, consent: Any = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("consent_dialog")
        self.consent = consent
        self.setWindowTitle(self.tr("Consent"))
        self.setAccessibleName(self.windowTitle())
        self.rec, self.patient_id = rec, patient_id
        self.saved: Any = None
        layout = QVBoxLayout(self)
        self.form = ValidatedForm(self)
        layout.addWidget(self.form)
        self.consented_on = self.form.add_row(self.tr("Consent &date"), DateEdit(fmt=fmt, allow_empty=False, parent=self),
                                              "consent_dialog_date_edit")
        self.form_version = self.form.add_row(self.tr("&Form version"), QLineEdit(self), "consent_dialog_form_version_edit")
        self.course = self.form.add_row(self.tr("&Course"), QComboBox(self), "consent_dialog_course_combo")
        self.course.addItem(self.tr("All of the patient's treatment"), None)
        indications = rec.courses.indications() if courses else []
        for c in courses or []:
            self.course.addItem(f"{indication_title(indications, c.indication)} — {c.area}", c.id)
        self.scope = self.form.add_row(self.tr("&Scope"), QLineEdit(self), "consent_dialog_scope_edit")
        self.notes = self.form.add_row(self.tr("&Notes"), QPlainTextEdit(self), "consent_dialog_notes_edit")
        self.notes.setMaximumHeight(60)
        self.withdrawn = self.form.add_row(self.tr("&Withdrawn on"), DateEdit(fmt=fmt, parent=self),
                                           "consent_dialog_withdrawn_edit")
        if consent is not None:  # editing: e.g. recording that the patient withdrew it
            self.consented_on.set_value(consent.consented_on)
            self.form_version.setText(consent.form_version)
            self.course.setCurrentIndex(max(self.course.findData(consent.course_id), 0))
            self.scope.setText(consent.scope)
            self.notes.setPlainText(consent.notes)
            self.withdrawn.set_value(consent.withdrawn_on)
        self.message = error_label("consent_dialog_message_label", self)
        layout.addWidget(self.message)
        layout.addWidget(save_cancel_buttons(self, "consent_dialog", self.save, self.tr("Save"), self.tr("Cancel")))

    def save(self) -> None:
        self.form.clear_errors()
        show_message(self.message, None)
        if not show_field_errors(self.form, (self.consented_on, self.withdrawn)):
            return
        day = self.consented_on.value()
        assert day is not None
        withdrawn = self.withdrawn.value()
        if withdrawn is not None and withdrawn < day:
            self.form.set_error(self.withdrawn, self.tr("A consent cannot be withdrawn before it was given."))
            return
        taken_by = self.consent.taken_by_id if self.consent is not None else actor_id_of(self.rec.actor)
        data = ConsentInput(self.patient_id, day, self.form_version.text().strip(), taken_by_id=taken_by,
                            course_id=self.course.currentData(), scope=self.scope.text().strip(),
                            withdrawn_on=withdrawn, notes=self.notes.toPlainText())
        consent = self.consent
        saved = save_or_show(
            (lambda: self.rec.courses.add_consent(data)) if consent is None else
            (lambda: self.rec.courses.update_consent(consent.id, consent.version, data)), self.message, self.form,
            {"consented_on": self.consented_on, "form_version": self.form_version, "withdrawn_on": self.withdrawn})
        if saved is not None:
            self.saved = saved
            self.accept()
