"""Trainer mode in the GUI (issue 9): presenter view with injection playback and technique
diagrams, practice exercises with scoring, export for slides.

``install(window)`` adds Tools ▸ Presenter view, Technique diagrams and Practice exercise to a
main window (``mesomap demo`` does it; the lead may call it from ``create_main_window``).
"""

from __future__ import annotations

from typing import Any

from mesomap.core.i18n import QT_TRANSLATE_NOOP


def _data_folder() -> Any:
    from mesomap.paths import user_data_dir

    return user_data_dir() / "trainer"


def open_presenter(parent: Any = None, document: Any = None, template: Any = None,
                   full_screen: bool = True) -> Any:
    """Open the presenter view (on a session's map when given; else a fictional map)."""
    from mesomap.core.templates import load_library
    from mesomap.gui.trainer.presenter import PresenterView

    view = PresenterView(load_library(), document, template, parent, _data_folder())
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
    window.setWindowFlag(QtCore.Qt.WindowType.Window, True)
    window.setWindowTitle(QtCore.QCoreApplication.translate("Trainer", "Technique diagrams"))
    window.resize(1200, 700)
    window.show()
    assert isinstance(window, QtWidgets.QWidget)
    return window


def install(window: Any) -> None:
    """Add the trainer actions to ``window``'s Tools menu (once)."""
    from mesomap.gui.actions import ActionSpec

    table = window.action_table
    if "tools.presenter" in table.ids():
        return
    specs = (
        (ActionSpec("tools.presenter", QT_TRANSLATE_NOOP("Actions", "&Presenter view"), "tools",
                    group="trainer", shortcut="F5",
                    tip=QT_TRANSLATE_NOOP("Actions", "Show injection playback full screen for a "
                                          "projector (fictional maps only)")),
         lambda: open_presenter(window)),
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
