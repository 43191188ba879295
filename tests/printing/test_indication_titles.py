"""A course's indication is shown by its title, never by its stored code: the seeded demo
courses (codes such as ``neck_shoulder_pain`` that are not in the shipped list), the shipped
indications (translated: "Rajeunissement cutané" in French) and a code no longer in any list
(a readable title made from it). Checked in the repository, the session sheet and the
patient-record PDF."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from mesomap.printing.batch import export_sessions
from mesomap.printing.sheet import SheetOptions, layout_session_sheet
from mesomap.storage import models as m
from mesomap.storage.engine import Database
from mesomap.storage.repository.records_courses import CourseRecords, find_indication
from mesomap.storage.repository.sheets import SheetRepository
from mesomap.storage.seed_catalogue import DEMO_INDICATIONS
from tests.printing.conftest import pdf_text

DEMO_TITLES = {d.code: d.name for d in DEMO_INDICATIONS}


def _demo_courses(db: Database) -> list[tuple[int, int, str]]:
    """(course id, patient id, indication code) of every seeded course."""
    with db.session(read_only=True) as s:
        return [(r.id, r.patient_id, r.indication) for r in s.execute(
            sa.select(m.TreatmentCourse.id, m.TreatmentCourse.patient_id,
                      m.TreatmentCourse.indication).order_by(m.TreatmentCourse.id))]


def _first_session(db: Database, course_id: int) -> int:
    with db.session(read_only=True) as s:
        found = s.execute(sa.select(m.TreatmentSession.id)
                          .join(m.SessionMap, m.SessionMap.session_id == m.TreatmentSession.id)
                          .where(m.TreatmentSession.course_id == course_id)
                          .order_by(m.TreatmentSession.id)).scalar()
    assert found is not None
    return int(found)


def _own_code_course(db: Database) -> tuple[int, int, str, str]:
    """A seeded course whose code is the demo's own (not a shipped one), with its title."""
    shipped = {i.code for i in CourseRecords(db).indications() if i.shipped}
    for course_id, patient_id, code in _demo_courses(db):
        if code not in shipped:
            return course_id, patient_id, code, DEMO_TITLES[code]
    raise AssertionError("the demo seed has no course with an indication of its own")


def test_every_demo_course_resolves_to_its_title(demo_db: Database) -> None:
    indications = CourseRecords(demo_db).indications()
    courses = _demo_courses(demo_db)
    assert courses
    assert any(code not in {i.code for i in indications if i.shipped} for _, _, code in courses)
    for _, _, code in courses:
        found = find_indication(indications, code)
        assert found.code == code
        if found.shipped:  # "cellulite", "alopecia": the shipped (translatable) title wins
            assert found.label != code
        else:
            assert found.label == DEMO_TITLES[code]
        assert "_" not in found.label
    # the demo's own indications come once, after the shipped ones, so that the course
    # dialog finds a demo course's indication in its list
    codes = [i.code for i in indications]
    assert len(codes) == len(set(codes))
    assert set(DEMO_TITLES) <= set(codes)


def test_a_code_in_no_list_still_reads_as_words(demo_db: Database) -> None:
    found = find_indication(CourseRecords(demo_db).indications(), "lipo_oedema_legs")
    assert (found.code, found.label, found.shipped) == ("lipo_oedema_legs", "Lipo oedema legs", False)


def test_a_clinic_database_lists_no_demo_indication(sqlite_url: str) -> None:
    from mesomap.storage.engine import open_database

    with open_database(sqlite_url) as db:
        codes = {i.code for i in CourseRecords(db).indications()}
    assert "neck_shoulder_pain" not in codes and "skin_rejuvenation" in codes


def test_session_sheet_prints_the_title(qapp: Any, demo_db: Database, tmp_path: Path) -> None:
    course_id, _, code, title = _own_code_course(demo_db)
    session_id = _first_session(demo_db, course_id)
    data = SheetRepository(demo_db).get(session_id)
    assert data.course_indication == title and not data.course_indication_shipped
    texts = " ".join(t for page in layout_session_sheet(data, None, SheetOptions()).pages
                     for t in page.texts())
    assert title in texts and code not in texts
    out = tmp_path / "sheet.pdf"
    export_sessions(demo_db, [session_id], out, SheetOptions())
    text = " ".join(pdf_text(out).split())
    assert title in text and code not in text


def test_patient_record_pdf_prints_titles(qapp: Any, demo_db: Database, tmp_path: Path) -> None:
    from mesomap.printing.patient_record import export_patient_pdf

    _, patient_id, code, title = _own_code_course(demo_db)
    out = tmp_path / "record.pdf"
    export_patient_pdf(demo_db, None, patient_id, out, check_permission=False)
    text = " ".join(pdf_text(out).split())
    assert title in text
    assert code not in text
    for other in DEMO_TITLES:
        if "_" in other:
            assert other not in text  # no stored code of any demo course


@pytest.fixture
def french(qapp: Any) -> Iterator[None]:
    from PySide6.QtCore import QLocale

    from mesomap.app import install_translators

    translators = install_translators(qapp, "fr_FR")
    assert translators
    try:
        yield
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
        QLocale.setDefault(QLocale("en_US"))


def test_shipped_titles_are_translated(french: None, demo_db: Database, tmp_path: Path) -> None:
    from mesomap.core.localeformat import LocaleFormat
    from mesomap.printing.patient_record import export_patient_pdf
    from mesomap.storage.repository.records_types import CourseInput

    _, patient_id, _, _ = _own_code_course(demo_db)
    with demo_db.session() as s:
        doctor = s.execute(sa.select(m.UserAccount.id).order_by(m.UserAccount.id)).scalar()
    course = CourseRecords(demo_db, doctor).create_course(CourseInput(
        patient_id, "skin_rejuvenation", area="Visage", planned_sessions=4,
        started_on=dt.date(2026, 1, 5), practitioner_id=doctor))
    session_id = _plan_session(demo_db, doctor, patient_id, course.id)
    data = SheetRepository(demo_db).get(session_id)
    assert data.course_indication == "Skin rejuvenation" and data.course_indication_shipped
    out = tmp_path / "sheet.pdf"
    export_sessions(demo_db, [session_id], out, SheetOptions(), fmt=LocaleFormat("fr"))
    sheet = " ".join(pdf_text(out).split())
    assert "Rajeunissement cutané — Visage" in sheet and "skin_rejuvenation" not in sheet
    record = tmp_path / "record.pdf"
    export_patient_pdf(demo_db, None, patient_id, record, fmt=LocaleFormat("fr"),
                       check_permission=False)
    text = " ".join(pdf_text(record).split())
    assert "Rajeunissement cutané" in text and "skin_rejuvenation" not in text
    assert "Skin rejuvenation" not in text


def _plan_session(db: Database, doctor: int, patient_id: int, course_id: int) -> int:
    from mesomap.core.document import TemplateRef
    from mesomap.core.templates import PatientFit, load_library
    from mesomap.storage.repository.records import PlanInput, RecordsRepository

    t = load_library().get("face_front")
    when = dt.datetime(2026, 1, 5, 10, 0, tzinfo=dt.UTC)
    plan = RecordsRepository(db, doctor).sessions.plan(PlanInput(
        patient_id, when, TemplateRef(t.id, t.version, t.content_hash, PatientFit.identity()),
        practitioner_id=doctor, course_id=course_id))
    return int(plan.session.id)
