"""Patients and their consent records.

Signed clinical data hangs off a patient through ``ON DELETE RESTRICT`` foreign keys (courses,
sessions, consents, adverse events, outcome measures): deleting a patient who has any of them
fails in the database itself. Erasure (issue 5) deletes unsigned children explicitly first;
a patient with signed records is anonymised instead (``anonymised`` flag, identity blanked).
"""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from mesomap.storage.models.base import Base, UTCDateTime, Versioned, str_enum
from mesomap.storage.models.enums import Sex


class Patient(Versioned, Base):
    """A patient's identity, contact and standing clinical notes."""

    __tablename__ = "patient"

    id: Mapped[int] = mapped_column(sa.Integer, primary_key=True)
    family_name: Mapped[str] = mapped_column(sa.String(200), nullable=False)
    given_name: Mapped[str] = mapped_column(sa.String(200), nullable=False, default="")
    # Lower-case, accent-stripped "family given external_id birth-date" kept by the repository:
    # search-as-you-type matches against it.
    search_text: Mapped[str] = mapped_column(sa.String(700), nullable=False, default="", index=True)
    birth_date: Mapped[dt.date | None] = mapped_column(sa.Date, nullable=True, index=True)
    sex: Mapped[Sex] = mapped_column(str_enum(Sex, "sex"), nullable=False, default=Sex.UNKNOWN)
    phone: Mapped[str] = mapped_column(sa.String(64), nullable=False, default="")
    email: Mapped[str] = mapped_column(sa.String(254), nullable=False, default="")
    address: Mapped[str] = mapped_column(sa.Text, nullable=False, default="")
    allergies: Mapped[str] = mapped_column(sa.Text, nullable=False, default="")
    contraindication_notes: Mapped[str] = mapped_column(sa.Text, nullable=False, default="")
    notes: Mapped[str] = mapped_column(sa.Text, nullable=False, default="")
    external_id: Mapped[str | None] = mapped_column(sa.String(64), nullable=True, index=True)
    erased: Mapped[bool] = mapped_column(sa.Boolean, nullable=False, default=False)
    anonymised: Mapped[bool] = mapped_column(sa.Boolean, nullable=False, default=False)
    anonymised_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime(), nullable=True)

    __table_args__ = (sa.Index("ix_patient_names", "family_name", "given_name"),)


class ConsentRecord(Versioned, Base):
    """Consent given by a patient, for a course or in general."""

    __tablename__ = "consent_record"

    id: Mapped[int] = mapped_column(sa.Integer, primary_key=True)
    patient_id: Mapped[int] = mapped_column(
        sa.ForeignKey("patient.id", ondelete="RESTRICT"), nullable=False, index=True
    )
    course_id: Mapped[int | None] = mapped_column(
        sa.ForeignKey("treatment_course.id", ondelete="RESTRICT"), nullable=True, index=True
    )
    consented_on: Mapped[dt.date] = mapped_column(sa.Date, nullable=False)
    form_version: Mapped[str] = mapped_column(sa.String(64), nullable=False, default="")
    taken_by_id: Mapped[int | None] = mapped_column(
        sa.ForeignKey("user_account.id", ondelete="RESTRICT"), nullable=True
    )
    scope: Mapped[str] = mapped_column(sa.Text, nullable=False, default="")
    withdrawn_on: Mapped[dt.date | None] = mapped_column(sa.Date, nullable=True)
    notes: Mapped[str] = mapped_column(sa.Text, nullable=False, default="")
