"""Backups: identical restore (row by row), corrupt backups refused, rotation, schedule,
PostgreSQL dump and restore with pg_dump/pg_restore."""

from __future__ import annotations

import datetime as dt
import sqlite3
import subprocess
from pathlib import Path

import pytest
import sqlalchemy as sa

from mesomap.storage import backup
from mesomap.storage.backup import BadBackupError
from mesomap.storage.engine import open_database
from tests.pgserver import _pg_bin
from tests.storage.helpers import dump_tables, populate_every_table


def _filled(url: str) -> dict:
    with open_database(url) as db:
        with db.engine.connect() as conn, conn.begin():
            populate_every_table(conn)
        with db.engine.connect() as conn:
            return dump_tables(conn)


def _dump(url: str) -> dict:
    with open_database(url) as db, db.engine.connect() as conn:
        return dump_tables(conn)


def test_backup_restores_an_identical_database(tmp_path: Path) -> None:
    live = tmp_path / "clinic.sqlite"
    url = f"sqlite:///{live}"
    original = _filled(url)
    assert all(original[t] for t in original if t != "mesomap_meta")
    result = backup.create_backup(live, now=dt.datetime(2026, 1, 5, 10, tzinfo=dt.UTC))
    assert result.path.parent == tmp_path / "backups" and result.size_bytes > 0
    assert result.path.stat().st_mode & 0o777 == 0o600
    # Work goes on after the backup ...
    with open_database(url) as db, db.engine.connect() as conn, conn.begin():
        conn.execute(sa.text("DELETE FROM clinic_setting"))
        conn.execute(sa.text("UPDATE patient SET family_name = 'Changed'"))
    changed = _dump(url)
    assert changed != original
    # ... and the restore brings back exactly what was backed up, row by row.
    kept = backup.restore_backup(result.path, live)
    restored = _dump(url)
    assert restored.keys() == original.keys()
    for table in original:
        assert restored[table] == original[table], table
    # The replaced database is kept and holds the later state.
    assert kept is not None and kept.exists()
    assert _dump(f"sqlite:///{kept}") == changed


def _good_backup(tmp_path: Path) -> tuple[Path, Path]:
    live = tmp_path / "clinic.sqlite"
    _filled(f"sqlite:///{live}")
    return live, backup.create_backup(live).path


def test_damaged_backup_is_refused_and_live_database_untouched(tmp_path: Path) -> None:
    live, good = _good_backup(tmp_path)
    before = live.read_bytes()
    damaged = tmp_path / "damaged.sqlite"
    data = bytearray(good.read_bytes())
    page = 4096
    for p in range(2, len(data) // page):  # scribble over every page but the first
        data[p * page + 8: p * page + 200] = b"\xa5" * 192
    damaged.write_bytes(bytes(data))
    with pytest.raises(BadBackupError) as err:
        backup.restore_backup(damaged, live)
    assert "cannot be restored" in err.value.message and "left unchanged" in err.value.message
    assert live.read_bytes() == before
    assert not list(tmp_path.glob("clinic-replaced-*"))


@pytest.mark.parametrize("kind", ["random", "truncated", "empty", "foreign", "missing"])
def test_other_bad_files_are_refused_with_a_sentence(tmp_path: Path, kind: str) -> None:
    live, good = _good_backup(tmp_path)
    bad = tmp_path / f"{kind}.sqlite"
    if kind == "random":
        bad.write_bytes(bytes(range(256)) * 64)
    elif kind == "truncated":
        bad.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    elif kind == "empty":
        bad.write_bytes(b"")
    elif kind == "foreign":
        conn = sqlite3.connect(bad)
        conn.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY)")
        conn.commit()
        conn.close()
    with pytest.raises(BadBackupError) as err:
        backup.restore_backup(bad, live)
    message = err.value.message
    assert str(bad) in message and "Choose another backup" in message
    assert "Error" not in message  # no exception names for the user
    assert backup.verify_sqlite_file(live).ok


def test_rotation_keeps_a_week_of_days_and_a_month_of_weeks(tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    now = dt.datetime(2026, 3, 31, 23, 0, tzinfo=dt.UTC)
    made = []
    for day in range(60):  # two backups a day for 60 days
        for hour in (9, 18):
            when = now - dt.timedelta(days=day) - dt.timedelta(hours=23 - hour)
            path = folder / f"clinic-{when.strftime('%Y%m%dT%H%M%SZ')}-scheduled.sqlite"
            path.write_bytes(b"x")
            made.append((when, path))
    (folder / "other-20260331T090000Z-scheduled.sqlite").write_bytes(b"x")  # another database
    removed = backup.rotate_backups(folder, "clinic", now)
    left = backup.list_backups(folder, "clinic")
    days = {w.date() for w, _ in left}
    # The newest backup of each of the last 7 days ...
    for d in range(7):
        day = (now - dt.timedelta(days=d)).date()
        assert day in days
        assert max(w for w, _ in made if w.date() == day) in {w for w, _ in left}
    # ... one per week back to about a month, nothing older than 5 weeks.
    weeks = {w.isocalendar()[:2] for w, _ in left}
    assert len(weeks) == 5
    assert min(w for w, _ in left) >= now - dt.timedelta(days=35)
    assert len(left) == len(made) - len(removed) and len(left) <= 7 + 5
    assert (folder / "other-20260331T090000Z-scheduled.sqlite").exists()


def test_backup_due(tmp_path: Path) -> None:
    live, _ = _good_backup(tmp_path)
    folder = tmp_path / "scheduled"
    noon = dt.datetime(2026, 6, 10, 12, 0, tzinfo=dt.UTC)
    backup.create_backup(live, folder, label="scheduled", now=noon)
    newest = backup.list_backups(folder, "clinic")[-1][0]
    assert newest == noon
    assert not backup.backup_due(folder, "clinic", "daily", 0, newest + dt.timedelta(hours=1))
    assert backup.backup_due(folder, "clinic", "daily", 0, newest + dt.timedelta(days=1, hours=1))
    assert not backup.backup_due(folder, "clinic", "weekly", 0, newest + dt.timedelta(days=6))
    assert backup.backup_due(folder, "clinic", "weekly", 0, newest + dt.timedelta(days=7))
    assert not backup.backup_due(folder, "clinic", "off", 0, newest + dt.timedelta(days=70))
    assert backup.backup_due(tmp_path / "none", "clinic", "daily", 0)


def test_failed_backup_says_what_to_do(tmp_path: Path) -> None:
    live, _ = _good_backup(tmp_path)
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("file")
    with pytest.raises(backup.BackupError) as err:
        backup.create_backup(live, blocker)
    assert "was not changed" in err.value.message and str(blocker) in err.value.message


def test_postgresql_dump_restores_into_a_new_database(pg_url: str, tmp_path: Path) -> None:
    pg_dump, pg_restore = _pg_bin("pg_dump"), _pg_bin("pg_restore")
    assert pg_dump and pg_restore
    original = _filled(pg_url)
    url = sa.make_url(pg_url)
    dump_file = tmp_path / "clinic.dump"
    conn_args = ["-h", str(url.host), "-p", str(url.port), "-U", str(url.username)]
    # The documented procedure (docs/backup.md): custom-format dump, restore into a new database.
    subprocess.run([pg_dump, *conn_args, "-Fc", "-f", str(dump_file), str(url.database)], check=True)
    target = f"{url.database}_restored"
    admin = sa.create_engine(url.set(database="postgres"), isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(sa.text(f'CREATE DATABASE "{target}"'))
        subprocess.run([pg_restore, *conn_args, "--no-owner", "--exit-on-error", "-d", target,
                        str(dump_file)], check=True)
        restored_url = url.set(database=target).render_as_string(hide_password=False)
        restored = _dump(restored_url)
        assert restored == original
        # The append-only triggers came back with the data.
        eng = sa.create_engine(restored_url)
        try:
            with eng.connect() as conn, pytest.raises(sa.exc.DatabaseError):
                conn.execute(sa.text("DELETE FROM audit_log"))
        finally:
            eng.dispose()
    finally:
        with admin.connect() as conn:
            conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{target}" WITH (FORCE)'))
        admin.dispose()
