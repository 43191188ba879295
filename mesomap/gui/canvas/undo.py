"""Undo adapter: a ``QUndoStack`` whose entries wrap the document's own command objects.

The document commands (``mesomap.core.document.commands``) are plain Qt-free objects bound to
their document, with ``do()``, ``undo()``, an untranslated ``text``, and ``merge_key``/``merge``
for the steps of one drag gesture. This module gives them a Qt face so the canvas, the
parameter forms and an undo history view share one stack per open map. "Unsaved" is
``not stack.isClean()``.
"""

from __future__ import annotations

from typing import Any

from PySide6 import QtCore, QtGui, QtWidgets


def _merge_id(key: Any) -> int:
    return -1 if key is None else (hash(key) & 0x3FFFFFFF)


class DocumentCommand(QtGui.QUndoCommand):
    """One document command on the Qt undo stack (redo → do, undo → undo)."""

    def __init__(self, command: Any, text: str | None = None) -> None:
        label = text or QtCore.QCoreApplication.translate("MapCommand", getattr(command, "text", "") or "")
        super().__init__(label or type(command).__name__)
        self.command = command

    def redo(self) -> None:
        self.command.do()
        if getattr(self.command, "is_noop", False):
            self.setObsolete(True)

    def undo(self) -> None:
        self.command.undo()

    def id(self) -> int:
        return _merge_id(getattr(self.command, "merge_key", None))

    def mergeWith(self, other: QtGui.QUndoCommand) -> bool:  # noqa: N802
        if not isinstance(other, DocumentCommand):
            return False
        return bool(self.command.merge(other.command))


class MapUndoStack(QtGui.QUndoStack):
    """The undo stack of one open map."""

    def __init__(self, document: Any, parent: QtCore.QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mapUndoStack")
        self.document = document

    def push_command(self, command: Any, text: str | None = None) -> None:
        """Do ``command`` on the document and keep it for undo."""
        self.push(DocumentCommand(command, text))

    @property
    def unsaved(self) -> bool:
        return not self.isClean()


def make_undo_view(stack: MapUndoStack, parent: QtWidgets.QWidget | None = None) -> QtWidgets.QUndoView:
    """The undo history of a map: click an entry to go back to that state."""
    view = QtWidgets.QUndoView(stack, parent)
    view.setObjectName("undoHistory")
    view.setAccessibleName(QtCore.QCoreApplication.translate("Canvas", "Undo history"))
    view.setEmptyLabel(QtCore.QCoreApplication.translate("Canvas", "Map as opened"))
    return view


def make_undo_actions(stack: MapUndoStack, parent: QtCore.QObject) -> tuple[QtGui.QAction, QtGui.QAction]:
    """Undo (Ctrl+Z) and redo (Ctrl+Shift+Z, and the platform's redo key) actions whose labels
    name the step ("Undo Move corner")."""
    undo = stack.createUndoAction(parent, QtCore.QCoreApplication.translate("Canvas", "Undo"))
    undo.setObjectName("undo")
    undo.setShortcuts(QtGui.QKeySequence.StandardKey.Undo)
    redo = stack.createRedoAction(parent, QtCore.QCoreApplication.translate("Canvas", "Redo"))
    redo.setObjectName("redo")
    keys = [QtGui.QKeySequence("Ctrl+Shift+Z")]
    keys += [k for k in QtGui.QKeySequence.keyBindings(QtGui.QKeySequence.StandardKey.Redo)
             if k not in keys]
    redo.setShortcuts(keys)
    return undo, redo
