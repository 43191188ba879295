"""seed-demo gives the records every state issue 7 lists: planned, performed, signed, signed with
an amendment and a later adverse event, cancelled, no-show; a mixture; an expired lot; and every
seeded signature (amended ones too) verifies."""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa

from mesomap.storage import models as m
from mesomap.storage.engine import open_database
from mesomap.storage.repository.records import RecordsRepository
from mesomap.storage.repository.records_signing import verify_signatures
from mesomap.storage.seed import seed_demo


def test_seed_demo_records(db_url: str) -> None:
    db = open_database(db_url)
    try:
        seed_demo(db.engine, patients=6)
        with db.session(read_only=True) as s:
            statuses = set(s.scalars(sa.select(m.TreatmentSession.status).distinct()))
            assert statuses == set(m.SessionStatus)
            amended = s.execute(
                sa.select(m.Amendment.session_id, m.AdverseEvent.id)
                .join(m.AdverseEvent, m.AdverseEvent.amendment_id == m.Amendment.id)).all()
            assert amended
            for sid, _ in amended:
                assert s.get_one(m.TreatmentSession, sid).status == m.SessionStatus.SIGNED
            mixtures = s.execute(
                sa.select(m.MapRegionProduct.region_id).group_by(m.MapRegionProduct.region_id)
                .having(sa.func.count() >= 2)).all()
            assert mixtures
            assert s.execute(sa.select(m.Lot.id).where(
                m.Lot.expiry_date < dt.date.today())).first() is not None
        rec = RecordsRepository(db)
        full = rec.sessions.full(amended[0][0])
        assert full.signed and full.amendments and full.amendments[0].adverse_event is not None
        assert full.amendments[0].reason and full.events == tuple(
            e for e in full.events if e.amendment_id is None)
        results = verify_signatures(db)
        assert results and all(r.ok for r in results)
        assert rec.signing.verify(amended[0][0]).ok
    finally:
        db.close()
