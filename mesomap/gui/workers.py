"""Slow work off the GUI thread, with progress and cancel.

Two helpers, both on the global ``QThreadPool``:

- :func:`run_in_background` runs a plain function and calls ``on_done(result)`` or
  ``on_error(exc)`` back on the GUI thread. No dialog: for quick queries such as the patient
  search.
- :func:`run_with_progress` runs ``fn(job)`` under a modal ``QProgressDialog`` with a Cancel
  button. The function reports progress with ``job.progress(done, total, text)`` and checks
  ``job.cancelled`` (or calls ``job.check_cancelled()``, which raises :class:`Cancelled`) between
  steps. For printing batches, seeding, backups, migrations.

The function runs in another thread: it must not touch widgets, and it opens its own database
session (``with db.session() as s: ...``). Results and errors come back through queued signals,
so the callbacks run on the GUI thread. If the receiver (``parent``) is deleted first, the
callbacks are dropped, never called on a dead widget.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

log = logging.getLogger(__name__)


class Cancelled(Exception):
    """Raised inside a job by :meth:`Job.check_cancelled` when the user pressed Cancel."""


class _Signals(QObject):
    progressed = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(object)
    cancelled = Signal()


class Job(QRunnable):
    """One unit of background work. Create it through the helpers below."""

    def __init__(self, fn: Callable[[Job], Any]) -> None:
        super().__init__()
        self.setAutoDelete(False)  # the Python wrapper owns it; Qt must not delete it under us
        self._fn = fn
        self._cancel = threading.Event()
        self.signals = _Signals()
        self.done = threading.Event()

    # ---- for the job function (worker thread) -----------------------------------------------
    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check_cancelled(self) -> None:
        if self._cancel.is_set():
            raise Cancelled()

    def progress(self, done: int, total: int, text: str = "") -> None:
        """Report progress (thread-safe; ``total`` 0 means unknown)."""
        self.signals.progressed.emit(int(done), int(total), text)

    # ---- for the GUI thread ------------------------------------------------------------------
    def cancel(self) -> None:
        self._cancel.set()

    def run(self) -> None:
        try:
            result = self._fn(self)
        except Cancelled:
            self.signals.cancelled.emit()
        except BaseException as exc:  # noqa: BLE001 - reported to the GUI thread, and logged
            log.exception("background job failed")
            self.signals.failed.emit(exc)
        else:
            if self._cancel.is_set():
                self.signals.cancelled.emit()
            else:
                self.signals.finished.emit(result)
        finally:
            self.done.set()


_running: set[Job] = set()


def _start(job: Job) -> Job:
    _running.add(job)
    job.signals.finished.connect(lambda _r: _running.discard(job))
    job.signals.failed.connect(lambda _e: _running.discard(job))
    job.signals.cancelled.connect(lambda: _running.discard(job))
    QThreadPool.globalInstance().start(job)
    return job


class _Relay(QObject):
    """Lives on the GUI thread as a child of ``parent``: queued callbacks die with it."""

    def __init__(
        self,
        parent: QObject | None,
        on_done: Callable[[Any], None] | None,
        on_error: Callable[[BaseException], None] | None,
        on_cancel: Callable[[], None] | None,
        on_progress: Callable[[int, int, str], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self._on_done, self._on_error, self._on_cancel = on_done, on_error, on_cancel
        self._on_progress = on_progress

    @Slot(int, int, str)
    def progressed(self, done: int, total: int, text: str) -> None:
        if self._on_progress is not None:
            self._on_progress(done, total, text)

    @Slot(object)
    def done(self, result: object) -> None:
        if self._on_done is not None:
            self._on_done(result)
        self.deleteLater()

    @Slot(object)
    def error(self, exc: object) -> None:
        if self._on_error is not None and isinstance(exc, BaseException):
            self._on_error(exc)
        self.deleteLater()

    @Slot()
    def cancelled(self) -> None:
        if self._on_cancel is not None:
            self._on_cancel()
        self.deleteLater()


def _wire(job: Job, relay: _Relay) -> None:
    queued = Qt.ConnectionType.QueuedConnection
    job.signals.finished.connect(relay.done, queued)
    job.signals.failed.connect(relay.error, queued)
    job.signals.cancelled.connect(relay.cancelled, queued)
    job.signals.progressed.connect(relay.progressed, queued)


def run_in_background(
    fn: Callable[[], Any],
    *,
    parent: QObject,
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
) -> Job:
    """Run ``fn()`` in the thread pool; ``on_done(result)`` / ``on_error(exc)`` on the GUI
    thread, unless ``parent`` was deleted meanwhile. Returns the job (``job.cancel()`` makes
    the callbacks be dropped: use it when a newer query replaces this one)."""
    job = Job(lambda _job: fn())
    relay = _Relay(parent, on_done, on_error, None)
    _wire(job, relay)
    return _start(job)


def run_with_progress(
    fn: Callable[[Job], Any],
    *,
    parent: QWidget,
    title: str,
    label: str,
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
    on_cancel: Callable[[], None] | None = None,
    minimum_duration_ms: int = 400,
) -> tuple[Job, QProgressDialog]:
    """Run ``fn(job)`` with a modal progress dialog (shown after ``minimum_duration_ms``) whose
    Cancel button sets ``job.cancelled``. ``title`` and ``label`` are already translated."""
    job = Job(fn)
    dialog = QProgressDialog(label, parent.tr("Cancel"), 0, 0, parent)
    dialog.setObjectName("progress_dialog")
    dialog.setAccessibleName(title)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(minimum_duration_ms)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.canceled.connect(job.cancel)

    def progressed(done: int, total: int, text: str) -> None:
        dialog.setMaximum(max(total, 0))
        dialog.setValue(min(done, total) if total > 0 else 0)
        if text:
            dialog.setLabelText(text)

    def finish_dialog() -> None:
        dialog.canceled.disconnect(job.cancel)
        dialog.close()
        dialog.deleteLater()

    def done(result: object) -> None:
        finish_dialog()
        if on_done is not None:
            on_done(result)

    def failed(exc: BaseException) -> None:
        finish_dialog()
        if on_error is not None:
            on_error(exc)

    def cancelled() -> None:
        finish_dialog()
        if on_cancel is not None:
            on_cancel()

    relay = _Relay(parent, done, failed, cancelled, progressed)
    _wire(job, relay)
    _start(job)
    return job, dialog
