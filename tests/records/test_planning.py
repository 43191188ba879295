"""Planning and performing on SQLite and PostgreSQL: lots refused/flagged, limit, interval and
count warnings from stored data, lot recall, repeat with shift, checklist before performed."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import numpy as np
import pytest

from mesomap.core.document import MapDocument
from mesomap.core.records import mean_distance_to_previous
from mesomap.storage.errors import InvalidInputError, InvalidTransitionError
from mesomap.storage.repository.records import (
    ChecklistAnswerInput,
    PlanInput,
    RegionActualInput,
)
from tests.records.conftest import (
    TODAY,
    Clinic,
    at,
    mix,
    square_region,
    template_ref,
    two_region_doc,
)


def planned(clinic: Clinic, days: int, doc: MapDocument | None = None, course: bool = True) -> int:
    rec = clinic.rec()
    plan = rec.sessions.plan(PlanInput(clinic.patient_id, at(days), template_ref(),
                                       practitioner_id=clinic.doctor.user_id,
                                       course_id=clinic.course_id if course else None))
    if doc is not None:
        rec.sessions.save_map(plan.session.id, doc, plan.map_version)
    return plan.session.id


def codes(clinic: Clinic, sid: int) -> set[str]:
    return {w.code for w in clinic.rec().sessions.check(sid)}


def test_expired_lot_refused_expiring_flagged(clinic: Clinic) -> None:
    rec = clinic.rec()
    sid = planned(clinic, 0)
    version = rec.sessions.open(sid).map_version
    bad = MapDocument(template_ref(), [square_region("a", 0, 2, mix(clinic, "expired"))])
    with pytest.raises(InvalidInputError) as info:
        rec.sessions.save_map(sid, bad, version)
    assert info.value.field == "mixture" and "A-OLD" in info.value.message
    assert info.value.translated(lambda context, text: f"[{context}] {text}").startswith("[records]")
    assert rec.sessions.open(sid).map == MapDocument(template_ref())  # nothing stored
    soon = MapDocument(template_ref(), [square_region("a", 0, 2, mix(clinic, "expiring"))])
    plan = rec.sessions.save_map(sid, soon, version)
    flagged = [w for w in plan.warnings if w.code == "lot_expiring"]
    assert len(flagged) == 1 and flagged[0].severity == "info" and "B-SOON" in flagged[0].message
    assert rec.catalog.check_lot(clinic.lot_expired).warning.severity == "refused"  # type: ignore[union-attr]
    usable = {c.lot_number for c in rec.catalog.usable_lots(clinic.product_a)}
    assert usable == {"A-GOOD"}


def test_product_limits_warn_without_capping(clinic: Clinic) -> None:
    big = MapDocument(template_ref(), [square_region("big", 0, 10, mix(clinic, "good", "0.05"))])
    n = len(big.regions[0].papules)
    assert n > 60
    sid = planned(clinic, 0, big)
    found = codes(clinic, sid)
    assert {"product_volume_session", "product_injections_session"} <= found
    stored = clinic.rec().sessions.open(sid).map
    assert stored is not None and len(stored.regions[0].papules) == n  # nothing capped
    small = MapDocument(template_ref(), [square_region("s", 0, 3, mix(clinic, "good", "0.01"))])
    sid2 = planned(clinic, 3, small)
    found2 = codes(clinic, sid2)
    assert "product_min_days" in found2  # 3 days after the previous use, limit 7
    assert "product_volume_session" not in found2
    sid3 = planned(clinic, 30, small)
    assert "product_sessions_course" in codes(clinic, sid3)  # 3rd session, limit 2
    assert "product_min_days" not in codes(clinic, sid3)


def test_interval_and_course_count_warnings(clinic: Clinic) -> None:
    first = planned(clinic, 0)
    assert codes(clinic, first) == set()
    second = planned(clinic, 3)
    assert "interval_too_short" in codes(clinic, second)
    third = planned(clinic, 12)
    assert "interval_too_short" not in codes(clinic, third)
    fourth = planned(clinic, 22)
    assert "course_count_exceeded" in codes(clinic, fourth)  # planned for 3
    course = clinic.rec().courses.get_course(clinic.course_id)
    assert course.sessions_counted == 4
    assert [w.code for w in course.warnings] == ["course_count_exceeded"]
    # cancelling one brings the count back within the plan
    rec = clinic.rec(clinic.desk)
    s = rec.today.cancel(fourth, clinic.rec().sessions.open(fourth).session.version, "ill")
    assert s.status.value == "cancelled"
    assert clinic.rec().courses.get_course(clinic.course_id).warnings == ()


def test_lot_recall_finds_exactly_the_sessions(clinic: Clinic) -> None:
    uses_b = planned(clinic, 0, two_region_doc(clinic))  # cocktail with B-GOOD
    only_a = planned(clinic, 8, MapDocument(template_ref(), [
        square_region("a", 0, 2, mix(clinic, "good"))]))
    soon = planned(clinic, 16, MapDocument(template_ref(), [
        square_region("a", 0, 2, mix(clinic, "expiring"))]), course=False)
    cancelled = planned(clinic, 20, two_region_doc(clinic), course=False)
    rec = clinic.rec()
    rec.today.cancel(cancelled, rec.sessions.open(cancelled).session.version)
    hits = rec.catalog.recall(clinic.lot_good_b)
    assert [h.session_id for h in hits] == [uses_b]
    assert hits[0].patient_id == clinic.patient_id and hits[0].region_names == ("forehead",)
    doc = rec.sessions.open(uses_b).map
    assert doc is not None
    expected = len(doc.regions[1].papules) * Decimal("0.03")
    assert hits[0].planned_volume_ml == expected
    assert {h.session_id for h in rec.catalog.recall(clinic.lot_good_a)} == {uses_b, only_a}
    assert [h.session_id for h in rec.catalog.recall(clinic.lot_expiring)] == [soon]
    assert rec.catalog.recall(clinic.lot_good_a, include_planned=False) == []
    # after performing, the actuals also name the lot
    rec.sessions.answer_checklist(uses_b, [ChecklistAnswerInput(line.item_id, "no")
                                           for line in rec.sessions.checklist(uses_b).lines])
    rec.sessions.mark_performed(uses_b, rec.sessions.open(uses_b).session.version, at(0, 11))
    done = rec.catalog.recall(clinic.lot_good_b, include_planned=False)
    assert [h.session_id for h in done] == [uses_b] and done[0].actual_volume_ml == expected


def test_repeat_with_shift_puts_papules_between_the_old(clinic: Clinic) -> None:
    doc = MapDocument(template_ref(), [square_region("q", 0, 10, mix(clinic, "good"), 1.0)])
    first = planned(clinic, 0, doc)
    rec = clinic.rec()
    plan = rec.sessions.repeat(first, at(10), shift=True)
    assert plan.session.previous_session_id == first and plan.session.course_id == clinic.course_id
    assert plan.map is not None and plan.map.template == doc.template
    old = doc.regions[0]
    new = plan.map.regions[0]
    assert new.id == old.id and new.technique == old.technique and new.mixture == old.mixture
    previous = plan.previous_papules[old.id]
    assert np.array_equal(previous, old.papules.xy)
    mean = mean_distance_to_previous(np.asarray(new.papules.xy), previous)
    assert mean >= 0.45 * 1.0, mean
    assert abs(len(new.papules) - len(old.papules)) <= 0.02 * len(old.papules)
    copy = rec.sessions.repeat(first, at(20), shift=False).map
    assert copy is not None and np.array_equal(copy.regions[0].papules.xy, old.papules.xy)


def test_checklist_required_before_performed(clinic: Clinic) -> None:
    rec = clinic.rec()
    sid = planned(clinic, 0, two_region_doc(clinic))
    version = rec.sessions.open(sid).session.version
    with pytest.raises(InvalidInputError) as info:
        rec.sessions.mark_performed(sid, version)
    assert info.value.field == "checklist"
    lines = rec.sessions.checklist(sid).lines
    assert len(lines) == 5
    answers = [ChecklistAnswerInput(line.item_id, "no") for line in lines]
    answers[0] = ChecklistAnswerInput(lines[0].item_id, "yes", "12 weeks")
    view = rec.sessions.answer_checklist(sid, answers)
    assert not view.complete and view.problems[0].code == "checklist_contraindication"
    with pytest.raises(InvalidInputError):
        rec.sessions.mark_performed(sid, version)
    view = rec.sessions.answer_checklist(sid, [ChecklistAnswerInput(lines[0].item_id, "no")])
    assert view.complete
    actuals = rec.sessions.default_actuals(sid)
    changed = [RegionActualInput(a.region_uid, a.region_name, a.papules_performed - 1,
                                 a.products, "one papule skipped") for a in actuals]
    done = rec.sessions.mark_performed(sid, version, at(0, 11), changed)
    assert done.status.value == "performed"
    full = rec.sessions.full(sid)
    assert [a.papules_performed for a in full.actuals] == [a.papules_performed for a in changed]
    with pytest.raises(InvalidTransitionError):
        rec.sessions.mark_performed(sid, done.version)


def test_expired_on_the_day_performed_is_refused(clinic: Clinic) -> None:
    rec = clinic.rec()
    sid = planned(clinic, 0, MapDocument(template_ref(), [
        square_region("a", 0, 2, mix(clinic, "expiring"))]))
    rec.sessions.answer_checklist(sid, [ChecklistAnswerInput(line.item_id, "no")
                                        for line in rec.sessions.checklist(sid).lines])
    late = dt.datetime.combine(TODAY + dt.timedelta(days=25), dt.time(10)).astimezone()
    with pytest.raises(InvalidInputError) as info:
        rec.sessions.mark_performed(sid, rec.sessions.open(sid).session.version, late)
    assert "B-SOON" in info.value.message


def test_repeat_takes_out_a_lot_expired_since(clinic: Clinic) -> None:
    first = planned(clinic, 0, MapDocument(template_ref(), [
        square_region("a", 0, 2, mix(clinic, "expiring") + mix(clinic, "good"))]))
    plan = clinic.rec().sessions.repeat(first, at(25), shift=False)
    assert plan.map is not None
    items = plan.map.regions[0].mixture
    assert [(m.product_name, m.lot_id, m.lot_number) for m in items] == [
        ("Beta (test)", None, ""), ("Alpha (test)", clinic.lot_good_a, "A-GOOD")]
    assert plan.warnings[0].code == "lot_cleared" and "B-SOON" in plan.warnings[0].message
    assert [h.session_id for h in clinic.rec().catalog.recall(clinic.lot_expiring)] == [first]


def test_bad_choices_are_refused_next_to_the_field(clinic: Clinic) -> None:
    from mesomap.storage.repository.records import AdverseEventInput, OutcomeInput

    rec = clinic.rec()
    sid = planned(clinic, 0)
    with pytest.raises(InvalidInputError) as info:
        rec.sessions.record_adverse_event(sid, AdverseEventInput("bruise", "catastrophic"))
    assert info.value.field == "severity"
    with pytest.raises(InvalidInputError) as info:
        rec.sessions.answer_checklist(sid, [ChecklistAnswerInput(
            rec.sessions.checklist(sid).lines[0].item_id, "maybe")])
    assert info.value.field == "answer"
    with pytest.raises(InvalidInputError) as info:
        rec.sessions.add_outcome(OutcomeInput(clinic.patient_id, "weight", Decimal("1"), at(0)))
    assert info.value.field == "kind"
    assert rec.sessions.full(sid).events == ()
