"""Locale-aware input and output: French accepts "0,05" in a real numeric field and printed
sheets show "0,05 mL", day-first dates, the sheet's words in the language and the locale's
paper (A4 in France and Brazil, Letter in the US); stored values stay locale-free."""

from __future__ import annotations

import os
import re
import sqlite3
import subprocess
import sys
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from mesomap.core.localeformat import LocaleFormat


@pytest.mark.parametrize("typed", ["0,05", "0,05 mL", "0.05"])
def test_french_volume_field_accepts_a_decimal_comma(qtbot: Any, typed: str) -> None:
    from PySide6.QtTest import QTest

    from mesomap.gui.fields import NumberEdit

    field = NumberEdit("volume_ml", fmt=LocaleFormat("fr_FR"))
    qtbot.addWidget(field)
    QTest.keyClicks(field, typed)
    assert field.text() == typed  # the validator let every key through
    assert field.value() == Decimal("0.05")
    assert field.error() is None
    field.set_value(Decimal("0.05"))
    assert field.text() == "0,05\u00a0mL" or field.text() == "0,05 mL"


def test_ambiguous_thousands_input_is_refused_in_french(qtbot: Any) -> None:
    from mesomap.gui.fields import NumberEdit

    field = NumberEdit("decimal", fmt=LocaleFormat("fr_FR"))
    qtbot.addWidget(field)
    field.setText("1 500,5")
    assert field.error()  # a sentence, never a silent guess


@pytest.mark.parametrize("locale,paper,date_re", [
    ("fr_FR", "A4", r"\b\d{2}/\d{2}/\d{4}\b"),
    ("pt_BR", "A4", r"\b\d{2}/\d{2}/\d{4}\b"),
    ("en_US", "Letter", r"\b\d{1,2}/\d{1,2}/\d{4}\b"),
    ("es_MX", "Letter", r"\b\d{2}/\d{2}/\d{4}\b"),
])
def test_locale_paper_default(locale: str, paper: str, date_re: str) -> None:
    fmt = LocaleFormat(locale)
    assert fmt.paper_size() == paper
    import datetime as dt

    assert re.fullmatch(date_re, fmt.format_date(dt.date(2026, 11, 5)))


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, int]:
    folder = tmp_path_factory.mktemp("demo")
    url = f"sqlite:///{folder / 'demo.sqlite'}"
    done = subprocess.run([sys.executable, "-m", "mesomap", "--db", url, "seed-demo", "--patients", "2",
                           "--quiet"], capture_output=True, text=True, timeout=300,
                          env=_env(folder, "en_US.UTF-8"))
    assert done.returncode == 0, done.stderr
    with sqlite3.connect(folder / "demo.sqlite") as db:
        (session_id,) = db.execute("select s.id from session s join signature g on g.session_id = s.id "
                                   "order by s.id limit 1").fetchone()
    return url, int(session_id)


def _env(home: Path, lang: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("LC_")}
    env.update(LANG=lang, LC_ALL=lang, QT_QPA_PLATFORM="offscreen", HOME=str(home),
               XDG_CONFIG_HOME=str(home / "config"), XDG_DATA_HOME=str(home / "data"))
    return env


def _print(demo: tuple[str, int], tmp_path: Path, lang: str) -> tuple[str, str]:
    url, session_id = demo
    pdf = tmp_path / f"{lang}.pdf"
    done = subprocess.run([sys.executable, "-m", "mesomap", "--db", url, "print", str(session_id),
                           "-o", str(pdf), "--aftercare"], capture_output=True, text=True,
                          timeout=300, env=_env(tmp_path, lang))
    assert done.returncode == 0, done.stderr
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    return text, info


def test_french_sheet_prints_decimal_commas_french_words_and_a4(demo: Any, tmp_path: Path) -> None:
    text, info = _print(demo, tmp_path, "fr_FR.UTF-8")
    assert re.search(r"\b0,\d{2} mL", text), text
    assert not re.search(r"\b\d+\.\d+ mL", text)
    assert re.search(r"\b\d{2}/\d{2}/\d{4}\b", text)
    assert "Fiche de séance" in text and "Conseils après votre traitement" in text
    assert "Session sheet" not in text
    assert "(A4)" in info


def test_portuguese_sheet_is_in_portuguese(demo: Any, tmp_path: Path) -> None:
    text, info = _print(demo, tmp_path, "pt_BR.UTF-8")
    assert "Ficha da sessão" in text and re.search(r"\b0,\d{2} mL", text)
    assert "(A4)" in info


def test_us_sheet_prints_decimal_points_in_english_on_letter(demo: Any, tmp_path: Path) -> None:
    text, info = _print(demo, tmp_path, "en_US.UTF-8")
    assert re.search(r"\b0\.\d{2} mL", text) and "Session sheet" in text
    assert "(letter)" in info.lower()
