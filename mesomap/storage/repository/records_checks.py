"""Warnings of a planned session computed from the database: lots, product and clinic limits,
course interval and count (``mesomap.core.records`` rules fed with stored values).

``plan_warnings(session, session_row, doc, exclusions)`` is what the session editor shows beside
its live totals; nothing is capped. ``expired_lot_refusals`` lists the lots a save refuses.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence
from decimal import Decimal

import sqlalchemy as sa
from sqlalchemy.orm import Session

from mesomap.core.document import MapDocument, map_totals
from mesomap.core.layout.types import ExclusionSpec
from mesomap.core.records import (
    ClinicLimits,
    CourseUse,
    ProductLimits,
    ProductUse,
    RecordWarning,
    SessionUse,
    clinic_limit_warnings,
    course_count_warnings,
    interval_warnings,
    lot_warning,
    product_limit_warnings,
)
from mesomap.core.records.lots import lot_cleared_warning
from mesomap.storage.maps import load_map
from mesomap.storage.models import (
    ClinicLimit,
    Lot,
    MapRegion,
    MapRegionProduct,
    Product,
    SessionMap,
    SessionStatus,
    TreatmentCourse,
    TreatmentSession,
)
from mesomap.storage.repository.records_common import local_day

NOT_COUNTED = (SessionStatus.CANCELLED, SessionStatus.NO_SHOW)


def lot_warnings(session: Session, doc: MapDocument, day: dt.date) -> list[RecordWarning]:
    """Expired (refused) and expiring (flagged) lots of the map's mixtures, once per lot."""
    lot_ids = {m.lot_id for r in doc.regions for m in r.mixture if m.lot_id is not None}
    if not lot_ids:
        return []
    rows = session.execute(
        sa.select(Lot.id, Lot.lot_number, Lot.expiry_date, Product.name)
        .join(Product, Product.id == Lot.product_id).where(Lot.id.in_(lot_ids))
        .order_by(Lot.expiry_date, Lot.id)).all()
    out = []
    for _id, number, expiry, name in rows:
        warning = lot_warning(name, number, expiry, day)
        if warning is not None:
            out.append(warning)
    return out


def clear_expired_lots(session: Session, doc: MapDocument,
                       day: dt.date) -> tuple[MapDocument, list[RecordWarning]]:
    """``doc`` with every lot expired on ``day`` taken out of the mixtures (product kept, lot
    emptied), and a ``lot_cleared`` warning per lot (used when repeating a session)."""
    lot_ids = {m.lot_id for r in doc.regions for m in r.mixture if m.lot_id is not None}
    if not lot_ids:
        return doc, []
    expired = {lid: (number, expiry, name) for lid, number, expiry, name in session.execute(
        sa.select(Lot.id, Lot.lot_number, Lot.expiry_date, Product.name)
        .join(Product, Product.id == Lot.product_id)
        .where(Lot.id.in_(lot_ids), Lot.expiry_date < day).order_by(Lot.id))}
    if not expired:
        return doc, []
    regions = [r.replace(mixture=tuple(
        dataclasses.replace(m, lot_id=None, lot_number="") if m.lot_id in expired else m
        for m in r.mixture)) for r in doc.regions]
    warnings = [lot_cleared_warning(name, number, expiry)
                for number, expiry, name in expired.values()]
    return MapDocument(doc.template, regions, doc.notes), warnings


def product_uses(doc: MapDocument, exclusions: Sequence[ExclusionSpec] = ()) -> tuple[SessionUse, dict[int, int]]:
    """The session's use per product and totals; also injections per product id."""
    totals = map_totals(doc, exclusions)
    injections: dict[str, int] = {}
    for region, rt in zip(doc.regions, totals.regions, strict=True):
        for key in {m.product_key for m in region.mixture}:
            injections[key] = injections.get(key, 0) + rt.injections
    uses = tuple(ProductUse(p.product_id, p.product_name, p.volume_ml,
                            injections.get(p.product_key, 0)) for p in totals.products)
    by_id = {u.product_id: u.injections for u in uses if u.product_id is not None}
    return (SessionUse(products=uses, volume_ml=totals.volume_ml, injections=totals.injections,
                       minutes=totals.duration_seconds / 60.0), by_id)


def _course_others(session: Session, row: TreatmentSession) -> list[TreatmentSession]:
    if row.course_id is None:
        return []
    return list(session.scalars(
        sa.select(TreatmentSession).where(TreatmentSession.course_id == row.course_id,
                                          TreatmentSession.id != row.id,
                                          TreatmentSession.status.not_in(NOT_COUNTED))))


def _has_map(session: Session, session_id: int) -> bool:
    return session.execute(sa.select(SessionMap.id).where(SessionMap.session_id == session_id)
                           ).scalar() is not None


def plan_warnings(session: Session, row: TreatmentSession, doc: MapDocument | None,
                  exclusions: Sequence[ExclusionSpec] = ()) -> list[RecordWarning]:
    """Every warning of session ``row`` planned with map ``doc`` (the stored one if None)."""
    if doc is None and _has_map(session, row.id):
        doc = load_map(session, row.id)
    day = local_day(row.scheduled_at)
    out: list[RecordWarning] = []
    others = _course_others(session, row)
    course = session.get(TreatmentCourse, row.course_id) if row.course_id is not None else None
    if course is not None:
        other_days = [local_day(o.performed_at or o.scheduled_at) for o in others]
        out += interval_warnings(day, other_days, course.interval_days_min, course.interval_days_max)
        out += course_count_warnings(len(others) + 1, course.planned_sessions)
    if doc is None:
        return out
    out += lot_warnings(session, doc, day)
    use, _ = product_uses(doc, exclusions)
    product_ids = [p.product_id for p in use.products if p.product_id is not None]
    limits: dict[int, ProductLimits] = {}
    for prod in session.scalars(sa.select(Product).where(Product.id.in_(product_ids))):
        limits[prod.id] = ProductLimits(
            prod.id, prod.name, prod.max_volume_per_session_ml, prod.max_injections_per_session,
            prod.max_volume_per_course_ml, prod.max_injections_per_course,
            prod.min_days_between_sessions, prod.max_sessions_per_course)
    course_use: dict[int, CourseUse] = {}
    for other in others:
        if not _has_map(session, other.id):
            continue
        o_use, o_inj = product_uses(load_map(session, other.id), exclusions)
        for p in o_use.products:
            if p.product_id is None:
                continue
            c = course_use.get(p.product_id, CourseUse(Decimal("0.0000"), 0, 0))
            course_use[p.product_id] = CourseUse(c.volume_ml + p.volume_ml,
                                                 c.injections + o_inj.get(p.product_id, 0),
                                                 c.sessions + 1)
    since_product = _days_since_product(session, row, product_ids, day)
    before = [local_day(o.performed_at or o.scheduled_at) for o in others]
    before = [d for d in before if d <= day]
    use = SessionUse(use.products, use.volume_ml, use.injections, use.minutes,
                     course_sessions=len(others) + 1,
                     days_since_previous=(day - max(before)).days if before else None,
                     days_since_product=since_product)
    out += product_limit_warnings(use, limits, course_use)
    stmt = sa.select(ClinicLimit).where(ClinicLimit.active.is_(True))
    clinic = []
    for lim in session.scalars(stmt.order_by(ClinicLimit.label)):
        if lim.indication and (course is None or course.indication != lim.indication):
            continue
        if lim.body_area and (course is None or course.area != lim.body_area):
            continue
        clinic.append(ClinicLimits(lim.label, lim.max_volume_per_session_ml,
                                   lim.max_injections_per_session, lim.max_session_minutes,
                                   lim.min_days_between_sessions, lim.max_sessions_per_course))
    out += clinic_limit_warnings(use, clinic)
    return out


def _days_since_product(session: Session, row: TreatmentSession, product_ids: list[int],
                        day: dt.date) -> dict[int, int]:
    """Days from each product's latest use in another session of the patient (on or before
    this session's day, not cancelled) to this session."""
    if not product_ids:
        return {}
    found = session.execute(
        sa.select(MapRegionProduct.product_id, TreatmentSession.scheduled_at,
                  TreatmentSession.performed_at)
        .join(MapRegion, MapRegion.id == MapRegionProduct.region_id)
        .join(SessionMap, SessionMap.id == MapRegion.map_id)
        .join(TreatmentSession, TreatmentSession.id == SessionMap.session_id)
        .where(TreatmentSession.patient_id == row.patient_id, TreatmentSession.id != row.id,
               TreatmentSession.status.not_in(NOT_COUNTED),
               MapRegionProduct.product_id.in_(product_ids))).all()
    out: dict[int, int] = {}
    for pid, scheduled, performed in found:
        if pid is None:
            continue
        used = local_day(performed or scheduled)
        if used > day:
            continue
        gap = (day - used).days
        if pid not in out or gap < out[pid]:
            out[int(pid)] = gap
    return out
