"""Printing on a clinic database: Permission.PRINT is required (front desk and practitioners
may, trainers and administrators may not, nobody logged in may not) and every sheet written is
in the audit trail, without the patient's identity in the details."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import sqlalchemy as sa

from mesomap.cli import main
from mesomap.printing.batch import export_sessions
from mesomap.storage import accounts
from mesomap.storage import models as m
from mesomap.storage.accounts import AccountInput
from mesomap.storage.engine import open_database
from mesomap.storage.permissions import LoginRequiredError, PermissionDeniedError, Role
from mesomap.storage.repository.sheets import SheetRepository

PASSWORD = "a long enough password 42"


@pytest.fixture
def clinic(sqlite_url: str) -> dict[str, object]:
    with open_database(sqlite_url) as db:
        admin = accounts.create_first_administrator(db, "admin", "Admin", PASSWORD)
        made = {}
        for login, role in (("desk", Role.FRONT_DESK), ("trainer", Role.TRAINER),
                            ("doc", Role.PRACTITIONER)):
            record = accounts.create_account(
                db, admin, AccountInput(login, login.title(), frozenset({role})), PASSWORD)
            made[login] = record.id
        with db.session() as s:
            patient = m.Patient(family_name="Rossi", given_name="Anna", external_id="P-77")
            s.add(patient)
            s.flush()
            session = m.TreatmentSession(
                patient_id=patient.id, scheduled_at=dt.datetime(2026, 3, 14, 9, tzinfo=dt.UTC),
                practitioner_id=made["doc"])
            s.add(session)
            s.flush()
            ids = {"patient": patient.id, "session": session.id}
    return {"url": sqlite_url, "admin": admin, **made, **ids}


def _actor(db: object, user_id: int) -> object:
    from mesomap.storage.permissions import resolve_actor

    with db.session(read_only=True) as s:  # type: ignore[attr-defined]
        return resolve_actor(s, user_id)


def test_who_may_print(clinic: dict[str, object]) -> None:
    with open_database(str(clinic["url"])) as db:
        with pytest.raises(LoginRequiredError):
            SheetRepository(db, None).check_may_print()
        with pytest.raises(PermissionDeniedError):
            SheetRepository(db, _actor(db, int(clinic["trainer"]))).check_may_print()  # type: ignore[arg-type]
        with pytest.raises(PermissionDeniedError):
            SheetRepository(db, clinic["admin"]).check_may_print()  # type: ignore[arg-type]
        for login in ("desk", "doc"):
            SheetRepository(db, _actor(db, int(clinic[login]))).check_may_print()  # type: ignore[arg-type]


def test_export_is_refused_without_permission_and_audited_with_it(
        qapp: object, clinic: dict[str, object], tmp_path: Path) -> None:
    sid, pid = int(clinic["session"]), int(clinic["patient"])  # type: ignore[call-overload]
    out = tmp_path / "sheet.pdf"
    with open_database(str(clinic["url"])) as db:
        trainer = _actor(db, int(clinic["trainer"]))  # type: ignore[call-overload]
        with pytest.raises(PermissionDeniedError):
            export_sessions(db, [sid], out, actor=trainer)  # type: ignore[arg-type]
        assert not out.exists()
        desk = _actor(db, int(clinic["desk"]))  # type: ignore[call-overload]
        export_sessions(db, [sid], out, actor=desk)  # type: ignore[arg-type]
        assert out.exists()
        with db.session(read_only=True) as s:
            entries = s.execute(
                sa.select(m.AuditEntry.table_name, m.AuditEntry.record_id, m.AuditEntry.patient_id,
                          m.AuditEntry.user_login, m.AuditEntry.details)
                .where(m.AuditEntry.action == "export")).all()
    assert len(entries) == 1
    table, record_id, patient_id, login, details = entries[0]
    assert (table, record_id, patient_id) == ("session", str(sid), pid)
    assert login == "desk"
    assert "Rossi" not in details and "P-77" not in details


def test_command_line_export_is_audited_as_the_os_user(
        qapp: object, clinic: dict[str, object], tmp_path: Path) -> None:
    out = tmp_path / "cli.pdf"
    assert main(["--db", str(clinic["url"]), "print", str(clinic["session"]), "-o", str(out)]) == 0
    with open_database(str(clinic["url"])) as db, db.session(read_only=True) as s:
        logins = s.execute(sa.select(m.AuditEntry.user_login)
                           .where(m.AuditEntry.action == "export")).scalars().all()
    assert len(logins) == 1 and logins[0].startswith("cli")


def test_gui_refuses_preview_to_a_trainer(qtbot: object, clinic: dict[str, object]) -> None:
    from PySide6.QtWidgets import QMainWindow, QMessageBox

    from mesomap.gui.printing.session_print import SessionPrinting
    from mesomap.storage.permissions import ActorRef

    with open_database(str(clinic["url"])) as db:
        window = QMainWindow()
        qtbot.addWidget(window)  # type: ignore[attr-defined]
        window.actor_ref = ActorRef(_actor(db, int(clinic["trainer"])))  # type: ignore[attr-defined,arg-type,call-overload]
        printing = SessionPrinting(window, db)
        assert printing.preview(int(clinic["session"]), modal=False) is None  # type: ignore[call-overload]
        box = window.findChild(QMessageBox, "error_dialog")
        assert box is not None and "may not print" in box.text()
        window.actor_ref.current = _actor(db, int(clinic["doc"]))  # type: ignore[attr-defined,call-overload]
        dialog = printing.preview(int(clinic["session"]), modal=False)  # type: ignore[call-overload]
        assert dialog is not None
        dialog.close()
