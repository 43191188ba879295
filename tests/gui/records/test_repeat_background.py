"""Repeating a session runs its skin-true layout in the background (``repeat_dialog``): on a
seeded demonstration face session the repeat completes and opens the new session; while the
worker runs, the dialog is busy (fields and OK disabled, Cancel live) and the event loop keeps
turning (a 10 ms timer's largest gap, compared with the same repeat run on the GUI thread in the
same test); Cancel stores nothing; a failure in the worker (a layout error, a storage refusal)
shows a sentence, keeps what was typed and stores nothing."""

from __future__ import annotations

import threading
import time
from typing import Any

import pytest
import sqlalchemy as sa
from PySide6.QtCore import QTime, QTimer
from pytestqt.qtbot import QtBot

from mesomap.gui.naming import unnamed_widgets
from mesomap.gui.records.common import error_text
from mesomap.gui.records.repeat_dialog import CommitGate, RepeatDialog, store_repeat
from mesomap.gui.workers import Cancelled
from mesomap.storage import models as m
from mesomap.storage.engine import Database
from mesomap.storage.permissions import Permission, PermissionDeniedError
from mesomap.storage.repository import records_sessions

from .conftest import Clinic, at, new_patient, open_window, plan_face_session


def _face_session(db: Database) -> int:
    """A seeded session whose map is on the face (relief: skin-true spacing) with papules."""
    with db.session(read_only=True) as s:
        rows = s.execute(sa.select(m.SessionMap.session_id).order_by(m.SessionMap.session_id)).scalars().all()
    from mesomap.storage.repository.records import RecordsRepository

    rec = RecordsRepository(db, None)
    for sid in rows:
        doc = rec.sessions.open(sid).map
        if doc is not None and doc.template.template_id == "face_front" and any(len(r.papules) for r in doc.regions):
            return int(sid)
    raise AssertionError("the demo seed has no face session with papules")


def _counts(db: Database) -> tuple[int, int]:
    with db.session(read_only=True) as s:
        return (s.execute(sa.select(sa.func.count()).select_from(m.TreatmentSession)).scalar_one(),
                s.execute(sa.select(sa.func.count()).select_from(m.SessionMap)).scalar_one())


def _cold_surfaces() -> None:
    """Forget the cached surface models so each measured repeat builds its own."""
    from mesomap.core.surface import layouter

    layouter._MODELS.clear()


class GapMeter:
    """A 10 ms timer on the GUI thread; ``max_gap(t0, t1)`` is the longest time between two
    ticks (or a window edge and a tick) inside [t0, t1]: how long the event loop stood still."""

    def __init__(self) -> None:
        self.ticks: list[float] = []
        self.timer = QTimer()
        self.timer.setInterval(10)
        self.timer.timeout.connect(lambda: self.ticks.append(time.perf_counter()))

    def __enter__(self) -> GapMeter:
        self.timer.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.timer.stop()

    def max_gap(self, t0: float, t1: float) -> float:
        inside = [t for t in self.ticks if t0 <= t <= t1]
        edges = [t0, *inside, t1]
        return max(b - a for a, b in zip(edges, edges[1:], strict=False))

    def count(self, t0: float, t1: float) -> int:
        return sum(1 for t in self.ticks if t0 <= t <= t1)


def _mark_delivery(dialog: RepeatDialog) -> list[float]:
    """Record when the worker's result reaches the GUI thread (before the editor opens)."""
    marks: list[float] = []
    done = dialog._done

    def marked(plan: Any) -> None:
        marks.append(time.perf_counter())
        done(plan)

    dialog._done = marked  # type: ignore[method-assign]
    return marks


def test_repeat_runs_in_background_and_opens_the_new_session(qtbot: QtBot, demo: Database) -> None:
    sid = _face_session(demo)
    before = _counts(demo)
    window = open_window(qtbot, demo)
    dialog = window.records.repeat(sid)
    assert isinstance(dialog, RepeatDialog) and unnamed_widgets(dialog) == []
    assert not dialog.busy_bar.isVisible() and dialog.ok_button.isEnabled()
    _cold_surfaces()
    dialog.ok_button.click()
    # busy: fields and OK disabled, Cancel live, the bar and its sentence shown
    assert dialog.running
    assert dialog.busy_bar.isVisible() and dialog.busy_label.isVisible()
    assert not dialog.ok_button.isEnabled() and not dialog.form.isEnabled() and not dialog.shift.isEnabled()
    assert dialog.cancel_button.isEnabled()
    assert dialog.grab().save("/tmp/h5-busy.png")
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=60000)
    new_id = dialog.plan.session.id
    qtbot.waitUntil(lambda: getattr(window.pages.currentWidget(), "session_id", None) == new_id, timeout=10000)
    editor = window.pages.currentWidget()
    assert new_id != sid and editor.overlay is not None
    assert _counts(demo) == (before[0] + 1, before[1] + 1)
    rec = window.records.rec()
    new, old = rec.sessions.open(new_id), rec.sessions.open(sid)
    assert new.session.previous_session_id == sid
    assert [r.id for r in new.map.regions] == [r.id for r in old.map.regions]
    assert sum(len(r.papules) for r in new.map.regions) > 0


def test_event_loop_turns_while_the_worker_runs(qtbot: QtBot, demo: Database) -> None:
    sid = _face_session(demo)
    window = open_window(qtbot, demo)
    controller = window.records
    # the blocking version: the same repeat on the GUI thread (what the dialog used to do)
    with GapMeter() as meter:
        qtbot.wait(50)
        _cold_surfaces()
        blocked: list[float] = []

        def blocking() -> None:
            blocked.append(time.perf_counter())
            store_repeat(controller.rec(), controller.templates, sid, at(30), shift=True)
            blocked.append(time.perf_counter())

        QTimer.singleShot(0, blocking)
        qtbot.waitUntil(lambda: len(blocked) == 2, timeout=60000)
        qtbot.wait(50)
        t_end = time.perf_counter()
        blocking_gap = meter.max_gap(blocked[0] - 0.03, t_end)
    # the dialog: the same repeat in the worker
    dialog = controller.repeat(sid)
    marks = _mark_delivery(dialog)
    with GapMeter() as meter:
        qtbot.wait(50)
        _cold_surfaces()
        t0 = time.perf_counter()
        dialog.ok_button.click()
        qtbot.waitUntil(lambda: bool(marks), timeout=60000)
        worker_gap = meter.max_gap(t0, marks[0])
        ticks = meter.count(t0, marks[0])
    worker_time = marks[0] - t0
    print(f"\nrepeat of demo face session {sid}: GUI thread blocked {blocking_gap * 1000:.0f} ms "
          f"(blocking version, {(blocked[1] - blocked[0]) * 1000:.0f} ms of work); in the worker "
          f"{worker_time * 1000:.0f} ms, largest GUI gap {worker_gap * 1000:.0f} ms over {ticks} ticks")
    assert blocking_gap >= blocked[1] - blocked[0]  # the meter does see a blocked loop
    assert ticks >= 3  # the 10 ms timer kept firing while the layout ran
    assert worker_gap < 0.5 * blocking_gap


def _hold_layout(monkeypatch: pytest.MonkeyPatch) -> tuple[threading.Event, threading.Event]:
    """The worker's layout waits for ``release`` (and says ``started``): a test can press a
    button at a known moment."""
    started, release = threading.Event(), threading.Event()
    real = records_sessions.repeat_map

    def held(*args: Any, **kwargs: Any) -> Any:
        started.set()
        release.wait(30)
        return real(*args, **kwargs)

    monkeypatch.setattr(records_sessions, "repeat_map", held)
    return started, release


def test_cancel_stores_nothing(qtbot: QtBot, demo: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    sid = _face_session(demo)
    before = _counts(demo)
    window = open_window(qtbot, demo)
    dialog = window.records.repeat(sid)
    started, release = _hold_layout(monkeypatch)
    dialog.ok_button.click()
    qtbot.waitUntil(started.is_set, timeout=10000)
    job = dialog.job
    assert job is not None
    with qtbot.waitSignal(dialog.rejected, timeout=1000):
        dialog.cancel_button.click()  # closes at once; the layout is still running
    assert not dialog.isVisible() and not dialog.running
    release.set()
    qtbot.waitUntil(job.done.is_set, timeout=60000)
    qtbot.wait(50)  # let a (wrong) delivery arrive if there were one
    assert _counts(demo) == before
    assert getattr(window.pages.currentWidget(), "session_id", None) in (None, sid)


def test_cancel_after_the_commit_opens_the_new_session(qtbot: QtBot, demo: Database,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """Cancel pressed once the new session is being stored changes nothing: it opens."""
    sid = _face_session(demo)
    before = _counts(demo)
    window = open_window(qtbot, demo)
    dialog = window.records.repeat(sid)
    committed, release = threading.Event(), threading.Event()
    real_open = records_sessions.SessionRecords.open

    def held_open(self: Any, session_id: int, *args: Any, **kwargs: Any) -> Any:
        gate = dialog.gate
        if threading.current_thread() is not threading.main_thread() and gate is not None \
                and gate._committing:  # the worker, after its commit: wait for the test
            committed.set()
            release.wait(30)
        return real_open(self, session_id, *args, **kwargs)

    monkeypatch.setattr(records_sessions.SessionRecords, "open", held_open)
    dialog.ok_button.click()
    qtbot.waitUntil(committed.is_set, timeout=60000)
    dialog.cancel_button.click()
    assert dialog.isVisible() and dialog.running  # too late to cancel: still busy
    release.set()
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=30000)
    assert getattr(window.pages.currentWidget(), "session_id", None) == dialog.plan.session.id
    assert _counts(demo)[0] == before[0] + 1


def test_failure_after_the_commit_says_the_session_was_stored(qtbot: QtBot, demo: Database,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    """Opening the stored session fails in the worker: the sentence says it was stored (never
    "nothing was stored") and OK stays disabled, so it cannot be stored twice."""
    sid = _face_session(demo)
    before = _counts(demo)
    window = open_window(qtbot, demo)
    dialog = window.records.repeat(sid)
    real_open = records_sessions.SessionRecords.open

    def failing_open(self: Any, session_id: int, *args: Any, **kwargs: Any) -> Any:
        gate = dialog.gate
        if threading.current_thread() is not threading.main_thread() and gate is not None and gate.committed:
            raise ValueError("cannot open")
        return real_open(self, session_id, *args, **kwargs)

    monkeypatch.setattr(records_sessions.SessionRecords, "open", failing_open)
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: not dialog.running, timeout=60000)
    text = dialog.message.text()
    assert dialog.isVisible() and dialog.plan is None
    assert "was stored" in text and "nothing was stored" not in text and "cannot open" not in text
    assert not dialog.ok_button.isEnabled() and dialog.cancel_button.isEnabled()
    assert _counts(demo)[0] == before[0] + 1


def test_commit_gate_refuses_after_cancel_and_holds_after_commit(any_clinic: Clinic) -> None:
    """On SQLite and PostgreSQL: a cancelled gate rolls the repeat's one write transaction back;
    a gate that let the commit through cannot be cancelled any more."""
    from mesomap.storage.repository.records import RecordsRepository

    db = any_clinic.db
    sid = plan_face_session(any_clinic, new_patient(any_clinic), at(0))
    rec = RecordsRepository(db, any_clinic.doctor)
    before = _counts(db)
    gate = CommitGate()
    assert gate.cancel() and gate.cancelled
    with pytest.raises(Cancelled), gate.active():
        rec.sessions.repeat(sid, at(30), shift=False)
    assert _counts(db) == before  # rolled back: no session, no map
    late = CommitGate()
    from mesomap.core.templates import load_library

    library = load_library()
    plan = store_repeat(rec, lambda: library, sid, at(31), shift=False, gate=late)
    assert not late.cancel()  # past the point of no return: Cancel changes nothing
    assert _counts(db)[0] == before[0] + 1 and plan.session.previous_session_id == sid
    # outside an active gate (other threads, later work) commits are not watched
    rec.sessions.repeat(sid, at(32), shift=False)
    assert _counts(db)[0] == before[0] + 2


def _typed(dialog: RepeatDialog) -> tuple[Any, QTime, bool]:
    dialog.date.set_value(at(12).date())
    dialog.time.setTime(QTime(16, 45))
    dialog.shift.setChecked(True)
    return dialog.date.value(), dialog.time.time(), dialog.shift.isChecked()


def test_layout_error_in_the_worker_shows_a_sentence_and_stores_nothing(
        qtbot: QtBot, demo: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    sid = _face_session(demo)
    before = _counts(demo)
    window = open_window(qtbot, demo)
    dialog = window.records.repeat(sid)
    typed = _typed(dialog)

    def broken(*args: Any, **kwargs: Any) -> Any:
        raise ValueError("no room for a papule")

    monkeypatch.setattr(records_sessions, "repeat_map", broken)
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: not dialog.running, timeout=10000)
    assert dialog.isVisible() and dialog.plan is None
    text = dialog.message.text()
    assert dialog.message.isVisible() and "nothing was stored" in text and "no room" not in text
    assert dialog.shift.text() in text  # names the option that avoids the new layout
    assert dialog.ok_button.isEnabled() and dialog.form.isEnabled() and not dialog.busy_bar.isVisible()
    assert (dialog.date.value(), dialog.time.time(), dialog.shift.isChecked()) == typed
    assert _counts(demo) == before
    monkeypatch.undo()  # the next OK works with what was kept
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=60000)
    assert dialog.plan.session.scheduled_at.astimezone().date() == typed[0]
    assert _counts(demo)[0] == before[0] + 1


def _run_refused(qtbot: QtBot, window: Any, sid: int) -> tuple[RepeatDialog, Any]:
    """Open the repeat dialog, type a date/time/shift, press OK and wait for the refusal:
    no plan, the message line shown."""
    dialog = RepeatDialog(window.records, sid, parent=window)
    qtbot.addWidget(dialog)
    dialog.open()
    typed = _typed(dialog)
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: not dialog.running, timeout=10000)
    assert dialog.plan is None and dialog.message.isVisible()
    return dialog, typed


def test_storage_refusal_in_the_worker_is_shown(qtbot: QtBot, clinic: Clinic) -> None:
    sid = plan_face_session(clinic, new_patient(clinic), at(0))
    before = _counts(clinic.db)
    window = open_window(qtbot, clinic.db, clinic.desk)  # the front desk may not plan maps
    dialog, typed = _run_refused(qtbot, window, sid)
    assert dialog.message.text() == error_text(PermissionDeniedError(Permission.CLINICAL_WRITE))
    assert (dialog.date.value(), dialog.time.time(), dialog.shift.isChecked()) == typed
    assert _counts(clinic.db) == before
    dialog.reject()



def test_repeat_without_its_template_refuses_and_stores_nothing(
        qtbot: QtBot, clinic: Clinic, monkeypatch: pytest.MonkeyPatch) -> None:
    """A repeat is never laid out without its danger zones: when the template the previous map
    was made on is neither installed nor stored, the sentence says so and nothing is written."""
    from mesomap.storage.repository.records_sessions import SessionRecords
    from mesomap.storage.template_snapshots import TemplateUnavailableError

    sid = plan_face_session(clinic, new_patient(clinic), at(0))
    before = _counts(clinic.db)

    def gone(self: Any, ref: Any, library: Any) -> Any:
        raise TemplateUnavailableError(template=ref.template_id, version=ref.template_version)

    monkeypatch.setattr(SessionRecords, "template", gone)
    window = open_window(qtbot, clinic.db, clinic.doctor)
    dialog, typed = _run_refused(qtbot, window, sid)
    assert "no longer installed" in dialog.message.text()
    assert (dialog.date.value(), dialog.time.time(), dialog.shift.isChecked()) == typed
    assert _counts(clinic.db) == before
    dialog.reject()
