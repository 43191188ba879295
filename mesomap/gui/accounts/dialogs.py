"""First-start administrator setup and the login form (login dialog, switch user, unlock).

The password check (Argon2id, a database write for the audit) runs in a worker; the form shows
the storage layer's sentence next to the password ("Wait 4 seconds..." after wrong passwords)
and keeps the login name.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from mesomap.gui.fields import keep_in_sight, name_widget, translate_error
from mesomap.gui.workers import run_in_background
from mesomap.storage import accounts
from mesomap.storage.permissions import Actor


class LoginForm(QWidget):
    """Login name + password; emits ``logged_in(Actor)`` after a successful check."""

    logged_in = Signal(object)

    def __init__(self, db: Any, context: str, parent: QWidget | None = None,
                 login_name: str = "") -> None:
        super().__init__(parent)
        self.db = db
        self.setObjectName(f"{context}_form")
        layout = QFormLayout(self)
        self.login_edit = QLineEdit(login_name, self)
        name_widget(self.login_edit, f"{context}_login_edit", self.tr("Login name"))
        self.password_edit = QLineEdit(self)
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        name_widget(self.password_edit, f"{context}_password_edit", self.tr("Password"))
        self.message = QLabel(self)
        self.message.setObjectName(f"{context}_message_label")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        layout.addRow(self.tr("Login name"), self.login_edit)
        layout.addRow(self.tr("Password"), self.password_edit)
        layout.addRow(self.message)
        self.password_edit.returnPressed.connect(self.submit)
        self.busy = False

    def focus(self) -> None:
        (self.password_edit if self.login_edit.text() else self.login_edit).setFocus()

    def submit(self) -> None:
        if self.busy:
            return
        self.busy = True
        self.setEnabled(False)
        self.message.setText(self.tr("Checking…"))
        name, password = self.login_edit.text(), self.password_edit.text()
        run_in_background(lambda: accounts.login(self.db, name, password), parent=self,
                          on_done=self._done, on_error=self._failed)

    def _done(self, actor: Actor) -> None:
        self.busy = False
        self.setEnabled(True)
        self.password_edit.clear()
        self.message.clear()
        self.logged_in.emit(actor)

    def _failed(self, exc: BaseException) -> None:
        self.busy = False
        self.setEnabled(True)
        self.password_edit.clear()
        self.message.setText(translate_error(exc))
        keep_in_sight(self.message)
        self.password_edit.setAccessibleDescription(self.message.text())
        self.focus()


class LoginDialog(QDialog):
    """Modal login at start and for Switch user; ``actor`` after ``exec()`` returned Accepted."""

    def __init__(self, db: Any, parent: QWidget | None = None, login_name: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("login_dialog")
        self.setWindowTitle(self.tr("Log in to mesomap"))
        self.actor: Actor | None = None
        layout = QVBoxLayout(self)
        self.form = LoginForm(db, "login_dialog", self, login_name)
        layout.addWidget(self.form)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        name_widget(ok, "login_dialog_ok_button", self.tr("Log in"))
        ok.setText(self.tr("Log in"))
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        name_widget(cancel, "login_dialog_cancel_button", self.tr("Cancel"))
        buttons.accepted.connect(self.form.submit)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.form.logged_in.connect(self._logged_in)
        self.form.focus()

    def _logged_in(self, actor: Actor) -> None:
        self.actor = actor
        self.accept()


class SetupDialog(QDialog):
    """First start of a clinic database: create the administrator account."""

    def __init__(self, db: Any, parent: QWidget | None = None,
                 create: Callable[..., Actor] = accounts.create_first_administrator) -> None:
        super().__init__(parent)
        self.db = db
        self._create = create
        self.actor: Actor | None = None
        self.setObjectName("setup_dialog")
        self.setWindowTitle(self.tr("Create the administrator account"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "This clinic database has no accounts yet. Create the administrator account: it "
            "manages accounts, settings, products and backups. Keep its password safe."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.login_edit = QLineEdit(self)
        name_widget(self.login_edit, "setup_dialog_login_edit", self.tr("Login name"))
        self.name_edit = QLineEdit(self)
        name_widget(self.name_edit, "setup_dialog_display_name_edit", self.tr("Full name"))
        self.password_edit = QLineEdit(self)
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        name_widget(self.password_edit, "setup_dialog_password_edit", self.tr("Password"))
        self.repeat_edit = QLineEdit(self)
        self.repeat_edit.setEchoMode(QLineEdit.EchoMode.Password)
        name_widget(self.repeat_edit, "setup_dialog_repeat_edit", self.tr("Repeat the password"))
        form.addRow(self.tr("Login name"), self.login_edit)
        form.addRow(self.tr("Full name"), self.name_edit)
        form.addRow(self.tr("Password"), self.password_edit)
        form.addRow(self.tr("Repeat the password"), self.repeat_edit)
        layout.addLayout(form)
        self.message = QLabel(self)
        self.message.setObjectName("setup_dialog_message_label")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Create account"))
        name_widget(ok, "setup_dialog_ok_button", self.tr("Create account"))
        name_widget(buttons.button(QDialogButtonBox.StandardButton.Cancel),
                    "setup_dialog_cancel_button", self.tr("Cancel"))
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def submit(self) -> None:
        if self.password_edit.text() != self.repeat_edit.text():
            self.message.setText(self.tr("The two passwords differ. Type the same password twice."))
            keep_in_sight(self.message)
            self.repeat_edit.clear()
            self.repeat_edit.setFocus()
            return
        try:
            self.actor = self._create(self.db, self.login_edit.text(), self.name_edit.text(),
                                      self.password_edit.text())
        except Exception as exc:  # storage errors as sentences; the form keeps its values
            self.message.setText(translate_error(exc))
            keep_in_sight(self.message)
            return
        self.accept()
