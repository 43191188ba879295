"""Treatment courses, sessions and what is recorded around a session: the contraindication
checklist, adverse events and outcome measures.

The table for sessions is ``session`` (ORM class ``TreatmentSession``, to stay clear of
SQLAlchemy's ``Session``). Children that belong to a session's record (map, checklist answers,
actuals) go with it (``CASCADE``); a signed session cannot be deleted because its signature
references it with ``RESTRICT`` (and issue 7 adds immutability triggers).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from mesomap.storage.models.base import Base, UTCDateTime, Versioned, str_enum
from mesomap.storage.models.enums import (
    ChecklistAnswerValue,
    OutcomeKind,
    SessionStatus,
    Severity,
)


class TreatmentCourse(Versioned, Base):
    """A course of sessions for one indication and area."""

    __tablename__ = "treatment_course"
    __table_args__ = (
        sa.CheckConstraint("planned_sessions >= 1", name="planned_sessions_positive"),
        sa.CheckConstraint("interval_days_min <= interval_days_max", name="interval_order"),
    )

    id: Mapped[int] = mapped_column(sa.Integer, primary_key=True)
    patient_id: Mapped[int] = mapped_column(
        sa.ForeignKey("patient.id", ondelete="RESTRICT"), nullable=False, index=True
    )
    practitioner_id: Mapped[int | None] = mapped_column(
        sa.ForeignKey("user_account.id", ondelete="RESTRICT"), nullable=True
    )
    # Code from the clinic's extendable list (musculoskeletal_pain, venous_insufficiency, ...).
    indication: Mapped[str] = mapped_column(sa.String(64), nullable=False)
    area: Mapped[str] = mapped_column(sa.String(200), nullable=False, default="")
    planned_sessions: Mapped[int] = mapped_column(sa.Integer, nullable=False)
    interval_days_min: Mapped[int] = mapped_column(sa.Integer, nullable=False)
    interval_days_max: Mapped[int] = mapped_column(sa.Integer, nullable=False)
    started_on: Mapped[dt.date | None] = mapped_column(sa.Date, nullable=True)
    closed_on: Mapped[dt.date | None] = mapped_column(sa.Date, nullable=True)
    notes: Mapped[str] = mapped_column(sa.Text, nullable=False, default="")


class TreatmentSession(Versioned, Base):
    """One appointment: planned, then performed and signed (or cancelled / no-show)."""

    __tablename__ = "session"
    __table_args__ = (
        sa.Index("ix_session_patient_scheduled", "patient_id", "scheduled_at"),
        # Added by revision 0002.
        sa.CheckConstraint(
            "number_in_course IS NULL OR number_in_course >= 1", name="number_in_course_positive"
        ),
    )

    id: Mapped[int] = mapped_column(sa.Integer, primary_key=True)
    patient_id: Mapped[int] = mapped_column(
        sa.ForeignKey("patient.id", ondelete="RESTRICT"), nullable=False
    )
    course_id: Mapped[int | None] = mapped_column(
        sa.ForeignKey("treatment_course.id", ondelete="RESTRICT"), nullable=True, index=True
    )
    practitioner_id: Mapped[int | None] = mapped_column(
        sa.ForeignKey("user_account.id", ondelete="RESTRICT"), nullable=True, index=True
    )
    status: Mapped[SessionStatus] = mapped_column(
        str_enum(SessionStatus, "session_status"), nullable=False, default=SessionStatus.PLANNED
    )
    scheduled_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), nullable=False, index=True)
    planned_minutes: Mapped[int | None] = mapped_column(sa.Integer, nullable=True)
    performed_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    # When the patient arrived (front desk's Today view). Added by revision 0002.
    checked_in_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    number_in_course: Mapped[int | None] = mapped_column(sa.Integer, nullable=True)
    # The session this one repeats (issue 7 "start from the previous one").
    previous_session_id: Mapped[int | None] = mapped_column(
        sa.ForeignKey("session.id", ondelete="SET NULL"), nullable=True
    )
    cancel_reason: Mapped[str] = mapped_column(sa.Text, nullable=False, default="")
    notes: Mapped[str] = mapped_column(sa.Text, nullable=False, default="")


class ChecklistItem(Versioned, Base):
    """A contraindication question asked before a session is performed (clinic-editable)."""

    __tablename__ = "checklist_item"

    id: Mapped[int] = mapped_column(sa.Integer, primary_key=True)
    code: Mapped[str] = mapped_column(sa.String(64), nullable=False, unique=True)
    label: Mapped[str] = mapped_column(sa.String(500), nullable=False)
    position: Mapped[int] = mapped_column(sa.Integer, nullable=False, default=0)
    # A "yes" to a blocking item stops the session being marked performed.
    blocking: Mapped[bool] = mapped_column(sa.Boolean, nullable=False, default=True)
    active: Mapped[bool] = mapped_column(sa.Boolean, nullable=False, default=True)


class ChecklistAnswer(Versioned, Base):
    """The answer to one checklist item for one session."""

    __tablename__ = "checklist_answer"
    __table_args__ = (sa.UniqueConstraint("session_id", "item_id"),)

    id: Mapped[int] = mapped_column(sa.Integer, primary_key=True)
    session_id: Mapped[int] = mapped_column(
        sa.ForeignKey("session.id", ondelete="CASCADE"), nullable=False
    )
    item_id: Mapped[int] = mapped_column(
        sa.ForeignKey("checklist_item.id", ondelete="RESTRICT"), nullable=False
    )
    # The question as asked (the item's label may be edited later).
    item_label: Mapped[str] = mapped_column(sa.String(500), nullable=False)
    answer: Mapped[ChecklistAnswerValue] = mapped_column(
        str_enum(ChecklistAnswerValue, "checklist_answer_value"), nullable=False
    )
    note: Mapped[str] = mapped_column(sa.Text, nullable=False, default="")
    answered_by_id: Mapped[int | None] = mapped_column(
        sa.ForeignKey("user_account.id", ondelete="RESTRICT"), nullable=True
    )
    answered_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), nullable=False)


class AdverseEvent(Versioned, Base):
    """An adverse event, recorded at the time (with the session) or later (as an amendment)."""

    __tablename__ = "adverse_event"

    id: Mapped[int] = mapped_column(sa.Integer, primary_key=True)
    patient_id: Mapped[int] = mapped_column(
        sa.ForeignKey("patient.id", ondelete="RESTRICT"), nullable=False, index=True
    )
    session_id: Mapped[int | None] = mapped_column(
        sa.ForeignKey("session.id", ondelete="RESTRICT"), nullable=True, index=True
    )
    amendment_id: Mapped[int | None] = mapped_column(
        sa.ForeignKey("amendment.id", ondelete="RESTRICT"), nullable=True
    )
    kind: Mapped[str] = mapped_column(sa.String(64), nullable=False)
    severity: Mapped[Severity] = mapped_column(str_enum(Severity, "severity"), nullable=False)
    onset_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    description: Mapped[str] = mapped_column(sa.Text, nullable=False, default="")
    action_taken: Mapped[str] = mapped_column(sa.Text, nullable=False, default="")
    recorded_by_id: Mapped[int | None] = mapped_column(
        sa.ForeignKey("user_account.id", ondelete="RESTRICT"), nullable=True
    )
    recorded_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), nullable=False)


class OutcomeMeasure(Versioned, Base):
    """A measured outcome: pain score 0–10, a circumference in cm, or a free score."""

    __tablename__ = "outcome_measure"

    id: Mapped[int] = mapped_column(sa.Integer, primary_key=True)
    patient_id: Mapped[int] = mapped_column(
        sa.ForeignKey("patient.id", ondelete="RESTRICT"), nullable=False, index=True
    )
    course_id: Mapped[int | None] = mapped_column(
        sa.ForeignKey("treatment_course.id", ondelete="RESTRICT"), nullable=True
    )
    session_id: Mapped[int | None] = mapped_column(
        sa.ForeignKey("session.id", ondelete="RESTRICT"), nullable=True, index=True
    )
    kind: Mapped[OutcomeKind] = mapped_column(str_enum(OutcomeKind, "outcome_kind"), nullable=False)
    # What was measured: "VAS", "thigh left at 15 cm above patella", a free score's name.
    label: Mapped[str] = mapped_column(sa.String(200), nullable=False, default="")
    # Exact value; its unit follows from ``kind`` (score points, or cm for circumference_cm).
    value: Mapped[Decimal] = mapped_column(sa.Numeric(10, 3, asdecimal=True), nullable=False)
    measured_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), nullable=False)
    notes: Mapped[str] = mapped_column(sa.Text, nullable=False, default="")
