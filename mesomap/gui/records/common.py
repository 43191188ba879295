"""Small pieces every records window shares: the window's records repository (acting as whoever
is logged in), translated status names and warnings, a warnings list widget, and helpers that
turn storage errors into a message next to the right field."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QWidget

from mesomap.core.i18n import QT_TRANSLATE_NOOP
from mesomap.gui.fields import keep_in_sight, translate_error
from mesomap.storage.models.enums import SessionStatus
from mesomap.storage.permissions import Actor, ActorRef, Permission

if TYPE_CHECKING:  # the records package pulls numpy/scipy: not at start-up
    from mesomap.core.records import RecordWarning

STATUS_TEXT: dict[SessionStatus, str] = {
    SessionStatus.PLANNED: QT_TRANSLATE_NOOP("Records", "Planned"),
    SessionStatus.PERFORMED: QT_TRANSLATE_NOOP("Records", "Performed"),
    SessionStatus.SIGNED: QT_TRANSLATE_NOOP("Records", "Signed"),
    SessionStatus.CANCELLED: QT_TRANSLATE_NOOP("Records", "Cancelled"),
    SessionStatus.NO_SHOW: QT_TRANSLATE_NOOP("Records", "No-show"),
}
STATUS_COLOR: dict[SessionStatus, str] = {
    SessionStatus.PLANNED: "#1c7ed6",
    SessionStatus.PERFORMED: "#e8590c",
    SessionStatus.SIGNED: "#2b8a3e",
    SessionStatus.CANCELLED: "#868e96",
    SessionStatus.NO_SHOW: "#c92a2a",
}
SEVERITY_COLOR = {"refused": "#b00020", "warning": "#b35c00", "info": "#1c5d99"}


def status_text(status: SessionStatus) -> str:
    return QCoreApplication.translate("Records", STATUS_TEXT[status])


def warning_text(warning: RecordWarning) -> str:
    """A record warning as the person reads it (translated with the "records" context)."""
    try:
        return str(warning.translated(QCoreApplication.translate))
    except (KeyError, IndexError, ValueError):
        return warning.message


def error_text(exc: BaseException) -> str:
    return translate_error(exc)


def actor_of(window: Any) -> Actor | None:
    ref = getattr(window, "actor_ref", None)
    if isinstance(ref, ActorRef):
        return ref.current
    return ref if isinstance(ref, Actor) else None


def can(window: Any, permission: Permission) -> bool:
    """Whether the logged-in person may do ``permission`` (for enabling buttons; storage
    checks again on every call)."""
    actor = actor_of(window)
    if actor is None:
        return bool(getattr(window, "is_demo", False))
    return actor.can(permission)


def records_repo(window: Any) -> Any:
    """A records repository on the window's database acting as whoever is logged in now."""
    from mesomap.storage.repository.records import RecordsRepository

    ref = getattr(window, "actor_ref", None)
    if ref is None:
        ref = ActorRef()
        window.actor_ref = ref
    return RecordsRepository(window.db, ref)


class WarningList(QListWidget):
    """The warnings of a plan (refused in red, warnings in amber, information in blue)."""

    def __init__(self, object_name: str, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setAccessibleName(accessible_name)
        self.setWordWrap(True)
        self.setMaximumHeight(130)
        self.warnings: tuple[RecordWarning, ...] = ()

    def set_warnings(self, warnings: Iterable[RecordWarning]) -> None:
        self.warnings = tuple(warnings)
        self.clear()
        for w in self.warnings:
            item = QListWidgetItem(warning_text(w))
            item.setForeground(QColor(SEVERITY_COLOR.get(w.severity, "#000000")))
            item.setData(Qt.ItemDataRole.UserRole, w.code)
            self.addItem(item)
        if not self.warnings:
            item = QListWidgetItem(QCoreApplication.translate("Records", "No warnings."))
            item.setForeground(QColor("#2b8a3e"))
            self.addItem(item)

    def codes(self) -> set[str]:
        return {w.code for w in self.warnings}


def error_label(object_name: str, parent: QWidget | None = None) -> QLabel:
    """A red message label shown under a field or table (hidden while empty)."""
    label = QLabel(parent)
    label.setObjectName(object_name)
    label.setWordWrap(True)
    label.setStyleSheet("color: #b00020;")
    label.hide()
    return label


def show_message(label: QLabel, text: str | None) -> None:
    if text:
        label.setText(text)
        label.show()
        keep_in_sight(label)
    else:
        label.clear()
        label.hide()
        label.setMinimumHeight(0)


def local_now() -> dt.datetime:
    return dt.datetime.now().astimezone()


def local_text(fmt: Any, moment: dt.datetime | None) -> str:
    if moment is None:
        return ""
    return str(fmt.format_datetime(moment.astimezone()))


def indication_title(indications: Iterable[Any], code: str) -> str:
    """A course's indication as the user reads it: its title (shipped titles translated),
    never the stored code."""
    from mesomap.storage.repository.records_courses import find_indication

    found = find_indication(list(indications), code)
    return QCoreApplication.translate("records", found.label) if found.shipped else str(found.label)
