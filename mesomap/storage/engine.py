"""Opening a mesomap database: ``open_database(url) -> Database``.

There is no global engine or session: every caller (each window, the CLI, a test) owns the
``Database`` it opened and closes it, so a clinic database and a demonstration database can be
open side by side in one process.

SQLite (the embedded default, ``mesomap.sqlite`` in the user data folder, folder 0700 and file
0600): every connection runs ``journal_mode=WAL``, ``synchronous=FULL``, ``foreign_keys=ON``,
``busy_timeout=10000``. pysqlite's own transaction handling is switched off and every write
transaction starts with ``BEGIN IMMEDIATE`` (read-only sessions with a plain ``BEGIN``), so two
writers never deadlock on a lock upgrade. Files on network or cloud-synced locations are refused.

PostgreSQL (``postgresql+psycopg://user@host/db``) is for clinics with several workstations.

Opening also checks and, where needed, creates or upgrades the schema (``mesomap.storage.schema``).
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.engine import URL, Engine, make_url
from sqlalchemy.orm import Session, sessionmaker

from mesomap import paths
from mesomap.core.i18n import QT_TRANSLATE_NOOP
from mesomap.storage.errors import DatabaseUnavailableError, NetworkLocationError, StorageError
from mesomap.storage.location import network_location_reason

log = logging.getLogger(__name__)

DEFAULT_FILENAME = "mesomap.sqlite"
BUSY_TIMEOUT_MS = 10_000
READ_ONLY_OPTION = "mesomap_read_only"


def default_database_path() -> Path:
    """Where the embedded database lives: ``<user data dir>/mesomap.sqlite``."""
    return paths.user_data_dir() / DEFAULT_FILENAME


def _private_folder(folder: Path) -> None:
    """Create ``folder`` (and parents) owner-only; tighten it to 0700 if it exists."""
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    if os.name == "posix":
        os.chmod(folder, 0o700)


def create_private_file(path: Path) -> None:
    """Create an empty file readable by its owner only (0600), unless it exists."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return
    os.close(fd)


def _install_sqlite_pragmas(engine: Engine, *, foreign_keys: bool) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Take transaction control away from pysqlite: we emit BEGIN ourselves.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            cursor.execute("PRAGMA journal_mode = WAL")
            cursor.execute("PRAGMA synchronous = FULL")
            cursor.execute(f"PRAGMA foreign_keys = {'ON' if foreign_keys else 'OFF'}")
        finally:
            cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: sa.Connection) -> None:
        read_only = conn.get_execution_options().get(READ_ONLY_OPTION, False)
        conn.exec_driver_sql("BEGIN" if read_only else "BEGIN IMMEDIATE")


def make_engine(url: URL, *, foreign_keys: bool = True) -> Engine:
    """An engine for ``url`` with mesomap's connection settings (no schema checks)."""
    if url.get_backend_name() == "sqlite":
        engine = sa.create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
        _install_sqlite_pragmas(engine, foreign_keys=foreign_keys)
        return engine
    connect_args: dict[str, Any] = {}
    if url.get_driver_name() == "psycopg":
        connect_args["connect_timeout"] = 10
        connect_args["application_name"] = "mesomap"
    return sa.create_engine(url, connect_args=connect_args, pool_pre_ping=True)


@dataclass
class Database:
    """An open mesomap database. Close it when done (``with open_database(...) as db``)."""

    engine: Engine
    url: str  # password hidden
    sqlite_path: Path | None = None
    backup_path: Path | None = None  # the backup written before an upgrade at this opening
    created: bool = False  # the schema was created by this opening
    _sessions: sessionmaker[Session] = field(init=False, repr=False)
    _read_sessions: sessionmaker[Session] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        self._read_sessions = sessionmaker(
            self.engine.execution_options(**{READ_ONLY_OPTION: True}), expire_on_commit=False
        )

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @contextmanager
    def session(self, *, read_only: bool = False) -> Iterator[Session]:
        """A unit of work: committed when the block ends normally, rolled back on an exception.

        On SQLite a write session holds the write lock from its first statement (BEGIN
        IMMEDIATE); pass ``read_only=True`` for reads so writers elsewhere are not held up.
        Objects stay readable after the block (``expire_on_commit=False``).
        """
        maker = self._read_sessions if read_only else self._sessions
        with maker() as session:
            try:
                yield session
                if read_only:
                    if session.new or session.dirty or session.deleted:
                        raise RuntimeError(
                            "changes made in a read-only session would be lost; "
                            "use db.session() to write"
                        )
                    session.rollback()
                else:
                    session.commit()
            except BaseException:
                session.rollback()
                raise

    def connect(self, *, read_only: bool = False) -> sa.Connection:
        """A Core connection (for bulk work such as seeding and map saving); use it as a context
        manager. ``read_only=True`` begins transactions without taking SQLite's write lock."""
        engine = self.engine.execution_options(**{READ_ONLY_OPTION: True}) if read_only else self.engine
        return engine.connect()

    @property
    def is_demo(self) -> bool:
        """True for a demonstration database (DEMO in the title bar and on printouts)."""
        from mesomap.storage.schema import read_is_demo

        with self.engine.execution_options(**{READ_ONLY_OPTION: True}).connect() as conn:
            return read_is_demo(conn)

    def close(self) -> None:
        """Release every connection (the SQLite WAL is checkpointed by the last one)."""
        self.engine.dispose()

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _parse_url(url: str) -> URL:
    try:
        parsed = make_url(url)
    except Exception as exc:  # ArgumentError, ValueError from odd strings
        raise DatabaseUnavailableError(url=url) from exc
    backend = parsed.get_backend_name()
    if backend not in ("sqlite", "postgresql"):
        raise DatabaseUnavailableError(
            QT_TRANSLATE_NOOP(
                "storage",
                "mesomap cannot use the database {url}: only SQLite files (sqlite:///path) and "
                "PostgreSQL servers (postgresql+psycopg://user@host/database) are supported.",
            ),
            url=parsed.render_as_string(hide_password=True),
        )
    if backend == "postgresql" and parsed.get_driver_name() != "psycopg":
        parsed = parsed.set(drivername="postgresql+psycopg")
    return parsed


def _prepare_sqlite_file(url: URL, *, default: bool, mountinfo_text: str | None) -> Path | None:
    database = url.database
    if not database or database == ":memory:" or database.startswith("file:"):
        return None
    path = Path(database).expanduser()
    reason = network_location_reason(path, mountinfo_text)
    if reason is not None:
        raise NetworkLocationError(path=str(path), reason=reason)
    if default:
        _private_folder(path.parent)
    elif not path.parent.is_dir():
        raise DatabaseUnavailableError(
            QT_TRANSLATE_NOOP(
                "storage",
                "The folder {folder} does not exist, so the database file cannot be created "
                "there. Create the folder or choose another location.",
            ),
            folder=str(path.parent),
        )
    return path


def open_database(
    url: str | None = None,
    *,
    upgrade: bool = True,
    mountinfo_text: str | None = None,
) -> Database:
    """Open (and create or upgrade when needed) the mesomap database at ``url``.

    ``url`` None = the embedded SQLite default. ``upgrade=False`` refuses an older schema instead
    of backing it up and migrating it. ``mountinfo_text`` replaces ``/proc/self/mountinfo`` in
    tests. Raises ``StorageError`` subclasses whose ``.message`` is a sentence for the user.
    """
    from mesomap.storage import schema

    default = url is None
    parsed = _parse_url(f"sqlite:///{default_database_path()}" if url is None else url)
    shown = parsed.render_as_string(hide_password=True)
    sqlite_path: Path | None = None
    if parsed.get_backend_name() == "sqlite":
        try:
            sqlite_path = _prepare_sqlite_file(parsed, default=default, mountinfo_text=mountinfo_text)
            if sqlite_path is not None:
                # Refuses foreign, corrupt and newer files before anything writes to them.
                schema.precheck_sqlite_file(sqlite_path)
                create_private_file(sqlite_path)
        except OSError as exc:
            log.warning("cannot use %s: %s", shown, exc)
            raise DatabaseUnavailableError(
                QT_TRANSLATE_NOOP(
                    "storage",
                    "mesomap cannot read or create the database file {path} ({reason}). Check "
                    "that it is a file you may write to, or choose another location.",
                ),
                path=parsed.database or "",
                reason=exc.strerror or type(exc).__name__,
            ) from exc
    try:
        engine = make_engine(parsed)
        with engine.execution_options(**{READ_ONLY_OPTION: True}).connect() as conn:
            conn.exec_driver_sql("SELECT 1")
            conn.rollback()
    except StorageError:
        raise
    except Exception as exc:
        log.warning("cannot connect to %s: %s", shown, exc)
        raise DatabaseUnavailableError(url=shown) from exc
    db = Database(engine=engine, url=shown, sqlite_path=sqlite_path)
    try:
        outcome = schema.ensure_schema(db, upgrade=upgrade)
    except StorageError:
        db.close()
        raise
    except sa.exc.OperationalError as exc:
        db.close()
        log.warning("cannot prepare %s: %s", shown, exc)
        raise DatabaseUnavailableError(
            QT_TRANSLATE_NOOP(
                "storage",
                "The database {url} is busy or cannot be read right now (another mesomap may "
                "be saving a large change). Wait a moment and try again.",
            ),
            url=shown,
        ) from exc
    except BaseException:
        db.close()
        raise
    db.created = outcome.created
    db.backup_path = outcome.backup_path
    return db
