"""Test helpers for storage: databases at an older revision, rows in every table, table dumps."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Collection
from decimal import Decimal
from typing import Any

import shapely
import sqlalchemy as sa
from alembic import command
from shapely.geometry import Polygon

from mesomap.storage.engine import Database, make_engine
from mesomap.storage.migrations import alembic_config
from mesomap.storage.models import (
    MARKER_APPLICATION,
    MesomapMeta,
    Role,
    UserAccount,
    UserRole,
    metadata,
)
from mesomap.storage.models.base import UTCDateTime

ROWS_PER_TABLE = 3
WKB = shapely.to_wkb(Polygon([(0, 0), (3.25, 0), (3.25, 2.125), (0, 2.125)]))


def create_at_revision(url: str, revision: str) -> None:
    """A mesomap database (marker included) whose schema stops at ``revision``."""
    engine = make_engine(sa.make_url(url))
    try:
        with engine.connect() as conn, conn.begin():
            command.upgrade(alembic_config(conn), revision)
            conn.execute(
                sa.insert(MesomapMeta).values(
                    id=1,
                    application=MARKER_APPLICATION,
                    database_uuid=uuid.uuid4().hex,
                    created_at=dt.datetime.now(dt.UTC),
                    created_by_app_version="test",
                    is_demo=False,
                )
            )
    finally:
        engine.dispose()


def _value(table: sa.Table, column: sa.Column[Any], i: int, ids: dict[str, list[int]]) -> Any:
    if column.foreign_keys:
        target = next(iter(column.foreign_keys)).column.table.name
        if target == table.name:
            return None
        return ids[target][i % len(ids[target])]
    typ = column.type
    if isinstance(typ, sa.Enum):
        return typ.enums[i % len(typ.enums)]
    if isinstance(typ, UTCDateTime):
        return dt.datetime(2025, 3, 1 + i, 9, 30, 15, 123456, tzinfo=dt.UTC)
    if isinstance(typ, sa.Boolean):
        return i % 2 == 0
    if isinstance(typ, sa.Date):
        return dt.date(2025, 4, 1 + i)
    if isinstance(typ, sa.Numeric) and not isinstance(typ, sa.Float):
        return Decimal("0.0125") * (i + 1)
    if isinstance(typ, sa.Float):
        return 0.1 + i / 3
    if isinstance(typ, sa.Integer):
        return i + 1
    if isinstance(typ, sa.LargeBinary):
        return WKB
    if isinstance(typ, sa.JSON):
        return {"face_width": 13.4 + i}
    if isinstance(typ, sa.String):
        length = typ.length or 64
        return f"{column.name[:8]}{i}"[:length]
    raise TypeError(f"no test value for {table.name}.{column.name}: {typ!r}")


def populate_every_table(conn: sa.Connection, skip_columns: dict[str, set[str]] | None = None,
                         skip_tables: Collection[str] = ()) -> dict[str, int]:
    """Insert ``ROWS_PER_TABLE`` rows into every table but the marker; returns rows per table.

    ``skip_columns`` / ``skip_tables`` leave out columns and tables the database does not have
    yet (older revision).
    """
    skip_columns = skip_columns or {}
    ids: dict[str, list[int]] = {}
    counts: dict[str, int] = {}
    for table in metadata.sorted_tables:
        if table.name == MesomapMeta.__tablename__ or table.name in skip_tables:
            continue
        rows = []
        for i in range(ROWS_PER_TABLE):
            row: dict[str, Any] = {}
            for column in table.columns:
                if column.name in skip_columns.get(table.name, set()):
                    continue
                if column.name == "color":
                    row[column.name] = f"#ff00{i:02d}"
                elif column.name == "digest_sha256" or column.name.endswith("hash"):
                    row[column.name] = f"{i:064x}"
                elif column.name == "version":
                    row[column.name] = 1
                else:
                    row[column.name] = _value(table, column, i, ids)
            rows.append(row)
        # A bare table clause: only the columns given (no Python-side defaults for columns
        # that an older revision does not have), with the models' types for conversion.
        present = [c for c in table.columns if c.name in rows[0]]
        clause = sa.table(table.name, *(sa.column(c.name, c.type) for c in present))
        conn.execute(sa.insert(clause), rows)
        if "id" in table.c:
            ids[table.name] = [int(r["id"]) for r in rows]
        counts[table.name] = len(rows)
    return counts


def dump_tables(conn: sa.Connection, ignore_columns: dict[str, set[str]] | None = None,
                skip_tables: Collection[str] = ()) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every mesomap table, sorted, as plain tuples (for before/after comparisons)."""
    ignore_columns = ignore_columns or {}
    dump: dict[str, list[tuple[Any, ...]]] = {}
    for table in metadata.sorted_tables:
        if table.name in skip_tables:
            continue
        cols = [c for c in table.columns if c.name not in ignore_columns.get(table.name, set())]
        rows = conn.execute(sa.select(*cols)).all()
        dump[table.name] = sorted((tuple(r) for r in rows), key=repr)
    return dump


def table_counts(conn: sa.Connection, skip_tables: Collection[str] = ()) -> dict[str, int]:
    return {
        t.name: int(conn.execute(sa.select(sa.func.count()).select_from(t)).scalar_one())
        for t in metadata.sorted_tables if t.name not in skip_tables
    }


def make_user(db: Database, login: str, name: str, role: Role = Role.PRACTITIONER) -> int:
    """A user account (for ``actor_id`` and conflict messages); returns its id."""
    with db.session() as session:
        user = UserAccount(login=login, display_name=name, password_hash=None)
        user.roles.append(UserRole(role=role))
        session.add(user)
        session.flush()
        return user.id
