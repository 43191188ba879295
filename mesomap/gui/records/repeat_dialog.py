"""The "Repeat as the next session" dialog, with the repeat done off the GUI thread.

Repeating a session lays every region out again with skin-true spacing
(:class:`~mesomap.core.surface.SurfaceLayouter`, inside ``SessionRecords.repeat``): 0.5-5 s
on a face or a thigh. That whole storage call (read the previous map, lay it out, store the new
session in one transaction, open it) runs in :func:`mesomap.gui.workers.run_in_background`;
meanwhile the dialog shows a busy bar, its fields and OK are disabled, and Cancel stays live.
The result is applied on the GUI thread: ``dialog.plan`` is set and the dialog accepted (the
records controller then opens the new session, as before).

Cancel: the layout cannot be interrupted halfway, so Cancel closes the dialog at once and the
worker's write is refused when it gets there. A :class:`CommitGate` is consulted by the database
session's ``before_commit`` (only in the worker thread that runs this repeat): a cancelled gate
raises :class:`~mesomap.gui.workers.Cancelled` there, the transaction rolls back and nothing is
stored. Once the gate has let the commit through, Cancel is ignored (the new session is being
stored and opens a moment later) — so either the new session exists and opens, or nothing was
written.

A failure (a storage refusal, or a layout error) leaves the dialog open with what was typed, and
says what happened in its message line; nothing is stored. A failure after the commit (opening
the stored session) says the session was stored and where to find it, and OK stays disabled.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import threading
from collections.abc import Callable, Iterator
from typing import Any

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QProgressBar,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from mesomap.gui.fields import DateEdit, ValidatedForm, name_widget
from mesomap.gui.records.common import error_label, error_text, show_message
from mesomap.gui.records.editing import save_cancel_buttons, save_or_show, show_field_errors
from mesomap.gui.workers import Cancelled, Job, run_in_background
from mesomap.storage.errors import StorageError
from mesomap.storage.repository.sessions import SessionRepository


class CommitGate:
    """The point of no return of one background repeat: the first database commit in the
    worker thread while the gate is active. :meth:`cancel` before it makes that commit raise
    ``Cancelled`` (rolled back); after it, :meth:`cancel` returns False and changes nothing."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._cancelled = False
        self._committing = False

    @property
    def cancelled(self) -> bool:
        return self._cancelled

    @property
    def committed(self) -> bool:
        """True once the commit was let through (the new session is, or is being, stored)."""
        return self._committing

    def cancel(self) -> bool:
        """Ask the repeat to store nothing; False when it is already storing its result."""
        with self._lock:
            if self._committing:
                return False
            self._cancelled = True
            return True

    def check(self) -> None:
        """Raise ``Cancelled`` if Cancel was pressed (between the worker's steps)."""
        if self._cancelled:
            raise Cancelled()

    def commit_point(self) -> None:
        """Called by ``before_commit`` in the worker thread: refuse, or pass for good."""
        with self._lock:
            if self._cancelled:
                raise Cancelled()
            self._committing = True

    @contextlib.contextmanager
    def active(self) -> Iterator[CommitGate]:
        """Guard the commits this thread makes inside the block."""
        _install_listener()
        previous = getattr(_ACTIVE, "gate", None)
        _ACTIVE.gate = self
        try:
            yield self
        finally:
            _ACTIVE.gate = previous


_ACTIVE = threading.local()
_LISTENING: list[bool] = []


def _before_commit(session: Any) -> None:
    gate = getattr(_ACTIVE, "gate", None)
    if gate is not None:
        gate.commit_point()


def _install_listener() -> None:
    """One ``before_commit`` listener on every SQLAlchemy session; it does nothing outside a
    thread with an active gate."""
    if not _LISTENING:
        from sqlalchemy import event
        from sqlalchemy.orm import Session

        event.listen(Session, "before_commit", _before_commit)
        _LISTENING.append(True)


def store_repeat(rec: Any, templates: Callable[[], Any], session_id: int, when: dt.datetime, *,
                 shift: bool, gate: CommitGate | None = None) -> Any:
    """Repeat ``session_id`` as a new session at ``when`` (the slow part: read, skin-true layout,
    one write transaction). Thread-agnostic: the dialog runs it in a worker; with ``gate`` the
    write is refused once the gate is cancelled. Returns the new ``SessionPlan``."""
    gate = gate or CommitGate()
    with gate.active():
        gate.check()
        previous = rec.sessions.open(session_id).map
        exclusions: Any = ()
        template: Any = None
        if previous is not None:
            # the template the previous map was made on (installed copy or the stored snapshot):
            # its danger zones, and its relief for the skin-true spacing; when neither exists,
            # TemplateUnavailableError says so and nothing is laid out: a map is never laid out
            # without its danger zones
            template = rec.sessions.template(previous.template, templates())
            exclusions = template.avoid_exclusions()
        gate.check()
        return rec.sessions.repeat(session_id, when, shift=shift, exclusions=exclusions,
                                   template=template)


class RepeatDialog(QDialog):
    """Start the next session from a previous one: same template, fit, regions and parameters;
    optionally with the papules shifted to fall between the previous ones."""

    def __init__(self, controller: Any, session_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("repeat_dialog")
        self.setWindowTitle(self.tr("Repeat as the next session"))
        self.setAccessibleName(self.windowTitle())
        self.controller, self.session_id = controller, session_id
        self.plan: Any = None
        self.job: Job | None = None
        self.gate: CommitGate | None = None
        layout = QVBoxLayout(self)
        self.form = ValidatedForm(self)
        layout.addWidget(self.form)
        self.date = self.form.add_row(self.tr("&Date"), DateEdit(fmt=controller.fmt, allow_empty=False, parent=self),
                                      "repeat_dialog_date_edit")
        self.time = self.form.add_row(self.tr("&Time"), QTimeEdit(self), "repeat_dialog_time_edit")
        self.time.setTime(QTime(10, 0))
        rec = controller.rec()
        # the session row only (not ``sessions.open``, whose warnings load the template library:
        # ~1 s on the GUI thread the first time)
        course_id = SessionRepository(rec.db, rec.actor).get(session_id).course_id
        default = dt.date.today() + dt.timedelta(days=7)
        if course_id is not None:
            course = rec.courses.get_course(course_id)
            if course.next_due is not None:
                default = max(course.next_due.earliest, dt.date.today())
        self.date.set_value(default)
        self.shift = QCheckBox(self.tr("Shift the papules to fall between the previous ones"), self)
        name_widget(self.shift, "repeat_dialog_shift_check", self.shift.text())
        self.shift.setChecked(True)
        layout.addWidget(self.shift)
        layout.addWidget(QLabel(self.tr("The previous papules are shown faintly under the new map."), self))
        self.busy_label = QLabel(self.tr("Laying out the new session's papules on the skin…"), self)
        name_widget(self.busy_label, "repeat_dialog_busy_label", self.busy_label.text())
        self.busy_bar = QProgressBar(self)
        self.busy_bar.setRange(0, 0)  # busy: no known end
        self.busy_bar.setTextVisible(False)
        name_widget(self.busy_bar, "repeat_dialog_busy_bar", self.busy_label.text())
        layout.addWidget(self.busy_label)
        layout.addWidget(self.busy_bar)
        self.message = error_label("repeat_dialog_message_label", self)
        layout.addWidget(self.message)
        self.buttons = save_cancel_buttons(self, "repeat_dialog", self.save, self.tr("OK"), self.tr("Cancel"),
                                           ok=True)
        layout.addWidget(self.buttons)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self._set_busy(False)

    @property
    def running(self) -> bool:
        """True while the repeat runs in the background."""
        return self.job is not None

    def _set_busy(self, busy: bool) -> None:
        self.busy_label.setVisible(busy)
        self.busy_bar.setVisible(busy)
        for widget in (self.form, self.shift, self.ok_button):
            widget.setEnabled(not busy)
        self.cancel_button.setEnabled(True)  # Cancel always works

    def save(self) -> None:
        """Check the fields, then repeat in the background (OK)."""
        if self.running:
            return
        self.form.clear_errors()
        show_message(self.message, None)
        if not show_field_errors(self.form, (self.date,)):
            return
        day = self.date.value()
        assert day is not None
        t = self.time.time()
        when = dt.datetime.combine(day, dt.time(t.hour(), t.minute())).astimezone()
        rec, templates, session_id, shift = self.controller.rec(), self.controller.templates, \
            self.session_id, self.shift.isChecked()
        gate = self.gate = CommitGate()
        self._set_busy(True)
        self.job = run_in_background(lambda: store_repeat(rec, templates, session_id, when, shift=shift, gate=gate),
                                     parent=self, on_done=self._done, on_error=self._failed)

    def _done(self, plan: Any) -> None:
        self.job = None
        self.plan = plan
        self._set_busy(False)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.job = None
        if self.gate is not None and self.gate.committed:
            # Failed after storing (opening the new session): never say "nothing was stored",
            # and no second OK that would store it twice.
            self._set_busy(False)
            self.form.setEnabled(False)
            self.shift.setEnabled(False)
            self.ok_button.setEnabled(False)
            stored = self.tr("The new session was stored, but it could not be opened here. Close this window "
                             "and open it from the patient's record.")
            show_message(self.message, f"{error_text(exc)} {stored}" if isinstance(exc, StorageError) else stored)
            return
        self._set_busy(False)
        if isinstance(exc, StorageError):
            save_or_show(_raiser(exc), self.message)  # the storage sentence, as the other dialogs
        else:
            show_message(self.message, self.tr(
                "The new session could not be laid out, so nothing was stored. Try again, or untick "
                "“%1” to copy the previous papules as they were.").replace("%1", self.shift.text()))

    def reject(self) -> None:
        """Cancel (or Escape): while the repeat runs, its write is refused and the dialog
        closes; once the new session is being stored, it opens instead."""
        if self.job is not None and self.gate is not None:
            if not self.gate.cancel():
                return  # already storing: the result arrives in a moment and opens
            self.job.cancel()
            self.job = None
        super().reject()


def _raiser(exc: BaseException) -> Callable[[], Any]:
    def raise_it() -> Any:
        raise exc

    return raise_it
