"""Workstation settings in QSettings: an INI file in MESOMAP_SETTINGS_DIR, typed through the
registry, kept across runs; clinic settings never land there."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from mesomap.core import settings as registry
from mesomap.core.settings import MemoryBackend, Settings, SettingValueError
from mesomap.gui.settings_store import QSettingsBackend, open_qsettings

pytestmark = pytest.mark.gui


def test_qsettings_live_in_the_test_folder(qtbot: QtBot) -> None:
    qs = open_qsettings()
    assert Path(qs.fileName()).parent == Path(os.environ["MESOMAP_SETTINGS_DIR"])


def test_workstation_values_survive_a_restart_and_clinic_values_stay_out(qtbot: QtBot) -> None:
    clinic = MemoryBackend()
    settings = Settings(clinic=clinic, workstation=QSettingsBackend())
    settings.set(registry.LANGUAGE, "pt_BR")
    settings.set(registry.SEARCH_DELAY_MS, 350)
    settings.set(registry.IDLE_LOCK_MINUTES, 20)
    with pytest.raises(SettingValueError):
        settings.set(registry.LENGTH_UNIT, "inch")
    later = Settings(clinic=MemoryBackend(), workstation=QSettingsBackend())
    assert later.get(registry.LANGUAGE) == "pt_BR"
    assert later.get(registry.SEARCH_DELAY_MS) == 350
    assert later.get(registry.LENGTH_UNIT) == "cm"
    assert later.get(registry.IDLE_LOCK_MINUTES) == 10  # clinic scope: not on this workstation
    assert clinic.values == {"security/idle_lock_minutes": "20"}
    ini = Path(open_qsettings().fileName()).read_text(encoding="utf-8")
    assert "idle_lock" not in ini and "pt_BR" in ini


def test_hand_edited_garbage_falls_back_to_the_default(qtbot: QtBot) -> None:
    backend = QSettingsBackend()
    backend.write(registry.SEARCH_DELAY_MS.key, "fast please")
    settings = Settings(clinic=MemoryBackend(), workstation=backend)
    assert settings.get(registry.SEARCH_DELAY_MS) == 200


def test_window_settings_put_clinic_values_in_the_database(qtbot: QtBot, db: object, make_window: object) -> None:
    from mesomap.app import make_settings

    window = make_window(db)  # type: ignore[operator]
    window.settings.set(registry.IDLE_LOCK_MINUTES, 25)
    window.settings.set(registry.CLINIC_NAME, "Clinique Lumière")
    again = make_settings(db)
    assert again.get(registry.IDLE_LOCK_MINUTES) == 25
    assert again.get(registry.CLINIC_NAME) == "Clinique Lumière"
    ini = Path(open_qsettings().fileName())
    assert not ini.exists() or "clinic" not in ini.read_text(encoding="utf-8")
