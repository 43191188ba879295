"""lupdate finds the shell's strings under the contexts the code translates them with (a helper
such as ``def _tr(text)`` would hide them from lupdate or put them under an empty context)."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
FILES = sorted(
    [*ROOT.glob("mesomap/gui/*.py"), ROOT / "mesomap/app.py", ROOT / "mesomap/core/settings.py",
     ROOT / "mesomap/core/localeformat.py"]
)


def lupdate() -> str:
    found = shutil.which("pyside6-lupdate") or str(Path(sys.executable).parent / "pyside6-lupdate")
    if not Path(found).exists():
        pytest.fail("pyside6-lupdate is missing: it comes with PySide6-Essentials")
    return found


def test_every_string_lands_in_a_named_context(tmp_path: Path) -> None:
    ts = tmp_path / "shell.ts"
    subprocess.run([lupdate(), *map(str, FILES), "-ts", str(ts)], check=True, capture_output=True,
                   timeout=120)
    text = ts.read_text(encoding="utf-8")
    contexts = {
        re.search(r"<name>(.*?)</name>", block).group(1): re.findall(r"<source>(.*?)</source>", block, re.S)  # type: ignore[union-attr]
        for block in re.findall(r"<context>(.*?)</context>", text, re.S)
    }
    assert "" not in contexts, contexts.get("")
    for name in ("Actions", "App", "Errors", "LocaleFormat", "Settings", "MainWindow", "PatientDialog"):
        assert contexts.get(name), name
    assert "&amp;New patient…" in contexts["Actions"]
    assert "Enter the patient&apos;s family name." in contexts["PatientDialog"]
    assert any("ambiguous" in s for s in contexts["LocaleFormat"])


def test_qt_standard_buttons_follow_the_language(qtbot: object) -> None:
    from PySide6.QtCore import QLocale
    from PySide6.QtWidgets import QApplication, QDialogButtonBox

    from mesomap.app import install_translators

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    translators = install_translators(app, "fr_FR")
    try:
        assert translators, "Qt's French translation was not found"
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        assert box.button(QDialogButtonBox.StandardButton.Cancel).text().replace("&", "") == "Annuler"
        box.deleteLater()
    finally:
        for translator in translators:
            app.removeTranslator(translator)
        QLocale.setDefault(QLocale("en_US"))
