"""Shipped presets and checklist questions are seeded in the clinic's language, stay editable,
and the seed table agrees with the translation catalogues."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import asdict, fields
from pathlib import Path

import pytest

from mesomap.core.localeformat import default_format, set_default_locale
from mesomap.core.records.checklist import DEFAULT_CHECKLIST
from mesomap.core.records.presets import SHIPPED_PRESETS
from mesomap.core.seed_text import SEEDED, seeded_text

ROOT = Path(__file__).resolve().parents[2]
SEEDED_SOURCES = [p.name for p in SHIPPED_PRESETS] + [label for _c, label, _b in DEFAULT_CHECKLIST]


@pytest.fixture
def french() -> Iterator[None]:
    previous = default_format().locale
    set_default_locale("fr_FR")
    yield
    set_default_locale(previous)


@pytest.mark.parametrize("lang", ["fr", "it", "es", "pt_BR"])
def test_seed_table_says_what_the_catalogue_says(lang: str) -> None:
    catalogue = json.loads((ROOT / "tools" / "translations" / f"{lang}.json").read_text("utf-8"))
    assert set(SEEDED[lang]) == set(SEEDED_SOURCES)
    for source in SEEDED_SOURCES:
        assert SEEDED[lang][source] == catalogue[source]
        assert SEEDED[lang][source] != source or lang == "fr" and source == "Cellulite"


def test_seeded_text_follows_the_locale_with_fallbacks() -> None:
    question = "Pregnancy or breastfeeding"
    assert seeded_text(question, "it") == "Gravidanza o allattamento"
    previous = default_format().locale
    try:
        set_default_locale("pt_PT")
        assert seeded_text(question) == SEEDED["pt_BR"][question]
        set_default_locale("es_MX")
        assert seeded_text(question) == "Embarazo o lactancia"
        set_default_locale("de_DE")
        assert seeded_text(question) == question
    finally:
        set_default_locale(previous)


def test_a_french_clinic_gets_french_presets_and_checklist_and_can_edit_them(
    sqlite_url: str, french: None
) -> None:
    from mesomap.storage.engine import open_database
    from mesomap.storage.repository.records import PresetInput
    from tests.records.conftest import make_clinic

    db = open_database(sqlite_url)
    try:
        clinic = make_clinic(db)
        cat = clinic.rec(clinic.admin).catalog
        presets = {p.code: p for p in cat.list_presets()}
        assert presets["ids_nappage"].name == "Intradermique superficielle / nappage (IDS)"
        assert presets["idh"].name == "Point par point intradermo-hypodermique"
        questions = [i.label for i in cat.list_checklist_items()]
        assert "Grossesse ou allaitement" in questions
        assert "Pregnancy or breastfeeding" not in questions
        idp = presets["idp"]
        values = {f.name: asdict(idp)[f.name] for f in fields(PresetInput)}
        values["name"] = "Papules IDP (notre protocole)"
        edited = cat.update_preset(idp.id, idp.version, PresetInput(**values))
        assert edited.name == "Papules IDP (notre protocole)"
    finally:
        db.close()
