"""The engine factory: connection settings, locking, default location, bad URLs, handles."""

from __future__ import annotations

import os
import sqlite3
import stat
from pathlib import Path

import pytest
import sqlalchemy as sa

from mesomap.storage.engine import default_database_path, open_database
from mesomap.storage.errors import DatabaseUnavailableError
from mesomap.storage.models import Patient
from mesomap.storage.repository import PatientInput, PatientRepository


def test_every_sqlite_connection_has_the_safety_pragmas(sqlite_url: str) -> None:
    with open_database(sqlite_url) as db:
        # Several pooled connections: each must carry the settings.
        conns = [db.engine.connect() for _ in range(3)]
        try:
            for conn in conns:
                values = {
                    p: conn.exec_driver_sql(f"PRAGMA {p}").scalar()
                    for p in ("journal_mode", "synchronous", "foreign_keys", "busy_timeout")
                }
                assert values == {
                    "journal_mode": "wal",
                    "synchronous": 2,  # FULL
                    "foreign_keys": 1,
                    "busy_timeout": 10000,
                }
                conn.rollback()
        finally:
            for conn in conns:
                conn.close()


def test_write_sessions_take_the_write_lock_at_begin(sqlite_url: str, tmp_path: Path) -> None:
    with open_database(sqlite_url) as db:
        path = db.sqlite_path
        assert path is not None
        other = sqlite3.connect(path, timeout=0.05, isolation_level=None)
        try:
            with db.session() as session:
                session.execute(sa.select(1))  # first statement: BEGIN IMMEDIATE
                with pytest.raises(sqlite3.OperationalError, match="locked"):
                    other.execute("BEGIN IMMEDIATE")
            other.execute("BEGIN IMMEDIATE")  # released at commit
            other.execute("ROLLBACK")
            with db.session(read_only=True) as session:
                session.execute(sa.select(1))
                other.execute("BEGIN IMMEDIATE")  # a reader does not hold writers up
                other.execute("ROLLBACK")
        finally:
            other.close()


def test_default_database_is_private(tmp_path: Path) -> None:
    path = default_database_path()
    assert str(path).startswith(os.environ["MESOMAP_DATA_DIR"])
    assert not path.exists()
    with open_database(None) as db:
        assert db.sqlite_path == path
        PatientRepository(db).create(PatientInput("Martin"))
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
        assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
        for companion in (Path(f"{path}-wal"), Path(f"{path}-shm")):
            if companion.exists():
                assert stat.S_IMODE(companion.stat().st_mode) & 0o077 == 0
    with open_database(None) as db:
        assert PatientRepository(db).count() == 1


def test_explicit_new_sqlite_file_is_private(sqlite_url: str) -> None:
    with open_database(sqlite_url) as db:
        assert db.sqlite_path is not None
        assert stat.S_IMODE(db.sqlite_path.stat().st_mode) == 0o600


@pytest.mark.parametrize(
    "url",
    [
        "nonsense://what",
        "mysql://root@localhost/clinic",
        "not a url at all",
        "postgresql+psycopg://nobody@127.0.0.1:1/nothing",
    ],
)
def test_bad_urls_give_a_sentence(url: str) -> None:
    with pytest.raises(DatabaseUnavailableError) as err:
        open_database(url)
    assert err.value.message.endswith(".")
    assert "://" not in err.value.message or "postgresql" in err.value.message


def test_missing_folder_is_explained(tmp_path: Path) -> None:
    with pytest.raises(DatabaseUnavailableError, match="does not exist"):
        open_database(f"sqlite:///{tmp_path / 'no' / 'such' / 'db.sqlite'}")
    assert not (tmp_path / "no").exists()


def test_unreachable_server_chains_the_cause() -> None:
    with pytest.raises(DatabaseUnavailableError) as err:
        open_database("postgresql+psycopg://nobody@127.0.0.1:1/nothing")
    assert err.value.__cause__ is not None
    assert "127.0.0.1" in err.value.message


def test_two_databases_open_side_by_side(tmp_path: Path, db_url: str) -> None:
    demo_url = f"sqlite:///{tmp_path / 'demo.sqlite'}"
    with open_database(db_url) as clinic, open_database(demo_url) as demo:
        PatientRepository(clinic).create(PatientInput("Clinic"))
        PatientRepository(demo).create(PatientInput("Demo"))
        PatientRepository(demo).create(PatientInput("Demo2"))
        with clinic.session(read_only=True) as s:
            assert s.scalars(sa.select(Patient.family_name)).all() == ["Clinic"]
        assert PatientRepository(demo).count() == 2


def test_session_rolls_back_on_error(db_url: str) -> None:
    with open_database(db_url) as db:
        with pytest.raises(RuntimeError), db.session() as session:
            session.add(Patient(family_name="Ghost", search_text="ghost"))
            session.flush()
            raise RuntimeError("boom")
        assert PatientRepository(db).count() == 0


def test_opening_does_not_wait_for_another_writer(sqlite_url: str) -> None:
    """A second window opens the database while the first holds the write lock (a long save)."""
    import time

    with open_database(sqlite_url) as first:
        assert first.sqlite_path is not None
        writer = sqlite3.connect(first.sqlite_path, isolation_level=None)
        try:
            writer.execute("BEGIN IMMEDIATE")
            writer.execute("INSERT INTO patient (family_name, given_name, search_text, sex, phone, email, address, allergies, contraindication_notes, notes, erased, anonymised, version, created_at, updated_at) VALUES ('Busy', '', 'busy', 'unknown', '', '', '', '', '', '', 0, 0, 1, '2026-01-01 00:00:00', '2026-01-01 00:00:00')")
            started = time.monotonic()
            with open_database(sqlite_url) as second:
                assert PatientRepository(second).count() == 0  # the uncommitted row is invisible
            assert time.monotonic() - started < 5  # well under the 10 s busy timeout
            writer.execute("COMMIT")
        finally:
            writer.close()
        assert PatientRepository(first).count() == 1


def test_a_folder_instead_of_a_file_is_explained(tmp_path: Path) -> None:
    folder = tmp_path / "clinic.sqlite"
    folder.mkdir()
    with pytest.raises(DatabaseUnavailableError) as err:
        open_database(f"sqlite:///{folder}")
    assert str(folder) in err.value.message
    assert isinstance(err.value.__cause__, OSError)
    assert list(folder.iterdir()) == []


def test_changes_in_a_read_only_session_are_refused_loudly(sqlite_url: str) -> None:
    with open_database(sqlite_url) as db:
        with pytest.raises(RuntimeError, match="read-only"), db.session(read_only=True) as session:
            session.add(Patient(family_name="Lost", search_text="lost"))
        with db.session(read_only=True) as session:
            assert session.scalars(sa.select(Patient)).all() == []
