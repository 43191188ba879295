"""Shared test fixtures: offscreen Qt, a fresh user folder per test, and databases.

- Qt runs offscreen unless ``--headed`` is given.
- Every test gets its own ``MESOMAP_DATA_DIR`` / ``MESOMAP_LOG_DIR`` (no test touches a real
  user's data) and fresh QSettings.
- ``pg_url`` gives a new empty PostgreSQL database on the session's throw-away server;
  ``db_url`` is parametrized over SQLite and PostgreSQL for storage tests.
  With MESOMAP_REQUIRE_POSTGRES=1 (CI) a missing PostgreSQL is an error, never a skip.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.pgserver import PostgresServer


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--headed", action="store_true", help="show Qt windows instead of offscreen")


def pytest_configure(config: pytest.Config) -> None:
    if not config.getoption("--headed"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    os.environ.setdefault("LANG", "C.UTF-8")


@pytest.fixture(autouse=True)
def _fresh_user_folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("MESOMAP_DATA_DIR", str(tmp_path / "userdata"))
    monkeypatch.setenv("MESOMAP_LOG_DIR", str(tmp_path / "userlogs"))
    monkeypatch.setenv("MESOMAP_SETTINGS_DIR", str(tmp_path / "usersettings"))
    monkeypatch.delenv("MESOMAP_DB", raising=False)
    yield


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PostgresServer]:
    server = PostgresServer()
    if not server.available:
        if os.environ.get("MESOMAP_REQUIRE_POSTGRES") == "1":
            pytest.fail("PostgreSQL binaries (initdb, pg_ctl) are missing; run scripts/install-system-deps.sh")
        pytest.skip("PostgreSQL is not installed here (scripts/install-system-deps.sh installs it)")
    server.start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def pg_url(pg_server: PostgresServer) -> Iterator[str]:
    """URL of a brand-new, empty PostgreSQL database, dropped after the test."""
    import sqlalchemy as sa

    name = f"t_{uuid.uuid4().hex[:12]}"
    admin = sa.create_engine(
        f"postgresql+psycopg://postgres@127.0.0.1:{pg_server.port}/postgres",
        isolation_level="AUTOCOMMIT",
    )
    with admin.connect() as conn:
        conn.execute(sa.text(f'CREATE DATABASE "{name}"'))
    try:
        yield f"postgresql+psycopg://postgres@127.0.0.1:{pg_server.port}/{name}"
    finally:
        with admin.connect() as conn:
            conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'clinic.sqlite'}"


@pytest.fixture(params=["sqlite", "postgres"])
def db_url(request: pytest.FixtureRequest) -> str:
    """An empty database URL, once on SQLite and once on PostgreSQL."""
    if request.param == "sqlite":
        return str(request.getfixturevalue("sqlite_url"))
    return str(request.getfixturevalue("pg_url"))
