"""Locale-aware parsing and formatting in French, English, Italian, Spanish and Portuguese."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from mesomap.core.localeformat import (
    LocaleFormat,
    LocaleParseError,
    default_format,
    default_paper_size,
    normalize_locale,
    set_default_locale,
)

COMMA_LOCALES = ["fr_FR", "it_IT", "es_ES", "pt_BR", "pt_PT"]
POINT_LOCALES = ["en_US", "en_GB"]


@pytest.mark.parametrize("locale", COMMA_LOCALES)
def test_decimal_comma_locales_read_and_write_a_comma(locale: str) -> None:
    fmt = LocaleFormat(locale)
    assert fmt.parse_decimal("0,05") == Decimal("0.05")
    assert fmt.parse_volume_ml("0,05 mL") == Decimal("0.05")
    assert fmt.parse_volume_ml("0,2ml") == Decimal("0.2")
    assert fmt.format_volume_ml(Decimal("0.05")) == "0,05 mL"
    assert fmt.format_length_cm(1.5) == "1,5 cm"
    assert fmt.parse_length_cm("1,5 cm") == 1.5
    assert fmt.parse_length_cm("15 mm") == 1.5


@pytest.mark.parametrize("locale", POINT_LOCALES)
def test_decimal_point_locales(locale: str) -> None:
    fmt = LocaleFormat(locale)
    assert fmt.parse_decimal("0.05") == Decimal("0.05")
    assert fmt.format_volume_ml(Decimal("0.05")) == "0.05 mL"
    assert fmt.format_length_cm(2.0) == "2 cm"
    assert fmt.format_length_cm(1.25) == "1.25 cm"


@pytest.mark.parametrize(
    ("locale", "text"),
    [
        ("en_US", "0,05"),  # a comma in English could be thousands
        ("en_US", "1,500"),
        ("it_IT", "1.500"),  # a point in Italian groups thousands
        ("es_ES", "0.05"),
        ("pt_BR", "2.5"),
    ],
)
def test_ambiguous_separators_are_refused_with_a_sentence(locale: str, text: str) -> None:
    fmt = LocaleFormat(locale)
    with pytest.raises(LocaleParseError) as info:
        fmt.parse_decimal(text)
    assert "ambiguous" in info.value.message
    assert info.value.message.endswith(".")
    assert fmt.decimal_symbol in info.value.message


def test_french_accepts_a_point_because_it_never_groups_with_one() -> None:
    assert LocaleFormat("fr_FR").parse_decimal("0.05") == Decimal("0.05")


@pytest.mark.parametrize("locale", COMMA_LOCALES + POINT_LOCALES)
@pytest.mark.parametrize("text", ["", "   ", "abc", "0,0,5", "1e5", "0.5.1", "5 cm", "--1", "1 000"])
def test_garbage_is_refused(locale: str, text: str) -> None:
    with pytest.raises(LocaleParseError) as info:
        LocaleFormat(locale).parse_volume_ml(text)
    assert info.value.message[0].isupper() or info.value.message[0] == "“"


def test_negative_quantities_are_refused() -> None:
    fmt = LocaleFormat("fr_FR")
    assert fmt.parse_decimal("-0,5") == Decimal("-0.5")
    with pytest.raises(LocaleParseError, match="negative"):
        fmt.parse_volume_ml("-0,05")
    with pytest.raises(LocaleParseError, match="negative"):
        fmt.parse_length_cm("-1")


@pytest.mark.parametrize("locale", COMMA_LOCALES + POINT_LOCALES + ["fr_CA", "de_DE"])
@pytest.mark.parametrize("value", ["0.01", "0.05", "0.125", "1", "2.5", "10.0001"])
def test_format_then_parse_gives_the_same_decimal(locale: str, value: str) -> None:
    fmt = LocaleFormat(locale)
    assert fmt.parse_volume_ml(fmt.format_volume_ml(Decimal(value))) == Decimal(value)


@pytest.mark.parametrize(
    ("locale", "expected"),
    [
        ("fr_FR", "05/11/2026"),
        ("en_US", "11/5/2026"),
        ("it_IT", "05/11/2026"),
        ("es_ES", "5/11/2026"),
        ("pt_BR", "05/11/2026"),
        ("fr_CA", "2026-11-05"),
    ],
)
def test_dates_use_the_locale_order_and_a_four_digit_year(locale: str, expected: str) -> None:
    fmt = LocaleFormat(locale)
    day = dt.date(2026, 11, 5)
    assert fmt.format_date(day) == expected
    assert fmt.parse_date(expected) == day
    assert fmt.parse_date("2026-11-05") == day
    assert fmt.format_datetime(dt.datetime(2026, 11, 5, 14, 3)).startswith(expected + " ")


def test_date_errors() -> None:
    fmt = LocaleFormat("fr_FR")
    with pytest.raises(LocaleParseError, match="four digits"):
        fmt.parse_date("05/11/26")
    with pytest.raises(LocaleParseError, match="calendar"):
        fmt.parse_date("31/02/2026")
    with pytest.raises(LocaleParseError, match="not a date"):
        fmt.parse_date("demain")
    # Day and month are read in the locale's order, not guessed.
    assert LocaleFormat("en_US").parse_date("3/4/2026") == dt.date(2026, 3, 4)
    assert fmt.parse_date("3/4/2026") == dt.date(2026, 4, 3)


def test_french_times_use_24_hours() -> None:
    text = LocaleFormat("fr_FR").format_datetime(dt.datetime(2026, 11, 5, 14, 3))
    assert text == "05/11/2026 14:03"


@pytest.mark.parametrize(
    ("locale", "paper"),
    [
        ("en_US", "Letter"), ("en_CA", "Letter"), ("fr_CA", "Letter"), ("es_MX", "Letter"),
        ("en", "Letter"), ("fr_FR", "A4"), ("fr", "A4"), ("it_IT", "A4"), ("es_ES", "A4"),
        ("pt_BR", "A4"), ("pt_PT", "A4"), ("en_GB", "A4"),
    ],
)
def test_paper_default_from_the_locale(locale: str, paper: str) -> None:
    assert default_paper_size(locale) == paper
    assert LocaleFormat(locale).paper_size() == paper


@pytest.mark.parametrize(
    ("name", "expected"),
    [("fr_FR.UTF-8", "fr_FR"), ("pt-BR", "pt_BR"), ("C.UTF-8", "en_US"), ("POSIX", "en_US"),
     ("", "en_US"), ("xx_YY", "en_US"), ("it_IT@euro", "it_IT")],
)
def test_locale_names_are_normalized(name: str, expected: str) -> None:
    assert normalize_locale(name) == expected


def test_default_format_follows_set_default_locale(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LC_ALL", "it_IT.UTF-8")
    assert set_default_locale("").locale == "it_IT"
    assert set_default_locale("fr").locale == "fr"
    assert default_format().format_decimal(Decimal("0.5")) == "0,5"
    set_default_locale(None)


def test_counts_are_grouped_but_typed_numbers_are_not() -> None:
    fmt = LocaleFormat("fr_FR")
    assert fmt.format_integer(12500) == "12\u202f500"
    assert fmt.format_decimal(Decimal("12500.5")) == "12500,5"
