"""Patient repository: create, read, search-as-you-type, update with optimistic locking, delete."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
import sqlalchemy as sa

from mesomap.storage.engine import Database
from mesomap.storage.errors import ConflictError, InvalidInputError, NotFoundError
from mesomap.storage.models import Patient, Sex
from mesomap.storage.repository import PatientInput, PatientRepository
from tests.storage.helpers import make_user


def _people(repo: PatientRepository) -> None:
    repo.create(PatientInput("Dupré", "Jeanne", birth_date=dt.date(1980, 12, 31), external_id="MRN-0042"))
    repo.create(PatientInput("Dupont", "Jean", birth_date=dt.date(1975, 1, 2)))
    repo.create(PatientInput("Çelik", "Ayşe", birth_date=dt.date(1990, 6, 15)))
    repo.create(PatientInput("Ferreira", "João", external_id="X_1%"))


def test_create_and_get_round_trip(db: Database) -> None:
    actor = make_user(db, "fd", "Front Desk")
    repo = PatientRepository(db, actor_id=actor)
    data = PatientInput(
        family_name="  Rossi ", given_name="Giulia", birth_date=dt.date(1988, 2, 29), sex=Sex.FEMALE,
        phone="+39 06 1234", email="g@example.org", address="Via Roma 1\nRoma",
        allergies="Procaine", contraindication_notes="Anticoagulants", notes="n", external_id="R-1",
    )
    created = repo.create(data)
    got = repo.get(created.id)
    assert got == created
    assert got.as_input() == replace(data, family_name="Rossi")
    assert got.version == 1 and got.updated_by == actor and got.updated_by_name == "Front Desk"
    with pytest.raises(NotFoundError):
        repo.get(created.id + 1000)


def test_invalid_input_names_the_field(db: Database) -> None:
    repo = PatientRepository(db)
    with pytest.raises(InvalidInputError) as err:
        repo.create(PatientInput("   "))
    assert err.value.field == "family_name"
    with pytest.raises(InvalidInputError) as err:
        repo.create(PatientInput("Late", birth_date=dt.date.today() + dt.timedelta(days=1)))
    assert err.value.field == "birth_date"
    assert repo.count() == 0


SEARCH_CASES: list[tuple[str, set[str]]] = [
        ("dup", {"Dupré", "Dupont"}),
        ("DUPRE", {"Dupré"}),
        ("jean dup", {"Dupré", "Dupont"}),
        ("jeanne", {"Dupré"}),
        ("celik ayse", {"Çelik"}),
        ("joão", {"Ferreira"}),
        ("mrn-0042", {"Dupré"}),
        ("31/12/1980", {"Dupré"}),
        ("1975-01-02", {"Dupont"}),
        ("1990", {"Çelik"}),
        ("x_1%", {"Ferreira"}),
        ("%", {"Ferreira"}),  # a literal percent sign, not a wildcard
        ("mrn_0042", set()),  # "_" is literal too
        ("zzz", set()),
    ]


def test_search_as_you_type(db: Database) -> None:
    repo = PatientRepository(db)
    _people(repo)
    for query, expected in SEARCH_CASES:
        assert {p.family_name for p in repo.search(query)} == expected, query


def test_empty_search_lists_alphabetically_with_limit(db: Database) -> None:
    repo = PatientRepository(db)
    _people(repo)
    names = [p.family_name for p in repo.search("")]
    assert len(names) == 4
    assert names.index("Dupont") < names.index("Dupré") < names.index("Ferreira")
    assert len(repo.search("", limit=2)) == 2
    assert repo.search("dup")[0].display_name.startswith("DUP")


def test_search_hides_anonymised_and_erased(db: Database) -> None:
    repo = PatientRepository(db)
    _people(repo)
    with db.session() as s:
        s.execute(sa.update(Patient).where(Patient.family_name == "Dupont").values(anonymised=True))
        s.execute(sa.update(Patient).where(Patient.family_name == "Ferreira").values(erased=True))
    assert {p.family_name for p in repo.search("")} == {"Dupré", "Çelik"}
    assert {p.family_name for p in repo.search("", include_anonymised=True)} == {"Dupré", "Çelik", "Dupont"}
    assert repo.count() == 2


def test_update_changes_fields_and_search_text(db: Database) -> None:
    repo = PatientRepository(db)
    created = repo.create(PatientInput("Martin", "Paul"))
    updated = repo.update(created.id, created.version, replace(created.as_input(), family_name="Lefèvre"))
    assert updated.version == created.version + 1
    assert [p.id for p in repo.search("lefevre")] == [created.id]
    assert repo.search("martin") == []


def test_second_writer_gets_a_conflict_naming_the_first(db: Database) -> None:
    anna = make_user(db, "anna", "Anna Weber")
    bruno = make_user(db, "bruno", "Bruno Costa")
    created = PatientRepository(db, actor_id=anna).create(PatientInput("Garcia", "Lucia", phone="1"))
    # Both open the form on version 1.
    form_anna = created.as_input()
    form_bruno = created.as_input()
    saved = PatientRepository(db, actor_id=anna).update(created.id, created.version, replace(form_anna, phone="2"))
    with pytest.raises(ConflictError) as err:
        PatientRepository(db, actor_id=bruno).update(created.id, created.version, replace(form_bruno, phone="3"))
    assert err.value.changed_by == "Anna Weber"
    assert err.value.changed_at == saved.updated_at
    assert "Anna Weber" in err.value.message
    assert "still in the form" in err.value.message
    now = PatientRepository(db).get(created.id)
    assert now.phone == "2" and now.version == saved.version and now.updated_by == anna


def test_concurrent_update_race_is_caught_by_the_version_column(db: Database) -> None:
    """A writer that slips in after the version check: the UPDATE ... WHERE version matches no
    row and the repository reports a conflict instead of overwriting."""
    repo = PatientRepository(db)
    created = repo.create(PatientInput("Race"))
    from sqlalchemy.orm.exc import StaleDataError

    with db.session() as s:
        row = s.get(Patient, created.id)
        assert row is not None
        s.commit()  # our read transaction ends; the object keeps version 1
        with db.engine.connect() as other:  # someone else commits a change meanwhile
            other.execute(sa.update(Patient).where(Patient.id == created.id).values(version=5, notes="theirs"))
            other.commit()
        row.notes = "mine"
        with pytest.raises(StaleDataError):
            s.flush()
        s.rollback()
    assert repo.get(created.id).notes == "theirs"


def test_update_of_a_deleted_patient_is_a_conflict(db: Database) -> None:
    repo = PatientRepository(db)
    created = repo.create(PatientInput("Gone"))
    repo.delete(created.id, created.version)
    with pytest.raises(ConflictError, match="deleted"):
        repo.update(created.id, created.version, created.as_input())


def test_delete_with_a_stale_version_is_refused(db: Database) -> None:
    repo = PatientRepository(db)
    created = repo.create(PatientInput("Keep"))
    repo.update(created.id, created.version, replace(created.as_input(), notes="x"))
    with pytest.raises(ConflictError):
        repo.delete(created.id, created.version)
    assert repo.count() == 1
