"""Fixtures for the accounts, audit, backup and export tests: open databases and logged-in
actors of each role."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from argon2 import PasswordHasher

from mesomap.storage import accounts
from mesomap.storage.engine import Database
from mesomap.storage.models import Role
from mesomap.storage.permissions import Actor
from tests.storage import conftest as storage_fixtures

PASSWORD = "correct horse battery"

# The storage tests' open databases (``db`` on SQLite and PostgreSQL, ``sqlite_db``).
db = storage_fixtures.db
sqlite_db = storage_fixtures.sqlite_db


@pytest.fixture(autouse=True)
def _cheap_argon2() -> Iterator[None]:
    """Argon2id with small parameters: the tests check behaviour, not hashing cost
    (benchmarks/bench_accounts.py measures the real parameters)."""
    previous = accounts.use_hasher(PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))
    yield
    accounts.use_hasher(previous)


def make_actors(database: Database) -> dict[str, Actor]:
    """The first administrator plus one account per role, all logged in."""
    admin = accounts.create_first_administrator(database, "admin", "Ada Admin", PASSWORD)
    actors = {"administrator": admin}
    for role in (Role.PRACTITIONER, Role.FRONT_DESK, Role.TRAINER):
        accounts.create_account(
            database, admin,
            accounts.AccountInput(role.value.replace("_", ""), f"User {role.value}", frozenset({role})),
            PASSWORD,
        )
        actors[role.value] = accounts.login(database, role.value.replace("_", ""), PASSWORD)
    return actors


@pytest.fixture
def actors(db: Database) -> dict[str, Actor]:
    return make_actors(db)
