"""Trainer mode in the GUI (issue 9): presenter view with injection playback and technique
diagrams, practice exercises with scoring, export for slides.

``install(window)`` adds Tools ▸ Presenter view, Play this patient's last map (demonstration
databases only), Technique diagrams and Practice exercise to a main window (``mesomap demo`` does it; the lead may call it from ``create_main_window``).
"""

from __future__ import annotations

from typing import Any

from mesomap.core.i18n import QT_TRANSLATE_NOOP


def _data_folder() -> Any:
    from mesomap.paths import user_data_dir

    return user_data_dir() / "trainer"


def clinic_presets(db: Any, actor: Any = None) -> list[Any]:
    """Worker: the database's active protocol presets as technique-diagram inputs."""
    from mesomap.core.records.presets import ShippedPreset
    from mesomap.storage.repository.records_catalog import ProtocolRecords

    out = []
    for r in ProtocolRecords(db, actor).list_presets():
        out.append(ShippedPreset(
            r.code, r.name, r.technique_code, r.pattern, r.depth_mm, r.needle_gauge,
            r.needle_length_mm, r.angle_deg, r.volume_per_papule_ml, r.spacing_cm,
            r.spacing_min_cm if r.spacing_min_cm is not None else r.spacing_cm,
            r.spacing_max_cm if r.spacing_max_cm is not None else r.spacing_cm,
            r.nappage_density_per_cm2, r.seconds_per_papule, r.setup_minutes))
    return out


def _use_clinic_presets(window: Any, comparison: Any) -> None:
    """Fill ``comparison`` with the window's database presets, in the background (the
    shipped library stays if they cannot be read)."""
    db = getattr(window, "db", None)
    if db is None:
        return
    import logging

    from mesomap.gui.workers import run_in_background

    run_in_background(lambda: clinic_presets(db, getattr(window, "actor_ref", None)),
                      parent=comparison, on_done=comparison.set_library,
                      on_error=lambda exc: logging.getLogger(__name__).warning(
                          "protocol presets not read for the technique diagrams: %s", exc))


def open_presenter(parent: Any = None, document: Any = None, template: Any = None,
                   full_screen: bool = True) -> Any:
    """Open the presenter view (on a session's map when given; else a fictional map)."""
    from mesomap.core.templates import load_library
    from mesomap.gui.trainer.presenter import PresenterView

    view = PresenterView(load_library(), document, template, parent, _data_folder())
    _use_clinic_presets(parent, view.comparison)
    if full_screen:
        view.showFullScreen()
    else:
        view.show()
    return view


def open_practice(parent: Any = None) -> Any:
    from mesomap.core.templates import load_library
    from mesomap.gui.trainer.practice import PracticeWindow

    window = PracticeWindow(load_library(), _data_folder() / "attempts", parent)
    window.resize(1300, 850)
    window.show()
    return window


def open_diagrams(parent: Any = None) -> Any:
    from PySide6 import QtCore, QtWidgets

    from mesomap.gui.trainer.diagrams import TechniqueComparison

    window = TechniqueComparison(_data_folder(), parent)
    _use_clinic_presets(parent, window)
    window.setWindowFlag(QtCore.Qt.WindowType.Window, True)
    window.setWindowTitle(QtCore.QCoreApplication.translate("Trainer", "Technique diagrams"))
    window.resize(1200, 700)
    window.show()
    assert isinstance(window, QtWidgets.QWidget)
    return window


def latest_session_map(db: Any, actor: Any, patient_id: int) -> tuple[Any, Any] | None:
    """Worker: the newest session of ``patient_id`` that has a map, as (document, template);
    ``None`` when the patient has no map. The template is the exact one the map was planned
    on (installed copy or the snapshot stored with it); a map whose template is neither is
    skipped."""
    from mesomap.core.templates import load_library
    from mesomap.storage.errors import NotFoundError
    from mesomap.storage.maps import load_map
    from mesomap.storage.repository.sessions import SessionRepository
    from mesomap.storage.template_snapshots import TemplateUnavailableError, stored_template

    sessions = SessionRepository(db, actor).list_for_patient(patient_id)
    library = load_library()
    for record in reversed(sessions):
        try:
            with db.session(read_only=True) as s:
                doc = load_map(s, record.id)
                if not any(len(r.papules) or r.pattern == "nappage" for r in doc.regions):
                    continue
                # the installed copy when its content matches, else the stored snapshot
                template = stored_template(s, library, doc.template)
        except (NotFoundError, TemplateUnavailableError):
            continue
        return doc, template
    return None


def present_current_patient(window: Any) -> None:
    """Play the current patient's latest map in the presenter view. Only on a demonstration
    database: trainer mode shows fictional patients, never the clinic's."""
    from PySide6.QtCore import QCoreApplication

    from mesomap.gui.errors import show_error
    from mesomap.gui.workers import run_in_background

    if not getattr(window, "is_demo", False):
        show_error(window, QCoreApplication.translate(
            "Trainer", "Trainer mode shows fictional patients only. Open the demonstration "
            "database (File menu) and choose a patient there."))
        return
    patient_id = window.patient_list.current_patient_id()
    if patient_id is None:
        window.statusBar().showMessage(QCoreApplication.translate(
            "Trainer", "Choose a patient in the list first."), 8000)
        return

    def done(found: Any) -> None:
        if found is None:
            window.statusBar().showMessage(QCoreApplication.translate(
                "Trainer", "This patient has no session map to play."), 8000)
            return
        document, template = found
        open_presenter(window, document, template)

    def failed(exc: BaseException) -> None:
        show_error(window, QCoreApplication.translate(
            "Trainer", "The session map could not be read. The details are in the log file."),
            detail=str(exc))

    run_in_background(
        lambda: latest_session_map(window.db, getattr(window, "actor_ref", None), patient_id),
        parent=window, on_done=done, on_error=failed)


def install(window: Any) -> None:
    """Add the trainer actions to ``window``'s Tools menu (once)."""
    from mesomap.gui.actions import ActionSpec

    table = window.action_table
    if "tools.presenter" in table.ids():
        return
    specs = (
        (ActionSpec("tools.presenter", QT_TRANSLATE_NOOP("Actions", "&Presenter view"), "tools",
                    group="trainer", shortcut="Shift+F5",
                    tip=QT_TRANSLATE_NOOP("Actions", "Show injection playback full screen for a "
                                          "projector (fictional maps only)")),
         lambda: open_presenter(window)),
        (ActionSpec("tools.present_patient", QT_TRANSLATE_NOOP(
            "Actions", "Play this patient's &last map"), "tools", group="trainer",
                    tip=QT_TRANSLATE_NOOP("Actions", "Injection playback of the chosen "
                                          "fictional patient's latest session map, full screen "
                                          "(demonstration database only)")),
         lambda: present_current_patient(window)),
        (ActionSpec("tools.technique_diagrams", QT_TRANSLATE_NOOP("Actions",
                                                                  "&Technique diagrams"),
                    "tools", group="trainer",
                    tip=QT_TRANSLATE_NOOP("Actions", "Compare two injection techniques on a "
                                          "skin cross-section drawn to scale")),
         lambda: open_diagrams(window)),
        (ActionSpec("tools.practice", QT_TRANSLATE_NOOP("Actions", "P&ractice exercise"), "tools",
                    group="trainer",
                    tip=QT_TRANSLATE_NOOP("Actions", "Let a trainee place papules and score the "
                                          "attempt")),
         lambda: open_practice(window)),
    )
    for spec, slot in specs:
        table.add(spec, slot)
