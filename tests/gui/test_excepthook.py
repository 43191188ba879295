"""An uncaught exception is logged to the rotating log file and shown in a dialog; the window
stays open."""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMainWindow, QMessageBox
from pytestqt.qtbot import QtBot

from mesomap.app import configure_logging
from mesomap.gui.errors import ExceptHook, install_excepthook, show_error

pytestmark = pytest.mark.gui


@pytest.fixture
def log_file(tmp_path: Path) -> Path:
    handler = configure_logging()
    assert handler is not None
    yield Path(handler.baseFilename)  # type: ignore[attr-defined]
    logging.getLogger().removeHandler(handler)
    handler.close()


def test_uncaught_exception_shows_a_dialog_and_goes_to_the_log(qtbot: QtBot, log_file: Path) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    window.show()
    hook = ExceptHook(lambda: window)
    try:
        raise ZeroDivisionError("division by zero in a test")
    except ZeroDivisionError:
        hook(*sys.exc_info())  # type: ignore[arg-type]
    dialog = hook.last_dialog
    assert isinstance(dialog, QMessageBox)
    assert dialog.objectName() == "error_dialog"
    qtbot.waitUntil(dialog.isVisible, timeout=2000)
    assert "ZeroDivisionError" in dialog.text()
    assert str(log_file) in dialog.text()
    assert "division by zero in a test" in dialog.detailedText()
    assert window.isVisible()
    text = log_file.read_text(encoding="utf-8")
    assert "uncaught exception" in text and "ZeroDivisionError: division by zero in a test" in text
    assert log_file.parent == Path(os.environ["MESOMAP_LOG_DIR"])
    assert log_file.stat().st_mode & 0o077 == 0  # owner-only: logs may name health records
    # A second error while the first dialog is open is logged, not stacked as a second dialog.
    try:
        raise KeyError("second")
    except KeyError:
        hook(*sys.exc_info())  # type: ignore[arg-type]
    assert hook.last_dialog is dialog
    assert "KeyError: 'second'" in log_file.read_text(encoding="utf-8")
    dialog.accept()


def test_install_replaces_sys_excepthook(qtbot: QtBot, log_file: Path) -> None:
    previous = sys.excepthook
    try:
        hook = install_excepthook()
        assert sys.excepthook is hook
    finally:
        sys.excepthook = previous


def test_show_error_logs_the_sentence_and_the_detail(qtbot: QtBot, log_file: Path) -> None:
    box = show_error(None, "The file is damaged. Restore it from a backup.", detail="trace here")
    qtbot.addWidget(box)
    assert box.text() == "The file is damaged. Restore it from a backup."
    text = log_file.read_text(encoding="utf-8")
    assert "The file is damaged" in text and "trace here" in text
    box.accept()


@pytest.mark.qt_no_exception_capture
def test_an_exception_in_a_slot_reaches_the_hook_and_the_window_stays(qtbot: QtBot, log_file: Path) -> None:
    from PySide6.QtCore import QTimer

    window = QMainWindow()
    qtbot.addWidget(window)
    window.show()
    previous = sys.excepthook
    try:
        hook = install_excepthook(lambda: window)

        def broken_slot() -> None:
            raise RuntimeError("a bug in a slot")

        QTimer.singleShot(0, window, broken_slot)
        qtbot.waitUntil(lambda: hook.last_dialog is not None and hook.last_dialog.isVisible(), timeout=3000)
        assert window.isVisible()
        assert "RuntimeError: a bug in a slot" in log_file.read_text(encoding="utf-8")
        hook.last_dialog.accept()  # type: ignore[union-attr]
    finally:
        sys.excepthook = previous
