"""The background-work helpers: results on the GUI thread, progress, cancel, errors."""

from __future__ import annotations

import threading
import time

import pytest
from PySide6.QtWidgets import QProgressDialog, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from mesomap.gui.workers import Job, run_in_background, run_with_progress

pytestmark = pytest.mark.gui


def test_result_comes_back_on_the_gui_thread(qtbot: QtBot) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    seen: dict[str, object] = {}
    gui_thread = threading.current_thread()

    def work() -> int:
        seen["worker"] = threading.current_thread()
        return 6 * 7

    def done(result: int) -> None:
        seen["result"] = result
        seen["callback"] = threading.current_thread()

    run_in_background(work, parent=owner, on_done=done)
    qtbot.waitUntil(lambda: "result" in seen, timeout=5000)
    assert seen["result"] == 42
    assert seen["worker"] is not gui_thread
    assert seen["callback"] is gui_thread


def test_errors_reach_on_error(qtbot: QtBot) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    errors: list[BaseException] = []

    def work() -> None:
        raise ValueError("boom")

    run_in_background(work, parent=owner, on_error=errors.append)
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    assert isinstance(errors[0], ValueError)


def test_progress_and_cancel(qtbot: QtBot) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    steps: list[int] = []
    outcome: list[str] = []
    started = threading.Event()

    def work(job: Job) -> str:
        for i in range(1000):
            job.check_cancelled()
            steps.append(i)
            job.progress(i, 1000, f"step {i}")
            started.set()
            time.sleep(0.005)
        return "finished"

    job, dialog = run_with_progress(
        work, parent=owner, title="Test", label="Working", minimum_duration_ms=0,
        on_done=lambda r: outcome.append(r), on_cancel=lambda: outcome.append("cancelled"),
    )
    assert isinstance(dialog, QProgressDialog)
    assert started.wait(5)
    qtbot.waitUntil(lambda: dialog.value() > 0, timeout=5000)
    assert dialog.maximum() == 1000
    cancel_button = dialog.findChild(QPushButton)
    assert cancel_button is not None
    cancel_button.click()
    qtbot.waitUntil(lambda: bool(outcome), timeout=5000)
    assert outcome == ["cancelled"]
    assert job.done.wait(5)
    assert len(steps) < 1000


def test_progress_job_result(qtbot: QtBot) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    outcome: list[object] = []
    run_with_progress(lambda job: sum(range(10)), parent=owner, title="T", label="L",
                      on_done=outcome.append)
    qtbot.waitUntil(lambda: bool(outcome), timeout=5000)
    assert outcome == [45]


def test_callbacks_dropped_when_the_owner_is_gone(qtbot: QtBot) -> None:
    owner = QWidget()
    called: list[object] = []
    release = threading.Event()

    def work() -> int:
        release.wait(5)
        return 1

    job = run_in_background(work, parent=owner, on_done=called.append)
    owner.deleteLater()
    qtbot.wait(50)
    release.set()
    assert job.done.wait(5)
    qtbot.wait(100)
    assert called == []


def test_work_that_must_not_stop_has_no_cancel_button(qtbot: QtBot) -> None:
    outcome: list[object] = []
    release = threading.Event()

    def work(job: Job) -> str:
        release.wait(5)
        return "migrated"

    job, dialog = run_with_progress(work, parent=None, title="T", label="Updating",
                                    minimum_duration_ms=0, cancellable=False,
                                    on_done=outcome.append)
    qtbot.waitUntil(dialog.isVisible, timeout=5000)
    assert dialog.findChild(QPushButton) is None
    release.set()
    qtbot.waitUntil(lambda: bool(outcome), timeout=5000)
    assert outcome == ["migrated"]


def test_result_of_a_job_cancelled_before_delivery_is_dropped(qtbot: QtBot) -> None:
    """A page that reloads cancels its previous load; if that load had already finished in the
    worker but its result was still queued for the GUI thread, the stale result must not be
    delivered after (or instead of) the newer one."""
    owner = QWidget()
    qtbot.addWidget(owner)
    delivered: list[str] = []
    first = run_in_background(lambda: "stale", parent=owner, on_done=delivered.append)
    assert first.done.wait(5)  # finished in the worker; its result is queued, not delivered yet
    first.cancel()
    run_in_background(lambda: "fresh", parent=owner, on_done=delivered.append)
    qtbot.waitUntil(lambda: delivered == ["fresh"], timeout=5000)
    qtbot.wait(50)
    assert delivered == ["fresh"]
