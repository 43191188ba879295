"""Treatment courses, consent records, the indication list and the patient's timeline.

::

    courses = CourseRecords(db, actor)
    courses.indications() -> list[IndicationRecord]            # shipped + the clinic's own
    courses.add_indication("lipoedema", "Lipoedema") -> IndicationRecord
    list_indications(session) / find_indication(indications, code)   # a course's title, never its code
    courses.list_consents(patient_id) / add_consent(ConsentInput) / update_consent(id, v, ConsentInput)
    courses.list_courses(patient_id) / get_course(id) -> CourseRecord   # with next due window
    courses.create_course(CourseInput) / update_course(id, version, CourseInput)
    courses.timeline(patient_id) -> list[TimelinePoint]         # the course plot's data

The clinic's own indications are kept as JSON in the clinic setting ``records/indications``.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import fields
from decimal import Decimal
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from mesomap.core.i18n import QT_TRANSLATE_NOOP
from mesomap.core.records import course_count_warnings, next_due
from mesomap.core.records.courses import DEFAULT_INDICATIONS
from mesomap.storage import audit
from mesomap.storage.errors import InvalidInputError, NotFoundError
from mesomap.storage.models import (
    ClinicSetting,
    OutcomeMeasure,
    Patient,
    SessionStatus,
    SettingType,
    TreatmentCourse,
    TreatmentSession,
)
from mesomap.storage.models import ConsentRecord as ConsentRow
from mesomap.storage.permissions import Permission
from mesomap.storage.repository._common import get_or_404, lock_for_update
from mesomap.storage.repository.records_common import (
    RecordsBase,
    flush_or_conflict,
    local_day,
    names,
    required_text,
)
from mesomap.storage.repository.records_types import (
    ConsentInput,
    ConsentRecord,
    CourseInput,
    CourseRecord,
    IndicationRecord,
    OutcomeRecord,
    TimelinePoint,
)

INDICATIONS_KEY = "records/indications"
NOT_COUNTED = (SessionStatus.CANCELLED, SessionStatus.NO_SHOW)
DONE = (SessionStatus.PERFORMED, SessionStatus.SIGNED)
_CONSENT_FIELDS = tuple(f.name for f in fields(ConsentInput))
_COURSE_FIELDS = tuple(f.name for f in fields(CourseInput))


def outcome_record(row: OutcomeMeasure) -> OutcomeRecord:
    return OutcomeRecord(
        patient_id=row.patient_id, kind=str(row.kind.value if hasattr(row.kind, "value") else row.kind),
        value=row.value, measured_at=row.measured_at, label=row.label, session_id=row.session_id,
        course_id=row.course_id, notes=row.notes, id=row.id, version=row.version)


def _own_indications(session: Session) -> list[dict[str, str]]:
    """The clinic's own indications (JSON in the clinic setting ``records/indications``)."""
    text = session.execute(
        sa.select(ClinicSetting.value).where(ClinicSetting.key == INDICATIONS_KEY)).scalar()
    if not text:
        return []
    try:
        data = json.loads(text)
    except ValueError:
        return []
    return [d for d in data if isinstance(d, dict) and "code" in d and "label" in d]


def list_indications(session: Session) -> list[IndicationRecord]:
    """Every indication a course of this database can name: the shipped ones (``shipped``:
    the label is translated with context "records"), on a demonstration database the
    indications its fictional courses were seeded with (titles from the demo catalogue), then
    the clinic's own."""
    from mesomap.storage.schema import read_is_demo

    found = [IndicationRecord(code, label, True) for code, label in DEFAULT_INDICATIONS]
    if read_is_demo(session.connection()):
        from mesomap.storage.seed_catalogue import DEMO_INDICATIONS

        known = {i.code for i in found}
        found += [IndicationRecord(d.code, d.name, False) for d in DEMO_INDICATIONS
                  if d.code not in known]
    known = {i.code for i in found}
    found += [IndicationRecord(str(d["code"]), str(d["label"]), False)
              for d in _own_indications(session) if d["code"] not in known]
    return found


def find_indication(indications: Sequence[IndicationRecord], code: str) -> IndicationRecord:
    """The indication ``code`` names; a code no longer in the list (a clinic's indication
    removed from the setting) gets a readable title made from the code itself
    (``"lipo_oedema"`` → ``"Lipo oedema"``), never the bare code."""
    for indication in indications:
        if indication.code == code:
            return indication
    words = code.replace("_", " ").strip()
    return IndicationRecord(code, words[:1].upper() + words[1:], False)


class CourseRecords(RecordsBase):
    """Courses, consents and indications of one database, acting as ``actor``."""

    # -- indications ------------------------------------------------------------------------
    def _own_indications(self, session: Session) -> list[dict[str, str]]:
        return _own_indications(session)

    def indications(self) -> list[IndicationRecord]:
        """Shipped indications (labels to translate with context "records"), then, on a
        demonstration database, the demo courses' own indications, then the clinic's."""
        with self.db.session(read_only=True) as session:
            return list_indications(session)

    def add_indication(self, code: str, label: str) -> IndicationRecord:
        """Extend the clinic's list (CLINICAL_WRITE). Codes are unique."""
        code = required_text(code, "code").lower().replace(" ", "_")
        label = required_text(label, "label")
        with self._write(Permission.CLINICAL_WRITE) as session:
            own = self._own_indications(session)
            if code in {i.code for i in list_indications(session)}:
                raise InvalidInputError(QT_TRANSLATE_NOOP(
                    "storage", "This indication is already in the list."), field="code")
            own.append({"code": code, "label": label})
            text = json.dumps(own, ensure_ascii=False, sort_keys=True)
            row = session.get(ClinicSetting, INDICATIONS_KEY)
            if row is None:
                session.add(ClinicSetting(key=INDICATIONS_KEY, value_type=SettingType.JSON,
                                          value=text, created_by=self.actor_id,
                                          updated_by=self.actor_id))
            else:
                row.value = text
                row.updated_by = self.actor_id
            session.flush()
            self._audit(session, audit.Action.CHANGE, "clinic_setting", INDICATIONS_KEY, None,
                        {"added": code})
        return IndicationRecord(code, label, False)

    # -- consent ----------------------------------------------------------------------------
    def _consent(self, row: ConsentRow, taken_by: dict[int, str]) -> ConsentRecord:
        return ConsentRecord(**{n: getattr(row, n) for n in _CONSENT_FIELDS}, id=row.id,
                             version=row.version,
                             taken_by_name=taken_by.get(row.taken_by_id) if row.taken_by_id else None)

    def list_consents(self, patient_id: int) -> list[ConsentRecord]:
        with self._read() as session:
            rows = session.scalars(sa.select(ConsentRow).where(ConsentRow.patient_id == patient_id)
                                   .order_by(ConsentRow.consented_on, ConsentRow.id)).all()
            who = names(session, {r.taken_by_id for r in rows})
            return [self._consent(r, who) for r in rows]

    def add_consent(self, data: ConsentInput) -> ConsentRecord:
        """Record consent (date, form version, who took it), for a course or in general."""
        with self._write(Permission.CLINICAL_WRITE) as session:
            get_or_404(session, Patient, data.patient_id, "patient")
            row = ConsentRow(**{n: getattr(data, n) for n in _CONSENT_FIELDS},
                             created_by=self.actor_id, updated_by=self.actor_id)
            session.add(row)
            session.flush()
            self._audit(session, audit.Action.CREATE, "consent_record", row.id, data.patient_id,
                        {"consented_on": data.consented_on, "form_version": data.form_version,
                         "course_id": data.course_id})
            return self._consent(row, names(session, {row.taken_by_id}))

    def update_consent(self, consent_id: int, expected_version: int, data: ConsentInput) -> ConsentRecord:
        """Correct a consent record or note its withdrawal (``withdrawn_on``)."""
        with self._write(Permission.CLINICAL_WRITE) as session:
            row = lock_for_update(session, ConsentRow, consent_id, expected_version, "consent")
            before = {n: getattr(row, n) for n in _CONSENT_FIELDS}
            for n in _CONSENT_FIELDS:
                setattr(row, n, getattr(data, n))
            row.updated_by = self.actor_id
            flush_or_conflict(session, ConsentRow, consent_id, "consent")
            after = {n: getattr(data, n) for n in _CONSENT_FIELDS}
            self._audit(session, audit.Action.CHANGE, "consent_record", consent_id,
                        row.patient_id, {"changes": audit.changes(before, after, redact={"notes"})})
            return self._consent(row, names(session, {row.taken_by_id}))

    # -- courses ----------------------------------------------------------------------------
    def _validate(self, data: CourseInput) -> None:
        required_text(data.indication, "indication")
        if data.planned_sessions < 1:
            raise InvalidInputError(QT_TRANSLATE_NOOP(
                "storage", "A course has at least one planned session."), field="planned_sessions")
        if data.interval_days_min < 0:
            raise InvalidInputError(QT_TRANSLATE_NOOP(
                "storage", "The interval cannot be negative."), field="interval_days_min")
        if data.interval_days_max < data.interval_days_min:
            raise InvalidInputError(QT_TRANSLATE_NOOP(
                "storage", "The longest interval must not be shorter than the shortest."),
                field="interval_days_max")

    def _course(self, session: Session, row: TreatmentCourse) -> CourseRecord:
        found = session.execute(
            sa.select(TreatmentSession.status, TreatmentSession.scheduled_at,
                      TreatmentSession.performed_at)
            .where(TreatmentSession.course_id == row.id)).all()
        counted = [f for f in found if f.status not in NOT_COUNTED]
        done = [f for f in counted if f.status in DONE]
        last = max((local_day(f.performed_at or f.scheduled_at) for f in done), default=None)
        window = next_due(last, row.interval_days_min, row.interval_days_max, row.started_on)
        return CourseRecord(**{n: getattr(row, n) for n in _COURSE_FIELDS}, id=row.id,
                            version=row.version, sessions_counted=len(counted),
                            sessions_done=len(done), last_session_on=last, next_due=window,
                            warnings=tuple(course_count_warnings(len(counted),
                                                                 row.planned_sessions)))

    def list_courses(self, patient_id: int) -> list[CourseRecord]:
        with self._read() as session:
            rows = session.scalars(sa.select(TreatmentCourse)
                                   .where(TreatmentCourse.patient_id == patient_id)
                                   .order_by(TreatmentCourse.started_on, TreatmentCourse.id)).all()
            return [self._course(session, r) for r in rows]

    def get_course(self, course_id: int) -> CourseRecord:
        with self._read() as session:
            return self._course(session, get_or_404(session, TreatmentCourse, course_id, "course"))

    def create_course(self, data: CourseInput) -> CourseRecord:
        self._validate(data)
        with self._write(Permission.CLINICAL_WRITE) as session:
            get_or_404(session, Patient, data.patient_id, "patient")
            row = TreatmentCourse(**{n: getattr(data, n) for n in _COURSE_FIELDS},
                                  created_by=self.actor_id, updated_by=self.actor_id)
            session.add(row)
            session.flush()
            self._audit(session, audit.Action.CREATE, "treatment_course", row.id, data.patient_id,
                        {"indication": data.indication, "planned_sessions": data.planned_sessions})
            return self._course(session, row)

    def update_course(self, course_id: int, expected_version: int, data: CourseInput) -> CourseRecord:
        self._validate(data)
        with self._write(Permission.CLINICAL_WRITE) as session:
            row = lock_for_update(session, TreatmentCourse, course_id, expected_version, "course")
            if data.patient_id != row.patient_id:
                raise InvalidInputError(QT_TRANSLATE_NOOP(
                    "storage", "A course cannot be moved to another patient."), field="patient_id")
            before = {n: getattr(row, n) for n in _COURSE_FIELDS}
            for n in _COURSE_FIELDS:
                setattr(row, n, getattr(data, n))
            row.updated_by = self.actor_id
            flush_or_conflict(session, TreatmentCourse, course_id, "course")
            after = {n: getattr(data, n) for n in _COURSE_FIELDS}
            self._audit(session, audit.Action.CHANGE, "treatment_course", course_id,
                        row.patient_id, {"changes": audit.changes(before, after, redact={"notes"})})
            return self._course(session, row)

    # -- timeline ---------------------------------------------------------------------------
    def timeline(self, patient_id: int, course_id: int | None = None) -> list[TimelinePoint]:
        """Sessions of the patient (or of one course) by time, with papules and volume (actual
        when recorded, else planned) and the outcome measures of each session."""
        from mesomap.storage.repository.records_reads import session_amounts

        with self._read() as session:
            stmt = sa.select(TreatmentSession).where(TreatmentSession.patient_id == patient_id)
            if course_id is not None:
                stmt = stmt.where(TreatmentSession.course_id == course_id)
            rows: Sequence[TreatmentSession] = session.scalars(
                stmt.order_by(TreatmentSession.scheduled_at, TreatmentSession.id)).all()
            outcomes: dict[int, list[OutcomeRecord]] = {}
            for o in session.scalars(sa.select(OutcomeMeasure)
                                     .where(OutcomeMeasure.patient_id == patient_id)
                                     .order_by(OutcomeMeasure.measured_at, OutcomeMeasure.id)):
                if o.session_id is not None:
                    outcomes.setdefault(o.session_id, []).append(outcome_record(o))
            points: list[TimelinePoint] = []
            previous: Any = None
            for r in rows:
                papules, volume = session_amounts(session, r.id)
                when = r.performed_at or r.scheduled_at
                gap = None
                if r.status not in NOT_COUNTED:
                    if previous is not None:
                        gap = (local_day(when) - local_day(previous)).days
                    previous = when
                points.append(TimelinePoint(
                    session_id=r.id, course_id=r.course_id, scheduled_at=r.scheduled_at,
                    performed_at=r.performed_at, status=SessionStatus(r.status), papules=papules,
                    volume_ml=volume if volume is not None else Decimal("0.0000"),
                    days_since_previous=gap, outcomes=tuple(outcomes.get(r.id, ()))))
            return points


def course_or_none(session: Session, course_id: int | None) -> TreatmentCourse | None:
    if course_id is None:
        return None
    row = session.get(TreatmentCourse, course_id)
    if row is None:
        raise NotFoundError(record="course")
    return row
