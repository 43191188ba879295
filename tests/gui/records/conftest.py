"""Fixtures for the records windows: a clinic database with an administrator, a practitioner and
a front-desk account, two products (the first with label limits) and their lots (good, expired,
expiring), and a main window logged in as a chosen account. Qt modals are never left open:
dialogs are opened with ``open()`` and driven through their widgets."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

import pytest
from argon2 import PasswordHasher
from pytestqt.qtbot import QtBot

from mesomap.storage import accounts
from mesomap.storage.models import Role
from mesomap.storage.permissions import Actor
from mesomap.storage.repository.catalog import CatalogRepository, LotInput, ProductInput

PASSWORD = "correct horse battery"
TODAY = dt.date.today()


@pytest.fixture(autouse=True)
def _cheap_argon2() -> Iterator[None]:
    previous = accounts.use_hasher(PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))
    yield
    accounts.use_hasher(previous)


@dataclass
class Clinic:
    db: Any
    url: str
    admin: Actor
    doctor: Actor
    desk: Actor
    product_a: int
    product_b: int
    lot_good_a: int
    lot_good_b: int
    lot_expired: int
    lot_expiring: int


def make_clinic(url: str) -> Clinic:
    from mesomap.storage.engine import open_database

    db = open_database(url)
    admin = accounts.create_first_administrator(db, "admin", "Ada Admin", PASSWORD)
    accounts.create_account(db, admin, accounts.AccountInput("doctor", "Dr Test", frozenset({Role.PRACTITIONER})), PASSWORD)
    accounts.create_account(db, admin, accounts.AccountInput("desk", "Desk Test", frozenset({Role.FRONT_DESK})), PASSWORD)
    doctor = accounts.login(db, "doctor", PASSWORD)
    desk = accounts.login(db, "desk", PASSWORD)
    cat = CatalogRepository(db, admin)
    a = cat.create_product(ProductInput("Alpha (test)", max_volume_per_session_ml=Decimal("2"),
                                        max_injections_per_session=60, min_days_between_sessions=7))
    b = cat.create_product(ProductInput("Beta (test)"))
    good_a = cat.create_lot(LotInput(a.id, "A-GOOD", TODAY + dt.timedelta(days=400)))
    good_b = cat.create_lot(LotInput(b.id, "B-GOOD", TODAY + dt.timedelta(days=400)))
    expired = cat.create_lot(LotInput(a.id, "A-OLD", TODAY - dt.timedelta(days=3)))
    expiring = cat.create_lot(LotInput(b.id, "B-SOON", TODAY + dt.timedelta(days=20)))
    return Clinic(db, url, admin, doctor, desk, a.id, b.id, good_a.id, good_b.id, expired.id, expiring.id)


@pytest.fixture
def clinic(sqlite_url: str) -> Iterator[Clinic]:
    """The clinic on SQLite."""
    made = make_clinic(sqlite_url)
    try:
        yield made
    finally:
        made.db.close()


@pytest.fixture
def any_clinic(db_url: str) -> Iterator[Clinic]:
    """The clinic on SQLite and on PostgreSQL (the end-to-end test runs on both)."""
    made = make_clinic(db_url)
    try:
        yield made
    finally:
        made.db.close()


@pytest.fixture
def window_as(qtbot: QtBot) -> Callable[[Actor, Any], Any]:
    """A shown main window on ``db`` acting as ``actor``."""
    return lambda actor, db: open_window(qtbot, db, actor)


def open_window(qtbot: QtBot, db: Any, actor: Actor | None = None) -> Any:
    """A shown 1400 × 900 main window on ``db`` (acting as ``actor`` when one is given)."""
    from mesomap.app import create_main_window

    window = create_main_window(db)
    if actor is not None:
        window.actor_ref.current = actor
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    qtbot.waitExposed(window)
    return window


def face_template() -> Any:
    from mesomap.core.templates import load_library

    return load_library().get("face_front")


def plan_face_session(clinic: Clinic, patient_id: int, when: dt.datetime, course_id: int | None = None,
                      actor: Actor | None = None) -> int:
    """A planned session on face_front through the repository (for tests that start later)."""
    from mesomap.core.document import TemplateRef
    from mesomap.core.templates import PatientFit
    from mesomap.storage.repository.records import PlanInput, RecordsRepository

    t = face_template()
    rec = RecordsRepository(clinic.db, actor or clinic.doctor)
    plan = rec.sessions.plan(PlanInput(patient_id, when, TemplateRef(t.id, t.version, t.content_hash, PatientFit.identity()),
                                       practitioner_id=clinic.doctor.user_id, course_id=course_id))
    return int(plan.session.id)


def new_patient(clinic: Clinic, family: str = "Dupont", given: str = "Jeanne") -> int:
    from mesomap.storage.repository.patients import PatientInput, PatientRepository

    return int(PatientRepository(clinic.db, clinic.doctor).create(PatientInput(family, given)).id)


def at(days: int, hour: int = 10) -> dt.datetime:
    return dt.datetime.combine(TODAY + dt.timedelta(days=days), dt.time(hour)).astimezone()


def wait_record(qtbot: QtBot, view: Any) -> Any:
    """Wait until the patient record page has loaded (it loads in a worker)."""
    qtbot.waitUntil(lambda: not view.loading, timeout=10000)
    return view


@pytest.fixture
def demo(tmp_path: Any) -> Iterator[Any]:
    """A seeded demonstration database (3 fictional patients, seed 2024)."""
    from mesomap.storage.engine import open_database
    from mesomap.storage.seed import seed_demo

    db = open_database(f"sqlite:///{tmp_path / 'demo.sqlite'}")
    try:
        seed_demo(db.engine, patients=3, seed=2024)
        yield db
    finally:
        db.close()
