"""SheetRepository reads what the records issue stores, and the sheet prints it: checklist
answers (empty boxes when unanswered), adverse events, amendments and signatures."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest

from mesomap.printing.batch import export_sessions
from mesomap.printing.sheet import SheetOptions, layout_session_sheet
from mesomap.storage import models as m
from mesomap.storage.engine import open_database
from mesomap.storage.errors import NotFoundError
from mesomap.storage.repository.sheets import SheetRepository
from mesomap.storage.seed import seed_demo
from tests.printing.conftest import pdf_text

NOW = dt.datetime(2026, 3, 14, 10, 0, tzinfo=dt.UTC)


def _session_ids(db_url: str) -> tuple[int, int, int]:
    with open_database(db_url) as db, db.session(read_only=True) as s:
        import sqlalchemy as sa

        rows = s.execute(sa.select(m.TreatmentSession.id, m.TreatmentSession.patient_id,
                                   m.TreatmentSession.status)
                         .join(m.SessionMap, m.SessionMap.session_id == m.TreatmentSession.id)
                         .order_by(m.TreatmentSession.id)).all()
        planned = next(r for r in rows if r.status == m.SessionStatus.PLANNED)
        signed = next(r for r in rows if r.status == m.SessionStatus.SIGNED)
        return planned.id, signed.id, signed.patient_id


@pytest.fixture
def records_url(sqlite_url: str) -> str:
    with open_database(sqlite_url) as db:
        seed_demo(db.engine, patients=2)
    planned, signed, patient = _session_ids(sqlite_url)
    with open_database(sqlite_url) as db, db.session() as s:
        items = [m.ChecklistItem(code=f"test_q{i}", label=label, position=100 + i)
                 for i, label in enumerate(["Pregnant or breastfeeding?", "Allergy to procaine?",
                                            "Anticoagulant treatment?"])]
        s.add_all(items)
        s.flush()
        s.add_all([
            m.ChecklistAnswer(session_id=signed, item_id=items[0].id, item_label=items[0].label,
                              answer=m.ChecklistAnswerValue.NO, answered_at=NOW),
            m.ChecklistAnswer(session_id=signed, item_id=items[1].id, item_label=items[1].label,
                              answer=m.ChecklistAnswerValue.YES, note="mild, tested", answered_at=NOW),
        ])
        amendment = m.Amendment(session_id=signed, reason="Bruise reported by phone next day",
                                target="adverse_event", created_at=NOW)
        s.add(amendment)
        s.flush()
        s.add(m.AdverseEvent(patient_id=patient, session_id=signed, amendment_id=amendment.id,
                             kind="bruising", severity=m.Severity.MILD, onset_at=NOW,
                             description="Small bruise left trapezius", action_taken="Cold pack",
                             recorded_at=NOW))
        s.add(m.ClinicSetting(key="clinic/name", value_type=m.SettingType.STR,
                              value="Clinique des Tilleuls"))
    return sqlite_url


def test_repository_reads_records(records_url: str) -> None:
    planned, signed, _ = _session_ids(records_url)
    with open_database(records_url) as db:
        repo = SheetRepository(db)
        s = repo.get(signed)
        p = repo.get(planned)
        with pytest.raises(NotFoundError):
            repo.get(10_000)
    assert s.clinic_name == "Clinique des Tilleuls" and s.is_demo
    ours = ("Pregnant or breastfeeding?", "Allergy to procaine?", "Anticoagulant treatment?")
    answers = {a.label: a.answer for a in s.checklist if a.label in ours}
    assert answers == {"Pregnant or breastfeeding?": "no", "Allergy to procaine?": "yes",
                       "Anticoagulant treatment?": None}
    assert [a.answer for a in p.checklist if a.label in ours] == [None, None, None]
    # Items answered for the session come first, unanswered active items after them.
    positions = [a.answer is None for a in s.checklist]
    assert positions == sorted(positions)
    assert [e.kind for e in s.adverse_events] == ["bruising"]
    assert [a.reason for a in s.amendments] == ["Bruise reported by phone next day"]
    assert s.signatures and len(s.signatures[0].digest_short) == 12
    assert s.signatures[0].digest_sha256.startswith(s.signatures[0].digest_short)
    assert all(lot.expiry_date is not None for lot in s.lots)
    assert s.number_in_course is not None and s.planned_sessions is not None


def test_checklist_boxes_and_signature_block(records_url: str) -> None:
    planned, signed, _ = _session_ids(records_url)
    with open_database(records_url) as db:
        s, p = SheetRepository(db).get_many([signed, planned])
    from mesomap.printing.layout import CheckBox

    def boxes(data: object) -> list[bool]:
        layout = layout_session_sheet(data, None, SheetOptions())  # type: ignore[arg-type]
        return [e.checked for page in layout.pages for e in page.elements if isinstance(e, CheckBox)]

    for data in (p, s):  # three boxes (yes / no / n.a.) per question, crossed when answered
        found = boxes(data)
        assert len(found) == 3 * len(data.checklist)
        assert sum(found) == sum(a.answer is not None for a in data.checklist)
    unanswered = [a for a in p.checklist if a.answer is None]
    assert len(unanswered) >= 3  # a planned session: empty boxes to fill in
    texts = [t for page in layout_session_sheet(s, None, SheetOptions()).pages for t in page.texts()]
    assert any(s.signatures[0].digest_short in t for t in texts)
    assert any(f"record version {s.signatures[0].record_version}" in t for t in texts)
    planned_texts = [t for page in layout_session_sheet(p, None, SheetOptions()).pages
                     for t in page.texts()]
    assert "Not signed yet." in planned_texts


def test_records_in_the_pdf(qapp: object, records_url: str, tmp_path: Path) -> None:
    _, signed, _ = _session_ids(records_url)
    out = tmp_path / "signed.pdf"
    with open_database(records_url) as db:
        export_sessions(db, [signed], out, SheetOptions(aftercare=True))
        data = SheetRepository(db).get(signed)
    text = " ".join(pdf_text(out).split())
    assert data.actuals  # seed-demo records what was done in each region of a signed session
    assert "Performed" in text
    for actual in data.actuals:
        assert actual.region_name in text
    for expected in ("Clinique des Tilleuls", "Allergy to procaine?", "mild, tested", "bruising",
                     "Small bruise left trapezius", "Bruise reported by phone next day",
                     data.signatures[0].digest_short, "Aftercare after your treatment",
                     f"{data.number_in_course} of {data.planned_sessions}"):
        assert expected in text, expected


def test_sheets_read_the_same_on_sqlite_and_postgresql(db_url: str) -> None:
    with open_database(db_url) as db:
        seed_demo(db.engine, patients=1)
        repo = SheetRepository(db)
        ids = repo.session_ids(dt.date(2000, 1, 1), dt.date(2100, 1, 1), include_cancelled=True)
        assert len(ids) >= 5
        sheets = repo.get_many(ids)
        assert [s.session_id for s in sheets] == ids
        with_map = [s for s in sheets if s.map is not None]
        assert with_map and all(s.lots for s in with_map if any(r.mixture for r in s.map.regions))
        signed = [s for s in sheets if s.status == "signed"]
        assert all(s.signatures for s in signed)
        practitioners = repo.practitioners()
        assert practitioners and all(name for _, name in practitioners)


def test_a_session_without_map_still_prints(records_url: str) -> None:
    planned, _, _ = _session_ids(records_url)
    with open_database(records_url) as db:
        data = dataclasses.replace(SheetRepository(db).get(planned), map=None, lots=())
    layout = layout_session_sheet(data, None, SheetOptions(scale="1:1"))
    texts = [t for page in layout.pages for t in page.texts()]
    assert "This session has no map yet." in texts
    assert layout.tiles == 0 and len(layout.pages) >= 1
