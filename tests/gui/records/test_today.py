"""Today for the front desk: the day's sessions per practitioner with their states; a planned
session is moved to another time, marked cancelled or no-show, and reopened."""

from __future__ import annotations

import datetime as dt
from typing import Any

from mesomap.gui.naming import unnamed_widgets
from mesomap.storage.models.enums import SessionStatus
from mesomap.storage.repository.records import ChecklistAnswerInput, PlanInput, RecordsRepository

from .conftest import TODAY, Clinic, at, new_patient, plan_face_session


def _states(clinic: Clinic) -> dict[str, int]:
    """Sessions today: Alice planned (09), Bob performed (10), Carla cancelled (11), Dan
    planned with no practitioner (12); Eve planned tomorrow (not listed)."""
    rec = RecordsRepository(clinic.db, clinic.doctor)
    alice = plan_face_session(clinic, new_patient(clinic, "Alpha", "Alice"), at(0, 9))
    bob = plan_face_session(clinic, new_patient(clinic, "Beta", "Bob"), at(0, 10))
    rec.sessions.answer_checklist(bob, [ChecklistAnswerInput(line.item_id, "no") for line in rec.sessions.checklist(bob).lines])
    rec.sessions.mark_performed(bob, rec.sessions.open(bob).session.version, at(0, 10))
    carla = plan_face_session(clinic, new_patient(clinic, "Gamma", "Carla"), at(0, 11))
    rec.today.cancel(carla, rec.sessions.open(carla).session.version, "flu")
    dan = rec.sessions.plan(PlanInput(new_patient(clinic, "Delta", "Dan"), at(0, 12))).session.id
    eve = plan_face_session(clinic, new_patient(clinic, "Epsilon", "Eve"), at(1, 9))
    return {"alice": alice, "bob": bob, "carla": carla, "dan": dan, "eve": eve}


def test_today_lists_the_day_per_practitioner_with_states(qtbot: Any, clinic: Clinic, window_as: Any) -> None:
    ids = _states(clinic)
    window = window_as(clinic.desk, clinic.db)
    today = window.records.open_today()
    assert window.pages.currentWidget() is today
    rows = today.rows()
    by_patient = {patient.split(",")[0].strip().upper(): (who, state) for who, patient, state in rows}
    assert by_patient == {"ALPHA": ("Dr Test", "Planned"), "BETA": ("Dr Test", "Performed"),
                          "GAMMA": ("Dr Test", "Cancelled"), "DELTA": ("No practitioner assigned", "Planned")}
    assert "2 planned, 1 performed, 0 signed, 1 cancelled, 0 no-show" in today.summary.text()
    assert unnamed_widgets(today) == []
    # the next day shows only Eve
    today.next_button.click()
    assert [r[1].split(",")[0] for r in today.rows()] == ["EPSILON"]
    today.select_session(ids["eve"])
    assert today.current_session_id() == ids["eve"]
    today.today_button.click()
    # buttons follow the selected session's state
    today.select_session(ids["bob"])
    assert not today.buttons["reschedule"].isEnabled() and not today.buttons["cancel"].isEnabled()
    today.select_session(ids["carla"])
    assert today.buttons["reopen"].isEnabled() and not today.buttons["no_show"].isEnabled()


def test_reschedule_cancel_no_show_and_reopen(qtbot: Any, clinic: Clinic, window_as: Any) -> None:
    ids = _states(clinic)
    window = window_as(clinic.desk, clinic.db)
    today = window.records.open_today()
    rec = RecordsRepository(clinic.db, clinic.desk)
    # reschedule Alice to 15:30 today
    today.select_session(ids["alice"])
    today.buttons["reschedule"].click()
    dialog = today.reschedule_dialog
    assert dialog.isVisible() and unnamed_widgets(dialog) == []
    dialog.date.setText("not a date")
    dialog.save()
    assert dialog.isVisible() and dialog.form.error_label(dialog.date).isVisible()
    assert dialog.date.text() == "not a date"
    dialog.set_when(TODAY, 15, 30)
    dialog.save()
    assert not dialog.isVisible()
    moved = rec.sessions.open(ids["alice"]).session
    assert moved.scheduled_at.astimezone().replace(tzinfo=None) == dt.datetime.combine(TODAY, dt.time(15, 30))
    assert moved.status == SessionStatus.PLANNED
    assert any(r[1].startswith("ALPHA") for r in today.rows())
    # move Alice to tomorrow: she leaves today's list
    today.select_session(ids["alice"])
    today.buttons["reschedule"].click()
    today.reschedule_dialog.set_when(TODAY + dt.timedelta(days=1), 9)
    today.reschedule_dialog.save()
    assert not any(r[1].startswith("ALPHA") for r in today.rows())
    # Dan: no-show, then reopened
    today.select_session(ids["dan"])
    today.buttons["no_show"].click()
    assert rec.sessions.open(ids["dan"]).session.status == SessionStatus.NO_SHOW
    assert ("No practitioner assigned", "DELTA, Dan", "No-show") in today.rows()
    today.select_session(ids["dan"])
    today.buttons["reopen"].click()
    assert rec.sessions.open(ids["dan"]).session.status == SessionStatus.PLANNED
    today.select_session(ids["dan"])
    today.buttons["cancel"].click()
    assert rec.sessions.open(ids["dan"]).session.status == SessionStatus.CANCELLED
    assert "0 planned, 1 performed, 0 signed, 2 cancelled, 0 no-show" in today.summary.text()
