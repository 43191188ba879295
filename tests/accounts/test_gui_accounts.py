"""Accounts in the main window (pytest-qt): first-start setup, login at start, idle lock that
keeps the unsaved map, switch user, audit viewer, demonstration database without login."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtWidgets import QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from mesomap.core.document.serialize import canonical_bytes
from mesomap.gui.accounts import install_accounts
from mesomap.gui.naming import unnamed_widgets
from mesomap.storage import accounts
from mesomap.storage.engine import Database, open_database
from mesomap.storage.permissions import LoginRequiredError
from mesomap.storage.repository.patients import PatientInput, PatientRepository
from mesomap.storage.schema import mark_as_demo
from tests.accounts.conftest import PASSWORD, make_actors
from tests.document.helpers import sample_document


@pytest.fixture
def clinic(sqlite_url: str) -> Iterator[Database]:
    db = open_database(sqlite_url)
    yield db
    db.close()


def _window(qtbot: QtBot, db: Database, idle_ms: int = 60_000) -> Any:
    from mesomap.app import create_main_window

    window = create_main_window(db)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    controller = install_accounts(window, idle_ms=idle_ms)
    controller.begin()
    return window


def _log_in(qtbot: QtBot, form: Any, login: str, password: str) -> None:
    form.login_edit.setText(login)
    form.password_edit.setText(password)
    form.submit()
    qtbot.waitUntil(lambda: not form.busy, timeout=10_000)


class MapPage(QWidget):
    """Stands in for the session editor: an open, unsaved map and a typed note."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("map_page")
        self.document = sample_document()
        self.note = QLineEdit(self)
        self.note.setObjectName("map_page_note_edit")
        self.note.setAccessibleName("Note")


def test_first_start_creates_the_administrator(qtbot: QtBot, clinic: Database) -> None:
    window = _window(qtbot, clinic)
    dialog = window.accounts.setup_dialog
    assert dialog is not None and dialog.isVisible()
    assert unnamed_widgets(dialog) == []
    dialog.login_edit.setText("boss")
    dialog.name_edit.setText("Dr Boss")
    dialog.password_edit.setText(PASSWORD)
    dialog.repeat_edit.setText(PASSWORD + "x")
    dialog.submit()
    assert "differ" in dialog.message.text() and dialog.isVisible()
    dialog.repeat_edit.setText(PASSWORD)
    dialog.submit()
    assert not dialog.isVisible()
    assert window.actor_ref.current.login == "boss"
    assert "Dr Boss" in window.accounts.user_label.text()
    assert not accounts.needs_first_setup(clinic)


def test_window_opens_locked_until_login(qtbot: QtBot, clinic: Database) -> None:
    actors = make_actors(clinic)
    PatientRepository(clinic, actors["practitioner"]).create(PatientInput("Hidden"))
    window = _window(qtbot, clinic)
    controller = window.accounts
    assert controller.locked and window.actor_ref.current is None
    overlay = controller.overlay
    assert overlay.geometry() == window.rect()
    assert unnamed_widgets(overlay) == []
    with pytest.raises(LoginRequiredError):  # nothing behind the overlay can read patients
        PatientRepository(clinic, window.actor_ref).search("")
    _log_in(qtbot, overlay.form, "practitioner", "wrong password")
    assert controller.locked and "not correct" in overlay.form.message.text()
    _log_in(qtbot, overlay.form, "practitioner", PASSWORD)
    assert not controller.locked
    assert [p.family_name for p in PatientRepository(clinic, window.actor_ref).search("")] == ["Hidden"]


def test_idle_lock_keeps_the_unsaved_map(qtbot: QtBot, clinic: Database) -> None:
    actors = make_actors(clinic)
    window = _window(qtbot, clinic, idle_ms=300)
    controller = window.accounts
    _log_in(qtbot, controller.overlay.form, "practitioner", PASSWORD)
    page = MapPage()
    window.add_page("map", page)
    window.show_page("map")
    page.note.setText("half-typed note")
    before = page.document
    snapshot = canonical_bytes(page.document)
    qtbot.waitUntil(lambda: controller.locked, timeout=5000)
    assert controller.overlay.isVisible() and controller.overlay.geometry() == window.rect()
    assert window.actor_ref.current is None
    assert not window.centralWidget().isEnabled()  # nothing underneath takes input
    # Someone else unlocks: the map and the typed text are still there, untouched.
    _log_in(qtbot, controller.overlay.form, "frontdesk", PASSWORD)
    assert not controller.locked and window.actor_ref.current.login == "frontdesk"
    assert window.page("map") is page and page.document is before
    assert canonical_bytes(page.document) == snapshot
    assert page.note.text() == "half-typed note"
    entries = [e for e in accounts_audit(clinic, actors) if e.action == "lock"]
    assert entries and entries[0].details["reason"] == "idle_lock"


def accounts_audit(db: Database, actors: dict) -> list[Any]:
    from mesomap.storage import audit

    return audit.list_entries(db, actors["administrator"])


def test_switch_user_and_audit_viewer(qtbot: QtBot, clinic: Database) -> None:
    actors = make_actors(clinic)
    patient = PatientRepository(clinic, actors["practitioner"]).create(PatientInput("Viewed"))
    window = _window(qtbot, clinic)
    controller = window.accounts
    _log_in(qtbot, controller.overlay.form, "practitioner", PASSWORD)
    qtbot.waitUntil(lambda: len(window.patient_list.model.rows()) == 1, timeout=5000)
    assert not window.action_table.action("tools.audit_trail").isEnabled()
    window.action_table.action("file.switch_user").trigger()
    assert controller.locked and controller.overlay.form.login_edit.text() == ""
    _log_in(qtbot, controller.overlay.form, "admin", PASSWORD)
    assert window.action_table.action("tools.audit_trail").isEnabled()
    viewer = controller.open_audit_viewer()
    qtbot.addWidget(viewer)
    qtbot.waitUntil(lambda: viewer.table.rowCount() > 0, timeout=5000)
    assert unnamed_widgets(viewer) == []
    viewer.patient_edit.setText(str(patient.id))
    viewer.show_button.click()
    qtbot.waitUntil(lambda: viewer.entries and all(e.patient_id == patient.id for e in viewer.entries),
                    timeout=5000)
    assert [e.action for e in viewer.entries] == ["create"]
    index = viewer.user_combo.findData(actors["practitioner"].user_id)
    assert index > 0
    viewer.patient_edit.clear()
    viewer.user_combo.setCurrentIndex(index)
    viewer.show_button.click()
    qtbot.waitUntil(lambda: {"login", "create", "logout"} <= {e.action for e in viewer.entries},
                    timeout=5000)
    assert all(e.user_id == actors["practitioner"].user_id for e in viewer.entries)
    # A trainer may not see clinic patients: the previous user's list is not left behind.
    qtbot.waitUntil(lambda: len(window.patient_list.model.rows()) == 1, timeout=5000)
    window.action_table.action("file.switch_user").trigger()
    _log_in(qtbot, controller.overlay.form, "trainer", PASSWORD)
    assert not controller.locked
    assert window.patient_list.model.rows() == []


def test_demonstration_database_needs_no_login(qtbot: QtBot, clinic: Database) -> None:
    make_actors(clinic)
    with clinic.engine.connect() as conn, conn.begin():
        mark_as_demo(conn)
    window = _window(qtbot, clinic, idle_ms=100)
    controller = window.accounts
    assert not controller.locked and controller.setup_dialog is None
    qtbot.wait(400)
    assert not controller.locked
    assert not window.action_table.action("file.switch_user").isEnabled()
    PatientRepository(clinic, window.actor_ref).create(PatientInput("Demo"))


def test_recovery_is_offered_after_login_only(qtbot: QtBot, clinic: Database) -> None:
    from mesomap.gui.accounts.recovery import RecoveryStore

    make_actors(clinic)
    RecoveryStore().save("session-9", sample_document(), {"database": clinic.url, "title": "Back"})
    RecoveryStore().save("session-8", sample_document(), {"database": "sqlite:///other.sqlite"})
    window = _window(qtbot, clinic)
    controller = window.accounts
    assert controller.recovery_dialog is None  # nothing shown before someone logs in
    _log_in(qtbot, controller.overlay.form, "practitioner", PASSWORD)
    dialog = controller.recovery_dialog
    assert dialog is not None and dialog.isVisible()
    assert [i.key for i in dialog.items] == ["session-9"]  # only this database's maps
    with qtbot.waitSignal(controller.recovered_maps) as got:
        dialog.restore_button.click()
    assert got.args[0][0][0].meta["title"] == "Back"


def test_scheduled_backup_and_audit_check_after_login(qtbot: QtBot, clinic: Database) -> None:
    import sqlalchemy as sa

    from mesomap.storage import audit
    from mesomap.storage.backup import default_backup_folder, list_backups

    make_actors(clinic)
    with clinic.engine.connect() as conn, conn.begin():  # someone edits the audit behind our back
        audit.drop_triggers(conn)
        conn.execute(sa.text("UPDATE audit_log SET user_login = 'nobody' WHERE id = 2"))
    window = _window(qtbot, clinic)
    controller = window.accounts
    _log_in(qtbot, controller.overlay.form, "practitioner", PASSWORD)
    assert clinic.sqlite_path is not None
    folder = default_backup_folder(clinic.sqlite_path)
    qtbot.waitUntil(lambda: not controller.backup_running and bool(list_backups(folder, "clinic")),
                    timeout=20_000)
    qtbot.waitUntil(lambda: controller.audit_report is not None, timeout=10_000)
    assert not controller.audit_report.ok
    assert [p.entry_id for p in controller.audit_report.problems] == [2]
    box = window.findChild(QWidget, "error_dialog")
    assert box is not None and "changed outside mesomap" in box.text()
    controller.backup_if_due()  # just made: not due again
    assert not controller.backup_running


def test_export_and_erase_from_the_patient_menu(qtbot: QtBot, clinic: Database, tmp_path: Any) -> None:
    import json

    actors = make_actors(clinic)
    created = PatientRepository(clinic, actors["practitioner"]).create(PatientInput("Requester"))
    window = _window(qtbot, clinic)
    controller = window.accounts
    _log_in(qtbot, controller.overlay.form, "frontdesk", PASSWORD)
    assert not window.action_table.action("patient.export_data").isEnabled()
    assert not window.action_table.action("patient.erase").isEnabled()
    window.action_table.action("file.switch_user").trigger()
    _log_in(qtbot, controller.overlay.form, "admin", PASSWORD)
    assert window.action_table.action("patient.erase").isEnabled()
    qtbot.waitUntil(lambda: window.patient_list.select_patient(created.id), timeout=5000)
    target = tmp_path / "request.json"
    controller.patient_data.export_current(str(target))
    qtbot.waitUntil(target.exists, timeout=5000)
    qtbot.waitUntil(lambda: target.stat().st_size > 0, timeout=5000)
    data = json.loads(target.read_text(encoding="utf-8"))
    assert data["tables"]["patient"][0]["family_name"] == "Requester"
    assert target.stat().st_mode & 0o777 == 0o600
    controller.patient_data.erase_current(confirmed=True)
    qtbot.waitUntil(lambda: "erased" in window.statusBar().currentMessage(), timeout=10_000)
    assert PatientRepository(clinic, actors["practitioner"]).search("requester") == []


def test_backup_now_and_restore_from_the_tools_menu(qtbot: QtBot, clinic: Database, tmp_path: Any) -> None:
    from mesomap.storage.backup import default_backup_folder, list_backups

    actors = make_actors(clinic)
    repo = PatientRepository(clinic, actors["practitioner"])
    repo.create(PatientInput("Before"))
    window = _window(qtbot, clinic)
    controller = window.accounts
    _log_in(qtbot, controller.overlay.form, "admin", PASSWORD)
    assert clinic.sqlite_path is not None
    folder = default_backup_folder(clinic.sqlite_path)
    qtbot.waitUntil(lambda: not controller.backup_running and bool(list_backups(folder, "clinic")),
                    timeout=20_000)  # the scheduled one after login
    first = list_backups(folder, "clinic")[-1][1]
    repo.create(PatientInput("After"))
    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(b"not a database at all" * 100)
    controller.backups.restore(str(bad), confirmed=True)
    box = window.findChild(QWidget, "error_dialog")
    assert box is not None and "cannot be restored" in box.text()
    assert not controller.locked
    controller.backups.restore(str(first), confirmed=True)
    assert controller.locked and "restored" in controller.overlay.form.message.text()
    _log_in(qtbot, controller.overlay.form, "admin", PASSWORD)
    names = sorted(p.family_name for p in PatientRepository(clinic, window.actor_ref).search(""))
    assert names == ["Before"]
    assert list(clinic.sqlite_path.parent.glob("clinic-replaced-*.sqlite"))
