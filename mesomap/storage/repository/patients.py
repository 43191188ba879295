"""Patients: search-as-you-type, read, create, update (optimistic locking), delete.

API for the GUI (stable; engineer E's patient list and patient dialog use it)::

    repo = PatientRepository(db, actor_id=user.id)      # actor_id None in a demo database
    repo.search("dup jea", limit=50) -> list[PatientSummary]   # name, external id, birth date
    repo.count() -> int
    repo.get(patient_id) -> PatientRecord                      # NotFoundError
    repo.create(PatientInput(...)) -> PatientRecord            # InvalidInputError
    repo.update(patient_id, record.version, PatientInput(...)) -> PatientRecord  # ConflictError
    repo.delete(patient_id, record.version)                    # RecordInUseError if it has records

Every call checks the acting user's roles (``mesomap.storage.permissions``: reading needs
PATIENT_READ, identity/contact fields PATIENT_IDENTITY_WRITE, allergies/contraindications/notes
PATIENT_CLINICAL_WRITE) and every change is written to the audit trail (field names only: no
identity values enter the audit). ``actor_id`` may be an account id or a logged-in ``Actor``.

The repository returns **frozen dataclasses detached from the database** (never ORM objects), so
the GUI can hold them across sessions and threads. Keep the ``version`` of the record a form was
filled from and pass it to ``update``: if someone saved the patient in between, ``update`` raises
``ConflictError`` (``changed_by``, ``changed_at``) and writes nothing; the form keeps its values.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, fields

import sqlalchemy as sa
from sqlalchemy.orm.exc import StaleDataError

from mesomap.core.i18n import QT_TRANSLATE_NOOP
from mesomap.storage import audit
from mesomap.storage.engine import Database
from mesomap.storage.errors import InvalidInputError, RecordInUseError
from mesomap.storage.models import Patient, Sex
from mesomap.storage.permissions import ActorLike, Permission, actor_id_of, require
from mesomap.storage.repository._common import (
    conflict_for,
    get_or_404,
    lock_for_update,
    user_name,
)
from mesomap.storage.search import patient_search_text, query_tokens

RECORD = "patient"


@dataclass(frozen=True)
class PatientSummary:
    """One line of the patient list."""

    id: int
    family_name: str
    given_name: str
    birth_date: dt.date | None
    sex: Sex
    external_id: str | None
    anonymised: bool

    @property
    def display_name(self) -> str:
        """"FAMILY, Given" as lists show it."""
        return f"{self.family_name.upper()}, {self.given_name}" if self.given_name else self.family_name.upper()


@dataclass(frozen=True)
class PatientInput:
    """What the patient form submits (create and update)."""

    family_name: str
    given_name: str = ""
    birth_date: dt.date | None = None
    sex: Sex = Sex.UNKNOWN
    phone: str = ""
    email: str = ""
    address: str = ""
    allergies: str = ""
    contraindication_notes: str = ""
    notes: str = ""
    external_id: str | None = None


@dataclass(frozen=True)
class PatientRecord:
    """A patient as stored, with its optimistic-locking ``version``."""

    id: int
    family_name: str
    given_name: str
    birth_date: dt.date | None
    sex: Sex
    phone: str
    email: str
    address: str
    allergies: str
    contraindication_notes: str
    notes: str
    external_id: str | None
    erased: bool
    anonymised: bool
    version: int
    created_at: dt.datetime
    updated_at: dt.datetime
    updated_by: int | None
    updated_by_name: str | None

    def as_input(self) -> PatientInput:
        """The editable fields, e.g. to pre-fill a form."""
        return PatientInput(**{f.name: getattr(self, f.name) for f in fields(PatientInput)})


_INPUT_FIELDS = tuple(f.name for f in fields(PatientInput))
_CLINICAL_FIELDS = frozenset({"allergies", "contraindication_notes", "notes"})


def _require_for_fields(session: sa.orm.Session, actor: ActorLike, changed: set[str]) -> None:
    """Identity/contact fields need PATIENT_IDENTITY_WRITE, clinical ones PATIENT_CLINICAL_WRITE."""
    if changed - _CLINICAL_FIELDS:
        require(session, actor, Permission.PATIENT_IDENTITY_WRITE)
    if changed & _CLINICAL_FIELDS:
        require(session, actor, Permission.PATIENT_CLINICAL_WRITE)


def _clean(data: PatientInput) -> dict[str, object]:
    values: dict[str, object] = {name: getattr(data, name) for name in _INPUT_FIELDS}
    for name, value in list(values.items()):
        if isinstance(value, str):
            values[name] = value.strip()
    if not values["family_name"]:
        raise InvalidInputError(
            QT_TRANSLATE_NOOP("storage", "The family name is required."), field="family_name"
        )
    if values["external_id"] == "":
        values["external_id"] = None
    birth = data.birth_date
    if birth is not None and birth > dt.date.today():
        raise InvalidInputError(
            QT_TRANSLATE_NOOP("storage", "The birth date cannot be in the future."),
            field="birth_date",
        )
    values["sex"] = Sex(data.sex)
    return values


class PatientRepository:
    """Patients of one database, acting as ``actor_id`` (recorded in ``updated_by``)."""

    def __init__(self, db: Database, actor_id: ActorLike = None) -> None:
        self.db = db
        self.actor = actor_id

    @property
    def actor_id(self) -> int | None:
        """The acting account's id now (an ``ActorRef`` follows logins and user switches)."""
        return actor_id_of(self.actor)

    def _record(self, session: sa.orm.Session, row: Patient) -> PatientRecord:
        return PatientRecord(
            **{name: getattr(row, name) for name in _INPUT_FIELDS},
            id=row.id,
            erased=row.erased,
            anonymised=row.anonymised,
            version=row.version,
            created_at=row.created_at,
            updated_at=row.updated_at,
            updated_by=row.updated_by,
            updated_by_name=user_name(session, row.updated_by),
        )

    def search(
        self, query: str, *, limit: int = 50, include_anonymised: bool = False
    ) -> list[PatientSummary]:
        """Patients whose name, external id or birth date contain every word of ``query``
        (case- and accent-insensitive; "31/12/1980" finds that birth date), by name.
        An empty query lists patients alphabetically."""
        stmt = sa.select(
            Patient.id,
            Patient.family_name,
            Patient.given_name,
            Patient.birth_date,
            Patient.sex,
            Patient.external_id,
            Patient.anonymised,
        ).where(Patient.erased.is_(False))
        if not include_anonymised:
            stmt = stmt.where(Patient.anonymised.is_(False))
        for token in query_tokens(query):
            stmt = stmt.where(Patient.search_text.contains(token, autoescape=True))
        stmt = stmt.order_by(Patient.family_name, Patient.given_name, Patient.id).limit(limit)
        with self.db.session(read_only=True) as session:
            require(session, self.actor, Permission.PATIENT_READ)
            return [PatientSummary(*row) for row in session.execute(stmt)]

    def count(self, *, include_anonymised: bool = False) -> int:
        """How many patients the list can show."""
        stmt = sa.select(sa.func.count()).select_from(Patient).where(Patient.erased.is_(False))
        if not include_anonymised:
            stmt = stmt.where(Patient.anonymised.is_(False))
        with self.db.session(read_only=True) as session:
            require(session, self.actor, Permission.PATIENT_READ)
            return int(session.execute(stmt).scalar_one())

    def get(self, patient_id: int) -> PatientRecord:
        with self.db.session(read_only=True) as session:
            require(session, self.actor, Permission.PATIENT_READ)
            return self._record(session, get_or_404(session, Patient, patient_id, RECORD))

    def create(self, data: PatientInput) -> PatientRecord:
        values = _clean(data)
        with self.db.session() as session:
            _require_for_fields(session, self.actor, {k for k, v in values.items() if v})
            row = Patient(**values, created_by=self.actor_id, updated_by=self.actor_id)
            row.search_text = patient_search_text(
                row.family_name, row.given_name, row.external_id, row.birth_date
            )
            session.add(row)
            session.flush()
            audit.record(session, self.actor, audit.Action.CREATE, table=RECORD, record_id=row.id,
                         patient_id=row.id,
                         details={"fields": sorted(k for k, v in values.items() if v)})
            return self._record(session, row)

    def update(self, patient_id: int, expected_version: int, data: PatientInput) -> PatientRecord:
        """Save the form over the record read at ``expected_version``; ConflictError if it moved."""
        values = _clean(data)
        with self.db.session() as session:
            row = lock_for_update(session, Patient, patient_id, expected_version, RECORD)
            before = {name: getattr(row, name) for name in values}
            changed = {name for name, value in values.items() if before[name] != value}
            _require_for_fields(session, self.actor, changed)
            for name, value in values.items():
                setattr(row, name, value)
            row.search_text = patient_search_text(
                row.family_name, row.given_name, row.external_id, row.birth_date
            )
            row.updated_by = self.actor_id
            try:
                session.flush()
            except StaleDataError:
                raise conflict_for(session, Patient, patient_id, RECORD) from None
            if changed:
                audit.record(session, self.actor, audit.Action.CHANGE, table=RECORD,
                             record_id=patient_id, patient_id=patient_id,
                             details={"changes": audit.changes(before, values,
                                                               redact=audit.IDENTITY_FIELDS)})
            return self._record(session, row)

    def delete(self, patient_id: int, expected_version: int) -> None:
        """Delete a patient who has no clinical records at all. A patient with courses,
        sessions, consents... is refused (RecordInUseError); erasure/anonymisation (issue 5)
        handles those explicitly."""
        with self.db.session() as session:
            require(session, self.actor, Permission.PATIENT_DELETE)
            lock_for_update(session, Patient, patient_id, expected_version, RECORD)
            try:
                result = session.execute(
                    sa.delete(Patient).where(
                        Patient.id == patient_id, Patient.version == expected_version
                    )
                )
                session.flush()
            except sa.exc.IntegrityError as exc:
                raise RecordInUseError(record=RECORD) from exc
            if result.rowcount != 1:  # type: ignore[attr-defined]
                raise conflict_for(session, Patient, patient_id, RECORD)
            audit.record(session, self.actor, audit.Action.DELETE, table=RECORD,
                         record_id=patient_id, patient_id=patient_id)
