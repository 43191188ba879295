"""The append-only, hash-chained audit trail: who did what, when, to which record.

Every create, change, sign, amend, print, export, erasure and login is written with
:func:`record` inside the transaction that does it (so an audited change and its entry commit or
roll back together). Each entry's ``hash`` is ``sha256(prev_hash + canonical entry)``, where the
canonical entry is the sorted, compact JSON of its id, time, user, action, table, record,
patient and details; the first entry chains to 64 zeros. :func:`verify_audit` recomputes the
chain and reports every entry that was edited, deleted or inserted behind mesomap's back.

The database refuses UPDATE and DELETE on ``audit_log`` with triggers (SQLite and PostgreSQL,
installed by migration ``0004_audit_append_only`` through :func:`install_triggers`), so the
application cannot edit the audit either. Someone with raw database access can drop a trigger;
the chain then shows what they changed. (An attacker who rewrites the whole tail of the chain
is caught only by comparing the head hash with one kept elsewhere: ``mesomap audit --verify``
prints it, and each backup records it.)

Patient identity is never copied into the audit: details of patient changes list the changed
field names without their values, so erasing a patient leaves no name behind.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from mesomap.storage.models import AuditEntry, UserAccount, utcnow
from mesomap.storage.permissions import (
    Actor,
    ActorLike,
    Permission,
    actor_id_of,
    current_actor,
    require,
)

if TYPE_CHECKING:
    from mesomap.storage.engine import Database

GENESIS_HASH = "0" * 64
PG_AUDIT_LOCK_KEY = 0x61756474  # "audt": one writer appends to the chain at a time
TABLE = "audit_log"

# Patient fields whose values never enter the audit (only "changed").
IDENTITY_FIELDS: frozenset[str] = frozenset(
    {
        "family_name",
        "given_name",
        "birth_date",
        "phone",
        "email",
        "address",
        "external_id",
        "search_text",
        "allergies",
        "contraindication_notes",
        "notes",
    }
)


class Action:
    """The audited actions (values of ``audit_log.action``)."""

    CREATE = "create"
    CHANGE = "change"
    DELETE = "delete"
    SIGN = "sign"
    AMEND = "amend"
    PRINT = "print"
    EXPORT = "export"
    ERASE = "erase"
    ANONYMISE = "anonymise"
    LOGIN = "login"
    LOGIN_FAILED = "login_failed"
    LOGOUT = "logout"
    LOCK = "lock"
    BACKUP = "backup"
    RESTORE = "restore"
    ACCOUNT = "account"


def _json_default(value: Any) -> Any:
    if isinstance(value, dt.datetime):
        return value.astimezone(dt.UTC).isoformat(timespec="microseconds")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, (set, frozenset)):
        return sorted(value)
    if hasattr(value, "value"):  # enums
        return value.value
    return str(value)


def canonical_json(value: Any) -> str:
    """Sorted, compact JSON (dates ISO, Decimals as text): the same bytes on every machine."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False,
                      default=_json_default)


def _iso(at: dt.datetime) -> str:
    return at.astimezone(dt.UTC).isoformat(timespec="microseconds")


def canonical_entry(
    entry_id: int,
    at: dt.datetime,
    user_id: int | None,
    user_login: str,
    action: str,
    table_name: str,
    record_id: str,
    patient_id: int | None,
    details: str,
) -> str:
    """The canonical text an entry's hash covers."""
    return canonical_json(
        {
            "id": entry_id,
            "at": _iso(at),
            "user_id": user_id,
            "user_login": user_login,
            "action": action,
            "table": table_name,
            "record_id": record_id,
            "patient_id": patient_id,
            "details": details,
        }
    )


def chain_hash(prev_hash: str, canonical: str) -> str:
    return hashlib.sha256((prev_hash + canonical).encode("utf-8")).hexdigest()


def changes(
    before: Mapping[str, Any],
    after: Mapping[str, Any],
    *,
    redact: Iterable[str] = (),
) -> dict[str, Any]:
    """``{field: [old, new]}`` for the fields that differ; redacted fields give ``"changed"``."""
    hidden = set(redact)
    out: dict[str, Any] = {}
    for name in sorted(set(before) | set(after)):
        old, new = before.get(name), after.get(name)
        if old == new:
            continue
        out[name] = "changed" if name in hidden else [old, new]
    return out


def record(
    session: Session,
    actor: ActorLike,
    action: str,
    *,
    table: str = "",
    record_id: object = "",
    patient_id: int | None = None,
    details: Mapping[str, Any] | None = None,
    user_login: str | None = None,
    at: dt.datetime | None = None,
) -> AuditEntry:
    """Append one entry in the caller's transaction and return it (flushed)."""
    bind = session.get_bind()
    if bind.dialect.name == "postgresql":
        session.execute(sa.text("SELECT pg_advisory_xact_lock(:k)"), {"k": PG_AUDIT_LOCK_KEY})
    actor = current_actor(actor)
    user_id = actor_id_of(actor)
    if user_login is None:
        if isinstance(actor, Actor) and actor.login:
            user_login = actor.login
        elif user_id is not None:
            user_login = session.execute(
                sa.select(UserAccount.login).where(UserAccount.id == user_id)
            ).scalar() or ""
        else:
            user_login = ""
    last = session.execute(
        sa.select(AuditEntry.id, AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1)
    ).first()
    entry_id = (last.id + 1) if last else 1
    prev_hash = last.hash if last else GENESIS_HASH
    when = at or utcnow()
    when = when.replace(microsecond=when.microsecond)  # stored with microseconds on both backends
    text = canonical_json(dict(details or {}))
    rid = str(record_id)
    digest = chain_hash(
        prev_hash,
        canonical_entry(entry_id, when, user_id, user_login, action, table, rid, patient_id, text),
    )
    entry = AuditEntry(
        id=entry_id,
        at=when,
        user_id=user_id,
        user_login=user_login,
        action=action,
        table_name=table,
        record_id=rid,
        patient_id=patient_id,
        details=text,
        prev_hash=prev_hash,
        hash=digest,
    )
    session.add(entry)
    session.flush()
    return entry


def record_in_new_transaction(db: Database, actor: ActorLike, action: str, **kwargs: Any) -> None:
    """Append one entry in its own transaction (logins, prints, exports)."""
    with db.session() as session:
        record(session, actor, action, **kwargs)


@dataclass(frozen=True)
class AuditProblem:
    """One break in the chain: ``kind`` is "edited", "inserted_or_deleted" or "order"."""

    entry_id: int
    kind: str
    detail: str


@dataclass(frozen=True)
class AuditReport:
    ok: bool
    count: int
    head_hash: str
    problems: list[AuditProblem] = field(default_factory=list)


def verify_audit(db: Database, *, batch: int = 5000) -> AuditReport:
    """Recompute the whole chain. An entry whose content no longer gives its hash was edited;
    an entry whose ``prev_hash`` is not the previous entry's hash follows a deleted or
    inserted one (or was inserted itself); ids must increase by one."""
    problems: list[AuditProblem] = []
    prev_hash = GENESIS_HASH
    prev_id = 0
    count = 0
    cols = (
        AuditEntry.id, AuditEntry.at, AuditEntry.user_id, AuditEntry.user_login,
        AuditEntry.action, AuditEntry.table_name, AuditEntry.record_id, AuditEntry.patient_id,
        AuditEntry.details, AuditEntry.prev_hash, AuditEntry.hash,
    )
    with db.session(read_only=True) as session:
        while True:
            rows = session.execute(
                sa.select(*cols).where(AuditEntry.id > prev_id).order_by(AuditEntry.id).limit(batch)
            ).all()
            if not rows:
                break
            for row in rows:
                count += 1
                if row.id != prev_id + 1:
                    problems.append(AuditProblem(
                        row.id, "inserted_or_deleted",
                        f"entry {row.id} follows entry {prev_id}: entries are missing"))
                if row.prev_hash != prev_hash:
                    problems.append(AuditProblem(
                        row.id, "inserted_or_deleted",
                        f"entry {row.id} does not chain to the entry before it"))
                expected = chain_hash(row.prev_hash, canonical_entry(
                    row.id, row.at, row.user_id, row.user_login, row.action, row.table_name,
                    row.record_id, row.patient_id, row.details))
                if expected != row.hash:
                    problems.append(AuditProblem(
                        row.id, "edited", f"entry {row.id} was changed after it was written"))
                prev_hash = row.hash
                prev_id = row.id
    return AuditReport(not problems, count, prev_hash, problems)


@dataclass(frozen=True)
class AuditRecord:
    """One audit entry for the viewer."""

    id: int
    at: dt.datetime
    user_id: int | None
    user_login: str
    action: str
    table_name: str
    record_id: str
    patient_id: int | None
    details: dict[str, Any]


def list_entries(
    db: Database,
    actor: ActorLike,
    *,
    patient_id: int | None = None,
    user_id: int | None = None,
    since: dt.datetime | None = None,
    until: dt.datetime | None = None,
    limit: int = 1000,
) -> list[AuditRecord]:
    """Entries newest first, filtered by patient, user and time range ``[since, until)``."""
    stmt = sa.select(AuditEntry).order_by(AuditEntry.id.desc()).limit(limit)
    if patient_id is not None:
        stmt = stmt.where(AuditEntry.patient_id == patient_id)
    if user_id is not None:
        stmt = stmt.where(AuditEntry.user_id == user_id)
    if since is not None:
        stmt = stmt.where(AuditEntry.at >= since)
    if until is not None:
        stmt = stmt.where(AuditEntry.at < until)
    with db.session(read_only=True) as session:
        require(session, actor, Permission.AUDIT_READ)
        out = []
        for e in session.execute(stmt).scalars():
            try:
                details = json.loads(e.details) if e.details else {}
            except ValueError:
                details = {"raw": e.details}
            out.append(AuditRecord(e.id, e.at, e.user_id, e.user_login, e.action, e.table_name,
                                   e.record_id, e.patient_id, details))
        return out


# --- Triggers refusing UPDATE/DELETE (installed by migration 0004) -------------------------

SQLITE_TRIGGERS = (
    "CREATE TRIGGER IF NOT EXISTS audit_log_no_update BEFORE UPDATE ON audit_log "
    "BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END",
    "CREATE TRIGGER IF NOT EXISTS audit_log_no_delete BEFORE DELETE ON audit_log "
    "BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END",
)
PG_TRIGGERS = (
    "CREATE OR REPLACE FUNCTION mesomap_audit_append_only() RETURNS trigger "
    "LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'audit_log is append-only'; END $$",
    "DROP TRIGGER IF EXISTS audit_log_no_update ON audit_log",
    "CREATE TRIGGER audit_log_no_update BEFORE UPDATE OR DELETE ON audit_log "
    "FOR EACH ROW EXECUTE FUNCTION mesomap_audit_append_only()",
    "DROP TRIGGER IF EXISTS audit_log_no_truncate ON audit_log",
    "CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log "
    "FOR EACH STATEMENT EXECUTE FUNCTION mesomap_audit_append_only()",
)


def install_triggers(conn: sa.Connection) -> None:
    """Create the triggers that make ``audit_log`` append-only (idempotent)."""
    for statement in SQLITE_TRIGGERS if conn.dialect.name == "sqlite" else PG_TRIGGERS:
        conn.exec_driver_sql(statement)


def drop_triggers(conn: sa.Connection) -> None:
    """Remove them (migration downgrade; tests simulating an attacker)."""
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql("DROP TRIGGER IF EXISTS audit_log_no_update")
        conn.exec_driver_sql("DROP TRIGGER IF EXISTS audit_log_no_delete")
    else:
        conn.exec_driver_sql("DROP TRIGGER IF EXISTS audit_log_no_update ON audit_log")
        conn.exec_driver_sql("DROP TRIGGER IF EXISTS audit_log_no_truncate ON audit_log")
        conn.exec_driver_sql("DROP FUNCTION IF EXISTS mesomap_audit_append_only()")
