"""Sign and lock (issue 7): practitioner only with the password re-entered, digest verified,
signed rows immutable through the repositories, the ORM and raw SQL (SQLite and PostgreSQL),
amendments beside the original, tampering found by the digest."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
import sqlalchemy as sa

from mesomap.storage import immutability
from mesomap.storage.accounts import LoginError
from mesomap.storage.errors import InvalidInputError, SignedRecordError
from mesomap.storage.models import (
    AdverseEvent,
    MapRegionProduct,
    Papule,
    Signature,
    TreatmentSession,
)
from mesomap.storage.permissions import PermissionDeniedError
from mesomap.storage.repository.records import (
    AdverseEventInput,
    AmendmentInput,
    ChecklistAnswerInput,
    OutcomeInput,
    PlanInput,
)
from tests.records.conftest import PASSWORD, Clinic, at, template_ref, two_region_doc


def perform(clinic: Clinic, days: int = 0) -> int:
    rec = clinic.rec()
    plan = rec.sessions.plan(PlanInput(clinic.patient_id, at(days), template_ref(),
                                       practitioner_id=clinic.doctor.user_id,
                                       course_id=clinic.course_id))
    sid = plan.session.id
    rec.sessions.save_map(sid, two_region_doc(clinic), plan.map_version)
    view = rec.sessions.checklist(sid)
    rec.sessions.answer_checklist(sid, [ChecklistAnswerInput(line.item_id, "no")
                                        for line in view.lines])
    rec.sessions.add_outcome(OutcomeInput(clinic.patient_id, "pain_score", Decimal("6"),
                                          at(days, 9), "VAS", session_id=sid))
    rec.sessions.record_adverse_event(sid, AdverseEventInput("bruise", "mild", "small bruise",
                                                             "cold pack", at(days, 11)))
    version = rec.sessions.open(sid).session.version
    rec.sessions.mark_performed(sid, version, at(days, 11))
    return sid


def signed_session(clinic: Clinic) -> int:
    sid = perform(clinic)
    clinic.rec().signing.sign(sid, PASSWORD)
    return sid


def test_sign_verify_and_repository_refuses_changes(clinic: Clinic) -> None:
    rec = clinic.rec()
    sid = perform(clinic)
    before = rec.signing.current_digest(sid)
    sig = rec.signing.sign(sid, PASSWORD)
    assert sig.digest_sha256 == before and len(before) == 64
    assert sig.signer_id == clinic.doctor.user_id and sig.signer_name == "Dr Test"
    assert sig.meaning == "performed"
    full = rec.sessions.full(sid)
    assert full.signed and sig.record_version == full.session.version
    assert rec.signing.verify(sid).ok
    doc = full.map
    assert doc is not None
    with pytest.raises(SignedRecordError):
        rec.sessions.save_map(sid, doc, full.map_version)
    with pytest.raises(SignedRecordError):
        rec.sessions.answer_checklist(sid, [ChecklistAnswerInput(full.checklist.lines[0].item_id,
                                                                  "yes")])
    with pytest.raises(SignedRecordError):
        rec.sessions.save_actuals(sid, [])
    with pytest.raises(SignedRecordError):
        rec.sessions.delete_outcome(full.outcomes[0].id, full.outcomes[0].version)
    with pytest.raises(SignedRecordError):
        rec.signing.sign(sid, PASSWORD)
    assert rec.signing.verify(sid).ok


def test_only_practitioner_with_right_password_signs(clinic: Clinic) -> None:
    sid = perform(clinic)
    with pytest.raises(LoginError):
        clinic.rec().signing.sign(sid, "wrong password!")
    with pytest.raises(PermissionDeniedError):
        clinic.rec(clinic.desk).signing.sign(sid, PASSWORD)
    with pytest.raises(PermissionDeniedError):
        clinic.rec(clinic.admin).signing.sign(sid, PASSWORD)
    assert clinic.rec().sessions.full(sid).signatures == ()
    clinic.rec().signing.sign(sid, PASSWORD)
    assert len(clinic.rec().sessions.full(sid).signatures) == 1


def test_unperformed_session_cannot_be_signed(clinic: Clinic) -> None:
    rec = clinic.rec()
    plan = rec.sessions.plan(PlanInput(clinic.patient_id, at(0), template_ref()))
    from mesomap.storage.errors import InvalidTransitionError

    with pytest.raises(InvalidTransitionError):
        rec.signing.sign(plan.session.id, PASSWORD)


def _raw_changes(sid: int) -> list[str]:
    region = f"(SELECT mr.id FROM map_region mr JOIN session_map sm ON sm.id = mr.map_id " \
             f"WHERE sm.session_id = {sid} ORDER BY mr.position LIMIT 1)"
    return [
        f"UPDATE session SET notes = 'x' WHERE id = {sid}",
        f"UPDATE session SET status = 'planned' WHERE id = {sid}",
        f"DELETE FROM session WHERE id = {sid}",
        f"UPDATE session_map SET notes = 'x' WHERE session_id = {sid}",
        f"DELETE FROM session_map WHERE session_id = {sid}",
        f"UPDATE map_region SET name = 'x' WHERE id = {region}",
        f"DELETE FROM map_region WHERE id = {region}",
        f"UPDATE map_region_product SET volume_per_papule_ml = 0.9 WHERE region_id = {region}",
        f"DELETE FROM map_region_product WHERE region_id = {region}",
        f"UPDATE papule SET x_cm = x_cm + 1 WHERE region_id = {region}",
        f"DELETE FROM papule WHERE region_id = {region}",
        f"UPDATE checklist_answer SET answer = 'yes' WHERE session_id = {sid}",
        f"DELETE FROM checklist_answer WHERE session_id = {sid}",
        f"UPDATE region_actual SET papules_performed = 1 WHERE session_id = {sid}",
        f"DELETE FROM region_actual WHERE session_id = {sid}",
        "UPDATE region_actual_product SET volume_total_ml = 9 WHERE actual_id IN "
        f"(SELECT id FROM region_actual WHERE session_id = {sid})",
        f"UPDATE adverse_event SET description = 'x' WHERE session_id = {sid}",
        f"DELETE FROM adverse_event WHERE session_id = {sid}",
        f"UPDATE outcome_measure SET value = 1 WHERE session_id = {sid}",
        f"DELETE FROM outcome_measure WHERE session_id = {sid}",
        f"UPDATE signature SET digest_sha256 = 'x' WHERE session_id = {sid}",
        f"DELETE FROM signature WHERE session_id = {sid}",
    ]


def assert_raw_sql_refused(clinic: Clinic, sid: int) -> None:
    for statement in _raw_changes(sid):
        with clinic.db.engine.connect() as conn:
            with pytest.raises(sa.exc.DBAPIError) as info, conn.begin():
                result = conn.exec_driver_sql(statement)
                assert result.rowcount != 0, statement  # the statement did target rows
            assert immutability.is_immutability_error(info.value), statement


def test_raw_sql_update_delete_refused(clinic: Clinic) -> None:
    sid = signed_session(clinic)
    assert_raw_sql_refused(clinic, sid)
    assert clinic.rec().signing.verify(sid).ok


def test_orm_update_delete_refused(clinic: Clinic) -> None:
    sid = signed_session(clinic)
    for change in ("session", "papule", "product", "event", "delete"):
        with pytest.raises(sa.exc.DBAPIError) as info, clinic.db.session() as s:
            if change == "session":
                s.get_one(TreatmentSession, sid).notes = "changed"
            elif change == "delete":
                s.delete(s.get_one(TreatmentSession, sid))
            elif change == "papule":
                row = s.scalars(sa.select(Papule).limit(1)).one()
                row.x_cm += 0.5
            elif change == "product":
                prod = s.scalars(sa.select(MapRegionProduct).limit(1)).one()
                prod.volume_per_papule_ml = Decimal("0.5")
            else:
                s.scalars(sa.select(AdverseEvent)).first().description = "x"  # type: ignore[union-attr]
            s.flush()
        assert immutability.is_immutability_error(info.value), change
    assert clinic.rec().signing.verify(sid).ok


def test_unsigned_session_stays_editable_and_deletable(clinic: Clinic) -> None:
    rec = clinic.rec()
    plan = rec.sessions.plan(PlanInput(clinic.patient_id, at(0), template_ref()))
    sid = plan.session.id
    rec.sessions.save_map(sid, two_region_doc(clinic), plan.map_version)
    with clinic.db.engine.connect() as conn, conn.begin():
        conn.exec_driver_sql(f"UPDATE session SET notes = 'fine' WHERE id = {sid}")
        conn.exec_driver_sql("UPDATE papule SET x_cm = x_cm WHERE region_id IN (SELECT mr.id FROM "
                             f"map_region mr JOIN session_map sm ON sm.id = mr.map_id "
                             f"WHERE sm.session_id = {sid})")
        conn.exec_driver_sql(f"DELETE FROM session WHERE id = {sid}")  # cascades to the map
    with clinic.db.session() as s:
        assert s.get(TreatmentSession, sid) is None
        assert s.execute(sa.select(sa.func.count()).select_from(Papule)).scalar() == 0


def test_amendment_beside_original_and_digest_unchanged(clinic: Clinic) -> None:
    rec = clinic.rec()
    sid = signed_session(clinic)
    original = rec.sessions.full(sid)
    with pytest.raises(InvalidInputError) as info:
        rec.sessions.record_adverse_event(sid, AdverseEventInput("swelling", "moderate"))
    assert info.value.field == "reason"
    event = rec.sessions.record_adverse_event(
        sid, AdverseEventInput("swelling", "moderate", "swelling next day", "ice",
                               at(1, 9)), reason="reported by phone the next day")
    assert event.amendment_id is not None
    note = rec.signing.amend(sid, AmendmentInput("typo in notes", "notes",
                                                 {"notes": "corrected notes"}))
    after = rec.sessions.full(sid)
    assert [a.reason for a in after.amendments] == ["reported by phone the next day",
                                                    "typo in notes"]
    assert after.amendments[0].adverse_event is not None
    assert after.amendments[0].adverse_event.description == "swelling next day"
    assert note.content == {"notes": "corrected notes"}
    # the original is unchanged beside it
    assert after.session.notes == original.session.notes
    assert after.events == original.events and after.map == original.map
    assert after.checklist == original.checklist and after.actuals == original.actuals
    assert rec.signing.verify(sid).ok
    with pytest.raises(InvalidInputError):
        rec.signing.amend(sid, AmendmentInput("   "))
    with pytest.raises(sa.exc.DBAPIError), clinic.db.engine.connect() as conn, conn.begin():
        conn.exec_driver_sql(f"UPDATE amendment SET reason = 'x' WHERE session_id = {sid}")


TAMPER = [
    "UPDATE session SET notes = notes || '!' WHERE id = {sid}",
    "UPDATE session SET performed_at = scheduled_at WHERE id = {sid}",
    "UPDATE session_map SET template_version = template_version + 1 WHERE session_id = {sid}",
    "UPDATE session_map SET template_content_hash = 'f' WHERE session_id = {sid}",
    "UPDATE map_region SET spacing_cm = spacing_cm + 0.1 WHERE map_id IN "
    "(SELECT id FROM session_map WHERE session_id = {sid})",
    "UPDATE map_region_product SET volume_per_papule_ml = volume_per_papule_ml + 0.0001",
    "UPDATE map_region_product SET lot_number = 'A-OTHER'",
    "UPDATE papule SET x_cm = x_cm + 0.000001 WHERE id = (SELECT MIN(id) FROM papule)",
    "DELETE FROM papule WHERE id = (SELECT MAX(id) FROM papule)",
    "UPDATE checklist_answer SET answer = 'yes' WHERE session_id = {sid}",
    "UPDATE region_actual SET papules_performed = papules_performed + 1",
    "UPDATE region_actual_product SET volume_total_ml = volume_total_ml + 0.0001",
    "UPDATE adverse_event SET severity = 'severe' WHERE session_id = {sid}",
    "UPDATE outcome_measure SET value = value + 1 WHERE session_id = {sid}",
    "DELETE FROM outcome_measure WHERE session_id = {sid}",
]


@pytest.mark.parametrize("statement", TAMPER)
def test_digest_changes_when_any_stored_value_changes(sqlite_clinic: Clinic, statement: str) -> None:
    clinic = sqlite_clinic
    sid = signed_session(clinic)
    assert clinic.rec().signing.verify(sid).ok
    with clinic.db.engine.connect() as conn, conn.begin():
        immutability.drop_triggers(conn)
        changed = conn.exec_driver_sql(statement.format(sid=sid)).rowcount
        assert changed >= 1
        immutability.install_triggers(conn)
    result = clinic.rec().signing.verify(sid)
    assert not result.ok and result.stored_digest != result.computed_digest


def test_tamper_on_postgresql(clinic: Clinic) -> None:
    sid = signed_session(clinic)
    with clinic.db.engine.connect() as conn, conn.begin():
        immutability.drop_triggers(conn)
        conn.exec_driver_sql("UPDATE papule SET y_cm = y_cm + 0.000001 "
                             "WHERE id = (SELECT MIN(id) FROM papule)")
        immutability.install_triggers(conn)
    assert not clinic.rec().signing.verify(sid).ok
    with clinic.db.engine.connect() as conn:
        assert len(immutability.trigger_names(conn)) == \
            immutability.expected_trigger_count(conn.dialect.name)


def test_signature_rows_are_append_only(clinic: Clinic) -> None:
    sid = signed_session(clinic)
    with pytest.raises(sa.exc.DBAPIError), clinic.db.session() as s:
        s.scalars(sa.select(Signature)).one().signer_name = "someone else"
        s.flush()
    assert clinic.rec().sessions.full(sid).signatures[0].signer_name == "Dr Test"


def test_signed_at_is_recent(clinic: Clinic) -> None:
    sid = signed_session(clinic)
    sig = clinic.rec().signing.verify(sid).signature
    assert sig is not None
    assert abs((dt.datetime.now(dt.UTC) - sig.signed_at).total_seconds()) < 120


def test_signed_amendment_verifies_and_detects_tampering(clinic: Clinic) -> None:
    rec = clinic.rec()
    sid = signed_session(clinic)
    amendment = rec.signing.amend(sid, AmendmentInput("late reaction"), AdverseEventInput(
        "erythema", "mild", "redness", "none", at(2, 9)))
    assert not rec.signing.verify_amendment(amendment.id).ok  # not signed yet
    with pytest.raises(PermissionDeniedError):
        clinic.rec(clinic.desk).signing.sign_amendment(amendment.id, PASSWORD)
    sig = rec.signing.sign_amendment(amendment.id, PASSWORD)
    assert sig.meaning == "amendment" and sig.amendment_id == amendment.id
    assert rec.signing.verify_amendment(amendment.id).ok and rec.signing.verify(sid).ok
    with pytest.raises(SignedRecordError):
        rec.signing.sign_amendment(amendment.id, PASSWORD)
    with clinic.db.engine.connect() as conn, conn.begin():
        immutability.drop_triggers(conn)
        conn.exec_driver_sql(f"UPDATE adverse_event SET description = 'changed' "
                             f"WHERE amendment_id = {amendment.id}")
        immutability.install_triggers(conn)
    assert not rec.signing.verify_amendment(amendment.id).ok
    assert rec.signing.verify(sid).ok  # the original record is untouched
