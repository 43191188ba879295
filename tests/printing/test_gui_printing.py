"""Print preview, PDF export, the batch dialog (progress, cancel) and the Ctrl+P actions."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtGui import QKeySequence
from PySide6.QtPrintSupport import QPrintPreviewWidget
from PySide6.QtWidgets import QMainWindow, QMessageBox, QToolBar
from pytestqt.qtbot import QtBot

from mesomap.gui.actions import SHELL_ACTIONS, ActionTable
from mesomap.gui.naming import unnamed_widgets
from mesomap.gui.printing.batch_dialog import BatchPrintDialog
from mesomap.gui.printing.session_print import SessionPrinting, install_print_actions
from mesomap.storage.engine import Database
from mesomap.storage.repository.sheets import SheetRepository
from tests.printing.conftest import page_count, pdf_text, session_with_template

pytestmark = pytest.mark.gui


class _Window(QMainWindow):
    def __init__(self, db: Database) -> None:
        super().__init__()
        self.db = db
        toolbar = QToolBar(self)
        self.addToolBar(toolbar)
        self.action_table = ActionTable(self, toolbar)
        for spec in SHELL_ACTIONS:
            self.action_table.add(spec)


def test_preview_paints_the_sheet_pages(qtbot: QtBot, demo_db: Database) -> None:
    parent = QMainWindow()
    qtbot.addWidget(parent)
    printing = SessionPrinting(parent, demo_db)
    sid = session_with_template(demo_db, "lower_back")
    expected = len(printing.prepare(sid, printing.options).layout.pages)
    dialog = printing.preview(sid, modal=False)
    qtbot.addWidget(dialog)
    widget = dialog.findChild(QPrintPreviewWidget)
    assert widget is not None
    widget.updatePreview()
    qtbot.waitUntil(lambda: widget.pageCount() == expected, timeout=10_000)
    assert printing.last_error is None
    assert printing.printer is dialog.printer()  # the dialog uses the printer we keep alive
    dialog.close()


def test_export_pdf_in_a_worker(qtbot: QtBot, demo_db: Database, tmp_path: Path) -> None:
    parent = QMainWindow()
    qtbot.addWidget(parent)
    printing = SessionPrinting(parent, demo_db)
    sid = session_with_template(demo_db, "face_front")
    out = tmp_path / "export.pdf"
    results: list[object] = []
    printing.export_pdf(sid, str(out), on_done=results.append)
    qtbot.waitUntil(lambda: bool(results), timeout=30_000)
    assert page_count(out) >= 1
    assert SheetRepository(demo_db).get(sid).patient_identifier in pdf_text(out)


def test_ctrl_p_actions_are_installed(qtbot: QtBot, demo_db: Database) -> None:
    window = _Window(demo_db)
    qtbot.addWidget(window)
    current: list[int | None] = [None]
    printing = install_print_actions(window, lambda: current[0])
    action = window.action_table.action("file.print")
    assert action.shortcut() == QKeySequence(QKeySequence.StandardKey.Print)
    assert action.objectName() == "action_file_print"
    for name in ("file.print_preview", "file.export_pdf", "file.print_batch"):
        assert window.action_table.action(name) is not None
    # Without a current session the action says so instead of printing nothing.
    window.action_table.action("file.export_pdf").trigger()
    box = window.findChild(QMessageBox, "error_dialog")
    assert box is not None and "no session to print" in box.text()
    assert printing is window.session_printing


def _batch_dialog(qtbot: QtBot, demo_db: Database) -> tuple[BatchPrintDialog, list[int]]:
    parent = QMainWindow()
    qtbot.addWidget(parent)
    printing = SessionPrinting(parent, demo_db)
    dialog = BatchPrintDialog(parent, printing)
    qtbot.addWidget(dialog)
    ids = SheetRepository(demo_db).session_ids(dt.date(2000, 1, 1), dt.date(2100, 1, 1))
    first = SheetRepository(demo_db).get(ids[0]).scheduled_at.astimezone().date()
    last = SheetRepository(demo_db).get(ids[-1]).scheduled_at.astimezone().date()
    dialog.from_edit.set_value(first)
    dialog.to_edit.set_value(last)
    return dialog, ids


def test_batch_dialog_exports_one_file_per_session(qtbot: QtBot, demo_db: Database,
                                                   tmp_path: Path) -> None:
    dialog, ids = _batch_dialog(qtbot, demo_db)
    assert unnamed_widgets(dialog) == []
    dialog.output_combo.setCurrentIndex(dialog.output_combo.findData("per_session"))
    dialog.start(str(tmp_path))
    qtbot.waitUntil(lambda: bool(dialog.result_files), timeout=120_000)
    assert len(list(tmp_path.glob("*.pdf"))) == len(ids)
    assert dialog.start_button.isEnabled()


def test_batch_dialog_cancel_leaves_no_pdf(qtbot: QtBot, demo_db: Database, tmp_path: Path) -> None:
    dialog, _ = _batch_dialog(qtbot, demo_db)
    out = tmp_path / "all.pdf"
    dialog.start(str(out))
    dialog.job.cancel()
    qtbot.waitUntil(lambda: dialog.start_button.isEnabled(), timeout=120_000)
    assert "Cancelled" in dialog.status_label.text()
    assert not out.exists()
    assert not list(tmp_path.glob(".mesomap-*"))


def test_batch_dialog_refuses_reversed_days(qtbot: QtBot, demo_db: Database) -> None:
    dialog, _ = _batch_dialog(qtbot, demo_db)
    dialog.to_edit.set_value(dt.date(1999, 1, 1))
    dialog.start("/nonexistent/x.pdf")
    assert dialog.job is None
    assert dialog.form.error_label(dialog.to_edit).text()


def test_default_session_is_the_selected_patients(qtbot: QtBot, demo_db: Database) -> None:
    from mesomap.gui.printing.actions import selected_patient_session

    sid = session_with_template(demo_db, "lower_back")
    with demo_db.session(read_only=True) as s:
        from mesomap.storage.models import TreatmentSession

        row = s.get(TreatmentSession, sid)
        assert row is not None
        patient, when = row.patient_id, row.scheduled_at

    class _Panel:
        def __init__(self, pid: int | None) -> None:
            self.pid = pid

        def current_patient_id(self) -> int | None:
            return self.pid

    window = _Window(demo_db)
    qtbot.addWidget(window)
    window.patient_list = _Panel(None)  # type: ignore[attr-defined]
    assert selected_patient_session(window) is None
    window.patient_list = _Panel(patient)  # type: ignore[attr-defined]
    chosen = selected_patient_session(window)
    assert chosen is not None
    repo = SheetRepository(demo_db)
    day = when.astimezone().date()
    assert repo.session_for_patient(patient, today=day) == sid
    # The day after, the most recent session before it is the one meant.
    later = repo.session_for_patient(patient, today=day + dt.timedelta(days=1))
    assert later is not None and repo.get(later).scheduled_at <= when


def test_no_printing_while_locked_or_logged_out(qtbot: QtBot, demo_db: Database) -> None:
    from mesomap.gui.printing.actions import may_print

    window = _Window(demo_db)
    qtbot.addWidget(window)
    asked: list[bool] = []
    install_print_actions(window, lambda: asked.append(True) or None)  # type: ignore[func-returns-value]

    class _Ref:
        current: object = None

    window.actor_ref = _Ref()  # type: ignore[attr-defined]
    assert not may_print(window)
    window.action_table.action("file.print").trigger()
    assert asked == []  # refused before even looking for a session
    box = window.findChild(QMessageBox, "error_dialog")
    assert box is not None and "Log in first" in box.text()
    window.is_demo = True  # type: ignore[attr-defined]
    assert may_print(window)
    window.actor_ref.current = object()  # type: ignore[attr-defined]
    window.is_demo = False  # type: ignore[attr-defined]
    assert may_print(window)


def test_batch_to_a_printer_prints_every_sheet_and_audits_it(
        qtbot: QtBot, sqlite_url: str, tmp_path: Path) -> None:
    import sqlalchemy as sa
    from PySide6.QtPrintSupport import QPrinter

    from mesomap.core.templates import load_library
    from mesomap.gui.printing.batch_dialog import _print_batch
    from mesomap.printing.sheet import SheetOptions
    from mesomap.storage.engine import open_database
    from mesomap.storage.models import AuditEntry
    from mesomap.storage.seed import seed_demo

    with open_database(sqlite_url) as db:
        seed_demo(db.engine, patients=1)
        ids = SheetRepository(db).session_ids(dt.date(2000, 1, 1), dt.date(2100, 1, 1))[:3]
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        out = tmp_path / "printer.pdf"
        printer.setOutputFileName(str(out))
        seen: list[int] = []
        result = _print_batch(db, None, ids, SheetOptions(), load_library(), printer,
                              lambda done, _total, _name: seen.append(done), lambda: False)
        assert result.sheets == 3 and seen[-1] == 3
        assert page_count(out) == result.pages
        with db.session(read_only=True) as s:
            printed = s.execute(sa.select(AuditEntry.record_id)
                                .where(AuditEntry.action == "print")).scalars().all()
        assert sorted(printed) == sorted(str(i) for i in ids)


def test_a_session_page_decides_what_prints(qtbot: QtBot, demo_db: Database) -> None:
    from mesomap.gui.printing.actions import selected_patient_session

    window = _Window(demo_db)
    qtbot.addWidget(window)
    window.current_session_id = lambda: 42  # type: ignore[attr-defined]
    assert selected_patient_session(window) == 42
    window.current_session_id = lambda: None  # type: ignore[attr-defined]
    assert selected_patient_session(window) is None  # no page session, no patient list

