"""Treatment sessions: plan, list per patient and per day, reschedule, check in, change status.

API (frozen dataclasses, detached from the database; pass back ``version`` to change)::

    repo = SessionRepository(db, actor_id=user.id)
    repo.create(SessionInput(patient_id, scheduled_at=aware_datetime, ...)) -> SessionRecord
    repo.get(session_id) -> SessionRecord
    repo.list_for_patient(patient_id) -> list[SessionRecord]          # by scheduled time
    repo.list_for_day(date, tz=None, practitioner_id=None) -> list[SessionRecord]  # Today
    repo.update(session_id, version, SessionInput(...)) -> SessionRecord   # planned sessions only
    repo.reschedule(session_id, version, new_aware_datetime) -> SessionRecord
    repo.check_in(session_id, version, at=None) -> SessionRecord
    repo.set_status(session_id, version, SessionStatus.CANCELLED, reason="...") -> SessionRecord

Status changes follow ``ALLOWED_TRANSITIONS``; ``signed`` is reached only through the signing
service of issue 7 (``allow_sign=True``), never from the Today view. A signed session is never
changed here (``SignedRecordError``). Times are timezone-aware; naive datetimes are refused.

Roles are checked here (``mesomap.storage.permissions``): reading needs PATIENT_READ; planning,
rescheduling, checking in, cancelling and no-shows SESSION_SCHEDULE (front desk and
practitioners); marking performed CLINICAL_WRITE and signing SIGN (practitioners). Every change
is written to the audit trail. ``actor_id`` may be an account id or a logged-in ``Actor``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session, aliased
from sqlalchemy.orm.exc import StaleDataError

from mesomap.core.i18n import QT_TRANSLATE_NOOP
from mesomap.storage import audit
from mesomap.storage.engine import Database
from mesomap.storage.errors import (
    InvalidInputError,
    InvalidTransitionError,
    NotFoundError,
    SignedRecordError,
)
from mesomap.storage.models import Patient, SessionStatus, TreatmentSession, UserAccount
from mesomap.storage.permissions import ActorLike, Permission, actor_id_of, require
from mesomap.storage.repository._common import conflict_for, lock_for_update

RECORD = "session"

ALLOWED_TRANSITIONS: dict[SessionStatus, frozenset[SessionStatus]] = {
    SessionStatus.PLANNED: frozenset(
        {SessionStatus.PERFORMED, SessionStatus.CANCELLED, SessionStatus.NO_SHOW}
    ),
    SessionStatus.PERFORMED: frozenset({SessionStatus.SIGNED}),
    SessionStatus.CANCELLED: frozenset({SessionStatus.PLANNED}),
    SessionStatus.NO_SHOW: frozenset({SessionStatus.PLANNED}),
    SessionStatus.SIGNED: frozenset(),
}


@dataclass(frozen=True)
class SessionInput:
    """The schedulable fields of a session."""

    patient_id: int
    scheduled_at: dt.datetime
    practitioner_id: int | None = None
    course_id: int | None = None
    number_in_course: int | None = None
    planned_minutes: int | None = None
    previous_session_id: int | None = None
    notes: str = ""


@dataclass(frozen=True)
class SessionRecord:
    """A session as stored (with the names the Today view shows)."""

    id: int
    patient_id: int
    patient_name: str
    course_id: int | None
    practitioner_id: int | None
    practitioner_name: str | None
    status: SessionStatus
    scheduled_at: dt.datetime
    planned_minutes: int | None
    performed_at: dt.datetime | None
    checked_in_at: dt.datetime | None
    number_in_course: int | None
    previous_session_id: int | None
    cancel_reason: str
    notes: str
    version: int
    updated_at: dt.datetime
    updated_by: int | None


def _require_aware(value: dt.datetime, field: str) -> None:
    if value.tzinfo is None or value.utcoffset() is None:
        raise InvalidInputError(
            QT_TRANSLATE_NOOP("storage", "The time has no time zone; it cannot be stored."),
            field=field,
        )


def _validate(data: SessionInput) -> None:
    _require_aware(data.scheduled_at, "scheduled_at")
    if data.number_in_course is not None and data.number_in_course < 1:
        raise InvalidInputError(
            QT_TRANSLATE_NOOP("storage", "The session number in the course starts at 1."),
            field="number_in_course",
        )
    if data.planned_minutes is not None and data.planned_minutes <= 0:
        raise InvalidInputError(
            QT_TRANSLATE_NOOP("storage", "The planned duration must be more than 0 minutes."),
            field="planned_minutes",
        )


_Practitioner = aliased(UserAccount)


def _select() -> sa.Select[TreatmentSession, str, str, str]:
    return (
        sa.select(TreatmentSession, Patient.family_name, Patient.given_name, _Practitioner.display_name)
        .join(Patient, Patient.id == TreatmentSession.patient_id)
        .outerjoin(_Practitioner, _Practitioner.id == TreatmentSession.practitioner_id)
    )


def _record(found: Any) -> SessionRecord:
    row, family, given, practitioner = found
    return SessionRecord(
        id=row.id,
        patient_id=row.patient_id,
        patient_name=f"{family.upper()}, {given}" if given else family.upper(),
        course_id=row.course_id,
        practitioner_id=row.practitioner_id,
        practitioner_name=practitioner,
        status=SessionStatus(row.status),
        scheduled_at=row.scheduled_at,
        planned_minutes=row.planned_minutes,
        performed_at=row.performed_at,
        checked_in_at=row.checked_in_at,
        number_in_course=row.number_in_course,
        previous_session_id=row.previous_session_id,
        cancel_reason=row.cancel_reason,
        notes=row.notes,
        version=row.version,
        updated_at=row.updated_at,
        updated_by=row.updated_by,
    )


class SessionRepository:
    """Sessions of one database, acting as ``actor_id``."""

    def __init__(self, db: Database, actor_id: ActorLike = None) -> None:
        self.db = db
        self.actor = actor_id

    @property
    def actor_id(self) -> int | None:
        """The acting account's id now (an ``ActorRef`` follows logins and user switches)."""
        return actor_id_of(self.actor)

    def _load(self, session: Session, session_id: int) -> SessionRecord:
        found = session.execute(_select().where(TreatmentSession.id == session_id)).first()
        if found is None:
            raise NotFoundError(record=RECORD)
        return _record(found)

    def get(self, session_id: int) -> SessionRecord:
        with self.db.session(read_only=True) as session:
            require(session, self.actor, Permission.PATIENT_READ)
            return self._load(session, session_id)

    def list_for_patient(self, patient_id: int) -> list[SessionRecord]:
        stmt = _select().where(TreatmentSession.patient_id == patient_id)
        stmt = stmt.order_by(TreatmentSession.scheduled_at, TreatmentSession.id)
        with self.db.session(read_only=True) as session:
            require(session, self.actor, Permission.PATIENT_READ)
            return [_record(found) for found in session.execute(stmt)]

    def list_for_day(
        self, day: dt.date, tz: dt.tzinfo | None = None, practitioner_id: int | None = None
    ) -> list[SessionRecord]:
        """Sessions scheduled on ``day`` in time zone ``tz`` (default: this computer's)."""
        zone = tz or dt.datetime.now().astimezone().tzinfo
        start = dt.datetime.combine(day, dt.time(0), tzinfo=zone)
        end = dt.datetime.combine(day + dt.timedelta(days=1), dt.time(0), tzinfo=zone)
        stmt = _select().where(
            TreatmentSession.scheduled_at >= start, TreatmentSession.scheduled_at < end
        )
        if practitioner_id is not None:
            stmt = stmt.where(TreatmentSession.practitioner_id == practitioner_id)
        stmt = stmt.order_by(TreatmentSession.scheduled_at, TreatmentSession.id)
        with self.db.session(read_only=True) as session:
            require(session, self.actor, Permission.PATIENT_READ)
            return [_record(found) for found in session.execute(stmt)]

    def create(self, data: SessionInput) -> SessionRecord:
        _validate(data)
        with self.db.session() as session:
            require(session, self.actor, Permission.SESSION_SCHEDULE)
            if session.get(Patient, data.patient_id) is None:
                raise NotFoundError(record="patient")
            row = TreatmentSession(
                patient_id=data.patient_id,
                scheduled_at=data.scheduled_at,
                practitioner_id=data.practitioner_id,
                course_id=data.course_id,
                number_in_course=data.number_in_course,
                planned_minutes=data.planned_minutes,
                previous_session_id=data.previous_session_id,
                notes=data.notes,
                status=SessionStatus.PLANNED,
                created_by=self.actor_id,
                updated_by=self.actor_id,
            )
            session.add(row)
            session.flush()
            audit.record(session, self.actor, audit.Action.CREATE, table=RECORD, record_id=row.id,
                         patient_id=row.patient_id,
                         details={"scheduled_at": row.scheduled_at, "status": row.status})
            return self._load(session, row.id)

    def _change(
        self, session_id: int, expected_version: int, apply: dict[str, object]
    ) -> SessionRecord:
        with self.db.session() as session:
            requested = apply.get("status")
            needed = Permission.SESSION_SCHEDULE
            if requested == SessionStatus.PERFORMED:
                needed = Permission.CLINICAL_WRITE
            elif requested == SessionStatus.SIGNED:
                needed = Permission.SIGN
            require(session, self.actor, needed)
            row = lock_for_update(session, TreatmentSession, session_id, expected_version, RECORD)
            if row.status == SessionStatus.SIGNED:
                raise SignedRecordError(record=RECORD)
            before = {name: getattr(row, name) for name in apply}
            if isinstance(requested, SessionStatus) and requested != row.status:
                allowed = ALLOWED_TRANSITIONS[SessionStatus(row.status)]
                if requested not in allowed:
                    raise InvalidTransitionError(current=row.status.value, requested=requested.value)
            for name, value in apply.items():
                setattr(row, name, value)
            row.updated_by = self.actor_id
            try:
                session.flush()
            except StaleDataError:
                raise conflict_for(session, TreatmentSession, session_id, RECORD) from None
            diff = audit.changes(before, apply, redact={"notes", "cancel_reason"})
            if diff:
                audit.record(session, self.actor,
                             audit.Action.SIGN if requested == SessionStatus.SIGNED
                             else audit.Action.CHANGE,
                             table=RECORD, record_id=session_id, patient_id=row.patient_id,
                             details={"changes": diff})
            return self._load(session, session_id)

    def update(self, session_id: int, expected_version: int, data: SessionInput) -> SessionRecord:
        """Change a session's schedule fields (not its patient)."""
        _validate(data)
        current = self.get(session_id)
        if data.patient_id != current.patient_id:
            raise InvalidInputError(
                QT_TRANSLATE_NOOP("storage", "A session cannot be moved to another patient."),
                field="patient_id",
            )
        values: dict[str, object] = {
            "scheduled_at": data.scheduled_at,
            "practitioner_id": data.practitioner_id,
            "course_id": data.course_id,
            "number_in_course": data.number_in_course,
            "planned_minutes": data.planned_minutes,
            "previous_session_id": data.previous_session_id,
            "notes": data.notes,
        }
        return self._change(session_id, expected_version, values)

    def reschedule(self, session_id: int, expected_version: int, scheduled_at: dt.datetime) -> SessionRecord:
        _require_aware(scheduled_at, "scheduled_at")
        current = self.get(session_id)
        if current.status != SessionStatus.PLANNED:
            raise InvalidTransitionError(current=current.status.value, requested="rescheduled")
        return self._change(session_id, expected_version, {"scheduled_at": scheduled_at})

    def check_in(self, session_id: int, expected_version: int, at: dt.datetime | None = None) -> SessionRecord:
        when = at or dt.datetime.now(dt.UTC)
        _require_aware(when, "checked_in_at")
        return self._change(session_id, expected_version, {"checked_in_at": when})

    def set_status(
        self,
        session_id: int,
        expected_version: int,
        status: SessionStatus,
        *,
        reason: str = "",
        performed_at: dt.datetime | None = None,
        allow_sign: bool = False,
    ) -> SessionRecord:
        """Move a session along planned → performed → signed, or to cancelled / no-show
        (and back to planned). ``signed`` needs ``allow_sign`` (the signing service)."""
        status = SessionStatus(status)
        if status == SessionStatus.SIGNED and not allow_sign:
            raise InvalidTransitionError(current="unsigned", requested=status.value)
        values: dict[str, object] = {"status": status}
        if status == SessionStatus.PERFORMED:
            when = performed_at or dt.datetime.now(dt.UTC)
            _require_aware(when, "performed_at")
            values["performed_at"] = when
        if status in (SessionStatus.CANCELLED, SessionStatus.NO_SHOW):
            values["cancel_reason"] = reason.strip()
        if status == SessionStatus.PLANNED:
            values["cancel_reason"] = ""
        return self._change(session_id, expected_version, values)


__all__ = ["ALLOWED_TRANSITIONS", "SessionInput", "SessionRecord", "SessionRepository"]
