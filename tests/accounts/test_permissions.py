"""Each role's allowed and refused actions, through the repositories (not the GUI)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import pytest
import sqlalchemy as sa

from mesomap.storage.engine import Database
from mesomap.storage.models import AuditEntry, SessionStatus
from mesomap.storage.permissions import LoginRequiredError, PermissionDeniedError
from mesomap.storage.repository.catalog import CatalogRepository, ProductInput
from mesomap.storage.repository.clinic_settings import ClinicSettingsRepository
from mesomap.storage.repository.patients import PatientInput, PatientRepository
from mesomap.storage.repository.sessions import SessionInput, SessionRepository
from mesomap.storage.schema import mark_as_demo
from tests.accounts.conftest import make_actors

ROLES = ("practitioner", "front_desk", "trainer", "administrator")
WHEN = dt.datetime(2026, 3, 2, 9, 30, tzinfo=dt.UTC)


def _audit_count(db: Database) -> int:
    with db.session(read_only=True) as s:
        return int(s.execute(sa.select(sa.func.count()).select_from(AuditEntry)).scalar_one())


def _expect(db: Database, allowed: bool, call: Callable[[], Any]) -> Any:
    """Run ``call``; if refused, check that nothing was written (not even an audit entry)."""
    before = _audit_count(db)
    if allowed:
        return call()
    with pytest.raises(PermissionDeniedError) as err:
        call()
    assert "may not" in err.value.message
    assert _audit_count(db) == before
    return None


def test_patient_actions_per_role(db: Database, actors: dict) -> None:
    seed = PatientRepository(db, actors["practitioner"]).create(PatientInput("Seed", "Sam"))
    allowed_read = {"practitioner", "front_desk", "administrator"}
    for role in ROLES:
        repo = PatientRepository(db, actors[role])
        _expect(db, role in allowed_read, lambda r=repo: r.search("seed"))
        _expect(db, role in allowed_read, lambda r=repo: r.get(seed.id))
        created = _expect(db, role in {"practitioner", "front_desk"},
                          lambda r=repo, n=role: r.create(PatientInput(f"New {n}", phone="123")))
        if created is None:
            continue
        # Contact details: front desk and practitioners; clinical fields: practitioners only.
        moved = repo.update(created.id, created.version,
                            PatientInput(created.family_name, phone="456"))
        assert moved.phone == "456"
        _expect(db, role == "practitioner",
                lambda r=repo, c=moved: r.update(c.id, c.version,
                                                 PatientInput(c.family_name, phone="456",
                                                              allergies="latex")))
    # Creating with allergies is clinical content too.
    _expect(db, False, lambda: PatientRepository(db, actors["front_desk"]).create(
        PatientInput("Clinical", allergies="iodine")))
    # Deleting a duplicate: practitioners and administrators.
    for role in ROLES:
        dup = PatientRepository(db, actors["practitioner"]).create(PatientInput(f"Dup {role}"))
        _expect(db, role in {"practitioner", "administrator"},
                lambda d=dup, r=role: PatientRepository(db, actors[r]).delete(d.id, d.version))


def test_session_actions_per_role(db: Database, actors: dict) -> None:
    patient = PatientRepository(db, actors["front_desk"]).create(PatientInput("Sched"))
    for role in ROLES:
        repo = SessionRepository(db, actors[role])
        planned = _expect(db, role in {"practitioner", "front_desk"},
                          lambda r=repo: r.create(SessionInput(patient.id, WHEN)))
        if planned is None:
            continue
        moved = repo.reschedule(planned.id, planned.version, WHEN + dt.timedelta(days=1))
        performed = _expect(db, role == "practitioner",
                            lambda r=repo, m=moved: r.set_status(m.id, m.version,
                                                                 SessionStatus.PERFORMED))
        if performed is None:  # the front desk cancels it instead
            cancelled = repo.set_status(moved.id, moved.version, SessionStatus.CANCELLED, reason="ill")
            assert cancelled.status == SessionStatus.CANCELLED
            continue
        front = SessionRepository(db, actors["front_desk"])
        _expect(db, False, lambda p=performed, f=front: f.set_status(
            p.id, p.version, SessionStatus.SIGNED, allow_sign=True))
        signed = repo.set_status(performed.id, performed.version, SessionStatus.SIGNED, allow_sign=True)
        assert signed.status == SessionStatus.SIGNED
    _expect(db, False, lambda: SessionRepository(db, actors["trainer"]).list_for_patient(patient.id))
    assert SessionRepository(db, actors["administrator"]).list_for_patient(patient.id)


def test_catalog_and_settings_are_the_administrators(db: Database, actors: dict) -> None:
    for role in ROLES:
        _expect(db, role == "administrator", lambda r=role: CatalogRepository(db, actors[r]).create_product(
            ProductInput(f"Product {r}", max_volume_per_session_ml=Decimal("2.5"))))
        _expect(db, role == "administrator", lambda r=role: ClinicSettingsRepository(db, actors[r]).write(
            "security/idle_lock_minutes", "5"))
    for role in ROLES:  # everyone may read the catalogue (the session editor needs it)
        assert [p.name for p in CatalogRepository(db, actors[role]).list_products()] == [
            "Product administrator"]


def test_changes_are_audited_with_the_actor_and_without_identity(db: Database, actors: dict) -> None:
    p = actors["practitioner"]
    repo = PatientRepository(db, p)
    created = repo.create(PatientInput("Zebulon", "Quintus", phone="555-1234"))
    repo.update(created.id, created.version, PatientInput("Zebulonne", "Quintus", phone="555-1234",
                                                          allergies="latex"))
    with db.session(read_only=True) as s:
        rows = s.execute(sa.select(AuditEntry.user_id, AuditEntry.action, AuditEntry.patient_id,
                                   AuditEntry.details)
                         .where(AuditEntry.table_name == "patient").order_by(AuditEntry.id)).all()
    assert [(r.user_id, r.action, r.patient_id) for r in rows] == [
        (p.user_id, "create", created.id), (p.user_id, "change", created.id)]
    assert '"family_name":"changed"' in rows[1].details and '"allergies":"changed"' in rows[1].details
    for r in rows:
        assert "Zebulon" not in r.details and "555" not in r.details and "latex" not in r.details


def test_nobody_logged_in_is_refused_once_accounts_exist(db: Database, actors: dict) -> None:
    with pytest.raises(LoginRequiredError) as err:
        PatientRepository(db).search("")
    assert "Log in" in err.value.message
    # A deactivated account's old id no longer works either.
    with db.session() as s:
        s.execute(sa.text("UPDATE user_account SET active = :f WHERE login = 'frontdesk'"), {"f": False})
    with pytest.raises(PermissionDeniedError):
        PatientRepository(db, actors["front_desk"]).search("")


def test_demonstration_database_needs_no_login(sqlite_db: Database) -> None:
    make_actors(sqlite_db)  # even with accounts, a demo database is open to everyone
    with sqlite_db.engine.connect() as conn, conn.begin():
        mark_as_demo(conn)
    repo = PatientRepository(sqlite_db)
    created = repo.create(PatientInput("Demo", allergies="none"))
    assert repo.get(created.id).allergies == "none"
    CatalogRepository(sqlite_db).create_product(ProductInput("Demo product"))


def test_actor_ref_follows_user_switches(db: Database, actors: dict) -> None:
    from mesomap.storage.permissions import ActorRef

    ref = ActorRef(actors["front_desk"])
    repo = PatientRepository(db, ref)  # built once, like a window's repositories
    created = repo.create(PatientInput("Switch"))
    assert created.updated_by == actors["front_desk"].user_id
    with pytest.raises(PermissionDeniedError):
        repo.update(created.id, created.version, PatientInput("Switch", allergies="nuts"))
    ref.current = actors["practitioner"]
    changed = repo.update(created.id, created.version, PatientInput("Switch", allergies="nuts"))
    assert changed.updated_by == actors["practitioner"].user_id
    ref.current = None  # locked: nobody
    with pytest.raises(LoginRequiredError):
        repo.get(created.id)
