"""Signing, amendments and digest verification of session records.

::

    sig = SigningRecords(db, actor)
    sig.sign(session_id, password, meaning="performed") -> SignatureRecord
    sig.amend(session_id, AmendmentInput(reason, target, content), adverse_event=None) -> AmendmentRecord
    sig.verify(session_id) -> VerifyResult        # recomputes the digest from the stored record
    sig.current_digest(session_id) -> str

Signing: only an account holding the **practitioner** role, after re-entering its password
(``mesomap.storage.accounts.confirm_password(..., purpose="sign")``: throttled and audited like a
login; a wrong password raises ``LoginError``). The session must be *performed*. The signature
row keeps signer, time, meaning, the SHA-256 digest of the canonical record
(``mesomap.core.records.canonical``), its method name and the session's record version; the
session becomes *signed* and the database triggers refuse any later UPDATE/DELETE of it.

Amendments (AMEND permission, signed sessions only) carry a reason and their content as JSON and
are shown beside the original; an adverse event recorded after signing is an amendment with an
``adverse_event`` row pointing to it. Neither changes the original record nor its digest.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping, Sequence
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from mesomap.core.i18n import QT_TRANSLATE_NOOP
from mesomap.core.records import (
    AMENDMENT_DIGEST_METHOD,
    DIGEST_METHOD,
    ActualEntry,
    ActualProductEntry,
    AmendmentData,
    ChecklistEntry,
    EventEntry,
    OutcomeEntry,
    SessionRecordData,
    amendment_digest,
    record_digest,
)
from mesomap.storage import accounts, audit
from mesomap.storage.engine import Database
from mesomap.storage.errors import (
    InvalidInputError,
    InvalidTransitionError,
    NotFoundError,
    SignedRecordError,
)
from mesomap.storage.maps import load_map, map_version
from mesomap.storage.models import (
    AdverseEvent,
    Amendment,
    ChecklistAnswer,
    OutcomeMeasure,
    RegionActual,
    Role,
    SessionStatus,
    Severity,
    Signature,
    SignatureMeaning,
    TreatmentSession,
    UserAccount,
    UserRole,
)
from mesomap.storage.permissions import Permission, PermissionDeniedError
from mesomap.storage.repository._common import conflict_for
from mesomap.storage.repository.records_common import (
    SESSION,
    RecordsBase,
    enum_value,
    flush_or_conflict,
    names,
    require_aware,
    required_text,
    session_row,
)
from mesomap.storage.repository.records_types import (
    AdverseEventInput,
    AdverseEventRecord,
    AmendmentInput,
    AmendmentRecord,
    SignatureRecord,
    VerifyResult,
)


def _value(v: Any) -> str:
    return str(v.value) if hasattr(v, "value") else str(v)


def record_data(session: Session, session_id: int) -> SessionRecordData:
    """The stored record of a session as the digest covers it."""
    row = session_row(session, session_id)
    doc = load_map(session, session_id) if map_version(session, session_id) is not None else None
    checklist = tuple(
        ChecklistEntry(a.item_id, a.item_label, _value(a.answer), a.note, a.answered_by_id,
                       a.answered_at)
        for a in session.scalars(sa.select(ChecklistAnswer)
                                 .where(ChecklistAnswer.session_id == session_id)
                                 .order_by(ChecklistAnswer.item_id)))
    actuals = tuple(
        ActualEntry(r.region_uid, r.region_name, r.papules_performed, r.performed_at, r.notes,
                    tuple(ActualProductEntry(p.product_id, p.lot_id, p.product_name,
                                             p.lot_number, p.volume_total_ml) for p in r.products))
        for r in session.scalars(sa.select(RegionActual)
                                 .where(RegionActual.session_id == session_id)
                                 .order_by(RegionActual.region_uid, RegionActual.id)))
    events = tuple(
        EventEntry(e.kind, _value(e.severity), e.onset_at, e.description, e.action_taken,
                   e.recorded_by_id, e.recorded_at)
        for e in session.scalars(sa.select(AdverseEvent)
                                 .where(AdverseEvent.session_id == session_id,
                                        AdverseEvent.amendment_id.is_(None))
                                 .order_by(AdverseEvent.recorded_at, AdverseEvent.id)))
    outcomes = tuple(
        OutcomeEntry(_value(o.kind), o.label, o.value, o.measured_at, o.notes)
        for o in session.scalars(sa.select(OutcomeMeasure)
                                 .where(OutcomeMeasure.session_id == session_id)
                                 .order_by(OutcomeMeasure.measured_at, OutcomeMeasure.id)))
    return SessionRecordData(
        session_id=row.id, patient_id=row.patient_id, course_id=row.course_id,
        practitioner_id=row.practitioner_id, scheduled_at=row.scheduled_at,
        performed_at=row.performed_at, number_in_course=row.number_in_course,
        previous_session_id=row.previous_session_id, notes=row.notes, map=doc,
        checklist=checklist, actuals=actuals, events=events, outcomes=outcomes)


def _signature(row: Signature) -> SignatureRecord:
    return SignatureRecord(
        id=row.id, session_id=row.session_id, amendment_id=row.amendment_id,
        signer_id=row.signer_id, signer_name=row.signer_name, signed_at=row.signed_at,
        meaning=_value(row.meaning), digest_sha256=row.digest_sha256,
        digest_method=row.digest_method, record_version=row.record_version)


def signatures_of(session: Session, session_id: int) -> tuple[SignatureRecord, ...]:
    return tuple(_signature(s) for s in session.scalars(
        sa.select(Signature).where(Signature.session_id == session_id)
        .order_by(Signature.signed_at, Signature.id)))


def _event(e: AdverseEvent, who: Mapping[int, str]) -> AdverseEventRecord:
    return AdverseEventRecord(
        kind=e.kind, severity=_value(e.severity), description=e.description,
        action_taken=e.action_taken, onset_at=e.onset_at, id=e.id, patient_id=e.patient_id,
        session_id=e.session_id, amendment_id=e.amendment_id,
        recorded_by_name=who.get(e.recorded_by_id) if e.recorded_by_id else None,
        recorded_at=e.recorded_at, version=e.version)


def amendments_of(session: Session, session_id: int) -> tuple[AmendmentRecord, ...]:
    rows = session.scalars(sa.select(Amendment).where(Amendment.session_id == session_id)
                           .order_by(Amendment.created_at, Amendment.id)).all()
    events = {e.amendment_id: e for e in session.scalars(
        sa.select(AdverseEvent).where(AdverseEvent.amendment_id.in_([a.id for a in rows])))}
    who = names(session, {a.author_id for a in rows} | {e.recorded_by_id for e in events.values()})
    return tuple(
        AmendmentRecord(id=a.id, session_id=a.session_id, author_id=a.author_id,
                        author_name=who.get(a.author_id) if a.author_id else None,
                        created_at=a.created_at, reason=a.reason, target=a.target,
                        content=dict(a.content or {}),
                        adverse_event=_event(events[a.id], who) if a.id in events else None)
        for a in rows)


def _is_practitioner(session: Session, user_id: int | None) -> bool:
    if user_id is None:
        return False
    return session.execute(
        sa.select(UserRole.user_id).join(UserAccount, UserAccount.id == UserRole.user_id)
        .where(UserRole.user_id == user_id, UserRole.role == Role.PRACTITIONER,
               UserAccount.active.is_(True))).first() is not None


def amendment_data(session: Session, amendment_id: int) -> AmendmentData:
    """The stored amendment as its signature covers it."""
    a = session.get(Amendment, amendment_id)
    if a is None:
        raise NotFoundError(record="amendment")
    e = session.execute(sa.select(AdverseEvent).where(AdverseEvent.amendment_id == amendment_id)
                        ).scalar()
    event = None if e is None else EventEntry(
        e.kind, _value(e.severity), e.onset_at, e.description, e.action_taken,
        e.recorded_by_id, e.recorded_at)
    originals = [s for s in signatures_of(session, a.session_id) if s.amendment_id is None]
    return AmendmentData(a.id, a.session_id, a.author_id, a.created_at, a.reason, a.target,
                         a.content, event, originals[-1].digest_sha256 if originals else "")


class SigningRecords(RecordsBase):
    """Signatures, amendments and verification of one database, acting as ``actor``."""

    def sign(self, session_id: int, password: str, *, meaning: str = "performed",
             expected_version: int | None = None) -> SignatureRecord:
        """Sign a performed session: practitioner role only, password re-entered
        (``accounts.LoginError`` when wrong; ``PermissionDeniedError`` for other roles)."""
        signer = accounts.confirm_password(self.db, self.actor, password, purpose="sign")
        with self._write(Permission.SIGN) as session:
            if not _is_practitioner(session, signer.user_id):
                raise PermissionDeniedError(Permission.SIGN)
            row = session_row(session, session_id, lock=True)  # no change slips in meanwhile
            if expected_version is not None and row.version != expected_version:
                raise conflict_for(session, TreatmentSession, session_id, SESSION)
            if row.status == SessionStatus.SIGNED:
                raise SignedRecordError(record=SESSION)
            if row.status != SessionStatus.PERFORMED:
                raise InvalidTransitionError(current=_value(row.status),
                                             requested=SessionStatus.SIGNED.value)
            digest = record_digest(record_data(session, session_id))
            row.status = SessionStatus.SIGNED
            row.updated_by = signer.user_id
            flush_or_conflict(session, TreatmentSession, session_id, SESSION)
            assert signer.user_id is not None
            name = session.execute(sa.select(UserAccount.display_name)
                                   .where(UserAccount.id == signer.user_id)).scalar() or ""
            sig = Signature(session_id=session_id, signer_id=signer.user_id, signer_name=name,
                            signed_at=dt.datetime.now(dt.UTC),
                            meaning=enum_value(SignatureMeaning, meaning, "meaning"),
                            digest_sha256=digest,
                            digest_method=DIGEST_METHOD, record_version=row.version)
            session.add(sig)
            session.flush()
            audit.record(session, signer, audit.Action.SIGN, table=SESSION, record_id=session_id,
                         patient_id=row.patient_id,
                         details={"digest": digest, "meaning": meaning,
                                  "record_version": row.version})
            return _signature(sig)

    def sign_amendment(self, amendment_id: int, password: str) -> SignatureRecord:
        """Sign an amendment (practitioner, password re-entered): a signature row with
        ``amendment_id``, meaning "amendment" and the digest of the amendment together with the
        original record's digest. An amendment is signed once."""
        signer = accounts.confirm_password(self.db, self.actor, password, purpose="sign")
        with self._write(Permission.SIGN) as session:
            if not _is_practitioner(session, signer.user_id):
                raise PermissionDeniedError(Permission.SIGN)
            data = amendment_data(session, amendment_id)
            row = session_row(session, data.session_id, lock=True)
            if session.execute(sa.select(Signature.id).where(
                    Signature.amendment_id == amendment_id)).first() is not None:
                raise SignedRecordError(record=QT_TRANSLATE_NOOP("storage", "amendment"))
            assert signer.user_id is not None
            name = session.execute(sa.select(UserAccount.display_name)
                                   .where(UserAccount.id == signer.user_id)).scalar() or ""
            digest = amendment_digest(data)
            sig = Signature(session_id=data.session_id, amendment_id=amendment_id,
                            signer_id=signer.user_id, signer_name=name,
                            signed_at=dt.datetime.now(dt.UTC),
                            meaning=SignatureMeaning.AMENDMENT, digest_sha256=digest,
                            digest_method=AMENDMENT_DIGEST_METHOD, record_version=row.version)
            session.add(sig)
            session.flush()
            audit.record(session, signer, audit.Action.SIGN, table="amendment",
                         record_id=amendment_id, patient_id=row.patient_id,
                         details={"digest": digest, "session_id": data.session_id})
            return _signature(sig)

    def verify_amendment(self, amendment_id: int) -> VerifyResult:
        """Recompute a signed amendment's digest (``ok`` False when unsigned or changed)."""
        with self._read() as session:
            data = amendment_data(session, amendment_id)
            computed = amendment_digest(data)
            sigs = [s for s in signatures_of(session, data.session_id)
                    if s.amendment_id == amendment_id]
            sig = sigs[-1] if sigs else None
            return VerifyResult(session_id=data.session_id,
                                ok=sig is not None and sig.digest_sha256 == computed,
                                stored_digest=sig.digest_sha256 if sig else None,
                                computed_digest=computed, signature=sig)

    def amend(self, session_id: int, data: AmendmentInput,
              adverse_event: AdverseEventInput | None = None) -> AmendmentRecord:
        """Add an amendment (reason required) to a signed session; with ``adverse_event`` the
        event is recorded as part of it."""
        reason = data.reason.strip()
        if not reason:
            raise InvalidInputError(QT_TRANSLATE_NOOP(
                "storage", "Give the reason for the amendment."), field="reason")
        if adverse_event is not None:
            required_text(adverse_event.kind, "kind")
            require_aware(adverse_event.onset_at, "onset_at")
        with self._write(Permission.AMEND) as session:
            row = session_row(session, session_id)
            if row.status != SessionStatus.SIGNED:
                raise InvalidInputError(QT_TRANSLATE_NOOP(
                    "storage", "Only a signed session is amended; change this one directly."),
                    field="reason")
            now = dt.datetime.now(dt.UTC)
            content = dict(data.content)
            target = data.target
            if adverse_event is not None:
                target = "adverse_event"
                content = {**content, "kind": adverse_event.kind,
                           "severity": adverse_event.severity,
                           "description": adverse_event.description,
                           "action_taken": adverse_event.action_taken,
                           "onset_at": adverse_event.onset_at.isoformat()
                           if adverse_event.onset_at else None}
            amendment = Amendment(session_id=session_id, author_id=self.actor_id, created_at=now,
                                  reason=reason, target=target,
                                  content=json.loads(audit.canonical_json(content)))
            session.add(amendment)
            session.flush()
            if adverse_event is not None:
                session.add(AdverseEvent(
                    patient_id=row.patient_id, session_id=session_id, amendment_id=amendment.id,
                    kind=adverse_event.kind.strip(),
                    severity=enum_value(Severity, adverse_event.severity, "severity"),
                    onset_at=adverse_event.onset_at, description=adverse_event.description,
                    action_taken=adverse_event.action_taken, recorded_by_id=self.actor_id,
                    recorded_at=now, created_by=self.actor_id, updated_by=self.actor_id))
                session.flush()
            audit.record(session, self.actor, audit.Action.AMEND, table=SESSION,
                         record_id=session_id, patient_id=row.patient_id,
                         details={"amendment_id": amendment.id, "target": target})
            found = [a for a in amendments_of(session, session_id) if a.id == amendment.id]
            return found[0]

    def current_digest(self, session_id: int) -> str:
        """The digest of the record as stored now."""
        with self._read() as session:
            return record_digest(record_data(session, session_id))

    def verify(self, session_id: int) -> VerifyResult:
        """Recompute the digest and compare it with the session's signature (``ok`` False when
        there is no signature or the stored record no longer gives its digest)."""
        with self._read() as session:
            computed = record_digest(record_data(session, session_id))
            sigs = [s for s in signatures_of(session, session_id) if s.amendment_id is None]
            sig = sigs[-1] if sigs else None
            return VerifyResult(session_id=session_id,
                                ok=sig is not None and sig.digest_sha256 == computed,
                                stored_digest=sig.digest_sha256 if sig else None,
                                computed_digest=computed, signature=sig)

    def signatures(self, session_id: int) -> tuple[SignatureRecord, ...]:
        with self._read() as session:
            return signatures_of(session, session_id)

    def amendments(self, session_id: int) -> tuple[AmendmentRecord, ...]:
        with self._read() as session:
            return amendments_of(session, session_id)


def verify_signatures(db: Database, session_ids: Sequence[int] | None = None) -> list[VerifyResult]:
    """Check every signature (or those of ``session_ids``) against the stored records, oldest
    first: one result per signature, for ``mesomap signatures --verify``. Reads digests only (no
    patient data leaves), so it needs no login. Stand-in digests of big demo seeds
    (``digest_method`` "demo-seed") are not verifiable and are left out."""
    results: list[VerifyResult] = []
    with db.session(read_only=True) as session:
        stmt = sa.select(Signature).where(Signature.digest_method != "demo-seed") \
            .order_by(Signature.session_id, Signature.signed_at, Signature.id)
        if session_ids is not None:
            stmt = stmt.where(Signature.session_id.in_(list(session_ids)))
        for sig in session.scalars(stmt).all():
            if sig.amendment_id is None:
                computed = record_digest(record_data(session, sig.session_id))
            else:
                computed = amendment_digest(amendment_data(session, sig.amendment_id))
            results.append(VerifyResult(sig.session_id, computed == sig.digest_sha256,
                                        sig.digest_sha256, computed, _signature(sig)))
    return results
