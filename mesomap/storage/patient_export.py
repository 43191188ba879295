"""One patient's data: complete export (data-access request), erasure and anonymisation.

- :func:`export_patient` gathers **every row of every table that belongs to the patient**: the
  patient row, then, following the foreign keys downwards until nothing new turns up, every row
  that points at a row already gathered (courses, sessions, consents, maps, regions, papules,
  mixtures, actuals, checklist answers, outcome measures, adverse events, amendments,
  signatures), plus the audit entries about the patient. Catalogue rows (products, lots,
  presets) and accounts are referenced, not owned, so they are not included. The result is plain
  JSON (dates ISO 8601, volumes as decimal text, shapes as WKB in base64).
- :func:`erase_patient` deletes all of it for a patient **without signed records**; a signed
  record must be kept, so such a patient is refused and :func:`anonymise_patient` removes the
  identity instead (names, birth date, contact, external id) and keeps the clinical record.
- :func:`compact_sqlite` (VACUUM + WAL checkpoint) afterwards rewrites the file so the erased
  values are gone from it, not only unlinked. Backups made earlier still hold them until the
  rotation removes them (docs/backup.md).

All three need their permission (PATIENT_EXPORT, PATIENT_ERASE) and are audited; the audit entry
names the patient by id only.
"""

from __future__ import annotations

import base64
import datetime as dt
import json
from decimal import Decimal
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from mesomap.core.i18n import QT_TRANSLATE_NOOP
from mesomap.storage import audit
from mesomap.storage.errors import NotFoundError, StorageError
from mesomap.storage.models import (
    AuditEntry,
    Patient,
    SessionStatus,
    Signature,
    TreatmentSession,
    metadata,
    utcnow,
)
from mesomap.storage.permissions import Actor, ActorLike, Permission, actor_id_of, require

if TYPE_CHECKING:
    from mesomap.storage.engine import Database

EXPORT_FORMAT = "mesomap-patient-export"
EXPORT_VERSION = 1
_CHUNK = 500
ANONYMISED_NAME = "ANONYMISED"


class SignedRecordsKeptError(StorageError):
    """Erasure refused: the patient has signed records that must be kept."""

    default_template = QT_TRANSLATE_NOOP(
        "storage",
        "This patient has signed session records, which must be kept, so the patient cannot be "
        "erased. Nothing was deleted. Anonymise the patient instead: the identity is removed "
        "and the clinical record is kept.",
    )


def _owned_rows(session: Session, patient_id: int) -> dict[str, dict[Any, dict[str, Any]]]:
    """``{table: {primary key: row}}`` for every row belonging to the patient (audit excluded)."""
    owned: dict[str, dict[Any, dict[str, Any]]] = {}
    patient = metadata.tables["patient"]
    row = session.execute(sa.select(patient).where(patient.c.id == patient_id)).mappings().first()
    if row is None:
        raise NotFoundError(record="patient")
    owned["patient"] = {patient_id: dict(row)}
    changed = True
    while changed:  # until no new row turns up (self-references, amendments ↔ events)
        changed = False
        for table in metadata.sorted_tables:
            if table.name == AuditEntry.__tablename__:
                continue
            pk = list(table.primary_key.columns)
            for fk in table.foreign_keys:
                target = fk.column.table.name
                if target not in owned or fk.column.name != "id":
                    continue
                keys = list(owned[target].keys())
                for start in range(0, len(keys), _CHUNK):
                    chunk = keys[start:start + _CHUNK]
                    for found in session.execute(
                        sa.select(table).where(fk.parent.in_(chunk))
                    ).mappings():
                        key = tuple(found[c.name] for c in pk)
                        key = key[0] if len(key) == 1 else key
                        bucket = owned.setdefault(table.name, {})
                        if key not in bucket:
                            bucket[key] = dict(found)
                            changed = True
    return owned


def _plain(value: Any) -> Any:
    if isinstance(value, dt.datetime):
        return value.astimezone(dt.UTC).isoformat() if value.tzinfo else value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, (bytes, bytearray, memoryview)):
        return {"base64": base64.b64encode(bytes(value)).decode("ascii")}
    if hasattr(value, "value") and not isinstance(value, (int, float, str)):
        return value.value
    return value


def export_patient(db: Database, actor: ActorLike, patient_id: int, *, target: str = "json",
                   user_login: str | None = None,
                   check_permission: bool = True) -> dict[str, Any]:
    """The patient's complete record as a JSON-ready dict (``json.dumps`` it); audited, with
    ``target`` ("json" or "pdf") in the entry. The command line, which runs with the operating
    system's access to the database, passes ``check_permission=False`` and its ``user_login``."""
    with db.session() as session:
        who = (require(session, actor, Permission.PATIENT_EXPORT) if check_permission
               else Actor(actor_id_of(actor), login=user_login or ""))
        owned = _owned_rows(session, patient_id)
        audit_rows = session.execute(
            sa.select(AuditEntry.__table__).where(AuditEntry.patient_id == patient_id)
            .order_by(AuditEntry.id)
        ).mappings().all()
        tables: dict[str, list[dict[str, Any]]] = {}
        for name in sorted(owned):
            rows = [owned[name][k] for k in sorted(owned[name], key=repr)]
            tables[name] = [{c: _plain(v) for c, v in r.items()} for r in rows]
        tables["audit_log"] = [{c: _plain(v) for c, v in r.items()} for r in audit_rows]
        counts = {name: len(rows) for name, rows in tables.items()}
        audit.record(session, who, audit.Action.EXPORT, table="patient", record_id=patient_id,
                     patient_id=patient_id, user_login=user_login,
                     details={"rows": counts, "format": EXPORT_FORMAT, "target": target})
    return {
        "format": EXPORT_FORMAT,
        "format_version": EXPORT_VERSION,
        "exported_at": utcnow().isoformat(),
        "exported_by": who.login,
        "patient_id": patient_id,
        "row_counts": counts,
        "tables": tables,
    }


def export_patient_json(db: Database, actor: ActorLike, patient_id: int) -> str:
    """:func:`export_patient` as indented UTF-8 JSON text."""
    return json.dumps(export_patient(db, actor, patient_id), indent=2, ensure_ascii=False,
                      sort_keys=True)


def has_signed_records(session: Session, patient_id: int) -> bool:
    signed = session.execute(
        sa.select(TreatmentSession.id).where(
            TreatmentSession.patient_id == patient_id,
            TreatmentSession.status == SessionStatus.SIGNED,
        ).limit(1)
    ).first()
    if signed is not None:
        return True
    return session.execute(
        sa.select(Signature.id).join(TreatmentSession, TreatmentSession.id == Signature.session_id)
        .where(TreatmentSession.patient_id == patient_id).limit(1)
    ).first() is not None


def erase_patient(db: Database, actor: ActorLike, patient_id: int) -> dict[str, int]:
    """Delete the patient and every row that belongs to them; rows deleted per table.
    ``SignedRecordsKeptError`` (nothing deleted) when signed records exist."""
    with db.session() as session:
        who = require(session, actor, Permission.PATIENT_ERASE)
        if has_signed_records(session, patient_id):
            raise SignedRecordsKeptError()
        owned = _owned_rows(session, patient_id)
        counts = {name: len(rows) for name, rows in owned.items()}
        # Children first (reverse dependency order); rows pointing at each other in one table
        # (sessions' previous_session_id) are unlinked first.
        session.execute(
            sa.update(TreatmentSession).where(TreatmentSession.patient_id == patient_id)
            .values(previous_session_id=None)
            .execution_options(synchronize_session=False)
        )
        for table in reversed(metadata.sorted_tables):
            keys = list(owned.get(table.name, {}))
            if not keys:
                continue
            pk = list(table.primary_key.columns)
            for start in range(0, len(keys), _CHUNK):
                chunk = keys[start:start + _CHUNK]
                if len(pk) == 1:
                    session.execute(sa.delete(table).where(pk[0].in_(chunk)))
                else:
                    session.execute(sa.delete(table).where(sa.tuple_(*pk).in_(chunk)))
        audit.record(session, who, audit.Action.ERASE, table="patient", record_id=patient_id,
                     patient_id=patient_id, details={"rows": counts})
    return counts


def anonymise_patient(db: Database, actor: ActorLike, patient_id: int) -> None:
    """Remove the patient's identity (names, birth date, contact, external id) and keep the
    clinical record (sessions, maps, signatures, allergies and contraindications)."""
    with db.session() as session:
        who = require(session, actor, Permission.PATIENT_ERASE)
        row = session.get(Patient, patient_id)
        if row is None:
            raise NotFoundError(record="patient")
        row.family_name = f"{ANONYMISED_NAME}-{patient_id}"
        row.given_name = ""
        row.birth_date = None
        row.phone = ""
        row.email = ""
        row.address = ""
        row.external_id = None
        row.search_text = row.family_name.lower()
        row.anonymised = True
        row.anonymised_at = utcnow()
        row.updated_by = who.user_id
        session.flush()
        audit.record(session, who, audit.Action.ANONYMISE, table="patient", record_id=patient_id,
                     patient_id=patient_id,
                     details={"fields": ["family_name", "given_name", "birth_date", "phone",
                                         "email", "address", "external_id"]})


def compact_sqlite(db: Database) -> None:
    """Rewrite a SQLite file so deleted values are gone from it (VACUUM, then fold the WAL in
    and truncate it). PostgreSQL reclaims space with its own VACUUM (docs/backup.md)."""
    if not db.is_sqlite:
        return
    # A raw connection: pysqlite's own transactions are off (engine.py), and VACUUM cannot run
    # inside the BEGIN IMMEDIATE that an SQLAlchemy connection would start.
    raw = db.engine.raw_connection()
    try:
        raw.driver_connection.execute("VACUUM")  # type: ignore[union-attr]
        raw.driver_connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # type: ignore[union-attr]
    finally:
        raw.close()
