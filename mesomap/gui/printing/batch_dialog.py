"""Print a day's (or a date range's) session sheets in one run: the batch dialog.

The user picks the days, optionally one practitioner, the paper, scale and aftercare page, and
either one PDF with every sheet, one PDF per session in a folder, or a printer. The work runs in
a worker (``mesomap.gui.workers.run_with_progress``) with a progress bar and Cancel; the
dialog never touches the database on the GUI thread except to list practitioners.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mesomap.core.localeformat import LocaleParseError
from mesomap.gui.errors import show_error
from mesomap.gui.fields import DateEdit, ValidatedForm, name_widget
from mesomap.gui.printing.session_print import translate_print_error
from mesomap.printing.sheet import SheetOptions

if TYPE_CHECKING:
    from mesomap.gui.printing.session_print import SessionPrinting


class BatchPrintDialog(QDialog):
    """Choose days and practitioner, then export or print every sheet."""

    def __init__(self, parent: QWidget | None, printing: SessionPrinting) -> None:
        super().__init__(parent)
        self.printing = printing
        self.setObjectName("batch_print_dialog")
        self.setWindowTitle(self.tr("Print a day's session sheets"))
        self.setAccessibleName(self.tr("Print a day's session sheets"))
        self.result_files: list[Path] = []
        self.job: Any = None

        self.form = ValidatedForm(self)
        today = dt.date.today()
        self.from_edit = self.form.add_row(self.tr("&From"), DateEdit(allow_empty=False),
                                           "batch_print_dialog_from_edit")
        self.from_edit.set_value(today)
        self.to_edit = self.form.add_row(self.tr("&To"), DateEdit(allow_empty=True),
                                         "batch_print_dialog_to_edit")
        self.practitioner_combo = self.form.add_row(
            self.tr("P&ractitioner"), QComboBox(), "batch_print_dialog_practitioner_combo")
        self.practitioner_combo.addItem(self.tr("Everyone"), None)
        try:
            from mesomap.storage.repository.sheets import SheetRepository

            for uid, name in SheetRepository(printing.db).practitioners():
                self.practitioner_combo.addItem(name, uid)
        except Exception:  # noqa: BLE001 - the list is a convenience; "Everyone" still works
            pass
        self.paper_combo = self.form.add_row(self.tr("&Paper"), QComboBox(),
                                             "batch_print_dialog_paper_combo")
        self.paper_combo.addItem("A4", "A4")
        self.paper_combo.addItem(self.tr("US Letter"), "Letter")
        self.paper_combo.setCurrentIndex(0 if printing.options.paper == "A4" else 1)
        self.scale_combo = self.form.add_row(self.tr("&Scale"), QComboBox(),
                                             "batch_print_dialog_scale_combo")
        self.scale_combo.addItem(self.tr("Largest standard scale that fits"), "fit")
        self.scale_combo.addItem(self.tr("Actual size (1:1), tiled when larger than the paper"), "1:1")
        self.output_combo = self.form.add_row(self.tr("&Output"), QComboBox(),
                                              "batch_print_dialog_output_combo")
        self.output_combo.addItem(self.tr("One PDF with every sheet"), "pdf")
        self.output_combo.addItem(self.tr("One PDF per session, in a folder"), "per_session")
        self.output_combo.addItem(self.tr("A printer"), "printer")
        self.aftercare_check = QCheckBox(self.tr("Add the patient's &aftercare page"))
        name_widget(self.aftercare_check, "batch_print_dialog_aftercare_check",
                    self.tr("Add the patient's aftercare page"))
        self.status_label = QLabel("")
        self.status_label.setObjectName("batch_print_dialog_status_label")
        self.status_label.setWordWrap(True)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.start_button = QPushButton(self.tr("&Start"))
        name_widget(self.start_button, "batch_print_dialog_start_button", self.tr("Start"))
        buttons.addButton(self.start_button, QDialogButtonBox.ButtonRole.ActionRole)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        name_widget(close, "batch_print_dialog_close_button", self.tr("Close"))
        buttons.rejected.connect(self.reject)
        self.start_button.clicked.connect(self.start)

        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(self.aftercare_check)
        layout.addWidget(self.status_label)
        layout.addWidget(buttons)

    # -- inputs -----------------------------------------------------------------------------------
    def days(self) -> tuple[dt.date, dt.date] | None:
        self.form.clear_errors()
        try:
            first = self.from_edit.value()
        except LocaleParseError:
            self.form.set_error(self.from_edit, self.from_edit.error())
            return None
        try:
            last = self.to_edit.value() or first
        except LocaleParseError:
            self.form.set_error(self.to_edit, self.to_edit.error())
            return None
        assert first is not None and last is not None
        if last < first:
            self.form.set_error(self.to_edit, self.tr("The last day is before the first day."))
            return None
        return first, last

    def options(self) -> SheetOptions:
        return SheetOptions(paper=str(self.paper_combo.currentData()),
                            scale=str(self.scale_combo.currentData()),
                            aftercare=self.aftercare_check.isChecked())

    def session_ids(self, days: tuple[dt.date, dt.date]) -> list[int]:
        from mesomap.storage.repository.sheets import SheetRepository

        return SheetRepository(self.printing.db).session_ids(
            days[0], days[1], practitioner_id=self.practitioner_combo.currentData())

    # -- running ----------------------------------------------------------------------------------
    def start(self, target: str | None = None) -> None:
        """Start the batch; ``target`` (file or folder) skips the file dialog (tests)."""
        days = self.days()
        if days is None:
            return
        ids = self.session_ids(days)
        if not ids:
            self.status_label.setText(self.tr("There are no sessions to print on these days."))
            return
        mode = str(self.output_combo.currentData())
        options = self.options()
        if mode == "printer":
            dialog = QPrintDialog(self.printing.printer, self)
            dialog.setObjectName("print_dialog")
            if dialog.exec() != QPrintDialog.DialogCode.Accepted:
                return
        elif target is None:
            if mode == "per_session":
                target = QFileDialog.getExistingDirectory(self, self.tr("Folder for the PDF files"))
            else:
                target, _ = QFileDialog.getSaveFileName(
                    self, self.tr("Save the sheets as PDF"),
                    str(Path.home() / f"sheets-{days[0].isoformat()}.pdf"),
                    self.tr("PDF files (*.pdf)"))
            if not target:
                return
        self._run(ids, options, mode, target)

    def _run(self, ids: list[int], options: SheetOptions, mode: str, target: str | None) -> None:
        from mesomap.gui.workers import Cancelled, run_with_progress
        from mesomap.printing.batch import BatchCancelled, export_sessions

        db, library, printer = self.printing.db, self.printing.library(), self.printing.printer
        actor = self.printing.actor
        if not self.printing.may_print():
            return

        def work(job: Any) -> Any:
            def progress(done: int, total: int, name: str) -> None:
                job.progress(done, total, name)

            try:
                if mode == "printer":
                    return _print_batch(db, actor, ids, options, library, printer, progress,
                                        lambda: job.cancelled)
                return export_sessions(db, ids, Path(target or ""), options,
                                       per_session=mode == "per_session", library=library,
                                       progress=progress, cancelled=lambda: job.cancelled,
                                       actor=actor)
            except BatchCancelled:
                raise Cancelled() from None

        self.start_button.setEnabled(False)
        self.job, _ = run_with_progress(
            work, parent=self, title=self.tr("Printing sheets"),
            label=self.tr("Preparing %n sheet(s)…", "", len(ids)),
            on_done=self._done, on_error=self._failed, on_cancel=self._cancelled)

    def _done(self, result: Any) -> None:
        self.start_button.setEnabled(True)
        self.result_files = list(getattr(result, "files", []))
        sheets = int(getattr(result, "sheets", 0))
        self.status_label.setText(self.tr("%n sheet(s) done.", "", sheets))

    def _failed(self, exc: BaseException) -> None:
        self.start_button.setEnabled(True)
        message = translate_print_error(exc)
        self.status_label.setText(message)
        show_error(self, message, detail=repr(exc))

    def _cancelled(self) -> None:
        self.start_button.setEnabled(True)
        self.status_label.setText(QCoreApplication.translate(
            "BatchPrintDialog", "Cancelled: the PDF was not written (files already finished are kept)."))


def _print_batch(db: Any, actor: Any, ids: list[int], options: SheetOptions, library: Any,
                 printer: Any, progress: Any, cancelled: Any) -> Any:
    """Print every sheet on ``printer`` in one job (worker thread: QPainter on a QPrinter is
    allowed outside the GUI thread)."""
    from mesomap.printing.batch import BatchCancelled, BatchResult
    from mesomap.printing.paint import prepare, print_to
    from mesomap.storage.audit import Action
    from mesomap.storage.repository.sheets import SheetRepository

    result = BatchResult()
    repo = SheetRepository(db, actor)
    printed: list[Any] = []

    def sheets() -> Any:
        for i, sid in enumerate(ids):
            if cancelled():
                return
            data = repo.get(sid)
            progress(i, len(ids), data.patient_name)
            result.sheets += 1
            printed.append(data)
            yield prepare(data, options, library)

    result.pages = print_to(printer, sheets())
    repo.record_printed(printed, Action.PRINT, target="printer")
    if cancelled():
        raise BatchCancelled([])
    progress(len(ids), len(ids), "")
    return result
