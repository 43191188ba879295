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

import itertools
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

log = logging.getLogger(__name__)


class Cancelled(Exception):
    """Raised inside a job by :meth:`Job.check_cancelled` when the user pressed Cancel."""


class Job:
    """One unit of background work. Create it through the helpers below.

    A plain Python object: the pool runs its bound ``run`` method. Results travel back through
    one long-lived dispatcher QObject on the GUI thread, so no per-job QObject is ever created
    or deleted across threads."""

    _ids = itertools.count(1)

    def __init__(self, fn: Callable[[Job], Any]) -> None:
        self.id = next(Job._ids)
        self._fn = fn
        self._cancel = threading.Event()
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
        _dispatcher().progressed.emit(self.id, int(done), int(total), text)

    # ---- for the GUI thread ------------------------------------------------------------------
    def cancel(self) -> None:
        self._cancel.set()

    def run(self) -> None:
        dispatcher = _dispatcher()
        try:
            result = self._fn(self)
        except Cancelled:
            dispatcher.cancelled.emit(self.id)
        except BaseException as exc:  # noqa: BLE001 - reported to the GUI thread, and logged
            log.exception("background job failed")
            dispatcher.failed.emit(self.id, exc)
        else:
            if self._cancel.is_set():
                dispatcher.cancelled.emit(self.id)
            else:
                dispatcher.finished.emit(self.id, result)
        finally:
            self.done.set()


@dataclass
class _Callbacks:
    owner: QObject
    on_done: Callable[[Any], None] | None
    on_error: Callable[[BaseException], None] | None
    on_cancel: Callable[[], None] | None = None
    on_progress: Callable[[int, int, str], None] | None = None
    job: Job | None = None


class _Dispatcher(QObject):
    """Lives on the GUI thread for the whole process; workers emit its signals, its slots
    run queued on the GUI thread and call the job's callbacks if the owner still exists."""

    progressed = Signal(int, int, int, str)
    finished = Signal(int, object)
    failed = Signal(int, object)
    cancelled = Signal(int)

    def __init__(self) -> None:
        super().__init__()
        self.callbacks: dict[int, _Callbacks] = {}
        queued = Qt.ConnectionType.QueuedConnection
        self.progressed.connect(self._progressed, queued)
        self.finished.connect(self._finished, queued)
        self.failed.connect(self._failed, queued)
        self.cancelled.connect(self._cancelled, queued)

    def _live(self, job_id: int, *, pop: bool) -> _Callbacks | None:
        callbacks = self.callbacks.pop(job_id, None) if pop else self.callbacks.get(job_id)
        if callbacks is None or not shiboken6.isValid(callbacks.owner):
            return None
        return callbacks

    @Slot(int, int, int, str)
    def _progressed(self, job_id: int, done: int, total: int, text: str) -> None:
        callbacks = self._live(job_id, pop=False)
        if callbacks is not None and callbacks.on_progress is not None:
            callbacks.on_progress(done, total, text)

    @Slot(int, object)
    def _finished(self, job_id: int, result: object) -> None:
        callbacks = self._live(job_id, pop=True)
        if callbacks is None:
            return
        if callbacks.job is not None and callbacks.job.cancelled:
            # Cancelled after the worker finished but before this delivery: a newer job has
            # replaced it, and its stale result must not overwrite the newer one's.
            if callbacks.on_cancel is not None:
                callbacks.on_cancel()
            return
        if callbacks.on_done is not None:
            callbacks.on_done(result)

    @Slot(int, object)
    def _failed(self, job_id: int, exc: object) -> None:
        callbacks = self._live(job_id, pop=True)
        if callbacks is not None and callbacks.on_error is not None and isinstance(exc, BaseException):
            callbacks.on_error(exc)

    @Slot(int)
    def _cancelled(self, job_id: int) -> None:
        callbacks = self._live(job_id, pop=True)
        if callbacks is not None and callbacks.on_cancel is not None:
            callbacks.on_cancel()


_DISPATCHER: list[_Dispatcher] = []


def _dispatcher() -> _Dispatcher:
    if not _DISPATCHER:
        dispatcher = _Dispatcher()
        app = QCoreApplication.instance()
        if app is not None and dispatcher.thread() is not app.thread():
            dispatcher.moveToThread(app.thread())
        _DISPATCHER.append(dispatcher)
    return _DISPATCHER[0]


def _start(job: Job, callbacks: _Callbacks) -> Job:
    callbacks.job = job
    _dispatcher().callbacks[job.id] = callbacks
    QThreadPool.globalInstance().start(job.run)
    return job


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
    return _start(job, _Callbacks(parent, on_done, on_error))


def run_with_progress(
    fn: Callable[[Job], Any],
    *,
    parent: QWidget | None,
    title: str,
    label: str,
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
    on_cancel: Callable[[], None] | None = None,
    minimum_duration_ms: int = 400,
    cancellable: bool = True,
) -> tuple[Job, QProgressDialog]:
    """Run ``fn(job)`` with a modal progress dialog (shown after ``minimum_duration_ms``) whose
    Cancel button sets ``job.cancelled``. ``title`` and ``label`` are already translated.
    ``cancellable=False`` hides the button (work that must not stop halfway, e.g. a migration).
    With ``parent=None`` the dialog is application-modal and owns the callbacks."""
    job = Job(fn)
    cancel_text = QCoreApplication.translate("Workers", "Cancel")
    dialog = QProgressDialog(label, cancel_text, 0, 0, parent)
    if not cancellable:
        dialog.setCancelButton(None)
    dialog.setObjectName("progress_dialog")
    dialog.setAccessibleName(title)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(
        Qt.WindowModality.WindowModal if parent is not None else Qt.WindowModality.ApplicationModal
    )
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

    owner: QObject = parent if parent is not None else dialog
    _start(job, _Callbacks(owner, done, failed, cancelled, progressed))
    return job, dialog
