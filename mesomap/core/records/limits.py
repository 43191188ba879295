"""Checks of a planned session against product and clinic limits: warnings, never a cap.

Limits are what the product label or the clinic states (``None``: not stated, not checked).
Per session: total volume and injections of each product, and of the session (clinic limits,
with the estimated minutes). Per course: volume, injections and number of sessions of each
product over the course, this session included. Minimum days since the product's last use.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal

from mesomap.core.i18n import QT_TRANSLATE_NOOP
from mesomap.core.records.notices import RecordWarning


@dataclass(frozen=True)
class ProductUse:
    """How much of one product a session uses (from ``map_totals``)."""

    product_id: int | None
    product_name: str
    volume_ml: Decimal
    injections: int


@dataclass(frozen=True)
class ProductLimits:
    product_id: int
    product_name: str
    max_volume_per_session_ml: Decimal | None = None
    max_injections_per_session: int | None = None
    max_volume_per_course_ml: Decimal | None = None
    max_injections_per_course: int | None = None
    min_days_between_sessions: int | None = None
    max_sessions_per_course: int | None = None


@dataclass(frozen=True)
class CourseUse:
    """Use of one product in the course's *other* sessions (not cancelled / no-show)."""

    volume_ml: Decimal = Decimal("0")
    injections: int = 0
    sessions: int = 0


@dataclass(frozen=True)
class ClinicLimits:
    """One of the clinic's own limits (``label`` names it in the warning)."""

    label: str
    max_volume_per_session_ml: Decimal | None = None
    max_injections_per_session: int | None = None
    max_session_minutes: int | None = None
    min_days_between_sessions: int | None = None
    max_sessions_per_course: int | None = None


@dataclass(frozen=True)
class SessionUse:
    """The whole session: per product, and totals."""

    products: tuple[ProductUse, ...]
    volume_ml: Decimal
    injections: int
    minutes: float
    course_sessions: int = 1  # sessions of the course counting this one
    days_since_previous: int | None = None  # days since the course's previous session
    days_since_product: Mapping[int, int] = field(default_factory=dict)  # product id → days


def _w(code: str, template: str, subject: str, **params: object) -> RecordWarning:
    return RecordWarning(code, template, params, "warning", subject)


def product_limit_warnings(
    use: SessionUse, limits: Mapping[int, ProductLimits],
    course: Mapping[int, CourseUse] | None = None,
) -> list[RecordWarning]:
    """Warnings for every product limit the session goes beyond."""
    out: list[RecordWarning] = []
    course = course or {}
    for p in use.products:
        if p.product_id is None or p.product_id not in limits:
            continue
        lim = limits[p.product_id]
        name = lim.product_name
        if lim.max_volume_per_session_ml is not None and p.volume_ml > lim.max_volume_per_session_ml:
            out.append(_w("product_volume_session", QT_TRANSLATE_NOOP(
                "records", "{product}: {volume} mL planned in this session; its limit is "
                "{limit} mL per session."), name, product=name, volume=p.volume_ml,
                limit=lim.max_volume_per_session_ml))
        if lim.max_injections_per_session is not None and p.injections > lim.max_injections_per_session:
            out.append(_w("product_injections_session", QT_TRANSLATE_NOOP(
                "records", "{product}: {count} injections planned in this session; its limit "
                "is {limit} per session."), name, product=name, count=p.injections,
                limit=lim.max_injections_per_session))
        before = course.get(p.product_id, CourseUse())
        if lim.max_volume_per_course_ml is not None:
            total = before.volume_ml + p.volume_ml
            if total > lim.max_volume_per_course_ml:
                out.append(_w("product_volume_course", QT_TRANSLATE_NOOP(
                    "records", "{product}: {volume} mL over the course with this session; its "
                    "limit is {limit} mL per course."), name, product=name, volume=total,
                    limit=lim.max_volume_per_course_ml))
        if lim.max_injections_per_course is not None:
            count = before.injections + p.injections
            if count > lim.max_injections_per_course:
                out.append(_w("product_injections_course", QT_TRANSLATE_NOOP(
                    "records", "{product}: {count} injections over the course with this "
                    "session; its limit is {limit} per course."), name, product=name,
                    count=count, limit=lim.max_injections_per_course))
        if lim.max_sessions_per_course is not None:
            sessions = before.sessions + 1
            if sessions > lim.max_sessions_per_course:
                out.append(_w("product_sessions_course", QT_TRANSLATE_NOOP(
                    "records", "{product}: this would be session {count} with this product in "
                    "the course; its limit is {limit} sessions."), name, product=name,
                    count=sessions, limit=lim.max_sessions_per_course))
        days = use.days_since_product.get(p.product_id)
        if lim.min_days_between_sessions is not None and days is not None \
                and days < lim.min_days_between_sessions:
            out.append(_w("product_min_days", QT_TRANSLATE_NOOP(
                "records", "{product}: {days} day(s) since its previous use; its limit is at "
                "least {limit} days between sessions."), name, product=name, days=days,
                limit=lim.min_days_between_sessions))
    return out


def clinic_limit_warnings(use: SessionUse, limits: Iterable[ClinicLimits]) -> list[RecordWarning]:
    """Warnings for every clinic limit the session goes beyond."""
    out: list[RecordWarning] = []
    for lim in limits:
        if lim.max_volume_per_session_ml is not None and use.volume_ml > lim.max_volume_per_session_ml:
            out.append(_w("clinic_volume_session", QT_TRANSLATE_NOOP(
                "records", "{volume} mL planned in this session; the clinic's limit “{label}” is "
                "{limit} mL."), lim.label, volume=use.volume_ml, label=lim.label,
                limit=lim.max_volume_per_session_ml))
        if lim.max_injections_per_session is not None and use.injections > lim.max_injections_per_session:
            out.append(_w("clinic_injections_session", QT_TRANSLATE_NOOP(
                "records", "{count} injections planned in this session; the clinic's limit "
                "“{label}” is {limit}."), lim.label, count=use.injections, label=lim.label,
                limit=lim.max_injections_per_session))
        if lim.max_session_minutes is not None and use.minutes > lim.max_session_minutes:
            out.append(_w("clinic_minutes_session", QT_TRANSLATE_NOOP(
                "records", "About {minutes} minutes estimated for this session; the clinic's "
                "limit “{label}” is {limit} minutes."), lim.label, minutes=round(use.minutes),
                label=lim.label, limit=lim.max_session_minutes))
        if lim.min_days_between_sessions is not None and use.days_since_previous is not None \
                and use.days_since_previous < lim.min_days_between_sessions:
            out.append(_w("clinic_min_days", QT_TRANSLATE_NOOP(
                "records", "{days} day(s) since the previous session; the clinic's limit "
                "“{label}” is at least {limit} days."), lim.label, days=use.days_since_previous,
                label=lim.label, limit=lim.min_days_between_sessions))
        if lim.max_sessions_per_course is not None and use.course_sessions > lim.max_sessions_per_course:
            out.append(_w("clinic_sessions_course", QT_TRANSLATE_NOOP(
                "records", "This would be session {count} of the course; the clinic's limit "
                "“{label}” is {limit} sessions."), lim.label, count=use.course_sessions,
                label=lim.label, limit=lim.max_sessions_per_course))
    return out
