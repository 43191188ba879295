"""The records windows name a course by its indication's title, never by the stored code: on a
seeded demonstration database (whose courses use codes such as ``neck_shoulder_pain`` that are
not in the shipped list) the patient record's course, consent and session tables and the
plan-session dialog's course list show "Neck and shoulder pain"; a shipped indication is
translated (French: "Rajeunissement cutané")."""

from __future__ import annotations

import datetime as dt
from typing import Any

import sqlalchemy as sa
from pytestqt.qtbot import QtBot

from mesomap.storage import models as m
from mesomap.storage.engine import Database
from mesomap.storage.seed_catalogue import DEMO_INDICATIONS
from tests.gui.records.conftest import open_window, wait_record

DEMO_CODES = {d.code: d.name for d in DEMO_INDICATIONS if "_" in d.code}


def _patient_with_own_code(db: Database) -> tuple[int, str, str]:
    with db.session(read_only=True) as s:
        rows = s.execute(sa.select(m.TreatmentCourse.patient_id, m.TreatmentCourse.indication)
                         .order_by(m.TreatmentCourse.id)).all()
    for patient_id, code in rows:
        if code in DEMO_CODES:
            return int(patient_id), code, DEMO_CODES[code]
    raise AssertionError("no demo course with a code of its own")


def _cells(table: Any) -> list[str]:
    return [table.item(r, c).text() for r in range(table.rowCount())
            for c in range(table.columnCount()) if table.item(r, c) is not None]


def test_record_and_plan_dialog_show_titles(qtbot: QtBot, demo: Database) -> None:
    from mesomap.gui.records.plan_dialog import PlanSessionDialog

    patient_id, code, title = _patient_with_own_code(demo)
    window = open_window(qtbot, demo)
    view = wait_record(qtbot, window.records.open_patient(patient_id))
    courses, consents, sessions = (_cells(view.course_table), _cells(view.consents),
                                   _cells(view.sessions))
    assert title in courses and title in consents and title in sessions
    for text in courses + consents + sessions:
        assert not any(c in text for c in DEMO_CODES), text
    dialog = PlanSessionDialog(window.records, patient_id, None, parent=window)
    items = [dialog.course.itemText(i) for i in range(dialog.course.count())]
    dialog.deleteLater()
    assert any(item.startswith(f"{title} — ") for item in items)
    assert not any(c in item for item in items for c in DEMO_CODES), items
    from mesomap.gui.records.course_dialog import ConsentDialog

    rec = window.records.rec()
    consent = ConsentDialog(rec, patient_id, rec.courses.list_courses(patient_id), parent=window)
    items = [consent.course.itemText(i) for i in range(consent.course.count())]
    consent.deleteLater()
    assert any(item.startswith(f"{title} — ") for item in items)
    assert not any(c in item for item in items for c in DEMO_CODES), items


def test_shipped_title_is_translated(qtbot: QtBot, qapp: Any, demo: Database) -> None:
    from PySide6.QtCore import QLocale

    from mesomap.app import install_translators
    from mesomap.storage.repository.records_courses import CourseRecords
    from mesomap.storage.repository.records_types import CourseInput

    patient_id, _, _ = _patient_with_own_code(demo)
    CourseRecords(demo, None).create_course(CourseInput(
        patient_id, "skin_rejuvenation", area="Visage", started_on=dt.date(2026, 1, 5)))
    translators = install_translators(qapp, "fr_FR")
    assert translators
    try:
        window = open_window(qtbot, demo)
        view = wait_record(qtbot, window.records.open_patient(patient_id))
        courses = _cells(view.course_table)
        assert "Rajeunissement cutané" in courses
        assert not any("skin_rejuvenation" in t or "Skin rejuvenation" in t for t in courses)
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
        QLocale.setDefault(QLocale("en_US"))
