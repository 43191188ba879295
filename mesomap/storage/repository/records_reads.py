"""Reading parts of a session record shared by the record repositories: amounts for the
timeline, planned volume per lot (recall), the checklist view, actuals and adverse events."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal

import sqlalchemy as sa
from sqlalchemy.orm import Session

from mesomap.core.document import map_totals
from mesomap.core.records import ChecklistQuestion, checklist_problems
from mesomap.storage.maps import load_map, map_version
from mesomap.storage.models import (
    AdverseEvent,
    ChecklistAnswer,
    ChecklistAnswerValue,
    ChecklistItem,
    RegionActual,
    RegionActualProduct,
    Severity,
)
from mesomap.storage.repository.records_common import names
from mesomap.storage.repository.records_types import (
    ActualProductInput,
    AdverseEventRecord,
    ChecklistLine,
    ChecklistView,
    RegionActualInput,
)


def has_map(session: Session, session_id: int) -> bool:
    return map_version(session, session_id) is not None


def session_amounts(session: Session, session_id: int) -> tuple[int, Decimal | None]:
    """Papules (injections) and volume of a session: recorded actuals when any, else the plan."""
    actual = session.execute(
        sa.select(sa.func.coalesce(sa.func.sum(RegionActual.papules_performed), 0),
                  sa.func.count(RegionActual.id))
        .where(RegionActual.session_id == session_id)).first()
    if actual is not None and actual[1]:
        volume = session.execute(
            sa.select(sa.func.sum(RegionActualProduct.volume_total_ml))
            .join(RegionActual, RegionActual.id == RegionActualProduct.actual_id)
            .where(RegionActual.session_id == session_id)).scalar()
        return int(actual[0]), Decimal(volume) if volume is not None else Decimal("0.0000")
    if not has_map(session, session_id):
        return 0, None
    totals = map_totals(load_map(session, session_id))
    return totals.injections, totals.volume_ml


def planned_lot_volumes(session: Session, session_id: int) -> dict[int, Decimal]:
    """Planned volume per lot id of a session's map (injections × volume per papule)."""
    if not has_map(session, session_id):
        return {}
    doc = load_map(session, session_id)
    totals = map_totals(doc)
    out: dict[int, Decimal] = {}
    for region, rt in zip(doc.regions, totals.regions, strict=True):
        for item in region.mixture:
            if item.lot_id is not None:
                out[item.lot_id] = out.get(item.lot_id, Decimal("0.0000")) + \
                    item.volume_per_papule_ml * rt.injections
    return out


def event_record(row: AdverseEvent, who: Mapping[int, str]) -> AdverseEventRecord:
    return AdverseEventRecord(
        kind=row.kind, severity=str(Severity(row.severity).value), description=row.description,
        action_taken=row.action_taken, onset_at=row.onset_at, id=row.id,
        patient_id=row.patient_id, session_id=row.session_id, amendment_id=row.amendment_id,
        recorded_by_name=who.get(row.recorded_by_id) if row.recorded_by_id else None,
        recorded_at=row.recorded_at, version=row.version)


def checklist_view(session: Session, session_id: int) -> ChecklistView:
    """Answers given (as asked) plus the active items not answered yet."""
    answers = session.scalars(sa.select(ChecklistAnswer)
                              .where(ChecklistAnswer.session_id == session_id)).all()
    items = session.scalars(sa.select(ChecklistItem).order_by(ChecklistItem.position,
                                                              ChecklistItem.id)).all()
    by_item = {a.item_id: a for a in answers}
    who = names(session, {a.answered_by_id for a in answers})
    lines: list[ChecklistLine] = []
    questions: list[ChecklistQuestion] = []
    given: dict[int, str] = {}
    for item in items:
        a = by_item.get(item.id)
        if a is None and not item.active:
            continue
        questions.append(ChecklistQuestion(item.id, a.item_label if a else item.label, item.blocking))
        if a is not None:
            given[item.id] = str(ChecklistAnswerValue(a.answer).value)
        lines.append(ChecklistLine(
            item_id=item.id, label=a.item_label if a else item.label, blocking=item.blocking,
            answer=given.get(item.id), note=a.note if a else "",
            answered_by_name=who.get(a.answered_by_id) if a and a.answered_by_id else None,
            answered_at=a.answered_at if a else None))
    return ChecklistView(tuple(lines), tuple(checklist_problems(questions, given)))


def actuals_of(session: Session, session_id: int) -> tuple[RegionActualInput, ...]:
    rows = session.scalars(sa.select(RegionActual).where(RegionActual.session_id == session_id)
                           .order_by(RegionActual.id)).all()
    return tuple(
        RegionActualInput(r.region_uid, r.region_name, r.papules_performed, tuple(
            ActualProductInput(p.product_name, p.volume_total_ml, p.product_id, p.lot_id,
                               p.lot_number) for p in r.products), r.notes)
        for r in rows)
