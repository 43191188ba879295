"""What a printed session sheet shows, read from the stored session in one go.

``SheetRepository(db).get(session_id) -> SessionSheetData`` gathers the clinic's name, the
patient, the session, its course (indication title, never its code, area, "3 of 6"), the practitioner, the map document
(``mesomap.storage.maps.load_map``), the lots with their expiry dates, the contraindication
checklist with its answers (unanswered items come back with ``answer=None``: empty boxes on a
planned session), adverse events, amendments and signatures, the demo flag, and the stored
snapshot of the map's template (``template_snapshot``; one parsed copy per template content
per repository, shared by the sheets of a batch). Everything is a
frozen dataclass detached from the database, so the sheet can be laid out in a worker thread.

``session_ids(day=..., end=..., practitioner_id=...)`` lists the sessions a batch prints.
Nothing here changes stored data.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from mesomap.core import settings as registry
from mesomap.core.document import MapDocument
from mesomap.storage.engine import Database
from mesomap.storage.errors import NotFoundError
from mesomap.storage.maps import load_map
from mesomap.storage.models import (
    AdverseEvent,
    Amendment,
    ChecklistAnswer,
    ChecklistItem,
    ClinicSetting,
    Lot,
    MapRegion,
    MapRegionProduct,
    Patient,
    RegionActual,
    RegionActualProduct,
    SessionMap,
    SessionStatus,
    Signature,
    TreatmentCourse,
    TreatmentSession,
    UserAccount,
)
from mesomap.storage.permissions import ActorLike, Permission, require
from mesomap.storage.repository.records_courses import find_indication, list_indications
from mesomap.storage.schema import read_is_demo
from mesomap.storage.template_snapshots import read_snapshot

RECORD = "session"
DIGEST_SHORT = 12
"""How many hexadecimal digits of a signature digest the sheet prints."""


@dataclass(frozen=True)
class SheetLot:
    product_name: str
    lot_number: str
    expiry_date: dt.date | None


@dataclass(frozen=True)
class SheetActualProduct:
    product_name: str
    lot_number: str
    volume_total_ml: Decimal


@dataclass(frozen=True)
class SheetActual:
    """What was actually done in one region (the records issue's ``region_actual``)."""

    region_uid: str
    region_name: str
    papules_performed: int
    products: tuple[SheetActualProduct, ...]
    notes: str = ""


@dataclass(frozen=True)
class SheetChecklistAnswer:
    label: str
    answer: str | None  # "yes" | "no" | "not_applicable" | None (not answered yet)
    note: str = ""


@dataclass(frozen=True)
class SheetAdverseEvent:
    kind: str
    severity: str
    onset_at: dt.datetime | None
    description: str
    action_taken: str
    recorded_by: str | None
    recorded_at: dt.datetime


@dataclass(frozen=True)
class SheetAmendment:
    created_at: dt.datetime
    author: str | None
    reason: str
    target: str


@dataclass(frozen=True)
class SheetSignature:
    signer_name: str
    signed_at: dt.datetime
    meaning: str
    record_version: int
    digest_sha256: str

    @property
    def digest_short(self) -> str:
        return self.digest_sha256[:DIGEST_SHORT]


@dataclass(frozen=True)
class SessionSheetData:
    """Everything one session sheet prints."""

    session_id: int
    patient_id: int
    clinic_name: str
    clinic_address: str
    aftercare_text: str
    margin_mm: float
    patient_name: str
    patient_birth_date: dt.date | None
    patient_identifier: str
    scheduled_at: dt.datetime
    performed_at: dt.datetime | None
    status: str
    course_label: str
    number_in_course: int | None
    planned_sessions: int | None
    practitioner_name: str | None
    map: MapDocument | None
    lots: tuple[SheetLot, ...]
    checklist: tuple[SheetChecklistAnswer, ...]
    actuals: tuple[SheetActual, ...]
    adverse_events: tuple[SheetAdverseEvent, ...]
    amendments: tuple[SheetAmendment, ...]
    signatures: tuple[SheetSignature, ...]
    next_appointment: dt.datetime | None
    notes: str
    is_demo: bool
    #: the course's indication title (never its code); ``course_label`` is the course's area
    course_indication: str = ""
    #: the title is a shipped one, translated with the context "records" when printed
    course_indication_shipped: bool = False
    #: ``Template.snapshot()`` of the map's template as stored with it (None: saved before
    #: snapshots); resolve with ``template_snapshots.resolve_stored_template``
    template_snapshot: dict[str, Any] | None = None

    @property
    def signed(self) -> bool:
        return self.status == SessionStatus.SIGNED.value

    def lot(self, lot_number: str) -> SheetLot | None:
        for lot in self.lots:
            if lot.lot_number == lot_number:
                return lot
        return None


def _names(session: Session, ids: set[int | None]) -> dict[int, str]:
    wanted = {i for i in ids if i is not None}
    if not wanted:
        return {}
    rows = session.execute(
        sa.select(UserAccount.id, UserAccount.display_name).where(UserAccount.id.in_(wanted))
    )
    return {i: name for i, name in rows}


def _clinic_settings(session: Session) -> dict[str, str]:
    keys = (registry.CLINIC_NAME.key, registry.CLINIC_ADDRESS.key,
            registry.AFTERCARE_TEXT.key, registry.SHEET_MARGIN_MM.key)
    rows = session.execute(
        sa.select(ClinicSetting.key, ClinicSetting.value).where(ClinicSetting.key.in_(keys))
    )
    return {k: v for k, v in rows}


def _margin(text: str | None) -> float:
    setting = registry.SHEET_MARGIN_MM
    if text is None:
        return setting.default
    try:
        value = float(text)
    except ValueError:
        return setting.default
    low = setting.minimum if setting.minimum is not None else value
    high = setting.maximum if setting.maximum is not None else value
    return min(max(value, float(low)), float(high))


def _patient_name(row: Patient) -> str:
    if row.erased or row.anonymised:
        return "—"
    return f"{row.family_name.upper()}, {row.given_name}" if row.given_name else row.family_name.upper()


class SheetRepository:
    """Reads session sheets from one database, acting as ``actor`` (an ``ActorRef`` follows
    login and lock). Reading needs nothing more than opening the database; printing is checked
    (:meth:`check_may_print`, ``Permission.PRINT``) and audited (:meth:`record_printed`)."""

    def __init__(self, db: Database, actor: ActorLike = None) -> None:
        self.db = db
        self.actor = actor
        self._snapshots: dict[str, dict[str, Any]] = {}

    def _snapshot(self, session: Session, content_hash: str) -> dict[str, Any] | None:
        found = self._snapshots.get(content_hash)
        if found is None:
            found = read_snapshot(session, content_hash)
            if found is not None:  # stored rows never change: safe to share
                self._snapshots[content_hash] = found
        return found

    def check_may_print(self) -> None:
        """``PermissionDeniedError`` / ``LoginRequiredError`` unless the actor may print."""
        with self.db.session(read_only=True) as session:
            require(session, self.actor, Permission.PRINT)

    def record_printed(self, sheets: Sequence[SessionSheetData], action: str, *, target: str,
                       user_login: str | None = None) -> None:
        """One audit entry per printed or exported session (``action``: ``audit.Action.PRINT``
        or ``EXPORT``; ``target``: "printer", "pdf"), in one transaction. No patient identity
        goes into the details."""
        if not sheets:
            return
        from mesomap.storage import audit

        with self.db.session() as session:
            for data in sheets:
                audit.record(session, self.actor, action, table="session",
                             record_id=data.session_id, patient_id=data.patient_id,
                             details={"target": target, "status": data.status},
                             user_login=user_login)

    def get(self, session_id: int) -> SessionSheetData:
        """The sheet data of one session; ``NotFoundError`` when there is no such session."""
        with self.db.session(read_only=True) as session:
            is_demo = read_is_demo(session.connection())
            clinic = _clinic_settings(session)
            return self._load(session, session_id, clinic, is_demo)

    def get_many(self, session_ids: Sequence[int]) -> list[SessionSheetData]:
        """Several sheets in one database session (batch printing)."""
        with self.db.session(read_only=True) as session:
            is_demo = read_is_demo(session.connection())
            clinic = _clinic_settings(session)
            return [self._load(session, sid, clinic, is_demo) for sid in session_ids]

    def session_ids(
        self,
        day: dt.date,
        end: dt.date | None = None,
        practitioner_id: int | None = None,
        tz: dt.tzinfo | None = None,
        include_cancelled: bool = False,
    ) -> list[int]:
        """Sessions scheduled from ``day`` to ``end`` (inclusive, local days in ``tz``), by time."""
        zone = tz or dt.datetime.now().astimezone().tzinfo
        last = end or day
        start = dt.datetime.combine(day, dt.time(0), tzinfo=zone)
        stop = dt.datetime.combine(last + dt.timedelta(days=1), dt.time(0), tzinfo=zone)
        stmt = sa.select(TreatmentSession.id).where(
            TreatmentSession.scheduled_at >= start, TreatmentSession.scheduled_at < stop
        )
        if practitioner_id is not None:
            stmt = stmt.where(TreatmentSession.practitioner_id == practitioner_id)
        if not include_cancelled:
            stmt = stmt.where(TreatmentSession.status.not_in(
                [SessionStatus.CANCELLED, SessionStatus.NO_SHOW]))
        stmt = stmt.order_by(TreatmentSession.scheduled_at, TreatmentSession.id)
        with self.db.session(read_only=True) as session:
            return [int(i) for i in session.execute(stmt).scalars()]

    def practitioners(self) -> list[tuple[int, str]]:
        """``(user id, name)`` of everyone who has sessions as practitioner, by name."""
        stmt = (
            sa.select(UserAccount.id, UserAccount.display_name)
            .where(UserAccount.id.in_(sa.select(TreatmentSession.practitioner_id).distinct()))
            .order_by(UserAccount.display_name)
        )
        with self.db.session(read_only=True) as session:
            return [(int(i), str(n)) for i, n in session.execute(stmt)]

    def session_for_patient(self, patient_id: int, today: dt.date | None = None,
                            tz: dt.tzinfo | None = None) -> int | None:
        """The session a "print" for this patient means: today's (not cancelled), else the most
        recent one before today, else the next planned one; None when the patient has none."""
        zone = tz or dt.datetime.now().astimezone().tzinfo
        day = today or dt.datetime.now(zone).date()
        start = dt.datetime.combine(day, dt.time(0), tzinfo=zone)
        stop = start + dt.timedelta(days=1)
        base = sa.select(TreatmentSession.id).where(
            TreatmentSession.patient_id == patient_id,
            TreatmentSession.status.not_in([SessionStatus.CANCELLED, SessionStatus.NO_SHOW]))
        queries = (
            base.where(TreatmentSession.scheduled_at >= start, TreatmentSession.scheduled_at < stop)
            .order_by(TreatmentSession.scheduled_at),
            base.where(TreatmentSession.scheduled_at < start)
            .order_by(TreatmentSession.scheduled_at.desc()),
            base.where(TreatmentSession.scheduled_at >= stop).order_by(TreatmentSession.scheduled_at),
        )
        with self.db.session(read_only=True) as session:
            for query in queries:
                found = session.execute(query.limit(1)).scalar()
                if found is not None:
                    return int(found)
        return None

    # -- one session ----------------------------------------------------------------------------
    def _load(
        self, session: Session, session_id: int, clinic: dict[str, str], is_demo: bool
    ) -> SessionSheetData:
        row = session.get(TreatmentSession, session_id)
        if row is None:
            raise NotFoundError(record=RECORD)
        patient = session.get(Patient, row.patient_id)
        if patient is None:  # pragma: no cover - a foreign key guarantees it
            raise NotFoundError(record="patient")
        course = session.get(TreatmentCourse, row.course_id) if row.course_id is not None else None

        doc: MapDocument | None = None
        has_map = session.execute(
            sa.select(SessionMap.id).where(SessionMap.session_id == session_id)
        ).scalar()
        if has_map is not None:
            doc = load_map(session, session_id)

        lots = self._lots(session, has_map)
        checklist = self._checklist(session, session_id)
        events_rows = session.execute(
            sa.select(AdverseEvent).where(AdverseEvent.session_id == session_id)
            .order_by(AdverseEvent.recorded_at, AdverseEvent.id)
        ).scalars().all()
        amendment_rows = session.execute(
            sa.select(Amendment).where(Amendment.session_id == session_id)
            .order_by(Amendment.created_at, Amendment.id)
        ).scalars().all()
        signature_rows = session.execute(
            sa.select(Signature).where(Signature.session_id == session_id)
            .order_by(Signature.signed_at, Signature.id)
        ).scalars().all()
        names = _names(session, {row.practitioner_id}
                       | {e.recorded_by_id for e in events_rows}
                       | {a.author_id for a in amendment_rows})
        next_at = session.execute(
            sa.select(sa.func.min(TreatmentSession.scheduled_at)).where(
                TreatmentSession.patient_id == row.patient_id,
                TreatmentSession.scheduled_at > row.scheduled_at,
                TreatmentSession.status == SessionStatus.PLANNED,
            )
        ).scalar()

        course_label = course.area if course is not None else ""
        indication = (find_indication(list_indications(session), course.indication)
                      if course is not None else None)
        return SessionSheetData(
            session_id=row.id,
            patient_id=row.patient_id,
            clinic_name=clinic.get(registry.CLINIC_NAME.key, ""),
            clinic_address=clinic.get(registry.CLINIC_ADDRESS.key, ""),
            aftercare_text=clinic.get(registry.AFTERCARE_TEXT.key, ""),
            margin_mm=_margin(clinic.get(registry.SHEET_MARGIN_MM.key)),
            patient_name=_patient_name(patient),
            patient_birth_date=None if patient.anonymised else patient.birth_date,
            patient_identifier=patient.external_id or f"#{patient.id}",
            scheduled_at=row.scheduled_at,
            performed_at=row.performed_at,
            status=SessionStatus(row.status).value,
            course_label=course_label,
            course_indication=indication.label if indication is not None else "",
            course_indication_shipped=indication.shipped if indication is not None else False,
            number_in_course=row.number_in_course,
            planned_sessions=course.planned_sessions if course is not None else None,
            practitioner_name=names.get(row.practitioner_id) if row.practitioner_id else None,
            map=doc,
            template_snapshot=self._snapshot(session, doc.template.content_hash) if doc else None,
            lots=lots,
            checklist=checklist,
            actuals=self._actuals(session, session_id),
            adverse_events=tuple(
                SheetAdverseEvent(e.kind, str(e.severity.value if hasattr(e.severity, "value")
                                              else e.severity),
                                  e.onset_at, e.description, e.action_taken,
                                  names.get(e.recorded_by_id) if e.recorded_by_id else None,
                                  e.recorded_at)
                for e in events_rows
            ),
            amendments=tuple(
                SheetAmendment(a.created_at, names.get(a.author_id) if a.author_id else None,
                               a.reason, a.target)
                for a in amendment_rows
            ),
            signatures=tuple(
                SheetSignature(s.signer_name, s.signed_at,
                               str(s.meaning.value if hasattr(s.meaning, "value") else s.meaning),
                               s.record_version, s.digest_sha256)
                for s in signature_rows
            ),
            next_appointment=next_at,
            notes=row.notes,
            is_demo=is_demo,
        )

    def _lots(self, session: Session, map_id: int | None) -> tuple[SheetLot, ...]:
        if map_id is None:
            return ()
        rows = session.execute(
            sa.select(MapRegionProduct.product_name, MapRegionProduct.lot_number, Lot.expiry_date)
            .join(MapRegion, MapRegion.id == MapRegionProduct.region_id)
            .outerjoin(Lot, Lot.id == MapRegionProduct.lot_id)
            .where(MapRegion.map_id == map_id)
            .order_by(MapRegion.position, MapRegionProduct.position)
        ).all()
        seen: dict[tuple[str, str], SheetLot] = {}
        for name, number, expiry in rows:
            if not number:
                continue
            seen.setdefault((name, number), SheetLot(name, number, expiry))
        return tuple(seen.values())

    def _actuals(self, session: Session, session_id: int) -> tuple[SheetActual, ...]:
        rows = session.execute(
            sa.select(RegionActual).where(RegionActual.session_id == session_id)
            .order_by(RegionActual.id)
        ).scalars().all()
        if not rows:
            return ()
        products: dict[int, list[SheetActualProduct]] = {}
        for p in session.execute(
            sa.select(RegionActualProduct)
            .where(RegionActualProduct.actual_id.in_([r.id for r in rows]))
            .order_by(RegionActualProduct.actual_id, RegionActualProduct.position)
        ).scalars():
            products.setdefault(p.actual_id, []).append(
                SheetActualProduct(p.product_name, p.lot_number, Decimal(p.volume_total_ml)))
        return tuple(SheetActual(r.region_uid, r.region_name, r.papules_performed,
                                 tuple(products.get(r.id, ())), r.notes) for r in rows)

    def _checklist(self, session: Session, session_id: int) -> tuple[SheetChecklistAnswer, ...]:
        answers = session.execute(
            sa.select(ChecklistAnswer, ChecklistItem.position)
            .join(ChecklistItem, ChecklistItem.id == ChecklistAnswer.item_id)
            .where(ChecklistAnswer.session_id == session_id)
            .order_by(ChecklistItem.position, ChecklistItem.id)
        ).all()
        answered = {a.item_id for a, _ in answers}
        result = [
            SheetChecklistAnswer(a.item_label, str(a.answer.value if hasattr(a.answer, "value")
                                                   else a.answer), a.note)
            for a, _ in answers
        ]
        open_items = session.execute(
            sa.select(ChecklistItem).where(ChecklistItem.active.is_(True))
            .order_by(ChecklistItem.position, ChecklistItem.id)
        ).scalars().all()
        result += [SheetChecklistAnswer(i.label, None) for i in open_items if i.id not in answered]
        return tuple(result)


__all__ = [
    "SessionSheetData",
    "SheetActual",
    "SheetActualProduct",
    "SheetAdverseEvent",
    "SheetAmendment",
    "SheetChecklistAnswer",
    "SheetLot",
    "SheetRepository",
    "SheetSignature",
]
