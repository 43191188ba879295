"""Qt-free rules of the clinical record (issue 7): course intervals and counts, product and
clinic limits, lot expiry, checklist completeness, repeat-with-shift, and the canonical
serialization + SHA-256 digest a signature covers.

Every rule returns ``RecordWarning`` values (code, translatable template, parameters, severity);
nothing is capped or changed silently, and nothing here proposes a dose.
Storage (``mesomap.storage.repository.records``) feeds them from the database; see docs/records.md.
"""

from mesomap.core.records.canonical import (
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
    canonical_record_bytes,
    record_digest,
    to_canonical_dict,
)
from mesomap.core.records.checklist import (
    DEFAULT_CHECKLIST,
    ChecklistQuestion,
    checklist_problems,
)
from mesomap.core.records.courses import (
    DEFAULT_INDICATIONS,
    DEFAULT_INTERVAL_DAYS,
    DEFAULT_PLANNED_SESSIONS,
    PLANNED_SESSIONS_RANGE,
    DueWindow,
    course_count_warnings,
    interval_warnings,
    next_due,
)
from mesomap.core.records.limits import (
    ClinicLimits,
    CourseUse,
    ProductLimits,
    ProductUse,
    SessionUse,
    clinic_limit_warnings,
    product_limit_warnings,
)
from mesomap.core.records.lots import EXPIRY_WARNING_DAYS, LotState, lot_state, lot_warning
from mesomap.core.records.notices import RecordWarning, refused
from mesomap.core.records.repeat import mean_distance_to_previous, previous_papules, repeat_map

__all__ = [
    "AMENDMENT_DIGEST_METHOD",
    "AmendmentData",
    "amendment_digest",
    "DEFAULT_CHECKLIST",
    "DEFAULT_INDICATIONS",
    "DEFAULT_INTERVAL_DAYS",
    "DEFAULT_PLANNED_SESSIONS",
    "DIGEST_METHOD",
    "EXPIRY_WARNING_DAYS",
    "PLANNED_SESSIONS_RANGE",
    "ActualEntry",
    "ActualProductEntry",
    "ChecklistEntry",
    "ChecklistQuestion",
    "ClinicLimits",
    "CourseUse",
    "DueWindow",
    "EventEntry",
    "LotState",
    "OutcomeEntry",
    "ProductLimits",
    "ProductUse",
    "RecordWarning",
    "SessionRecordData",
    "SessionUse",
    "canonical_record_bytes",
    "checklist_problems",
    "clinic_limit_warnings",
    "course_count_warnings",
    "interval_warnings",
    "lot_state",
    "lot_warning",
    "mean_distance_to_previous",
    "next_due",
    "previous_papules",
    "product_limit_warnings",
    "record_digest",
    "refused",
    "repeat_map",
    "to_canonical_dict",
]
