"""Saving and loading a map document (mesomap.storage.maps) on SQLite and PostgreSQL: an equal
document comes back (same canonical bytes), saves replace everything, refusals change nothing."""

from __future__ import annotations

import datetime as dt
import time
from decimal import Decimal

import numpy as np
import pytest
import sqlalchemy as sa
from shapely.geometry import box

from mesomap.core.document import (
    MapDocument,
    MixtureItem,
    PapuleSet,
    canonical_bytes,
    new_papule_ids,
)
from mesomap.core.document import commands as c
from mesomap.storage.engine import Database
from mesomap.storage.errors import (
    ConflictError,
    InvalidInputError,
    NotFoundError,
    SignedRecordError,
)
from mesomap.storage.maps import load_map, map_version, save_map
from mesomap.storage.models import (
    Lot,
    MapRegion,
    MapRegionProduct,
    Papule,
    Patient,
    Product,
    ProtocolPreset,
    SessionMap,
    SessionStatus,
    TreatmentSession,
)
from mesomap.storage.models.enums import Pattern
from tests.document.helpers import sample_document


def _catalogue(db: Database) -> tuple[list[int], list[int], int]:
    with db.session() as s:
        products = [Product(name=f"Product {i}") for i in range(3)]
        s.add_all(products)
        s.flush()
        lots = [Lot(product_id=p.id, lot_number=f"LOT-{i}", expiry_date=dt.date(2030, 1, 1))
                for i, p in enumerate(products)]
        preset = ProtocolPreset(
            code="IDP", name="Papule", technique_code="IDP", pattern=Pattern.AUTO, depth_mm=3.0,
            needle_gauge=30, needle_length_mm=4.0, angle_deg=45.0, spacing_cm=1.0,
            seconds_per_papule=5.0, setup_minutes=5.0)
        s.add_all([*lots, preset])
        s.flush()
        return [p.id for p in products], [lot.id for lot in lots], preset.id


def _session(db: Database) -> int:
    with db.session() as s:
        patient = Patient(family_name="Testpatient", given_name="Ana")
        s.add(patient)
        s.flush()
        ts = TreatmentSession(patient_id=patient.id,
                              scheduled_at=dt.datetime(2026, 1, 5, 9, 0, tzinfo=dt.UTC))
        s.add(ts)
        s.flush()
        return ts.id


def _stored_document(db: Database) -> MapDocument:
    """The sample document (polygon with hole, multipolygon, line, rings, nappage; locked and
    manual papules) pointing at real catalogue rows."""
    product_ids, lot_ids, preset_id = _catalogue(db)
    doc = sample_document()
    regions = []
    for r in doc.regions:
        mixture = tuple(
            MixtureItem(None if m.product_id is None else product_ids[m.product_id % 3],
                        None if m.lot_id is None else lot_ids[m.lot_id % 3],
                        m.product_name, m.lot_number, m.volume_per_papule_ml)
            for m in r.mixture
        )
        regions.append(r.replace(mixture=mixture,
                                 technique=r.technique.replace(preset_id=preset_id)))
    return MapDocument(doc.template, regions, doc.notes)


def test_round_trip_gives_an_equal_document(db: Database) -> None:
    doc = _stored_document(db)
    session_id = _session(db)
    assert any(r.mixture and r.mixture[-1].product_id is None for r in doc)
    with db.session() as s:
        assert save_map(s, session_id, doc) == 1
    with db.session(read_only=True) as s:
        loaded = load_map(s, session_id)
        assert map_version(s, session_id) == 1
    assert loaded == doc
    assert canonical_bytes(loaded) == canonical_bytes(doc)
    kinds = [r.geometry.geom_type for r in loaded]
    assert kinds == ["Polygon", "MultiPolygon", "LineString", "Point", "Polygon"]
    assert len(loaded.regions[0].geometry.interiors) == 1
    cheek = loaded.regions[0].papules
    assert cheek.locked.sum() == 2 and cheek.manual.sum() == 2
    assert loaded.regions[0].mixture[1].volume_per_papule_ml == Decimal("0.0125")
    assert isinstance(loaded.regions[0].mixture[0].volume_per_papule_ml, Decimal)
    assert loaded.template.fit.mode == "per_axis"
    with db.session(read_only=True) as s:
        stored = s.execute(sa.select(SessionMap.fit_mode, SessionMap.fit_measurements)).one()
    assert stored == ("per_axis", {"face_height": 11.9, "face_width": 14.1})


def test_save_replaces_every_child_row(db: Database) -> None:
    doc = _stored_document(db)
    session_id = _session(db)
    with db.session() as s:
        save_map(s, session_id, doc)
    history = c.History(doc)
    history.push(c.RemoveRegion(doc, doc.regions[1].id))
    history.push(c.DeletePapules(doc, doc.regions[0].papules.ids[:5]))
    history.push(c.SetMixture(doc, doc.regions[0].id, doc.regions[0].mixture[:1]))
    history.push(c.SetNotes(doc, "second save"))
    with db.session() as s:
        assert save_map(s, session_id, doc, expected_version=1) == 2
    with db.session(read_only=True) as s:
        assert load_map(s, session_id) == doc
        stored_papules = s.execute(sa.select(sa.func.count()).select_from(Papule)).scalar()
        stored_regions = s.execute(sa.select(sa.func.count()).select_from(MapRegion)).scalar()
        stored_items = s.execute(
            sa.select(sa.func.count()).select_from(MapRegionProduct)).scalar()
    assert stored_papules == sum(len(r.papules) for r in doc)
    assert stored_regions == len(doc)
    assert stored_items == sum(len(r.mixture) for r in doc)
    # Saving an empty map is allowed and leaves no child rows behind.
    empty = MapDocument(doc.template, [], "")
    with db.session() as s:
        save_map(s, session_id, empty)
    with db.session(read_only=True) as s:
        assert load_map(s, session_id) == empty
        assert s.execute(sa.select(sa.func.count()).select_from(Papule)).scalar() == 0


def test_stale_version_is_a_conflict_and_changes_nothing(db: Database) -> None:
    doc = _stored_document(db)
    session_id = _session(db)
    with db.session() as s:
        save_map(s, session_id, doc)
    other = doc.copy()
    c.History(other).push(c.SetNotes(other, "someone else"))
    with db.session() as s:
        save_map(s, session_id, other, expected_version=1)
    with pytest.raises(ConflictError), db.session() as s:
        save_map(s, session_id, doc, expected_version=1)
    with db.session(read_only=True) as s:
        assert load_map(s, session_id).notes == "someone else"
        assert map_version(s, session_id) == 2


def test_invalid_document_and_signed_session_are_refused(db: Database) -> None:
    doc = _stored_document(db)
    session_id = _session(db)
    with db.session() as s:
        save_map(s, session_id, doc)
    bad_region = doc.regions[0].replace(
        mixture=(MixtureItem(None, None, "X", "", Decimal("-0.0100")),))
    bad = MapDocument(doc.template, [bad_region, *doc.regions[1:]], doc.notes)
    with pytest.raises(InvalidInputError) as info, db.session() as s:
        save_map(s, session_id, bad)
    assert "negative" in info.value.message
    with db.session() as s:
        s.execute(sa.update(TreatmentSession).where(TreatmentSession.id == session_id)
                  .values(status=SessionStatus.PERFORMED))
    with db.session() as s:
        s.execute(sa.update(TreatmentSession).where(TreatmentSession.id == session_id)
                  .values(status=SessionStatus.SIGNED))
    with pytest.raises(SignedRecordError), db.session() as s:
        save_map(s, session_id, MapDocument(doc.template, [], ""))
    with db.session(read_only=True) as s:
        assert load_map(s, session_id) == doc
    with pytest.raises(NotFoundError), db.session(read_only=True) as s:
        load_map(s, session_id + 1000)


def test_a_failed_save_leaves_the_stored_map_unchanged(db: Database) -> None:
    doc = _stored_document(db)
    session_id = _session(db)
    with db.session() as s:
        save_map(s, session_id, doc)
    broken = doc.copy()
    region = broken.regions[0]
    # A mixture pointing at a product that does not exist: the database refuses the row
    # after the old children were deleted; the transaction rolls back.
    broken.replace_region(region.replace(mixture=(MixtureItem(999_999, None, "Ghost", "",
                                                              Decimal("0.01")),)))
    with pytest.raises(sa.exc.IntegrityError), db.session() as s:
        save_map(s, session_id, broken)
    with db.session(read_only=True) as s:
        assert load_map(s, session_id) == doc
        assert map_version(s, session_id) == 1


def _big_document(doc: MapDocument, count: int) -> MapDocument:
    side = int(np.ceil(np.sqrt(count)))
    xy = np.array([(i % side * 1.0 + 0.1, i // side * 1.0 + 0.1) for i in range(count)])
    region = doc.regions[0].replace(
        geometry=box(0, 0, side + 1, side + 1),
        papules=PapuleSet(new_papule_ids(count), xy, np.arange(count, 0, -1)),
    )
    return MapDocument(doc.template, [region], "")


def test_three_thousand_papules_round_trip(db: Database) -> None:
    """Correctness at the size the brief targets; timings are printed by
    benchmarks/bench_map_storage.py (never gated here)."""
    doc = _big_document(_stored_document(db), 3000)
    session_id = _session(db)
    start = time.perf_counter()
    with db.session() as s:
        save_map(s, session_id, doc)
    saved = time.perf_counter()
    with db.session(read_only=True) as s:
        loaded = load_map(s, session_id)
    loaded_at = time.perf_counter()
    assert loaded == doc
    print(f"\n{db.engine.dialect.name}: save {1000 * (saved - start):.1f} ms, "
          f"load {1000 * (loaded_at - saved):.1f} ms for 3000 papules")
