"""The print actions of a main window, cheap to install at start-up.

``install(window, current_session=None)`` adds File ▸ Print session sheet… (the platform's
Print shortcut, Ctrl+P), Print preview…, Export sheet as PDF… and Print a day's sheets… to
``window.action_table``. Qt's print support and the sheet code load only when an action is
used. ``current_session()`` returns the session to print; by default it is
``window.current_session_id()`` when the window has one (a session page sets it) and it returns
a session, else the session of the patient selected in ``window.patient_list``: today's, else
the latest, else the next one (``SheetRepository.session_for_patient``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence

from mesomap.core.i18n import QT_TRANSLATE_NOOP
from mesomap.gui.actions import ActionSpec

PRINT = ActionSpec(
    "file.print", QT_TRANSLATE_NOOP("Actions", "&Print session sheet…"), "file", group="print",
    shortcut=QKeySequence.StandardKey.Print,
    tip=QT_TRANSLATE_NOOP("Actions", "Print the current session's sheet"))
PREVIEW = ActionSpec(
    "file.print_preview", QT_TRANSLATE_NOOP("Actions", "Print pre&view…"), "file", group="print",
    tip=QT_TRANSLATE_NOOP("Actions", "See the session sheet as it will print"))
EXPORT_PDF = ActionSpec(
    "file.export_pdf", QT_TRANSLATE_NOOP("Actions", "&Export sheet as PDF…"), "file",
    group="print", tip=QT_TRANSLATE_NOOP("Actions", "Save the session sheet as a PDF file"))
PRINT_BATCH = ActionSpec(
    "file.print_batch", QT_TRANSLATE_NOOP("Actions", "Print a &day's sheets…"), "file",
    group="print", tip=QT_TRANSLATE_NOOP("Actions", "Print or export every session sheet of a day"))
PRINT_ACTIONS = (PRINT, PREVIEW, EXPORT_PDF, PRINT_BATCH)


def selected_patient_session(window: Any) -> int | None:
    """The session to print: ``window.current_session_id()`` when a session page provides it
    (and returns one), else the session of the patient selected in the patient list."""
    provider = getattr(window, "current_session_id", None)
    if callable(provider):
        sid = provider()
        if sid is not None:
            return int(sid)
    panel = getattr(window, "patient_list", None)
    patient_id = panel.current_patient_id() if panel is not None else None
    if patient_id is None:
        return None
    from mesomap.storage.repository.sheets import SheetRepository

    return SheetRepository(window.db).session_for_patient(patient_id)


def printing_helper(window: Any) -> Any:
    """The window's ``SessionPrinting`` (made on first use; it keeps the window's QPrinter)."""
    helper = getattr(window, "session_printing", None)
    if helper is None:
        from mesomap.gui.printing.session_print import SessionPrinting

        helper = SessionPrinting(window, window.db, getattr(window, "settings", None))
        window.session_printing = helper
    return helper


def may_print(window: Any) -> bool:
    """False while the window is locked or nobody is logged in (a sheet shows patient data);
    a demonstration database needs no login."""
    accounts = getattr(window, "accounts", None)
    if accounts is not None and getattr(accounts, "locked", False):
        return False
    ref = getattr(window, "actor_ref", None)
    if ref is None or getattr(ref, "current", None) is not None:
        return True
    return bool(getattr(window, "is_demo", False))


def _refuse_locked(window: Any) -> None:
    from mesomap.gui.errors import show_error

    show_error(window, QCoreApplication.translate(
        "Printing", "Log in first: sheets show patient data and print only for a logged-in user."))


def install(window: Any, current_session: Callable[[], int | None] | None = None) -> None:
    current = current_session or (lambda: selected_patient_session(window))

    def with_session(method: str) -> Callable[[], None]:
        def run() -> None:
            if not may_print(window):
                _refuse_locked(window)
                return
            sid = current()
            if sid is None:
                from mesomap.gui.errors import show_error

                show_error(window, QCoreApplication.translate(
                    "Printing", "Open a session first: there is no session to print."))
                return
            getattr(printing_helper(window), method)(sid)
        return run

    def batch() -> None:
        from mesomap.gui.printing.batch_dialog import BatchPrintDialog

        if not may_print(window):
            _refuse_locked(window)
            return

        BatchPrintDialog(window, printing_helper(window)).open()

    table = window.action_table
    table.add(PRINT, with_session("print_session"))
    table.add(PREVIEW, with_session("preview"))
    table.add(EXPORT_PDF, with_session("export_pdf"))
    table.add(PRINT_BATCH, batch)
