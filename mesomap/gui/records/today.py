"""Today, for the front desk: the day's sessions per practitioner with their state (planned,
performed, signed, cancelled, no-show); a planned session can be moved to another time, marked
cancelled or no-show (and a cancelled/no-show one reopened)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt, QTime, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTimeEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mesomap.gui.fields import DateEdit, ValidatedForm, name_widget
from mesomap.gui.records.common import (
    STATUS_COLOR,
    error_label,
    error_text,
    show_message,
    status_text,
)
from mesomap.storage.errors import ConflictError, StorageError
from mesomap.storage.models.enums import SessionStatus

ROLE_ID = Qt.ItemDataRole.UserRole


class TodayView(QWidget):
    """The page ``records_today``."""

    open_session = Signal(int)

    def __init__(self, controller: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("today")
        self.setAccessibleName(self.tr("Today"))
        self.controller = controller
        self.rec = controller.rec()
        self.fmt = controller.fmt
        self.day = dt.date.today()
        self.sessions: dict[int, Any] = {}
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.prev_button = QPushButton(self.tr("◀ Previous day"), self)
        name_widget(self.prev_button, "today_previous_button", self.tr("Previous day"))
        self.date = DateEdit(fmt=self.fmt, allow_empty=False, parent=self)
        name_widget(self.date, "today_date_edit", self.tr("Day"))
        self.next_button = QPushButton(self.tr("Next day ▶"), self)
        name_widget(self.next_button, "today_next_button", self.tr("Next day"))
        self.today_button = QPushButton(self.tr("Today"), self)
        name_widget(self.today_button, "today_today_button", self.tr("Today"))
        self.summary = QLabel(self)
        self.summary.setObjectName("today_summary_label")
        for w in (self.prev_button, self.date, self.next_button, self.today_button):
            top.addWidget(w)
        top.addWidget(self.summary, 1)
        layout.addLayout(top)
        self.date_error = error_label("today_date_edit_error", self)
        layout.addWidget(self.date_error)
        self.tree = QTreeWidget(self)
        name_widget(self.tree, "today_sessions_tree", self.tr("Sessions of the day"))
        self.tree.setHeaderLabels([self.tr("Time"), self.tr("Patient"), self.tr("State"), self.tr("Session"), self.tr("Note")])
        self.tree.setColumnWidth(0, 190)
        self.tree.setColumnWidth(1, 220)
        layout.addWidget(self.tree, 1)
        actions = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        for key, text in (("open", self.tr("Open session")), ("reschedule", self.tr("Change time…")),
                          ("cancel", self.tr("Mark cancelled")), ("no_show", self.tr("Mark no-show")),
                          ("reopen", self.tr("Reopen"))):
            button = QPushButton(text, self)
            name_widget(button, f"today_{key}_button", text.rstrip("…"))
            actions.addWidget(button)
            self.buttons[key] = button
        actions.addStretch(1)
        layout.addLayout(actions)
        self.message = error_label("today_message_label", self)
        layout.addWidget(self.message)
        self.prev_button.clicked.connect(lambda: self.show_day(self.day - dt.timedelta(days=1)))
        self.next_button.clicked.connect(lambda: self.show_day(self.day + dt.timedelta(days=1)))
        self.today_button.clicked.connect(lambda: self.show_day(dt.date.today()))
        self.date.returnPressed.connect(self._date_typed)
        self.tree.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.tree.itemActivated.connect(lambda *_: self._open())
        self.buttons["open"].clicked.connect(self._open)
        self.buttons["reschedule"].clicked.connect(self.reschedule_current)
        self.buttons["cancel"].clicked.connect(lambda: self._change("cancel"))
        self.buttons["no_show"].clicked.connect(lambda: self._change("no_show"))
        self.buttons["reopen"].clicked.connect(lambda: self._change("reopen"))
        self._update_buttons()

    # ---- loading -------------------------------------------------------------------------------
    def _date_typed(self) -> None:
        err = self.date.error()
        show_message(self.date_error, err)
        day = None if err else self.date.value()
        if day is not None:
            self.show_day(day)

    def show_day(self, day: dt.date) -> None:
        self.day = day
        self.date.set_value(day)
        show_message(self.date_error, None)
        self.refresh()

    def refresh(self) -> None:
        show_message(self.message, None)
        try:
            groups = self.rec.today.day(self.day)
        except StorageError as exc:
            show_message(self.message, error_text(exc))
            return
        selected = self.current_session_id()
        self.tree.clear()
        self.sessions = {}
        counts = {status: 0 for status in SessionStatus}
        for group in groups:
            name = group.practitioner_name or self.tr("No practitioner assigned")
            parent = QTreeWidgetItem([name])
            font = parent.font(0)
            font.setBold(True)
            parent.setFont(0, font)
            self.tree.addTopLevelItem(parent)
            for s in group.sessions:
                self.sessions[s.id] = s
                counts[s.status] += 1
                item = QTreeWidgetItem([
                    self.fmt.format_datetime(s.scheduled_at.astimezone()), s.patient_name, status_text(s.status),
                    str(s.number_in_course or ""), s.cancel_reason or s.notes])
                item.setData(0, ROLE_ID, s.id)
                item.setForeground(2, QBrush(QColor(STATUS_COLOR[s.status])))
                parent.addChild(item)
                if s.id == selected:
                    self.tree.setCurrentItem(item)
            parent.setExpanded(True)
        self.summary.setText(self.tr("%1: %2 planned, %3 performed, %4 signed, %5 cancelled, %6 no-show")
                             .replace("%1", self.fmt.format_date(self.day))
                             .replace("%2", str(counts[SessionStatus.PLANNED])).replace("%3", str(counts[SessionStatus.PERFORMED]))
                             .replace("%4", str(counts[SessionStatus.SIGNED])).replace("%5", str(counts[SessionStatus.CANCELLED]))
                             .replace("%6", str(counts[SessionStatus.NO_SHOW])))
        self._update_buttons()

    def rows(self) -> list[tuple[str, str, str]]:
        """(practitioner, patient, state) of every listed session, for tests and screen readers."""
        out = []
        for group, item in self._items():
            out.append((group.text(0), item.text(1), item.text(2)))
        return out

    def _items(self) -> list[tuple[QTreeWidgetItem, QTreeWidgetItem]]:
        pairs = []
        for i in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(i)
            assert group is not None
            for j in range(group.childCount()):
                child = group.child(j)
                assert child is not None
                pairs.append((group, child))
        return pairs

    # ---- selection and changes -------------------------------------------------------------------
    def current_session_id(self) -> int | None:
        item = self.tree.currentItem()
        value = item.data(0, ROLE_ID) if item is not None else None
        return int(value) if value is not None else None

    def select_session(self, session_id: int) -> None:
        for _group, item in self._items():
            if item.data(0, ROLE_ID) == session_id:
                self.tree.setCurrentItem(item)
                return

    def _update_buttons(self) -> None:
        from mesomap.storage.permissions import Permission

        sid = self.current_session_id()
        s = self.sessions.get(sid) if sid is not None else None
        schedule = self.controller.can(Permission.SESSION_SCHEDULE)
        planned = s is not None and s.status == SessionStatus.PLANNED
        self.buttons["open"].setEnabled(s is not None)
        for key in ("reschedule", "cancel", "no_show"):
            self.buttons[key].setEnabled(planned and schedule)
        self.buttons["reopen"].setEnabled(s is not None and schedule and s.status in (SessionStatus.CANCELLED, SessionStatus.NO_SHOW))

    def _open(self) -> None:
        sid = self.current_session_id()
        if sid is not None:
            self.open_session.emit(sid)

    def _change(self, what: str) -> None:
        sid = self.current_session_id()
        if sid is None:
            return
        s = self.sessions[sid]
        try:
            if what == "cancel":
                self.rec.today.cancel(sid, s.version)
            elif what == "no_show":
                self.rec.today.no_show(sid, s.version)
            else:
                self.rec.today.reopen(sid, s.version)
        except StorageError as exc:
            show_message(self.message, error_text(exc))
            if isinstance(exc, ConflictError):
                self.refresh()
            return
        self.refresh()

    def reschedule_current(self) -> None:
        sid = self.current_session_id()
        if sid is None:
            return
        dialog = RescheduleDialog(self.rec, self.sessions[sid], fmt=self.fmt, parent=self)
        dialog.accepted.connect(self.refresh)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        self.reschedule_dialog = dialog


class RescheduleDialog(QDialog):
    """A new date and time for a planned session."""

    def __init__(self, rec: Any, session: Any, *, fmt: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reschedule_dialog")
        self.setWindowTitle(self.tr("Change the session's time"))
        self.setAccessibleName(self.windowTitle())
        self.rec, self.session = rec, session
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(session.patient_name, self))
        self.form = ValidatedForm(self)
        layout.addWidget(self.form)
        local = session.scheduled_at.astimezone()
        self.date = self.form.add_row(self.tr("&Date"), DateEdit(fmt=fmt, allow_empty=False, parent=self), "reschedule_dialog_date_edit")
        self.date.set_value(local.date())
        self.time = self.form.add_row(self.tr("&Time"), QTimeEdit(self), "reschedule_dialog_time_edit")
        self.time.setTime(QTime(local.hour, local.minute))
        self.reason = self.form.add_row(self.tr("&Note"), QLineEdit(self), "reschedule_dialog_note_edit")
        self.message = error_label("reschedule_dialog_message_label", self)
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        name_widget(buttons.button(QDialogButtonBox.StandardButton.Save), "reschedule_dialog_save_button", self.tr("Save"))
        name_widget(buttons.button(QDialogButtonBox.StandardButton.Cancel), "reschedule_dialog_cancel_button", self.tr("Cancel"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.saved: Any = None

    def set_when(self, day: dt.date, hour: int, minute: int = 0) -> None:
        self.date.set_value(day)
        self.time.setTime(QTime(hour, minute))

    def save(self) -> None:
        self.form.clear_errors()
        show_message(self.message, None)
        err = self.date.error()
        if err:
            self.form.set_error(self.date, err)
            return
        day = self.date.value()
        assert day is not None
        t = self.time.time()
        when = dt.datetime.combine(day, dt.time(t.hour(), t.minute())).astimezone()
        try:
            self.saved = self.rec.today.reschedule(self.session.id, self.session.version, when)
        except StorageError as exc:
            show_message(self.message, error_text(exc))
            return
        self.accept()


