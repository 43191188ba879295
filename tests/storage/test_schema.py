"""Recognising mesomap databases: new, foreign, newer, corrupt; the migrated schema equals the
models."""

from __future__ import annotations

import hashlib
import os
import sqlite3
from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from mesomap.storage.engine import make_engine, open_database
from mesomap.storage.errors import (
    CorruptDatabaseError,
    ForeignDatabaseError,
    MigrationError,
    NewerSchemaError,
)
from mesomap.storage.migrations import script_directory
from mesomap.storage.models import MesomapMeta, Patient, metadata
from mesomap.storage.repository import PatientInput, PatientRepository
from mesomap.storage.revisions import HEAD_REVISION, KNOWN_REVISIONS
from mesomap.storage.schema import mark_as_demo
from tests.storage.helpers import create_at_revision


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _companions(path: Path) -> list[Path]:
    return [p for p in (Path(f"{path}-wal"), Path(f"{path}-shm"), Path(f"{path}-journal")) if p.exists()]


def test_new_database_is_created_at_head_and_marked(db_url: str) -> None:
    with open_database(db_url) as db:
        assert db.created
        with db.engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == HEAD_REVISION
            meta = conn.execute(sa.select(MesomapMeta)).one()
            assert meta.application == "mesomap"
            assert len(meta.database_uuid) == 32
        assert db.is_demo is False
    with open_database(db_url) as again:
        assert not again.created
        assert again.backup_path is None


def test_migrated_schema_matches_the_models(db_url: str) -> None:
    """Every table, column, type, index and constraint of the models exists as migrated."""
    with open_database(db_url) as db, db.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        diff = compare_metadata(context, metadata)
        assert diff == []
        names = set(sa.inspect(conn).get_table_names())
        assert set(metadata.tables) <= names


def test_demo_stamp(db_url: str) -> None:
    with open_database(db_url) as db:
        with db.engine.begin() as conn:
            mark_as_demo(conn)
        assert db.is_demo is True


def test_foreign_sqlite_file_is_refused_and_untouched(tmp_path: Path) -> None:
    path = tmp_path / "other_app.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
    conn.execute("INSERT INTO notes (body) VALUES ('keep me')")
    conn.commit()
    conn.close()
    before = _digest(path)
    with pytest.raises(ForeignDatabaseError) as err:
        open_database(f"sqlite:///{path}")
    assert str(path) in err.value.message
    assert "untouched" in err.value.message
    assert _digest(path) == before
    assert _companions(path) == []


def test_foreign_wal_mode_file_gets_no_companion_files(tmp_path: Path) -> None:
    path = tmp_path / "other_wal.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("CREATE TABLE t (x)")
    conn.execute("INSERT INTO t VALUES (1)")
    conn.commit()
    conn.close()
    assert _companions(path) == []
    before = _digest(path)
    with pytest.raises(ForeignDatabaseError):
        open_database(f"sqlite:///{path}")
    assert _digest(path) == before
    assert _companions(path) == []


def test_foreign_postgresql_database_is_refused_and_untouched(pg_url: str) -> None:
    engine = sa.create_engine(pg_url)
    with engine.begin() as conn:
        conn.exec_driver_sql("CREATE TABLE invoices (id serial PRIMARY KEY, amount numeric)")
        conn.exec_driver_sql("INSERT INTO invoices (amount) VALUES (12.5)")
    with pytest.raises(ForeignDatabaseError):
        open_database(pg_url)
    with engine.connect() as conn:
        assert set(sa.inspect(conn).get_table_names()) == {"invoices"}
        assert conn.exec_driver_sql("SELECT count(*) FROM invoices").scalar() == 1
    engine.dispose()


def _make_newer(url: str) -> None:
    with open_database(url) as db:
        PatientRepository(db).create(PatientInput("Future"))
        with db.engine.begin() as conn:
            conn.exec_driver_sql("UPDATE alembic_version SET version_num = '9999_from_the_future'")


def test_newer_sqlite_schema_is_refused_and_untouched(sqlite_url: str) -> None:
    _make_newer(sqlite_url)
    path = Path(sqlite_url.removeprefix("sqlite:///"))
    before = _digest(path)
    with pytest.raises(NewerSchemaError) as err:
        open_database(sqlite_url)
    assert "9999_from_the_future" in err.value.message
    assert "newer version of mesomap" in err.value.message
    assert _digest(path) == before
    assert not list(path.parent.glob("*backup*"))


def test_newer_postgresql_schema_is_refused(pg_url: str) -> None:
    _make_newer(pg_url)
    with pytest.raises(NewerSchemaError):
        open_database(pg_url)
    engine = sa.create_engine(pg_url)
    with engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == "9999_from_the_future"
        assert conn.exec_driver_sql("SELECT count(*) FROM patient").scalar() == 1
    engine.dispose()


def test_older_schema_is_refused_when_upgrade_is_off(db_url: str) -> None:
    create_at_revision(db_url, "0001_initial")
    with pytest.raises(MigrationError):
        open_database(db_url, upgrade=False)
    engine = make_engine(sa.make_url(db_url))
    with engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == "0001_initial"
    engine.dispose()


def _populated_file(sqlite_url: str) -> Path:
    with open_database(sqlite_url) as db, db.session() as session:
        session.execute(
            sa.insert(Patient),
            [
                {"family_name": f"Patient{i}", "given_name": "Given " * 20, "search_text": f"patient{i}"}
                for i in range(300)
            ],
        )
    path = Path(sqlite_url.removeprefix("sqlite:///"))
    for companion in _companions(path):
        companion.unlink()
    return path


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_random_bytes_are_refused_and_untouched(tmp_path: Path, seed: int) -> None:
    path = tmp_path / "random.sqlite"
    path.write_bytes(os.urandom(4096 * seed + seed))
    before = _digest(path)
    with pytest.raises(CorruptDatabaseError) as err:
        open_database(f"sqlite:///{path}")
    assert "damaged" in err.value.message
    assert _digest(path) == before
    assert _companions(path) == []


def test_random_bytes_after_a_valid_header_are_refused(tmp_path: Path, sqlite_url: str) -> None:
    source = _populated_file(sqlite_url)
    data = bytearray(source.read_bytes())
    data[100:] = os.urandom(len(data) - 100)
    path = tmp_path / "scrambled.sqlite"
    path.write_bytes(bytes(data))
    before = _digest(path)
    with pytest.raises(CorruptDatabaseError):
        open_database(f"sqlite:///{path}")
    assert _digest(path) == before


@pytest.mark.parametrize("fraction", [0.02, 0.5, 0.9])
def test_truncated_file_is_refused_and_untouched(tmp_path: Path, sqlite_url: str, fraction: float) -> None:
    source = _populated_file(sqlite_url)
    data = source.read_bytes()
    path = tmp_path / "truncated.sqlite"
    path.write_bytes(data[: int(len(data) * fraction)])
    before = _digest(path)
    with pytest.raises(CorruptDatabaseError):
        open_database(f"sqlite:///{path}")
    assert _digest(path) == before
    assert _companions(path) == []


def test_truncated_on_a_page_boundary_is_refused(tmp_path: Path, sqlite_url: str) -> None:
    source = _populated_file(sqlite_url)
    data = source.read_bytes()
    page = 4096
    path = tmp_path / "cut.sqlite"
    path.write_bytes(data[: (len(data) // page // 2) * page])
    before = _digest(path)
    with pytest.raises(CorruptDatabaseError):
        open_database(f"sqlite:///{path}")
    assert _digest(path) == before


def test_empty_file_becomes_a_database(tmp_path: Path) -> None:
    path = tmp_path / "empty.sqlite"
    path.touch()
    with open_database(f"sqlite:///{path}") as db:
        assert db.created


def test_revision_constants_match_the_migration_scripts() -> None:
    scripts = script_directory()
    assert scripts.get_current_head() == HEAD_REVISION
    assert {rev.revision for rev in scripts.walk_revisions()} == KNOWN_REVISIONS


def test_opening_an_up_to_date_database_does_not_import_alembic(sqlite_url: str) -> None:
    import subprocess
    import sys

    with open_database(sqlite_url):
        pass
    code = (
        "import sys\n"
        "from mesomap.storage.engine import open_database\n"
        "from mesomap.storage.repository.patients import PatientRepository\n"
        f"db = open_database({sqlite_url!r})\n"
        "PatientRepository(db).search('a')\n"
        "db.close()\n"
        "print(sorted(m for m in sys.modules if m.startswith(('alembic', 'mesomap.storage.repository.'))))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True)
    assert out.stdout.strip() == "['mesomap.storage.repository._common', 'mesomap.storage.repository.patients']"


def test_database_left_with_a_wal_after_a_crash_opens_with_its_commits(tmp_path: Path, sqlite_url: str) -> None:
    """Committed data still only in the -wal file (process killed before a checkpoint) is seen
    by the pre-open checks and by the reopened database."""
    import shutil

    with open_database(sqlite_url) as db:
        with db.session() as session:
            session.execute(
                sa.insert(Patient),
                [{"family_name": f"W{i}", "search_text": f"w{i}"} for i in range(500)],
            )
        live = db.engine.connect()  # keeps the WAL from being checkpointed away
        live.exec_driver_sql("SELECT 1")
        source = Path(sqlite_url.removeprefix("sqlite:///"))
        crashed = tmp_path / "crashed"
        crashed.mkdir()
        shutil.copy(source, crashed / "c.sqlite")
        shutil.copy(f"{source}-wal", crashed / "c.sqlite-wal")  # no -shm: as after a reboot
        live.close()
    assert (crashed / "c.sqlite-wal").stat().st_size > 0
    with open_database(f"sqlite:///{crashed / 'c.sqlite'}") as reopened:
        assert PatientRepository(reopened).count() == 500
