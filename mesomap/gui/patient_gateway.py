"""Adapters between the GUI's patient widgets and the storage repositories.

The patient list needs a ``search(text, limit)`` callable and the patient dialog a
:class:`mesomap.gui.patient_dialog.PatientGateway`; both are thin wrappers around
``mesomap.storage.repository.patients.PatientRepository`` (the GUI never builds queries).
``clinic_settings_backend(db)`` gives the clinic scope of the settings registry (storage's
clinic settings repository).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from mesomap.storage.errors import ConflictError
from mesomap.storage.models import Sex
from mesomap.storage.repository.clinic_settings import ClinicSettingsRepository
from mesomap.storage.repository.patients import PatientInput, PatientRepository


def make_patient_search(db: Any, actor_id: Any = None) -> Callable[[str, int], Sequence[Any]]:
    """The patient list's search function over ``db`` (safe to call from a worker thread: each
    call opens its own read-only session)."""
    repo = PatientRepository(db, actor_id=actor_id)

    def search(text: str, limit: int) -> Sequence[Any]:
        return repo.search(text, limit=limit)

    return search


class RepositoryPatientGateway:
    """:class:`PatientGateway` over the patient repository."""

    def __init__(self, db: Any, actor_id: Any = None) -> None:
        self.repo = PatientRepository(db, actor_id=actor_id)

    def load(self, patient_id: int) -> tuple[dict[str, Any], int]:
        record = self.repo.get(patient_id)
        values = {f.name: getattr(record, f.name) for f in dataclasses.fields(PatientInput)}
        values["sex"] = str(Sex(record.sex).value)
        return values, record.version

    @staticmethod
    def _input(values: Mapping[str, Any]) -> PatientInput:
        names = {f.name for f in dataclasses.fields(PatientInput)}
        data = {k: v for k, v in values.items() if k in names}
        data["sex"] = Sex(str(values.get("sex") or "unknown"))
        return PatientInput(**data)

    def create(self, values: Mapping[str, Any]) -> int:
        return self.repo.create(self._input(values)).id

    def update(self, patient_id: int, version: int, values: Mapping[str, Any]) -> int:
        return self.repo.update(patient_id, version, self._input(values)).version

    def is_conflict(self, exc: BaseException) -> bool:
        return isinstance(exc, ConflictError)


def clinic_settings_backend(db: Any, actor: Any = None) -> ClinicSettingsRepository:
    """The clinic scope of the settings registry for ``db`` (the ``clinic_setting`` table),
    written as ``actor`` (an id or the window's ``ActorRef``)."""
    return ClinicSettingsRepository(db, actor)
