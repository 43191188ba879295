"""Clinic settings stored in the database behind the settings registry."""

from __future__ import annotations

from typing import Any

from mesomap.core.settings import MemoryBackend, Settings, all_settings
from mesomap.storage.engine import Database, open_database
from mesomap.storage.repository.clinic_settings import ClinicSettingsRepository


def test_read_write_and_version(db: Database) -> None:
    repo = ClinicSettingsRepository(db)
    assert repo.read("x/y") is None
    repo.write("x/y", "1.5")
    repo.write("x/y", "2.5")
    assert repo.read("x/y") == "2.5"
    assert repo.read_all() == {"x/y": "2.5"}


def _other_value(setting: Any) -> Any:
    """A valid value different from the default."""
    if setting.choices:
        return next(c for c in reversed(setting.choices) if c != setting.default)
    if setting.type is bool:
        return not setting.default
    if setting.type is str:
        return "Clinique Éléphant ✓"
    for bound in (setting.maximum, setting.minimum):
        if bound is not None and bound != setting.default:
            return bound
    return setting.default + setting.type(1)


def test_registry_values_survive_reopening(db_url: str) -> None:
    clinic_settings = [s for s in all_settings() if s.scope == "clinic"]
    assert clinic_settings, "the registry declares clinic settings"
    with open_database(db_url) as db:
        settings = Settings(clinic=ClinicSettingsRepository(db), workstation=MemoryBackend())
        changed = {}
        for setting in clinic_settings:
            value = _other_value(setting)
            settings.set(setting, value)
            changed[setting.key] = value
    with open_database(db_url) as db:
        settings = Settings(clinic=ClinicSettingsRepository(db), workstation=MemoryBackend())
        for setting in clinic_settings:
            assert changed[setting.key] != setting.default
            assert settings.get(setting) == changed[setting.key]
