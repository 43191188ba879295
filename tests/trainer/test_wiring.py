"""The trainer actions are in every main window's Tools menu and open their windows."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6 import QtWidgets


def test_tools_menu_opens_trainer_windows(qtbot: Any, tmp_path: Path,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    import mesomap.gui.errors as errors
    from mesomap.app import create_main_window
    from mesomap.storage.engine import open_database

    db = open_database(f"sqlite:///{tmp_path / 'clinic.sqlite'}")
    window = create_main_window(db)
    qtbot.addWidget(window)
    try:
        table = window.action_table
        for action_id in ("tools.presenter", "tools.present_patient",
                          "tools.technique_diagrams", "tools.practice"):
            assert action_id in table.ids()
        assert table.action("tools.presenter").shortcut().toString() == "Shift+F5"
        before = set(QtWidgets.QApplication.topLevelWidgets())
        table.action("tools.technique_diagrams").trigger()
        table.action("tools.practice").trigger()
        opened = [w for w in QtWidgets.QApplication.topLevelWidgets()
                  if w not in before and w.isVisible()]
        names = {w.objectName() for w in opened}
        assert {"technique_comparison", "practice_window"} <= names
        shown: list[str] = []
        monkeypatch.setattr(errors, "show_error", lambda parent, message, **kw: shown.append(message))
        table.action("tools.present_patient").trigger()  # a clinic database: refused
        assert shown and "fictional patients only" in shown[0]
        for w in opened:
            w.close()
    finally:
        window.close()
        from PySide6.QtCore import QThreadPool

        QThreadPool.globalInstance().waitForDone(5000)
        db.close()
