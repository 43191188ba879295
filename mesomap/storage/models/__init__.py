"""mesomap's SQLAlchemy models, one module per area; import everything from here.

``metadata`` (with its naming convention) is what Alembic compares against.
"""

from __future__ import annotations

from mesomap.storage.models.accounts import UserAccount, UserRole
from mesomap.storage.models.base import NAMING_CONVENTION, Base, metadata, utcnow
from mesomap.storage.models.catalog import ClinicLimit, Lot, Product, ProtocolPreset
from mesomap.storage.models.clinical import (
    AdverseEvent,
    ChecklistAnswer,
    ChecklistItem,
    OutcomeMeasure,
    TreatmentCourse,
    TreatmentSession,
)
from mesomap.storage.models.enums import (
    ChecklistAnswerValue,
    OutcomeKind,
    Pattern,
    Role,
    SessionStatus,
    SettingType,
    Severity,
    Sex,
    SignatureMeaning,
)
from mesomap.storage.models.mapdata import (
    MapRegion,
    MapRegionProduct,
    Papule,
    RegionActual,
    RegionActualProduct,
    SessionMap,
    TemplateSnapshot,
)
from mesomap.storage.models.meta import MARKER_APPLICATION, ClinicSetting, MesomapMeta
from mesomap.storage.models.patients import ConsentRecord, Patient
from mesomap.storage.models.records import Amendment, AuditEntry, Signature

__all__ = [
    "MARKER_APPLICATION",
    "NAMING_CONVENTION",
    "AdverseEvent",
    "Amendment",
    "AuditEntry",
    "Base",
    "ChecklistAnswer",
    "ChecklistAnswerValue",
    "ChecklistItem",
    "ClinicLimit",
    "ClinicSetting",
    "ConsentRecord",
    "Lot",
    "MapRegion",
    "MapRegionProduct",
    "MesomapMeta",
    "OutcomeKind",
    "OutcomeMeasure",
    "Papule",
    "Patient",
    "Pattern",
    "Product",
    "ProtocolPreset",
    "RegionActual",
    "RegionActualProduct",
    "Role",
    "SessionMap",
    "SessionStatus",
    "SettingType",
    "Severity",
    "Sex",
    "Signature",
    "SignatureMeaning",
    "TemplateSnapshot",
    "TreatmentCourse",
    "TreatmentSession",
    "UserAccount",
    "UserRole",
    "metadata",
    "utcnow",
]
