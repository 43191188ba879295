"""Idle lock: after the configured idle time an opaque overlay hides the window (patient data
included) until the same or another user logs in. Nothing underneath is closed or reset, so
unsaved work (an open map, a half-filled form) is still there after unlocking.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from mesomap.gui.accounts.dialogs import LoginForm
from mesomap.gui.fields import name_widget

_ACTIVITY = {
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
    QEvent.Type.Wheel, QEvent.Type.TouchBegin,
}


class IdleWatcher(QObject):
    """Emits ``idle`` after ``idle_ms`` without keyboard, mouse or touch input in the application."""

    idle = Signal()

    def __init__(self, idle_ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(idle_ms)
        self.timer.timeout.connect(self.idle.emit)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def set_idle_ms(self, idle_ms: int) -> None:
        self.timer.setInterval(idle_ms)
        if self.timer.isActive():
            self.timer.start()

    def start(self) -> None:
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() in _ACTIVITY and self.timer.isActive():
            self.timer.start()  # restart the countdown
        return False


class LockOverlay(QWidget):
    """Covers the whole main window while it is locked; holds the unlock form."""

    unlocked = Signal(object)

    def __init__(self, window: QWidget, db: Any) -> None:
        super().__init__(window)
        self.setObjectName("lock_overlay")
        self.setAutoFillBackground(True)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet("#lock_overlay { background: #263238; } QLabel { color: white; }")
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        panel = QWidget(self)
        panel.setObjectName("lock_overlay_panel")
        # A fixed width between stretches, not an alignment: a box layout works out the height
        # of an aligned item's wrapped text at the full row width, so a login error (and the
        # fields above it) were squeezed to a few pixels.
        panel.setFixedWidth(420)
        inner = QVBoxLayout(panel)
        title = QLabel(self.tr("mesomap is locked"), panel)
        title.setObjectName("lock_overlay_title_label")
        title.setStyleSheet("font-size: 16pt; font-weight: bold;")
        explain = QLabel(self.tr(
            "Patient data is hidden. Log in to continue: your unsaved work is kept. Another "
            "person may log in with their own account."), panel)
        explain.setWordWrap(True)
        inner.addWidget(title)
        inner.addWidget(explain)
        self.form = LoginForm(db, "lock_overlay", panel)
        self.form.setStyleSheet("QLabel { color: white; }")
        # The form's dark red is hard to read on the overlay's slate: a light red here.
        self.form.message.setStyleSheet("color: #ff8a80;")
        inner.addWidget(self.form)
        self.unlock_button = QPushButton(self.tr("Unlock"), panel)
        name_widget(self.unlock_button, "lock_overlay_unlock_button", self.tr("Unlock"))
        self.unlock_button.clicked.connect(self.form.submit)
        inner.addWidget(self.unlock_button)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(panel)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)
        self.form.logged_in.connect(self.unlocked.emit)
        window.installEventFilter(self)
        self.hide()

    def cover(self, login_name: str) -> None:
        parent = self.parentWidget()
        if parent is not None:
            self.setGeometry(parent.rect())
        self.form.login_edit.setText(login_name)
        self.form.message.clear()
        self.show()
        self.raise_()
        self.form.focus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Resize and self.isVisible():
            parent = self.parentWidget()
            if parent is not None:
                self.setGeometry(parent.rect())
        return False
