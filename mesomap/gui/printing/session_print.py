"""Print preview, printing and PDF export of one session's sheet, and the Ctrl+P actions.

``SessionPrinting(parent, db, settings)`` keeps its ``QPrinter`` for its whole life (a printer
deleted while a preview or print dialog still uses it crashes Qt) and always ends its painters.
``install_print_actions(window, current_session)`` adds File ▸ Print… (Ctrl+P) and friends
(see :mod:`mesomap.gui.printing.actions`, the light module a main window installs at start-up).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QPageLayout, QPageSize
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QFileDialog, QWidget

from mesomap.core import settings as registry
from mesomap.core.localeformat import default_format
from mesomap.gui.errors import show_error
from mesomap.printing.sheet import SheetOptions

log = logging.getLogger(__name__)


def translate_print_error(exc: BaseException) -> str:
    """The user's sentence for a printing failure, translated (storage errors included)."""
    translated = getattr(exc, "translated", None)
    if callable(translated):
        return str(translated(QCoreApplication.translate))
    template = getattr(exc, "template", None)
    if isinstance(template, str):
        params = getattr(exc, "params", {}) or {}
        context = getattr(exc, "context", "Printing")
        text = QCoreApplication.translate(context, template)
        try:
            return text.format(**params)
        except (KeyError, IndexError):
            return template.format(**params)
    message = getattr(exc, "message", None)
    if isinstance(message, str):
        return message
    return QCoreApplication.translate(
        "Printing", "The sheet could not be printed. The details are in the log file.")


def default_paper(settings: Any | None) -> str:
    stored = ""
    if settings is not None:
        try:
            stored = str(settings.get(registry.PAPER_SIZE))
        except Exception:  # noqa: BLE001 - a setting that cannot be read falls back
            log.warning("paper size setting unreadable", exc_info=True)
    return stored if stored in ("A4", "Letter") else default_format().paper_size()


def options_from_printer(printer: QPrinter, base: SheetOptions) -> SheetOptions:
    """The paper and orientation the user chose in a print or preview dialog."""
    layout = printer.pageLayout()
    paper = "Letter" if layout.pageSize().id() == QPageSize.PageSizeId.Letter else "A4"
    landscape = layout.orientation() == QPageLayout.Orientation.Landscape
    return SheetOptions(paper, "landscape" if landscape else "portrait", base.scale, base.aftercare,
                        base.margin_mm)


class SessionPrinting(QObject):
    """Preview, print and export sheets of one database (one per window)."""

    def __init__(self, parent: QWidget, db: Any, settings: Any | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("session_printing")
        self.widget = parent
        self.db = db
        self.settings = settings
        self.actor = getattr(parent, "actor_ref", None)  # follows login, switch user and lock
        self.printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        self.options = SheetOptions(paper=default_paper(settings))
        self._apply_paper(self.options)
        self.preview_dialog: QPrintPreviewDialog | None = None
        self.last_error: str | None = None
        self._library: Any = None

    def _apply_paper(self, options: SheetOptions) -> None:
        from mesomap.printing.layout import SheetLayout, paper_size_mm
        from mesomap.printing.paint import page_layout

        w, h = paper_size_mm(options.paper, options.orientation)
        self.printer.setPageLayout(page_layout(SheetLayout(options.paper, options.orientation, w, h)))
        self.printer.setFullPage(True)

    def library(self) -> Any:
        if self._library is None:
            from mesomap.core.templates import load_library

            self._library = load_library()
        return self._library

    def prepare(self, session_id: int, options: SheetOptions) -> Any:
        from mesomap.printing.paint import prepare
        from mesomap.storage.repository.sheets import SheetRepository

        data = SheetRepository(self.db, self.actor).get(session_id)
        return prepare(data, options, self.library(), fmt=default_format())

    def audit_printed(self, session_id: int) -> None:
        """Record in the audit trail that this session's sheet went to a printer."""
        from mesomap.storage.audit import Action
        from mesomap.storage.repository.sheets import SheetRepository

        repo = SheetRepository(self.db, self.actor)
        try:
            repo.record_printed([repo.get(session_id)], Action.PRINT, target="printer")
        except Exception:  # noqa: BLE001 - the sheet is printed; the failure is logged
            log.exception("could not record the print of session %s in the audit", session_id)

    def may_print(self) -> bool:
        """Check ``Permission.PRINT``; shows the refusal and returns False when not allowed."""
        from mesomap.storage.repository.sheets import SheetRepository

        try:
            SheetRepository(self.db, self.actor).check_may_print()
        except Exception as exc:  # noqa: BLE001 - PermissionDeniedError, database errors
            self._fail(exc)
            return False
        return True

    def _fail(self, exc: BaseException) -> None:
        self.last_error = translate_print_error(exc)
        show_error(self.widget, self.last_error, detail=repr(exc))

    # -- preview / print -------------------------------------------------------------------------
    def paint_to(self, printer: QPrinter, session_id: int) -> int:
        """Lay the sheet out for the printer's paper and paint it; returns the page count."""
        from mesomap.printing.paint import print_to

        try:
            sheet = self.prepare(session_id, options_from_printer(printer, self.options))
            return print_to(printer, [sheet])
        except Exception as exc:  # noqa: BLE001 - shown to the user, logged
            self._fail(exc)
            return 0

    def preview(self, session_id: int, *, modal: bool = True) -> QPrintPreviewDialog | None:
        if not self.may_print():
            return None
        dialog = QPrintPreviewDialog(self.printer, self.widget)
        dialog.setObjectName("print_preview_dialog")
        dialog.setAccessibleName(self.tr("Print preview"))
        dialog.setWindowTitle(self.tr("Print preview"))
        dialog.paintRequested.connect(lambda printer: self.paint_to(printer, session_id))
        dialog.accepted.connect(lambda: self.audit_printed(session_id))  # its Print button
        self.preview_dialog = dialog
        if modal:
            dialog.exec()
        else:
            dialog.open()
        return dialog

    def print_session(self, session_id: int) -> bool:
        if not self.may_print():
            return False
        dialog = QPrintDialog(self.printer, self.widget)
        dialog.setObjectName("print_dialog")
        dialog.setAccessibleName(self.tr("Print"))
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return False
        if self.paint_to(self.printer, session_id) == 0:
            return False
        self.audit_printed(session_id)
        return True

    # -- PDF ------------------------------------------------------------------------------------
    def export_pdf(self, session_id: int, path: str | None = None,
                   on_done: Callable[[Any], None] | None = None) -> None:
        """Write the sheet to ``path`` (asked for when None) in a worker with progress."""
        from mesomap.gui.workers import run_with_progress
        from mesomap.printing.batch import export_sessions

        if path is None:
            path, _ = QFileDialog.getSaveFileName(
                self.widget, self.tr("Export the sheet as PDF"), str(Path.home() / "sheet.pdf"),
                self.tr("PDF files (*.pdf)"))
            if not path:
                return
        options = self.options
        db, library, actor = self.db, self.library(), self.actor

        def work(job: Any) -> Any:
            return export_sessions(db, [session_id], Path(path), options, library=library,
                                   fmt=default_format(), cancelled=lambda: job.cancelled,
                                   actor=actor)

        run_with_progress(work, parent=self.widget, title=self.tr("Export PDF"),
                          label=self.tr("Writing the sheet…"), on_done=on_done,
                          on_error=self._fail)


def install_print_actions(window: Any, current_session: Callable[[], int | None]) -> SessionPrinting:
    """Add the print actions (:mod:`mesomap.gui.printing.actions`) and return the window's
    printing helper (``window.session_printing``)."""
    from mesomap.gui.printing.actions import install, printing_helper

    install(window, current_session)
    helper: SessionPrinting = printing_helper(window)
    return helper
