"""The settings registry: every mesomap setting is declared here, once.

A setting has a key, a Python type, a default, a short label and a description (both marked for
translation with ``QT_TRANSLATE_NOOP``), allowed values or a range, and a scope:

- ``"clinic"``: one value for the whole clinic, stored in the database's clinic settings table
  through a :class:`SettingsBackend` that the storage layer provides;
- ``"workstation"``: one value per computer, stored in QSettings by
  ``mesomap.gui.settings_store`` (the GUI side; this module never imports Qt).

Values are stored as locale-free text (``"1.5"``, ``"true"``), so a French and an English
workstation read the same database. Reading a stored value that no longer validates (an old
version, a hand-edited file) falls back to the default and never raises.

Later issues declare their own settings here with :func:`register`::

    AFTERCARE_TEXT = register(Setting(
        key="printing/aftercare_text", type=str, default="",
        label=QT_TRANSLATE_NOOP("Settings", "Aftercare text"),
        description=QT_TRANSLATE_NOOP("Settings", "Printed at the bottom of every session sheet."),
        scope="clinic"))

and read or change them with :class:`Settings` (``settings.get(AFTERCARE_TEXT)``).
"""

from __future__ import annotations

import logging
import math
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Generic, Literal, Protocol, TypeVar, cast

from mesomap.core.i18n import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

Scope = Literal["clinic", "workstation"]
T = TypeVar("T", bool, int, float, Decimal, str)

CONTEXT = "Settings"


class SettingValueError(ValueError):
    """A value that a setting does not accept.

    ``message`` is the English sentence. The GUI shows
    ``QCoreApplication.translate("Settings", exc.template).format(**exc.params)``.
    """

    context = CONTEXT

    def __init__(self, template: str, **params: object) -> None:
        self.template = template
        self.params = params
        self.message = template.format(**params)
        super().__init__(self.message)


@dataclass(frozen=True)
class Setting(Generic[T]):
    """One declared setting. Build it with :func:`register` so the key is unique."""

    key: str
    type: type[T]
    default: T
    label: str
    description: str
    scope: Scope
    choices: tuple[T, ...] | None = None
    minimum: T | None = None
    maximum: T | None = None
    choice_labels: Mapping[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if self.scope not in ("clinic", "workstation"):
            raise ValueError(f"setting {self.key}: unknown scope {self.scope!r}")
        # The default must itself be valid: a bad declaration fails at import, not in a clinic.
        self.validate(self.default)

    def validate(self, value: object) -> T:
        """Return ``value`` as this setting's type, or raise :class:`SettingValueError`."""
        converted = cast(T, _convert(self.key, self.type, value))
        if self.choices is not None and converted not in self.choices:
            raise SettingValueError(
                QT_TRANSLATE_NOOP("Settings", "“{value}” is not one of the allowed values: {choices}."),
                value=value,
                choices=", ".join(str(c) or "(automatic)" for c in self.choices),
            )
        if self.minimum is not None and converted < self.minimum:
            raise SettingValueError(
                QT_TRANSLATE_NOOP("Settings", "The value must be at least {minimum}."),
                minimum=self.minimum,
            )
        if self.maximum is not None and converted > self.maximum:
            raise SettingValueError(
                QT_TRANSLATE_NOOP("Settings", "The value must be at most {maximum}."),
                maximum=self.maximum,
            )
        return converted

    def to_text(self, value: T) -> str:
        """Locale-free text for storage (``"true"``, ``"1.5"``)."""
        checked = self.validate(value)
        if isinstance(checked, bool):
            return "true" if checked else "false"
        if isinstance(checked, float):
            return repr(checked)
        return str(checked)

    def from_text(self, text: str) -> T:
        """Parse stored text; raises :class:`SettingValueError` when it does not validate."""
        wanted = self.type
        parsed: object
        try:
            if wanted is bool:
                lowered = text.strip().lower()
                if lowered not in ("true", "false"):
                    raise SettingValueError(
                        QT_TRANSLATE_NOOP("Settings", "This setting is either on or off.")
                    )
                parsed = lowered == "true"
            elif wanted is int:
                parsed = int(text.strip())
            elif wanted is float:
                parsed = float(text.strip())
            elif wanted is Decimal:
                parsed = Decimal(text.strip())
            else:
                parsed = text
        except (ValueError, InvalidOperation) as exc:
            if isinstance(exc, SettingValueError):
                raise
            raise SettingValueError(
                QT_TRANSLATE_NOOP("Settings", "The stored value “{text}” cannot be read."), text=text
            ) from exc
        return self.validate(parsed)


def _convert(key: str, wanted: type, value: object) -> object:
    """``value`` as an instance of ``wanted`` (no implicit parsing of text)."""
    if wanted is bool:
        if isinstance(value, bool):
            return value
        raise SettingValueError(
            QT_TRANSLATE_NOOP("Settings", "This setting is either on or off."),
        )
    if wanted is int:
        if isinstance(value, int) and not isinstance(value, bool):
            return value
        raise SettingValueError(QT_TRANSLATE_NOOP("Settings", "Enter a whole number."))
    if wanted is float:
        if isinstance(value, (int, float, Decimal)) and not isinstance(value, bool):
            number = float(value)
            if math.isfinite(number):
                return number
        raise SettingValueError(QT_TRANSLATE_NOOP("Settings", "Enter a number."))
    if wanted is Decimal:
        if isinstance(value, (int, Decimal)) and not isinstance(value, bool):
            number_d = Decimal(value)
            if number_d.is_finite():
                return number_d
        raise SettingValueError(QT_TRANSLATE_NOOP("Settings", "Enter a number."))
    if wanted is str:
        if isinstance(value, str):
            return value
        raise SettingValueError(QT_TRANSLATE_NOOP("Settings", "Enter some text."))
    raise TypeError(f"setting {key}: unsupported type {wanted!r}")


_REGISTRY: dict[str, Setting[bool] | Setting[int] | Setting[float] | Setting[Decimal] | Setting[str]] = {}


def register(setting: Setting[T]) -> Setting[T]:
    """Add ``setting`` to the registry and return it; a key may be declared only once."""
    if setting.key in _REGISTRY:
        raise ValueError(f"setting {setting.key!r} is declared twice")
    _REGISTRY[setting.key] = setting
    return setting


def get_setting(key: str) -> Setting[bool] | Setting[int] | Setting[float] | Setting[Decimal] | Setting[str]:
    """The declared setting with ``key``; ``KeyError`` for an unknown key."""
    return _REGISTRY[key]


def all_settings() -> Iterator[Setting[bool] | Setting[int] | Setting[float] | Setting[Decimal] | Setting[str]]:
    """Every declared setting, in declaration order."""
    return iter(tuple(_REGISTRY.values()))


class SettingsBackend(Protocol):
    """Where one scope's values live: key → locale-free text."""

    def read(self, key: str) -> str | None:
        """The stored text for ``key``, or ``None`` when nothing is stored."""
        ...

    def write(self, key: str, text: str) -> None:
        """Store ``text`` for ``key`` (durably: the caller does not commit)."""
        ...


class MemoryBackend:
    """A dict-backed backend: tests, and the clinic scope before a database is open."""

    def __init__(self, values: Mapping[str, str] | None = None) -> None:
        self.values: dict[str, str] = dict(values or {})

    def read(self, key: str) -> str | None:
        return self.values.get(key)

    def write(self, key: str, text: str) -> None:
        self.values[key] = text


class Settings:
    """Typed access to the settings of one clinic database and one workstation."""

    def __init__(self, *, clinic: SettingsBackend, workstation: SettingsBackend) -> None:
        self._backends: dict[Scope, SettingsBackend] = {"clinic": clinic, "workstation": workstation}

    def get(self, setting: Setting[T]) -> T:
        """The stored value, or the default when none is stored or the stored one is invalid."""
        text = self._backends[setting.scope].read(setting.key)
        if text is None:
            return setting.default
        try:
            return setting.from_text(text)
        except SettingValueError as exc:
            log.warning("setting %s: stored value %r ignored (%s)", setting.key, text, exc.message)
            return setting.default

    def set(self, setting: Setting[T], value: T) -> None:
        """Validate and store ``value``; raises :class:`SettingValueError` and stores nothing
        when it is not acceptable."""
        text = setting.to_text(value)
        self._backends[setting.scope].write(setting.key, text)

    def reset(self, setting: Setting[T]) -> None:
        """Store the default again."""
        self.set(setting, setting.default)


# --------------------------------------------------------------------------------------------
# The declarations. Keep keys as "group/name"; group by the window that edits them.
# --------------------------------------------------------------------------------------------

CLINIC_NAME = register(Setting(
    key="clinic/name", type=str, default="",
    label=QT_TRANSLATE_NOOP("Settings", "Clinic name"),
    description=QT_TRANSLATE_NOOP("Settings", "Printed at the top of every sheet."),
    scope="clinic",
))
CLINIC_ADDRESS = register(Setting(
    key="clinic/address", type=str, default="",
    label=QT_TRANSLATE_NOOP("Settings", "Clinic address"),
    description=QT_TRANSLATE_NOOP("Settings", "Printed under the clinic name; several lines allowed."),
    scope="clinic",
))
LANGUAGE = register(Setting(
    key="ui/language", type=str, default="",
    label=QT_TRANSLATE_NOOP("Settings", "Language"),
    description=QT_TRANSLATE_NOOP(
        "Settings", "Language of menus, messages and number formats. Automatic follows the system."
    ),
    scope="workstation",
    choices=("", "en", "fr", "it", "es", "pt_BR"),
    choice_labels={
        "": QT_TRANSLATE_NOOP("Settings", "Automatic (system language)"),
        "en": "English", "fr": "Français", "it": "Italiano", "es": "Español",
        "pt_BR": "Português (Brasil)",
    },
))
PAPER_SIZE = register(Setting(
    key="printing/paper_size", type=str, default="",
    label=QT_TRANSLATE_NOOP("Settings", "Paper size"),
    description=QT_TRANSLATE_NOOP(
        "Settings", "Paper for printed sheets. Automatic uses Letter in the US, Canada and Mexico "
        "and A4 elsewhere."
    ),
    scope="clinic",
    choices=("", "A4", "Letter"),
    choice_labels={
        "": QT_TRANSLATE_NOOP("Settings", "Automatic (from the language and country)"),
        "A4": "A4", "Letter": QT_TRANSLATE_NOOP("Settings", "US Letter"),
    },
))
DEFAULT_SPACING_CM = register(Setting(
    key="layout/default_spacing_cm", type=float, default=1.0,
    label=QT_TRANSLATE_NOOP("Settings", "Default spacing (cm)"),
    description=QT_TRANSLATE_NOOP(
        "Settings", "Distance between papules in a new region when its preset does not say."
    ),
    scope="clinic", minimum=0.1, maximum=10.0,
))
DEFAULT_MARGIN_CM = register(Setting(
    key="layout/default_margin_cm", type=float, default=0.5,
    label=QT_TRANSLATE_NOOP("Settings", "Default margin (cm)"),
    description=QT_TRANSLATE_NOOP(
        "Settings", "Distance kept between papules and a region's edge in a new region."
    ),
    scope="clinic", minimum=0.0, maximum=5.0,
))
IDLE_LOCK_MINUTES = register(Setting(
    key="security/idle_lock_minutes", type=int, default=10,
    label=QT_TRANSLATE_NOOP("Settings", "Lock after idle minutes"),
    description=QT_TRANSLATE_NOOP(
        "Settings", "Patient data is hidden after this many minutes without use, until someone "
        "logs in again."
    ),
    scope="clinic", minimum=1, maximum=240,
))
BACKUP_SCHEDULE = register(Setting(
    key="backup/schedule", type=str, default="daily",
    label=QT_TRANSLATE_NOOP("Settings", "Automatic backups"),
    description=QT_TRANSLATE_NOOP(
        "Settings", "How often the clinic database is backed up while mesomap runs."
    ),
    scope="clinic",
    choices=("off", "daily", "weekly"),
    choice_labels={
        "off": QT_TRANSLATE_NOOP("Settings", "Off"),
        "daily": QT_TRANSLATE_NOOP("Settings", "Daily"),
        "weekly": QT_TRANSLATE_NOOP("Settings", "Weekly"),
    },
))
BACKUP_HOUR = register(Setting(
    key="backup/hour", type=int, default=12,
    label=QT_TRANSLATE_NOOP("Settings", "Backup hour"),
    description=QT_TRANSLATE_NOOP(
        "Settings", "Hour of the day (0–23) after which the scheduled backup runs."
    ),
    scope="clinic", minimum=0, maximum=23,
))
LENGTH_UNIT = register(Setting(
    key="ui/length_unit", type=str, default="cm",
    label=QT_TRANSLATE_NOOP("Settings", "Lengths shown in"),
    description=QT_TRANSLATE_NOOP(
        "Settings", "Unit for distances on screen and on sheets. Stored values are always in cm."
    ),
    scope="workstation",
    choices=("cm", "mm"),
    choice_labels={"cm": "cm", "mm": "mm"},
))
VOLUME_UNIT = register(Setting(
    key="ui/volume_unit", type=str, default="mL",
    label=QT_TRANSLATE_NOOP("Settings", "Volumes shown in"),
    description=QT_TRANSLATE_NOOP(
        "Settings", "Unit for volumes on screen and on sheets. Stored values are always in mL."
    ),
    scope="workstation",
    choices=("mL", "µL"),
    choice_labels={"mL": "mL", "µL": "µL"},
))
SEARCH_DELAY_MS = register(Setting(
    key="ui/search_delay_ms", type=int, default=200,
    label=QT_TRANSLATE_NOOP("Settings", "Search delay (ms)"),
    description=QT_TRANSLATE_NOOP(
        "Settings", "How long the patient search waits after the last key before it searches."
    ),
    scope="workstation", minimum=0, maximum=2000,
))
AFTERCARE_TEXT = register(Setting(
    key="printing/aftercare_text", type=str, default="",
    label=QT_TRANSLATE_NOOP("Settings", "Aftercare text"),
    description=QT_TRANSLATE_NOOP(
        "Settings", "Advice printed on the patient's aftercare sheet. Empty uses mesomap's "
        "standard text in the patient's language."
    ),
    scope="clinic",
))
SHEET_MARGIN_MM = register(Setting(
    key="printing/margin_mm", type=float, default=12.0,
    label=QT_TRANSLATE_NOOP("Settings", "Sheet margins (mm)"),
    description=QT_TRANSLATE_NOOP(
        "Settings", "White border around printed sheets. The map's scale never depends on it."
    ),
    scope="clinic", minimum=5.0, maximum=40.0,
))


def resolved_paper_size(settings: Settings, locale: str) -> str:
    """The paper to print on: the clinic's choice, or the locale's default when it is
    "automatic" (Letter in the US, Canada and Mexico; A4 elsewhere)."""
    from mesomap.core.localeformat import default_paper_size

    chosen = settings.get(PAPER_SIZE)
    return chosen or default_paper_size(locale)


def resolved_language(settings: Settings) -> str:
    """The UI language: the workstation's choice, or the system locale when "automatic"."""
    from mesomap.core.localeformat import system_locale

    return settings.get(LANGUAGE) or system_locale()
