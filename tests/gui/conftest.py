"""Fixtures for GUI tests: an open database, its patient repository, and a main window on it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from mesomap.core.localeformat import set_default_locale

PATIENTS = [
    ("Dupont", "Jeanne", dt.date(1980, 12, 31), "F-001"),
    ("Dupuis", "Marc", dt.date(1971, 5, 2), "F-002"),
    ("Rossi", "Marco", dt.date(1975, 4, 2), None),
    ("García", "Lucía", None, "E-7"),
    ("Silva", "João", dt.date(1990, 1, 15), None),
    ("Martin", "Claire", dt.date(1966, 7, 9), None),
]


@pytest.fixture(autouse=True)
def _english_numbers() -> Iterator[None]:
    set_default_locale("en_US")
    yield
    set_default_locale(None)


@pytest.fixture
def db(sqlite_url: str) -> Iterator[Any]:
    from mesomap.storage.engine import open_database

    database = open_database(sqlite_url)
    yield database
    database.close()


@pytest.fixture
def repo(db: Any) -> Any:
    from mesomap.storage.repository.patients import PatientRepository

    return PatientRepository(db)


@pytest.fixture
def patients(repo: Any) -> list[Any]:
    from mesomap.storage.repository.patients import PatientInput

    return [
        repo.create(PatientInput(family_name=f, given_name=g, birth_date=b, external_id=e))
        for f, g, b, e in PATIENTS
    ]


@pytest.fixture
def make_window(qtbot: QtBot) -> Callable[[Any], Any]:
    """Build, show and fill a main window on a database; waits for the patient list."""

    def make(database: Any) -> Any:
        from mesomap.app import create_main_window

        window = create_main_window(database)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        with qtbot.waitSignal(window.patient_list.search_finished, timeout=5000):
            window.start()
        return window

    return make


def add_user(db: Any, login: str, display_name: str) -> int:
    """A user account row for tests that need a named actor (accounts UI is issue 5)."""
    from mesomap.storage.models import UserAccount

    with db.session() as session:
        user = UserAccount(login=login, display_name=display_name)
        session.add(user)
        session.flush()
        return int(user.id)
