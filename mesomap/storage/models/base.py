"""Declarative base, naming convention and the column helpers every mesomap table uses.

- ``metadata`` has a ``naming_convention`` so Alembic (batch mode on SQLite) can name and
  re-create every index and constraint deterministically.
- ``UTCDateTime`` stores instants as UTC and always gives back timezone-aware datetimes, on SQLite
  (which has no time zone type) as on PostgreSQL. Naive datetimes are refused: a clinical record
  never guesses a time zone.
- ``VolumeML`` is ``Numeric(10, 4)`` returning ``decimal.Decimal``: volumes are never floats.
- ``Versioned`` adds the optimistic-locking ``version`` counter (SQLAlchemy ``version_id_col``)
  and ``created_at/created_by/updated_at/updated_by`` to every editable table.
"""

from __future__ import annotations

import datetime as dt
import enum
from decimal import Decimal
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

NAMING_CONVENTION: dict[str, str] = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

metadata = sa.MetaData(naming_convention=NAMING_CONVENTION)


def utcnow() -> dt.datetime:
    """The current instant, timezone-aware UTC."""
    return dt.datetime.now(dt.UTC)


class UTCDateTime(sa.types.TypeDecorator[dt.datetime]):
    """A timezone-aware instant stored in UTC; naive datetimes are refused."""

    impl = sa.DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: sa.Dialect) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None or value.utcoffset() is None:
            raise ValueError("mesomap stores only timezone-aware datetimes (got a naive one)")
        utc = value.astimezone(dt.UTC)
        return utc.replace(tzinfo=None) if dialect.name == "sqlite" else utc

    def process_result_value(self, value: dt.datetime | None, dialect: sa.Dialect) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=dt.UTC)
        return value.astimezone(dt.UTC)


def VolumeML() -> sa.Numeric[Decimal]:  # noqa: N802 - reads like a type
    """Exact millilitres: ``Numeric(10, 4)`` as ``Decimal``."""
    return sa.Numeric(10, 4, asdecimal=True)


def str_enum(enum_cls: type[enum.Enum], name: str) -> sa.Enum:
    """A portable enum column: VARCHAR + CHECK constraint (no native PostgreSQL enum type),
    storing the members' values, so adding a member later is a plain batch migration."""
    return sa.Enum(
        enum_cls,
        name=name,
        native_enum=False,
        create_constraint=True,
        length=32,
        values_callable=lambda members: [m.value for m in members],
        validate_strings=True,
    )


class Base(DeclarativeBase):
    """Base of every mesomap ORM class."""

    metadata = metadata
    type_annotation_map: dict[Any, Any] = {
        dt.datetime: UTCDateTime(),
        Decimal: sa.Numeric(10, 4, asdecimal=True),
        float: sa.Double(),
    }


class Created:
    """Creation stamp for append-only rows (signatures, amendments, audit)."""

    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), default=utcnow, nullable=False)


class Versioned:
    """Optimistic locking + who/when for every editable table.

    ``version`` is SQLAlchemy's ``version_id_col``: each UPDATE is ``... WHERE version = :old``
    and bumps it; a concurrent change makes the UPDATE match no row, which SQLAlchemy raises as
    ``StaleDataError`` and the repositories turn into ``ConflictError``.
    """

    version: Mapped[int] = mapped_column(sa.Integer, nullable=False, default=1)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), default=utcnow, nullable=False)
    updated_at: Mapped[dt.datetime] = mapped_column(
        UTCDateTime(), default=utcnow, onupdate=utcnow, nullable=False
    )

    @declared_attr
    def created_by(cls) -> Mapped[int | None]:  # noqa: N805 - declared_attr receives the class
        return mapped_column(sa.ForeignKey("user_account.id", ondelete="RESTRICT"), nullable=True)

    @declared_attr
    def updated_by(cls) -> Mapped[int | None]:  # noqa: N805
        return mapped_column(sa.ForeignKey("user_account.id", ondelete="RESTRICT"), nullable=True)

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:  # noqa: N805
        return {"version_id_col": cls.__table__.c.version}  # type: ignore[attr-defined]
