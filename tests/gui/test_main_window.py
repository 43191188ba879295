"""The main window shell: title, geometry remembered, patient actions wired to the list."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QLabel, QLineEdit, QMenu, QWidget
from pytestqt.qtbot import QtBot

from mesomap.gui.patient_dialog import PatientDialog

pytestmark = pytest.mark.gui


def test_title_names_the_database(db: Any, make_window: Any) -> None:
    window = make_window(db)
    assert window.windowTitle() == "mesomap — clinic.sqlite"
    assert "DEMO" not in window.windowTitle()
    assert window.findChild(QLabel, "main_status_demo_label") is None


def test_demo_database_says_demo_in_the_title(db: Any, make_window: Any) -> None:
    from mesomap.storage.schema import mark_as_demo

    with db.engine.begin() as conn:
        mark_as_demo(conn)
    assert db.is_demo
    window = make_window(db)
    assert window.windowTitle().endswith("— DEMO")
    label = window.findChild(QLabel, "main_status_demo_label")
    assert label is not None and label.isVisible() and "DEMO" in label.text()


def test_geometry_is_remembered(qtbot: QtBot, db: Any, make_window: Any) -> None:
    window = make_window(db)
    screen = window.screen().availableGeometry()
    wanted = QSize(min(window.width(), screen.width()) - 117, min(window.height(), screen.height()) - 53)
    window.resize(wanted)
    qtbot.waitUntil(lambda: window.size() == wanted, timeout=2000)
    window.patient_dock.hide()
    window.close()
    again = make_window(db)
    assert again.size() == wanted
    assert not again.patient_dock.isVisible()  # dock state is part of the window state
    assert not again.action_table.action("view.patient_list").isChecked()


def test_new_patient_action_creates_and_selects_the_patient(qtbot: QtBot, db: Any, repo: Any, patients: list[Any], make_window: Any) -> None:
    window = make_window(db)
    window.action_table.action("patient.new").trigger()
    dialog = window.findChild(PatientDialog, "patient_dialog")
    assert dialog is not None and dialog.isVisible()
    dialog.findChild(QLineEdit, "patient_dialog_family_name_edit").setText("Lefèvre")
    dialog.findChild(QLineEdit, "patient_dialog_given_name_edit").setText("Anaïs")
    with qtbot.waitSignal(window.patient_list.search_finished, timeout=5000):
        assert dialog.save()
    new_id = window.patient_list.current_patient_id()
    assert new_id is not None and repo.get(new_id).family_name == "Lefèvre"
    assert window.patient_list.model.rowCount() == len(patients) + 1


def test_edit_action_follows_the_selection(qtbot: QtBot, db: Any, patients: list[Any], make_window: Any) -> None:
    window = make_window(db)
    edit = window.action_table.action("patient.edit")
    assert not edit.isEnabled()
    window.patient_list.select_patient(patients[0].id)
    assert edit.isEnabled()
    edit.trigger()
    dialog = window.findChild(PatientDialog, "patient_dialog")
    assert dialog is not None
    assert dialog.findChild(QLineEdit, "patient_dialog_family_name_edit").text() == "Dupont"


def test_menus_and_every_interactive_widget_are_named(db: Any, patients: list[Any], make_window: Any) -> None:
    window = make_window(db)
    menus = [m.objectName() for m in window.menuBar().findChildren(QMenu)]
    for menu_id in ("file", "edit", "view", "patient", "session", "tools", "help"):
        assert f"menu_{menu_id}" in menus
    for name in ("patient_list_search_edit", "patient_list_table", "main_toolbar", "main_pages",
                 "patient_list_dock", "main_status_bar"):
        widget = window.findChild(QWidget, name)
        assert widget is not None, name
    for widget in (window.patient_list.search_edit, window.patient_list.table):
        assert widget.accessibleName()


def test_pages_for_later_issues(qtbot: QtBot, db: Any, make_window: Any) -> None:
    window = make_window(db)
    page = QWidget()
    window.add_page("record", page)
    assert window.show_page("record") is page
    assert window.pages.currentWidget() is page
    with pytest.raises(ValueError):
        window.add_page("record", QWidget())


def test_database_label() -> None:
    from pathlib import Path

    from mesomap.gui.main_window import database_label

    assert database_label("sqlite:////data/clinic.sqlite", Path("/data/clinic.sqlite")) == "clinic.sqlite"
    assert database_label("postgresql+psycopg://anna:***@db.local:5432/clinic", None) == "clinic@db.local"


def test_refresh_shows_patients_added_by_another_workstation(qtbot: QtBot, db: Any, repo: Any, patients: list[Any], make_window: Any) -> None:
    from PySide6.QtGui import QKeySequence

    from mesomap.storage.repository.patients import PatientInput

    window = make_window(db)
    repo.create(PatientInput(family_name="Nouveau"))
    refresh = window.action_table.action("view.refresh")
    assert refresh.shortcut() == QKeySequence(QKeySequence.StandardKey.Refresh)
    with qtbot.waitSignal(window.patient_list.search_finished, timeout=5000):
        refresh.trigger()
    assert window.patient_list.model.rowCount() == len(patients) + 1
