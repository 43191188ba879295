"""The patient record page: identity, allergies and contraindication notes, consents, treatment
courses (next due window, warnings), the sessions on a timeline, and the course plot.

Buttons follow the logged-in person's rights (the storage layer checks them again)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mesomap.gui.fields import name_widget
from mesomap.gui.records.common import (
    error_label,
    error_text,
    show_message,
    status_text,
    warning_text,
)
from mesomap.storage.permissions import Permission

ROLE_ID = Qt.ItemDataRole.UserRole


def _table(parent: QWidget, name: str, accessible: str, headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers), parent)
    name_widget(table, name, accessible)
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
    table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
    table.horizontalHeader().setStretchLastSection(True)
    table.verticalHeader().setVisible(False)
    return table


class PatientRecordView(QWidget):
    """The page ``records_patient``."""

    loaded = Signal()

    def __init__(self, controller: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("patient_record")
        self.setAccessibleName(self.tr("Patient record"))
        self.controller = controller
        self.rec = controller.rec()
        self.fmt = controller.fmt
        self.patient_id: int | None = None
        self.patient: Any = None
        self.courses: list[Any] = []
        self.timeline: list[Any] = []
        self.consent_records: list[Any] = []
        self.loading = False
        self._job: Any = None
        layout = QVBoxLayout(self)
        self.identity = QLabel(self)
        self.identity.setObjectName("patient_record_identity_label")
        self.identity.setStyleSheet("font-size: 15px; font-weight: bold;")
        layout.addWidget(self.identity)
        self.alerts = QLabel(self)
        self.alerts.setObjectName("patient_record_alerts_label")
        self.alerts.setWordWrap(True)
        self.alerts.setStyleSheet("color: #b00020; background: #fff0f0; padding: 4px;")
        layout.addWidget(self.alerts)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.setObjectName("patient_record_splitter")
        layout.addWidget(split, 1)
        top = QWidget(split)
        top_layout = QHBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        consents_box = QGroupBox(self.tr("Consents"), top)
        cl = QVBoxLayout(consents_box)
        self.consents = _table(consents_box, "patient_record_consents_table", self.tr("Consents"),
                               [self.tr("Date"), self.tr("Form"), self.tr("Course"), self.tr("Taken by"), self.tr("Withdrawn")])
        cl.addWidget(self.consents)
        self.consent_button = self._button(consents_box, "add_consent", self.tr("Record consent…"))
        self.edit_consent_button = self._button(consents_box, "edit_consent", self.tr("Edit or withdraw…"))
        consent_row = QHBoxLayout()
        consent_row.addWidget(self.consent_button)
        consent_row.addWidget(self.edit_consent_button)
        cl.addLayout(consent_row)
        top_layout.addWidget(consents_box, 2)
        courses_box = QGroupBox(self.tr("Treatment courses"), top)
        kl = QVBoxLayout(courses_box)
        self.course_table = _table(courses_box, "patient_record_courses_table", self.tr("Treatment courses"),
                                   [self.tr("Indication"), self.tr("Area"), self.tr("Sessions"), self.tr("Interval"),
                                    self.tr("Next due"), self.tr("Warnings")])
        kl.addWidget(self.course_table)
        row = QHBoxLayout()
        self.new_course_button = self._button(courses_box, "new_course", self.tr("New course…"))
        self.edit_course_button = self._button(courses_box, "edit_course", self.tr("Edit course…"))
        row.addWidget(self.new_course_button)
        row.addWidget(self.edit_course_button)
        row.addStretch(1)
        kl.addLayout(row)
        top_layout.addWidget(courses_box, 3)
        middle = QGroupBox(self.tr("Sessions"), split)
        ml = QVBoxLayout(middle)
        self.sessions = _table(middle, "patient_record_sessions_table", self.tr("Sessions"),
                               [self.tr("Date"), self.tr("State"), self.tr("Course"), self.tr("Papules"),
                                self.tr("Volume"), self.tr("Days since previous")])
        ml.addWidget(self.sessions)
        row2 = QHBoxLayout()
        self.plan_button = self._button(middle, "plan_session", self.tr("Plan session…"))
        self.open_button = self._button(middle, "open_session", self.tr("Open session"))
        self.repeat_button = self._button(middle, "repeat_session", self.tr("Repeat as next session"))
        for b in (self.plan_button, self.open_button, self.repeat_button):
            row2.addWidget(b)
        row2.addStretch(1)
        ml.addLayout(row2)
        from mesomap.gui.records.course_plot import CoursePlot

        self.plot = CoursePlot(split)
        split.setSizes([190, 230, 330])
        self.message = error_label("patient_record_message_label", self)
        layout.addWidget(self.message)
        self.consent_button.clicked.connect(lambda: self.controller.add_consent(self.patient_id))
        self.edit_consent_button.clicked.connect(self._edit_consent)
        self.consents.itemSelectionChanged.connect(self._update_buttons)
        self.new_course_button.clicked.connect(lambda: self.controller.new_course(self.patient_id))
        self.edit_course_button.clicked.connect(self._edit_course)
        self.plan_button.clicked.connect(lambda: self.controller.plan_session(self.patient_id, self.current_course_id()))
        self.open_button.clicked.connect(self._open_session)
        self.repeat_button.clicked.connect(self._repeat)
        self.sessions.itemDoubleClicked.connect(lambda *_: self._open_session())
        self.sessions.itemSelectionChanged.connect(self._update_buttons)
        self.course_table.itemSelectionChanged.connect(self._course_selected)

    def _button(self, parent: QWidget, key: str, text: str) -> QPushButton:
        button = QPushButton(text, parent)
        name_widget(button, f"patient_record_{key}_button", text.rstrip("…"))
        return button

    # ---- loading -------------------------------------------------------------------------------
    def show_patient(self, patient_id: int) -> None:
        self.patient_id = patient_id
        self.refresh()

    def refresh(self) -> None:
        """Load the record in a worker (the timeline reads every session's map); the page fills
        when it arrives (``loaded``); ``loading`` is True meanwhile."""
        if self.patient_id is None:
            return
        show_message(self.message, None)
        if self._job is not None:
            self._job.cancel()
        from mesomap.gui.workers import run_in_background
        from mesomap.storage.repository.patients import PatientRepository

        pid, rec = self.patient_id, self.rec
        controller = self.controller

        def load() -> tuple[Any, ...]:
            return (PatientRepository(rec.db, rec.actor).get(pid), rec.courses.list_consents(pid),
                    rec.courses.list_courses(pid), rec.courses.timeline(pid), controller.indications())

        self.loading = True
        self._update_buttons()
        self._job = run_in_background(load, parent=self, on_done=self._fill, on_error=self._failed)

    def _failed(self, exc: BaseException) -> None:
        self.loading = False
        self._job = None
        show_message(self.message, error_text(exc))
        self.loaded.emit()

    def _fill(self, data: tuple[Any, ...]) -> None:
        self._job = None
        self.patient, consents, self.courses, self.timeline, _indications = data
        p = self.patient
        birth = self.fmt.format_date(p.birth_date) if p.birth_date else self.tr("birth date not recorded")
        self.identity.setText(self.tr("%1 %2 — %3").replace("%1", p.family_name.upper()).replace("%2", p.given_name)
                              .replace("%3", birth))
        alerts = []
        if p.allergies.strip():
            alerts.append(self.tr("Allergies: %1").replace("%1", p.allergies.strip()))
        if p.contraindication_notes.strip():
            alerts.append(self.tr("Contraindications: %1").replace("%1", p.contraindication_notes.strip()))
        self.alerts.setText("\n".join(alerts) if alerts else self.tr("No allergies or contraindications recorded."))
        courses = {c.id: c for c in self.courses}
        self.consent_records = consents
        self.consents.setRowCount(len(consents))
        for i, c in enumerate(consents):
            course = courses.get(c.course_id) if c.course_id else None
            for col, text in enumerate((self.fmt.format_date(c.consented_on), c.form_version,
                                        self._course_name(course) if course else self.tr("all treatment"),
                                        c.taken_by_name or "", self.fmt.format_date(c.withdrawn_on) if c.withdrawn_on else "")):
                self.consents.setItem(i, col, QTableWidgetItem(text))
        self.course_table.setRowCount(len(self.courses))
        for i, c in enumerate(self.courses):
            due = ""
            if c.next_due is not None:
                due = self.tr("%1 to %2").replace("%1", self.fmt.format_date(c.next_due.earliest)).replace(
                    "%2", self.fmt.format_date(c.next_due.latest))
            values = (self._course_name(c), c.area, self.tr("%1 of %2").replace("%1", str(c.sessions_done)).replace(
                "%2", str(c.planned_sessions)), self.tr("%1–%2 days").replace("%1", str(c.interval_days_min)).replace(
                "%2", str(c.interval_days_max)), due, " ".join(warning_text(w) for w in c.warnings))
            for col, text in enumerate(values):
                item = QTableWidgetItem(text)
                item.setData(ROLE_ID, c.id)
                self.course_table.setItem(i, col, item)
        self.sessions.setRowCount(len(self.timeline))
        for i, t in enumerate(self.timeline):
            course = courses.get(t.course_id) if t.course_id else None
            values = (self.fmt.format_datetime((t.performed_at or t.scheduled_at).astimezone()), status_text(t.status),
                      self._course_name(course) if course else "", str(t.papules), self.fmt.format_volume_ml(t.volume_ml),
                      "" if t.days_since_previous is None else str(t.days_since_previous))
            for col, text in enumerate(values):
                item = QTableWidgetItem(text)
                item.setData(ROLE_ID, t.session_id)
                self.sessions.setItem(i, col, item)
        self.sessions.resizeColumnsToContents()
        self.course_table.resizeColumnsToContents()
        self.plot.set_points(self.timeline)
        self.loading = False
        self._update_buttons()
        self.loaded.emit()

    def _course_name(self, course: Any) -> str:
        """The course's indication as its title (translated when shipped), never its code."""
        from PySide6.QtCore import QCoreApplication

        from mesomap.storage.repository.records_courses import find_indication

        found = find_indication(self.controller.indications(), course.indication)
        return QCoreApplication.translate("records", found.label) if found.shipped else found.label

    # ---- selection -----------------------------------------------------------------------------
    def current_course_id(self) -> int | None:
        item = self.course_table.item(self.course_table.currentRow(), 0)
        if item is None:
            return self.courses[-1].id if self.courses else None
        return int(item.data(ROLE_ID))

    def current_session_id(self) -> int | None:
        item = self.sessions.item(self.sessions.currentRow(), 0)
        return None if item is None else int(item.data(ROLE_ID))

    def _course_selected(self) -> None:
        cid = self.current_course_id()
        self.plot.set_points([t for t in self.timeline if cid is None or t.course_id == cid])

    def _update_buttons(self) -> None:
        clinical = self.controller.can(Permission.CLINICAL_WRITE) and not self.loading
        for b in (self.consent_button, self.new_course_button, self.edit_course_button, self.plan_button, self.repeat_button):
            b.setEnabled(clinical and self.patient_id is not None)
        self.edit_course_button.setEnabled(clinical and bool(self.courses))
        schedule = self.controller.can(Permission.SESSION_SCHEDULE) and not self.loading
        self.plan_button.setEnabled(schedule and self.patient_id is not None)  # the desk books appointments
        row = self.consents.currentRow()
        self.edit_consent_button.setEnabled(clinical and 0 <= row < len(self.consent_records))
        has_session = self.current_session_id() is not None
        self.open_button.setEnabled(has_session)
        self.repeat_button.setEnabled(clinical and has_session)

    def _edit_consent(self) -> None:
        row = self.consents.currentRow()
        if 0 <= row < len(self.consent_records):
            self.controller.add_consent(self.patient_id, self.consent_records[row])

    def _edit_course(self) -> None:
        cid = self.current_course_id()
        course = next((c for c in self.courses if c.id == cid), None)
        if course is not None:
            self.controller.edit_course(course)

    def _open_session(self) -> None:
        sid = self.current_session_id()
        if sid is not None:
            self.controller.open_session(sid)

    def _repeat(self) -> None:
        sid = self.current_session_id()
        if sid is not None:
            self.controller.repeat(sid)
