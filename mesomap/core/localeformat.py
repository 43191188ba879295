"""Locale-aware reading and writing of numbers, volumes, lengths and dates (babel, no Qt).

Every numeric field and every printed sheet goes through this module, so a French clinic types
and reads "0,05 mL" while the database stores ``Decimal("0.05")``. Stored values are
locale-free; only what a person types or reads is localized.

Input rules (clinical values are small; a misread separator is a tenfold or thousandfold dose
error, so anything ambiguous is refused with a sentence rather than guessed):

- the locale's decimal symbol is accepted; the other of "." and "," is accepted as a decimal
  point too when the locale does not use it to group thousands (so "0.05" works in French);
- thousands separators are refused ("1.500" in Italian, "1,500" in English): write the number
  without them;
- one optional unit after the number (``mL`` for volumes; ``cm`` or ``mm`` for lengths);
- anything else (letters, two decimal points, exponents, empty text) is refused.

Errors are :class:`LocaleParseError`; ``message`` is an English sentence marked with
``QT_TRANSLATE_NOOP("LocaleFormat", ...)``: the GUI shows
``QCoreApplication.translate("LocaleFormat", exc.template).format(**exc.params)``.

Use a :class:`LocaleFormat` (``LocaleFormat("fr_FR")``) or the process default set once at
start-up with :func:`set_default_locale` and read with :func:`default_format`.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from decimal import Decimal, InvalidOperation

import babel
import babel.dates
import babel.numbers
from babel import Locale, UnknownLocaleError

from mesomap.core.i18n import QT_TRANSLATE_NOOP

CONTEXT = "LocaleFormat"

LETTER_TERRITORIES = frozenset({"US", "CA", "MX"})
"""Countries whose default paper is US Letter; A4 everywhere else."""

_UNIT_SPACE = " "
"""Between a number and its unit ("0,05 mL"). A plain space, so text compares and copies simply;
printed sheets that must not break there use their own no-break layout."""


class LocaleParseError(ValueError):
    """Text that is not a number, volume, length or date in the expected form."""

    context = CONTEXT

    def __init__(self, template: str, **params: object) -> None:
        self.template = template
        self.params = params
        self.message = template.format(**params)
        super().__init__(self.message)


def normalize_locale(name: str | None) -> str:
    """A babel locale identifier from a POSIX/Qt/BCP-47 name: ``"fr_FR.UTF-8"`` → ``"fr_FR"``,
    ``"pt-BR"`` → ``"pt_BR"``; ``"C"``, ``"POSIX"``, empty or unknown → ``"en_US"``."""
    if not name:
        return "en_US"
    base = name.split(".")[0].split("@")[0].replace("-", "_")
    if base in ("C", "POSIX", "en_US_POSIX"):
        return "en_US"
    try:
        return str(Locale.parse(base))
    except (UnknownLocaleError, ValueError):
        return "en_US"


def system_locale() -> str:
    """The user's locale from the environment (LC_ALL, LC_NUMERIC, LANG), normalized."""
    for var in ("LC_ALL", "LC_NUMERIC", "LANG"):
        value = os.environ.get(var)
        if value:
            return normalize_locale(value)
    return normalize_locale(babel.default_locale())


def territory_of(locale: str) -> str:
    """The locale's country, using CLDR's likely subtags when it names none (``"fr"`` → FR)."""
    parsed = Locale.parse(normalize_locale(locale))
    if parsed.territory:
        return str(parsed.territory)
    likely = babel.core.get_global("likely_subtags").get(parsed.language, "")
    parts = str(likely).split("_")
    return parts[-1] if len(parts) > 1 else ""


def default_paper_size(locale: str) -> str:
    """``"Letter"`` for the US, Canada and Mexico, ``"A4"`` elsewhere."""
    return "Letter" if territory_of(locale) in LETTER_TERRITORIES else "A4"


_NUMBER_RE = re.compile(r"^[+-]?(\d+)?(?:[.,](\d*))?$")


class LocaleFormat:
    """Parsing and formatting for one locale."""

    def __init__(self, locale: str | None = None) -> None:
        self.locale = normalize_locale(locale) if locale else system_locale()
        self.decimal_symbol = babel.numbers.get_decimal_symbol(self.locale)
        self.group_symbol = babel.numbers.get_group_symbol(self.locale)
        self.minus_sign = babel.numbers.get_minus_sign_symbol(self.locale)

    def __repr__(self) -> str:
        return f"LocaleFormat({self.locale!r})"

    # ---- numbers -----------------------------------------------------------------------------

    def parse_decimal(self, text: str, *, unit: str | None = None) -> Decimal:
        """Read a number as typed in this locale (``"0,05"`` in French); see the module rules.
        ``unit``, if given, may follow the number (case-insensitive)."""
        original = text
        cleaned = text.strip().replace(self.minus_sign, "-").replace("\u2212", "-")
        if unit is not None:
            stripped = cleaned.rstrip()
            if stripped.lower().endswith(unit.lower()):
                cleaned = stripped[: -len(unit)].rstrip()
        if not cleaned:
            raise LocaleParseError(QT_TRANSLATE_NOOP("LocaleFormat", "Enter a number."))
        decimal_symbol = self.decimal_symbol
        other = "," if decimal_symbol == "." else "."
        group_like = {self.group_symbol, " ", "\u00a0", "\u202f", "'", "’"}
        if re.search(r"[^0-9+\-.,\s'’\u00a0\u202f]", cleaned):
            raise LocaleParseError(
                QT_TRANSLATE_NOOP("LocaleFormat", "“{text}” is not a number. Example: {example}."),
                text=original.strip(),
                example=self.format_decimal(Decimal("0.05")),
            )
        # e.g. "1.500" in Italian or "1,500" in English: thousands or a decimal point?
        if other in group_like and other in cleaned:
            raise LocaleParseError(
                QT_TRANSLATE_NOOP(
                    "LocaleFormat",
                    "“{text}” is ambiguous: write the number without thousands separators, "
                    "with “{decimal}” before the decimals.",
                ),
                text=original.strip(),
                decimal=decimal_symbol,
            )
        if any(g in cleaned for g in group_like if g not in (decimal_symbol, other)):
            raise LocaleParseError(
                QT_TRANSLATE_NOOP(
                    "LocaleFormat",
                    "“{text}” has a space or thousands separator: write the number in one piece, "
                    "with “{decimal}” before the decimals.",
                ),
                text=original.strip(),
                decimal=decimal_symbol,
            )
        match = _NUMBER_RE.match(cleaned)
        if match is None or (match.group(1) is None and not match.group(2)):
            raise LocaleParseError(
                QT_TRANSLATE_NOOP(
                    "LocaleFormat", "“{text}” is not a number. Example: {example}."
                ),
                text=original.strip(),
                example=self.format_decimal(Decimal("0.05")),
            )
        try:
            value = Decimal(cleaned.replace(",", "."))
        except InvalidOperation as exc:  # pragma: no cover - the pattern already excludes it
            raise LocaleParseError(
                QT_TRANSLATE_NOOP("LocaleFormat", "“{text}” is not a number."), text=original.strip()
            ) from exc
        return value

    def parse_float(self, text: str, *, unit: str | None = None) -> float:
        """Like :meth:`parse_decimal`, as a float (lengths in cm)."""
        return float(self.parse_decimal(text, unit=unit))

    def format_decimal(
        self, value: Decimal | float | int, *, min_places: int = 0, max_places: int = 4,
        grouping: bool = False,
    ) -> str:
        """``Decimal("0.05")`` → ``"0,05"`` in French. Trailing zeros beyond ``min_places`` are
        dropped; at most ``max_places`` decimals are shown (rounded half-even). No thousands
        separators unless ``grouping`` (so the text can be typed back)."""
        pattern = ("#,##0" if grouping else "0")
        if max_places > 0:
            pattern += "." + "0" * min_places + "#" * max(0, max_places - min_places)
        number = value if isinstance(value, Decimal) else Decimal(repr(value)) if isinstance(
            value, float) else Decimal(value)
        return str(babel.numbers.format_decimal(number, format=pattern, locale=self.locale))

    def format_integer(self, value: int) -> str:
        """A count with the locale's grouping: 12 500 → ``"12 500"`` in French."""
        return str(babel.numbers.format_decimal(value, format="#,##0", locale=self.locale))

    # ---- quantities --------------------------------------------------------------------------

    def parse_volume_ml(self, text: str) -> Decimal:
        """``"0,05"`` or ``"0,05 mL"`` → ``Decimal("0.05")``; refuses negative volumes."""
        value = self.parse_decimal(text, unit="mL")
        if value < 0:
            raise LocaleParseError(QT_TRANSLATE_NOOP("LocaleFormat", "A volume cannot be negative."))
        return value

    def format_volume_ml(self, value_ml: Decimal, *, min_places: int = 2) -> str:
        """``Decimal("0.05")`` → ``"0,05 mL"`` in French, ``"0.05 mL"`` in English."""
        return self.format_decimal(value_ml, min_places=min_places, max_places=4) + _UNIT_SPACE + "mL"

    def parse_length_cm(self, text: str) -> float:
        """``"1,5"``, ``"1,5 cm"`` or ``"15 mm"`` → ``1.5`` (cm); refuses negative lengths."""
        stripped = text.strip()
        if stripped.lower().endswith("mm"):
            value = self.parse_decimal(stripped, unit="mm") / 10
        else:
            value = self.parse_decimal(stripped, unit="cm")
        if value < 0:
            raise LocaleParseError(QT_TRANSLATE_NOOP("LocaleFormat", "A length cannot be negative."))
        return float(value)

    def format_length_cm(self, value_cm: float, *, unit: str = "cm", max_places: int = 2) -> str:
        """``1.5`` → ``"1,5 cm"`` in French; ``unit="mm"`` shows ``"15 mm"``."""
        if unit == "mm":
            return self.format_decimal(value_cm * 10, max_places=max(0, max_places - 1)) + (
                _UNIT_SPACE + "mm"
            )
        return self.format_decimal(value_cm, max_places=max_places) + _UNIT_SPACE + "cm"

    # ---- dates -------------------------------------------------------------------------------

    def date_pattern(self) -> str:
        """The locale's numeric date pattern with a four-digit year (``dd/MM/yyyy`` in French)."""
        pattern = str(babel.dates.get_date_format("short", locale=self.locale).pattern)
        return re.sub(r"y+", "yyyy", pattern)

    def date_placeholder(self) -> str:
        """A hint for date fields built from the pattern, e.g. ``"dd/mm/yyyy"``."""
        return self.date_pattern().lower()

    def format_date(self, value: dt.date) -> str:
        """``2026-11-05`` → ``"05/11/2026"`` (fr), ``"11/5/2026"`` (en_US)."""
        return str(babel.dates.format_date(value, self.date_pattern(), locale=self.locale))

    def format_datetime(self, value: dt.datetime) -> str:
        """Date as :meth:`format_date` and the locale's short time (``"05/11/2026 14:03"``)."""
        time_text = babel.dates.format_time(value, "short", locale=self.locale)
        return f"{self.format_date(value.date())} {time_text}"

    def format_date_long(self, value: dt.date) -> str:
        """The locale's medium date with a month name (``"5 nov. 2026"``) for sheets."""
        return str(babel.dates.format_date(value, "medium", locale=self.locale))

    def parse_date(self, text: str) -> dt.date:
        """Read a date typed in the locale's numeric order (or ISO ``yyyy-mm-dd``); the year
        must have four digits and the day must exist."""
        stripped = text.strip()
        if not stripped:
            raise LocaleParseError(QT_TRANSLATE_NOOP("LocaleFormat", "Enter a date."))
        parts = re.findall(r"\d+", stripped)
        separators_ok = re.fullmatch(r"\d+\s*[./\-]\s*\d+\s*[./\-]\s*\d+", stripped) is not None
        if not separators_ok or len(parts) != 3:
            raise LocaleParseError(
                QT_TRANSLATE_NOOP("LocaleFormat", "“{text}” is not a date. Example: {example}."),
                text=stripped,
                example=self.format_date(dt.date(1985, 3, 24)),
            )
        if len(parts[0]) == 4:
            order = "ymd"
        else:
            order = "".join(
                c.lower() for c in re.sub(r"(.)\1+", r"\1", re.sub(r"[^dMy]", "", self.date_pattern()))
            )
        fields = dict(zip(order, (int(p) for p in parts), strict=True))
        year_text = parts[order.index("y")]
        if len(year_text) != 4:
            raise LocaleParseError(
                QT_TRANSLATE_NOOP("LocaleFormat", "Write the year with four digits, for example {example}."),
                example=self.format_date(dt.date(1985, 3, 24)),
            )
        try:
            return dt.date(fields["y"], fields["m"], fields["d"])
        except ValueError as exc:
            raise LocaleParseError(
                QT_TRANSLATE_NOOP("LocaleFormat", "“{text}” is not a day of the calendar."), text=stripped
            ) from exc

    def paper_size(self) -> str:
        """This locale's default paper: ``"Letter"`` or ``"A4"``."""
        return default_paper_size(self.locale)


_default: LocaleFormat | None = None


def set_default_locale(locale: str | None) -> LocaleFormat:
    """Choose the process's locale for GUI fields and sheets (called once at start-up from the
    language setting; ``None`` or ``""`` follows the system)."""
    global _default
    _default = LocaleFormat(locale or None)
    return _default


def default_format() -> LocaleFormat:
    """The process's :class:`LocaleFormat` (the system locale until :func:`set_default_locale`)."""
    global _default
    if _default is None:
        _default = LocaleFormat(None)
    return _default
