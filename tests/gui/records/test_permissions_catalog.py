"""Rights in the records windows: the front desk cannot change clinical content (the buttons are
disabled AND the repository refuses), nor sign; the protocol library and products editors
save for an administrator and are read-only for others; lot recall finds the sessions."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
from shapely.geometry import box

from mesomap.core.document import MapDocument, MixtureItem
from mesomap.gui.naming import unnamed_widgets
from mesomap.storage.permissions import PermissionDeniedError
from mesomap.storage.repository.records import CourseInput, RecordsRepository

from .conftest import Clinic, at, face_template, new_patient, plan_face_session, wait_record


def test_front_desk_cannot_edit_clinical_content(qtbot: Any, clinic: Clinic, window_as: Any) -> None:
    pid = new_patient(clinic)
    doctor_rec = RecordsRepository(clinic.db, clinic.doctor)
    course = doctor_rec.courses.create_course(CourseInput(pid, "cellulite", "thighs"))
    sid = plan_face_session(clinic, pid, at(0), course.id)
    window = window_as(clinic.desk, clinic.db)
    view = wait_record(qtbot, window.records.open_patient(pid))
    for button in (view.new_course_button, view.edit_course_button, view.consent_button, view.repeat_button):
        assert not button.isEnabled(), button.objectName()
    editor = window.records.open_session(sid)
    assert not editor.buttons["save"].isEnabled() and not editor.buttons["perform"].isEnabled()
    assert not editor.buttons["sign"].isEnabled()
    assert not editor.canvas.isEnabled() and editor.notes.isReadOnly()
    assert not editor.regions.box.isEnabled()
    # ... and the storage layer refuses the same actions through the window's repository
    rec = window.records.rec()
    with pytest.raises(PermissionDeniedError):
        rec.courses.create_course(CourseInput(pid, "cellulite", "arms"))
    doc = MapDocument(editor.plan.map.template)
    with pytest.raises(PermissionDeniedError):
        rec.sessions.save_map(sid, doc, editor.map_version)
    with pytest.raises(PermissionDeniedError):
        rec.sessions.answer_checklist(sid, [])
    assert doctor_rec.sessions.open(sid).map == MapDocument(editor.plan.map.template)  # unchanged
    # the desk books an appointment without a map; the practitioner draws it later
    assert view.plan_button.isEnabled()
    view.plan_button.click()
    booking = window.records.dialog
    assert not booking.choose_button.isEnabled() and unnamed_widgets(booking) == []
    booking.date.set_value(at(21).date())
    booking.save()
    assert not booking.isVisible()
    appointment = booking.plan.session.id
    assert doctor_rec.sessions.open(appointment).map is None
    from mesomap.core.document import TemplateRef
    from mesomap.core.templates import PatientFit
    from mesomap.storage.repository.records import PlanInput

    t = face_template()
    with pytest.raises(PermissionDeniedError):  # a map is clinical content
        rec.sessions.plan(PlanInput(pid, at(28), TemplateRef(t.id, t.version, t.content_hash, PatientFit.identity())))
    doctor_window = window_as(clinic.doctor, clinic.db)
    doctor_editor = doctor_window.records.open_session(appointment)
    assert doctor_editor.canvas is None and "No map yet" in doctor_editor.fit_bar.label.text()
    assert doctor_editor.fit_bar.set_template(t)
    assert doctor_editor.canvas is not None and doctor_editor.canvas.isEnabled()
    assert doctor_rec.sessions.open(appointment).map is not None
    # the desk may still schedule: Today's buttons work for them
    today = window.records.open_today()
    today.select_session(sid)
    assert today.buttons["reschedule"].isEnabled() and today.buttons["cancel"].isEnabled()


def test_practitioner_sees_enabled_clinical_buttons(qtbot: Any, clinic: Clinic, window_as: Any) -> None:
    pid = new_patient(clinic)
    window = window_as(clinic.doctor, clinic.db)
    view = wait_record(qtbot, window.records.open_patient(pid))
    assert view.new_course_button.isEnabled() and view.plan_button.isEnabled() and view.consent_button.isEnabled()
    assert not view.edit_course_button.isEnabled()  # no course yet


def test_protocol_library_and_products_editors(qtbot: Any, clinic: Clinic, window_as: Any) -> None:
    window = window_as(clinic.admin, clinic.db)
    lib = window.records.open_protocols()
    assert unnamed_widgets(lib) == []
    preset = lib.current()
    assert preset is not None and lib.list.count() >= 1
    lib.fields["spacing_cm"].setText("abc")
    assert not lib.save(new=False)
    assert lib.form.error_label(lib.fields["spacing_cm"]).isVisible() and lib.fields["spacing_cm"].text() == "abc"
    lib.fields["spacing_cm"].setText("1.3 cm")
    lib.volume.setText("0.04 mL")
    assert lib.save(new=False)
    stored = RecordsRepository(clinic.db, clinic.admin).catalog.get_preset(preset.id)
    assert stored.spacing_cm == 1.3 and stored.volume_per_papule_ml == Decimal("0.04")
    lib.accept()

    products = window.records.open_products()
    assert unnamed_widgets(products) == []
    products.product_list.setCurrentRow([p.id for p in products.products].index(clinic.product_a))
    assert products.lots.rowCount() == 2  # A-OLD (expired) and A-GOOD
    states = {products.lots.item(i, 0).text(): products.lots.item(i, 2).text() for i in range(2)}
    assert states["A-OLD"].startswith("Expired") and states["A-GOOD"] == "Usable"
    products.p_max_volume.setText("1.5 mL")
    assert products.save_product()
    from mesomap.storage.repository.catalog import CatalogRepository

    assert CatalogRepository(clinic.db, clinic.admin).get_product(clinic.product_a).max_volume_per_session_ml == Decimal("1.5")
    products.lot_number.setText("A-NEW")
    products.lot_expiry.setText("nonsense")
    assert not products.add_lot()
    assert products.lot_form.error_label(products.lot_expiry).isVisible() and products.lot_number.text() == "A-NEW"
    products.lot_expiry.set_value(at(200).date())
    assert products.add_lot()
    assert products.lots.rowCount() == 3
    # clinic limits: a whole number is required, the typed text stays; then a new limit is stored
    limits = products.limits_tab
    products.tabs.setCurrentWidget(limits)
    limits.label.setText("Face: at most 40 injections")
    limits.area.setText("face")
    limits.ints["max_injections_per_session"].setText("40.5")
    assert not limits.save(new=True)
    assert limits.form.error_label(limits.ints["max_injections_per_session"]).isVisible()
    assert limits.ints["max_injections_per_session"].text() == "40.5"
    limits.ints["max_injections_per_session"].setText("40")
    limits.volume.setText("2.5 mL")
    assert limits.save(new=True)
    stored = [lim for lim in RecordsRepository(clinic.db, clinic.admin).catalog.list_clinic_limits()
              if lim.label == "Face: at most 40 injections"]
    assert len(stored) == 1 and (stored[0].body_area, stored[0].max_injections_per_session,
                                 stored[0].max_volume_per_session_ml) == ("face", 40, Decimal("2.5"))


def test_lot_recall_finds_exactly_the_sessions(qtbot: Any, clinic: Clinic, window_as: Any) -> None:
    rec = RecordsRepository(clinic.db, clinic.doctor)
    users, others = new_patient(clinic, "Uses", "Lot"), new_patient(clinic, "Other", "Lot")
    s1 = plan_face_session(clinic, users, at(0))
    s2 = plan_face_session(clinic, others, at(1))
    from mesomap.core.document import EngineLayouter, PapuleSet, Region, Technique

    def doc_with(sid: int, lot: int, product: int, number: str) -> None:
        plan = rec.sessions.open(sid)
        region = Region("r1", "Band", "#ff0000", box(-4, 1.8, 4, 4.4), "hex", Technique(),
                        (MixtureItem(product, lot, "x", number, Decimal("0.02")),))
        region = region.replace(papules=EngineLayouter().layout(region, PapuleSet.empty()))
        rec.sessions.save_map(sid, MapDocument(plan.map.template, [region]), plan.map_version)

    doc_with(s1, clinic.lot_good_b, clinic.product_b, "B-GOOD")
    doc_with(s2, clinic.lot_good_a, clinic.product_a, "A-GOOD")
    window = window_as(clinic.doctor, clinic.db)
    products = window.records.open_products()
    assert not products.save_product_button.isEnabled()  # catalogue is the administrator's
    products.recall_lot.setCurrentIndex(products.recall_lot.findData(clinic.lot_good_b))
    hits = products.recall()
    assert [h.session_id for h in hits] == [s1]
    assert products.recall_table.rowCount() == 1 and products.recall_table.item(0, 0).text().startswith("USES")


def test_checklist_editor_adds_a_question_asked_before_performing(qtbot: Any, clinic: Clinic, window_as: Any) -> None:
    admin_window = window_as(clinic.admin, clinic.db)
    editor = admin_window.records.open_checklist()
    assert unnamed_widgets(editor) == []
    shipped = editor.list.count()
    assert shipped >= 5
    editor.label.setText("   ")
    assert not editor.save(new=True)
    assert editor.form.error_label(editor.label).isVisible()
    editor.label.setText("Laser or peel on the area in the last 2 weeks")
    editor.position.setValue(50)
    editor.blocking.setChecked(True)
    editor.active.setChecked(True)
    assert editor.save(new=True)
    assert editor.list.count() == shipped + 1
    editor.accept()
    # the practitioner's checklist now asks it
    sid = plan_face_session(clinic, new_patient(clinic), at(0))
    window = window_as(clinic.doctor, clinic.db)
    session_editor = window.records.open_session(sid)
    session_editor.buttons["perform"].click()
    perform = window.records.dialog
    labels = [line.label for line in RecordsRepository(clinic.db, clinic.doctor).sessions.checklist(sid).lines]
    assert "Laser or peel on the area in the last 2 weeks" in labels
    assert len(perform.answer_buttons) == shipped + 1
    assert not window.records.open_checklist().save_button.isEnabled()  # practitioners read it only


def test_record_follows_the_patient_list_and_actions(qtbot: Any, clinic: Clinic, window_as: Any) -> None:
    first, second = new_patient(clinic, "Premier", "Anne"), new_patient(clinic, "Second", "Bruno")
    window = window_as(clinic.doctor, clinic.db)
    record_action = window.action_table.action("patient.record")
    assert not record_action.isEnabled()
    view = wait_record(qtbot, window.records.open_patient(first))
    assert "PREMIER" in view.identity.text()
    window.records._patient_changed(second)  # what the patient list emits on a new selection
    wait_record(qtbot, view)
    assert "SECOND" in view.identity.text() and record_action.isEnabled()
    window.action_table.action("session.today").trigger()
    assert window.pages.currentWidget().objectName() == "today"
    window.records._patient_changed(first)  # Today in front: it stays
    assert window.pages.currentWidget().objectName() == "today"
