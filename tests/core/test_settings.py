"""The settings registry: declarations, typed get/set, validation, storage as locale-free text."""

from __future__ import annotations

from decimal import Decimal

import pytest

from mesomap.core import settings as s
from mesomap.core.settings import (
    MemoryBackend,
    Setting,
    Settings,
    SettingValueError,
    all_settings,
    get_setting,
)


def make_settings() -> tuple[Settings, MemoryBackend, MemoryBackend]:
    clinic, workstation = MemoryBackend(), MemoryBackend()
    return Settings(clinic=clinic, workstation=workstation), clinic, workstation


def test_required_settings_are_declared_with_types_defaults_and_scopes() -> None:
    expected = {
        "clinic/name": (str, "", "clinic"),
        "clinic/address": (str, "", "clinic"),
        "ui/language": (str, "", "workstation"),
        "printing/paper_size": (str, "", "clinic"),
        "layout/default_spacing_cm": (float, 1.0, "clinic"),
        "layout/default_margin_cm": (float, 0.5, "clinic"),
        "security/idle_lock_minutes": (int, 10, "clinic"),
        "backup/schedule": (str, "daily", "clinic"),
        "ui/length_unit": (str, "cm", "workstation"),
    }
    for key, (typ, default, scope) in expected.items():
        setting = get_setting(key)
        assert setting.type is typ, key
        assert setting.default == default, key
        assert type(setting.default) is typ, key
        assert setting.scope == scope, key
        assert setting.label and setting.description, key


def test_every_declared_default_validates_and_keys_are_unique() -> None:
    keys = [setting.key for setting in all_settings()]
    assert len(keys) == len(set(keys))
    for setting in all_settings():
        assert setting.validate(setting.default) == setting.default


def test_defaults_when_nothing_is_stored() -> None:
    settings, clinic, workstation = make_settings()
    assert settings.get(s.IDLE_LOCK_MINUTES) == 10
    assert settings.get(s.DEFAULT_SPACING_CM) == 1.0
    assert clinic.values == {} and workstation.values == {}


def test_set_goes_to_its_scope_as_locale_free_text() -> None:
    settings, clinic, workstation = make_settings()
    settings.set(s.DEFAULT_SPACING_CM, 1.5)
    settings.set(s.IDLE_LOCK_MINUTES, 15)
    settings.set(s.LANGUAGE, "fr")
    assert clinic.values == {"layout/default_spacing_cm": "1.5", "security/idle_lock_minutes": "15"}
    assert workstation.values == {"ui/language": "fr"}
    assert settings.get(s.DEFAULT_SPACING_CM) == 1.5
    assert settings.get(s.IDLE_LOCK_MINUTES) == 15
    assert settings.get(s.LANGUAGE) == "fr"


@pytest.mark.parametrize(
    ("setting", "bad"),
    [
        (s.IDLE_LOCK_MINUTES, 0),
        (s.IDLE_LOCK_MINUTES, "10"),
        (s.IDLE_LOCK_MINUTES, 2.5),
        (s.IDLE_LOCK_MINUTES, True),
        (s.DEFAULT_SPACING_CM, float("nan")),
        (s.DEFAULT_SPACING_CM, 50.0),
        (s.DEFAULT_MARGIN_CM, -0.1),
        (s.PAPER_SIZE, "A3"),
        (s.BACKUP_SCHEDULE, "hourly"),
        (s.CLINIC_NAME, 42),
    ],
)
def test_invalid_values_are_refused_and_nothing_is_stored(setting: Setting, bad: object) -> None:  # type: ignore[type-arg]
    settings, clinic, workstation = make_settings()
    with pytest.raises(SettingValueError) as info:
        settings.set(setting, bad)
    assert info.value.message.endswith(".")
    assert clinic.values == {} and workstation.values == {}


def test_corrupt_stored_text_falls_back_to_the_default() -> None:
    clinic = MemoryBackend({"security/idle_lock_minutes": "ten", "backup/schedule": "hourly"})
    settings = Settings(clinic=clinic, workstation=MemoryBackend())
    assert settings.get(s.IDLE_LOCK_MINUTES) == 10
    assert settings.get(s.BACKUP_SCHEDULE) == "daily"


def test_text_round_trip_for_every_type() -> None:
    flag = Setting(key="test/flag", type=bool, default=False, label="x", description="x",
                   scope="workstation")
    dose = Setting(key="test/dose", type=Decimal, default=Decimal("0.05"), label="x",
                   description="x", scope="clinic", minimum=Decimal("0"))
    assert flag.from_text(flag.to_text(True)) is True
    assert flag.to_text(False) == "false"
    with pytest.raises(SettingValueError):
        flag.from_text("yes")
    assert dose.from_text(dose.to_text(Decimal("0.025"))) == Decimal("0.025")
    with pytest.raises(SettingValueError):
        dose.from_text("-1")
    with pytest.raises(SettingValueError):
        dose.to_text(0.05)  # type: ignore[arg-type]  # a float volume is refused


def test_a_key_cannot_be_declared_twice() -> None:
    with pytest.raises(ValueError, match="declared twice"):
        s.register(Setting(key="clinic/name", type=str, default="", label="x", description="x",
                           scope="clinic"))


def test_a_bad_default_fails_at_declaration() -> None:
    with pytest.raises(SettingValueError):
        Setting(key="test/bad", type=int, default=0, label="x", description="x",
                scope="clinic", minimum=1)


def test_reset_stores_the_default() -> None:
    settings, clinic, _ = make_settings()
    settings.set(s.IDLE_LOCK_MINUTES, 30)
    settings.reset(s.IDLE_LOCK_MINUTES)
    assert clinic.values["security/idle_lock_minutes"] == "10"


def test_paper_and_language_resolve_automatic_from_the_locale(monkeypatch: pytest.MonkeyPatch) -> None:
    settings, _, _ = make_settings()
    assert s.resolved_paper_size(settings, "fr_CA") == "Letter"
    assert s.resolved_paper_size(settings, "pt_BR") == "A4"
    settings.set(s.PAPER_SIZE, "Letter")
    assert s.resolved_paper_size(settings, "pt_BR") == "Letter"
    monkeypatch.setenv("LC_ALL", "es_ES.UTF-8")
    assert s.resolved_language(settings) == "es_ES"
    settings.set(s.LANGUAGE, "it")
    assert s.resolved_language(settings) == "it"
