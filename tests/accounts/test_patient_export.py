"""Patient export (every table's rows for the patient), erasure and anonymisation, with the
erased name gone from the SQLite file after VACUUM."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
import sqlalchemy as sa

from mesomap.storage import audit
from mesomap.storage.engine import Database
from mesomap.storage.models import AuditEntry, SessionStatus, metadata
from mesomap.storage.patient_export import (
    SignedRecordsKeptError,
    anonymise_patient,
    compact_sqlite,
    erase_patient,
    export_patient,
    export_patient_json,
)
from mesomap.storage.permissions import PermissionDeniedError
from mesomap.storage.repository.patients import PatientInput, PatientRepository
from mesomap.storage.repository.sessions import SessionInput, SessionRepository
from tests.accounts.conftest import make_actors
from tests.storage.helpers import populate_every_table

# Tables holding a patient's own data, and tables that are shared reference data. Every table
# must be in one of the two lists, so a new table cannot be forgotten by the export.
PATIENT_TABLES = {
    "patient", "consent_record", "treatment_course", "session", "session_map", "map_region",
    "map_region_product", "papule", "region_actual", "region_actual_product", "checklist_answer",
    "adverse_event", "outcome_measure", "amendment", "signature", "audit_log",
}
REFERENCE_TABLES = {
    "user_account", "user_role", "product", "lot", "protocol_preset", "clinic_limit",
    "clinic_setting", "mesomap_meta", "checklist_item", "template_snapshots",
}
NAME = "Xanthippe"
FAMILY = "Quorrelbyworth"


def test_every_table_is_classified() -> None:
    assert set(metadata.tables) == PATIENT_TABLES | REFERENCE_TABLES


def test_export_contains_every_table_of_the_patient(db: Database) -> None:
    with db.engine.connect() as conn, conn.begin():
        populate_every_table(conn)
        conn.execute(sa.text("UPDATE user_account SET active = :t"), {"t": True})
        practitioner = conn.execute(sa.text(
            "SELECT user_id FROM user_role WHERE role = 'practitioner'")).scalars().first()
        admin = conn.execute(sa.text("SELECT max(id) FROM user_account")).scalar()
        assert practitioner is not None and admin != practitioner
        conn.execute(sa.text("DELETE FROM user_role WHERE user_id = :u"), {"u": admin})
        conn.execute(sa.text("INSERT INTO user_role (user_id, role) VALUES (:u, 'administrator')"),
                     {"u": admin})
    with db.session() as s:
        audit.record(s, None, audit.Action.PRINT, table="session", record_id=1, patient_id=1)
    with pytest.raises(PermissionDeniedError):  # only administrators and practitioners export
        export_patient(db, None, 1)
    assert export_patient(db, practitioner, 1)["patient_id"] == 1
    data = json.loads(export_patient_json(db, admin, 1))
    tables = data["tables"]
    assert set(tables) == PATIENT_TABLES
    assert all(tables[t] for t in PATIENT_TABLES), {t: len(tables[t]) for t in PATIENT_TABLES}
    assert [p["id"] for p in tables["patient"]] == [1]
    # Only this patient's rows, and all of them: every foreign key from an exported row points
    # into the export, and every row in the database that points into the export is exported.
    exported = {t: {json.dumps(r, sort_keys=True) for r in rows} for t, rows in tables.items()}
    ids = {t: {r.get("id") for r in rows} for t, rows in tables.items()}
    with db.session(read_only=True) as s:
        for name in PATIENT_TABLES - {"audit_log", "patient"}:
            table = metadata.tables[name]
            owned_fks = [fk for fk in table.foreign_keys if fk.column.table.name in PATIENT_TABLES]
            for row in tables[name]:
                assert any(row[fk.parent.name] in ids[fk.column.table.name] for fk in owned_fks
                           if row[fk.parent.name] is not None), (name, row)
            for fk in owned_fks:
                pointing = s.execute(sa.select(sa.func.count()).select_from(table).where(
                    fk.parent.in_(ids[fk.column.table.name] - {None}))).scalar_one()
                assert pointing <= len(exported[name]), (name, fk.parent.name)
        sessions = s.execute(sa.text("SELECT id FROM session WHERE patient_id = 1")).scalars().all()
    assert {r["id"] for r in tables["session"]} == set(sessions)
    assert all(r["patient_id"] == 1 for r in tables["audit_log"])
    assert any(r["action"] == "print" for r in tables["audit_log"])
    # WKB shapes and decimals survive as JSON.
    assert "base64" in tables["map_region"][0]["geometry_wkb"]
    with db.session(read_only=True) as s:
        last = s.execute(sa.select(AuditEntry.action, AuditEntry.patient_id)
                         .order_by(AuditEntry.id.desc())).first()
    assert tuple(last) == ("export", 1)


def _patient_with_history(db: Database, actor: object) -> tuple[int, int]:
    repo = PatientRepository(db, actor)  # type: ignore[arg-type]
    p = repo.create(PatientInput(FAMILY, NAME, phone="0611223344", email="xq@example.org",
                                 allergies="latex", external_id="EXT-77"))
    p = repo.update(p.id, p.version, PatientInput(FAMILY, NAME, phone="0611223355",
                                                  email="xq@example.org", allergies="latex",
                                                  external_id="EXT-77"))
    s = SessionRepository(db, actor).create(  # type: ignore[arg-type]
        SessionInput(p.id, dt.datetime(2026, 2, 3, 10, tzinfo=dt.UTC), notes=f"{NAME} on time"))
    return p.id, s.id


def _file_text(db: Database) -> bytes:
    assert db.sqlite_path is not None
    data = db.sqlite_path.read_bytes()
    wal = Path(f"{db.sqlite_path}-wal")
    return data + (wal.read_bytes() if wal.exists() else b"")


def test_erasure_leaves_no_trace_of_the_name(sqlite_db: Database) -> None:
    actors = make_actors(sqlite_db)
    pid, _ = _patient_with_history(sqlite_db, actors["practitioner"])
    other = PatientRepository(sqlite_db, actors["practitioner"]).create(PatientInput("Keepme"))
    assert FAMILY.encode() in _file_text(sqlite_db)  # the check below can fail
    for role in ("practitioner", "front_desk", "trainer"):
        with pytest.raises(PermissionDeniedError):
            erase_patient(sqlite_db, actors[role], pid)
    counts = erase_patient(sqlite_db, actors["administrator"], pid)
    assert counts["patient"] == 1 and counts["session"] == 1
    compact_sqlite(sqlite_db)
    text = _file_text(sqlite_db)
    for trace in (FAMILY, NAME, FAMILY.lower(), "0611223344", "xq@example.org", "EXT-77"):
        assert trace.encode() not in text, trace
    assert PatientRepository(sqlite_db, actors["practitioner"]).get(other.id).family_name == "Keepme"
    assert audit.verify_audit(sqlite_db).ok
    entries = audit.list_entries(sqlite_db, actors["administrator"], patient_id=pid)
    assert entries[0].action == "erase"


def test_erasure_on_both_backends(db: Database, actors: dict) -> None:
    pid, sid = _patient_with_history(db, actors["practitioner"])
    erase_patient(db, actors["administrator"], pid)
    with db.session(read_only=True) as s:
        assert s.execute(sa.text("SELECT count(*) FROM patient WHERE id = :i"), {"i": pid}).scalar() == 0
        assert s.execute(sa.text("SELECT count(*) FROM session WHERE id = :i"), {"i": sid}).scalar() == 0
        details = " ".join(s.execute(sa.select(AuditEntry.details)).scalars())
    assert FAMILY not in details and NAME not in details


def test_signed_records_are_kept_and_the_patient_anonymised(sqlite_db: Database) -> None:
    actors = make_actors(sqlite_db)
    pid, sid = _patient_with_history(sqlite_db, actors["practitioner"])
    sessions = SessionRepository(sqlite_db, actors["practitioner"])
    rec = sessions.get(sid)
    rec = sessions.set_status(sid, rec.version, SessionStatus.PERFORMED)
    sessions.set_status(sid, rec.version, SessionStatus.SIGNED, allow_sign=True)
    with pytest.raises(SignedRecordsKeptError) as err:
        erase_patient(sqlite_db, actors["administrator"], pid)
    assert "Anonymise" in err.value.message
    anonymise_patient(sqlite_db, actors["administrator"], pid)
    compact_sqlite(sqlite_db)
    text = _file_text(sqlite_db)
    for trace in (FAMILY, FAMILY.lower(), "0611223344", "xq@example.org", "EXT-77"):
        assert trace.encode() not in text, trace
    kept = PatientRepository(sqlite_db, actors["practitioner"]).get(pid)
    assert kept.anonymised and kept.allergies == "latex" and kept.birth_date is None
    assert sessions.get(sid).status == SessionStatus.SIGNED  # the clinical record stays
    exported = export_patient(sqlite_db, actors["administrator"], pid)
    assert exported["tables"]["session"][0]["id"] == sid
