"""Products and lots: list, create, update (optimistic locking), deactivate, delete if unused.

API (frozen dataclasses detached from the database)::

    repo = CatalogRepository(db, actor_id=user.id)
    repo.list_products(active_only=True) -> list[ProductRecord]
    repo.get_product(id) / create_product(ProductInput) / update_product(id, version, ProductInput)
    repo.delete_product(id, version)      # RecordInUseError once a lot or a map uses it
    repo.list_lots(product_id, active_only=True) -> list[LotRecord]   # by expiry date
    repo.get_lot(id) / create_lot(LotInput) / update_lot(id, version, LotInput)

Limits are stored as the clinic or the label states them (None = not stated); mesomap never
fills them in by itself.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, fields
from decimal import Decimal
from typing import Any, TypeVar

import sqlalchemy as sa
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from mesomap.core.i18n import QT_TRANSLATE_NOOP
from mesomap.storage import audit
from mesomap.storage.engine import Database
from mesomap.storage.errors import InvalidInputError, RecordInUseError
from mesomap.storage.models import Lot, Product
from mesomap.storage.permissions import ActorLike, Permission, actor_id_of, require
from mesomap.storage.repository._common import conflict_for, get_or_404, lock_for_update


@dataclass(frozen=True)
class ProductInput:
    name: str
    actives: str = ""
    manufacturer: str = ""
    unit: str = "mL"
    notes: str = ""
    active: bool = True
    max_volume_per_session_ml: Decimal | None = None
    max_injections_per_session: int | None = None
    max_volume_per_course_ml: Decimal | None = None
    max_injections_per_course: int | None = None
    min_days_between_sessions: int | None = None
    max_sessions_per_course: int | None = None


@dataclass(frozen=True)
class ProductRecord(ProductInput):
    id: int = 0
    version: int = 0
    updated_at: dt.datetime | None = None


@dataclass(frozen=True)
class LotInput:
    product_id: int
    lot_number: str
    expiry_date: dt.date
    received_on: dt.date | None = None
    notes: str = ""
    active: bool = True


@dataclass(frozen=True)
class LotRecord(LotInput):
    id: int = 0
    product_name: str = ""
    version: int = 0
    updated_at: dt.datetime | None = None

    def is_expired(self, on: dt.date | None = None) -> bool:
        """Expired on ``on`` (default today): a lot is usable up to and including its expiry day."""
        return self.expiry_date < (on or dt.date.today())


_PRODUCT_FIELDS = tuple(f.name for f in fields(ProductInput))
_LOT_FIELDS = tuple(f.name for f in fields(LotInput))
T = TypeVar("T", Product, Lot)


def _product_values(data: ProductInput) -> dict[str, Any]:
    values = {name: getattr(data, name) for name in _PRODUCT_FIELDS}
    values["name"] = data.name.strip()
    if not values["name"]:
        raise InvalidInputError(QT_TRANSLATE_NOOP("storage", "The product name is required."), field="name")
    for name in ("max_volume_per_session_ml", "max_volume_per_course_ml"):
        value = values[name]
        if value is not None:
            if isinstance(value, float):
                raise InvalidInputError(
                    QT_TRANSLATE_NOOP("storage", "Volumes must be exact decimals."), field=name
                )
            value = Decimal(value)
            if value <= 0:
                raise InvalidInputError(
                    QT_TRANSLATE_NOOP("storage", "A limit must be more than 0."), field=name
                )
            values[name] = value
    for name in (
        "max_injections_per_session",
        "max_injections_per_course",
        "min_days_between_sessions",
        "max_sessions_per_course",
    ):
        if values[name] is not None and values[name] < 0:
            raise InvalidInputError(
                QT_TRANSLATE_NOOP("storage", "A limit cannot be negative."), field=name
            )
    return values


def _lot_values(data: LotInput) -> dict[str, Any]:
    values = {name: getattr(data, name) for name in _LOT_FIELDS}
    values["lot_number"] = data.lot_number.strip()
    if not values["lot_number"]:
        raise InvalidInputError(
            QT_TRANSLATE_NOOP("storage", "The lot number is required."), field="lot_number"
        )
    return values


def _product_record(row: Product) -> ProductRecord:
    return ProductRecord(
        **{name: getattr(row, name) for name in _PRODUCT_FIELDS},
        id=row.id,
        version=row.version,
        updated_at=row.updated_at,
    )


def _lot_record(row: Lot, product_name: str) -> LotRecord:
    return LotRecord(
        **{name: getattr(row, name) for name in _LOT_FIELDS},
        id=row.id,
        product_name=product_name,
        version=row.version,
        updated_at=row.updated_at,
    )


def _duplicate(exc: sa.exc.IntegrityError, field: str) -> InvalidInputError:
    del exc
    return InvalidInputError(
        QT_TRANSLATE_NOOP("storage", "This name or number is already in the catalogue."), field=field
    )


class CatalogRepository:
    """Products and lots of one database, acting as ``actor_id``."""

    def __init__(self, db: Database, actor_id: ActorLike = None) -> None:
        self.db = db
        self.actor = actor_id

    @property
    def actor_id(self) -> int | None:
        """The acting account's id now (an ``ActorRef`` follows logins and user switches)."""
        return actor_id_of(self.actor)

    def _audit(self, session: Session, action: str, table: str, key: object,
               details: dict[str, Any]) -> None:
        """Catalogue changes (CATALOG_WRITE, checked first) go to the audit trail."""
        audit.record(session, self.actor, action, table=table, record_id=key, details=details)

    # -- products ------------------------------------------------------------------------
    def list_products(self, *, active_only: bool = True) -> list[ProductRecord]:
        stmt = sa.select(Product).order_by(Product.name)
        if active_only:
            stmt = stmt.where(Product.active.is_(True))
        with self.db.session(read_only=True) as session:
            return [_product_record(row) for row in session.scalars(stmt)]

    def get_product(self, product_id: int) -> ProductRecord:
        with self.db.session(read_only=True) as session:
            return _product_record(get_or_404(session, Product, product_id, "product"))

    def create_product(self, data: ProductInput) -> ProductRecord:
        values = _product_values(data)
        with self.db.session() as session:
            require(session, self.actor, Permission.CATALOG_WRITE)
            return _product_record(self._insert(session, Product, values, "name"))

    def update_product(self, product_id: int, expected_version: int, data: ProductInput) -> ProductRecord:
        values = _product_values(data)
        with self.db.session() as session:
            require(session, self.actor, Permission.CATALOG_WRITE)
            row = self._change(session, Product, product_id, expected_version, values, "name")
            return _product_record(row)

    def delete_product(self, product_id: int, expected_version: int) -> None:
        """Delete a product nothing refers to; deactivate it instead once it has been used."""
        with self.db.session() as session:
            require(session, self.actor, Permission.CATALOG_WRITE)
            row = lock_for_update(session, Product, product_id, expected_version, "product")
            session.delete(row)
            try:
                session.flush()
            except sa.exc.IntegrityError as exc:
                raise RecordInUseError(record="product") from exc
            self._audit(session, audit.Action.DELETE, "product", product_id, {})

    # -- lots ----------------------------------------------------------------------------
    def list_lots(self, product_id: int | None = None, *, active_only: bool = True) -> list[LotRecord]:
        stmt = sa.select(Lot, Product.name).join(Product, Product.id == Lot.product_id)
        if product_id is not None:
            stmt = stmt.where(Lot.product_id == product_id)
        if active_only:
            stmt = stmt.where(Lot.active.is_(True))
        stmt = stmt.order_by(Lot.expiry_date, Lot.lot_number)
        with self.db.session(read_only=True) as session:
            return [_lot_record(row, name) for row, name in session.execute(stmt)]

    def get_lot(self, lot_id: int) -> LotRecord:
        with self.db.session(read_only=True) as session:
            row = get_or_404(session, Lot, lot_id, "lot")
            return _lot_record(row, row.product.name)

    def create_lot(self, data: LotInput) -> LotRecord:
        values = _lot_values(data)
        with self.db.session() as session:
            require(session, self.actor, Permission.CATALOG_WRITE)
            product = get_or_404(session, Product, data.product_id, "product")
            return _lot_record(self._insert(session, Lot, values, "lot_number"), product.name)

    def update_lot(self, lot_id: int, expected_version: int, data: LotInput) -> LotRecord:
        values = _lot_values(data)
        with self.db.session() as session:
            require(session, self.actor, Permission.CATALOG_WRITE)
            row = self._change(session, Lot, lot_id, expected_version, values, "lot_number")
            return _lot_record(row, row.product.name)

    # -- shared by products and lots --------------------------------------------------------
    def _insert(self, session: Session, model: type[T], values: dict[str, Any], unique: str) -> T:
        """Add a ``model`` row of checked ``values`` and audit it; a clash on the catalogue's
        unique ``unique`` field is an ``InvalidInputError`` on that field."""
        row = model(**values, created_by=self.actor_id, updated_by=self.actor_id)
        session.add(row)
        try:
            session.flush()
        except sa.exc.IntegrityError as exc:
            raise _duplicate(exc, unique) from exc
        self._audit(session, audit.Action.CREATE, model.__tablename__, row.id, values)
        return row

    def _change(self, session: Session, model: type[T], key: int, expected_version: int,
                values: dict[str, Any], unique: str) -> T:
        """Lock row ``key`` at ``expected_version`` (the table's name names it in errors), copy
        checked ``values`` onto it and audit the changes (``unique`` as in ``_insert``)."""
        record = model.__tablename__
        row = lock_for_update(session, model, key, expected_version, record)
        before = {name: getattr(row, name) for name in values}
        for name, value in values.items():
            setattr(row, name, value)
        row.updated_by = self.actor_id
        try:
            session.flush()
        except StaleDataError:
            raise conflict_for(session, model, key, record) from None
        except sa.exc.IntegrityError as exc:
            raise _duplicate(exc, unique) from exc
        self._audit(session, audit.Action.CHANGE, record, key,
                    {"changes": audit.changes(before, values)})
        return row
