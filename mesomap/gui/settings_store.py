"""The QSettings side of the settings registry: workstation settings and window state.

QSettings holds only two things: values of settings declared with ``scope="workstation"`` in
:mod:`mesomap.core.settings`, and window geometry/state. Clinic-wide settings live in the
database. When the environment variable ``MESOMAP_SETTINGS_DIR`` is set (tests do), an INI file
in that folder is used instead of the platform's store, so no test touches a real user's
settings.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QMainWindow, QWidget

from mesomap.paths import APP_AUTHOR, APP_NAME

WORKSTATION_GROUP = "settings"
WINDOW_GROUP = "windows"


def open_qsettings() -> QSettings:
    """The QSettings object for this user (INI file under MESOMAP_SETTINGS_DIR if set)."""
    folder = os.environ.get("MESOMAP_SETTINGS_DIR")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        return QSettings(str(Path(folder) / f"{APP_NAME}.ini"), QSettings.Format.IniFormat)
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, APP_AUTHOR, APP_NAME)


class QSettingsBackend:
    """:class:`mesomap.core.settings.SettingsBackend` over QSettings (workstation scope)."""

    def __init__(self, qsettings: QSettings | None = None) -> None:
        self._qsettings = qsettings if qsettings is not None else open_qsettings()

    def read(self, key: str) -> str | None:
        value = self._qsettings.value(f"{WORKSTATION_GROUP}/{key}")
        if value is None:
            return None
        return str(value)

    def write(self, key: str, text: str) -> None:
        self._qsettings.setValue(f"{WORKSTATION_GROUP}/{key}", text)
        self._qsettings.sync()


def save_window_state(widget: QWidget, key: str | None = None) -> None:
    """Remember ``widget``'s geometry (and dock/toolbar state for a main window)."""
    settings = open_qsettings()
    name = key or widget.objectName()
    settings.setValue(f"{WINDOW_GROUP}/{name}/geometry", widget.saveGeometry())
    if isinstance(widget, QMainWindow):
        settings.setValue(f"{WINDOW_GROUP}/{name}/state", widget.saveState())
    settings.sync()


def restore_window_state(widget: QWidget, key: str | None = None) -> bool:
    """Restore what :func:`save_window_state` stored; ``False`` when nothing was stored."""
    settings = open_qsettings()
    name = key or widget.objectName()
    geometry = settings.value(f"{WINDOW_GROUP}/{name}/geometry")
    if not isinstance(geometry, QByteArray) or geometry.isEmpty():
        return False
    widget.restoreGeometry(geometry)
    if isinstance(widget, QMainWindow):
        state = settings.value(f"{WINDOW_GROUP}/{name}/state")
        if isinstance(state, QByteArray):
            widget.restoreState(state)
    return True
