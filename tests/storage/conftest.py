"""Fixtures for storage tests: an open mesomap database on SQLite and on PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from mesomap.storage.engine import Database, open_database


@pytest.fixture
def db(db_url: str) -> Iterator[Database]:
    """A freshly created mesomap database, once on SQLite and once on PostgreSQL."""
    database = open_database(db_url)
    try:
        yield database
    finally:
        database.close()


@pytest.fixture
def sqlite_db(sqlite_url: str) -> Iterator[Database]:
    database = open_database(sqlite_url)
    try:
        yield database
    finally:
        database.close()

