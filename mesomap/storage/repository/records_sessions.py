"""Planning and performing sessions: create from a template and fit, repeat the previous one
(optionally with the lattice shifted between the old papules), save the map with its warnings,
the contraindication checklist, actual papules and volumes, outcome measures, adverse events.

::

    s = SessionRecords(db, actor)
    plan = s.plan(PlanInput(patient_id, scheduled_at, template=TemplateRef(...), course_id=...))
    plan = s.repeat(previous_session_id, scheduled_at, shift=True, exclusions=...)
    plan = s.open(session_id)                        # map, version, previous papules, warnings
    template = s.template(plan.map.template, library)  # the exact template it was planned on
    plan = s.save_map(session_id, doc, expected_map_version)   # expired lots refused
    s.check(session_id, doc) -> list[RecordWarning]  # live: lots, limits, interval, count
    s.checklist(session_id) / s.answer_checklist(session_id, [ChecklistAnswerInput...])
    s.default_actuals(session_id) / s.save_actuals(session_id, [RegionActualInput...])
    s.mark_performed(session_id, version, performed_at=None, actuals=None) -> SessionRecord
    s.add_outcome(OutcomeInput) / s.delete_outcome(id, version) / s.outcomes(patient_id)
    s.record_adverse_event(session_id, AdverseEventInput, reason="")  # after signing: amendment
    s.full(session_id) -> SessionFullRecord

A signed session refuses every change here (``SignedRecordError``); the database triggers of
``mesomap.storage.immutability`` refuse it too.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence
from decimal import Decimal

import numpy as np
import sqlalchemy as sa
from sqlalchemy.orm import Session

from mesomap.core.document import MapDocument, TemplateRef, map_totals
from mesomap.core.i18n import QT_TRANSLATE_NOOP
from mesomap.core.layout.types import ExclusionSpec
from mesomap.core.records import (
    RecordWarning,
    previous_papules,
    refused,
    repeat_map,
)
from mesomap.core.templates import Template, TemplateLibrary
from mesomap.storage import audit, template_snapshots
from mesomap.storage.errors import InvalidInputError, InvalidTransitionError, NotFoundError
from mesomap.storage.maps import load_map, map_version, save_map
from mesomap.storage.models import (
    AdverseEvent,
    ChecklistAnswer,
    ChecklistAnswerValue,
    ChecklistItem,
    OutcomeKind,
    OutcomeMeasure,
    Patient,
    RegionActual,
    RegionActualProduct,
    SessionMap,
    SessionStatus,
    Severity,
    TreatmentSession,
)
from mesomap.storage.permissions import Permission, require
from mesomap.storage.repository._common import get_or_404, lock_for_update
from mesomap.storage.repository.records_catalog import ensure_defaults
from mesomap.storage.repository.records_checks import (
    NOT_COUNTED,
    clear_expired_lots,
    plan_warnings,
)
from mesomap.storage.repository.records_common import (
    SESSION,
    RecordsBase,
    RuleRefusedError,
    enum_value,
    flush_or_conflict,
    local_day,
    names,
    require_aware,
    required_text,
    session_row,
    unsigned_session,
)
from mesomap.storage.repository.records_courses import course_or_none, outcome_record
from mesomap.storage.repository.records_reads import (
    actuals_of,
    checklist_view,
    event_record,
    has_map,
    planned_lot_volumes,
    session_amounts,
)
from mesomap.storage.repository.records_types import (
    ActualProductInput,
    AdverseEventInput,
    AdverseEventRecord,
    ChecklistAnswerInput,
    ChecklistView,
    OutcomeInput,
    OutcomeRecord,
    PlanInput,
    RegionActualInput,
    SessionFullRecord,
    SessionPlan,
)
from mesomap.storage.repository.sessions import SessionRecord, SessionRepository

_has_map = has_map
_event_record = event_record


class SessionRecords(RecordsBase):
    """Planning and performing sessions of one database, acting as ``actor``."""

    def _session_record(self, session_id: int) -> SessionRecord:
        return SessionRepository(self.db, self.actor).get(session_id)

    def _plan(self, session: Session, session_id: int, *, with_previous: bool = True,
              exclusions: Sequence[ExclusionSpec] = ()) -> SessionPlan:
        row = session_row(session, session_id)
        doc = load_map(session, session_id) if _has_map(session, session_id) else None
        previous: dict[str, np.ndarray] = {}
        if with_previous and row.previous_session_id is not None \
                and _has_map(session, row.previous_session_id):
            previous = previous_papules(load_map(session, row.previous_session_id))
        warnings = plan_warnings(session, row, doc, exclusions)
        return SessionPlan(session=self._session_record(session_id), map=doc,
                           map_version=map_version(session, session_id),
                           previous_papules=previous, warnings=tuple(warnings))

    def open(self, session_id: int, exclusions: Sequence[ExclusionSpec] = ()) -> SessionPlan:
        """The session as the editor opens it."""
        with self._read() as session:
            return self._plan(session, session_id, exclusions=exclusions)

    def template(self, ref: TemplateRef, library: TemplateLibrary) -> Template:
        """The exact template a stored map (``ref``) was planned on: the installed copy when
        its content matches, else the snapshot stored with it; ``TemplateUnavailableError``
        (a sentence for the user) when neither is. Reads only."""
        with self._read() as session:
            return template_snapshots.stored_template(session, library, ref)

    def _number_in_course(self, session: Session, course_id: int | None) -> int | None:
        if course_id is None:
            return None
        count = session.execute(
            sa.select(sa.func.count()).select_from(TreatmentSession)
            .where(TreatmentSession.course_id == course_id,
                   TreatmentSession.status.not_in(NOT_COUNTED))).scalar() or 0
        return int(count) + 1

    def _create(self, session: Session, data: PlanInput, previous_id: int | None) -> TreatmentSession:
        require_aware(data.scheduled_at, "scheduled_at")
        patient = get_or_404(session, Patient, data.patient_id, "patient")
        course = course_or_none(session, data.course_id)
        if course is not None and course.patient_id != patient.id:
            raise InvalidInputError(QT_TRANSLATE_NOOP(
                "storage", "This course belongs to another patient."), field="course_id")
        row = TreatmentSession(
            patient_id=patient.id, course_id=data.course_id, practitioner_id=data.practitioner_id,
            scheduled_at=data.scheduled_at, planned_minutes=data.planned_minutes,
            number_in_course=self._number_in_course(session, data.course_id),
            previous_session_id=previous_id, notes=data.notes, status=SessionStatus.PLANNED,
            created_by=self.actor_id, updated_by=self.actor_id)
        session.add(row)
        session.flush()
        self._audit(session, audit.Action.CREATE, SESSION, row.id, patient.id,
                    {"scheduled_at": row.scheduled_at, "course_id": row.course_id,
                     "previous_session_id": previous_id})
        return row

    def plan(self, data: PlanInput) -> SessionPlan:
        """A new planned session; with ``data.template`` (a ``TemplateRef`` with the patient
        fit) it gets an empty map on that template."""
        permission = Permission.CLINICAL_WRITE if data.template is not None \
            else Permission.SESSION_SCHEDULE
        with self._write(permission) as session:
            row = self._create(session, data, None)
            if data.template is not None:
                save_map(session, row.id, MapDocument(data.template), actor_id=self.actor_id)
            sid = row.id
        return self.open(sid)

    def repeat(self, previous_session_id: int, scheduled_at: dt.datetime, *, shift: bool = True,
               exclusions: Sequence[ExclusionSpec] = (), practitioner_id: int | None = None,
               planned_minutes: int | None = None, template: Template | None = None) -> SessionPlan:
        """A new session from the previous one: same patient, course, template, fit, regions
        (same region ids), techniques and mixtures. ``shift``: papules laid out again between
        the previous ones (pass the template's ``avoid_exclusions()``); otherwise copied.
        A lot that has expired by ``scheduled_at`` is taken out of the copied mixture (the
        product stays) and the returned plan starts with a ``lot_cleared`` warning for it."""
        with self.db.session(read_only=True) as session:
            prev = session_row(session, previous_session_id)
            prev_doc = load_map(session, previous_session_id) \
                if _has_map(session, previous_session_id) else None
            data = PlanInput(patient_id=prev.patient_id, scheduled_at=scheduled_at,
                             practitioner_id=practitioner_id if practitioner_id is not None
                             else prev.practitioner_id,
                             course_id=prev.course_id,
                             planned_minutes=planned_minutes or prev.planned_minutes)
        doc = repeat_map(prev_doc, shift=shift, exclusions=exclusions, template=template) \
            if prev_doc else None
        cleared: list[RecordWarning] = []
        with self._write(Permission.CLINICAL_WRITE) as session:
            row = self._create(session, data, previous_session_id)
            if doc is not None:
                doc, cleared = clear_expired_lots(session, doc, local_day(row.scheduled_at))
                self._refuse_expired(session, row, doc)
                save_map(session, row.id, doc, actor_id=self.actor_id)
            sid = row.id
        plan = self.open(sid, exclusions)
        return dataclasses.replace(plan, warnings=(*cleared, *plan.warnings))

    def _refuse_expired(self, session: Session, row: TreatmentSession, doc: MapDocument,
                        on: dt.date | None = None) -> None:
        from mesomap.storage.repository.records_checks import lot_warnings

        bad = refused(lot_warnings(session, doc, on or local_day(row.scheduled_at)))
        if bad:
            raise RuleRefusedError(bad[0], field="mixture")

    def save_map(self, session_id: int, doc: MapDocument, expected_map_version: int | None,
                 exclusions: Sequence[ExclusionSpec] = ()) -> SessionPlan:
        """Store the edited map (``ConflictError`` if someone saved in between; an expired lot
        is refused with ``InvalidInputError(field="mixture")``); returns the plan with its new
        version and warnings."""
        with self._write(Permission.CLINICAL_WRITE) as session:
            row = unsigned_session(session, session_id)
            self._refuse_expired(session, row, doc)
            save_map(session, session_id, doc, expected_version=expected_map_version,
                     actor_id=self.actor_id)  # maps.save_map writes the audit entry
        return self.open(session_id, exclusions)

    def check(self, session_id: int, doc: MapDocument | None = None,
              exclusions: Sequence[ExclusionSpec] = ()) -> list[RecordWarning]:
        """Warnings of the session with ``doc`` (default: the stored map), for live display."""
        with self._read() as session:
            return plan_warnings(session, session_row(session, session_id), doc, exclusions)

    # -- checklist ------------------------------------------------------------------------
    def checklist(self, session_id: int) -> ChecklistView:
        with self.db.session() as session:  # may write the shipped items the first time
            require(session, self.actor, Permission.PATIENT_READ)
            session_row(session, session_id)
            ensure_defaults(session)
            return checklist_view(session, session_id)

    def answer_checklist(self, session_id: int, answers: Sequence[ChecklistAnswerInput]) -> ChecklistView:
        """Store answers (replacing earlier answers to the same items)."""
        now = dt.datetime.now(dt.UTC)
        with self._write(Permission.CLINICAL_WRITE) as session:
            row = unsigned_session(session, session_id)
            for a in answers:
                value = enum_value(ChecklistAnswerValue, a.answer, "answer")
                item = get_or_404(session, ChecklistItem, a.item_id, "checklist item")
                existing = session.execute(sa.select(ChecklistAnswer).where(
                    ChecklistAnswer.session_id == session_id,
                    ChecklistAnswer.item_id == a.item_id)).scalar()
                if existing is None:
                    session.add(ChecklistAnswer(
                        session_id=session_id, item_id=item.id, item_label=item.label,
                        answer=value, note=a.note, answered_by_id=self.actor_id, answered_at=now,
                        created_by=self.actor_id, updated_by=self.actor_id))
                else:
                    existing.answer = value
                    existing.note = a.note
                    existing.answered_by_id = self.actor_id
                    existing.answered_at = now
                    existing.updated_by = self.actor_id
            session.flush()
            self._audit(session, audit.Action.CHANGE, "checklist_answer", session_id,
                        row.patient_id, {"answers": {str(a.item_id): a.answer for a in answers}})
            return checklist_view(session, session_id)

    # -- actuals and performing -------------------------------------------------------------
    def default_actuals(self, session_id: int) -> list[RegionActualInput]:
        """What the plan says per region (papules, total volume per product and lot)."""
        with self._read() as session:
            if not _has_map(session, session_id):
                return []
            doc = load_map(session, session_id)
        totals = map_totals(doc)
        out = []
        for region, rt in zip(doc.regions, totals.regions, strict=True):
            products = tuple(
                ActualProductInput(m.product_name, m.volume_per_papule_ml * rt.injections,
                                   m.product_id, m.lot_id, m.lot_number) for m in region.mixture)
            out.append(RegionActualInput(region.id, region.name, rt.injections, products))
        return out

    def _write_actuals(self, session: Session, session_id: int,
                       actuals: Sequence[RegionActualInput], when: dt.datetime | None) -> None:
        for old in session.scalars(sa.select(RegionActual).where(RegionActual.session_id == session_id)):
            session.delete(old)
        session.flush()
        for a in actuals:
            if a.papules_performed < 0:
                raise InvalidInputError(QT_TRANSLATE_NOOP(
                    "storage", "The number of papules cannot be negative."), field="papules_performed")
            actual = RegionActual(session_id=session_id, region_uid=a.region_uid,
                                  region_name=a.region_name, papules_performed=a.papules_performed,
                                  performed_at=when, notes=a.notes, created_by=self.actor_id,
                                  updated_by=self.actor_id)
            for i, p in enumerate(a.products):
                if p.volume_total_ml < 0:
                    raise InvalidInputError(QT_TRANSLATE_NOOP(
                        "storage", "A volume cannot be negative."), field="volume_total_ml")
                actual.products.append(RegionActualProduct(
                    position=i, product_id=p.product_id, lot_id=p.lot_id,
                    product_name=p.product_name, lot_number=p.lot_number,
                    volume_total_ml=Decimal(p.volume_total_ml)))
            session.add(actual)
        session.flush()

    def save_actuals(self, session_id: int, actuals: Sequence[RegionActualInput]) -> None:
        """Record what was actually done per region (replaces earlier actuals)."""
        with self._write(Permission.CLINICAL_WRITE) as session:
            row = unsigned_session(session, session_id)
            self._write_actuals(session, session_id, actuals, row.performed_at)
            self._audit(session, audit.Action.CHANGE, "region_actual", session_id,
                        row.patient_id, {"regions": len(actuals)})

    def mark_performed(self, session_id: int, expected_version: int,
                       performed_at: dt.datetime | None = None,
                       actuals: Sequence[RegionActualInput] | None = None) -> SessionRecord:
        """planned → performed. Refused until the checklist is complete, and when a lot of the
        map is expired on the day. ``actuals`` default to the plan when none are recorded."""
        when = performed_at or dt.datetime.now(dt.UTC)
        require_aware(when, "performed_at")
        defaults = self.default_actuals(session_id) if actuals is None else list(actuals)
        with self._write(Permission.CLINICAL_WRITE) as session:
            row = lock_for_update(session, TreatmentSession, session_id, expected_version, SESSION)
            if row.status != SessionStatus.PLANNED:
                raise InvalidTransitionError(current=str(SessionStatus(row.status).value),
                                             requested=SessionStatus.PERFORMED.value)
            ensure_defaults(session)
            problems = checklist_view(session, session_id).problems
            if problems:
                raise RuleRefusedError(problems[0], field="checklist")
            if _has_map(session, session_id):
                self._refuse_expired(session, row, load_map(session, session_id),
                                     on=local_day(when))
            has_actuals = session.execute(sa.select(RegionActual.id).where(
                RegionActual.session_id == session_id).limit(1)).first() is not None
            if actuals is not None or not has_actuals:
                self._write_actuals(session, session_id, defaults, when)
            row.status = SessionStatus.PERFORMED
            row.performed_at = when
            row.updated_by = self.actor_id
            flush_or_conflict(session, TreatmentSession, session_id, SESSION)
            self._audit(session, audit.Action.CHANGE, SESSION, session_id, row.patient_id,
                        {"changes": {"status": ["planned", "performed"]}})
        return self._session_record(session_id)

    # -- outcomes ---------------------------------------------------------------------------
    def add_outcome(self, data: OutcomeInput) -> OutcomeRecord:
        """An outcome measure (pain score 0–10, a circumference in cm, a free score)."""
        require_aware(data.measured_at, "measured_at")
        kind = enum_value(OutcomeKind, data.kind, "kind")
        value = Decimal(data.value)
        if kind == OutcomeKind.PAIN_SCORE and not Decimal(0) <= value <= Decimal(10):
            raise InvalidInputError(QT_TRANSLATE_NOOP(
                "storage", "A pain score is between 0 and 10."), field="value")
        if kind == OutcomeKind.CIRCUMFERENCE_CM and value <= 0:
            raise InvalidInputError(QT_TRANSLATE_NOOP(
                "storage", "A circumference must be more than 0 cm."), field="value")
        with self._write(Permission.CLINICAL_WRITE) as session:
            get_or_404(session, Patient, data.patient_id, "patient")
            if data.session_id is not None:
                unsigned_session(session, data.session_id)
            row = OutcomeMeasure(patient_id=data.patient_id, course_id=data.course_id,
                                 session_id=data.session_id, kind=kind, label=data.label,
                                 value=value, measured_at=data.measured_at, notes=data.notes,
                                 created_by=self.actor_id, updated_by=self.actor_id)
            session.add(row)
            session.flush()
            self._audit(session, audit.Action.CREATE, "outcome_measure", row.id, data.patient_id,
                        {"kind": kind.value, "session_id": data.session_id})
            return outcome_record(row)

    def delete_outcome(self, outcome_id: int, expected_version: int) -> None:
        with self._write(Permission.CLINICAL_WRITE) as session:
            row = lock_for_update(session, OutcomeMeasure, outcome_id, expected_version, "outcome")
            if row.session_id is not None:
                unsigned_session(session, row.session_id)
            session.delete(row)
            session.flush()
            self._audit(session, audit.Action.DELETE, "outcome_measure", outcome_id,
                        row.patient_id, {})

    def outcomes(self, patient_id: int) -> list[OutcomeRecord]:
        with self._read() as session:
            return [outcome_record(o) for o in session.scalars(
                sa.select(OutcomeMeasure).where(OutcomeMeasure.patient_id == patient_id)
                .order_by(OutcomeMeasure.measured_at, OutcomeMeasure.id))]

    # -- adverse events ---------------------------------------------------------------------
    def record_adverse_event(self, session_id: int, data: AdverseEventInput,
                             reason: str = "") -> AdverseEventRecord:
        """An adverse event of the session. On a signed session it is recorded as an
        amendment, which needs a ``reason`` (``InvalidInputError(field="reason")``)."""
        from mesomap.storage.repository.records_signing import SigningRecords
        from mesomap.storage.repository.records_types import AmendmentInput

        with self.db.session(read_only=True) as session:
            signed = session_row(session, session_id).status == SessionStatus.SIGNED
        if signed:
            amendment = SigningRecords(self.db, self.actor).amend(
                session_id, AmendmentInput(reason=reason, target="adverse_event"), data)
            assert amendment.adverse_event is not None
            return amendment.adverse_event
        required_text(data.kind, "kind")
        require_aware(data.onset_at, "onset_at")
        with self._write(Permission.CLINICAL_WRITE) as session:
            row = unsigned_session(session, session_id)
            event = AdverseEvent(patient_id=row.patient_id, session_id=session_id,
                                 kind=data.kind.strip(),
                                 severity=enum_value(Severity, data.severity, "severity"),
                                 onset_at=data.onset_at, description=data.description,
                                 action_taken=data.action_taken, recorded_by_id=self.actor_id,
                                 recorded_at=dt.datetime.now(dt.UTC), created_by=self.actor_id,
                                 updated_by=self.actor_id)
            session.add(event)
            session.flush()
            self._audit(session, audit.Action.CREATE, "adverse_event", event.id, row.patient_id,
                        {"session_id": session_id, "severity": event.severity})
            return _event_record(event, names(session, {self.actor_id}))

    # -- everything -------------------------------------------------------------------------
    def full(self, session_id: int) -> SessionFullRecord:
        """The whole record of one session: map, checklist, actuals, events, outcomes, and the
        amendments and signatures beside it."""
        from mesomap.storage.repository.records_signing import amendments_of, signatures_of

        with self._read() as session:
            row = session_row(session, session_id)
            events = session.scalars(sa.select(AdverseEvent).where(
                AdverseEvent.session_id == session_id, AdverseEvent.amendment_id.is_(None))
                .order_by(AdverseEvent.recorded_at, AdverseEvent.id)).all()
            who = names(session, {e.recorded_by_id for e in events})
            outcomes = session.scalars(sa.select(OutcomeMeasure).where(
                OutcomeMeasure.session_id == session_id)
                .order_by(OutcomeMeasure.measured_at, OutcomeMeasure.id)).all()
            warnings = () if row.status == SessionStatus.SIGNED else tuple(
                plan_warnings(session, row, None))
            has_map = session.execute(sa.select(SessionMap.id).where(
                SessionMap.session_id == session_id)).scalar() is not None
            return SessionFullRecord(
                session=self._session_record(session_id),
                map=load_map(session, session_id) if has_map else None,
                map_version=map_version(session, session_id),
                checklist=checklist_view(session, session_id),
                actuals=actuals_of(session, session_id),
                events=tuple(_event_record(e, who) for e in events),
                outcomes=tuple(outcome_record(o) for o in outcomes),
                amendments=amendments_of(session, session_id),
                signatures=signatures_of(session, session_id),
                warnings=warnings)


__all__ = ["NotFoundError", "SessionRecords", "checklist_view", "planned_lot_volumes",
           "session_amounts"]
