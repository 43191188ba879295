"""Courses, consent, indications, presets, the timeline and Today (SQLite and PostgreSQL)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from mesomap.storage.errors import ConflictError, InvalidInputError
from mesomap.storage.models import SessionStatus
from mesomap.storage.permissions import PermissionDeniedError
from mesomap.storage.repository.records import (
    ChecklistAnswerInput,
    ClinicLimitInput,
    ConsentInput,
    CourseInput,
    OutcomeInput,
    PlanInput,
)
from tests.records.conftest import TODAY, Clinic, at, template_ref, two_region_doc


def test_indications_consent_and_course(clinic: Clinic) -> None:
    rec = clinic.rec()
    codes = [i.code for i in rec.courses.indications()]
    assert codes[:3] == ["musculoskeletal_pain", "venous_insufficiency", "cellulite"]
    assert len(codes) == 8
    rec.courses.add_indication("Lipoedema", "Lipoedema")
    assert rec.courses.indications()[-1].code == "lipoedema"
    with pytest.raises(InvalidInputError):
        rec.courses.add_indication("cellulite", "again")
    consent = rec.courses.add_consent(ConsentInput(
        clinic.patient_id, TODAY, "v2.1", clinic.doctor.user_id, clinic.course_id))
    assert consent.taken_by_name == "Dr Test" and consent.form_version == "v2.1"
    withdrawn = rec.courses.update_consent(consent.id, consent.version, ConsentInput(
        clinic.patient_id, TODAY, "v2.1", clinic.doctor.user_id, clinic.course_id,
        withdrawn_on=TODAY))
    assert withdrawn.withdrawn_on == TODAY
    with pytest.raises(ConflictError):
        rec.courses.update_consent(consent.id, consent.version, ConsentInput(
            clinic.patient_id, TODAY))
    assert [c.id for c in rec.courses.list_consents(clinic.patient_id)] == [consent.id]
    course = rec.courses.create_course(CourseInput(clinic.patient_id, "alopecia", "scalp"))
    assert (course.planned_sessions, course.interval_days_min, course.interval_days_max) == (6, 7, 14)
    with pytest.raises(InvalidInputError) as info:
        rec.courses.create_course(CourseInput(clinic.patient_id, "scars", interval_days_min=10,
                                              interval_days_max=5))
    assert info.value.field == "interval_days_max"
    with pytest.raises(PermissionDeniedError):
        clinic.rec(clinic.desk).courses.create_course(CourseInput(clinic.patient_id, "scars"))


def test_next_due_and_timeline(clinic: Clinic) -> None:
    rec = clinic.rec()
    plan = rec.sessions.plan(PlanInput(clinic.patient_id, at(-10), template_ref(),
                                       course_id=clinic.course_id))
    sid = plan.session.id
    rec.sessions.save_map(sid, two_region_doc(clinic), plan.map_version)
    rec.sessions.answer_checklist(sid, [ChecklistAnswerInput(line.item_id, "no")
                                        for line in rec.sessions.checklist(sid).lines])
    rec.sessions.add_outcome(OutcomeInput(clinic.patient_id, "circumference_cm", Decimal("61.5"),
                                          at(-10, 9), "thigh", session_id=sid))
    with pytest.raises(InvalidInputError):
        rec.sessions.add_outcome(OutcomeInput(clinic.patient_id, "pain_score", Decimal("11"),
                                              at(-10, 9)))
    rec.sessions.mark_performed(sid, rec.sessions.open(sid).session.version, at(-10, 11))
    nxt = rec.sessions.plan(PlanInput(clinic.patient_id, at(0), template_ref(),
                                      course_id=clinic.course_id))
    assert nxt.session.number_in_course == 2
    course = rec.courses.get_course(clinic.course_id)
    assert course.sessions_done == 1 and course.last_session_on == at(-10, 11).date()
    assert course.next_due is not None
    assert course.next_due.earliest == at(-10).date() + dt.timedelta(days=7)
    points = rec.courses.timeline(clinic.patient_id)
    assert [p.session_id for p in points] == [sid, nxt.session.id]
    doc = two_region_doc(clinic)
    papules = sum(len(r.papules) for r in doc.regions)
    assert points[0].papules == papules and points[0].volume_ml > 0
    assert points[1].papules == 0 and points[1].days_since_previous == 10
    assert [o.label for o in points[0].outcomes] == ["thigh"]
    assert points[0].outcomes[0].value == Decimal("61.5")


def test_presets_shipped_and_editable(clinic: Clinic) -> None:
    cat = clinic.rec(clinic.admin).catalog
    presets = cat.list_presets()
    assert {p.code for p in presets} >= {"ied", "ids_nappage", "idp", "idp_pain", "idh"}
    idp = next(p for p in presets if p.code == "idp")
    assert idp.shipped and idp.spacing_min_cm == 1.0 and idp.spacing_max_cm == 2.0
    tech = idp.technique(spacing_cm=1.2)
    assert tech.preset_id == idp.id and tech.spacing_cm == 1.2 and tech.depth_mm == idp.depth_mm
    assert idp.overridden(tech) == {"spacing_cm"} and idp.overridden(idp.technique()) == set()
    from dataclasses import asdict, fields

    from mesomap.storage.repository.records import PresetInput

    values = {f.name: asdict(idp)[f.name] for f in fields(PresetInput)}
    values["depth_mm"] = 2.5
    edited = cat.update_preset(idp.id, idp.version, PresetInput(**values))
    assert edited.depth_mm == 2.5 and edited.version == idp.version + 1
    with pytest.raises(PermissionDeniedError):
        clinic.rec(clinic.desk).catalog.update_preset(idp.id, edited.version, PresetInput(**values))
    limit = cat.create_clinic_limit(ClinicLimitInput("face", "Face per session",
                                                     max_injections_per_session=10))
    assert [x.code for x in cat.list_clinic_limits()] == [limit.code]
    sid = clinic.rec().sessions.plan(PlanInput(clinic.patient_id, at(0), template_ref())).session.id
    clinic.rec().sessions.save_map(sid, two_region_doc(clinic), 1)
    assert "clinic_injections_session" in {w.code for w in clinic.rec().sessions.check(sid)}


def test_today_groups_every_state(clinic: Clinic) -> None:
    rec = clinic.rec()
    desk = clinic.rec(clinic.desk)
    ids = [rec.sessions.plan(PlanInput(clinic.patient_id, at(0, 9 + i), template_ref(),
                                       practitioner_id=clinic.doctor.user_id)).session.id
           for i in range(3)]
    unassigned = desk.sessions.plan(PlanInput(clinic.patient_id, at(0, 15))).session.id
    tomorrow = desk.sessions.plan(PlanInput(clinic.patient_id, at(1, 9))).session.id
    with pytest.raises(PermissionDeniedError):  # a map is clinical work
        desk.sessions.plan(PlanInput(clinic.patient_id, at(0, 16), template_ref()))
    desk.today.cancel(ids[1], rec.sessions.open(ids[1]).session.version, "flu")
    desk.today.no_show(ids[2], rec.sessions.open(ids[2]).session.version)
    moved = desk.today.reschedule(ids[0], rec.sessions.open(ids[0]).session.version, at(0, 14))
    assert moved.scheduled_at == at(0, 14)
    groups = desk.today.day(TODAY)
    assert [g.practitioner_name for g in groups] == ["Dr Test", None]
    assert [s.id for s in groups[0].sessions] == [ids[1], ids[2], ids[0]]  # by time
    assert groups[0].count(SessionStatus.CANCELLED) == 1
    assert groups[0].count(SessionStatus.NO_SHOW) == 1
    assert [s.id for s in groups[1].sessions] == [unassigned]
    assert tomorrow not in {s.id for g in groups for s in g.sessions}
    back = desk.today.reopen(ids[1], rec.sessions.open(ids[1]).session.version)
    assert back.status == SessionStatus.PLANNED
