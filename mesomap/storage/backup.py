"""SQLite online backups (``sqlite3.Connection.backup``) and their verification.

Used before every schema upgrade (``mesomap.storage.schema``); issue 5's scheduled backups and
restore build on the same two functions. A backup is written to a new owner-only (0600) file and
then checked with ``PRAGMA integrity_check`` and ``PRAGMA foreign_key_check``.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from urllib.request import pathname2url

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class BackupCheck:
    ok: bool
    integrity: list[str]
    foreign_key_violations: int


def readonly_uri(path: Path) -> str:
    """An SQLite URI opening ``path`` read-only."""
    return f"file:{pathname2url(str(path.resolve()))}?mode=ro"


def timestamped_backup_path(database: Path, label: str, now: dt.datetime | None = None) -> Path:
    """``<stem>-backup-<UTC time>-<label>.sqlite`` next to ``database``, never an existing file."""
    stamp = (now or dt.datetime.now(dt.UTC)).strftime("%Y%m%dT%H%M%SZ")
    base = database.with_name(f"{database.stem}-backup-{stamp}-{label}")
    candidate = base.with_suffix(".sqlite")
    counter = 1
    while candidate.exists():
        candidate = base.with_name(f"{base.name}-{counter}").with_suffix(".sqlite")
        counter += 1
    return candidate


def verify_sqlite_file(path: Path) -> BackupCheck:
    """Open ``path`` read-only and run ``integrity_check`` and ``foreign_key_check``."""
    conn = sqlite3.connect(readonly_uri(path), uri=True)
    try:
        integrity = [str(row[0]) for row in conn.execute("PRAGMA integrity_check")]
        violations = len(conn.execute("PRAGMA foreign_key_check").fetchall())
    except sqlite3.DatabaseError as exc:
        return BackupCheck(False, [f"{type(exc).__name__}: {exc}"], 0)
    finally:
        conn.close()
    return BackupCheck(integrity == ["ok"] and violations == 0, integrity, violations)


def backup_sqlite(source: Path, destination: Path) -> BackupCheck:
    """Copy the live database ``source`` into the new file ``destination`` (0600) with SQLite's
    online backup API, then verify the copy. Raises ``OSError``/``sqlite3.Error`` on failure."""
    fd = os.open(destination, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    os.close(fd)
    src = sqlite3.connect(readonly_uri(source), uri=True)
    try:
        dst = sqlite3.connect(destination)
        try:
            src.backup(dst)
            dst.commit()
        finally:
            dst.close()
    finally:
        src.close()
    check = verify_sqlite_file(destination)
    log.info("backup %s -> %s: %s", source, destination, check)
    return check
