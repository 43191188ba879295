"""Signing and amending: the sign dialog (practitioner only, password re-entered; a wrong
password is said next to the field and nothing is signed) and the amendment dialog (reason
required; kept beside the signed original, which never changes)."""

from __future__ import annotations

from typing import Any

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

from mesomap.gui.fields import ValidatedForm, name_widget
from mesomap.gui.records.common import error_label, error_text, show_message
from mesomap.gui.records.editing import save_cancel_buttons, save_or_show
from mesomap.storage.accounts import LoginError
from mesomap.storage.repository.records import AmendmentInput


class SignDialog(QDialog):
    """Re-enter the password to sign a performed session."""

    def __init__(self, rec: Any, session_id: int, signer_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sign_dialog")
        self.setWindowTitle(self.tr("Sign the session"))
        self.setAccessibleName(self.windowTitle())
        self.rec, self.session_id = rec, session_id
        self.signature: Any = None
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "%1, signing locks this session's record: afterwards it can only be amended, with a "
            "reason, beside the original. Re-enter your password to sign.").replace("%1", signer_name), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.form = ValidatedForm(self)
        layout.addWidget(self.form)
        self.meaning = self.form.add_row(self.tr("&Meaning"), QComboBox(self), "sign_dialog_meaning_combo")
        self.meaning.addItem(self.tr("I performed this session"), "performed")
        self.meaning.addItem(self.tr("I reviewed this session"), "reviewed")
        self.password = self.form.add_row(self.tr("&Password"), QLineEdit(self), "sign_dialog_password_edit")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = error_label("sign_dialog_message_label", self)
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Sign"))
        name_widget(ok, "sign_dialog_sign_button", self.tr("Sign"))
        name_widget(buttons.button(QDialogButtonBox.StandardButton.Cancel), "sign_dialog_cancel_button", self.tr("Cancel"))
        buttons.accepted.connect(self.sign)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def sign(self) -> None:
        self.form.clear_errors()
        show_message(self.message, None)
        if not self.password.text():
            self.form.set_error(self.password, self.tr("Enter your password to sign."))
            return
        signature = save_or_show(
            lambda: self.rec.signing.sign(self.session_id, self.password.text(), meaning=self.meaning.currentData()),
            self.message, handlers={LoginError: self._wrong_password})
        if signature is not None:
            self.signature = signature
            self.password.clear()
            self.accept()

    def _wrong_password(self, exc: LoginError) -> None:
        self.password.selectAll()
        self.form.set_error(self.password, error_text(exc))


TARGETS = ("notes", "region_actual", "outcome", "checklist", "other")


class AmendmentDialog(QDialog):
    """A correction or addition to a signed session, with its reason."""

    def __init__(self, rec: Any, session_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("amendment_dialog")
        self.setWindowTitle(self.tr("Amend the signed session"))
        self.setAccessibleName(self.windowTitle())
        self.rec, self.session_id = rec, session_id
        self.saved: Any = None
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("The signed record stays as it is; the amendment is shown beside it."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.form = ValidatedForm(self)
        layout.addWidget(self.form)
        self.reason = self.form.add_row(self.tr("&Reason"), QLineEdit(self), "amendment_dialog_reason_edit")
        self.target = self.form.add_row(self.tr("&Concerns"), QComboBox(self), "amendment_dialog_target_combo")
        for code, text in zip(TARGETS, (self.tr("Notes"), self.tr("Actual papules or volumes"),
                                        self.tr("Outcome measures"), self.tr("Checklist"), self.tr("Other")), strict=True):
            self.target.addItem(text, code)
        self.text = self.form.add_row(self.tr("&Correction or addition"), QPlainTextEdit(self), "amendment_dialog_text_edit")
        self.message = error_label("amendment_dialog_message_label", self)
        layout.addWidget(self.message)
        layout.addWidget(save_cancel_buttons(self, "amendment_dialog", self.save, self.tr("Save"), self.tr("Cancel")))

    def save(self) -> None:
        self.form.clear_errors()
        show_message(self.message, None)
        if not self.reason.text().strip():
            self.form.set_error(self.reason, self.tr("Give the reason for the amendment."))
            return
        if not self.text.toPlainText().strip():
            self.form.set_error(self.text, self.tr("Write the correction or addition."))
            return
        saved = save_or_show(lambda: self.rec.signing.amend(self.session_id, AmendmentInput(
            self.reason.text().strip(), self.target.currentData(), {"text": self.text.toPlainText().strip()})),
            self.message, self.form, {"reason": self.reason})
        if saved is not None:
            self.saved = saved
            self.accept()
