"""Fixtures for the clinical-record tests: an open database (SQLite and PostgreSQL) with an
administrator, a practitioner and a front-desk account logged in, a patient, two products with
lots (one expired, one expiring soon, one good), a course, and map documents with papules."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal

import pytest
from argon2 import PasswordHasher
from shapely.geometry import Polygon

from mesomap.core.document import (
    EngineLayouter,
    MapDocument,
    MixtureItem,
    PapuleSet,
    Region,
    Technique,
    TemplateRef,
)
from mesomap.core.templates import PatientFit
from mesomap.storage import accounts
from mesomap.storage.engine import Database, open_database
from mesomap.storage.models import Role
from mesomap.storage.permissions import Actor
from mesomap.storage.repository.catalog import CatalogRepository, LotInput, ProductInput
from mesomap.storage.repository.patients import PatientInput, PatientRepository
from mesomap.storage.repository.records import CourseInput, RecordsRepository

PASSWORD = "correct horse battery"
TODAY = dt.date.today()


@pytest.fixture(autouse=True)
def _cheap_argon2() -> Iterator[None]:
    previous = accounts.use_hasher(PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))
    yield
    accounts.use_hasher(previous)


@dataclass
class Clinic:
    db: Database
    admin: Actor
    doctor: Actor
    desk: Actor
    patient_id: int
    product_a: int
    product_b: int
    lot_good_a: int
    lot_good_b: int
    lot_expired: int
    lot_expiring: int
    course_id: int

    def rec(self, actor: Actor | None = None) -> RecordsRepository:
        return RecordsRepository(self.db, actor or self.doctor)


def make_clinic(db: Database) -> Clinic:
    admin = accounts.create_first_administrator(db, "admin", "Ada Admin", PASSWORD)
    accounts.create_account(db, admin, accounts.AccountInput(
        "doctor", "Dr Test", frozenset({Role.PRACTITIONER})), PASSWORD)
    accounts.create_account(db, admin, accounts.AccountInput(
        "desk", "Desk Test", frozenset({Role.FRONT_DESK})), PASSWORD)
    doctor = accounts.login(db, "doctor", PASSWORD)
    desk = accounts.login(db, "desk", PASSWORD)
    patient = PatientRepository(db, doctor).create(PatientInput("Dupont", "Jeanne"))
    cat = CatalogRepository(db, admin)
    a = cat.create_product(ProductInput("Alpha (test)", max_volume_per_session_ml=Decimal("2"),
                                        max_injections_per_session=60,
                                        min_days_between_sessions=7,
                                        max_sessions_per_course=2))
    b = cat.create_product(ProductInput("Beta (test)"))
    good_a = cat.create_lot(LotInput(a.id, "A-GOOD", TODAY + dt.timedelta(days=400)))
    good_b = cat.create_lot(LotInput(b.id, "B-GOOD", TODAY + dt.timedelta(days=400)))
    expired = cat.create_lot(LotInput(a.id, "A-OLD", TODAY - dt.timedelta(days=3)))
    expiring = cat.create_lot(LotInput(b.id, "B-SOON", TODAY + dt.timedelta(days=20)))
    course = RecordsRepository(db, doctor).courses.create_course(
        CourseInput(patient.id, "cellulite", "thighs", planned_sessions=3))
    return Clinic(db, admin, doctor, desk, patient.id, a.id, b.id, good_a.id, good_b.id,
                  expired.id, expiring.id, course.id)


@pytest.fixture
def clinic(db_url: str) -> Iterator[Clinic]:
    db = open_database(db_url)
    try:
        yield make_clinic(db)
    finally:
        db.close()


@pytest.fixture
def sqlite_clinic(sqlite_url: str) -> Iterator[Clinic]:
    db = open_database(sqlite_url)
    try:
        yield make_clinic(db)
    finally:
        db.close()


def template_ref() -> TemplateRef:
    return TemplateRef("face_front", 1, "0" * 64, PatientFit.identity())


def square_region(name: str, x0: float, size: float, mixture: tuple[MixtureItem, ...],
                  spacing: float = 1.0, region_id: str | None = None) -> Region:
    geom = Polygon([(x0, 0), (x0 + size, 0), (x0 + size, size), (x0, size)])
    region = Region(region_id or f"r{name}", name, "#ff0000", geom, "hex",
                    Technique(spacing_cm=spacing, seconds_per_papule=4.0, setup_minutes=5.0),
                    mixture)
    return region.replace(papules=EngineLayouter().layout(region, PapuleSet.empty()))


def mix(clinic: Clinic, lot: str = "good", volume: str = "0.05") -> tuple[MixtureItem, ...]:
    lots = {"good": (clinic.product_a, clinic.lot_good_a, "Alpha (test)", "A-GOOD"),
            "expired": (clinic.product_a, clinic.lot_expired, "Alpha (test)", "A-OLD"),
            "expiring": (clinic.product_b, clinic.lot_expiring, "Beta (test)", "B-SOON"),
            "b": (clinic.product_b, clinic.lot_good_b, "Beta (test)", "B-GOOD")}
    pid, lid, name, number = lots[lot]
    return (MixtureItem(pid, lid, name, number, Decimal(volume)),)


def two_region_doc(clinic: Clinic) -> MapDocument:
    """A map with two regions, the second with a two-product mixture."""
    cocktail = mix(clinic, "good", "0.02") + mix(clinic, "b", "0.03")
    return MapDocument(template_ref(), [
        square_region("cheek", 0.0, 3.0, mix(clinic, "good", "0.05")),
        square_region("forehead", 5.0, 4.0, cocktail),
    ], "notes")


def at(days: int, hour: int = 10) -> dt.datetime:
    """An aware instant ``days`` from today at ``hour`` local time."""
    local = dt.datetime.combine(TODAY + dt.timedelta(days=days), dt.time(hour))
    return local.astimezone()
