"""`mesomap seed-demo`: requested counts, every session state, the demo stamp, and refusal of a
clinic database (left byte-identical on SQLite, unchanged on PostgreSQL)."""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

import pytest
import sqlalchemy as sa
from shapely import from_wkb

from mesomap.cli import main
from mesomap.storage import models as m
from mesomap.storage.engine import open_database
from mesomap.storage.repository.patients import PatientInput, PatientRepository
from mesomap.storage.seed import DemoSeedRefusedError, check_seedable, seed_demo
from mesomap.storage.seed_catalogue import DEMO_PRODUCTS, SESSION_STATES


def _count(conn: sa.Connection, model: object) -> int:
    t = model.__table__  # type: ignore[attr-defined]
    return int(conn.execute(sa.select(sa.func.count()).select_from(t)).scalar_one())


def _snapshot(url: str) -> dict[str, object]:
    """Every table's rows (PostgreSQL comparison: nothing changed)."""
    engine = sa.create_engine(url)
    try:
        with engine.connect() as conn:
            return {
                t.name: sorted(map(repr, conn.execute(sa.select(t)).all()))
                for t in m.metadata.sorted_tables
            }
    finally:
        engine.dispose()


def test_seed_demo_counts_states_and_stamp(db_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["--db", db_url, "seed-demo", "--patients", "12"])
    out = capsys.readouterr().out
    assert code == 0, out
    assert "12 patients" in out and "120 sessions" in out and "3,600 papules" in out
    with open_database(db_url) as db:
        assert db.is_demo
        with db.engine.connect() as conn:
            assert _count(conn, m.Patient) == 12
            assert _count(conn, m.TreatmentSession) == 120
            assert _count(conn, m.Papule) == 3600
            assert _count(conn, m.SessionMap) == 120  # every session has its map
            states = {row[0] for row in conn.execute(sa.select(m.TreatmentSession.status).distinct())}
            assert {str(s) for s in states} == set(SESSION_STATES)
            # signed sessions carry a signature, performed/signed ones a performed time
            signed = conn.execute(sa.select(sa.func.count()).select_from(m.TreatmentSession)
                                  .where(m.TreatmentSession.status == m.SessionStatus.SIGNED)
                                  ).scalar_one()
            assert _count(conn, m.Signature) == signed > 0
            assert conn.execute(sa.select(sa.func.count()).select_from(m.TreatmentSession).where(
                m.TreatmentSession.status.in_([m.SessionStatus.PERFORMED, m.SessionStatus.SIGNED]),
                m.TreatmentSession.performed_at.is_(None))).scalar_one() == 0
            # several templates, papules inside their regions
            templates = {r[0] for r in conn.execute(sa.select(m.SessionMap.template_id).distinct())}
            assert len(templates) >= 3
            regions = conn.execute(sa.select(m.MapRegion.id, m.MapRegion.geometry_wkb,
                                             m.MapRegion.pattern)).all()
            for rid, wkb, pattern in regions[:40]:
                shape = from_wkb(wkb).buffer(1e-6)
                pts = conn.execute(sa.select(m.Papule.x_cm, m.Papule.y_cm)
                                   .where(m.Papule.region_id == rid)).all()
                assert all(shape.contains(sa_point(x, y)) for x, y in pts)
                if pattern == m.Pattern.NAPPAGE:
                    assert pts == []
            # lots: exactly one expired, one expiring within 30 days, all products fictional
            today = dt.date.today()
            expiries = [r[0] for r in conn.execute(sa.select(m.Lot.expiry_date))]
            assert sum(e < today for e in expiries) == 1
            assert sum(today <= e <= today + dt.timedelta(days=30) for e in expiries) == 1
            names = [r[0] for r in conn.execute(sa.select(m.Product.name))]
            assert len(names) == len(DEMO_PRODUCTS) and all("(demo)" in n for n in names)
            # maps never use the expired or soon-expiring lots
            used = conn.execute(sa.select(sa.func.min(m.Lot.expiry_date)).join(
                m.MapRegionProduct, m.MapRegionProduct.lot_id == m.Lot.id)).scalar_one()
            assert used > today + dt.timedelta(days=30)
            roles = {str(r[0]) for r in conn.execute(sa.select(m.UserRole.role).distinct())}
            assert roles == {"practitioner", "front_desk", "trainer", "administrator"}
            assert _count(conn, m.TreatmentCourse) >= 12
            assert _count(conn, m.ProtocolPreset) >= 4
            # the clinic's shipped checklist is there and answered for every performed session
            items = _count(conn, m.ChecklistItem)
            done = conn.execute(sa.select(sa.func.count()).select_from(m.TreatmentSession).where(
                m.TreatmentSession.status.in_([m.SessionStatus.PERFORMED, m.SessionStatus.SIGNED]))
            ).scalar_one()
            assert items > 0 and _count(conn, m.ChecklistAnswer) == items * done
    # the patient list's search finds the seeded patients
    with open_database(db_url) as db:
        repo = PatientRepository(db)
        first = repo.search("")[0]
        found = repo.search(f"{first.family_name} {first.given_name}")
        assert first.id in [p.id for p in found]
        assert first.external_id is not None and first.external_id.startswith("DEMO-")


def sa_point(x: float, y: float) -> object:
    from shapely.geometry import Point

    return Point(x, y)


def test_refuses_clinic_database(db_url: str, tmp_path: Path,
                                 capsys: pytest.CaptureFixture[str]) -> None:
    with open_database(db_url) as db:
        PatientRepository(db).create(PatientInput(family_name="Durand", given_name="Alice"))
    sqlite_file = Path(sa.make_url(db_url).database or "") if db_url.startswith("sqlite") else None
    before = hashlib.sha256(sqlite_file.read_bytes()).hexdigest() if sqlite_file else None
    rows_before = _snapshot(db_url)

    code = main(["--db", db_url, "seed-demo", "--patients", "3"])
    err = capsys.readouterr().err
    assert code != 0
    assert "real clinic records" in err and "did not touch it" in err and "patients: 1" in err
    assert "Traceback" not in err
    if sqlite_file is not None:
        assert hashlib.sha256(sqlite_file.read_bytes()).hexdigest() == before
    assert _snapshot(db_url) == rows_before
    with open_database(db_url) as db:
        assert not db.is_demo


def test_refuses_demo_database_with_a_real_patient(sqlite_url: str) -> None:
    with open_database(sqlite_url) as db:
        seed_demo(db.engine, patients=2)
        PatientRepository(db).create(PatientInput(family_name="Real", given_name="Person"))
        with pytest.raises(DemoSeedRefusedError) as refused:
            check_seedable(db.engine)
        assert "without the demo stamp: 1" in refused.value.message
        with pytest.raises(DemoSeedRefusedError):
            seed_demo(db.engine, patients=2)
        with db.engine.connect() as conn:
            assert _count(conn, m.Patient) == 3


def test_seeding_a_demo_database_again_adds_patients(sqlite_url: str) -> None:
    with open_database(sqlite_url) as db:
        seed_demo(db.engine, patients=3, sessions=20, papules=200)
        report = seed_demo(db.engine, patients=2, sessions=7, papules=99)
        assert (report.patients, report.sessions, report.papules) == (2, 7, 99)
        with db.engine.connect() as conn:
            assert _count(conn, m.Patient) == 5
            assert _count(conn, m.TreatmentSession) == 27
            assert _count(conn, m.Papule) == 299
            assert _count(conn, m.Product) == len(DEMO_PRODUCTS)  # reused, not duplicated
            ext = [r[0] for r in conn.execute(sa.select(m.Patient.external_id))]
            assert len(set(ext)) == 5


def test_same_seed_same_records(tmp_path: Path) -> None:
    def fingerprint(url: str, seed: int) -> tuple[object, ...]:
        with open_database(url) as db:
            seed_demo(db.engine, patients=4, seed=seed, today=dt.date(2026, 3, 1))
            with db.engine.connect() as conn:
                people = conn.execute(sa.select(m.Patient.family_name, m.Patient.given_name,
                                                m.Patient.birth_date).order_by(m.Patient.id)).all()
                pts = conn.execute(sa.select(m.Papule.x_cm, m.Papule.y_cm, m.Papule.uid)
                                   .order_by(m.Papule.id)).all()
        return tuple(people), tuple(pts)

    a = fingerprint(f"sqlite:///{tmp_path / 'a.sqlite'}", 7)
    b = fingerprint(f"sqlite:///{tmp_path / 'b.sqlite'}", 7)
    c = fingerprint(f"sqlite:///{tmp_path / 'c.sqlite'}", 8)
    assert a == b
    assert a != c


def test_requires_an_explicit_database(sqlite_url: str,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["seed-demo", "--patients", "1"]) != 0
    assert "--db" in capsys.readouterr().err
    # the brief's spelling: --db after the command name
    assert main(["seed-demo", "--db", sqlite_url, "--patients", "1", "--quiet"]) == 0
    assert "1 patients, " in capsys.readouterr().out


def test_seeded_maps_load_as_valid_documents(sqlite_url: str) -> None:
    from mesomap.core.document import validate_document
    from mesomap.storage.maps import load_map

    with open_database(sqlite_url) as db:
        seed_demo(db.engine, patients=6)
        with db.session(read_only=True) as s:
            stored = dict(s.execute(
                sa.select(m.SessionMap.session_id, sa.func.count(m.Papule.id))
                .join(m.MapRegion, m.MapRegion.map_id == m.SessionMap.id)
                .outerjoin(m.Papule, m.Papule.region_id == m.MapRegion.id)
                .group_by(m.SessionMap.session_id)).all())
            assert len(stored) == 60
            for session_id, papules in stored.items():
                doc = load_map(s, session_id)
                assert sum(len(r.papules) for r in doc.regions) == papules
                assert validate_document(doc) == []
                for region in doc.regions:
                    assert [p.order for p in sorted(region.papules, key=lambda p: p.order)] == \
                        list(range(1, len(region.papules) + 1))
                    assert all(item.lot_number.startswith("DEMO-") for item in region.mixture)


def test_seeded_signatures_verify(db_url: str) -> None:
    """Signed demo sessions carry the records module's own digest: verification succeeds, and
    fails once the stored record differs from what was signed."""
    from mesomap.storage.repository.records import RecordsRepository
    from mesomap.storage.seed_rows import DEMO_DIGEST_METHOD

    with open_database(db_url) as db:
        seed_demo(db.engine, patients=3)
        with db.engine.connect() as conn:
            signed = [r[0] for r in conn.execute(
                sa.select(m.Signature.session_id, m.Signature.digest_method))
                if r[1] != DEMO_DIGEST_METHOD]
            assert len(signed) == _count(conn, m.Signature) > 0
        signing = RecordsRepository(db).signing
        for session_id in signed:
            result = signing.verify(session_id)
            assert result.ok, session_id
        # the digest really covers the record: compare with another session's record
        other = signing.current_digest(signed[1])
        assert signing.verify(signed[0]).stored_digest != other
