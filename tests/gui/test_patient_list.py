"""The patient list filters as you type, through the repository, without blocking."""

from __future__ import annotations

from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from mesomap.gui.patient_list import PatientListPanel

pytestmark = pytest.mark.gui


def names(panel: PatientListPanel) -> list[str]:
    return [row.display_name for row in panel.model.rows()]


def test_typing_filters_the_list(qtbot: QtBot, db: Any, patients: list[Any], make_window: Any) -> None:
    window = make_window(db)
    panel = window.patient_list
    assert panel.model.rowCount() == len(patients)
    with qtbot.waitSignal(panel.search_finished, timeout=5000):
        qtbot.keyClicks(panel.search_edit, "dup")
    assert names(panel) == ["DUPONT, Jeanne", "DUPUIS, Marc"]
    with qtbot.waitSignal(panel.search_finished, timeout=5000):
        qtbot.keyClicks(panel.search_edit, "o")
    assert names(panel) == ["DUPONT, Jeanne"]
    assert panel.count_label.text() == "Patients found: 1"
    # Accents and case do not matter; the birth date column is in the locale's format.
    panel.search_edit.clear()
    with qtbot.waitSignal(panel.search_finished, timeout=5000):
        qtbot.keyClicks(panel.search_edit, "GARCIA")
    assert names(panel) == ["GARCÍA, Lucía"]
    with qtbot.waitSignal(panel.search_finished, timeout=5000):
        panel.search_edit.clear()
    assert panel.model.rowCount() == len(patients)
    row = [r.display_name for r in panel.model.rows()].index("DUPONT, Jeanne")
    assert panel.model.index(row, 1).data() == "12/31/1980"
    assert panel.model.index(row, 2).data() == "F-001"


def test_fast_typing_runs_one_query_not_one_per_key(qtbot: QtBot, repo: Any, patients: list[Any]) -> None:
    queries: list[str] = []

    def search(text: str, limit: int) -> list[Any]:
        queries.append(text)
        return repo.search(text, limit=limit)

    panel = PatientListPanel(search, delay_ms=150)
    qtbot.addWidget(panel)
    panel.show()
    with qtbot.waitSignal(panel.search_finished, timeout=5000):
        qtbot.keyClicks(panel.search_edit, "silva joao")
    assert queries == ["silva joao"]
    assert names(panel) == ["SILVA, João"]


def test_results_of_a_superseded_query_are_dropped(qtbot: QtBot, repo: Any, patients: list[Any]) -> None:
    import threading

    slow_started = threading.Event()
    release = threading.Event()

    def search(text: str, limit: int) -> list[Any]:
        if text == "ma":
            slow_started.set()
            release.wait(5)  # the first query is slow (a big database)
        return repo.search(text, limit=limit)

    panel = PatientListPanel(search, delay_ms=0)
    qtbot.addWidget(panel)
    panel.search_edit.setText("ma")
    panel.refresh()
    assert slow_started.wait(5)
    panel.search_edit.setText("martin")
    with qtbot.waitSignal(panel.search_finished, timeout=5000):
        panel.refresh()
    assert names(panel) == ["MARTIN, Claire"]
    release.set()
    qtbot.wait(200)
    assert names(panel) == ["MARTIN, Claire"]  # the late "ma" answer did not overwrite it


def test_search_error_is_a_sentence_in_the_list(qtbot: QtBot) -> None:
    from mesomap.storage.errors import DatabaseUnavailableError

    def search(text: str, limit: int) -> list[Any]:
        raise DatabaseUnavailableError(url="postgresql+psycopg://clinic@server/db")

    panel = PatientListPanel(search, delay_ms=0)
    qtbot.addWidget(panel)
    with qtbot.waitSignal(panel.search_failed, timeout=5000) as blocker:
        panel.refresh()
    assert "could not open the database" in blocker.args[0]
    assert panel.count_label.text() == blocker.args[0]


def test_enter_in_the_search_box_moves_to_the_first_match(qtbot: QtBot, db: Any, patients: list[Any], make_window: Any) -> None:
    window = make_window(db)
    panel = window.patient_list
    with qtbot.waitSignal(panel.search_finished, timeout=5000):
        qtbot.keyClicks(panel.search_edit, "rossi")
    qtbot.keyClick(panel.search_edit, "\r")
    assert panel.current_patient_id() == patients[2].id
    assert window.action_table.action("patient.edit").isEnabled()


def test_typing_filters_the_list_on_postgresql(qtbot: QtBot, pg_url: str, make_window: Any) -> None:
    from mesomap.storage.engine import open_database
    from mesomap.storage.repository.patients import PatientInput, PatientRepository

    with open_database(pg_url) as db:
        repo = PatientRepository(db)
        for family, given in (("Dupont", "Jeanne"), ("Dupuis", "Marc"), ("Rossi", "Marco")):
            repo.create(PatientInput(family_name=family, given_name=given))
        window = make_window(db)
        panel = window.patient_list
        assert panel.model.rowCount() == 3
        with qtbot.waitSignal(panel.search_finished, timeout=5000):
            qtbot.keyClicks(panel.search_edit, "dupu")
        assert names(panel) == ["DUPUIS, Marc"]
        assert window.windowTitle().startswith("mesomap — t_") and "@127.0.0.1" in window.windowTitle()
        window.close()


def test_down_arrow_moves_from_the_search_box_to_the_list(qtbot: QtBot, db: Any, patients: list[Any], make_window: Any) -> None:
    from PySide6.QtCore import Qt

    window = make_window(db)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    panel = window.patient_list
    panel.focus_search()
    assert panel.search_edit.hasFocus()
    qtbot.keyClick(panel.search_edit, Qt.Key.Key_Down)
    assert panel.current_patient_id() == panel.model.row_at(0).id
    assert panel.table.hasFocus()
