"""Qt-free record rules: lot expiry, product and clinic limits, course interval and count,
checklist completeness, canonical record bytes."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from mesomap.core.records import (
    ChecklistQuestion,
    ClinicLimits,
    CourseUse,
    LotState,
    ProductLimits,
    ProductUse,
    SessionRecordData,
    SessionUse,
    canonical_record_bytes,
    checklist_problems,
    clinic_limit_warnings,
    course_count_warnings,
    interval_warnings,
    lot_state,
    lot_warning,
    next_due,
    product_limit_warnings,
    record_digest,
)
from mesomap.core.records.canonical import OutcomeEntry

DAY = dt.date(2026, 3, 10)


@given(st.integers(min_value=-400, max_value=400))
def test_lot_state_boundaries(offset: int) -> None:
    expiry = DAY + dt.timedelta(days=offset)
    state = lot_state(expiry, DAY)
    if offset < 0:
        assert state is LotState.EXPIRED
    elif offset <= 30:
        assert state is LotState.EXPIRING
    else:
        assert state is LotState.OK


def test_lot_warning_severity() -> None:
    expired = lot_warning("P", "L1", DAY - dt.timedelta(days=1), DAY)
    soon = lot_warning("P", "L2", DAY + dt.timedelta(days=30), DAY)
    assert expired is not None and expired.severity == "refused" and "L1" in expired.message
    assert soon is not None and soon.severity == "info" and "30" in soon.message
    assert lot_warning("P", "L3", DAY + dt.timedelta(days=31), DAY) is None
    assert lot_warning("P", "L4", DAY, DAY) is not None  # usable on its expiry day, flagged


def _use(volume: str, injections: int, **kw: object) -> SessionUse:
    return SessionUse((ProductUse(1, "Alpha", Decimal(volume), injections),), Decimal(volume),
                      injections, 20.0, **kw)  # type: ignore[arg-type]


def test_product_limit_warnings() -> None:
    limits = {1: ProductLimits(1, "Alpha", Decimal("2"), 50, Decimal("5"), 120, 28, 3)}
    assert product_limit_warnings(_use("2", 50), limits) == []
    codes = {w.code for w in product_limit_warnings(_use("2.0001", 51), limits)}
    assert codes == {"product_volume_session", "product_injections_session"}
    course = {1: CourseUse(Decimal("3.5"), 100, 3)}
    codes = {w.code for w in product_limit_warnings(_use("1.6", 21), limits, course)}
    assert codes == {"product_volume_course", "product_injections_course",
                     "product_sessions_course"}
    w = product_limit_warnings(_use("1", 10, days_since_product={1: 27}), limits)
    assert [x.code for x in w] == ["product_min_days"] and "27" in w[0].message
    assert product_limit_warnings(_use("1", 10, days_since_product={1: 28}), limits) == []
    assert all(x.severity == "warning" for x in product_limit_warnings(_use("9", 99), limits))


def test_clinic_limit_warnings() -> None:
    lim = ClinicLimits("Face", Decimal("3"), 100, 15, 7, 4)
    use = SessionUse((), Decimal("3.5"), 101, 16.0, course_sessions=5, days_since_previous=6)
    assert {w.code for w in clinic_limit_warnings(use, [lim])} == {
        "clinic_volume_session", "clinic_injections_session", "clinic_minutes_session",
        "clinic_min_days", "clinic_sessions_course"}
    ok = SessionUse((), Decimal("3"), 100, 15.0, course_sessions=4, days_since_previous=7)
    assert clinic_limit_warnings(ok, [lim]) == []


def test_interval_and_count_warnings() -> None:
    days = [DAY - dt.timedelta(days=14), DAY - dt.timedelta(days=7)]
    assert interval_warnings(DAY, days, 7, 14) == []
    short = interval_warnings(DAY - dt.timedelta(days=2), days, 7, 14)
    assert [w.code for w in short] == ["interval_too_short"] and "5" in short[0].message
    late = interval_warnings(DAY + dt.timedelta(days=10), days, 7, 14)
    assert [w.code for w in late] == ["interval_too_long"] and late[0].severity == "info"
    assert interval_warnings(DAY, [], 7, 14) == []
    assert course_count_warnings(6, 6) == []
    assert [w.code for w in course_count_warnings(7, 6)] == ["course_count_exceeded"]
    window = next_due(DAY, 7, 14)
    assert window is not None and (window.earliest, window.latest) == (
        DAY + dt.timedelta(days=7), DAY + dt.timedelta(days=14))
    assert next_due(None, 7, 14) is None


def test_checklist_problems() -> None:
    qs = [ChecklistQuestion(1, "Pregnancy", True), ChecklistQuestion(2, "Other", False)]
    assert [p.code for p in checklist_problems(qs, {1: "no"})] == ["checklist_unanswered"]
    assert [p.code for p in checklist_problems(qs, {1: "yes", 2: "yes"})] == [
        "checklist_contraindication"]
    assert checklist_problems(qs, {1: "not_applicable", 2: "yes"}) == []


def _record(**kw: object) -> SessionRecordData:
    base: dict[str, object] = dict(
        session_id=1, patient_id=2, course_id=None, practitioner_id=3,
        scheduled_at=dt.datetime(2026, 3, 10, 9, tzinfo=dt.UTC), performed_at=None,
        number_in_course=1, previous_session_id=None, notes="n", map=None,
        outcomes=(OutcomeEntry("pain_score", "VAS", Decimal("6"),
                               dt.datetime(2026, 3, 10, 9, tzinfo=dt.UTC), ""),))
    base.update(kw)
    return SessionRecordData(**base)  # type: ignore[arg-type]


def test_canonical_bytes_stable_and_sensitive() -> None:
    a = _record()
    # the same instant in another zone, the same value with another exponent: same bytes
    b = _record(scheduled_at=dt.datetime(2026, 3, 10, 10, tzinfo=dt.timezone(dt.timedelta(hours=1))),
                outcomes=(OutcomeEntry("pain_score", "VAS", Decimal("6.000"),
                                       dt.datetime(2026, 3, 10, 9, tzinfo=dt.UTC), ""),))
    assert canonical_record_bytes(a) == canonical_record_bytes(b)
    assert record_digest(a) == record_digest(b)
    assert record_digest(_record(notes="n ")) != record_digest(a)
    assert record_digest(_record(performed_at=dt.datetime(2026, 3, 10, 9, tzinfo=dt.UTC))) \
        != record_digest(a)
    assert b'"value":"6.000"' in canonical_record_bytes(a)
