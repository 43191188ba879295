"""The patient dialog: messages next to each field, input kept, and edit conflicts that name
the other user while the typed values stay in the form."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit
from pytestqt.qtbot import QtBot

from mesomap.gui.patient_dialog import PatientDialog
from mesomap.gui.patient_gateway import RepositoryPatientGateway
from tests.gui.conftest import add_user

pytestmark = pytest.mark.gui


def field(dialog: PatientDialog, name: str) -> Any:
    widget: Any = dialog.findChild(QLineEdit, f"patient_dialog_{name}")
    if widget is None:
        widget = dialog.findChild(QPlainTextEdit, f"patient_dialog_{name}")
    assert widget is not None, name
    return widget


def error_text(dialog: PatientDialog, name: str) -> str | None:
    label = dialog.findChild(QLabel, f"patient_dialog_{name}_error")
    assert label is not None
    return label.text() if label.isVisibleTo(dialog) else None


def test_validation_messages_next_to_each_field_and_nothing_written(qtbot: QtBot, db: Any, repo: Any) -> None:
    dialog = PatientDialog(RepositoryPatientGateway(db))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(field(dialog, "given_name_edit"), "Jeanne")
    qtbot.keyClicks(field(dialog, "birth_date_edit"), "2/30/1980")
    qtbot.keyClicks(field(dialog, "email_edit"), "jeanne.example.org")
    qtbot.keyClicks(field(dialog, "allergies_edit"), "Lidocaine")
    assert dialog.save() is False
    assert error_text(dialog, "family_name_edit") == "Enter the patient's family name."
    assert "not a day of the calendar" in (error_text(dialog, "birth_date_edit") or "")
    assert "not an e-mail address" in (error_text(dialog, "email_edit") or "")
    assert error_text(dialog, "given_name_edit") is None
    # Everything typed is still there, and nothing reached the database.
    assert field(dialog, "given_name_edit").text() == "Jeanne"
    assert field(dialog, "birth_date_edit").text() == "2/30/1980"
    assert field(dialog, "allergies_edit").toPlainText() == "Lidocaine"
    assert repo.count() == 0
    assert dialog.isVisible()
    # Fixing the fields clears their messages and saves.
    qtbot.keyClicks(field(dialog, "family_name_edit"), "Dupont")
    field(dialog, "birth_date_edit").setText("12/31/1980")
    field(dialog, "email_edit").setText("jeanne@example.org")
    assert dialog.save() is True
    assert error_text(dialog, "family_name_edit") is None
    [summary] = repo.search("dupont")
    stored = repo.get(summary.id)
    assert (stored.given_name, stored.birth_date, stored.allergies) == ("Jeanne", dt.date(1980, 12, 31), "Lidocaine")


def test_future_birth_date_refused(qtbot: QtBot, db: Any, repo: Any) -> None:
    dialog = PatientDialog(RepositoryPatientGateway(db))
    qtbot.addWidget(dialog)
    field(dialog, "family_name_edit").setText("Futur")
    next_year = dt.date.today().year + 1
    field(dialog, "birth_date_edit").setText(f"1/1/{next_year}")
    assert dialog.save() is False
    assert "future" in (error_text(dialog, "birth_date_edit") or "")
    assert repo.count() == 0


def test_every_field_is_named_for_tests_and_screen_readers(qtbot: QtBot, db: Any) -> None:
    from mesomap.gui.patient_dialog import FIELDS

    dialog = PatientDialog(RepositoryPatientGateway(db))
    qtbot.addWidget(dialog)
    for key in FIELDS:
        widget = getattr(dialog, key)
        assert widget.objectName().startswith(f"patient_dialog_{key}_")
        assert widget.accessibleName(), key


def test_conflict_names_the_other_user_and_keeps_the_typed_values(qtbot: QtBot, sqlite_url: str) -> None:
    from mesomap.storage.engine import open_database
    from mesomap.storage.repository.patients import PatientInput, PatientRepository

    first = open_database(sqlite_url)   # this workstation
    second = open_database(sqlite_url)  # another workstation on the same database
    try:
        me = add_user(first, "brice", "Dr Brice Morel")
        other = add_user(first, "amelie", "Dr Amélie Roux")
        patient = PatientRepository(first, me).create(
            PatientInput(family_name="Dupont", given_name="Jeanne", phone="0102030405")
        )
        dialog = PatientDialog(RepositoryPatientGateway(first, me), patient.id)
        qtbot.addWidget(dialog)
        dialog.show()
        # Meanwhile the other workstation saves the same patient.
        theirs = PatientRepository(second, other)
        theirs.update(patient.id, patient.version, PatientInput(
            family_name="Dupont", given_name="Jeanne", phone="0611223344", allergies="Latex"))
        # Here the user types and saves.
        field(dialog, "phone_edit").setText("0999999999")
        field(dialog, "notes_edit").setPlainText("Prefers morning appointments")
        assert dialog.save() is False
        banner = dialog.findChild(QLabel, "patient_dialog_banner")
        assert banner is not None and banner.isVisible()
        assert "Dr Amélie Roux" in banner.text()
        assert "changed this patient on" in banner.text()
        # Both changed the phone: the typed number stays, theirs is shown under the field.
        assert field(dialog, "phone_edit").text() == "0999999999"
        assert error_text(dialog, "phone_edit") == "Their version: 0611223344"
        assert "You both changed Phone" in banner.text()
        # Only they changed the allergies: their value comes into the form, nothing typed is lost.
        assert field(dialog, "allergies_edit").toPlainText() == "Latex"
        assert "Their changes to Allergies were added" in banner.text()
        # Only the user changed the notes: kept.
        assert field(dialog, "notes_edit").toPlainText() == "Prefers morning appointments"
        assert dialog.isVisible()
        stored = PatientRepository(first).get(patient.id)
        assert (stored.phone, stored.allergies, stored.notes) == ("0611223344", "Latex", "")
        # Saving again after seeing the warning goes through, and keeps their allergy.
        assert dialog.save() is True
        stored = PatientRepository(second).get(patient.id)
        assert (stored.phone, stored.allergies, stored.notes) == (
            "0999999999", "Latex", "Prefers morning appointments")
        assert stored.updated_by_name == "Dr Brice Morel"
    finally:
        first.close()
        second.close()


def test_conflict_on_postgresql(qtbot: QtBot, pg_url: str) -> None:
    from mesomap.storage.engine import open_database
    from mesomap.storage.repository.patients import PatientInput, PatientRepository

    first, second = open_database(pg_url), open_database(pg_url)
    try:
        other = add_user(first, "amelie", "Dr Amélie Roux")
        patient = PatientRepository(first).create(PatientInput(family_name="Rossi"))
        dialog = PatientDialog(RepositoryPatientGateway(first), patient.id)
        qtbot.addWidget(dialog)
        PatientRepository(second, other).update(
            patient.id, patient.version, PatientInput(family_name="Rossi", given_name="Marco"))
        field(dialog, "given_name_edit").setText("Mario")
        assert dialog.save() is False
        banner = dialog.findChild(QLabel, "patient_dialog_banner")
        assert banner is not None and "Dr Amélie Roux" in banner.text()
        assert field(dialog, "given_name_edit").text() == "Mario"
        assert PatientRepository(first).get(patient.id).given_name == "Marco"
    finally:
        first.close()
        second.close()


def test_a_value_the_repository_refuses_is_shown_next_to_its_field(qtbot: QtBot, db: Any, repo: Any) -> None:
    from mesomap.storage.errors import InvalidInputError

    class Refusing(RepositoryPatientGateway):
        def create(self, values: Any) -> int:
            raise InvalidInputError("This file number is already used by another patient.",
                                    field="external_id")

    dialog = PatientDialog(Refusing(db))
    qtbot.addWidget(dialog)
    field(dialog, "family_name_edit").setText("Dupont")
    field(dialog, "external_id_edit").setText("F-001")
    assert dialog.save() is False
    assert error_text(dialog, "external_id_edit") == "This file number is already used by another patient."
    assert field(dialog, "external_id_edit").text() == "F-001"
    assert repo.count() == 0
