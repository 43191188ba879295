"""The main window shell: menus and toolbar from the actions table, the patient list (a dock),
a central area that later windows fill with pages, and the status bar.

Later issues hang their parts on it through a small API (docs/conventions.md):

- ``window.action_table.add(ActionSpec(...), slot)`` for menu entries, toolbar buttons, shortcuts;
- ``window.add_page(key, widget)`` / ``window.show_page(key)`` for central views (canvas,
  patient record, Today); the placeholder page is ``"placeholder"``;
- ``window.settings`` (typed registry access), ``window.db`` (this window's database handle),
  ``window.patient_list`` (signals ``patient_activated`` / ``current_patient_changed``).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDockWidget,
    QLabel,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from mesomap import __version__
from mesomap.core import settings as registry
from mesomap.core.localeformat import LocaleFormat, default_format
from mesomap.gui.actions import SHELL_ACTIONS, ActionTable
from mesomap.gui.fields import name_widget
from mesomap.gui.patient_list import PatientListPanel
from mesomap.gui.settings_store import restore_window_state, save_window_state

if TYPE_CHECKING:
    from mesomap.core.settings import Settings
    from mesomap.gui.patient_dialog import PatientGateway
    from mesomap.gui.patient_list import SearchFn

log = logging.getLogger(__name__)


def database_label(url: str, sqlite_path: Path | None) -> str:
    """Short name of a database for the title bar: the file name, or ``db@host``."""
    if sqlite_path is not None:
        return sqlite_path.name
    from sqlalchemy.engine import make_url

    try:
        parsed = make_url(url)
    except Exception:  # noqa: BLE001 - a label only
        return url
    if parsed.get_backend_name() == "sqlite":
        return Path(parsed.database or "").name or url
    host = parsed.host or "localhost"
    return f"{parsed.database}@{host}"


class MainWindow(QMainWindow):
    """One window on one database."""

    open_database_requested = Signal(str)
    """File ▸ Open database…: the URL of the database to open in a new window."""
    open_demo_requested = Signal()
    """File ▸ Open demonstration database."""
    closed = Signal()
    """The window has closed (its owner then closes the database handle)."""

    def __init__(
        self,
        *,
        db: Any,
        settings: Settings,
        search: SearchFn,
        gateway: PatientGateway,
        is_demo: bool = False,
        fmt: LocaleFormat | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("main_window")
        self.db = db
        self.settings = settings
        self.gateway = gateway
        self.is_demo = is_demo
        self.fmt = fmt or default_format()
        self.db_label = database_label(str(getattr(db, "url", "")), getattr(db, "sqlite_path", None))
        self._update_title()
        self.setAccessibleName(self.tr("mesomap main window"))

        self.toolbar = QToolBar(self.tr("Main toolbar"), self)
        self.toolbar.setObjectName("main_toolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.addToolBar(self.toolbar)
        self.action_table = ActionTable(self, self.toolbar)

        self.patient_list = PatientListPanel(
            search, delay_ms=settings.get(registry.SEARCH_DELAY_MS), fmt=self.fmt, parent=self
        )
        self.patient_dock = QDockWidget(self.tr("Patients"), self)
        self.patient_dock.setObjectName("patient_list_dock")
        self.patient_dock.setWidget(self.patient_list)
        self.patient_dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetMovable
            | QDockWidget.DockWidgetFeature.DockWidgetClosable
        )
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.patient_dock)
        self.resizeDocks([self.patient_dock], [400], Qt.Orientation.Horizontal)

        self.pages = QStackedWidget(self)
        self.pages.setObjectName("main_pages")
        self._pages: dict[str, QWidget] = {}
        self.placeholder = QLabel(self)
        name_widget(self.placeholder, "main_placeholder_label", self.tr("Start page"))
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.placeholder.setText(self.tr(
            "Choose a patient in the list, or create one with Patient ▸ New patient.\n"
            "The patient's record and maps will open here."
        ))
        self.add_page("placeholder", self.placeholder)
        self.setCentralWidget(self.pages)

        self.status_db = QLabel(self)
        self.status_db.setObjectName("main_status_database_label")
        self.statusBar().setObjectName("main_status_bar")
        self.statusBar().addPermanentWidget(self.status_db)
        self.status_db.setText(self.tr("Database: %1").replace("%1", self.db_label))
        if is_demo:
            demo = QLabel(self.tr("DEMO: fictional patients"), self)
            demo.setObjectName("main_status_demo_label")
            demo.setStyleSheet("color: white; background: #b5651d; padding: 1px 6px; font-weight: bold;")
            self.statusBar().addPermanentWidget(demo)

        self._build_actions()
        from mesomap.gui.records import install_records

        self.records = install_records(self)  # issue 7: record, Today, session editor pages + actions
        self.patient_list.current_patient_changed.connect(self._current_changed)
        self.patient_list.patient_activated.connect(self.edit_patient)
        self.patient_list.search_failed.connect(lambda m: self.statusBar().showMessage(m, 10000))
        self._current_changed(None)

        screen = self.screen().availableGeometry()
        self.resize(min(1180, int(screen.width() * 0.95)), min(760, int(screen.height() * 0.95)))
        restore_window_state(self, "main_window")
        self.action_table.action("view.patient_list").setChecked(not self.patient_dock.isHidden())

    # ---- building ----------------------------------------------------------------------------
    def _build_actions(self) -> None:
        handlers: dict[str, Callable[..., object]] = {
            "file.quit": self._quit,
            "file.open": self.choose_database_file,
            "file.open_demo": self.open_demo_requested.emit,
            "edit.find": self.patient_list.focus_search,
            "edit.preferences": self.open_settings,
            "view.full_screen": self._toggle_full_screen,
            "view.patient_list": self._toggle_patient_list,
            "view.refresh": self.patient_list.refresh,
            "patient.new": self.new_patient,
            "patient.edit": self.edit_current_patient,
            "help.about": self.about,
        }
        for spec in SHELL_ACTIONS:
            self.action_table.add(spec, handlers.get(spec.id))
        # Undo/redo belong to the map's undo stack (canvas issue); off until a map is open.
        self.action_table.action("edit.undo").setEnabled(False)
        self.action_table.action("edit.redo").setEnabled(False)
        self.patient_dock.visibilityChanged.connect(self.action_table.action("view.patient_list").setChecked)

    def _update_title(self) -> None:
        title = f"mesomap — {self.db_label}"
        if self.is_demo:
            title += " — " + self.tr("DEMO")
        self.setWindowTitle(title)

    # ---- pages -------------------------------------------------------------------------------
    def add_page(self, key: str, widget: QWidget) -> None:
        """Add a central page under ``key`` (unique)."""
        if key in self._pages:
            raise ValueError(f"page {key!r} already added")
        self._pages[key] = widget
        self.pages.addWidget(widget)

    def show_page(self, key: str) -> QWidget:
        widget = self._pages[key]
        self.pages.setCurrentWidget(widget)
        return widget

    def page(self, key: str) -> QWidget:
        return self._pages[key]

    # ---- patients ----------------------------------------------------------------------------
    def start(self) -> None:
        """Fill the patient list (in the background); call after ``show()``."""
        self.patient_list.refresh()

    def _current_changed(self, patient_id: object) -> None:
        self.action_table.action("patient.edit").setEnabled(patient_id is not None)

    def new_patient(self) -> None:
        self._open_patient_dialog(None)

    def edit_current_patient(self) -> None:
        patient_id = self.patient_list.current_patient_id()
        if patient_id is not None:
            self.edit_patient(patient_id)

    def edit_patient(self, patient_id: int) -> None:
        self._open_patient_dialog(patient_id)

    def _open_patient_dialog(self, patient_id: int | None) -> None:
        from mesomap.gui.errors import show_error
        from mesomap.gui.fields import translate_error
        from mesomap.gui.patient_dialog import PatientDialog

        try:
            dialog = PatientDialog(self.gateway, patient_id, fmt=self.fmt, parent=self)
        except Exception as exc:  # noqa: BLE001 - e.g. the patient was deleted meanwhile
            log.exception("cannot open patient %s", patient_id)
            show_error(self, translate_error(exc))
            return
        dialog.accepted.connect(lambda: self._patient_saved(dialog))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        self.patient_dialog = dialog

    def _patient_saved(self, dialog: Any) -> None:
        if dialog.saved_id is not None:
            self.statusBar().showMessage(self.tr("Patient saved."), 5000)
            self.patient_list.refresh_and_select(dialog.saved_id)

    # ---- misc --------------------------------------------------------------------------------
    def _toggle_full_screen(self, checked: bool) -> None:
        if checked:
            self.showFullScreen()
        else:
            self.showNormal()

    def _toggle_patient_list(self, checked: bool) -> None:
        self.patient_dock.setVisible(checked)

    def choose_database_file(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        from mesomap.gui.windows import sqlite_url_for
        from mesomap.paths import user_data_dir

        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Open a mesomap database"),
            str(user_data_dir()),
            self.tr("mesomap databases (*.sqlite *.db);;All files (*)"),
        )
        if path:
            self.open_database_requested.emit(sqlite_url_for(path))

    def _quit(self) -> None:
        from PySide6.QtWidgets import QApplication

        QApplication.closeAllWindows()

    def open_settings(self) -> None:
        """Edit ▸ Settings… (issue 11): the dialog over the settings registry."""
        from mesomap.gui.settings_dialog import open_settings

        open_settings(self)

    def about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About mesomap"),
            self.tr(
                "mesomap %1\n\nPlans and records mesotherapy injection maps on real-scale "
                "anatomical templates. mesomap records your clinic's protocols; it never "
                "recommends a dose of its own."
            ).replace("%1", __version__),
        )

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        save_window_state(self, "main_window")
        super().closeEvent(event)
        if event.isAccepted():
            self.closed.emit()

