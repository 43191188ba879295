"""The clinical-record API of issue 7 in one place: courses and consent, the protocol library,
products' lots and limits, session planning and performing, signing and amendments, Today.

::

    from mesomap.storage.repository.records import RecordsRepository, PlanInput, ...
    rec = RecordsRepository(db, actor)        # actor: the logged-in Actor (or an account id)
    rec.courses   # CourseRecords   (records_courses.py): indications, consents, courses, timeline
    rec.catalog   # ProtocolRecords (records_catalog.py): presets, checklist items, clinic limits,
                  #                 lot checks, recall
    rec.sessions  # SessionRecords  (records_sessions.py): plan, repeat, open, save_map, check,
                  #                 checklist, actuals, mark_performed, outcomes, adverse events, full
    rec.signing   # SigningRecords  (records_signing.py): sign, amend, verify
    rec.today     # TodayRecords    (records_today.py): day, reschedule, cancel, no_show, reopen

Products and lots themselves are created with ``CatalogRepository`` (catalog.py). Every method
checks the acting user's permission and writes the audit trail; every value returned is a frozen
dataclass from ``records_types``; errors are ``StorageError`` subclasses with a sentence
(``InvalidInputError.field`` names the form field). docs/records.md documents it all.
"""

from __future__ import annotations

from mesomap.core.records import LotState, RecordWarning
from mesomap.storage.engine import Database
from mesomap.storage.permissions import ActorLike
from mesomap.storage.repository.records_catalog import ProtocolRecords
from mesomap.storage.repository.records_courses import CourseRecords
from mesomap.storage.repository.records_sessions import SessionRecords
from mesomap.storage.repository.records_signing import SigningRecords, record_data
from mesomap.storage.repository.records_today import TodayRecords
from mesomap.storage.repository.records_types import (
    ActualProductInput,
    AdverseEventInput,
    AdverseEventRecord,
    AmendmentInput,
    AmendmentRecord,
    ChecklistAnswerInput,
    ChecklistItemInput,
    ChecklistItemRecord,
    ChecklistLine,
    ChecklistView,
    ClinicLimitInput,
    ClinicLimitRecord,
    ConsentInput,
    ConsentRecord,
    CourseInput,
    CourseRecord,
    IndicationRecord,
    LotCheck,
    OutcomeInput,
    OutcomeRecord,
    PlanInput,
    PresetInput,
    PresetRecord,
    RecallHit,
    RegionActualInput,
    SessionFullRecord,
    SessionPlan,
    SignatureRecord,
    TimelinePoint,
    TodayGroup,
    VerifyResult,
)


class RecordsRepository:
    """All clinical-record repositories for one database and acting user."""

    def __init__(self, db: Database, actor: ActorLike = None) -> None:
        self.db = db
        self.actor = actor
        self.courses = CourseRecords(db, actor)
        self.catalog = ProtocolRecords(db, actor)
        self.sessions = SessionRecords(db, actor)
        self.signing = SigningRecords(db, actor)
        self.today = TodayRecords(db, actor)


__all__ = [
    "ActualProductInput", "AdverseEventInput", "AdverseEventRecord", "AmendmentInput",
    "AmendmentRecord", "ChecklistAnswerInput", "ChecklistItemInput", "ChecklistItemRecord",
    "ChecklistLine", "ChecklistView", "ClinicLimitInput", "ClinicLimitRecord", "ConsentInput",
    "ConsentRecord", "CourseInput", "CourseRecord", "CourseRecords", "IndicationRecord",
    "LotCheck", "LotState", "OutcomeInput", "OutcomeRecord", "PlanInput", "PresetInput",
    "PresetRecord", "ProtocolRecords", "RecallHit", "RecordWarning", "RecordsRepository",
    "RegionActualInput", "SessionFullRecord", "SessionPlan", "SessionRecords",
    "SignatureRecord", "SigningRecords", "TimelinePoint", "TodayGroup", "TodayRecords",
    "VerifyResult", "record_data",
]
