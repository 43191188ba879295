"""Recognising, creating and upgrading mesomap's schema when a database is opened.

- Empty database → created at the newest revision and stamped with the ``mesomap_meta`` marker,
  in one transaction.
- Non-empty database without the marker (another application's file) → ``ForeignDatabaseError``;
  nothing is written to it.
- Revision this mesomap does not know → ``NewerSchemaError``; nothing is written.
- Older revision → SQLite: online backup next to the file (verified with ``integrity_check``),
  then the upgrade runs with foreign keys OFF (a batch table rebuild with them ON would fire
  ``ON DELETE CASCADE`` and empty child tables) and ``PRAGMA foreign_key_check`` must be clean
  before it commits. PostgreSQL: upgraded in one transaction (back it up with pg_dump first).
- A SQLite file that is not a database or is damaged (random bytes, truncated) →
  ``CorruptDatabaseError`` from ``precheck_sqlite_file``, which only reads the file.
"""

from __future__ import annotations

import logging
import sqlite3
import struct
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import sqlalchemy as sa

from mesomap import __version__
from mesomap.core.i18n import QT_TRANSLATE_NOOP
from mesomap.storage.backup import backup_sqlite, readonly_uri, timestamped_backup_path
from mesomap.storage.errors import (
    CorruptDatabaseError,
    ForeignDatabaseError,
    MigrationError,
    NewerSchemaError,
    StorageError,
)
from mesomap.storage.models import MARKER_APPLICATION, MesomapMeta, utcnow
from mesomap.storage.revisions import HEAD_REVISION, KNOWN_REVISIONS

if TYPE_CHECKING:
    from mesomap.storage.engine import Database

log = logging.getLogger(__name__)

SQLITE_MAGIC = b"SQLite format 3\x00"
MARKER_TABLE = "mesomap_meta"
VERSION_TABLE = "alembic_version"
PG_LOCK_KEY = 0x6D65736F  # "meso": serialises schema work between workstations


@dataclass(frozen=True)
class SchemaOutcome:
    created: bool = False
    upgraded_from: str | None = None
    backup_path: Path | None = None


def _corrupt(path: Path, why: str) -> CorruptDatabaseError:
    log.warning("refusing %s: %s", path, why)
    return CorruptDatabaseError(path=str(path))


def _check_header(path: Path, header: bytes, size: int) -> None:
    if len(header) < 100 or not header.startswith(SQLITE_MAGIC):
        raise _corrupt(path, "no SQLite header")
    (raw_page_size,) = struct.unpack(">H", header[16:18])
    page_size = 65536 if raw_page_size == 1 else raw_page_size
    if page_size < 512 or page_size & (page_size - 1):
        raise _corrupt(path, f"invalid page size {raw_page_size}")
    if size % page_size:
        raise _corrupt(path, f"size {size} is not a multiple of the page size {page_size}")
    (change_counter,) = struct.unpack(">I", header[24:28])
    (page_count,) = struct.unpack(">I", header[28:32])
    (valid_for,) = struct.unpack(">I", header[92:96])
    if page_count and change_counter == valid_for and page_count * page_size > size:
        raise _corrupt(path, f"truncated: header says {page_count} pages, file has {size // page_size}")


def precheck_sqlite_file(path: Path) -> None:
    """Refuse a damaged, foreign or newer SQLite file without writing to it.

    Reads the header, then lists the tables, the marker and the revision through a read-only
    connection. Missing and empty files pass (they become new databases).
    """
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        return
    if size == 0:
        return
    with path.open("rb") as handle:
        header = handle.read(100)
    _check_header(path, header, size)
    uri = readonly_uri(path)
    if 2 in (header[18], header[19]) and not Path(f"{path}-wal").exists():
        # WAL-mode file with nothing pending: read it as immutable so that looking at another
        # application's database does not leave -wal/-shm files beside it.
        uri += "&immutable=1"
    try:
        conn = sqlite3.connect(uri, uri=True)
    except sqlite3.Error as exc:
        raise _corrupt(path, f"cannot open read-only: {exc}") from exc
    try:
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        user_tables = {t for t in tables if not t.startswith("sqlite_")}
        if not user_tables:
            return
        if MARKER_TABLE not in user_tables:
            raise ForeignDatabaseError(location=str(path))
        row = conn.execute(f"SELECT application FROM {MARKER_TABLE} WHERE id = 1").fetchone()
        if row is None or row[0] != MARKER_APPLICATION:
            raise ForeignDatabaseError(location=str(path))
        revision = None
        if VERSION_TABLE in user_tables:
            found = conn.execute(f"SELECT version_num FROM {VERSION_TABLE}").fetchone()
            revision = found[0] if found else None
        if revision is not None and revision not in KNOWN_REVISIONS:
            raise NewerSchemaError(revision=revision)
    except sqlite3.DatabaseError as exc:
        raise _corrupt(path, f"{type(exc).__name__}: {exc}") from exc
    finally:
        conn.close()


def _current_revision(conn: sa.Connection, tables: set[str]) -> str | None:
    if VERSION_TABLE not in tables:
        return None
    return conn.execute(sa.text(f"SELECT version_num FROM {VERSION_TABLE}")).scalar()


def read_is_demo(conn: sa.Connection) -> bool:
    """Whether the database is stamped as a demonstration database."""
    value = conn.execute(sa.select(MesomapMeta.is_demo).where(MesomapMeta.id == 1)).scalar()
    return bool(value)


def mark_as_demo(conn: sa.Connection) -> None:
    """Stamp the database as a demonstration database (``seed-demo`` calls this)."""
    conn.execute(
        sa.update(MesomapMeta).where(MesomapMeta.id == 1).values(is_demo=True, demo_seeded_at=utcnow())
    )


def _inspect(conn: sa.Connection, location: str) -> tuple[bool, str | None]:
    """(is empty, revision); raises for foreign and newer databases."""
    tables = set(sa.inspect(conn).get_table_names())
    if not tables:
        return True, None
    if MARKER_TABLE not in tables:
        raise ForeignDatabaseError(location=location)
    app = conn.execute(
        sa.select(MesomapMeta.application).where(MesomapMeta.id == 1)
    ).scalar()
    if app != MARKER_APPLICATION:
        raise ForeignDatabaseError(location=location)
    revision = _current_revision(conn, tables)
    if revision is None:
        raise MigrationError(
            QT_TRANSLATE_NOOP(
                "storage",
                "This mesomap database has no schema version recorded, so mesomap cannot tell "
                "how to open it. It was left untouched. Restore it from a backup.",
            )
        )
    if revision not in KNOWN_REVISIONS:
        raise NewerSchemaError(revision=revision)
    return False, revision


def _begin_schema_work(conn: sa.Connection) -> None:
    if conn.dialect.name == "postgresql":
        conn.execute(sa.text("SELECT pg_advisory_xact_lock(:key)"), {"key": PG_LOCK_KEY})


def _migrate_to_head(conn: sa.Connection) -> None:
    """Run Alembic on ``conn`` (imported here: the up-to-date path never loads Alembic)."""
    from alembic import command

    from mesomap.storage.migrations import alembic_config

    command.upgrade(alembic_config(conn), "head")


def _backfill_template_snapshots(conn: sa.Connection) -> None:
    """Maps saved before revision 0006 have no stored copy of their template: store the
    installed copies whose content is exactly what those maps record (right after an upgrade,
    before any template file changes). Best effort, in a savepoint: a failure here is logged
    and leaves those maps drawn on the installed template, as before 0006."""
    from mesomap.storage.template_snapshots import store_missing

    try:
        with conn.begin_nested():
            stored = store_missing(conn)
        if stored:
            log.info("stored %d template snapshot(s) for maps saved before 0006", stored)
    except Exception:  # noqa: BLE001 - the upgrade itself must not fail for this
        log.exception("template snapshots for older maps could not be stored")


def _create(conn: sa.Connection) -> None:
    _migrate_to_head(conn)
    conn.execute(
        sa.insert(MesomapMeta).values(
            id=1,
            application=MARKER_APPLICATION,
            database_uuid=uuid.uuid4().hex,
            created_at=utcnow(),
            created_by_app_version=__version__,
            is_demo=False,
        )
    )


def _location(db: Database) -> str:
    return str(db.sqlite_path) if db.sqlite_path is not None else db.url


def ensure_schema(db: Database, *, upgrade: bool = True) -> SchemaOutcome:
    """Create, accept or upgrade the schema of the freshly opened ``db`` (see module doc)."""
    location = _location(db)
    # Look first without the write lock: opening must not wait for another window's long save.
    with db.engine.execution_options(mesomap_read_only=True).connect() as conn:
        empty, revision = _inspect(conn, location)
        conn.rollback()
    if empty:
        with db.engine.connect() as conn, conn.begin():
            _begin_schema_work(conn)
            empty, revision = _inspect(conn, location)  # someone may have created it meanwhile
            if empty:
                _create(conn)
                log.info("created a new mesomap database at %s", location)
                return SchemaOutcome(created=True)
    if revision == HEAD_REVISION:
        return SchemaOutcome()
    if not upgrade:
        raise MigrationError(
            QT_TRANSLATE_NOOP(
                "storage",
                "This database was made by an older version of mesomap and needs updating "
                "before it can be used. It was left untouched.",
            )
        )
    assert revision is not None
    return _upgrade(db, revision)


def _upgrade(db: Database, revision: str) -> SchemaOutcome:
    from mesomap.storage.engine import make_engine

    backup_path: Path | None = None
    if db.sqlite_path is not None:
        backup_path = timestamped_backup_path(db.sqlite_path, f"schema-{revision}")
        try:
            check = backup_sqlite(db.sqlite_path, backup_path)
        except (OSError, sqlite3.Error) as exc:
            raise MigrationError(
                backup_note=QT_TRANSLATE_NOOP(
                    "storage", "The safety copy could not be written (is the disk full?)."
                )
            ) from exc
        if not check.ok:
            log.error("backup before upgrade failed its check: %s", check)
            raise MigrationError(
                backup_note=QT_TRANSLATE_NOOP(
                    "storage",
                    "The safety copy made before updating did not pass its integrity check, "
                    "which suggests the database itself is damaged.",
                )
            )
    engine = make_engine(db.engine.url, foreign_keys=False)
    try:
        with engine.connect() as conn:
            try:
                with conn.begin():
                    _begin_schema_work(conn)
                    _, current = _inspect(conn, _location(db))
                    if current != HEAD_REVISION:
                        _migrate_to_head(conn)
                        _backfill_template_snapshots(conn)
                    if conn.dialect.name == "sqlite":
                        violations = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                        if violations:
                            log.error("foreign_key_check after upgrade: %s", violations[:20])
                            raise RuntimeError(f"{len(violations)} foreign key violations")
            except StorageError:
                raise
            except Exception as exc:
                log.exception("upgrade from %s failed", revision)
                note = (
                    QT_TRANSLATE_NOOP("storage", "A safety copy was kept next to the database file.")
                    if backup_path
                    else ""
                )
                raise MigrationError(backup_note=note) from exc
    finally:
        engine.dispose()
    log.info("upgraded %s from %s to %s (backup %s)", _location(db), revision, HEAD_REVISION, backup_path)
    return SchemaOutcome(upgraded_from=revision, backup_path=backup_path)
