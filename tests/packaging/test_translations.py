"""The translation pipeline (packaging/translations.sh): lupdate finds every kind of marked
string in Python sources, keeps existing translations when it runs again, and lrelease compiles
``.ts`` files to ``.qm`` files that QTranslator loads. Also checks the shipped ``.ts``/``.qm``
pairs: one per language, the ``.qm`` being exactly what lrelease makes of the ``.ts``."""

from __future__ import annotations

import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "packaging" / "translations.sh"
SHIPPED = ROOT / "resources" / "translations"
LANGUAGES = ("fr", "it", "es", "pt_BR")
VENV_BIN = Path(sys.executable).parent  # pyside6-lupdate / pyside6-lrelease live beside python

SAMPLE = '''
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from mesomap.core.i18n import QT_TRANSLATE_NOOP

MESSAGE = QT_TRANSLATE_NOOP("storage", "The database is locked by another workstation.")


class Panel(QWidget):
    def title(self) -> str:
        return self.tr("Danger zones")


def label() -> str:
    return QCoreApplication.translate("Printing", "Total volume")
'''


def _run(*args: str, out: Path, sources: Path, expect: int = 0) -> str:
    env = dict(os.environ, VENV_BIN=str(VENV_BIN), MESOMAP_TRANSLATIONS_DIR=str(out),
               MESOMAP_TRANSLATION_SOURCES=str(sources))
    done = subprocess.run(["bash", str(SCRIPT), *args], env=env, capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == expect, done.stdout + done.stderr
    return done.stdout


def _messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    tree = ET.parse(ts)
    found: dict[tuple[str, str], ET.Element] = {}
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found[(name, message.findtext("source") or "")] = message
    return found


def _translate(ts: Path, translations: dict[tuple[str, str], str]) -> None:
    tree = ET.parse(ts)
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            key = (name, message.findtext("source") or "")
            if key in translations:
                element = message.find("translation")
                assert element is not None
                element.text = translations[key]
                element.attrib.pop("type", None)
    tree.write(ts, encoding="utf-8", xml_declaration=True)


@pytest.fixture
def sample_sources(tmp_path: Path) -> Path:
    sources = tmp_path / "src"
    sources.mkdir()
    (sources / "panel.py").write_text(SAMPLE, encoding="utf-8")
    return sources


def test_lupdate_extracts_every_marking_style(tmp_path: Path, sample_sources: Path) -> None:
    out = tmp_path / "translations"
    _run("update", out=out, sources=sample_sources)
    expected = {
        ("storage", "The database is locked by another workstation."),
        ("Panel", "Danger zones"),
        ("Printing", "Total volume"),
    }
    for lang in LANGUAGES:
        ts = out / f"mesomap_{lang}.ts"
        root = ET.parse(ts).getroot()
        assert root.get("language") == lang
        messages = _messages(ts)
        assert set(messages) == expected
        assert all(m.find("translation").get("type") == "unfinished" for m in messages.values())


def test_translations_survive_update_and_compile_to_qm(
    tmp_path: Path, sample_sources: Path, qapp: object
) -> None:
    from PySide6.QtCore import QCoreApplication, QTranslator

    out = tmp_path / "translations"
    _run("update", out=out, sources=sample_sources)
    fr = out / "mesomap_fr.ts"
    _translate(fr, {("Panel", "Danger zones"): "Zones à risque",
                    ("Printing", "Total volume"): "Volume total"})
    # A source string changes: the old one becomes obsolete, the translated ones stay.
    (sample_sources / "panel.py").write_text(
        SAMPLE.replace("Total volume", "Total volume injected"), encoding="utf-8")
    _run("update", out=out, sources=sample_sources)
    messages = _messages(fr)
    assert messages[("Panel", "Danger zones")].findtext("translation") == "Zones à risque"
    assert messages[("Printing", "Total volume")].find("translation").get("type") == "vanished"
    assert ("Printing", "Total volume injected") in messages

    stats = _run("stats", out=out, sources=sample_sources)
    assert "fr: 3 strings, 1 finished, 2 unfinished, 1 obsolete" in stats
    _run("release", out=out, sources=sample_sources)
    translator = QTranslator()
    assert translator.load(str(out / "mesomap_fr.qm"))
    assert translator.translate("Panel", "Danger zones") == "Zones à risque"
    assert translator.translate("Printing", "Total volume injected") == ""
    assert QCoreApplication.translate("Panel", "Danger zones") == "Danger zones"  # not installed


def test_check_fails_on_missing_or_unfinished_strings(tmp_path: Path, sample_sources: Path) -> None:
    out = tmp_path / "translations"
    _run("update", out=out, sources=sample_sources)
    report = _run("check", out=out, sources=sample_sources, expect=1)
    assert "fr: 3 strings, 0 missing from the .ts, 3 unfinished" in report
    for lang in LANGUAGES:
        _translate(out / f"mesomap_{lang}.ts", {
            ("storage", "The database is locked by another workstation."): "x",
            ("Panel", "Danger zones"): "y",
            ("Printing", "Total volume"): "z",
        })
    assert "pt_BR: 3 strings, 0 missing from the .ts, 0 unfinished" in _run(
        "check", out=out, sources=sample_sources)
    with (sample_sources / "panel.py").open("a", encoding="utf-8") as source:
        source.write('\n\ndef more() -> str:\n    return QCoreApplication.translate("Printing", "Lot")\n')
    report = _run("check", out=out, sources=sample_sources, expect=1)
    assert "it: 4 strings, 1 missing from the .ts, 1 unfinished" in report
    assert "Printing: 'Lot'" in report


def test_shipped_translation_files_are_compiled_from_their_sources(tmp_path: Path) -> None:
    lrelease = VENV_BIN / "pyside6-lrelease"
    for lang in LANGUAGES:
        ts = SHIPPED / f"mesomap_{lang}.ts"
        qm = SHIPPED / f"mesomap_{lang}.qm"
        assert ts.is_file() and qm.is_file(), f"{lang}: run packaging/translations.sh"
        assert ET.parse(ts).getroot().get("language") == lang
        fresh = tmp_path / qm.name
        subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(fresh)], check=True,
                       timeout=60)
        assert fresh.read_bytes() == qm.read_bytes(), (
            f"{qm.name} is stale: run packaging/translations.sh release")


def test_shipped_catalogues_hold_every_current_string_finished() -> None:
    """Every string mesomap/ marks for translation is in each shipped .ts, translated: a new
    message added without its translations would reach French, Italian, Spanish and Brazilian
    users in English (``translations.sh check`` works on copies; nothing shipped is touched)."""
    report = _run("check", out=SHIPPED, sources=ROOT / "mesomap")
    lines = {line.split(":")[0]: line for line in report.splitlines() if not line.startswith(" ")}
    for lang in LANGUAGES:
        assert lines[lang].endswith("0 missing from the .ts, 0 unfinished"), report
