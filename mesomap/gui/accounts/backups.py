"""Tools ▸ Back up now and Tools ▸ Restore from backup… (administrators, SQLite databases).

Restoring checks the chosen file first (``mesomap.storage.backup.check_backup_file``: damaged,
foreign or newer files are refused with a sentence and nothing changes), closes this window's
connections, replaces the database (keeping the replaced one beside it), records the restore in
the audit trail and locks the window: the restored database may have other accounts, so
everyone logs in again. Other computers and windows using the same file must be closed first.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QThreadPool
from PySide6.QtWidgets import QFileDialog, QMessageBox

from mesomap.core.i18n import QT_TRANSLATE_NOOP
from mesomap.gui.actions import ActionSpec
from mesomap.gui.errors import show_error
from mesomap.gui.fields import translate_error
from mesomap.gui.workers import run_in_background
from mesomap.storage import audit
from mesomap.storage.backup import (
    check_backup_file,
    create_backup,
    default_backup_folder,
    restore_backup,
    rotate_backups,
)
from mesomap.storage.permissions import Permission, require

log = logging.getLogger(__name__)

BACKUP_NOW = ActionSpec(
    "tools.backup_now", QT_TRANSLATE_NOOP("Actions", "&Back up now"), "tools", group="backup",
    tip=QT_TRANSLATE_NOOP("Actions", "Make a checked copy of the database now"))
RESTORE = ActionSpec(
    "tools.restore", QT_TRANSLATE_NOOP("Actions", "&Restore from backup…"), "tools",
    group="backup",
    tip=QT_TRANSLATE_NOOP("Actions", "Replace the database with a checked backup"))


class BackupActions:
    def __init__(self, controller: Any) -> None:
        self.controller = controller
        self.window = controller.window
        self.db = controller.db
        self.window.action_table.add(BACKUP_NOW, self.backup_now)
        self.window.action_table.add(RESTORE, self.restore)

    def _allowed(self) -> None:
        with self.db.session(read_only=True) as session:
            require(session, self.controller.ref, Permission.BACKUP)

    def backup_now(self) -> None:
        path: Path | None = getattr(self.db, "sqlite_path", None)
        if path is None:
            show_error(self.window, QCoreApplication.translate("Accounts",
                "This is a PostgreSQL database: back it up on the server with pg_dump "
                "(see docs/backup.md)."))
            return
        actor = self.controller.actor

        def job() -> Any:
            self._allowed()
            audit.record_in_new_transaction(self.db, actor, audit.Action.BACKUP, table="database",
                                            details={"label": "manual"})
            result = create_backup(path, label="manual")
            rotate_backups(result.path.parent, path.stem)
            return result

        run_in_background(job, parent=self.window, on_error=self._failed, on_done=lambda r: (
            self.window.statusBar().showMessage(
                QCoreApplication.translate("Accounts", "Backup made and checked: %1").replace("%1", str(r.path)), 15000)))

    def _failed(self, exc: BaseException) -> None:
        show_error(self.window, translate_error(exc), detail=repr(exc))

    def restore(self, file: str | None = None, *, confirmed: bool = False) -> None:
        live: Path | None = getattr(self.db, "sqlite_path", None)
        if live is None:
            show_error(self.window, QCoreApplication.translate("Accounts",
                "This is a PostgreSQL database: restore it on the server with pg_restore "
                "(see docs/backup.md)."))
            return
        try:
            self._allowed()
        except Exception as exc:
            self._failed(exc)
            return
        if not file:
            file, _ = QFileDialog.getOpenFileName(
                self.window, QCoreApplication.translate("Accounts", "Restore from backup"),
                str(default_backup_folder(live)), QCoreApplication.translate("Accounts", "mesomap backups (*.sqlite)"))
        if not file:
            return
        backup = Path(file)
        try:
            check_backup_file(backup)  # refuse before asking anything
        except Exception as exc:
            self._failed(exc)
            return
        if not confirmed:
            answer = QMessageBox.question(
                self.window, QCoreApplication.translate("Accounts", "Restore from backup"),
                QCoreApplication.translate("Accounts", "Replace the current database with %1? Everything recorded after "
                               "that backup is replaced (the current database is kept beside it). "
                               "Close mesomap on other computers using it first.")
                .replace("%1", backup.name))
            if answer != QMessageBox.StandardButton.Yes:
                return
        actor = self.controller.actor
        QThreadPool.globalInstance().waitForDone(5000)  # running queries end first
        self.db.close()  # this window's connections; the engine reconnects afterwards
        try:
            kept = restore_backup(backup, live)
        except Exception as exc:
            self._failed(exc)
            return
        try:
            audit.record_in_new_transaction(
                self.db, None, audit.Action.RESTORE, table="database",
                user_login=(actor.login if actor else ""),
                details={"from": backup.name, "replaced_copy": kept.name if kept else None})
        except Exception:
            log.exception("could not record the restore")
        self.controller.lock("restore", audit_it=False)
        self.controller.overlay.form.message.setText(QCoreApplication.translate("Accounts",
            "The database was restored from %1. Log in again.").replace("%1", backup.name))
