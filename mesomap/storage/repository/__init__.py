"""Repositories: the only code that knows both domain objects and rows; the GUI calls these and
never builds queries. Each repository takes an open ``Database`` and the acting user's id, and
returns frozen dataclasses detached from the database (safe to keep in forms and threads).
Every change takes the ``version`` the caller read and raises ``ConflictError`` if the record
moved on in the meantime.
"""

from __future__ import annotations

from mesomap.storage.repository.catalog import (
    CatalogRepository,
    LotInput,
    LotRecord,
    ProductInput,
    ProductRecord,
)
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

__all__ = [
    "ALLOWED_TRANSITIONS",
    "CatalogRepository",
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
