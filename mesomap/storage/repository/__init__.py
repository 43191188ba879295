"""Repositories: the only code that knows both domain objects and rows; the GUI calls these and
never builds queries. Each repository takes an open ``Database`` and the acting user's id, and
returns frozen dataclasses detached from the database (safe to keep in forms and threads).
Every change takes the ``version`` the caller read and raises ``ConflictError`` if the record
moved on in the meantime.

Names are importable from this package or from their modules (``repository.patients``, ...);
the modules load lazily, so importing the patient repository at start-up does not load the rest.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from mesomap.storage.repository.catalog import (
        CatalogRepository,
        LotInput,
        LotRecord,
        ProductInput,
        ProductRecord,
    )
    from mesomap.storage.repository.clinic_settings import ClinicSettingsRepository
    from mesomap.storage.repository.patients import (
        PatientInput,
        PatientRecord,
        PatientRepository,
        PatientSummary,
    )
    from mesomap.storage.repository.sessions import (
        ALLOWED_TRANSITIONS,
        SessionInput,
        SessionRecord,
        SessionRepository,
    )

_MODULES = {
    "catalog": ("CatalogRepository", "LotInput", "LotRecord", "ProductInput", "ProductRecord"),
    "clinic_settings": ("ClinicSettingsRepository",),
    "patients": ("PatientInput", "PatientRecord", "PatientRepository", "PatientSummary"),
    "sessions": ("ALLOWED_TRANSITIONS", "SessionInput", "SessionRecord", "SessionRepository"),
}
_WHERE = {name: module for module, names in _MODULES.items() for name in names}

__all__ = [
    "ALLOWED_TRANSITIONS",
    "CatalogRepository",
    "ClinicSettingsRepository",
    "LotInput",
    "LotRecord",
    "PatientInput",
    "PatientRecord",
    "PatientRepository",
    "PatientSummary",
    "ProductInput",
    "ProductRecord",
    "SessionInput",
    "SessionRecord",
    "SessionRepository",
]


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{module}"), name)
