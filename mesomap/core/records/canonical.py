"""Canonical serialization of a whole session record and its SHA-256 digest (the signature).

The record is: the session's own fields, the map (``mesomap.core.document.serialize.to_dict``:
template id, version and content hash, patient fit, regions with technique, mixture and
papules), the contraindication checklist answers, what was actually done per region, the
adverse events recorded with the session and the outcome measures. Amendments are *not* part of
it: they come later and are kept beside the original.

Canonical form: UTF-8 JSON, sorted keys, no whitespace; instants as UTC ISO 8601 with
microseconds; volumes as strings with four decimals, outcome values with three; floats by their
shortest round-trip ``repr`` (the map's rule). The same stored record always gives the same bytes
on SQLite and PostgreSQL, so the digest can be verified at any time from the database alone.
``DIGEST_METHOD`` is stored with each signature so a later format can coexist.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from mesomap.core.document import MapDocument, dumps_canonical, to_dict

DIGEST_METHOD = "session-canonical-v1"
FORMAT = "mesomap-session-record"
FORMAT_VERSION = 1


@dataclass(frozen=True)
class ChecklistEntry:
    item_id: int
    label: str
    answer: str  # "yes" | "no" | "not_applicable"
    note: str
    answered_by: int | None
    answered_at: dt.datetime


@dataclass(frozen=True)
class ActualProductEntry:
    product_id: int | None
    lot_id: int | None
    product_name: str
    lot_number: str
    volume_total_ml: Decimal


@dataclass(frozen=True)
class ActualEntry:
    region_uid: str
    region_name: str
    papules_performed: int
    performed_at: dt.datetime | None
    notes: str
    products: tuple[ActualProductEntry, ...] = ()


@dataclass(frozen=True)
class EventEntry:
    kind: str
    severity: str
    onset_at: dt.datetime | None
    description: str
    action_taken: str
    recorded_by: int | None
    recorded_at: dt.datetime


@dataclass(frozen=True)
class OutcomeEntry:
    kind: str
    label: str
    value: Decimal
    measured_at: dt.datetime
    notes: str


@dataclass(frozen=True)
class SessionRecordData:
    """Everything a signature covers (status, version and who-changed stamps are not part of it:
    the signature row keeps the record version)."""

    session_id: int
    patient_id: int
    course_id: int | None
    practitioner_id: int | None
    scheduled_at: dt.datetime
    performed_at: dt.datetime | None
    number_in_course: int | None
    previous_session_id: int | None
    notes: str
    map: MapDocument | None
    checklist: tuple[ChecklistEntry, ...] = ()
    actuals: tuple[ActualEntry, ...] = ()
    events: tuple[EventEntry, ...] = ()
    outcomes: tuple[OutcomeEntry, ...] = ()


def _instant(value: dt.datetime | None) -> str | None:
    if value is None:
        return None
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError("a record instant has no time zone")
    return value.astimezone(dt.UTC).isoformat(timespec="microseconds")


def _fixed(value: Decimal, places: int) -> str:
    quantum = Decimal(1).scaleb(-places)
    text = str(Decimal(value).quantize(quantum))
    return "0." + "0" * places if text.startswith("-0.") and Decimal(text) == 0 else text


def to_canonical_dict(record: SessionRecordData) -> dict[str, Any]:
    """The record as plain JSON values (see module doc)."""
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "session": {
            "id": record.session_id,
            "patient_id": record.patient_id,
            "course_id": record.course_id,
            "practitioner_id": record.practitioner_id,
            "scheduled_at": _instant(record.scheduled_at),
            "performed_at": _instant(record.performed_at),
            "number_in_course": record.number_in_course,
            "previous_session_id": record.previous_session_id,
            "notes": record.notes,
        },
        "map": to_dict(record.map) if record.map is not None else None,
        "checklist": [
            {"item_id": c.item_id, "label": c.label, "answer": c.answer, "note": c.note,
             "answered_by": c.answered_by, "answered_at": _instant(c.answered_at)}
            for c in sorted(record.checklist, key=lambda c: c.item_id)
        ],
        "actuals": [
            {"region_uid": a.region_uid, "region_name": a.region_name,
             "papules_performed": a.papules_performed, "performed_at": _instant(a.performed_at),
             "notes": a.notes,
             "products": [
                 {"product_id": p.product_id, "lot_id": p.lot_id, "product_name": p.product_name,
                  "lot_number": p.lot_number, "volume_total_ml": _fixed(p.volume_total_ml, 4)}
                 for p in a.products
             ]}
            for a in sorted(record.actuals, key=lambda a: a.region_uid)
        ],
        "events": [
            {"kind": e.kind, "severity": e.severity, "onset_at": _instant(e.onset_at),
             "description": e.description, "action_taken": e.action_taken,
             "recorded_by": e.recorded_by, "recorded_at": _instant(e.recorded_at)}
            for e in record.events
        ],
        "outcomes": [
            {"kind": o.kind, "label": o.label, "value": _fixed(o.value, 3),
             "measured_at": _instant(o.measured_at), "notes": o.notes}
            for o in record.outcomes
        ],
    }


def canonical_record_bytes(record: SessionRecordData) -> bytes:
    """UTF-8 canonical JSON of the whole session record."""
    return dumps_canonical(to_canonical_dict(record))


def record_digest(record: SessionRecordData) -> str:
    """SHA-256 hex of ``canonical_record_bytes``: what a signature stores."""
    return hashlib.sha256(canonical_record_bytes(record)).hexdigest()


AMENDMENT_DIGEST_METHOD = "amendment-canonical-v1"


@dataclass(frozen=True)
class AmendmentData:
    """What an amendment's own signature covers: the amendment, its adverse event if any, and
    the digest of the original record it sits beside."""

    amendment_id: int
    session_id: int
    author_id: int | None
    created_at: dt.datetime
    reason: str
    target: str
    content: Any
    event: EventEntry | None
    original_digest: str


def amendment_digest(data: AmendmentData) -> str:
    """SHA-256 hex of the amendment's canonical JSON."""
    e = data.event
    payload = {
        "format": "mesomap-amendment", "format_version": 1,
        "amendment_id": data.amendment_id, "session_id": data.session_id,
        "author_id": data.author_id, "created_at": _instant(data.created_at),
        "reason": data.reason, "target": data.target, "content": data.content,
        "event": None if e is None else {
            "kind": e.kind, "severity": e.severity, "onset_at": _instant(e.onset_at),
            "description": e.description, "action_taken": e.action_taken,
            "recorded_by": e.recorded_by, "recorded_at": _instant(e.recorded_at)},
        "original_digest": data.original_digest,
    }
    return hashlib.sha256(dumps_canonical(payload)).hexdigest()
