"""The clinic's catalogue: products, lots, protocol presets and clinic limits.

Limits are recorded as the clinic or a product label states them; mesomap warns against them and
never proposes a dose of its own. Products, lots and presets are deactivated rather than deleted
once used (map rows reference them with ``ON DELETE RESTRICT`` for lot traceability).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship

from mesomap.storage.models.base import Base, Versioned, VolumeML, str_enum
from mesomap.storage.models.enums import Pattern


class Product(Versioned, Base):
    """A product that goes into syringes, with the limits its label or the clinic sets."""

    __tablename__ = "product"

    id: Mapped[int] = mapped_column(sa.Integer, primary_key=True)
    name: Mapped[str] = mapped_column(sa.String(200), nullable=False, unique=True)
    actives: Mapped[str] = mapped_column(sa.Text, nullable=False, default="")
    manufacturer: Mapped[str] = mapped_column(sa.String(200), nullable=False, default="")
    unit: Mapped[str] = mapped_column(sa.String(16), nullable=False, default="mL")
    notes: Mapped[str] = mapped_column(sa.Text, nullable=False, default="")
    active: Mapped[bool] = mapped_column(sa.Boolean, nullable=False, default=True)
    # Optional limits (NULL = none stated).
    max_volume_per_session_ml: Mapped[Decimal | None] = mapped_column(VolumeML(), nullable=True)
    max_injections_per_session: Mapped[int | None] = mapped_column(sa.Integer, nullable=True)
    max_volume_per_course_ml: Mapped[Decimal | None] = mapped_column(VolumeML(), nullable=True)
    max_injections_per_course: Mapped[int | None] = mapped_column(sa.Integer, nullable=True)
    min_days_between_sessions: Mapped[int | None] = mapped_column(sa.Integer, nullable=True)
    max_sessions_per_course: Mapped[int | None] = mapped_column(sa.Integer, nullable=True)

    lots: Mapped[list[Lot]] = relationship(back_populates="product", passive_deletes="all")


class Lot(Versioned, Base):
    """A batch of a product, with its expiry date (expired lots are refused in maps)."""

    __tablename__ = "lot"
    __table_args__ = (sa.UniqueConstraint("product_id", "lot_number"),)

    id: Mapped[int] = mapped_column(sa.Integer, primary_key=True)
    product_id: Mapped[int] = mapped_column(
        sa.ForeignKey("product.id", ondelete="RESTRICT"), nullable=False, index=True
    )
    lot_number: Mapped[str] = mapped_column(sa.String(64), nullable=False)
    expiry_date: Mapped[dt.date] = mapped_column(sa.Date, nullable=False)
    received_on: Mapped[dt.date | None] = mapped_column(sa.Date, nullable=True)
    notes: Mapped[str] = mapped_column(sa.Text, nullable=False, default="")
    active: Mapped[bool] = mapped_column(sa.Boolean, nullable=False, default=True)

    product: Mapped[Product] = relationship(back_populates="lots")


class ProtocolPreset(Versioned, Base):
    """A technique preset (DOMAIN.md's table ships as defaults); a region copies its values."""

    __tablename__ = "protocol_preset"

    id: Mapped[int] = mapped_column(sa.Integer, primary_key=True)
    code: Mapped[str] = mapped_column(sa.String(64), nullable=False, unique=True)
    name: Mapped[str] = mapped_column(sa.String(200), nullable=False)
    technique_code: Mapped[str] = mapped_column(sa.String(32), nullable=False)
    pattern: Mapped[Pattern] = mapped_column(str_enum(Pattern, "preset_pattern"), nullable=False)
    depth_mm: Mapped[float] = mapped_column(sa.Double, nullable=False)
    needle_gauge: Mapped[int] = mapped_column(sa.Integer, nullable=False)
    needle_length_mm: Mapped[float] = mapped_column(sa.Double, nullable=False)
    angle_deg: Mapped[float] = mapped_column(sa.Double, nullable=False)
    volume_per_papule_ml: Mapped[Decimal | None] = mapped_column(VolumeML(), nullable=True)
    spacing_cm: Mapped[float] = mapped_column(sa.Double, nullable=False)
    spacing_min_cm: Mapped[float | None] = mapped_column(sa.Double, nullable=True)
    spacing_max_cm: Mapped[float | None] = mapped_column(sa.Double, nullable=True)
    margin_cm: Mapped[float] = mapped_column(sa.Double, nullable=False, default=0.0)
    nappage_density_per_cm2: Mapped[float | None] = mapped_column(sa.Double, nullable=True)
    seconds_per_papule: Mapped[float] = mapped_column(sa.Double, nullable=False)
    setup_minutes: Mapped[float] = mapped_column(sa.Double, nullable=False)
    notes: Mapped[str] = mapped_column(sa.Text, nullable=False, default="")
    shipped: Mapped[bool] = mapped_column(sa.Boolean, nullable=False, default=False)
    active: Mapped[bool] = mapped_column(sa.Boolean, nullable=False, default=True)


class ClinicLimit(Versioned, Base):
    """A clinic's own per-session / per-course limit, optionally for one area or indication."""

    __tablename__ = "clinic_limit"

    id: Mapped[int] = mapped_column(sa.Integer, primary_key=True)
    code: Mapped[str] = mapped_column(sa.String(64), nullable=False, unique=True)
    label: Mapped[str] = mapped_column(sa.String(200), nullable=False)
    body_area: Mapped[str | None] = mapped_column(sa.String(64), nullable=True)
    indication: Mapped[str | None] = mapped_column(sa.String(64), nullable=True)
    max_volume_per_session_ml: Mapped[Decimal | None] = mapped_column(VolumeML(), nullable=True)
    max_injections_per_session: Mapped[int | None] = mapped_column(sa.Integer, nullable=True)
    max_session_minutes: Mapped[int | None] = mapped_column(sa.Integer, nullable=True)
    min_days_between_sessions: Mapped[int | None] = mapped_column(sa.Integer, nullable=True)
    max_sessions_per_course: Mapped[int | None] = mapped_column(sa.Integer, nullable=True)
    active: Mapped[bool] = mapped_column(sa.Boolean, nullable=False, default=True)
