"""``RecordsController``: hangs the records windows on a main window (pages, actions) and opens
their dialogs. Dialogs open window-modal with ``open()`` (never ``exec()``), and the last one
is kept as ``controller.dialog`` so tests and screenshots can reach it."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import (
    QDialog,
    QMessageBox,
    QWidget,
)

from mesomap.core.i18n import QT_TRANSLATE_NOOP
from mesomap.gui.actions import ActionSpec
from mesomap.gui.records.common import can, error_text, records_repo
from mesomap.storage.errors import StorageError
from mesomap.storage.models.enums import Role
from mesomap.storage.permissions import Permission

RECORD = ActionSpec("patient.record", QT_TRANSLATE_NOOP("Actions", "Open &record"), "patient", group="record",
                    tip=QT_TRANSLATE_NOOP("Actions", "The selected patient's courses, sessions and course plot"),
                    toolbar=True)
TODAY = ActionSpec("session.today", QT_TRANSLATE_NOOP("Actions", "&Today"), "session", group="day",
                   tip=QT_TRANSLATE_NOOP("Actions", "The day's sessions per practitioner"), toolbar=True)
PLAN = ActionSpec("session.plan", QT_TRANSLATE_NOOP("Actions", "&Plan session…"), "session", group="plan",
                  tip=QT_TRANSLATE_NOOP("Actions", "Plan a session for the selected patient on a template"))
PROTOCOLS = ActionSpec("tools.protocols", QT_TRANSLATE_NOOP("Actions", "&Protocol library…"), "tools", group="records",
                       tip=QT_TRANSLATE_NOOP("Actions", "The clinic's technique presets"))
PRODUCTS = ActionSpec("tools.products", QT_TRANSLATE_NOOP("Actions", "Products, &lots and limits…"), "tools",
                      group="records", tip=QT_TRANSLATE_NOOP("Actions", "Product catalogue, lots, limits and lot recall"))
CHECKLIST = ActionSpec("tools.checklist", QT_TRANSLATE_NOOP("Actions", "Contraindication &checklist…"), "tools",
                       group="records", tip=QT_TRANSLATE_NOOP("Actions", "The questions asked before every session"))
ACTIONS = (RECORD, TODAY, PLAN, PROTOCOLS, PRODUCTS, CHECKLIST)


class RecordsController(QObject):
    """The records part of one main window."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.setObjectName("records_controller")
        self.window = window
        self.fmt = window.fmt
        self.lang = window.fmt.locale  # template titles in the user's language (pt_BR -> pt)
        self.dialog: Any = None
        self._library: Any = None
        self._indications: list[Any] | None = None
        self._pages: dict[str, Any] = {}
        table = window.action_table
        handlers = {"patient.record": self.open_current_patient, "session.today": self.open_today,
                    "session.plan": self.plan_for_current, "tools.protocols": self.open_protocols,
                    "tools.products": self.open_products, "tools.checklist": self.open_checklist}
        for spec in ACTIONS:
            table.add(spec, handlers[spec.id])
        window.patient_list.current_patient_changed.connect(self._patient_changed)
        self._patient_changed(None)

    # ---- shared services --------------------------------------------------------------------------
    def rec(self) -> Any:
        return records_repo(self.window)

    def can(self, permission: Permission) -> bool:
        return can(self.window, permission)

    def templates(self) -> Any:
        if self._library is None:
            from mesomap.core.templates import load_library

            self._library = load_library()
        return self._library

    def indications(self) -> list[Any]:
        if self._indications is None:
            self._indications = self.rec().courses.indications()
        return self._indications

    def indication_label(self, code: str) -> str:
        from mesomap.gui.records.common import indication_title

        return indication_title(self.indications(), code)

    def practitioner_id(self, course_id: int | None) -> int | None:
        from mesomap.gui.records.common import actor_of

        actor = actor_of(self.window)
        if actor is not None and Role.PRACTITIONER in actor.roles:
            return actor.user_id
        if course_id is not None:
            return self.rec().courses.get_course(course_id).practitioner_id  # type: ignore[no-any-return]
        return None

    def ask_keep_manual(self, region: Any) -> bool:
        answer = QMessageBox.question(self.window, self.tr("Hand-placed papules"), self.tr(
            "This region has papules placed by hand. Keep them where they are?"))
        return answer == QMessageBox.StandardButton.Yes

    def status_message(self, text: str) -> None:
        self.window.statusBar().showMessage(text, 5000)

    def _show(self, dialog: QDialog, on_accept: Any = None) -> QDialog:
        if on_accept is not None:
            dialog.accepted.connect(on_accept)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        self.dialog = dialog
        return dialog

    def _error(self, exc: BaseException) -> None:
        from mesomap.gui.errors import show_error

        show_error(self.window, error_text(exc))

    # ---- pages ----------------------------------------------------------------------------------
    def page(self, key: str) -> Any:
        if key not in self._pages:
            if key == "records_patient":
                from mesomap.gui.records.patient_record import PatientRecordView

                widget: QWidget = PatientRecordView(self)
            elif key == "records_today":
                from mesomap.gui.records.today import TodayView

                widget = TodayView(self)
                widget.open_session.connect(self.open_session)
            else:
                from mesomap.gui.records.session_editor import SessionEditor

                widget = SessionEditor(self)
            self.window.add_page(key, widget)
            self._pages[key] = widget
        return self._pages[key]

    def _patient_changed(self, patient_id: object) -> None:
        self.window.action_table.action("patient.record").setEnabled(patient_id is not None)
        self.window.action_table.action("session.plan").setEnabled(patient_id is not None)
        view = self._pages.get("records_patient")
        if isinstance(patient_id, int) and view is not None and self.window.pages.currentWidget() is view:
            self.open_patient(patient_id)  # the record shown follows the patient list

    def open_current_patient(self) -> None:
        pid = self.window.patient_list.current_patient_id()
        if pid is not None:
            self.open_patient(pid)

    def open_patient(self, patient_id: int) -> Any:
        view = self.page("records_patient")
        view.show_patient(patient_id)
        self.window.show_page("records_patient")
        return view

    def open_today(self, day: dt.date | None = None) -> Any:
        view = self.page("records_today")
        view.show_day(day or dt.date.today())
        self.window.show_page("records_today")
        return view

    def open_session(self, session_id: int) -> Any:
        editor = self.page("records_session")
        if editor.session_id not in (None, session_id) and editor.editable and editor.unsaved():
            # Never drop a drawn map: store it first; if that is refused, stay on it.
            if not editor.save():
                self.window.show_page("records_session")
                return editor
            self.status_message(self.tr("The previous map was saved before opening this session."))
        try:
            editor.open_session(session_id)
        except StorageError as exc:
            self._error(exc)
            return editor
        self.window.show_page("records_session")
        return editor

    def _refresh_pages(self) -> None:
        if "records_patient" in self._pages:
            self._pages["records_patient"].refresh()
        if "records_today" in self._pages:
            self._pages["records_today"].refresh()
        editor = self._pages.get("records_session")
        if editor is not None and editor.session_id is not None:
            editor.reload()

    # ---- dialogs --------------------------------------------------------------------------------
    def add_consent(self, patient_id: int | None, consent: Any = None) -> Any:
        from mesomap.gui.records.course_dialog import ConsentDialog

        if patient_id is None:
            return None
        rec = self.rec()
        return self._show(ConsentDialog(rec, patient_id, rec.courses.list_courses(patient_id), fmt=self.fmt,
                                        consent=consent, parent=self.window), self._refresh_pages)

    def new_course(self, patient_id: int | None) -> Any:
        from mesomap.gui.records.course_dialog import CourseDialog

        if patient_id is None:
            return None
        self._indications = None
        return self._show(CourseDialog(self.rec(), patient_id, fmt=self.fmt, parent=self.window), self._refresh_pages)

    def edit_course(self, course: Any) -> Any:
        from mesomap.gui.records.course_dialog import CourseDialog

        return self._show(CourseDialog(self.rec(), course.patient_id, course, fmt=self.fmt, parent=self.window),
                          self._refresh_pages)

    def plan_for_current(self) -> None:
        pid = self.window.patient_list.current_patient_id()
        if pid is not None:
            self.plan_session(pid, None)

    def plan_session(self, patient_id: int | None, course_id: int | None) -> Any:
        from mesomap.gui.records.plan_dialog import PlanSessionDialog

        if patient_id is None:
            return None
        dialog = PlanSessionDialog(self, patient_id, course_id, parent=self.window)

        def planned() -> None:
            self._refresh_pages()
            if dialog.plan is not None and self.can(Permission.CLINICAL_WRITE):
                self.open_session(dialog.plan.session.id)

        return self._show(dialog, planned)

    def repeat(self, session_id: int | None) -> Any:
        if session_id is None:
            return None
        editor = self._pages.get("records_session")
        if editor is not None and editor.session_id == session_id and editor.editable and editor.unsaved() \
                and not editor.save():
            return None  # repeat what is stored, so store the drawn map first (refusal shown)
        from mesomap.gui.records.repeat_dialog import RepeatDialog

        dialog = RepeatDialog(self, session_id, parent=self.window)

        def repeated() -> None:
            self._refresh_pages()
            if dialog.plan is not None:
                self.open_session(dialog.plan.session.id)

        return self._show(dialog, repeated)

    def perform(self, session_id: int | None) -> Any:
        from mesomap.gui.records.perform import PerformDialog

        if session_id is None:
            return None
        editor = self._pages.get("records_session")
        if editor is not None and editor.session_id == session_id and editor.unsaved() and not editor.save():
            return None  # the refusal is shown in the editor
        return self._show(PerformDialog(self.rec(), session_id, fmt=self.fmt, parent=self.window), self._refresh_pages)

    def adverse_event(self, session_id: int | None) -> Any:
        from mesomap.gui.records.perform import AdverseEventDialog

        if session_id is None:
            return None
        rec = self.rec()
        signed = rec.sessions.open(session_id).session.status.value == "signed"
        return self._show(AdverseEventDialog(rec, session_id, signed=signed, fmt=self.fmt, parent=self.window),
                          self._refresh_pages)

    def sign(self, session_id: int | None) -> Any:
        from mesomap.gui.records.common import actor_of
        from mesomap.gui.records.signing import SignDialog

        if session_id is None:
            return None
        actor = actor_of(self.window)
        name = actor.display_name if actor is not None else ""
        return self._show(SignDialog(self.rec(), session_id, name, parent=self.window), self._refresh_pages)

    def amend(self, session_id: int | None) -> Any:
        from mesomap.gui.records.signing import AmendmentDialog

        if session_id is None:
            return None
        return self._show(AmendmentDialog(self.rec(), session_id, parent=self.window), self._refresh_pages)

    def open_protocols(self) -> Any:
        from mesomap.gui.records.catalog_dialogs import ProtocolLibraryDialog

        return self._show(ProtocolLibraryDialog(self, parent=self.window))

    def open_checklist(self) -> Any:
        from mesomap.gui.records.checklist_editor import ChecklistEditorDialog

        return self._show(ChecklistEditorDialog(self, parent=self.window))

    def open_products(self) -> Any:
        from mesomap.gui.records.catalog_dialogs import ProductsDialog

        return self._show(ProductsDialog(self, parent=self.window))


def install_records(window: Any) -> RecordsController:
    """Add the records pages and actions to ``window`` (``window.records``)."""
    controller = RecordsController(window)
    window.records = controller
    return controller
