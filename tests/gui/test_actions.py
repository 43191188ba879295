"""The actions table: menus in order, groups, shortcuts, names, duplicates refused."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QToolBar, QToolButton
from pytestqt.qtbot import QtBot

from mesomap.gui.actions import MENUS, SHELL_ACTIONS, ActionSpec, ActionTable

pytestmark = pytest.mark.gui


def make_table(qtbot: QtBot) -> tuple[QMainWindow, ActionTable]:
    window = QMainWindow()
    qtbot.addWidget(window)
    toolbar = QToolBar(window)
    window.addToolBar(toolbar)
    table = ActionTable(window, toolbar)
    for spec in SHELL_ACTIONS:
        table.add(spec)
    return window, table


def test_menus_in_order_with_object_names(qtbot: QtBot) -> None:
    window, table = make_table(qtbot)
    titles = [a.text().replace("&", "") for a in window.menuBar().actions()]
    assert titles == ["File", "Edit", "View", "Patient", "Session", "Tools", "Help"]
    for menu_id, _title in MENUS:
        assert table.menu(menu_id).objectName() == f"menu_{menu_id}"
    # Menus that no issue has filled yet are shown but greyed out, never an empty popup.
    assert not table.menu("tools").menuAction().isEnabled()
    table.add(ActionSpec("tools.check", "&Check", "tools"))
    assert table.menu("tools").menuAction().isEnabled()
    assert table.menu("patient").menuAction().isEnabled()


def test_actions_have_names_shortcuts_and_toolbar_buttons(qtbot: QtBot) -> None:
    window, table = make_table(qtbot)
    new = window.findChild(QAction, "action_patient_new")
    assert new is table.action("patient.new")
    assert new.shortcut() == QKeySequence(QKeySequence.StandardKey.New)
    assert new.statusTip()
    button = window.findChild(QToolButton, "toolbar_action_patient_new")
    assert button is not None and button.accessibleName() == "New patient…"
    assert table.action("edit.find").shortcut() == QKeySequence(QKeySequence.StandardKey.Find)
    assert table.action("patient.edit").shortcut() == QKeySequence("Ctrl+E")


def test_later_issues_add_actions_into_groups(qtbot: QtBot) -> None:
    window, table = make_table(qtbot)
    triggered: list[bool] = []
    table.add(ActionSpec("session.plan", "&Plan session…", "session", "plan"), lambda: triggered.append(True))
    table.add(ActionSpec("patient.print", "&Print record…", "patient", "print"))
    table.add(ActionSpec("patient.archive", "&Archive", "patient", "edit"))
    patient_items = [a.objectName() or "-" for a in table.menu("patient").actions()]
    # Same group stays together; a new group comes after a separator.
    assert patient_items == ["action_patient_new", "action_patient_edit", "action_patient_archive",
                             "-", "action_patient_print"]
    table.action("session.plan").trigger()
    assert triggered == [True]


def test_duplicates_and_unknown_menus_are_refused(qtbot: QtBot) -> None:
    _window, table = make_table(qtbot)
    with pytest.raises(ValueError, match="twice"):
        table.add(ActionSpec("patient.new", "again", "patient"))
    with pytest.raises(ValueError, match="unknown menu"):
        table.add(ActionSpec("x.y", "x", "nowhere"))


def test_every_icon_named_in_the_table_exists() -> None:
    from mesomap.gui.icons import icon_path

    for spec in SHELL_ACTIONS:
        if spec.icon:
            assert icon_path(spec.icon).is_file()
    with pytest.raises(KeyError):
        icon_path("no-such-icon")
