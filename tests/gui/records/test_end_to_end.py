"""End to end through the windows: create patient → consent → course → plan a session on the
face_front template with two regions (one with a two-product mixture) through the session
editor and its canvas → checklist → perform → sign (password) → amend; then reopen the record
on a fresh database connection, compare every stored value and verify the digest."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from PySide6.QtWidgets import QApplication, QPushButton

from mesomap.gui.naming import unnamed_widgets
from mesomap.storage.models.enums import SessionStatus

from .conftest import PASSWORD, TODAY, Clinic, face_template, wait_record


def _dialog(window: Any, cls_name: str) -> Any:
    dialog = window.records.dialog
    assert dialog is not None and type(dialog).__name__ == cls_name, dialog
    assert dialog.isVisible()
    assert unnamed_widgets(dialog) == []  # every interactive widget named (conventions §3)
    return dialog


def test_patient_to_amended_signed_session(qtbot: Any, any_clinic: Clinic, window_as: Any) -> None:
    clinic = any_clinic
    window = window_as(clinic.doctor, clinic.db)
    fmt = window.fmt

    # --- patient (E's patient dialog) -------------------------------------------------------
    window.new_patient()
    pdlg = window.patient_dialog
    pdlg.set_values({"family_name": "Dupont", "given_name": "Jeanne", "allergies": "lidocaine",
                     "contraindication_notes": "anticoagulant until May"})
    assert pdlg.save()
    pid = pdlg.saved_id
    assert pid is not None
    view = wait_record(qtbot, window.records.open_patient(pid))
    assert window.pages.currentWidget() is view
    assert "lidocaine" in view.alerts.text() and "anticoagulant" in view.alerts.text()

    # --- consent: an invalid date is refused next to the field, the typed text stays -----------
    view.consent_button.click()
    consent = _dialog(window, "ConsentDialog")
    consent.consented_on.setText("31/31/2026")
    consent.form_version.setText("v3-2026")
    consent.findChild(QPushButton, "consent_dialog_save_button").click()
    assert consent.isVisible() and consent.form.error_label(consent.consented_on).isVisible()
    assert consent.consented_on.text() == "31/31/2026" and consent.form_version.text() == "v3-2026"
    consent.consented_on.set_value(TODAY)
    consent.save()
    assert not consent.isVisible()
    wait_record(qtbot, view)
    assert view.consents.rowCount() == 1 and view.consents.item(0, 1).text() == "v3-2026"
    # withdrawing needs a date not before the consent; then it is shown
    view.consents.selectRow(0)
    view.edit_consent_button.click()
    edit = _dialog(window, "ConsentDialog")
    assert edit.form_version.text() == "v3-2026"
    edit.withdrawn.set_value(TODAY - dt.timedelta(days=1))
    edit.save()
    assert edit.isVisible() and edit.form.error_label(edit.withdrawn).isVisible()
    edit.withdrawn.clear()
    edit.notes.setPlainText("copy given to the patient")
    edit.save()
    assert not edit.isVisible()
    wait_record(qtbot, view)

    # --- course -------------------------------------------------------------------------------
    view.new_course_button.click()
    course_dlg = _dialog(window, "CourseDialog")
    course_dlg.indication.setCurrentIndex(course_dlg.indication.findData("skin_rejuvenation"))
    assert course_dlg.indication.currentIndex() >= 0
    course_dlg.area.setText("face")
    course_dlg.planned.setValue(4)
    course_dlg.interval_min.setValue(14)
    course_dlg.interval_max.setValue(7)  # inconsistent: refused next to the field, values kept
    course_dlg.save()
    assert course_dlg.isVisible() and course_dlg.form.error_label(course_dlg.interval_max).isVisible()
    assert course_dlg.area.text() == "face"
    course_dlg.interval_min.setValue(7)
    course_dlg.interval_max.setValue(14)
    course_dlg.save()
    assert not course_dlg.isVisible()
    wait_record(qtbot, view)
    assert view.course_table.rowCount() == 1
    course = course_dlg.saved
    assert (course.indication, course.area, course.planned_sessions, course.interval_days_min,
            course.interval_days_max) == ("skin_rejuvenation", "face", 4, 7, 14)

    # --- plan on face_front chosen in the gallery -------------------------------------------------
    view.plan_button.click()
    plan_dlg = _dialog(window, "PlanSessionDialog")
    plan_dlg.save()  # no template yet: refused next to the field
    assert plan_dlg.isVisible() and plan_dlg.form.error_label(plan_dlg.template_label.parentWidget()).isVisible()
    plan_dlg.choose_button.click()
    gallery = plan_dlg.gallery
    gallery.filters["body_area"].setCurrentIndex(gallery.filters["body_area"].findData("face"))
    assert "face_front" in gallery.visible_ids()
    assert all(gallery.library.get(t).body_area == "face" for t in gallery.visible_ids())
    assert unnamed_widgets(gallery) == []
    gallery.select("face_front")
    gallery.choose()
    assert plan_dlg.template.id == "face_front"
    plan_dlg.time.setTime(plan_dlg.time.time().fromString("09:30", "HH:mm"))
    plan_dlg.save()
    assert not plan_dlg.isVisible()
    editor = window.pages.currentWidget()
    assert editor.objectName() == "session_editor"
    sid = editor.session_id
    assert sid is not None and editor.canvas is not None
    canvas = editor.canvas
    canvas.ask_keep_manual = lambda region: True  # G's modal question replaced in tests

    # --- two regions drawn on the canvas ----------------------------------------------------------
    template = face_template()
    canvas.create_region(template.zone("cheek_left").geometry, "hex", "Left cheek")
    canvas.create_region(template.zone("forehead").geometry, "hex", "Forehead")
    assert [r.name for r in canvas.document.regions] == ["Left cheek", "Forehead"]
    panel = editor.regions
    assert panel.list.count() == 2

    # region 1: a preset, an override, one product
    panel.select(canvas.document.regions[0].id)
    preset = panel.presets[0]
    panel.preset.setCurrentIndex(panel.preset.findData(preset.id))
    panel.spacing.setText(fmt.format_length_cm(1.2))
    assert panel.apply_region_technique()
    r1 = canvas.document.regions[0]
    assert r1.technique.preset_id == preset.id and r1.technique.spacing_cm == 1.2
    assert "spacing_cm" in panel.overridden.text() or preset.spacing_cm == 1.2
    row = panel.mixture.add_row(clinic.product_a, clinic.lot_good_a)
    row.volume.setText("0.05 mL")
    assert panel.apply_region_mixture()

    # region 2: the cocktail of two products
    panel.select(canvas.document.regions[1].id)
    row_a = panel.mixture.add_row(clinic.product_a, clinic.lot_good_a)
    row_a.volume.setText("0.02")
    row_b = panel.mixture.add_row(clinic.product_b, clinic.lot_good_b)
    row_b.volume.setText("0.03")
    assert panel.apply_region_mixture()
    doc = canvas.document
    assert [(m.lot_number, m.volume_per_papule_ml) for m in doc.regions[1].mixture] == [
        ("A-GOOD", Decimal("0.02")), ("B-GOOD", Decimal("0.03"))]
    totals = canvas.totals()
    assert str(totals.papules) in editor.totals.text()
    assert fmt.format_volume_ml(totals.volume_ml) in editor.totals.text()
    editor.notes.setPlainText("Hydration, two passes")
    assert editor.save()
    editor.refresh_warnings()
    assert unnamed_widgets(editor) == []
    planned_doc = editor.rec.sessions.open(sid).map
    assert planned_doc is not None and [r.name for r in planned_doc.regions] == ["Left cheek", "Forehead"]

    # --- checklist and perform ----------------------------------------------------------------
    editor.buttons["perform"].click()
    perform = _dialog(window, "PerformDialog")
    assert unnamed_widgets(perform) == []
    perform.perform()  # nothing answered: refused, the session stays planned
    assert perform.isVisible() and perform.checklist_message.isVisible()
    assert editor.rec.sessions.open(sid).session.status == SessionStatus.PLANNED
    items = list(perform.answer_buttons)
    perform.answer_all("no")
    perform.answer(items[-1], "not_applicable", "nothing else")
    first_region_spin = perform.actual_rows[0][1]
    planned_first = first_region_spin.value()
    first_region_spin.setValue(planned_first - 2)
    perform.pain.setText("11")  # out of range: refused next to the field
    perform.perform()
    assert perform.isVisible() and perform.outcomes.error_label(perform.pain).isVisible()
    perform.pain.setText("3")
    perform.circumference.setText("31.5 cm")
    perform.circumference_label.setText("mid-face")
    perform.perform()
    assert not perform.isVisible()
    assert editor.status == SessionStatus.PERFORMED
    assert not editor.buttons["save"].isEnabled() and not canvas.isEnabled()

    # --- sign: wrong password refused next to the field, then signed ------------------------------
    editor.buttons["sign"].click()
    sign = _dialog(window, "SignDialog")
    sign.password.setText("wrong password")
    sign.sign()
    assert sign.isVisible() and sign.form.error_label(sign.password).isVisible()
    assert editor.rec.sessions.open(sid).session.status == SessionStatus.PERFORMED
    sign.password.setText(PASSWORD)
    sign.sign()
    assert not sign.isVisible()
    assert editor.status == SessionStatus.SIGNED
    digest_at_signing = editor.full.signatures[-1].digest_sha256

    # --- amend (reason required) ------------------------------------------------------------------
    editor.buttons["amend"].click()
    amend = _dialog(window, "AmendmentDialog")
    amend.text.setPlainText("Pain score was 4, not 3.")
    amend.save()
    assert amend.isVisible() and amend.form.error_label(amend.reason).isVisible()
    assert amend.text.toPlainText() == "Pain score was 4, not 3."
    amend.reason.setText("Typing error")
    amend.target.setCurrentIndex(amend.target.findData("outcome"))
    amend.save()
    assert not amend.isVisible()
    assert editor.amendments.count() == 1 and "Typing error" in editor.amendments.item(0).text()
    assert not editor.buttons["save"].isEnabled() and not editor.buttons["perform"].isEnabled()
    QApplication.processEvents()

    # --- reopen on a fresh connection and compare every stored value -------------------------------
    from mesomap.storage.engine import open_database
    from mesomap.storage.repository.records import RecordsRepository

    db2 = open_database(clinic.url)
    try:
        rec2 = RecordsRepository(db2, clinic.doctor)
        full = rec2.sessions.full(sid)
        s = full.session
        assert (s.patient_id, s.course_id, s.practitioner_id, s.status, s.number_in_course) == (
            pid, course.id, clinic.doctor.user_id, SessionStatus.SIGNED, 1)
        assert s.scheduled_at.astimezone().time() == dt.time(9, 30)
        stored = full.map
        assert stored is not None
        ref = stored.template
        assert (ref.template_id, ref.template_version, ref.content_hash) == ("face_front", template.version,
                                                                            template.content_hash)
        assert stored.notes == "Hydration, two passes"
        assert len(stored.regions) == len(doc.regions) == 2
        for mine, theirs in zip(doc.regions, stored.regions, strict=True):
            assert mine == theirs  # geometry, pattern, technique, mixture, papules: identical
        assert [(m.product_id, m.lot_id, m.volume_per_papule_ml) for m in stored.regions[0].mixture] == [
            (clinic.product_a, clinic.lot_good_a, Decimal("0.05"))]
        assert [(m.product_id, m.lot_id, m.volume_per_papule_ml) for m in stored.regions[1].mixture] == [
            (clinic.product_a, clinic.lot_good_a, Decimal("0.02")), (clinic.product_b, clinic.lot_good_b, Decimal("0.03"))]
        answers = {line.item_id: (line.answer, line.note) for line in full.checklist.lines}
        assert full.checklist.complete
        assert answers[items[-1]] == ("not_applicable", "nothing else")
        assert all(answers[i] == ("no", "") for i in items[:-1])
        assert full.actuals[0].papules_performed == planned_first - 2
        n2 = len(stored.regions[1].papules)
        assert full.actuals[1].papules_performed == n2
        assert [(p.lot_number, p.volume_total_ml) for p in full.actuals[1].products] == [
            ("A-GOOD", Decimal("0.02") * n2), ("B-GOOD", Decimal("0.03") * n2)]
        outcomes = {(o.kind, o.value, o.label) for o in full.outcomes}
        assert outcomes == {("pain_score", Decimal("3"), ""), ("circumference_cm", Decimal("31.5"), "mid-face")}
        assert len(full.signatures) == 1
        sig = full.signatures[0]
        assert (sig.signer_id, sig.meaning, sig.digest_sha256) == (clinic.doctor.user_id, "performed", digest_at_signing)
        assert [(a.reason, a.target, dict(a.content)) for a in full.amendments] == [
            ("Typing error", "outcome", {"text": "Pain score was 4, not 3."})]
        consents = rec2.courses.list_consents(pid)
        assert [(c.consented_on, c.form_version, c.withdrawn_on, c.notes, c.taken_by_id) for c in consents] == [
            (TODAY, "v3-2026", None, "copy given to the patient", clinic.doctor.user_id)]
        result = rec2.signing.verify(sid)
        assert result.ok and result.stored_digest == result.computed_digest == digest_at_signing
    finally:
        db2.close()

    # the windows show it: reopened read-only, amendment beside the original, digest verified
    editor = window.records.open_session(sid)
    assert not editor.canvas.isEnabled() and editor.notes.isReadOnly() and not editor.toolbar.isVisible()
    assert editor.amendments.isVisible() and editor.amendments.count() == 1
    editor.buttons["verify"].click()
    assert editor.last_verify.ok and "matches" in editor.message.text()
    view = wait_record(qtbot, window.records.open_patient(pid))
    assert view.sessions.rowCount() == 1
    assert view.plot.points and view.plot.points[0].papules == sum(a.papules_performed for a in full.actuals)
    assert unnamed_widgets(view) == []
