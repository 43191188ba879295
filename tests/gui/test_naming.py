"""Every interactive widget of the shell has a scheme-conforming objectName and an accessible
name (docs/conventions.md, section 3)."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QLineEdit, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from mesomap.gui.naming import unnamed_widgets
from mesomap.gui.patient_dialog import PatientDialog
from mesomap.gui.patient_gateway import RepositoryPatientGateway

pytestmark = pytest.mark.gui


def test_main_window_widgets_are_named(db: Any, patients: list[Any], make_window: Any) -> None:
    window = make_window(db)
    assert unnamed_widgets(window) == []


def test_patient_dialog_widgets_are_named(qtbot: QtBot, db: Any) -> None:
    dialog = PatientDialog(RepositoryPatientGateway(db))
    qtbot.addWidget(dialog)
    dialog.show()
    assert unnamed_widgets(dialog) == []


def test_the_check_finds_a_nameless_widget(qtbot: QtBot) -> None:
    root = QWidget()
    qtbot.addWidget(root)
    QLineEdit(root)
    button = QPushButton("OK", root)
    button.setObjectName("OkButton")
    problems = unnamed_widgets(root)
    assert any("QLineEdit" in p and "scheme" in p for p in problems)
    assert any("QLineEdit" in p and "accessible" in p for p in problems)
    assert any("'OkButton'" in p for p in problems)
