"""Edit ▸ Settings…: one dialog over the settings registry (``mesomap.core.settings``).

The dialog is generated from the registry's declarations, so a setting declared later appears
without an edit here: a setting with ``choices`` becomes a combo box (its ``choice_labels``
translated), a ``bool`` a check box, a number a :class:`~mesomap.gui.fields.NumberEdit` in the
user's locale (``0,5`` in French) with the declared range, text a line edit (a multi-line
editor for addresses and the aftercare text). Labels and descriptions are the registry's
``QT_TRANSLATE_NOOP`` strings, translated here; a description is the field's tool tip.

Clinic settings (shared by every workstation of the database) need the "change clinic
settings" permission (administrators): for anyone else they are shown read-only with a sentence
saying why. Workstation settings (language, units, search delay) are always editable.
Validation happens on Save, next to each field, and nothing is stored until every field is
valid; a storage refusal (permission, database) is shown translated.
"""

from __future__ import annotations

import logging
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from mesomap.core import settings as registry
from mesomap.core.i18n import QT_TRANSLATE_NOOP
from mesomap.core.localeformat import LocaleParseError, default_format
from mesomap.gui.fields import NumberEdit, ValidatedForm, name_widget, translate_error

log = logging.getLogger(__name__)

MULTILINE_KEYS = frozenset({registry.CLINIC_ADDRESS.key, registry.AFTERCARE_TEXT.key})
#: choice labels that are not translated: language names in their own language, units, paper
UNTRANSLATED_CHOICES = frozenset({"English", "Français", "Italiano", "Español", "Português (Brasil)",
                                  "A4", "cm", "mm", "mL", "µL"})


def _object_name(setting: Any, kind: str) -> str:
    return "settings_dialog_" + str(setting.key).replace("/", "_") + "_" + kind


def _translate(text: str) -> str:
    return str(QCoreApplication.translate("Settings", text)) if text else text


def may_change_clinic_settings(actor: Any) -> bool:
    """Whether ``actor`` (an ``Actor``, an ``ActorRef`` or ``None``) may change clinic settings."""
    from mesomap.storage.permissions import Actor, Permission, current_actor

    current = current_actor(actor)
    return isinstance(current, Actor) and current.can(Permission.SETTINGS_WRITE)


class SettingsDialog(QDialog):
    """Every registered setting, grouped by scope, validated next to each field."""

    def __init__(self, settings: registry.Settings, *, actor: Any = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settings_dialog")
        self.setWindowTitle(self.tr("Settings"))
        self.settings = settings
        self.fmt = default_format()
        self.clinic_editable = may_change_clinic_settings(actor)
        self.fields: dict[str, QWidget] = {}
        self.forms: dict[str, ValidatedForm] = {}
        self._specs: dict[str, Any] = {}

        content = QWidget(self)
        column = QVBoxLayout(content)
        clinic = QGroupBox(self.tr("Clinic (every computer using this database)"), content)
        clinic.setObjectName("settings_dialog_clinic_group")
        workstation = QGroupBox(self.tr("This computer"), content)
        workstation.setObjectName("settings_dialog_workstation_group")
        for scope, box in (("clinic", clinic), ("workstation", workstation)):
            layout = QVBoxLayout(box)
            if scope == "clinic" and not self.clinic_editable:
                note = QLabel(self.tr("Only an administrator can change the clinic settings; "
                                      "they are shown here read-only."), box)
                note.setObjectName("settings_dialog_read_only_label")
                note.setWordWrap(True)
                layout.addWidget(note)
            form = ValidatedForm(box)
            layout.addWidget(form)
            self.forms[scope] = form
            column.addWidget(box)
        for setting in registry.all_settings():
            self._add(setting)
        self.language_note = QLabel(self.tr("A new language is used from the next start of "
                                            "mesomap."), content)
        self.language_note.setObjectName("settings_dialog_language_note_label")
        self.language_note.setWordWrap(True)
        self.language_note.hide()
        column.addWidget(self.language_note)
        column.addStretch(1)

        scroll = QScrollArea(self)
        scroll.setObjectName("settings_dialog_scroll")
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        save = buttons.button(QDialogButtonBox.StandardButton.Save)
        name_widget(save, "settings_dialog_save_button", save.text().replace("&", ""))
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        name_widget(cancel, "settings_dialog_cancel_button", cancel.text().replace("&", ""))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        outer = QVBoxLayout(self)
        outer.addWidget(scroll)
        outer.addWidget(buttons)
        self.resize(640, 640)

    # ------------------------------------------------------------------ building
    def _add(self, setting: Any) -> None:
        value = self.settings.get(setting)
        parent = self.forms[setting.scope]
        field: QWidget
        if setting.choices is not None:
            combo = QComboBox(parent)
            for choice in setting.choices:
                label = setting.choice_labels.get(str(choice), str(choice))
                shown = label if label in UNTRANSLATED_CHOICES else _translate(label)
                combo.addItem(shown, choice)
            combo.setCurrentIndex(max(0, combo.findData(value)))
            field, kind = combo, "combo"
        elif setting.type is bool:
            check = QCheckBox(parent)
            check.setChecked(bool(value))
            field, kind = check, "check"
        elif setting.type in (int, float, Decimal):
            edit = NumberEdit("decimal", fmt=self.fmt, parent=parent,
                              minimum=None if setting.minimum is None else Decimal(str(setting.minimum)),
                              maximum=None if setting.maximum is None else Decimal(str(setting.maximum)))
            edit.set_value(Decimal(str(value)))
            field, kind = edit, "edit"
        elif setting.key in MULTILINE_KEYS:
            text = QPlainTextEdit(parent)
            text.setPlainText(str(value))
            text.setFixedHeight(80)
            text.setTabChangesFocus(True)
            field, kind = text, "edit"
        else:
            line = QLineEdit(parent)
            line.setText(str(value))
            field, kind = line, "edit"
        self.forms[setting.scope].add_row(_translate(setting.label), field, _object_name(setting, kind))
        field.setToolTip(_translate(setting.description))
        if setting.scope == "clinic" and not self.clinic_editable:
            field.setEnabled(False)
        self.fields[setting.key] = field
        self._specs[setting.key] = setting

    # ------------------------------------------------------------------ values
    def value_of(self, key: str) -> Any:
        """The field's value as the setting's type; raises ``LocaleParseError`` or
        ``SettingValueError`` (with a translatable template) when it is not acceptable."""
        setting = self._specs[key]
        field = self.fields[key]
        if isinstance(field, QComboBox):
            raw: Any = field.currentData()
        elif isinstance(field, QCheckBox):
            raw = field.isChecked()
        elif isinstance(field, NumberEdit):
            number = field.value()
            if setting.type is int:
                if number is None or number != number.to_integral_value():
                    raise registry.SettingValueError(
                        QT_TRANSLATE_NOOP("Settings", "Enter a whole number."))
                raw = int(number)
            else:
                raw = number if setting.type is Decimal else float(number or 0)
        elif isinstance(field, QPlainTextEdit):
            raw = field.toPlainText()
        else:
            assert isinstance(field, QLineEdit)
            raw = field.text()
        return setting.validate(raw)

    def save(self) -> None:
        """Check every editable field, then store the changed values; errors stay next to
        their fields and nothing is stored while one remains."""
        changes: list[tuple[Any, Any]] = []
        valid = True
        for key, setting in self._specs.items():
            form = self.forms[setting.scope]
            field = self.fields[key]
            if not field.isEnabled():
                continue
            try:
                value = self.value_of(key)
            except (LocaleParseError, registry.SettingValueError) as exc:
                form.set_error(field, translate_error(exc))
                valid = False
                continue
            form.set_error(field, None)
            if value != self.settings.get(setting):
                changes.append((setting, value))
        if not valid:
            return
        from mesomap.storage.errors import StorageError

        try:
            for setting, value in changes:
                self.settings.set(setting, value)
        except StorageError as exc:
            from mesomap.gui.errors import show_error

            log.warning("settings not saved: %s", exc)
            show_error(self, translate_error(exc))
            return
        if any(setting.key == registry.LANGUAGE.key for setting, _v in changes):
            self.language_note.show()
        self.accept()


def open_settings(window: Any) -> SettingsDialog:
    """Show the dialog for a main window (its registry and logged-in person)."""
    dialog = SettingsDialog(window.settings, actor=getattr(window, "actor_ref", None), parent=window)
    dialog.open()
    return dialog
