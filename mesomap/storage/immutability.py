"""Signed sessions cannot change: database triggers refuse UPDATE and DELETE of a signed session
and of every row of its record, on SQLite and PostgreSQL.

Guarded (``GUARDED``): ``session`` itself (once its status is ``signed``), its map
(``session_map``, ``map_region``, ``map_region_product``, ``papule``), ``checklist_answer``,
``region_actual``, ``region_actual_product``, ``adverse_event`` and ``outcome_measure``. The
append-only tables ``signature`` and ``amendment`` refuse every UPDATE and DELETE. The trigger
tests the row *before* the change and, for UPDATE, after it too (moving a row into a signed
session is refused as well). Inserting rows is not refused by the database (an adverse event
recorded later is an amendment row); the signature digest shows anything added behind
mesomap's back (``RecordsRepository.signing.verify``).

**Every migration that rebuilds one of these tables** (Alembic batch mode on SQLite copies a
table into a new one and drops the old one, and its triggers with it) **must call**
``install_triggers(op.get_bind())`` at the end of its ``upgrade()`` (and of ``downgrade()``).
``install_triggers`` is idempotent (drop + create). Revision ``0005_signed_immutable``
installs them first. A test runs every migration from the first revision and checks they hold.

The repositories check the status first and raise ``SignedRecordError``; a statement the
triggers refuse raises ``sqlalchemy.exc.IntegrityError`` (SQLite ``RAISE(ABORT)``; PostgreSQL
SQLSTATE 23001 ``restrict_violation``) whose text contains ``MESSAGE``:
:func:`is_immutability_error` recognises it.
"""

from __future__ import annotations

import sqlalchemy as sa

MESSAGE = "mesomap: signed records cannot be changed"

SIGNED = "'signed'"

# table → SQL giving the session id of row R (R is replaced by OLD / NEW).
GUARDED: dict[str, str] = {
    "session_map": "R.session_id",
    "map_region": "(SELECT sm.session_id FROM session_map sm WHERE sm.id = R.map_id)",
    "map_region_product": (
        "(SELECT sm.session_id FROM map_region mr JOIN session_map sm ON sm.id = mr.map_id "
        "WHERE mr.id = R.region_id)"
    ),
    "papule": (
        "(SELECT sm.session_id FROM map_region mr JOIN session_map sm ON sm.id = mr.map_id "
        "WHERE mr.id = R.region_id)"
    ),
    "checklist_answer": "R.session_id",
    "region_actual": "R.session_id",
    "region_actual_product": "(SELECT ra.session_id FROM region_actual ra WHERE ra.id = R.actual_id)",
    "adverse_event": "R.session_id",
    "outcome_measure": "R.session_id",
}
APPEND_ONLY: tuple[str, ...] = ("signature", "amendment")


def _signed(expr: str, row: str) -> str:
    return (f"EXISTS (SELECT 1 FROM session s WHERE s.id = {expr.replace('R.', row + '.')} "
            f"AND s.status = {SIGNED})")


def _sqlite_statements() -> list[str]:
    out: list[str] = []
    for event in ("UPDATE", "DELETE"):
        name = f"signed_session_no_{event.lower()}"
        out.append(f"DROP TRIGGER IF EXISTS {name}")
        out.append(
            f"CREATE TRIGGER {name} BEFORE {event} ON session "
            f"WHEN OLD.status = {SIGNED} BEGIN SELECT RAISE(ABORT, '{MESSAGE}'); END"
        )
    for table, expr in GUARDED.items():
        for event in ("UPDATE", "DELETE"):
            name = f"{table}_signed_no_{event.lower()}"
            cond = _signed(expr, "OLD")
            if event == "UPDATE":
                cond = f"{cond} OR {_signed(expr, 'NEW')}"
            out.append(f"DROP TRIGGER IF EXISTS {name}")
            out.append(
                f"CREATE TRIGGER {name} BEFORE {event} ON {table} WHEN {cond} "
                f"BEGIN SELECT RAISE(ABORT, '{MESSAGE}'); END"
            )
    for table in APPEND_ONLY:
        for event in ("UPDATE", "DELETE"):
            name = f"{table}_no_{event.lower()}"
            out.append(f"DROP TRIGGER IF EXISTS {name}")
            out.append(
                f"CREATE TRIGGER {name} BEFORE {event} ON {table} "
                f"BEGIN SELECT RAISE(ABORT, '{MESSAGE}'); END"
            )
    return out


def _pg_raise() -> str:
    return f"RAISE EXCEPTION '{MESSAGE}' USING ERRCODE = 'restrict_violation';"


def _pg_statements() -> list[str]:
    out: list[str] = [
        "CREATE OR REPLACE FUNCTION mesomap_signed_session_guard() RETURNS trigger "
        "LANGUAGE plpgsql AS $$ BEGIN "
        f"IF OLD.status = {SIGNED} THEN {_pg_raise()} END IF; "
        "IF TG_OP = 'DELETE' THEN RETURN OLD; END IF; RETURN NEW; END $$",
        "DROP TRIGGER IF EXISTS signed_session_guard ON session",
        "CREATE TRIGGER signed_session_guard BEFORE UPDATE OR DELETE ON session "
        "FOR EACH ROW EXECUTE FUNCTION mesomap_signed_session_guard()",
        "CREATE OR REPLACE FUNCTION mesomap_append_only_guard() RETURNS trigger "
        f"LANGUAGE plpgsql AS $$ BEGIN {_pg_raise()} END $$",
    ]
    for table, expr in GUARDED.items():
        func = f"mesomap_{table}_signed_guard"
        body = (
            f"IF {_signed(expr, 'OLD')} THEN {_pg_raise()} END IF; "
            f"IF TG_OP = 'UPDATE' THEN IF {_signed(expr, 'NEW')} THEN {_pg_raise()} END IF; "
            "RETURN NEW; END IF; RETURN OLD;"
        )
        out += [
            f"CREATE OR REPLACE FUNCTION {func}() RETURNS trigger LANGUAGE plpgsql AS $$ "
            f"BEGIN {body} END $$",
            f"DROP TRIGGER IF EXISTS {table}_signed_guard ON {table}",
            f"CREATE TRIGGER {table}_signed_guard BEFORE UPDATE OR DELETE ON {table} "
            f"FOR EACH ROW EXECUTE FUNCTION {func}()",
        ]
    for table in APPEND_ONLY:
        out += [
            f"DROP TRIGGER IF EXISTS {table}_append_only ON {table}",
            f"CREATE TRIGGER {table}_append_only BEFORE UPDATE OR DELETE ON {table} "
            "FOR EACH ROW EXECUTE FUNCTION mesomap_append_only_guard()",
            f"DROP TRIGGER IF EXISTS {table}_no_truncate ON {table}",
            f"CREATE TRIGGER {table}_no_truncate BEFORE TRUNCATE ON {table} "
            "FOR EACH STATEMENT EXECUTE FUNCTION mesomap_append_only_guard()",
        ]
    return out


def _pg_drop_statements() -> list[str]:
    out = ["DROP TRIGGER IF EXISTS signed_session_guard ON session"]
    for table in GUARDED:
        out.append(f"DROP TRIGGER IF EXISTS {table}_signed_guard ON {table}")
        out.append(f"DROP FUNCTION IF EXISTS mesomap_{table}_signed_guard()")
    for table in APPEND_ONLY:
        out.append(f"DROP TRIGGER IF EXISTS {table}_append_only ON {table}")
        out.append(f"DROP TRIGGER IF EXISTS {table}_no_truncate ON {table}")
    out += ["DROP FUNCTION IF EXISTS mesomap_signed_session_guard()",
            "DROP FUNCTION IF EXISTS mesomap_append_only_guard()"]
    return out


def install_triggers(conn: sa.Connection) -> None:
    """Create (or re-create) every immutability trigger on ``conn``'s database. Call it at the
    end of any migration that rebuilds a guarded table."""
    statements = _sqlite_statements() if conn.dialect.name == "sqlite" else _pg_statements()
    for statement in statements:
        conn.exec_driver_sql(statement)


def drop_triggers(conn: sa.Connection) -> None:
    """Remove them (downgrade of 0005; tests that simulate an attacker with raw access)."""
    if conn.dialect.name == "sqlite":
        names = conn.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type = 'trigger' AND "
            "(name LIKE '%signed_no_%' OR name LIKE 'signed_session_no_%' "
            "OR name IN ('signature_no_update', 'signature_no_delete', "
            "'amendment_no_update', 'amendment_no_delete'))"
        ).scalars().all()
        for name in names:
            conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}")
    else:
        for statement in _pg_drop_statements():
            conn.exec_driver_sql(statement)


def trigger_names(conn: sa.Connection) -> set[str]:
    """Names of the immutability triggers present (for tests and diagnostics)."""
    if conn.dialect.name == "sqlite":
        rows = conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'trigger'")
    else:
        rows = conn.exec_driver_sql(
            "SELECT tgname FROM pg_trigger WHERE NOT tgisinternal")
    wanted = {"signed_session", "_signed_", "signature_", "amendment_"}
    return {n for n in rows.scalars().all() if any(w in n for w in wanted)}


def expected_trigger_count(dialect: str) -> int:
    """How many triggers ``install_triggers`` creates on ``dialect``."""
    if dialect == "sqlite":
        return 2 + 2 * len(GUARDED) + 2 * len(APPEND_ONLY)
    return 1 + len(GUARDED) + 2 * len(APPEND_ONLY)


def is_immutability_error(exc: BaseException) -> bool:
    """Whether ``exc`` (a DBAPI / SQLAlchemy error) comes from these triggers."""
    return MESSAGE in str(exc)
