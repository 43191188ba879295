"""The patient list: a search box that filters as you type, and a table of matching patients.

Typing restarts a short timer (the ``ui/search_delay_ms`` setting); when it fires, the query
runs in the thread pool through the ``search`` callable the main window passes in (it calls the
patient repository; this widget never builds queries). Results of a superseded query are
dropped, so fast typing on a large database never blocks the window or shows stale rows.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from mesomap.core.localeformat import LocaleFormat, default_format
from mesomap.gui.fields import name_widget, translate_error
from mesomap.gui.workers import Job, run_in_background

log = logging.getLogger(__name__)

SEARCH_LIMIT = 200


@dataclass(frozen=True)
class PatientRow:
    """What one line of the list shows (built from the repository's patient summaries)."""

    id: int
    family_name: str
    given_name: str
    birth_date: dt.date | None
    external_id: str | None = None
    phone: str = ""

    @property
    def display_name(self) -> str:
        return f"{self.family_name.upper()}, {self.given_name}" if self.given_name else self.family_name.upper()

    @classmethod
    def from_record(cls, record: Any) -> PatientRow:
        """Build from any object with the patient attributes (ORM row, dataclass, summary)."""
        return cls(
            id=int(record.id),
            family_name=str(record.family_name or ""),
            given_name=str(getattr(record, "given_name", "") or ""),
            birth_date=getattr(record, "birth_date", None),
            external_id=getattr(record, "external_id", None),
            phone=str(getattr(record, "phone", "") or ""),
        )


SearchFn = Callable[[str, int], Sequence[Any]]


class PatientTableModel(QAbstractTableModel):
    """Rows of :class:`PatientRow`; columns name, birth date, file number."""

    def __init__(self, fmt: LocaleFormat, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[PatientRow] = []
        self._fmt = fmt
        self._headers = [self.tr("Name"), self.tr("Birth date"), self.tr("File no.")]

    def set_rows(self, rows: Sequence[PatientRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> PatientRow:
        return self._rows[row]

    def rows(self) -> list[PatientRow]:
        return list(self._rows)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        patient = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            column = index.column()
            if column == 0:
                return patient.display_name
            if column == 1:
                return self._fmt.format_date(patient.birth_date) if patient.birth_date else ""
            return patient.external_id or ""
        if role == Qt.ItemDataRole.UserRole:
            return patient.id
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None


class PatientListPanel(QWidget):
    """Search box + table. Signals carry patient ids."""

    patient_activated = Signal(int)
    """Double-click or Enter on a row."""
    current_patient_changed = Signal(object)
    """The selected patient's id, or ``None``."""
    search_finished = Signal(int)
    """Rows are on screen for the latest query (the argument is their number)."""
    search_failed = Signal(str)

    def __init__(
        self,
        search: SearchFn,
        *,
        delay_ms: int = 200,
        fmt: LocaleFormat | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("patient_list")
        self._search = search
        self._generation = 0
        self._pending: Job | None = None
        self._select_after: int | None = None

        self.search_edit = QLineEdit(self)
        name_widget(self.search_edit, "patient_list_search_edit", self.tr("Search patients"))
        self.search_edit.setPlaceholderText(self.tr("Search by name, birth date or file number"))
        self.search_edit.setClearButtonEnabled(True)

        self.model = PatientTableModel(fmt or default_format(), self)
        self.table = QTableView(self)
        name_widget(self.table, "patient_list_table", self.tr("Patients"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)

        self.count_label = QLabel(self)
        self.count_label.setObjectName("patient_list_count_label")
        # Wrapped: a failed search's sentence otherwise widened the panel over half the window.
        self.count_label.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.search_edit)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(max(0, delay_ms))
        self._timer.timeout.connect(self.refresh)
        self.search_edit.textChanged.connect(self._timer.start)
        self.search_edit.returnPressed.connect(self._search_now_or_open)
        self.search_edit.installEventFilter(self)
        self.table.activated.connect(self._activated)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)

    # ---- queries -----------------------------------------------------------------------------
    @property
    def searching(self) -> bool:
        return self._pending is not None

    def refresh(self) -> None:
        """Run the search for the current text now (in the thread pool)."""
        self._timer.stop()
        self._generation += 1
        generation = self._generation
        text = self.search_edit.text().strip()
        if self._pending is not None:
            self._pending.cancel()
        search = self._search

        def query() -> list[PatientRow]:
            return [PatientRow.from_record(r) for r in search(text, SEARCH_LIMIT)]

        self._pending = run_in_background(
            query,
            parent=self,
            on_done=lambda rows: self._show(generation, rows),
            on_error=lambda exc: self._failed(generation, exc),
        )

    def _show(self, generation: int, rows: list[PatientRow]) -> None:
        if generation != self._generation:
            return  # a newer query is on its way
        self._pending = None
        previous = self.current_patient_id()
        self.model.set_rows(rows)
        wanted = self._select_after if self._select_after is not None else previous
        self._select_after = None
        if wanted is not None:
            self.select_patient(wanted)
        if len(rows) >= SEARCH_LIMIT:
            text = self.tr("First %n patients shown; type more to narrow the search.", "", len(rows))
        elif self.search_edit.text().strip():
            text = self.tr("Patients found: %n", "", len(rows))
        else:
            text = self.tr("Patients: %n", "", len(rows))
        self.count_label.setText(text)
        self.search_finished.emit(len(rows))

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self._pending = None
        message = translate_error(exc)
        log.error("patient search failed: %s", exc, exc_info=exc)
        self.count_label.setText(message)
        self.search_failed.emit(message)

    # ---- selection ---------------------------------------------------------------------------
    def current_patient_id(self) -> int | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.model.row_at(index.row()).id

    def select_patient(self, patient_id: int) -> bool:
        """Make ``patient_id`` the current row if it is listed; ``False`` otherwise."""
        for row, patient in enumerate(self.model.rows()):
            if patient.id == patient_id:
                index = self.model.index(row, 0)
                self.table.selectionModel().setCurrentIndex(
                    index,
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
                self.table.scrollTo(index)
                return True
        return False

    def refresh_and_select(self, patient_id: int) -> None:
        """Re-run the search and select ``patient_id`` when the rows arrive."""
        self._select_after = patient_id
        self.refresh()

    def focus_search(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    def _search_now_or_open(self) -> None:
        if self._timer.isActive() or self.searching:
            self.refresh()
        elif self.model.rowCount() > 0:
            if self.current_patient_id() is None:
                self.select_patient(self.model.row_at(0).id)
            self.table.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        """Down arrow in the search box goes to the list (keyboard-only use)."""
        if (
            watched is self.search_edit
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Down
            and self.model.rowCount() > 0
        ):
            if self.current_patient_id() is None:
                self.select_patient(self.model.row_at(0).id)
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)
            return True
        return super().eventFilter(watched, event)

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.patient_activated.emit(self.model.row_at(index.row()).id)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.current_patient_changed.emit(
            self.model.row_at(current.row()).id if current.isValid() else None
        )
