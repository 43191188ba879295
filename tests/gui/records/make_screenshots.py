"""Screenshots of the records windows for docs/screenshots/records-*.png.

Run under a real X server (``xvfb-run -a .venv/bin/python tests/gui/records/make_screenshots.py``)
or offscreen. Builds a throw-away clinic database with a fictional patient whose course has
signed, performed and planned sessions with outcomes, then grabs: the patient record with the
course plot, Today, the session editor, the checklist (perform dialog) and a signed session
with an amendment.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT))
OUT = ROOT / "docs" / "screenshots"


def main() -> None:
    tmp = Path(tempfile.mkdtemp(prefix="mesomap-shots-"))
    for key in ("MESOMAP_DATA_DIR", "MESOMAP_LOG_DIR", "MESOMAP_SETTINGS_DIR"):
        os.environ[key] = str(tmp / key.lower())
    from argon2 import PasswordHasher
    from PySide6.QtWidgets import QApplication

    from mesomap.core.localeformat import set_default_locale

    app = QApplication.instance() or QApplication(sys.argv)
    set_default_locale("en_GB")
    from mesomap.app import create_main_window
    from mesomap.core.document import (
        EngineLayouter,
        MapDocument,
        MixtureItem,
        PapuleSet,
        Region,
        TemplateRef,
    )
    from mesomap.core.templates import PatientFit, load_library
    from mesomap.storage import accounts
    from mesomap.storage.engine import open_database
    from mesomap.storage.models import Role
    from mesomap.storage.repository.catalog import CatalogRepository, LotInput, ProductInput
    from mesomap.storage.repository.patients import PatientInput, PatientRepository
    from mesomap.storage.repository.records import (
        AmendmentInput,
        ChecklistAnswerInput,
        ConsentInput,
        CourseInput,
        OutcomeInput,
        PlanInput,
        RecordsRepository,
    )

    accounts.use_hasher(PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))
    password = "correct horse battery"
    db = open_database(f"sqlite:///{tmp / 'clinic.sqlite'}")
    admin = accounts.create_first_administrator(db, "admin", "Ada Admin", password)
    accounts.create_account(db, admin, accounts.AccountInput("drmartin", "Dr Claire Martin",
                                                             frozenset({Role.PRACTITIONER})), password)
    accounts.create_account(db, admin, accounts.AccountInput("drrossi", "Dr Marco Rossi",
                                                             frozenset({Role.PRACTITIONER})), password)
    doctor = accounts.login(db, "drmartin", password)
    other = accounts.login(db, "drrossi", password)
    today = dt.date.today()
    cat = CatalogRepository(db, admin)
    ha = cat.create_product(ProductInput("Hyaluronic acid 1% (demo)", actives="sodium hyaluronate",
                                         max_volume_per_session_ml=Decimal("3"), max_injections_per_session=150))
    vit = cat.create_product(ProductInput("Vitamin cocktail (demo)", max_volume_per_session_ml=Decimal("1")))
    lot_ha = cat.create_lot(LotInput(ha.id, "HA-2411", today + dt.timedelta(days=300)))
    lot_vit = cat.create_lot(LotInput(vit.id, "VC-0917", today + dt.timedelta(days=21)))
    cat.create_lot(LotInput(ha.id, "HA-2302", today - dt.timedelta(days=10)))
    patients = PatientRepository(db, doctor)
    pid = patients.create(PatientInput("Lefèvre", "Camille", dt.date(1979, 3, 14), allergies="lidocaine",
                                       contraindication_notes="low-dose aspirin: ask before each session")).id
    rec = RecordsRepository(db, doctor)
    course = rec.courses.create_course(CourseInput(pid, "skin_rejuvenation", "face", planned_sessions=4,
                                                   interval_days_min=10, interval_days_max=21,
                                                   practitioner_id=doctor.user_id))
    rec.courses.add_consent(ConsentInput(pid, today - dt.timedelta(days=40), "v3-2026", doctor.user_id, course.id,
                                         scope="mesotherapy of the face"))
    template = load_library().get("face_front")
    ref = TemplateRef(template.id, template.version, template.content_hash, PatientFit.identity())
    layouter = EngineLayouter(lambda: tuple(template.avoid_exclusions()))

    def face_doc(volume: str) -> MapDocument:
        cheek = Region("cheek", "Left cheek", "#e8590c", template.zone("cheek_left").geometry, "hex",
                       mixture=(MixtureItem(ha.id, lot_ha.id, ha.name, "HA-2411", Decimal(volume)),))
        forehead = Region("forehead", "Forehead", "#1c7ed6", template.zone("forehead").geometry, "hex",
                          mixture=(MixtureItem(ha.id, lot_ha.id, ha.name, "HA-2411", Decimal("0.02")),
                                   MixtureItem(vit.id, lot_vit.id, vit.name, "VC-0917", Decimal("0.01"))))
        regions = [r.replace(papules=layouter.layout(r, PapuleSet.empty())) for r in (cheek, forehead)]
        return MapDocument(ref, regions, "Two passes; ice after.")

    def at(days: int, hour: int) -> dt.datetime:
        return dt.datetime.combine(today + dt.timedelta(days=days), dt.time(hour)).astimezone()

    sessions = []
    for days, volume, pain in ((-35, "0.05", "6"), (-24, "0.04", "4"), (-10, "0.04", "3")):
        plan = rec.sessions.plan(PlanInput(pid, at(days, 10), ref, doctor.user_id, course.id))
        sid = plan.session.id
        rec.sessions.save_map(sid, face_doc(volume), plan.map_version)
        rec.sessions.answer_checklist(sid, [ChecklistAnswerInput(line.item_id, "no")
                                            for line in rec.sessions.checklist(sid).lines])
        rec.sessions.mark_performed(sid, rec.sessions.open(sid).session.version, at(days, 10))
        rec.sessions.add_outcome(OutcomeInput(pid, "pain_score", Decimal(pain), at(days, 11), "", sid, course.id))
        rec.sessions.add_outcome(OutcomeInput(pid, "free_score", Decimal(8 - int(pain)), at(days, 11),
                                              "Skin quality (0–10)", sid, course.id))
        sessions.append(sid)
    rec.signing.sign(sessions[0], password)
    rec.signing.sign(sessions[1], password)
    rec.signing.amend(sessions[1], AmendmentInput("Bruise noticed by the patient the next day", "notes",
                                                  {"text": "Small bruise at the left cheek, resolved in 4 days."}))
    planned = rec.sessions.plan(PlanInput(pid, at(0, 9), ref, doctor.user_id, course.id))
    rec.sessions.save_map(planned.session.id, face_doc("0.05"), planned.map_version)
    # Today: other patients and states
    for family, given, hour, who, state in (("Bernard", "Luc", 10, doctor, "planned"), ("Moreau", "Inès", 11, other, "cancelled"),
                                            ("Petit", "Hugo", 14, other, "no_show"), ("Roux", "Léa", 15, doctor, "performed")):
        p = patients.create(PatientInput(family, given)).id
        r = RecordsRepository(db, who)
        s = r.sessions.plan(PlanInput(p, at(0, hour), ref, who.user_id)).session
        if state == "cancelled":
            r.today.cancel(s.id, s.version, "patient ill")
        elif state == "no_show":
            r.today.no_show(s.id, s.version)
        elif state == "performed":
            r.sessions.answer_checklist(s.id, [ChecklistAnswerInput(line.item_id, "no")
                                               for line in r.sessions.checklist(s.id).lines])
            r.sessions.mark_performed(s.id, s.version, at(0, hour))

    window = create_main_window(db)
    window.actor_ref.current = doctor
    window.resize(1440, 900)
    window.show()
    window.start()
    for _ in range(30):
        app.processEvents()
    OUT.mkdir(parents=True, exist_ok=True)

    def settle() -> None:
        import time as _time

        page = window.pages.currentWidget()
        deadline = _time.monotonic() + 10
        while getattr(page, "loading", False) and _time.monotonic() < deadline:
            app.processEvents()
        for _ in range(20):
            app.processEvents()

    import time

    timings = {}
    for name, call in (("patient record", lambda: window.records.open_patient(pid)),
                       ("Today", lambda: window.records.open_today()),
                       ("session editor", lambda: window.records.open_session(planned.session.id)),
                       ("signed session", lambda: window.records.open_session(sessions[1]))):
        call()  # first call builds the page
        settle()
        start = time.perf_counter()
        call()
        timings[name] = (time.perf_counter() - start) * 1000  # GUI thread only (loads in workers excluded)
        settle()
    start = time.perf_counter()
    rec.sessions.open(sessions[1])
    rec.sessions.full(sessions[1])
    timings["signed session data only"] = (time.perf_counter() - start) * 1000
    print("GUI-thread time to open (ms):", {k: round(v, 1) for k, v in timings.items()})
    view = window.records.open_patient(pid)
    settle()
    window.grab().save(str(OUT / "records-patient-record.png"))
    window.records.open_today()
    settle()
    window.grab().save(str(OUT / "records-today.png"))
    window.patient_dock.hide()  # the map pages use the whole width (View ▸ Patient list brings it back)
    editor = window.records.open_session(planned.session.id)
    editor.canvas.ask_keep_manual = lambda region: True
    editor.regions.select("forehead")
    start = time.perf_counter()
    editor.refresh_warnings()
    print("live warnings check (ms):", round((time.perf_counter() - start) * 1000, 1))
    settle()
    window.grab().save(str(OUT / "records-session-editor.png"))
    dialog = window.records.perform(planned.session.id)
    items = list(dialog.answer_buttons)
    for item in items[:3]:
        dialog.answer(item, "no")
    dialog.answer(items[3], "yes", "allergy to lidocaine: product has none")
    dialog.pain.setText("3")
    dialog.save_checklist()
    dialog.resize(820, dialog.sizeHint().height())
    settle()
    dialog.grab().save(str(OUT / "records-checklist.png"))
    dialog.reject()
    window.records.open_session(sessions[1])
    settle()
    window.grab().save(str(OUT / "records-signed-amendment.png"))
    _ = view
    window.close()
    db.close()
    print("written:", *sorted(p.name for p in OUT.glob("records-*.png")))


if __name__ == "__main__":
    main()
