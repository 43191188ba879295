"""Showing errors to people: message dialogs, and the hook for exceptions nobody caught.

Rule (docs/conventions.md): the user reads a sentence that says what happened and what to do;
the technical detail (traceback, SQL, paths) goes to the log file. :func:`show_error` does both.
:func:`install_excepthook` makes every uncaught exception on the GUI thread (a bug) land in the
log and in a non-blocking dialog; the window stays open.
"""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Callable
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

log = logging.getLogger("mesomap")

ExcHook = Callable[[type[BaseException], BaseException, TracebackType | None], object]


def show_error(
    parent: QWidget | None,
    message: str,
    *,
    title: str | None = None,
    detail: str | None = None,
    modal: bool = False,
) -> QMessageBox:
    """Show ``message`` (a translated sentence) in a warning box named ``error_dialog``.

    Non-blocking by default (``open()``); with ``modal=True`` it runs ``exec()`` and returns
    after the user closed it (use before the main window exists). ``detail`` goes under
    "Show Details…" and to the log."""
    if detail:
        log.error("%s\n%s", message, detail)
    else:
        log.error("%s", message)
    box = QMessageBox(parent)
    box.setObjectName("error_dialog")
    box.setAccessibleName(title or QCoreApplication.translate("Errors", "mesomap: error"))
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title or QCoreApplication.translate("Errors", "mesomap: error"))
    box.setText(message)
    if detail:
        box.setDetailedText(detail)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    if modal:
        box.exec()
    else:
        box.open()
    return box


def log_file_hint() -> str:
    from mesomap.paths import user_log_dir

    return str(user_log_dir() / "mesomap.log")


class ExceptHook:
    """``sys.excepthook`` replacement: log the traceback, show a dialog, keep running."""

    def __init__(self, parent_getter: Callable[[], QWidget | None] = lambda: None) -> None:
        self._parent_getter = parent_getter
        self._showing = False
        self.last_dialog: QMessageBox | None = None
        self.previous: ExcHook = sys.excepthook

    def __call__(
        self,
        exc_type: type[BaseException],
        exc: BaseException,
        tb: TracebackType | None,
    ) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            self.previous(exc_type, exc, tb)
            return
        log.critical("uncaught exception", exc_info=(exc_type, exc, tb))
        if QApplication.instance() is None or self._showing:
            return
        self._showing = True
        try:
            from mesomap.gui.fields import translate_error

            what = translate_error(exc) if getattr(exc, "message", None) else exc_type.__name__
            message = QCoreApplication.translate(
                "Errors",
                "Something went wrong inside mesomap ({what}). What you were doing may not have "
                "finished; your saved records are not affected. The details are in the log file "
                "{path}. If it happens again, send that file to your support contact.",
            ).format(what=what, path=log_file_hint())
            import traceback

            detail = "".join(traceback.format_exception(exc_type, exc, tb))
            box = QMessageBox(self._parent_getter())
            box.setObjectName("error_dialog")
            box.setAccessibleName(QCoreApplication.translate("Errors", "mesomap: unexpected error"))
            box.setIcon(QMessageBox.Icon.Critical)
            box.setWindowTitle(QCoreApplication.translate("Errors", "mesomap: unexpected error"))
            box.setText(message)
            box.setDetailedText(detail)
            box.finished.connect(self._closed)
            box.open()
            self.last_dialog = box
        except Exception:  # noqa: BLE001 - the hook itself must never raise
            log.exception("could not show the error dialog")
            self._showing = False

    def _closed(self, _result: int) -> None:
        self._showing = False


def install_excepthook(parent_getter: Callable[[], QWidget | None] = lambda: None) -> ExceptHook:
    """Install :class:`ExceptHook` as ``sys.excepthook`` (and log thread exceptions)."""
    hook = ExceptHook(parent_getter)
    sys.excepthook = hook

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        log.critical(
            "uncaught exception in thread %s", args.thread.name if args.thread else "?",
            exc_info=(args.exc_type, args.exc_value or args.exc_type(), args.exc_traceback),
        )

    threading.excepthook = thread_hook
    return hook
