"""Checking the objectName/accessible-name convention (docs/conventions.md, section 3).

``unnamed_widgets(root)`` lists the interactive widgets under ``root`` that lack an objectName
following the scheme or an accessible name. Tests of every window call it, so a widget added
without a name fails a test rather than reaching a screen-reader user nameless.
"""

from __future__ import annotations

import re

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QTabBar,
    QTextEdit,
    QWidget,
)

INTERACTIVE = (
    QAbstractButton, QAbstractItemView, QAbstractSlider, QAbstractSpinBox, QComboBox, QLineEdit,
    QPlainTextEdit, QTextEdit, QTabBar,
)
NAME_RE = re.compile(r"^[a-z][a-z0-9]*(_[a-z0-9]+)+$")


def _is_internal(widget: QWidget) -> bool:
    """Parts Qt builds inside composite widgets (scroll bars, headers, a spin box's line edit,
    a dock's title buttons, a toolbar's overflow button...)."""
    if isinstance(widget, (QScrollBar, QHeaderView)):
        return True
    if widget.objectName().startswith("qt_"):
        return True
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, (QAbstractSpinBox, QComboBox, QAbstractItemView, QLineEdit)):
            return True
        parent = parent.parentWidget()
    return False


def unnamed_widgets(root: QWidget) -> list[str]:
    """Descriptions of the interactive widgets under ``root`` (included) that break the rule."""
    problems: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not isinstance(widget, INTERACTIVE) or _is_internal(widget):
            continue
        name = widget.objectName()
        if not NAME_RE.match(name):
            problems.append(f"{type(widget).__name__} {name!r}: objectName does not follow the scheme")
        if not widget.accessibleName().strip():
            problems.append(f"{type(widget).__name__} {name!r}: no accessible name")
    return problems
