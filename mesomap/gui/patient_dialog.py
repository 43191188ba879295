"""Create or edit a patient's identity and standing notes.

Each field shows its own validation message under it; nothing typed is cleared by a validation
error or by an edit conflict. On a conflict (someone saved the same patient since this dialog
read it) a banner names who changed it and when, lists the fields where their version differs
from what is typed here, and the next Save writes the typed values over theirs on purpose.

The dialog talks to storage only through a :class:`PatientGateway` (see
``mesomap.gui.patient_gateway``), so it never builds queries.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections.abc import Mapping
from typing import Any, Protocol

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from mesomap.core.localeformat import LocaleFormat, default_format
from mesomap.gui.fields import DateEdit, ValidatedForm, name_widget, translate_error
from mesomap.gui.settings_store import restore_window_state, save_window_state

log = logging.getLogger(__name__)

FIELDS = (
    "family_name", "given_name", "birth_date", "sex", "external_id", "phone", "email",
    "address", "allergies", "contraindication_notes", "notes",
)
EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


class PatientGateway(Protocol):
    """What the dialog needs from storage. ``values`` use the FIELDS keys; ``sex`` is a str."""

    def load(self, patient_id: int) -> tuple[dict[str, Any], int]:
        """The stored values and the version counter."""
        ...

    def create(self, values: Mapping[str, Any]) -> int:
        """Insert and return the new id."""
        ...

    def update(self, patient_id: int, version: int, values: Mapping[str, Any]) -> int:
        """Save over ``version``; return the new version. Raises ``ConflictError``."""
        ...

    def is_conflict(self, exc: BaseException) -> bool:
        """Whether ``exc`` is storage's edit-conflict error."""
        ...


class PatientDialog(QDialog):
    """``PatientDialog(gateway, patient_id=None)``: ``None`` creates a new patient."""

    def __init__(
        self,
        gateway: PatientGateway,
        patient_id: int | None = None,
        *,
        fmt: LocaleFormat | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("patient_dialog")
        self.gateway = gateway
        self.patient_id = patient_id
        self.version: int | None = None
        self.saved_id: int | None = None
        self.fmt = fmt or default_format()
        title = self.tr("New patient") if patient_id is None else self.tr("Edit patient")
        self.setWindowTitle(title)
        self.setAccessibleName(title)

        self.banner = QLabel(self)
        self.banner.setObjectName("patient_dialog_banner")
        self.banner.setWordWrap(True)
        self.banner.hide()

        self.form = ValidatedForm(self)
        f = self.form
        self.family_name = f.add_row(self.tr("&Family name"), QLineEdit(), "patient_dialog_family_name_edit")
        self.given_name = f.add_row(self.tr("&Given name"), QLineEdit(), "patient_dialog_given_name_edit")
        self.birth_date = f.add_row(self.tr("&Birth date"), DateEdit(fmt=self.fmt), "patient_dialog_birth_date_edit")
        self.sex = f.add_row(self.tr("&Sex"), QComboBox(), "patient_dialog_sex_combo")
        for value, label in (
            ("unknown", self.tr("Not stated")), ("female", self.tr("Female")),
            ("male", self.tr("Male")), ("other", self.tr("Other")),
        ):
            self.sex.addItem(label, value)
        self.external_id = f.add_row(self.tr("File &number"), QLineEdit(), "patient_dialog_external_id_edit")
        self.phone = f.add_row(self.tr("&Phone"), QLineEdit(), "patient_dialog_phone_edit")
        self.email = f.add_row(self.tr("E-&mail"), QLineEdit(), "patient_dialog_email_edit")
        self.address = f.add_row(self.tr("&Address"), self._text_box(3), "patient_dialog_address_edit")
        self.allergies = f.add_row(self.tr("A&llergies"), self._text_box(2), "patient_dialog_allergies_edit")
        self.contraindication_notes = f.add_row(
            self.tr("&Contraindications"), self._text_box(2), "patient_dialog_contraindication_notes_edit"
        )
        self.notes = f.add_row(self.tr("N&otes"), self._text_box(3), "patient_dialog_notes_edit")
        self.family_name.setMaxLength(200)
        self.given_name.setMaxLength(200)
        self.external_id.setMaxLength(64)
        self.phone.setMaxLength(64)
        self.email.setMaxLength(254)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.setObjectName("patient_dialog_buttons")
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        name_widget(save, "patient_dialog_save_button", save.text().replace("&", ""))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        name_widget(cancel, "patient_dialog_cancel_button", cancel.text().replace("&", ""))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.form)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.resize(520, 640)
        restore_window_state(self, "patient_dialog")

        self._base: dict[str, str] = {}
        """What the form showed when it was filled from storage (for the 3-way merge)."""
        if patient_id is not None:
            values, self.version = gateway.load(patient_id)
            self.set_values(values)
            self._base = self.raw_texts()

    @staticmethod
    def _text_box(lines: int) -> QPlainTextEdit:
        box = QPlainTextEdit()
        box.setTabChangesFocus(True)
        box.setFixedHeight(box.fontMetrics().lineSpacing() * lines + 14)
        return box

    def _widget(self, key: str) -> QWidget:
        return getattr(self, key)  # type: ignore[no-any-return]

    # ---- values ------------------------------------------------------------------------------
    def set_values(self, values: Mapping[str, Any], *, only: str | None = None) -> None:
        for key in FIELDS if only is None else (only,):
            widget = self._widget(key)
            value = values.get(key)
            if isinstance(widget, DateEdit):
                widget.set_value(value)
            elif isinstance(widget, QComboBox):
                index = widget.findData(str(value or "unknown"))
                widget.setCurrentIndex(max(index, 0))
            elif isinstance(widget, QPlainTextEdit):
                widget.setPlainText(str(value or ""))
            elif isinstance(widget, QLineEdit):
                widget.setText(str(value or ""))

    def raw_texts(self) -> dict[str, str]:
        """Exactly what is typed in each field (for tests and the conflict comparison)."""
        texts: dict[str, str] = {}
        for key in FIELDS:
            widget = self._widget(key)
            if isinstance(widget, QComboBox):
                texts[key] = str(widget.currentData())
            elif isinstance(widget, QPlainTextEdit):
                texts[key] = widget.toPlainText()
            elif isinstance(widget, QLineEdit):
                texts[key] = widget.text()
        return texts

    def validate(self) -> dict[str, Any] | None:
        """Check every field, show each message under its field; the values or ``None``."""
        self.form.clear_errors()
        texts = self.raw_texts()
        errors: dict[str, str] = {}
        values: dict[str, Any] = {}
        family = texts["family_name"].strip()
        if not family:
            errors["family_name"] = self.tr("Enter the patient's family name.")
        values["family_name"] = family
        values["given_name"] = texts["given_name"].strip()
        birth: dt.date | None = None
        date_error = self.birth_date.error()
        if date_error:
            errors["birth_date"] = date_error
        else:
            birth = self.birth_date.value()
            if birth is not None and birth > dt.date.today():
                errors["birth_date"] = self.tr("The birth date is in the future. Check the year.")
            elif birth is not None and birth.year < 1900:
                errors["birth_date"] = self.tr("The birth date is before 1900. Check the year.")
        values["birth_date"] = birth
        values["sex"] = texts["sex"]
        email = texts["email"].strip()
        if email and not EMAIL_RE.match(email):
            errors["email"] = self.tr("This is not an e-mail address (name@example.org). Leave it empty if unknown.")
        values["email"] = email
        external = texts["external_id"].strip()
        values["external_id"] = external or None
        for key in ("phone", "address", "allergies", "contraindication_notes", "notes"):
            values[key] = texts[key].strip()
        for key, message in errors.items():
            self.form.set_error(self._widget(key), message)
        if errors:
            first = next(k for k in FIELDS if k in errors)
            self._widget(first).setFocus()
            return None
        return values

    # ---- saving ------------------------------------------------------------------------------
    def save(self) -> bool:
        """Validate and write; on success the dialog is accepted. Returns whether it saved."""
        values = self.validate()
        if values is None:
            return False
        try:
            if self.patient_id is None:
                self.saved_id = self.gateway.create(values)
                self.patient_id = self.saved_id
            else:
                assert self.version is not None
                self.version = self.gateway.update(self.patient_id, self.version, values)
                self.saved_id = self.patient_id
        except Exception as exc:  # noqa: BLE001 - storage errors become sentences here
            field_name = getattr(exc, "field", None)
            if self.gateway.is_conflict(exc):
                self._show_conflict(exc, values)
            elif isinstance(field_name, str) and field_name in FIELDS:
                # The repository refused one value: say so next to that field.
                self.form.set_error(self._widget(field_name), translate_error(exc))
                self._widget(field_name).setFocus()
            else:
                log.exception("saving a patient failed")
                self._show_banner(translate_error(exc))
            return False
        save_window_state(self, "patient_dialog")
        self.accept()
        return True

    def _show_conflict(self, exc: BaseException, typed: Mapping[str, Any]) -> None:
        """Someone saved this patient meanwhile. Merge instead of overwriting blindly:

        - a field only they changed takes their value (the user had not touched it, so nothing
          typed is lost, and e.g. an allergy a colleague added is not wiped out by Save again);
        - a field only the user changed keeps the user's text;
        - a field both changed keeps the user's text and shows theirs under it.
        The banner names who changed the record and when; the next Save writes the form."""
        del typed  # the form itself holds what the user typed
        changed_by = getattr(exc, "changed_by", None) or self.tr("Someone else")
        changed_at = getattr(exc, "changed_at", None)
        if changed_at is None and getattr(exc, "changed_by", None) is None:
            self._show_banner(translate_error(exc))  # deleted meanwhile
            return
        when = self.fmt.format_datetime(changed_at.astimezone()) if changed_at else None
        if when:
            text = self.tr(
                "%1 changed this patient on %2 while you were editing. Your changes were not "
                "saved and are still in the form."
            ).replace("%1", changed_by).replace("%2", when)
        else:
            text = self.tr(
                "%1 changed this patient while you were editing. Your changes were not saved and "
                "are still in the form."
            ).replace("%1", changed_by)
        assert self.patient_id is not None
        try:
            theirs, self.version = self.gateway.load(self.patient_id)
        except Exception as load_exc:  # noqa: BLE001 - e.g. deleted meanwhile
            log.warning("could not reload the patient after a conflict: %s", load_exc)
            self._show_banner(text)
            return
        mine = self.raw_texts()
        theirs_texts = {key: self._display(key, theirs.get(key)) for key in FIELDS}
        taken: list[str] = []
        both: list[str] = []
        for key in FIELDS:
            base, my_text, their_text = (
                self._base.get(key, "").strip(), mine[key].strip(), theirs_texts[key].strip()
            )
            if their_text in (base, my_text):
                continue
            widget = self._widget(key)
            if my_text == base:
                self.set_values({key: theirs.get(key)}, only=key)
                taken.append(self.form.label_text(widget))
            else:
                self.form.set_error(
                    widget, self.tr("Their version: %1").replace("%1", theirs_texts[key] or self.tr("(empty)"))
                )
                both.append(self.form.label_text(widget))
        self._base = theirs_texts
        if taken:
            text += " " + self.tr("Their changes to %1 were added to the form.").replace("%1", ", ".join(taken))
        if both:
            text += " " + self.tr(
                "You both changed %1: your text is kept and theirs is shown under the field."
            ).replace("%1", ", ".join(both))
        text += " " + self.tr("Check the form, then press Save again, or Cancel to keep their version.")
        self._show_banner(text)

    def _display(self, key: str, value: Any) -> str:
        """The text ``raw_texts()`` would give for ``value`` in field ``key``."""
        widget = self._widget(key)
        if isinstance(widget, DateEdit):
            return "" if value is None else self.fmt.format_date(value)
        if isinstance(widget, QComboBox):
            return str(value or "unknown")
        return "" if value is None else str(value)

    def _show_banner(self, text: str) -> None:
        self.banner.setText(text)
        self.banner.setAccessibleName(text)
        self.banner.show()


