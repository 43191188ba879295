"""The settings dialog is generated from the registry, validates next to the field in the
user's locale, stores locale-free values, and keeps clinic settings read-only for
non-administrators."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from mesomap.core import settings as registry
from mesomap.core.localeformat import default_format, set_default_locale
from mesomap.core.settings import MemoryBackend, Settings
from mesomap.storage.permissions import Actor, ActorRef, Role


@pytest.fixture
def french() -> Iterator[None]:
    previous = default_format().locale
    set_default_locale("fr_FR")
    yield
    set_default_locale(previous)


def _dialog(qtbot: Any, actor: Any) -> tuple[Any, MemoryBackend, MemoryBackend]:
    from mesomap.gui.settings_dialog import SettingsDialog

    clinic, workstation = MemoryBackend(), MemoryBackend()
    dialog = SettingsDialog(Settings(clinic=clinic, workstation=workstation), actor=actor)
    qtbot.addWidget(dialog)
    return dialog, clinic, workstation


def _admin() -> Actor:
    return Actor(user_id=1, login="admin", display_name="Admin", roles=frozenset({Role.ADMINISTRATOR}))


def test_every_registered_setting_has_a_named_field(qtbot: Any) -> None:
    from mesomap.gui.naming import unnamed_widgets

    dialog, _c, _w = _dialog(qtbot, _admin())
    assert set(dialog.fields) == {s.key for s in registry.all_settings()}
    assert unnamed_widgets(dialog) == []
    language = dialog.fields[registry.LANGUAGE.key]
    assert [language.itemData(i) for i in range(language.count())] == list(registry.LANGUAGE.choices)
    assert dialog.fields[registry.DEFAULT_SPACING_CM.key].objectName() == \
        "settings_dialog_layout_default_spacing_cm_edit"


def test_french_decimal_comma_is_accepted_and_stored_locale_free(qtbot: Any, french: None) -> None:
    dialog, clinic, workstation = _dialog(qtbot, _admin())
    spacing = dialog.fields[registry.DEFAULT_SPACING_CM.key]
    assert spacing.text() == "1"
    spacing.setText("1,5")
    dialog.fields[registry.CLINIC_NAME.key].setText("Cabinet du Parc")
    dialog.fields[registry.LANGUAGE.key].setCurrentIndex(
        dialog.fields[registry.LANGUAGE.key].findData("pt_BR"))
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert clinic.read(registry.DEFAULT_SPACING_CM.key) == "1.5"
    assert clinic.read(registry.CLINIC_NAME.key) == "Cabinet du Parc"
    assert workstation.read(registry.LANGUAGE.key) == "pt_BR"


def test_out_of_range_and_non_numbers_are_shown_next_to_the_field_and_nothing_is_stored(
    qtbot: Any, french: None
) -> None:
    dialog, clinic, _w = _dialog(qtbot, _admin())
    form = dialog.forms["clinic"]
    spacing = dialog.fields[registry.DEFAULT_SPACING_CM.key]
    hour = dialog.fields[registry.BACKUP_HOUR.key]
    spacing.setText("25")
    hour.setText("7,5")
    dialog.fields[registry.CLINIC_NAME.key].setText("Changed")
    dialog.save()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert "10" in form.error_label(spacing).text()
    assert not form.error_label(spacing).isHidden()
    assert not form.error_label(hour).isHidden()
    assert spacing.text() == "25"  # what the user typed is kept
    assert clinic.read(registry.CLINIC_NAME.key) is None


def test_clinic_settings_are_read_only_without_the_permission(qtbot: Any) -> None:
    desk = Actor(user_id=2, login="desk", display_name="Desk", roles=frozenset({Role.FRONT_DESK}))
    dialog, clinic, workstation = _dialog(qtbot, ActorRef(desk))
    assert not dialog.clinic_editable
    assert not dialog.fields[registry.CLINIC_NAME.key].isEnabled()
    assert dialog.fields[registry.SEARCH_DELAY_MS.key].isEnabled()
    assert dialog.findChild(type(dialog.language_note), "settings_dialog_read_only_label") is not None
    dialog.fields[registry.SEARCH_DELAY_MS.key].setText("350")
    dialog.save()
    assert workstation.read(registry.SEARCH_DELAY_MS.key) == "350"
    assert clinic.read(registry.CLINIC_NAME.key) is None
    nobody, _c, _w = _dialog(qtbot, ActorRef(None))
    assert not nobody.fields[registry.PAPER_SIZE.key].isEnabled()


def test_edit_settings_opens_the_dialog_from_the_main_window(qtbot: Any, sqlite_url: str) -> None:
    from mesomap.app import create_main_window
    from mesomap.storage.engine import open_database

    db = open_database(sqlite_url)
    try:
        window = create_main_window(db)
        qtbot.addWidget(window)
        window.action_table.action("edit.preferences").trigger()
        dialog = window.findChild(type(window), "settings_dialog") or next(
            w for w in window.children() if w.objectName() == "settings_dialog")
        assert dialog.isVisible()
        assert dialog.fields[registry.AFTERCARE_TEXT.key].objectName().startswith("settings_dialog_")
        dialog.reject()
        window.close()
    finally:
        db.close()
