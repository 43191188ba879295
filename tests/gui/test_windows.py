"""Several windows in one process, each on its own database: File ▸ Open database… and the
demonstration database (seeded in a worker with progress), errors as sentences."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from mesomap.gui.windows import WindowManager, demo_database_url, sqlite_url_for

pytestmark = pytest.mark.gui


@pytest.fixture
def manager(qtbot: QtBot) -> Any:
    mgr = WindowManager()
    yield mgr
    mgr.close_all()


def wait_for_window(qtbot: QtBot, manager: WindowManager, count: int) -> Any:
    qtbot.waitUntil(lambda: len(manager.windows) == count, timeout=60000)
    window = manager.windows[-1]
    if window.patient_list.searching or window.patient_list.model.rowCount() == 0:
        qtbot.waitUntil(lambda: not window.patient_list.searching, timeout=10000)
    return window


def test_a_second_database_opens_in_its_own_window(qtbot: QtBot, tmp_path: Path, db: Any, patients: list[Any], manager: WindowManager) -> None:
    from mesomap.storage.engine import open_database
    from mesomap.storage.repository.patients import PatientInput, PatientRepository

    other_file = tmp_path / "branch.sqlite"
    with open_database(sqlite_url_for(other_file)) as other:
        PatientRepository(other).create(PatientInput(family_name="Branche"))
    first = manager.add(db, delete_on_close=False)
    qtbot.addWidget(first)
    first.open_database_requested.emit(sqlite_url_for(other_file))
    second = wait_for_window(qtbot, manager, 2)
    assert second.db is not first.db
    assert second.windowTitle() == "mesomap — branch.sqlite"
    assert [r.display_name for r in second.patient_list.model.rows()] == ["BRANCHE"]
    second.close()
    assert manager.windows == [first]
    # The first window's database is untouched by closing the second.
    with qtbot.waitSignal(first.patient_list.search_finished, timeout=5000):
        first.patient_list.refresh()
    assert first.patient_list.model.rowCount() == len(patients)


def test_the_demonstration_database_is_created_with_progress_and_says_demo(qtbot: QtBot, db: Any, manager: WindowManager) -> None:
    first = manager.add(db, delete_on_close=False)
    qtbot.addWidget(first)
    manager.open_demo(first, patients=3)
    demo = wait_for_window(qtbot, manager, 2)
    assert demo.windowTitle() == "mesomap — mesomap-demo.sqlite — DEMO"
    assert demo.patient_list.model.rowCount() == 3
    assert demo_database_url().endswith("/mesomap-demo.sqlite")
    assert "DEMO" not in first.windowTitle()
    demo.close()
    # Opened again, it is not seeded twice.
    manager.open_demo(first, patients=3)
    again = wait_for_window(qtbot, manager, 2)
    assert again.patient_list.model.rowCount() == 3
    again.close()


def test_a_database_that_cannot_be_opened_gives_a_sentence_and_no_window(qtbot: QtBot, tmp_path: Path, db: Any, manager: WindowManager, monkeypatch: pytest.MonkeyPatch) -> None:
    foreign = tmp_path / "accounts.sqlite"
    with sqlite3.connect(foreign) as conn:
        conn.execute("CREATE TABLE ledger (id INTEGER PRIMARY KEY)")
    before = foreign.read_bytes()
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "open", lambda self: shown.append(self.text()))
    first = manager.add(db, delete_on_close=False)
    qtbot.addWidget(first)
    first.open_database_requested.emit(sqlite_url_for(foreign))
    qtbot.waitUntil(lambda: bool(shown), timeout=10000)
    assert "does not belong to mesomap" in shown[0]
    assert manager.windows == [first]
    assert foreign.read_bytes() == before
