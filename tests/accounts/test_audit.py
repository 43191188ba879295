"""Audit trail: append-only in the database, hash chain catches edits, deletions, insertions."""

from __future__ import annotations

import datetime as dt

import pytest
import sqlalchemy as sa

from mesomap.storage import audit
from mesomap.storage.engine import Database
from mesomap.storage.permissions import PermissionDeniedError


def _write(db: Database, n: int) -> None:
    for i in range(n):
        with db.session() as s:
            audit.record(s, None, audit.Action.CHANGE, table="patient", record_id=i,
                         patient_id=100 + i, details={"changes": {"sex": ["unknown", "female"]},
                                                      "n": i})


def _raw(db: Database, sql: str, **params: object) -> None:
    with db.engine.connect() as conn, conn.begin():
        conn.execute(sa.text(sql), params)


def _drop_triggers(db: Database) -> None:
    """An attacker with direct database access removes the protection first."""
    with db.engine.connect() as conn, conn.begin():
        audit.drop_triggers(conn)


def test_chain_verifies_and_has_a_head(db: Database) -> None:
    empty = audit.verify_audit(db)
    assert empty.ok and empty.count == 0 and empty.head_hash == audit.GENESIS_HASH
    _write(db, 6)
    report = audit.verify_audit(db, batch=4)  # across batch boundaries
    assert report.ok, report.problems
    assert report.count == 6
    with db.session(read_only=True) as s:
        last = s.execute(sa.text("SELECT hash FROM audit_log ORDER BY id DESC")).scalar()
    assert report.head_hash == last


def test_database_refuses_update_and_delete(db: Database) -> None:
    _write(db, 2)
    for sql in ("UPDATE audit_log SET details = '{}' WHERE id = 1", "DELETE FROM audit_log WHERE id = 2"):
        with pytest.raises(sa.exc.DatabaseError) as err:
            _raw(db, sql)
        assert "append-only" in str(err.value)
    assert audit.verify_audit(db).ok


def test_edited_entry_is_detected(db: Database) -> None:
    _write(db, 5)
    _drop_triggers(db)
    _raw(db, "UPDATE audit_log SET record_id = '999' WHERE id = 3")
    report = audit.verify_audit(db)
    assert not report.ok
    assert [(p.entry_id, p.kind) for p in report.problems] == [(3, "edited")]


def test_edited_timestamp_is_detected(db: Database) -> None:
    _write(db, 3)
    _drop_triggers(db)
    with db.engine.connect() as conn, conn.begin():
        conn.execute(sa.update(audit.AuditEntry.__table__).where(audit.AuditEntry.id == 2)
                     .values(at=dt.datetime(2020, 1, 1, tzinfo=dt.UTC)))
    assert [(p.entry_id, p.kind) for p in audit.verify_audit(db).problems] == [(2, "edited")]


def test_deleted_entry_is_detected(db: Database) -> None:
    _write(db, 5)
    _drop_triggers(db)
    _raw(db, "DELETE FROM audit_log WHERE id = 3")
    report = audit.verify_audit(db)
    assert not report.ok
    assert {p.entry_id for p in report.problems} == {4}
    assert all(p.kind == "inserted_or_deleted" for p in report.problems)


def test_deleted_last_entry_changes_the_head(db: Database) -> None:
    _write(db, 4)
    head = audit.verify_audit(db).head_hash
    _drop_triggers(db)
    _raw(db, "DELETE FROM audit_log WHERE id = 4")
    report = audit.verify_audit(db)
    # The remaining chain is consistent: only the head hash kept elsewhere shows the loss.
    assert report.ok and report.head_hash != head and report.count == 3


def test_inserted_entry_is_detected(db: Database) -> None:
    _write(db, 4)
    _drop_triggers(db)
    with db.session(read_only=True) as s:
        row = s.execute(sa.text("SELECT prev_hash, at FROM audit_log WHERE id = 3")).one()
    # Forge an entry in the middle: move the tail up and slip one in with a made-up hash.
    _raw(db, "UPDATE audit_log SET id = id + 10 WHERE id >= 3")
    _raw(db, "UPDATE audit_log SET id = id - 9 WHERE id >= 13")
    _raw(
        db,
        "INSERT INTO audit_log (id, at, user_id, user_login, action, table_name, record_id, "
        "patient_id, details, prev_hash, hash) VALUES (3, :at, NULL, 'mallory', 'change', "
        "'patient', '1', 100, '{}', :prev, :hash)",
        at=row.at, prev=row.prev_hash, hash="f" * 64,
    )
    report = audit.verify_audit(db)
    assert not report.ok
    kinds = {(p.entry_id, p.kind) for p in report.problems}
    assert (3, "edited") in kinds  # its hash is not the chain's
    assert (4, "inserted_or_deleted") in kinds  # the real entry no longer chains


def test_appended_forgery_is_detected(db: Database) -> None:
    _write(db, 3)
    head = audit.verify_audit(db).head_hash
    _raw(
        db,
        "INSERT INTO audit_log (id, at, user_id, user_login, action, table_name, record_id, "
        "patient_id, details, prev_hash, hash) VALUES (4, :at, 1, 'mallory', 'login', "
        "'user_account', '1', NULL, '{}', :prev, :hash)",
        at=dt.datetime.now(dt.UTC).replace(tzinfo=None), prev=head, hash="e" * 64,
    )
    assert [(p.entry_id, p.kind) for p in audit.verify_audit(db).problems] == [(4, "edited")]


def test_changes_redacts_identity() -> None:
    before = {"family_name": "Dupont", "sex": "unknown", "phone": ""}
    after = {"family_name": "Durand", "sex": "female", "phone": ""}
    assert audit.changes(before, after, redact=audit.IDENTITY_FIELDS) == {
        "family_name": "changed", "sex": ["unknown", "female"]}


def test_viewer_filters_and_permission(db: Database, actors: dict) -> None:
    admin = actors["administrator"]
    _write(db, 5)
    with pytest.raises(PermissionDeniedError):
        audit.list_entries(db, actors["practitioner"])
    by_patient = audit.list_entries(db, admin, patient_id=102)
    assert [e.patient_id for e in by_patient] == [102]
    assert by_patient[0].details["n"] == 2
    logins = audit.list_entries(db, admin, user_id=actors["practitioner"].user_id)
    assert logins and all(e.user_id == actors["practitioner"].user_id for e in logins)
    future = dt.datetime.now(dt.UTC) + dt.timedelta(days=1)
    assert audit.list_entries(db, admin, since=future) == []
    everything = audit.list_entries(db, admin, until=future)
    assert [e.id for e in everything] == sorted((e.id for e in everything), reverse=True)
