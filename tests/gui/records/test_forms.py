"""Forms keep what was typed: an edit conflict on a course merges (values only the other person
changed are taken over, values both changed keep the typed text and show theirs), and the
adverse event dialog records an event with the session, or after signing as an amendment that
needs a reason."""

from __future__ import annotations

from typing import Any

from mesomap.gui.naming import unnamed_widgets
from mesomap.storage.models.enums import SessionStatus
from mesomap.storage.repository.records import ChecklistAnswerInput, CourseInput, RecordsRepository

from .conftest import PASSWORD, Clinic, at, new_patient, plan_face_session, wait_record


def test_course_conflict_keeps_typed_values_and_merges(qtbot: Any, clinic: Clinic, window_as: Any) -> None:
    pid = new_patient(clinic)
    rec = RecordsRepository(clinic.db, clinic.doctor)
    course = rec.courses.create_course(CourseInput(pid, "cellulite", "thighs", planned_sessions=6, notes="start"))
    window = window_as(clinic.doctor, clinic.db)
    view = wait_record(qtbot, window.records.open_patient(pid))
    view.course_table.selectRow(0)
    view.edit_course_button.click()
    dialog = window.records.dialog
    assert type(dialog).__name__ == "CourseDialog" and unnamed_widgets(dialog) == []
    # meanwhile someone else changes the area and the notes
    rec.courses.update_course(course.id, course.version, CourseInput(pid, "cellulite", "thighs and hips",
                                                                     planned_sessions=6, notes="theirs"))
    dialog.planned.setValue(8)  # only I change the count
    dialog.notes.setPlainText("mine")  # both change the notes
    dialog.save()
    assert dialog.isVisible() and dialog.message.isVisible()
    assert dialog.planned.value() == 8 and dialog.notes.toPlainText() == "mine"  # typed values kept
    assert dialog.area.text() == "thighs and hips"  # only they changed it: taken over
    assert "theirs" in dialog.form.error_label(dialog.notes).text()
    dialog.save()  # the informed second save
    assert not dialog.isVisible()
    stored = rec.courses.get_course(course.id)
    assert (stored.area, stored.planned_sessions, stored.notes) == ("thighs and hips", 8, "mine")


def test_adverse_event_with_session_and_after_signing(qtbot: Any, clinic: Clinic, window_as: Any) -> None:
    pid = new_patient(clinic)
    sid = plan_face_session(clinic, pid, at(0))
    rec = RecordsRepository(clinic.db, clinic.doctor)
    rec.sessions.answer_checklist(sid, [ChecklistAnswerInput(line.item_id, "no") for line in rec.sessions.checklist(sid).lines])
    rec.sessions.mark_performed(sid, rec.sessions.open(sid).session.version, at(0, 11))
    window = window_as(clinic.doctor, clinic.db)
    editor = window.records.open_session(sid)
    assert editor.buttons["event"].isEnabled()
    editor.buttons["event"].click()
    dialog = window.records.dialog
    assert unnamed_widgets(dialog) == [] and not dialog.reason.isVisible()
    dialog.description.setPlainText("small haematoma, left cheek")
    dialog.save()  # no kind: refused next to the field, description kept
    assert dialog.isVisible() and dialog.form.error_label(dialog.kind).isVisible()
    assert dialog.description.toPlainText() == "small haematoma, left cheek"
    dialog.kind.setText("bruise")
    dialog.save()
    assert not dialog.isVisible()
    events = rec.sessions.full(sid).events
    assert [(e.kind, e.severity, e.description, e.amendment_id) for e in events] == [
        ("bruise", "mild", "small haematoma, left cheek", None)]
    assert "bruise" in editor.record.text()
    # after signing, a later event is an amendment with a reason
    rec.signing.sign(sid, PASSWORD)
    editor = window.records.open_session(sid)
    assert editor.status == SessionStatus.SIGNED
    editor.buttons["event"].click()
    later = window.records.dialog
    assert later.reason.isVisible()
    later.kind.setText("nodule")
    later.severity.setCurrentIndex(later.severity.findData("moderate"))
    later.save()
    assert later.isVisible() and later.form.error_label(later.reason).isVisible()
    later.reason.setText("Reported by phone two days later")
    later.save()
    assert not later.isVisible()
    full = rec.sessions.full(sid)
    assert len(full.events) == 1  # the signed original is unchanged
    assert [(a.reason, a.target, a.adverse_event.kind if a.adverse_event else None) for a in full.amendments] == [
        ("Reported by phone two days later", "adverse_event", "nodule")]
    assert rec.signing.verify(sid).ok
    assert editor.amendments.count() == 1 and "nodule" in editor.amendments.item(0).text()
    assert "nodule" not in editor.record.text()  # beside the original, not inside it


def test_map_save_conflict_keeps_the_drawn_map(qtbot: Any, clinic: Clinic, window_as: Any) -> None:
    from shapely.geometry import box

    from mesomap.core.document import MapDocument

    sid = plan_face_session(clinic, new_patient(clinic), at(0))
    window = window_as(clinic.doctor, clinic.db)
    editor = window.records.open_session(sid)
    editor.canvas.ask_keep_manual = lambda region: True
    editor.canvas.create_region(box(3.5, -6.5, 7, -3), "hex", "Mine")
    # someone else saves the same map meanwhile
    rec = RecordsRepository(clinic.db, clinic.doctor)
    plan = rec.sessions.open(sid)
    rec.sessions.save_map(sid, MapDocument(plan.map.template, [], "theirs"), plan.map_version)
    assert not editor.save()
    assert editor.message.isVisible() and editor.message.text()
    assert [r.name for r in editor.canvas.document.regions] == ["Mine"]  # nothing drawn is lost
    assert rec.sessions.open(sid).map.notes == "theirs"  # and nothing was overwritten silently
    assert editor.save()  # the informed second save
    assert [r.name for r in rec.sessions.open(sid).map.regions] == ["Mine"]


def test_opening_another_session_saves_the_drawn_map_first(qtbot: Any, clinic: Clinic, window_as: Any) -> None:
    from decimal import Decimal

    from shapely.geometry import box

    pid = new_patient(clinic)
    first, second = plan_face_session(clinic, pid, at(0)), plan_face_session(clinic, pid, at(14))
    window = window_as(clinic.doctor, clinic.db)
    editor = window.records.open_session(first)
    editor.canvas.create_region(box(3.5, -6.5, 7, -3), "hex", "Unsaved")
    window.records.open_session(second)
    rec = RecordsRepository(clinic.db, clinic.doctor)
    assert [r.name for r in rec.sessions.open(first).map.regions] == ["Unsaved"]
    assert editor.session_id == second
    # a map that cannot be saved (expired lot) keeps the editor on it
    editor.canvas.create_region(box(3.5, -6.5, 7, -3), "hex", "Expired lot")
    editor.regions.mixture.add_row(clinic.product_a, clinic.lot_good_a, Decimal("0.02"))
    assert editor.regions.apply_region_mixture()
    from mesomap.core.document import MixtureItem
    from mesomap.core.document.commands import SetMixture

    rid = editor.canvas.document.regions[0].id
    editor.canvas.push(lambda: SetMixture(editor.canvas.document, rid, (
        MixtureItem(clinic.product_a, clinic.lot_expired, "Alpha (test)", "A-OLD", Decimal("0.02")),)))
    window.records.open_session(first)
    assert editor.session_id == second and "A-OLD" in editor.message.text()  # a lot that expired meanwhile
