"""The audit viewer: audit entries filtered by patient, user and date (read-only).

The storage layer refuses the query unless the logged-in account may read the audit
(administrators); the viewer cannot change anything (the table is append-only in the database).
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mesomap.core.localeformat import default_format
from mesomap.gui.fields import DateEdit, name_widget, translate_error
from mesomap.gui.workers import run_in_background
from mesomap.storage import accounts, audit
from mesomap.storage.permissions import ActorLike

COLUMNS = 7


class AuditViewer(QDialog):
    """Non-modal window listing audit entries, newest first."""

    def __init__(self, db: Any, actor: ActorLike, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.actor = actor
        self.fmt = default_format()
        self.entries: list[audit.AuditRecord] = []
        self.setObjectName("audit_viewer")
        self.setWindowTitle(self.tr("Audit trail"))
        self.resize(900, 520)
        layout = QVBoxLayout(self)
        filters = QFormLayout()
        self.patient_edit = QLineEdit(self)
        self.patient_edit.setValidator(QIntValidator(1, 2_000_000_000, self))
        name_widget(self.patient_edit, "audit_viewer_patient_edit", self.tr("Patient number"))
        self.user_combo = QComboBox(self)
        name_widget(self.user_combo, "audit_viewer_user_combo", self.tr("User"))
        self.user_combo.addItem(self.tr("Everyone"), None)
        self.from_edit = DateEdit(parent=self)
        name_widget(self.from_edit, "audit_viewer_from_edit", self.tr("From"))
        self.to_edit = DateEdit(parent=self)
        name_widget(self.to_edit, "audit_viewer_to_edit", self.tr("Until (inclusive)"))
        filters.addRow(self.tr("Patient number"), self.patient_edit)
        filters.addRow(self.tr("User"), self.user_combo)
        dates = QHBoxLayout()
        dates.addWidget(self.from_edit)
        dates.addWidget(QLabel("–", self))
        dates.addWidget(self.to_edit)
        filters.addRow(self.tr("Dates"), dates)
        layout.addLayout(filters)
        row = QHBoxLayout()
        self.show_button = QPushButton(self.tr("Show"), self)
        name_widget(self.show_button, "audit_viewer_show_button", self.tr("Show"))
        self.show_button.clicked.connect(self.refresh)
        self.message = QLabel(self)
        self.message.setObjectName("audit_viewer_message_label")
        self.message.setWordWrap(True)
        row.addWidget(self.show_button)
        row.addWidget(self.message, 1)
        layout.addLayout(row)
        self.table = QTableWidget(0, COLUMNS, self)
        name_widget(self.table, "audit_viewer_entries_table", self.tr("Audit entries"))
        self.table.setHorizontalHeaderLabels([
            self.tr("When"), self.tr("User"), self.tr("Action"), self.tr("Record"),
            self.tr("Number"), self.tr("Patient"), self.tr("Details")])
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table, 1)
        self.job: Any = None
        run_in_background(lambda: accounts.list_accounts(self.db, self.actor), parent=self,
                          on_done=self._users, on_error=lambda _e: None)
        self.refresh()

    def _users(self, records: list[accounts.AccountRecord]) -> None:
        for record in records:
            self.user_combo.addItem(f"{record.display_name} ({record.login})", record.id)

    def filters(self) -> dict[str, Any]:
        """The query's filters from the fields (dates are local days)."""
        text = self.patient_edit.text().strip()
        start, end = self.from_edit.value(), self.to_edit.value()
        zone = dt.datetime.now().astimezone().tzinfo
        return {
            "patient_id": int(text) if text else None,
            "user_id": self.user_combo.currentData(),
            "since": dt.datetime.combine(start, dt.time(0), tzinfo=zone) if start else None,
            "until": dt.datetime.combine(end + dt.timedelta(days=1), dt.time(0), tzinfo=zone)
            if end else None,
        }

    def refresh(self) -> None:
        for field in (self.from_edit, self.to_edit):
            problem = field.error()
            if problem:
                self.message.setText(problem)
                return
        query = self.filters()
        if self.job is not None:
            self.job.cancel()
        self.message.setText(self.tr("Loading…"))
        self.job = run_in_background(
            lambda: audit.list_entries(self.db, self.actor, **query), parent=self,
            on_done=self._show, on_error=lambda exc: self.message.setText(translate_error(exc)))

    def _show(self, entries: list[audit.AuditRecord]) -> None:
        self.entries = entries
        self.table.setRowCount(len(entries))
        for r, e in enumerate(entries):
            values = [
                self.fmt.format_datetime(e.at.astimezone()), e.user_login, e.action, e.table_name,
                e.record_id, "" if e.patient_id is None else str(e.patient_id),
                json.dumps(e.details, ensure_ascii=False, sort_keys=True),
            ]
            for c, value in enumerate(values):
                self.table.setItem(r, c, QTableWidgetItem(value))
        self.message.setText(self.tr("Entries: %n", "", len(entries)))
