"""Round trips of the stored types and the delete rules of signed clinical data."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import pytest
import shapely
import sqlalchemy as sa
from shapely.geometry import Polygon

from mesomap.storage.engine import Database
from mesomap.storage.errors import RecordInUseError
from mesomap.storage.models import (
    Lot,
    MapRegion,
    MapRegionProduct,
    Papule,
    Patient,
    Pattern,
    Product,
    SessionMap,
    SessionStatus,
    Signature,
    SignatureMeaning,
    TreatmentSession,
    metadata,
)
from mesomap.storage.repository import PatientRepository
from tests.storage.helpers import make_user

NOW = dt.datetime(2026, 3, 14, 15, 9, 26, 535897, tzinfo=dt.UTC)


def _session_with_map(db: Database, actor: int | None = None) -> tuple[int, int]:
    """A patient with one session whose map has a region with a two-product mixture."""
    with db.session() as s:
        patient = Patient(family_name="Roux", given_name="Élise", search_text="roux elise")
        product_a = Product(name="Procaine 1%", actives="procaine")
        product_b = Product(name="Vitamin C")
        s.add_all([patient, product_a, product_b])
        s.flush()
        lot = Lot(product_id=product_a.id, lot_number="P-123", expiry_date=dt.date(2027, 1, 31))
        session = TreatmentSession(
            patient_id=patient.id,
            scheduled_at=NOW,
            status=SessionStatus.PLANNED,
            practitioner_id=actor,
        )
        s.add_all([lot, session])
        s.flush()
        smap = SessionMap(
            session_id=session.id,
            template_id="face_front",
            template_version=3,
            template_content_hash="ab" * 32,
            fit_scale_x=1.0731707317073171,
            fit_scale_y=0.9734513274336283,
            fit_measurements={"face_width_cm": 14.1, "face_height_cm": 11.0},
        )
        region = MapRegion(
            uid="a" * 32,
            position=0,
            name="Cheek left",
            color="#12ab9f",
            pattern=Pattern.HEX,
            geometry_wkb=shapely.to_wkb(Polygon([(0.1, 0.2), (3.3333333333333335, 0.2), (1.7, 2.9)])),
            technique_code="IDP",
            depth_mm=2.5,
            needle_gauge=30,
            needle_length_mm=4.0,
            angle_deg=45.0,
            spacing_cm=1.2,
            margin_cm=0.3,
            seconds_per_papule=6.0,
            setup_minutes=5.0,
        )
        region.products = [
            MapRegionProduct(
                position=0, product_id=product_a.id, lot_id=lot.id, product_name="Procaine 1%",
                lot_number="P-123", volume_per_papule_ml=Decimal("0.0300"),
            ),
            MapRegionProduct(
                position=1, product_id=product_b.id, product_name="Vitamin C",
                volume_per_papule_ml=Decimal("0.0125"),
            ),
        ]
        smap.regions = [region]
        s.add(smap)
        s.flush()
        s.add_all(
            [
                Papule(region_id=region.id, seq=i, uid=f"{i:032x}", injection_order=i + 1,
                       x_cm=0.1 * i + 1 / 3, y_cm=-0.7 * i + 2 / 7, locked=i == 0, manual=i == 1)
                for i in range(5)
            ]
        )
        return patient.id, session.id


def test_map_rows_round_trip_exactly(db: Database) -> None:
    _, session_id = _session_with_map(db)
    with db.session(read_only=True) as s:
        smap = s.scalars(sa.select(SessionMap).where(SessionMap.session_id == session_id)).one()
        assert smap.fit_scale_x == 1.0731707317073171
        assert smap.fit_measurements == {"face_width_cm": 14.1, "face_height_cm": 11.0}
        region = smap.regions[0]
        geometry = shapely.from_wkb(region.geometry_wkb)
        assert list(geometry.exterior.coords)[1] == (3.3333333333333335, 0.2)
        assert [p.volume_per_papule_ml for p in region.products] == [Decimal("0.0300"), Decimal("0.0125")]
        assert all(isinstance(p.volume_per_papule_ml, Decimal) for p in region.products)
        assert region.pattern is Pattern.HEX
        papules = s.scalars(sa.select(Papule).where(Papule.region_id == region.id).order_by(Papule.seq)).all()
        assert [(p.x_cm, p.y_cm) for p in papules] == [(0.1 * i + 1 / 3, -0.7 * i + 2 / 7) for i in range(5)]
        assert [p.locked for p in papules] == [True, False, False, False, False]
        assert [p.manual for p in papules] == [False, True, False, False, False]
        session = s.get(TreatmentSession, session_id)
        assert session is not None
        assert session.scheduled_at == NOW
        assert session.scheduled_at.tzinfo is not None


def test_naive_datetimes_are_refused(db: Database) -> None:
    with pytest.raises(sa.exc.StatementError, match="timezone-aware"), db.session() as s:
        s.add(TreatmentSession(patient_id=1, scheduled_at=dt.datetime(2026, 1, 1, 9, 0)))
        s.flush()


def test_times_in_other_zones_come_back_as_the_same_instant(db: Database) -> None:
    paris = dt.timezone(dt.timedelta(hours=1))
    local = dt.datetime(2026, 1, 1, 9, 0, tzinfo=paris)
    with db.session() as s:
        patient = Patient(family_name="Zone", search_text="zone")
        s.add(patient)
        s.flush()
        s.add(TreatmentSession(patient_id=patient.id, scheduled_at=local))
    with db.session(read_only=True) as s:
        stored = s.scalars(sa.select(TreatmentSession.scheduled_at)).one()
    assert stored == local and stored.utcoffset() == dt.timedelta(0)


def test_version_counter_moves_with_every_update(db: Database) -> None:
    with db.session() as s:
        patient = Patient(family_name="Count", search_text="count")
        s.add(patient)
    assert patient.version == 1
    with db.session() as s:
        row = s.get(Patient, patient.id)
        assert row is not None
        row.notes = "one"
        s.flush()
        assert row.version == 2
        row.notes = "two"
    with db.session(read_only=True) as s:
        assert s.get(Patient, patient.id).version == 3  # type: ignore[union-attr]


def test_volumes_are_numeric_columns_and_lengths_say_their_unit() -> None:
    """Schema invariants: no volume is a float; every float column is a named length/ratio."""
    float_ok_suffixes = ("_cm", "_mm", "_deg", "_per_cm2", "scale_x", "scale_y", "seconds_per_papule", "setup_minutes")
    for table in metadata.sorted_tables:
        for column in table.columns:
            if "volume" in column.name:
                assert isinstance(column.type, sa.Numeric) and not isinstance(column.type, sa.Float), column
            if isinstance(column.type, sa.Float):
                assert column.name.endswith(float_ok_suffixes), f"{table.name}.{column.name}"


def test_every_editable_table_has_a_version_counter() -> None:
    append_only_or_owned = {
        "mesomap_meta", "user_role", "amendment", "signature", "audit_log",
        "map_region", "map_region_product", "papule", "region_actual_product",
        "template_snapshots",
    }  # fmt: skip
    for table in metadata.sorted_tables:
        if table.name in append_only_or_owned:
            continue
        for name in ("version", "updated_at", "updated_by"):
            assert name in table.c, f"{table.name} lacks {name}"


def _sign(db: Database, session_id: int, signer: int) -> None:
    with db.session() as s:
        session = s.get(TreatmentSession, session_id)
        assert session is not None
        session.status = SessionStatus.SIGNED
        s.add(
            Signature(
                session_id=session_id, signer_id=signer, signer_name="Dr Test",
                meaning=SignatureMeaning.PERFORMED, digest_sha256="0" * 64, record_version=2,
            )
        )


def _counts(db: Database) -> dict[str, Any]:
    with db.engine.connect() as conn:
        return {
            t: conn.execute(sa.text(f"SELECT count(*) FROM {t}")).scalar()
            for t in ("patient", "session", "session_map", "map_region", "papule", "signature")
        }


def test_deleting_a_patient_with_a_signed_session_is_refused(db: Database) -> None:
    signer = make_user(db, "dr", "Dr Test")
    patient_id, session_id = _session_with_map(db, signer)
    _sign(db, session_id, signer)
    before = _counts(db)
    repo = PatientRepository(db)
    with pytest.raises(RecordInUseError) as err:
        repo.delete(patient_id, repo.get(patient_id).version)
    assert "Nothing was deleted" in err.value.message
    # Raw SQL on the patient and on the session is refused by the database itself.
    for statement in (f"DELETE FROM patient WHERE id = {patient_id}", f"DELETE FROM session WHERE id = {session_id}"):
        with pytest.raises(sa.exc.IntegrityError), db.engine.begin() as conn:
            conn.execute(sa.text(statement))
    # ORM delete of the patient object is refused too (no silent cascade, no NULLing).
    with pytest.raises(sa.exc.IntegrityError), db.session() as s:
        s.delete(s.get(Patient, patient_id))
        s.flush()
    assert _counts(db) == before


def test_unsigned_planned_session_is_deleted_with_its_map(db: Database) -> None:
    _, session_id = _session_with_map(db)
    with db.engine.begin() as conn:
        conn.execute(sa.text(f"DELETE FROM session WHERE id = {session_id}"))
    counts = _counts(db)
    assert counts["session_map"] == counts["map_region"] == counts["papule"] == 0
    assert counts["patient"] == 1


def test_used_lot_cannot_be_deleted(db: Database) -> None:
    _session_with_map(db)
    with pytest.raises(sa.exc.IntegrityError), db.engine.begin() as conn:
        conn.execute(sa.text("DELETE FROM lot"))
