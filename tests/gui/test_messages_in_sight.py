"""Every error a user can meet is in sight, in full: each dialog (at its default size) and the
main window (at 1280×800) shows a long message through the label's own show function (or the
real refusal path) and the whole label must be on screen: not clipped by its layout, not in the
hidden part of a scroll area, and not squeezed into a narrow column.

The cases are the messages an audit found clipped or squeezed before the layouts were fixed
(a word-wrapped label does not make a shown dialog grow; a field error under a spin box wrapped
at the spin box's width; the fit bar's error sat beside its row)."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtGui import QRegion
from PySide6.QtWidgets import QLabel, QScrollArea, QWidget
from pytestqt.qtbot import QtBot
from records import conftest as records_fixtures  # type: ignore[import-not-found]
from records.conftest import Clinic, at, new_patient, plan_face_session  # type: ignore[import-not-found]

from mesomap.gui.fields import ValidatedForm
from mesomap.gui.records.common import show_message

clinic = records_fixtures.clinic
window_as = records_fixtures.window_as
_cheap_argon2 = records_fixtures._cheap_argon2

LONG = ("The clinic's database refused this change because someone else saved the same record a "
        "moment ago; check the values shown under each field, correct what is needed and save again.")
#: Narrower than this, a sentence becomes a tall column of one or two words a line.
READABLE_WIDTH = 180


class Refused(Exception):
    """A refusal carrying the long sentence (what translate_error shows)."""

    message = LONG


def show_long(label: QLabel) -> None:
    """Show LONG through the label's own show function: a form's set_error for a field error,
    records' show_message for the others."""
    form = label.parentWidget()
    while form is not None and not isinstance(form, ValidatedForm):
        form = form.parentWidget()
    if form is not None and label.objectName().endswith("_error"):
        field = form.findChild(QWidget, label.objectName().removesuffix("_error"))
        assert field is not None
        form.set_error(field, LONG)
    else:
        show_message(label, LONG)


def in_sight(label: QLabel) -> bool:
    if not label.isVisible() or label.width() < READABLE_WIDTH:
        return False
    need = label.heightForWidth(label.width()) if label.wordWrap() else label.sizeHint().height()
    return label.height() >= need and QRegion(label.rect()).subtracted(label.visibleRegion()).isEmpty()


def records_dialog(open_it: Callable[[Any, int, int, int], Any], name: str) -> Callable[..., QLabel]:
    def make(qtbot: QtBot, clinic: Clinic, window_as: Any) -> QLabel:
        pid = new_patient(clinic)
        planned = plan_face_session(clinic, pid, at(1))
        today = plan_face_session(clinic, pid, at(0))
        window = window_as(clinic.doctor, clinic.db)
        window.resize(1280, 800)
        dialog = open_it(window, pid, planned, today)
        qtbot.waitExposed(dialog)
        label = dialog.findChild(QLabel, name)
        show_long(label)
        return label
    return make


def session_editor(name: str) -> Callable[..., QLabel]:
    def make(qtbot: QtBot, clinic: Clinic, window_as: Any) -> QLabel:
        sid = plan_face_session(clinic, new_patient(clinic), at(1))
        window = window_as(clinic.doctor, clinic.db)
        window.resize(1280, 800)
        editor = window.records.open_session(sid)
        qtbot.waitUntil(lambda: editor.isVisible())
        label = editor.findChild(QLabel, name)
        show_message(label, LONG)
        return label
    return make


def batch_print(qtbot: QtBot, clinic: Clinic, window_as: Any) -> QLabel:
    from PySide6.QtWidgets import QMainWindow

    from mesomap.gui.printing.batch_dialog import BatchPrintDialog
    from mesomap.gui.printing.session_print import SessionPrinting

    parent = QMainWindow()
    qtbot.addWidget(parent)
    dialog = BatchPrintDialog(parent, SessionPrinting(parent, clinic.db))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.form.set_error(dialog.from_edit, LONG)
    return dialog.form.error_label(dialog.from_edit)


def settings_scrolled_down(qtbot: QtBot, clinic: Clinic, window_as: Any) -> QLabel:
    """The user scrolled to the foot of the settings, then saved: the error of the first
    field (above, out of the scroll area's view) is scrolled into sight."""
    from mesomap.core.settings import MemoryBackend, Settings
    from mesomap.gui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(Settings(clinic=MemoryBackend(), workstation=MemoryBackend()), actor=clinic.admin)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    bar = dialog.findChild(QScrollArea, "settings_dialog_scroll").verticalScrollBar()
    assert bar.maximum() > 0
    bar.setValue(bar.maximum())
    form = dialog.forms["clinic"]
    first = next(iter(form._errors))
    form.set_error(first, LONG)
    return form.error_label(first)


def login(qtbot: QtBot, clinic: Clinic, window_as: Any) -> QLabel:
    from mesomap.gui.accounts.dialogs import LoginDialog

    dialog = LoginDialog(clinic.db)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.form._failed(Refused())  # the path a refused login takes
    return dialog.form.message


def lock_overlay(qtbot: QtBot, clinic: Clinic, window_as: Any) -> QLabel:
    """The lock overlay over the main window at 1280×800, after a refused unlock."""
    from mesomap.gui.accounts.lock import LockOverlay

    window = window_as(clinic.doctor, clinic.db)
    window.resize(1280, 800)
    overlay = LockOverlay(window, clinic.db)
    overlay.cover("doctor")
    qtbot.waitUntil(overlay.isVisible)
    overlay.form._failed(Refused())
    return overlay.form.message


def patient_list_failed(qtbot: QtBot, clinic: Clinic, window_as: Any) -> QLabel:
    """A failed patient search at 1280×800: the sentence wraps in the panel (it used to widen
    the panel over most of the window)."""
    window = window_as(clinic.doctor, clinic.db)
    window.resize(1280, 800)
    panel = window.patient_list
    panel._failed(panel._generation, Refused())
    qtbot.wait(100)
    assert panel.width() <= window.width() // 2, f"the patient panel widened to {panel.width()} px"
    return panel.count_label


def setup(qtbot: QtBot, clinic: Clinic, window_as: Any) -> QLabel:
    from mesomap.gui.accounts.dialogs import SetupDialog

    def refuse(*_args: Any) -> Any:
        raise Refused()

    dialog = SetupDialog(clinic.db, create=refuse)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.submit()  # both passwords empty: equal, so the refusal comes from creating
    return dialog.message


def reschedule(qtbot: QtBot, clinic: Clinic, window_as: Any) -> QLabel:
    from mesomap.gui.records.today import RescheduleDialog
    from mesomap.storage.repository.records import RecordsRepository

    rec = RecordsRepository(clinic.db, clinic.doctor)
    sid = plan_face_session(clinic, new_patient(clinic), at(1))
    dialog = RescheduleDialog(rec, rec.sessions.open(sid).session, fmt=None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.form.set_error(dialog.date, LONG)
    return dialog.form.error_label(dialog.date)


def performed(window: Any, pid: int, planned: int, today: int) -> int:
    from mesomap.storage.repository.records import ChecklistAnswerInput, RecordsRepository

    rec = RecordsRepository(window.db, window.actor_ref.current)
    rec.sessions.answer_checklist(today, [ChecklistAnswerInput(line.item_id, "no")
                                          for line in rec.sessions.checklist(today).lines])
    rec.sessions.mark_performed(today, rec.sessions.open(today).session.version, at(0, 11))
    return today


CASES: dict[str, Callable[..., QLabel]] = {
    "course planned sessions": records_dialog(lambda w, p, s, t: w.records.new_course(p),
                                              "course_dialog_planned_spin_error"),
    "consent scope": records_dialog(lambda w, p, s, t: w.records.add_consent(p), "consent_dialog_scope_edit_error"),
    "plan notes": records_dialog(lambda w, p, s, t: w.records.plan_session(p, None), "plan_dialog_notes_edit_error"),
    "perform pain score": records_dialog(lambda w, p, s, t: w.records.perform(s), "perform_dialog_pain_edit_error"),
    "adverse event kind": records_dialog(lambda w, p, s, t: w.records.adverse_event(s),
                                         "adverse_event_dialog_kind_edit_error"),
    "sign password": records_dialog(lambda w, p, s, t: w.records.sign(performed(w, p, s, t)),
                                    "sign_dialog_password_edit_error"),
    "protocol name": records_dialog(lambda w, p, s, t: w.records.open_protocols(), "protocol_library_name_edit_error"),
    "checklist order": records_dialog(lambda w, p, s, t: w.records.open_checklist(),
                                      "checklist_editor_position_spin_error"),
    "session editor fit scale": session_editor("session_editor_fit_scale_edit_error"),
    "settings scrolled down": settings_scrolled_down,
    "batch print first day": batch_print,
    "login refused": login,
    "lock overlay refused": lock_overlay,
    "patient search failed": patient_list_failed,
    "setup refused": setup,
    "reschedule date": reschedule,
}


@pytest.mark.parametrize("case", list(CASES))
def test_a_long_message_is_entirely_in_sight(case: str, qtbot: QtBot, clinic: Clinic, window_as: Any) -> None:
    label = CASES[case](qtbot, clinic, window_as)
    assert LONG in label.text()
    with contextlib.suppress(qtbot.TimeoutError):  # then say what is wrong
        qtbot.waitUntil(lambda: in_sight(label), timeout=3000)
    need = label.heightForWidth(label.width()) if label.wordWrap() else label.sizeHint().height()
    hidden = QRegion(label.rect()).subtracted(label.visibleRegion()).boundingRect()
    assert label.isVisible()
    assert label.width() >= READABLE_WIDTH, f"{label.objectName()} squeezed to {label.width()} px"
    assert label.height() >= need, f"{label.objectName()}: {label.height()} px tall, its text needs {need}"
    assert hidden.isEmpty(), f"{label.objectName()}: {hidden} of it is out of sight"


def test_adding_a_question_already_in_the_checklist_is_refused_under_the_field(
        qtbot: QtBot, clinic: Clinic, window_as: Any) -> None:
    """"Add as new question" with the text of the selected question (as shown, translated)
    refuses with a sentence under the Question field, in sight, and adds nothing."""
    from mesomap.storage.repository.records import RecordsRepository

    window = window_as(clinic.admin, clinic.db)
    dialog = window.records.open_checklist()
    qtbot.waitExposed(dialog)
    before = RecordsRepository(clinic.db, clinic.admin).catalog.list_checklist_items(active_only=False)
    dialog.list.setCurrentRow(1)
    shown = dialog.label.text()
    assert shown
    dialog.label.setText("  " + shown.upper() + " ")
    dialog.new_button.click()
    error = dialog.form.error_label(dialog.label)
    assert "already in the checklist" in error.text()
    qtbot.waitUntil(lambda: in_sight(error), timeout=3000)
    assert dialog.label.text() == "  " + shown.upper() + " "  # what was typed is kept
    # renaming another question to that text is refused too
    dialog.list.setCurrentRow(2)
    dialog.label.setText(before[1].label)
    dialog.save_button.click()
    assert "already in the checklist" in dialog.form.error_label(dialog.label).text()
    after = RecordsRepository(clinic.db, clinic.admin).catalog.list_checklist_items(active_only=False)
    assert after == before
