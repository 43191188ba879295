"""Keyboard and toolbar access to the canvas tools: one checkable action per tool.

The main window puts these actions in its actions table (menus, toolbar, shortcuts); the
letters do not clash with the keys the tools themselves use while the canvas has focus
(Delete, Backspace, Enter, Escape, L lock, M mirror, F fit).
"""

from __future__ import annotations

from PySide6 import QtCore, QtGui, QtWidgets

from mesomap.core.i18n import QT_TRANSLATE_NOOP
from mesomap.gui.canvas.canvas import MapCanvas

# tool name → (label, shortcut, tooltip); labels are translated in context "Canvas"
TOOL_INFO: dict[str, tuple[str, str, str]] = {
    "select": (QT_TRANSLATE_NOOP("Canvas", "Select and edit"), "V",
               QT_TRANSLATE_NOOP("Canvas", "Select a region; drag it or its corners; "
                                        "double-click an edge to add a corner; M mirrors it.")),
    "papules": (QT_TRANSLATE_NOOP("Canvas", "Papules"), "A",
                QT_TRANSLATE_NOOP("Canvas", "Click to add a papule, drag one to move it, "
                                         "drag on empty space to select; Delete removes, L locks.")),
    "polygon": (QT_TRANSLATE_NOOP("Canvas", "Polygon"), "P",
                QT_TRANSLATE_NOOP("Canvas", "Click the corners; double-click or Enter closes.")),
    "rectangle": (QT_TRANSLATE_NOOP("Canvas", "Rectangle"), "R",
                  QT_TRANSLATE_NOOP("Canvas", "Drag across the area.")),
    "ellipse": (QT_TRANSLATE_NOOP("Canvas", "Ellipse"), "E",
                QT_TRANSLATE_NOOP("Canvas", "Drag across the area.")),
    "lasso": (QT_TRANSLATE_NOOP("Canvas", "Freehand"), "W",
              QT_TRANSLATE_NOOP("Canvas", "Draw around the area with the button held down.")),
    "zone": (QT_TRANSLATE_NOOP("Canvas", "Whole zone"), "Z",
             QT_TRANSLATE_NOOP("Canvas", "Click a named zone of the template.")),
    "line": (QT_TRANSLATE_NOOP("Canvas", "Line"), "N",
             QT_TRANSLATE_NOOP("Canvas", "Click points along a scar or tendon; "
                                      "double-click or Enter ends the line.")),
    "rings": (QT_TRANSLATE_NOOP("Canvas", "Point with rings"), "G",
              QT_TRANSLATE_NOOP("Canvas", "Click the painful point.")),
    "measure": (QT_TRANSLATE_NOOP("Canvas", "Measure"), "D",
                QT_TRANSLATE_NOOP("Canvas", "Click points for a distance; double-click "
                                         "closes an area.")),
}


def make_tool_actions(canvas: MapCanvas, parent: QtCore.QObject) -> QtGui.QActionGroup:
    """Checkable, exclusive actions that switch the canvas's tool (kept in sync with it)."""
    group = QtGui.QActionGroup(parent)
    group.setExclusive(True)
    by_name: dict[str, QtGui.QAction] = {}
    for name, (label, key, tip) in TOOL_INFO.items():
        action = QtGui.QAction(QtCore.QCoreApplication.translate("Canvas", label), parent)
        action.setObjectName(f"tool_{name}")
        action.setCheckable(True)
        action.setShortcut(QtGui.QKeySequence(key))
        action.setToolTip(QtCore.QCoreApplication.translate("Canvas", tip))
        action.setStatusTip(action.toolTip())
        action.triggered.connect(lambda _checked=False, n=name: canvas.set_tool(n))
        group.addAction(action)
        by_name[name] = action
    by_name[canvas.tool_name].setChecked(True)
    canvas.toolChanged.connect(lambda n: by_name[n].setChecked(True) if n in by_name else None)
    return group


def add_tool_actions_to(widget: QtWidgets.QWidget, group: QtGui.QActionGroup) -> None:
    """Make the shortcuts work while ``widget`` (e.g. the canvas) has focus."""
    for action in group.actions():
        action.setShortcutContext(QtCore.Qt.ShortcutContext.WidgetWithChildrenShortcut)
        widget.addAction(action)
