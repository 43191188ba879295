"""Products and lots: CRUD, exact decimal limits, duplicates, locking, delete rules."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal

import pytest
import sqlalchemy as sa

from mesomap.storage.engine import Database
from mesomap.storage.errors import ConflictError, InvalidInputError, RecordInUseError
from mesomap.storage.repository import CatalogRepository, LotInput, ProductInput


def test_product_round_trip_with_exact_limits(db: Database) -> None:
    repo = CatalogRepository(db)
    data = ProductInput(
        name="Deoxycholic acid 10 mg/mL", actives="deoxycholic acid", unit="mL",
        max_volume_per_session_ml=Decimal("10.0000"), max_injections_per_session=50,
        min_days_between_sessions=28, max_sessions_per_course=6,
    )
    created = repo.create_product(data)
    got = repo.get_product(created.id)
    assert got == created
    assert got.max_volume_per_session_ml == Decimal("10") and isinstance(got.max_volume_per_session_ml, Decimal)
    assert got.max_volume_per_course_ml is None


def test_product_validation(db: Database) -> None:
    repo = CatalogRepository(db)
    with pytest.raises(InvalidInputError) as err:
        repo.create_product(ProductInput(" "))
    assert err.value.field == "name"
    with pytest.raises(InvalidInputError) as err:
        repo.create_product(ProductInput("Float", max_volume_per_session_ml=0.1))  # type: ignore[arg-type]
    assert err.value.field == "max_volume_per_session_ml"
    repo.create_product(ProductInput("Same"))
    with pytest.raises(InvalidInputError) as err:
        repo.create_product(ProductInput("Same"))
    assert err.value.field == "name"
    assert [p.name for p in repo.list_products()] == ["Same"]


def test_product_update_conflict_and_deactivation(db: Database) -> None:
    repo = CatalogRepository(db)
    p = repo.create_product(ProductInput("Mesolift"))
    p2 = repo.update_product(p.id, p.version, replace(ProductInput("Mesolift"), notes="fridge", active=False))
    assert p2.version == p.version + 1
    with pytest.raises(ConflictError):
        repo.update_product(p.id, p.version, ProductInput("Mesolift", notes="other"))
    assert repo.list_products() == []
    assert [x.notes for x in repo.list_products(active_only=False)] == ["fridge"]


def test_lots_by_expiry_and_unique_per_product(db: Database) -> None:
    repo = CatalogRepository(db)
    a = repo.create_product(ProductInput("A"))
    b = repo.create_product(ProductInput("B"))
    late = repo.create_lot(LotInput(a.id, "L2", dt.date(2027, 6, 30)))
    early = repo.create_lot(LotInput(a.id, "L1", dt.date(2026, 1, 31)))
    repo.create_lot(LotInput(b.id, "L1", dt.date(2026, 3, 31)))  # same number, other product: fine
    with pytest.raises(InvalidInputError) as err:
        repo.create_lot(LotInput(a.id, "L1", dt.date(2028, 1, 1)))
    assert err.value.field == "lot_number"
    assert [lot.id for lot in repo.list_lots(a.id)] == [early.id, late.id]
    assert early.is_expired(dt.date(2026, 2, 1)) and not early.is_expired(dt.date(2026, 1, 31))
    assert repo.get_lot(late.id).product_name == "A"
    moved = repo.update_lot(late.id, late.version, replace(LotInput(a.id, "L2", dt.date(2027, 7, 31))))
    assert moved.expiry_date == dt.date(2027, 7, 31)
    with pytest.raises(ConflictError):
        repo.update_lot(late.id, late.version, LotInput(a.id, "L2", dt.date(2029, 1, 1)))


def test_product_with_lots_cannot_be_deleted(db: Database) -> None:
    repo = CatalogRepository(db)
    used = repo.create_product(ProductInput("Used"))
    repo.create_lot(LotInput(used.id, "X", dt.date(2027, 1, 1)))
    unused = repo.create_product(ProductInput("Unused"))
    with pytest.raises(RecordInUseError):
        repo.delete_product(used.id, used.version)
    repo.delete_product(unused.id, unused.version)
    with db.engine.connect() as conn:
        assert conn.execute(sa.text("SELECT name FROM product")).scalars().all() == ["Used"]
