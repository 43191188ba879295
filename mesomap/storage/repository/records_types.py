"""Frozen dataclasses of the clinical-record API (issue 7), detached from the database.

Inputs (``...Input``) are what a form submits; records (``...Record``) are what the repositories
return, with ``id`` and ``version`` (pass ``version`` back to change the row: a different stored
version raises ``ConflictError``). See docs/records.md for the whole API.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

import numpy as np

from mesomap.core.document import MapDocument, Technique
from mesomap.core.records import DueWindow, LotState, RecordWarning
from mesomap.core.records.courses import (
    DEFAULT_INTERVAL_DAYS,
    DEFAULT_PLANNED_SESSIONS,
)
from mesomap.storage.models import SessionStatus
from mesomap.storage.repository.sessions import SessionRecord

# --- courses and consent -------------------------------------------------------------------


@dataclass(frozen=True)
class IndicationRecord:
    """One indication a course can treat: shipped (translatable label) or the clinic's own."""

    code: str
    label: str
    shipped: bool


@dataclass(frozen=True)
class ConsentInput:
    patient_id: int
    consented_on: dt.date
    form_version: str = ""
    taken_by_id: int | None = None
    course_id: int | None = None
    scope: str = ""
    withdrawn_on: dt.date | None = None
    notes: str = ""


@dataclass(frozen=True)
class ConsentRecord(ConsentInput):
    id: int = 0
    version: int = 0
    taken_by_name: str | None = None


@dataclass(frozen=True)
class CourseInput:
    patient_id: int
    indication: str
    area: str = ""
    planned_sessions: int = DEFAULT_PLANNED_SESSIONS
    interval_days_min: int = DEFAULT_INTERVAL_DAYS[0]
    interval_days_max: int = DEFAULT_INTERVAL_DAYS[1]
    practitioner_id: int | None = None
    started_on: dt.date | None = None
    closed_on: dt.date | None = None
    notes: str = ""


@dataclass(frozen=True)
class CourseRecord(CourseInput):
    id: int = 0
    version: int = 0
    sessions_counted: int = 0  # sessions not cancelled / no-show
    sessions_done: int = 0  # performed or signed
    last_session_on: dt.date | None = None  # last performed/signed session (local day, UTC)
    next_due: DueWindow | None = None
    warnings: tuple[RecordWarning, ...] = ()  # e.g. more sessions than planned


@dataclass(frozen=True)
class TimelinePoint:
    """One session on the patient's timeline / course plot."""

    session_id: int
    course_id: int | None
    scheduled_at: dt.datetime
    performed_at: dt.datetime | None
    status: SessionStatus
    papules: int  # actual if recorded, else planned
    volume_ml: Decimal  # actual if recorded, else planned
    days_since_previous: int | None  # from the previous not-cancelled session of the patient
    outcomes: tuple[OutcomeRecord, ...] = ()


# --- protocol library, checklist items, clinic limits, lots ---------------------------------


@dataclass(frozen=True)
class PresetInput:
    code: str
    name: str
    technique_code: str
    pattern: str
    depth_mm: float
    needle_gauge: int
    needle_length_mm: float
    angle_deg: float
    spacing_cm: float
    seconds_per_papule: float
    setup_minutes: float
    volume_per_papule_ml: Decimal | None = None
    spacing_min_cm: float | None = None
    spacing_max_cm: float | None = None
    margin_cm: float = 0.0
    nappage_density_per_cm2: float | None = None
    notes: str = ""
    active: bool = True


@dataclass(frozen=True)
class PresetRecord(PresetInput):
    id: int = 0
    version: int = 0
    shipped: bool = False

    def technique(self, **overrides: Any) -> Technique:
        """The region technique this preset gives (``preset_id`` set), with overrides."""
        base = Technique(
            code=self.technique_code, preset_id=self.id, depth_mm=self.depth_mm,
            needle_gauge=self.needle_gauge, needle_length_mm=self.needle_length_mm,
            angle_deg=self.angle_deg, spacing_cm=self.spacing_cm, margin_cm=self.margin_cm,
            nappage_density_per_cm2=self.nappage_density_per_cm2,
            seconds_per_papule=self.seconds_per_papule, setup_minutes=self.setup_minutes,
        )
        return base.replace(**overrides) if overrides else base

    def overridden(self, technique: Technique) -> frozenset[str]:
        """Names of the technique values a region changed from this preset (for the editor's
        "overridden" marks)."""
        base = self.technique()
        names = ("code", "depth_mm", "needle_gauge", "needle_length_mm", "angle_deg",
                 "spacing_cm", "margin_cm", "nappage_density_per_cm2", "seconds_per_papule",
                 "setup_minutes")
        return frozenset(n for n in names if getattr(technique, n) != getattr(base, n))


@dataclass(frozen=True)
class ChecklistItemInput:
    code: str
    label: str
    position: int = 0
    blocking: bool = True
    active: bool = True


@dataclass(frozen=True)
class ChecklistItemRecord(ChecklistItemInput):
    id: int = 0
    version: int = 0


@dataclass(frozen=True)
class ClinicLimitInput:
    code: str
    label: str
    body_area: str | None = None
    indication: str | None = None
    max_volume_per_session_ml: Decimal | None = None
    max_injections_per_session: int | None = None
    max_session_minutes: int | None = None
    min_days_between_sessions: int | None = None
    max_sessions_per_course: int | None = None
    active: bool = True


@dataclass(frozen=True)
class ClinicLimitRecord(ClinicLimitInput):
    id: int = 0
    version: int = 0


@dataclass(frozen=True)
class LotCheck:
    """A lot's state on a given day (expired lots are refused, expiring ones flagged)."""

    lot_id: int
    product_id: int
    product_name: str
    lot_number: str
    expiry_date: dt.date
    state: LotState
    warning: RecordWarning | None


@dataclass(frozen=True)
class RecallHit:
    """One session that used (or plans to use) a lot."""

    patient_id: int
    patient_name: str
    session_id: int
    scheduled_at: dt.datetime
    performed_at: dt.datetime | None
    status: SessionStatus
    product_name: str
    lot_number: str
    region_names: tuple[str, ...]
    planned_volume_ml: Decimal  # injections × volume per papule over the regions using the lot
    actual_volume_ml: Decimal | None  # from the recorded actuals, when any


# --- planning and performing -----------------------------------------------------------------


@dataclass(frozen=True)
class PlanInput:
    """A new session: when, for whom, and (optionally) the template reference with the fit."""

    patient_id: int
    scheduled_at: dt.datetime
    template: Any = None  # mesomap.core.document.TemplateRef | None
    practitioner_id: int | None = None
    course_id: int | None = None
    planned_minutes: int | None = None
    notes: str = ""


@dataclass(frozen=True)
class SessionPlan:
    """A session opened in the editor: the session, its map and its version, the previous
    session's papules per region id (faint overlay; empty when not a repeat) and the warnings
    of the plan as stored."""

    session: SessionRecord
    map: MapDocument | None
    map_version: int | None
    previous_papules: Mapping[str, np.ndarray] = field(default_factory=dict)
    warnings: tuple[RecordWarning, ...] = ()


@dataclass(frozen=True)
class ChecklistAnswerInput:
    item_id: int
    answer: str  # "yes" | "no" | "not_applicable"
    note: str = ""


@dataclass(frozen=True)
class ChecklistLine:
    item_id: int
    label: str
    blocking: bool
    answer: str | None
    note: str = ""
    answered_by_name: str | None = None
    answered_at: dt.datetime | None = None


@dataclass(frozen=True)
class ChecklistView:
    lines: tuple[ChecklistLine, ...]
    problems: tuple[RecordWarning, ...]  # empty: complete

    @property
    def complete(self) -> bool:
        return not self.problems


@dataclass(frozen=True)
class ActualProductInput:
    product_name: str
    volume_total_ml: Decimal
    product_id: int | None = None
    lot_id: int | None = None
    lot_number: str = ""


@dataclass(frozen=True)
class RegionActualInput:
    region_uid: str
    region_name: str
    papules_performed: int
    products: tuple[ActualProductInput, ...] = ()
    notes: str = ""


@dataclass(frozen=True)
class OutcomeInput:
    patient_id: int
    kind: str  # "pain_score" (0–10) | "circumference_cm" | "free_score"
    value: Decimal
    measured_at: dt.datetime
    label: str = ""
    session_id: int | None = None
    course_id: int | None = None
    notes: str = ""


@dataclass(frozen=True)
class OutcomeRecord(OutcomeInput):
    id: int = 0
    version: int = 0


@dataclass(frozen=True)
class AdverseEventInput:
    kind: str
    severity: str  # "mild" | "moderate" | "severe"
    description: str = ""
    action_taken: str = ""
    onset_at: dt.datetime | None = None


@dataclass(frozen=True)
class AdverseEventRecord(AdverseEventInput):
    id: int = 0
    patient_id: int = 0
    session_id: int | None = None
    amendment_id: int | None = None  # set: recorded after signing, as an amendment
    recorded_by_name: str | None = None
    recorded_at: dt.datetime | None = None
    version: int = 0


# --- signing and amendments -----------------------------------------------------------------


@dataclass(frozen=True)
class AmendmentInput:
    reason: str
    target: str = "notes"  # "notes" | "adverse_event" | "region_actual" | "outcome" | ...
    content: Mapping[str, Any] = field(default_factory=dict)  # JSON values


@dataclass(frozen=True)
class AmendmentRecord:
    id: int
    session_id: int
    author_id: int | None
    author_name: str | None
    created_at: dt.datetime
    reason: str
    target: str
    content: Mapping[str, Any]
    adverse_event: AdverseEventRecord | None = None


@dataclass(frozen=True)
class SignatureRecord:
    id: int
    session_id: int
    amendment_id: int | None
    signer_id: int
    signer_name: str
    signed_at: dt.datetime
    meaning: str
    digest_sha256: str
    digest_method: str
    record_version: int


@dataclass(frozen=True)
class VerifyResult:
    """Digest check of a signed record: ``ok`` when the stored record still gives the digest
    its signature holds."""

    session_id: int
    ok: bool
    stored_digest: str | None
    computed_digest: str
    signature: SignatureRecord | None


@dataclass(frozen=True)
class SessionFullRecord:
    """Everything about one session, as the record view and the signed view show it."""

    session: SessionRecord
    map: MapDocument | None
    map_version: int | None
    checklist: ChecklistView
    actuals: tuple[RegionActualInput, ...]
    events: tuple[AdverseEventRecord, ...]  # recorded with the session (amendment_id None)
    outcomes: tuple[OutcomeRecord, ...]
    amendments: tuple[AmendmentRecord, ...]  # beside the original, oldest first
    signatures: tuple[SignatureRecord, ...]
    warnings: tuple[RecordWarning, ...] = ()

    @property
    def signed(self) -> bool:
        return self.session.status == SessionStatus.SIGNED


# --- Today -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class TodayGroup:
    """One practitioner's sessions of the day (practitioner None: not assigned)."""

    practitioner_id: int | None
    practitioner_name: str | None
    sessions: tuple[SessionRecord, ...]

    def count(self, status: SessionStatus) -> int:
        return sum(1 for s in self.sessions if s.status == status)


__all__ = [
    "ActualProductInput", "AdverseEventInput", "AdverseEventRecord", "AmendmentInput",
    "AmendmentRecord", "ChecklistAnswerInput", "ChecklistItemInput", "ChecklistItemRecord",
    "ChecklistLine", "ChecklistView", "ClinicLimitInput", "ClinicLimitRecord", "ConsentInput",
    "ConsentRecord", "CourseInput", "CourseRecord", "IndicationRecord", "LotCheck",
    "OutcomeInput", "OutcomeRecord", "PlanInput", "PresetInput", "PresetRecord", "RecallHit",
    "RegionActualInput", "SessionFullRecord", "SessionPlan", "SignatureRecord", "TimelinePoint",
    "TodayGroup", "VerifyResult",
]
