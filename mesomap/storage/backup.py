"""SQLite online backups (``sqlite3.Connection.backup``), their verification, rotation and restore.

Used before every schema upgrade (``mesomap.storage.schema``), by ``mesomap backup`` /
``mesomap restore FILE`` and by the scheduled backups of the application. A backup is written
to a new owner-only (0600) file and then checked by opening it and running
``PRAGMA integrity_check`` and ``PRAGMA foreign_key_check``; a copy that fails is deleted and
reported. Rotation keeps the newest backup of each of the last 7 days and of each of the last
5 weeks (about a month). A restore checks the backup first, keeps the database it replaces
(``<name>-replaced-<time>.sqlite``) and copies with the same online API. PostgreSQL is backed up
with ``pg_dump`` (docs/backup.md).
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import re
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path
from urllib.request import pathname2url

from mesomap.core.i18n import QT_TRANSLATE_NOOP
from mesomap.storage.errors import StorageError

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


# --- Backups in a folder, with rotation (issue 5) ------------------------------------------

BACKUP_DIR_NAME = "backups"
KEEP_DAILY = 7
KEEP_WEEKLY = 5
_STAMP = "%Y%m%dT%H%M%SZ"
_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}T\d{6}Z)-(?P<label>[a-z0-9_-]+)\.sqlite$")


class BackupError(StorageError):
    """A backup could not be written or did not pass its check."""

    default_template = QT_TRANSLATE_NOOP(
        "storage",
        "The backup could not be made ({reason}). The database itself was not changed. Check "
        "that the backup folder {folder} exists, is writable and has free space, then try again.",
    )


class BadBackupError(StorageError):
    """A file offered for restore is damaged, not a mesomap database, or too new."""

    default_template = QT_TRANSLATE_NOOP(
        "storage",
        "The file {path} cannot be restored: {reason} The current database was left unchanged. "
        "Choose another backup.",
    )


@dataclass(frozen=True)
class BackupResult:
    path: Path
    seconds: float
    size_bytes: int


def default_backup_folder(database: Path) -> Path:
    """``<database folder>/backups`` (created owner-only when first used)."""
    return database.parent / BACKUP_DIR_NAME


def _when(path: Path) -> dt.datetime | None:
    found = _NAME.match(path.name)
    if found is None:
        return None
    return dt.datetime.strptime(found["stamp"], _STAMP).replace(tzinfo=dt.UTC)


def list_backups(folder: Path, stem: str) -> list[tuple[dt.datetime, Path]]:
    """The backups of database ``stem`` in ``folder``, oldest first."""
    if not folder.is_dir():
        return []
    out = []
    for path in folder.glob(f"{stem}-*.sqlite"):
        found = _NAME.match(path.name)
        when = _when(path)
        if found is not None and when is not None and found["stem"] == stem:
            out.append((when, path))
    return sorted(out)


def create_backup(
    source: Path, folder: Path | None = None, *, label: str = "manual", now: dt.datetime | None = None
) -> BackupResult:
    """Back up the live SQLite database ``source`` into ``folder`` and verify the copy.
    Raises ``BackupError`` (and leaves no file) when the copy cannot be made or fails its check."""
    folder = folder or default_backup_folder(source)
    when = now or dt.datetime.now(dt.UTC)
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        target = folder / f"{source.stem}-{when.strftime(_STAMP)}-{label}.sqlite"
        counter = 1
        while target.exists():
            target = folder / f"{source.stem}-{when.strftime(_STAMP)}-{label}-{counter}.sqlite"
            counter += 1
        start = time.perf_counter()
        check = backup_sqlite(source, target)
        seconds = time.perf_counter() - start
    except (OSError, sqlite3.Error) as exc:
        log.exception("backup of %s into %s failed", source, folder)
        raise BackupError(reason=type(exc).__name__, folder=str(folder)) from exc
    if not check.ok:
        log.error("backup %s failed its check: %s", target, check)
        target.unlink(missing_ok=True)
        raise BackupError(
            QT_TRANSLATE_NOOP(
                "storage",
                "The backup copy did not pass its integrity check, which suggests the database "
                "itself is damaged. No backup was kept. Restore the last good backup or contact "
                "support.",
            )
        )
    return BackupResult(target, seconds, target.stat().st_size)


def backups_to_keep(backups: list[tuple[dt.datetime, Path]], now: dt.datetime) -> set[Path]:
    """The newest backup of each of the last ``KEEP_DAILY`` days and of each of the last
    ``KEEP_WEEKLY`` ISO weeks, plus the newest overall."""
    keep: set[Path] = set()
    if backups:
        keep.add(max(backups)[1])
    newest_per_day: dict[dt.date, tuple[dt.datetime, Path]] = {}
    newest_per_week: dict[tuple[int, int], tuple[dt.datetime, Path]] = {}
    week: tuple[int, int]
    for when, path in backups:
        day = when.date()
        if day not in newest_per_day or when > newest_per_day[day][0]:
            newest_per_day[day] = (when, path)
        iso = when.isocalendar()
        week = (iso.year, iso.week)
        if week not in newest_per_week or when > newest_per_week[week][0]:
            newest_per_week[week] = (when, path)
    today = now.date()
    for day, (_, path) in newest_per_day.items():
        if 0 <= (today - day).days < KEEP_DAILY:
            keep.add(path)
    this_monday = today - dt.timedelta(days=today.weekday())
    for (year, number), (_, path) in newest_per_week.items():
        monday = dt.date.fromisocalendar(year, number, 1)
        if 0 <= (this_monday - monday).days < 7 * KEEP_WEEKLY:
            keep.add(path)
    return keep


def rotate_backups(folder: Path, stem: str, now: dt.datetime | None = None) -> list[Path]:
    """Delete the backups rotation no longer keeps; returns what was deleted."""
    backups = list_backups(folder, stem)
    keep = backups_to_keep(backups, now or dt.datetime.now(dt.UTC))
    removed = []
    for _, path in backups:
        if path not in keep:
            path.unlink(missing_ok=True)
            removed.append(path)
    return removed


def backup_due(folder: Path, stem: str, schedule: str, hour: int, now: dt.datetime | None = None) -> bool:
    """Whether a scheduled backup should run now (``schedule`` "off" | "daily" | "weekly";
    ``hour``: local hour of day after which the day's backup runs)."""
    if schedule == "off":
        return False
    local = (now or dt.datetime.now(dt.UTC)).astimezone()
    backups = list_backups(folder, stem)
    last = backups[-1][0].astimezone() if backups else None
    if schedule == "weekly":
        return last is None or local - last >= dt.timedelta(days=7)
    mark = local.replace(hour=hour, minute=0, second=0, microsecond=0)
    if local < mark:
        mark -= dt.timedelta(days=1)
    return last is None or last < mark


def check_backup_file(path: Path) -> None:
    """Refuse a file that is not a sound mesomap database this version can open
    (``BadBackupError`` with the reason in a sentence)."""
    from mesomap.storage.schema import precheck_sqlite_file

    if not path.is_file():
        raise BadBackupError(reason=QT_TRANSLATE_NOOP("storage", "the file does not exist."),
                             path=str(path))
    if path.stat().st_size == 0:
        raise BadBackupError(reason=QT_TRANSLATE_NOOP("storage", "the file is empty."),
                             path=str(path))
    try:
        precheck_sqlite_file(path)
    except StorageError as exc:
        raise BadBackupError(reason=exc.message, path=str(path)) from exc
    conn = sqlite3.connect(readonly_uri(path), uri=True)
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    except sqlite3.DatabaseError as exc:
        raise BadBackupError(
            reason=QT_TRANSLATE_NOOP("storage", "it is damaged or is not a database."),
            path=str(path)) from exc
    finally:
        conn.close()
    if "mesomap_meta" not in tables:
        raise BadBackupError(
            reason=QT_TRANSLATE_NOOP("storage", "it is not a mesomap database."), path=str(path))
    check = verify_sqlite_file(path)
    if not check.ok:
        log.error("backup %s refused: %s", path, check)
        raise BadBackupError(
            reason=QT_TRANSLATE_NOOP(
                "storage", "it is damaged (its integrity check found errors)."),
            path=str(path))


def restore_backup(backup: Path, live: Path, now: dt.datetime | None = None) -> Path | None:
    """Replace the database at ``live`` with ``backup`` after checking the backup; the database
    it replaces is kept next to it and its path returned (None if there was none). Close every
    connection to ``live`` first."""
    check_backup_file(backup)
    kept: Path | None = None
    if live.exists() and live.stat().st_size > 0:
        stamp = (now or dt.datetime.now(dt.UTC)).strftime(_STAMP)
        kept = live.with_name(f"{live.stem}-replaced-{stamp}.sqlite")
        counter = 1
        while kept.exists():
            kept = live.with_name(f"{live.stem}-replaced-{stamp}-{counter}.sqlite")
            counter += 1
        replaced = backup_sqlite(live, kept)
        if not replaced.ok:
            log.warning("the database being replaced failed its check: %s", replaced)
    src = sqlite3.connect(readonly_uri(backup), uri=True)
    try:
        dst = sqlite3.connect(live)
        try:
            src.backup(dst)
            dst.commit()
        finally:
            dst.close()
    finally:
        src.close()
    final = verify_sqlite_file(live)
    if not final.ok:  # should not happen: the backup was checked; put the old one back
        log.error("restored database failed its check: %s", final)
        if kept is not None:
            restore_backup(kept, live)
        raise BadBackupError(
            reason=QT_TRANSLATE_NOOP("storage", "the copy failed its check after restoring."),
            path=str(backup))
    log.info("restored %s from %s (replaced copy kept at %s)", live, backup, kept)
    return kept
