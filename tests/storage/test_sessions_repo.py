"""Session repository: planning, lists per patient and per day, status changes, locking."""

from __future__ import annotations

import datetime as dt

import pytest

from mesomap.storage.engine import Database
from mesomap.storage.errors import (
    ConflictError,
    InvalidInputError,
    InvalidTransitionError,
    NotFoundError,
    SignedRecordError,
)
from mesomap.storage.models import Role, SessionStatus
from mesomap.storage.repository import (
    PatientInput,
    PatientRepository,
    SessionInput,
    SessionRepository,
)
from tests.storage.helpers import make_user

PARIS = dt.timezone(dt.timedelta(hours=1))


def _patient(db: Database, name: str = "Moreau") -> int:
    return PatientRepository(db).create(PatientInput(name, "Claire")).id


def test_create_and_list_for_patient_in_time_order(db: Database) -> None:
    dr = make_user(db, "dr", "Dr Blanc", Role.PRACTITIONER)
    repo = SessionRepository(db, actor_id=dr)
    pid = _patient(db)
    other = _patient(db, "Other")
    late = repo.create(SessionInput(pid, dt.datetime(2026, 5, 2, 10, 0, tzinfo=PARIS), practitioner_id=dr, number_in_course=2))
    early = repo.create(SessionInput(pid, dt.datetime(2026, 4, 25, 10, 0, tzinfo=PARIS), practitioner_id=dr, number_in_course=1, planned_minutes=30))
    repo.create(SessionInput(other, dt.datetime(2026, 4, 26, 10, 0, tzinfo=PARIS)))
    listed = repo.list_for_patient(pid)
    assert [s.id for s in listed] == [early.id, late.id]
    assert listed[0].status is SessionStatus.PLANNED
    assert listed[0].practitioner_name == "Dr Blanc"
    assert listed[0].patient_name == "MOREAU, Claire"
    assert listed[0].planned_minutes == 30
    assert listed[0].scheduled_at == dt.datetime(2026, 4, 25, 9, 0, tzinfo=dt.UTC)
    assert repo.get(late.id) == late


def test_list_for_day_uses_the_local_day(db: Database) -> None:
    repo = SessionRepository(db)
    pid = _patient(db)
    # 23:30 in Paris on the 1st is 22:30 UTC on the 1st; 00:30 Paris on the 2nd is 23:30 UTC on the 1st.
    a = repo.create(SessionInput(pid, dt.datetime(2026, 6, 1, 23, 30, tzinfo=PARIS)))
    b = repo.create(SessionInput(pid, dt.datetime(2026, 6, 2, 0, 30, tzinfo=PARIS)))
    c = repo.create(SessionInput(pid, dt.datetime(2026, 6, 1, 8, 0, tzinfo=PARIS)))
    assert [s.id for s in repo.list_for_day(dt.date(2026, 6, 1), PARIS)] == [c.id, a.id]
    assert [s.id for s in repo.list_for_day(dt.date(2026, 6, 2), PARIS)] == [b.id]
    assert [s.id for s in repo.list_for_day(dt.date(2026, 6, 1), dt.UTC)] == [c.id, a.id, b.id]


def test_list_for_day_per_practitioner(db: Database) -> None:
    one = make_user(db, "one", "Dr One")
    two = make_user(db, "two", "Dr Two")
    repo = SessionRepository(db)
    pid = _patient(db)
    s1 = repo.create(SessionInput(pid, dt.datetime(2026, 6, 1, 9, tzinfo=dt.UTC), practitioner_id=one))
    repo.create(SessionInput(pid, dt.datetime(2026, 6, 1, 10, tzinfo=dt.UTC), practitioner_id=two))
    assert [s.id for s in repo.list_for_day(dt.date(2026, 6, 1), dt.UTC, practitioner_id=one)] == [s1.id]


def test_invalid_input(db: Database) -> None:
    repo = SessionRepository(db)
    pid = _patient(db)
    with pytest.raises(InvalidInputError) as err:
        repo.create(SessionInput(pid, dt.datetime(2026, 1, 1, 9)))
    assert err.value.field == "scheduled_at"
    with pytest.raises(InvalidInputError) as err:
        repo.create(SessionInput(pid, dt.datetime(2026, 1, 1, 9, tzinfo=dt.UTC), number_in_course=0))
    assert err.value.field == "number_in_course"
    with pytest.raises(NotFoundError):
        repo.create(SessionInput(pid + 99, dt.datetime(2026, 1, 1, 9, tzinfo=dt.UTC)))
    assert repo.list_for_patient(pid) == []


def test_status_flow_and_refused_transitions(db: Database) -> None:
    repo = SessionRepository(db)
    pid = _patient(db)
    s = repo.create(SessionInput(pid, dt.datetime(2026, 6, 1, 9, tzinfo=dt.UTC)))
    s = repo.check_in(s.id, s.version, dt.datetime(2026, 6, 1, 8, 55, tzinfo=dt.UTC))
    assert s.checked_in_at == dt.datetime(2026, 6, 1, 8, 55, tzinfo=dt.UTC)
    s = repo.set_status(s.id, s.version, SessionStatus.NO_SHOW, reason=" did not come ")
    assert s.status is SessionStatus.NO_SHOW and s.cancel_reason == "did not come"
    with pytest.raises(InvalidTransitionError):
        repo.set_status(s.id, s.version, SessionStatus.PERFORMED)
    s = repo.set_status(s.id, s.version, SessionStatus.PLANNED)
    assert s.cancel_reason == ""
    s = repo.reschedule(s.id, s.version, dt.datetime(2026, 6, 8, 9, tzinfo=dt.UTC))
    performed_at = dt.datetime(2026, 6, 8, 9, 20, tzinfo=dt.UTC)
    s = repo.set_status(s.id, s.version, SessionStatus.PERFORMED, performed_at=performed_at)
    assert s.performed_at == performed_at
    with pytest.raises(InvalidTransitionError):
        repo.reschedule(s.id, s.version, dt.datetime(2026, 6, 9, 9, tzinfo=dt.UTC))
    with pytest.raises(InvalidTransitionError):
        repo.set_status(s.id, s.version, SessionStatus.SIGNED)  # only the signing service
    s = repo.set_status(s.id, s.version, SessionStatus.SIGNED, allow_sign=True)
    with pytest.raises(SignedRecordError):
        repo.set_status(s.id, s.version, SessionStatus.CANCELLED)
    with pytest.raises(SignedRecordError):
        repo.update(s.id, s.version, SessionInput(pid, s.scheduled_at, notes="changed"))
    assert repo.get(s.id) == s


def test_two_front_desks_rescheduling_the_same_session(db: Database) -> None:
    anna = make_user(db, "anna", "Anna", Role.FRONT_DESK)
    pid = _patient(db)
    planned = SessionRepository(db, actor_id=anna).create(SessionInput(pid, dt.datetime(2026, 6, 1, 9, tzinfo=dt.UTC)))
    first = SessionRepository(db, actor_id=anna).reschedule(planned.id, planned.version, dt.datetime(2026, 6, 1, 10, tzinfo=dt.UTC))
    with pytest.raises(ConflictError) as err:
        SessionRepository(db).set_status(planned.id, planned.version, SessionStatus.CANCELLED)
    assert err.value.changed_by == "Anna"
    now = SessionRepository(db).get(planned.id)
    assert now.status is SessionStatus.PLANNED
    assert now.scheduled_at == first.scheduled_at == dt.datetime(2026, 6, 1, 10, tzinfo=dt.UTC)
    assert now.version == first.version


def test_update_keeps_the_patient(db: Database) -> None:
    repo = SessionRepository(db)
    pid = _patient(db)
    other = _patient(db, "Other")
    s = repo.create(SessionInput(pid, dt.datetime(2026, 6, 1, 9, tzinfo=dt.UTC)))
    with pytest.raises(InvalidInputError):
        repo.update(s.id, s.version, SessionInput(other, s.scheduled_at))
    s2 = repo.update(s.id, s.version, SessionInput(pid, s.scheduled_at, planned_minutes=45, notes="bring results"))
    assert (s2.planned_minutes, s2.notes, s2.version) == (45, "bring results", s.version + 1)
