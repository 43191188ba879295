"""The mesomap marker table and clinic-wide settings.

``mesomap_meta`` holds exactly one row (id = 1) written when mesomap creates a database: it is
how mesomap recognises its own database (a non-empty database without it is refused) and whether
it is a demonstration database. The schema revision itself is Alembic's ``alembic_version``.
"""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from mesomap.storage.models.base import Base, UTCDateTime, Versioned, str_enum, utcnow
from mesomap.storage.models.enums import SettingType

MARKER_APPLICATION = "mesomap"


class MesomapMeta(Base):
    """One row identifying a mesomap database."""

    __tablename__ = "mesomap_meta"
    __table_args__ = (sa.CheckConstraint("id = 1", name="single_row"),)

    id: Mapped[int] = mapped_column(sa.Integer, primary_key=True)
    application: Mapped[str] = mapped_column(sa.String(32), nullable=False, default=MARKER_APPLICATION)
    database_uuid: Mapped[str] = mapped_column(sa.String(32), nullable=False)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), nullable=False, default=utcnow)
    created_by_app_version: Mapped[str] = mapped_column(sa.String(32), nullable=False)
    is_demo: Mapped[bool] = mapped_column(sa.Boolean, nullable=False, default=False)
    demo_seeded_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime(), nullable=True)


class ClinicSetting(Versioned, Base):
    """A clinic-wide setting (scope "clinic" in the settings registry): key, type, text value."""

    __tablename__ = "clinic_setting"

    key: Mapped[str] = mapped_column(sa.String(128), primary_key=True)
    value_type: Mapped[SettingType] = mapped_column(str_enum(SettingType, "setting_type"), nullable=False)
    value: Mapped[str] = mapped_column(sa.Text, nullable=False)
