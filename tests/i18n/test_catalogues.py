"""The shipped translations: every ``.ts`` entry finished, placeholders and plural forms kept,
the fill script complete for the current sources, and the compiled catalogues actually
translating when Qt loads them (``mesomap.app.install_translators``)."""

from __future__ import annotations

import importlib.util
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]
TS_DIR = ROOT / "resources" / "translations"
LANGUAGES = ("fr", "it", "es", "pt_BR")


def _fill_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("i18n_fill", ROOT / "tools" / "i18n_fill.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["i18n_fill"] = module
    spec.loader.exec_module(module)
    return module


fill = _fill_module()


def _live_messages(lang: str) -> list[tuple[str, ET.Element]]:
    tree = ET.parse(TS_DIR / f"mesomap_{lang}.ts")
    return [(c, m) for c, m in fill.messages(tree) if not fill._is_obsolete(m)]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_entry_is_finished(lang: str) -> None:
    messages = _live_messages(lang)
    assert len(messages) > 900
    unfinished = [
        (c, m.findtext("source")) for c, m in messages
        if (m.find("translation") is None or m.find("translation").get("type") == "unfinished")
    ]
    assert unfinished == []


@pytest.mark.parametrize("lang", LANGUAGES)
def test_placeholders_match_the_source(lang: str) -> None:
    problems = []
    for context, message in _live_messages(lang):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        if message.get("numerus") == "yes":
            forms = [f.text or "" for f in translation.findall("numerusform")]
            assert len(forms) >= 2, (context, source)
        else:
            forms = [translation.text or ""]
        for form in forms:
            if not form.strip():
                problems.append((context, source, "empty"))
            elif fill.placeholders(form) != fill.placeholders(source):
                problems.append((context, source, form))
    assert problems == []


@pytest.mark.parametrize("lang", LANGUAGES)
def test_plural_strings_have_distinct_singular_and_plural_where_the_language_has_them(lang: str) -> None:
    plurals = [m for _c, m in _live_messages(lang) if m.get("numerus") == "yes"]
    assert plurals
    differing = 0
    for message in plurals:
        forms = [f.text for f in message.find("translation").findall("numerusform")]
        assert all("%n" in (f or "") for f in forms)
        differing += len(set(forms)) > 1
    assert differing >= 3  # "%n sheet(s)" and friends really change form


def test_placeholder_check_catches_a_dropped_or_renamed_placeholder() -> None:
    assert fill.check_translation("Region %1", "Région", False)
    assert fill.check_translation("Only {distance} cm", "Seulement {distanz} cm", False)
    assert fill.check_translation("%n sheet(s)", ["%n fiche", "fiches"], True)
    assert fill.check_translation("%1 of %2", "%2 sur %1", False) == []  # reordering is allowed


def test_fill_script_has_a_translation_for_every_current_source() -> None:
    assert fill.fill(LANGUAGES, write=False) == 0


def test_fill_script_fails_loudly_on_a_missing_translation(tmp_path: Path, capsys) -> None:
    tree = ET.parse(TS_DIR / "mesomap_fr.ts")
    table = fill.load_dictionary("fr")
    some_source = next(iter(table))
    del table[some_source]
    problems = fill.fill_tree(tree, table)
    assert any(repr(some_source) in p for p in problems)


def test_medical_terms_follow_the_societies_usage() -> None:
    fr, it, es, pt = (fill.load_dictionary(lang) for lang in LANGUAGES)
    assert fr["Papules"] == "Papules" and it["Papules"] == "Pomfi"
    assert es["Papules"] == "Pápulas" and pt["Papules"] == "Pápulas"
    ids = "Superficial intradermal / nappage (IDS)"
    assert "nappage" in fr[ids] and "IDS" in fr[ids] and "intradermique" in fr[ids].lower()
    assert "nappage" in it[ids] and "nappage" in es[ids] and "nappage" in pt[ids]
    assert "Point par point" in fr["Point-by-point intradermo-hypodermic"]
    assert "mésothérapie" in fr[next(s for s in fr if s.startswith("mesomap %1"))]


@pytest.mark.parametrize("lang,expected", [("fr", "&Fichier"), ("it", "&File"), ("es", "&Archivo"),
                                           ("pt_BR", "&Arquivo"), ("fr_FR", "&Fichier"),
                                           ("fr_CA", "&Fichier"), ("es_MX", "&Archivo"),
                                           ("pt_PT", "&Arquivo")])
def test_compiled_catalogue_translates_through_qt(qapp, lang: str, expected: str) -> None:
    from PySide6.QtCore import QCoreApplication

    from mesomap.app import install_translators

    translators = install_translators(qapp, lang)
    try:
        assert len(translators) == 2  # mesomap's and Qt's own (qtbase_<lang>.qm)
        assert QCoreApplication.translate("Actions", "&File") == expected
        assert QCoreApplication.translate("Actions", "&Find patient") != "&Find patient"
        # Qt's own strings (standard dialog buttons) come from qtbase
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") != "Cancel"
    finally:
        for translator in translators:
            QCoreApplication.removeTranslator(translator)
        from PySide6.QtCore import QLocale

        QLocale.setDefault(QLocale("en_US"))
