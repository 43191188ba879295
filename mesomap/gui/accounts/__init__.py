"""Accounts in the main window: first-start setup, login, switch user, idle lock, audit viewer.

One call wires it into a main window (``WindowManager.add`` does it)::

    controller = install_accounts(window)      # actions, idle lock, status label
    controller.begin()                         # setup dialog, or locked on the login form

The window's repositories are built on ``window.actor_ref`` (an ``ActorRef``), so they act as
whoever is logged in now; locking sets it to nobody, so even a background query started while
locked is refused by the storage layer. A demonstration database needs no login and never locks.
"""

from __future__ import annotations

import contextlib
import logging
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QWidget

from mesomap.core import settings as registry
from mesomap.core.i18n import QT_TRANSLATE_NOOP
from mesomap.gui.accounts.dialogs import SetupDialog
from mesomap.gui.accounts.lock import IdleWatcher, LockOverlay
from mesomap.gui.actions import ActionSpec
from mesomap.storage import accounts
from mesomap.storage.permissions import Actor, ActorRef, Permission

log = logging.getLogger(__name__)

BACKUP_CHECK_MS = 15 * 60_000  # how often a running mesomap checks whether a backup is due

SWITCH_USER = ActionSpec(
    "file.switch_user", QT_TRANSLATE_NOOP("Actions", "S&witch user…"), "file", group="account",
    tip=QT_TRANSLATE_NOOP("Actions", "Let another person log in without closing mesomap"))
LOCK = ActionSpec(
    "file.lock", QT_TRANSLATE_NOOP("Actions", "&Lock"), "file", group="account",
    shortcut="Ctrl+Shift+L",
    tip=QT_TRANSLATE_NOOP("Actions", "Hide patient data until someone logs in again"))
AUDIT = ActionSpec(
    "tools.audit_trail", QT_TRANSLATE_NOOP("Actions", "&Audit trail…"), "tools", group="admin",
    tip=QT_TRANSLATE_NOOP("Actions", "Who did what and when, by patient, user and date"))


class AccountsController(QObject):
    """Login state of one main window."""

    actor_changed = Signal(object)  # Actor | None
    recovered_maps = Signal(list)  # [(RecoveryItem, MapDocument)] the person chose to restore

    def __init__(self, window: Any, *, idle_ms: int | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.db = window.db
        ref = getattr(window, "actor_ref", None)
        self.ref: ActorRef = ref if isinstance(ref, ActorRef) else ActorRef()
        window.actor_ref = self.ref
        self.demo = bool(getattr(window, "is_demo", False))
        self.last_login = ""
        self.setup_dialog: SetupDialog | None = None
        self._recovery_offered = False
        self.recovery_dialog: QWidget | None = None
        self.audit_report: Any = None
        self.backup_running = False
        self.backup_timer = QTimer(self)
        self.backup_timer.setInterval(BACKUP_CHECK_MS)
        self.backup_timer.timeout.connect(self.backup_if_due)
        self.overlay = LockOverlay(window, self.db)
        self.overlay.unlocked.connect(self._unlocked)
        if idle_ms is None:
            minutes = int(window.settings.get(registry.IDLE_LOCK_MINUTES))
            idle_ms = minutes * 60_000
        self.watcher = IdleWatcher(idle_ms, self)
        self.watcher.idle.connect(lambda: self.lock("idle_lock"))
        self.user_label = QLabel(window)
        self.user_label.setObjectName("main_status_user_label")
        window.statusBar().addPermanentWidget(self.user_label)
        table = window.action_table
        table.add(SWITCH_USER, self.switch_user)
        table.add(LOCK, lambda: self.lock("manual"))
        table.add(AUDIT, self.open_audit_viewer)
        from mesomap.gui.accounts.patient_data import install_patient_data_actions

        self.patient_data = install_patient_data_actions(window, self.ref)
        from mesomap.gui.accounts.backups import BackupActions

        self.backups = BackupActions(self)
        self._update_actions()

    @property
    def actor(self) -> Actor | None:
        current = self.ref.current
        return current if isinstance(current, Actor) else None

    @property
    def locked(self) -> bool:
        return self.overlay.isVisible()

    def begin(self) -> None:
        """Start of a window: nothing for a demonstration database; the first-start
        administrator setup (window-modal; cancelling closes the window) for a clinic database
        where nobody can log in yet; otherwise the window opens locked on the login form."""
        if self.demo:
            self.set_actor(None)
            return
        if accounts.needs_first_setup(self.db):
            dialog = SetupDialog(self.db, self.window)
            dialog.setWindowModality(Qt.WindowModality.WindowModal)
            dialog.accepted.connect(lambda: self.set_actor(dialog.actor))
            dialog.rejected.connect(self.window.close)
            self.setup_dialog = dialog
            dialog.open()
            return
        self.lock("start", audit_it=False)

    def set_actor(self, actor: Actor | None) -> None:
        previous = self.actor
        self.ref.current = actor
        if actor is not None:
            self.last_login = actor.login
            self.watcher.start()
        if (actor is not None or self.demo) and not self._recovery_offered:
            self._recovery_offered = True
            self._offer_recovery()
            if not self.demo:
                self.verify_audit_in_background()
                self.backup_timer.start()
                self.backup_if_due()
        self._update_actions()
        if previous is None or actor is None or previous.user_id != actor.user_id:
            self._forget_patient_list()  # the next user sees only what they may see
            if actor is not None:
                with contextlib.suppress(KeyError):  # a window without a patient list
                    self.window.action_table.action("view.refresh").trigger()
        self.actor_changed.emit(actor)

    def verify_audit_in_background(self) -> None:
        """At start: recompute the audit chain; a break is shown to whoever is logged in."""
        from mesomap.gui.errors import show_error
        from mesomap.gui.workers import run_in_background
        from mesomap.storage.audit import verify_audit

        def done(report: Any) -> None:
            self.audit_report = report
            if not report.ok:
                show_error(self.window, self.tr(
                    "The audit trail of this database was changed outside mesomap (%n entries "
                    "affected). Tell the administrator: keep this database as it is and check "
                    "it with 'mesomap audit --verify'.", "", len(report.problems)),
                    detail="\n".join(p.detail for p in report.problems[:50]))

        run_in_background(lambda: verify_audit(self.db), parent=self, on_done=done,
                          on_error=lambda exc: log.warning("audit verification failed: %s", exc))

    def backup_if_due(self) -> None:
        """Scheduled SQLite backup (clinic settings: schedule and hour), in a worker."""
        from mesomap.gui.fields import translate_error
        from mesomap.gui.workers import run_in_background
        from mesomap.storage import audit
        from mesomap.storage.backup import (
            backup_due,
            create_backup,
            default_backup_folder,
            rotate_backups,
        )

        path = getattr(self.db, "sqlite_path", None)
        if path is None or self.backup_running or self.demo:
            return
        try:
            schedule = str(self.window.settings.get(registry.BACKUP_SCHEDULE))
            hour = int(self.window.settings.get(registry.BACKUP_HOUR))
        except Exception:  # settings unreadable (database busy): try at the next check
            log.exception("cannot read the backup settings")
            return
        folder = default_backup_folder(path)
        if not backup_due(folder, path.stem, schedule, hour):
            return
        self.backup_running = True
        actor = self.actor

        def job() -> Any:
            audit.record_in_new_transaction(self.db, actor, audit.Action.BACKUP,
                                            table="database", details={"label": "scheduled"})
            result = create_backup(path, folder, label="scheduled")
            rotate_backups(folder, path.stem)
            return result

        def done(result: Any) -> None:
            self.backup_running = False
            self.window.statusBar().showMessage(
                self.tr("Backup made and checked: %1").replace("%1", str(result.path)), 15000)

        def failed(exc: BaseException) -> None:
            self.backup_running = False
            log.error("scheduled backup failed: %s", exc)
            self.window.statusBar().showMessage(translate_error(exc), 60000)

        run_in_background(job, parent=self, on_done=done, on_error=failed)

    def _offer_recovery(self) -> None:
        """After the first login (recovery files hold patient data): maps of this database
        left unsaved by a crash. The session editor connects ``recovered_maps``."""
        from mesomap.gui.accounts.recovery import RecoveryDialog, RecoveryStore

        store = RecoveryStore()
        url = str(getattr(self.db, "url", ""))
        items = [i for i in store.pending() if i.meta.get("database", url) == url]
        if not items:
            return
        dialog = RecoveryDialog(store, items, self.window)
        dialog.restore_requested.connect(self.recovered_maps.emit)
        self.recovery_dialog = dialog
        dialog.show()

    def _forget_patient_list(self) -> None:
        patient_list = getattr(self.window, "patient_list", None)
        model = getattr(patient_list, "model", None)
        if model is not None and hasattr(model, "set_rows"):
            model.set_rows([])

    def _update_actions(self) -> None:
        actor = self.actor
        table = self.window.action_table
        login_possible = not self.demo
        table.action("file.switch_user").setEnabled(login_possible)
        table.action("file.lock").setEnabled(login_possible and actor is not None)
        for action_id, permission in (("tools.audit_trail", Permission.AUDIT_READ),
                                      ("patient.export_data", Permission.PATIENT_EXPORT),
                                      ("patient.erase", Permission.PATIENT_ERASE),
                                      ("tools.backup_now", Permission.BACKUP),
                                      ("tools.restore", Permission.BACKUP)):
            table.action(action_id).setEnabled(
                self.demo or (actor is not None and actor.can(permission)))
        if self.demo:
            self.user_label.setText(self.tr("Demonstration: no login"))
        elif actor is None:
            self.user_label.setText(self.tr("Nobody logged in"))
        else:
            self.user_label.setText(self.tr("Logged in: %1").replace("%1", actor.display_name))

    def lock(self, reason: str = "manual", *, audit_it: bool = True) -> None:
        """Hide everything until someone logs in; unsaved work stays where it is."""
        if self.demo or self.locked:
            return
        actor = self.actor
        self.watcher.stop()
        self.ref.current = None  # storage refuses anything started while locked
        self._update_actions()
        for widget in self._covered():
            widget.setEnabled(False)
        self.overlay.cover(actor.login if actor else self.last_login)
        if not audit_it or actor is None:
            return
        try:
            accounts.logout(self.db, actor, reason=reason)
        except Exception:  # the lock must happen even if the database is unreachable
            log.exception("could not record the lock in the audit trail")

    def _covered(self) -> list[QWidget]:
        window = self.window
        widgets: list[QWidget] = [window.menuBar()]
        for child in window.findChildren(QWidget):
            if child.parentWidget() is window and child is not self.overlay and not child.isWindow():
                widgets.append(child)
        return widgets

    def _unlocked(self, actor: Actor) -> None:
        for widget in self._covered():
            widget.setEnabled(True)
        self.overlay.hide()
        self.set_actor(actor)

    def switch_user(self) -> None:
        """Lock, then let anyone log in on the lock screen (unsaved work stays)."""
        self.lock("switch_user")
        self.overlay.form.login_edit.clear()
        self.overlay.form.focus()

    def open_audit_viewer(self) -> QWidget:
        from mesomap.gui.accounts.audit_viewer import AuditViewer

        viewer = AuditViewer(self.db, self.ref, self.window)
        viewer.show()
        return viewer


def install_accounts(window: Any, *, idle_ms: int | None = None) -> AccountsController:
    """Add login, lock, switch user and the audit viewer to ``window`` (no dialog yet: call
    ``begin()``)."""
    controller = AccountsController(window, idle_ms=idle_ms)
    window.accounts = controller
    return controller


__all__ = ["AccountsController", "install_accounts"]
