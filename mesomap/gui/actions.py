"""The actions table: every menu entry, toolbar button and shortcut is declared once here.

An :class:`ActionSpec` says where an action goes (menu, group within the menu, toolbar) and how
it looks (text marked with ``QT_TRANSLATE_NOOP("Actions", ...)``, icon name from
``resources/icons``, shortcut as a ``QKeySequence.StandardKey`` or a portable string). The main
window builds its menus and toolbar from :data:`MENUS` and :data:`SHELL_ACTIONS` through an
:class:`ActionTable`; later windows and panels add theirs with ``window.action_table.add(spec, slot)``
and never create a QAction by hand, so there is one action system and one place to look.

Object names: an action's objectName is ``action_`` + its id with dots replaced by
underscores (``patient.new`` → ``action_patient_new``); a menu's is ``menu_`` + its id.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QToolBar

from mesomap.core.i18n import QT_TRANSLATE_NOOP

CONTEXT = "Actions"

Shortcut = QKeySequence.StandardKey | str | None


@dataclass(frozen=True)
class ActionSpec:
    """One action. ``id`` is ``"<menu>.<name>"``; ``group`` separates blocks within a menu."""

    id: str
    text: str
    menu: str
    group: str = "main"
    shortcut: Shortcut = None
    tip: str = ""
    icon: str | None = None
    toolbar: bool = False
    checkable: bool = False
    menu_role: QAction.MenuRole | None = None

    @property
    def object_name(self) -> str:
        return "action_" + self.id.replace(".", "_")


MENUS: tuple[tuple[str, str], ...] = (
    ("file", QT_TRANSLATE_NOOP("Actions", "&File")),
    ("edit", QT_TRANSLATE_NOOP("Actions", "&Edit")),
    ("view", QT_TRANSLATE_NOOP("Actions", "&View")),
    ("patient", QT_TRANSLATE_NOOP("Actions", "&Patient")),
    ("session", QT_TRANSLATE_NOOP("Actions", "&Session")),
    ("tools", QT_TRANSLATE_NOOP("Actions", "&Tools")),
    ("help", QT_TRANSLATE_NOOP("Actions", "&Help")),
)
"""Menu ids and titles, in menu-bar order."""

SK = QKeySequence.StandardKey

SHELL_ACTIONS: tuple[ActionSpec, ...] = (
    ActionSpec("file.open", QT_TRANSLATE_NOOP("Actions", "&Open database…"), "file", "open",
               SK.Open, QT_TRANSLATE_NOOP("Actions", "Open another mesomap database file in a new window")),
    ActionSpec("file.open_demo", QT_TRANSLATE_NOOP("Actions", "Open &demonstration database"), "file",
               "open", None, QT_TRANSLATE_NOOP(
                   "Actions", "Open the demonstration database (fictional patients) in a new window")),
    ActionSpec("file.quit", QT_TRANSLATE_NOOP("Actions", "&Quit"), "file", "quit", SK.Quit,
               QT_TRANSLATE_NOOP("Actions", "Close mesomap"), menu_role=QAction.MenuRole.QuitRole),
    ActionSpec("edit.undo", QT_TRANSLATE_NOOP("Actions", "&Undo"), "edit", "undo", SK.Undo,
               QT_TRANSLATE_NOOP("Actions", "Undo the last change to the map"), icon="undo"),
    ActionSpec("edit.redo", QT_TRANSLATE_NOOP("Actions", "&Redo"), "edit", "undo", SK.Redo,
               QT_TRANSLATE_NOOP("Actions", "Redo the change just undone"), icon="redo"),
    ActionSpec("edit.find", QT_TRANSLATE_NOOP("Actions", "&Find patient"), "edit", "find", SK.Find,
               QT_TRANSLATE_NOOP("Actions", "Go to the patient search box"), icon="search",
               toolbar=True),
    ActionSpec("edit.preferences", QT_TRANSLATE_NOOP("Actions", "Se&ttings…"), "edit", "prefs",
               SK.Preferences, QT_TRANSLATE_NOOP("Actions", "Clinic and workstation settings"),
               menu_role=QAction.MenuRole.PreferencesRole),
    ActionSpec("view.full_screen", QT_TRANSLATE_NOOP("Actions", "&Full screen"), "view", "window",
               SK.FullScreen, QT_TRANSLATE_NOOP("Actions", "Show the window on the whole screen"),
               checkable=True),
    ActionSpec("view.refresh", QT_TRANSLATE_NOOP("Actions", "&Refresh"), "view", "refresh",
               SK.Refresh, QT_TRANSLATE_NOOP("Actions", "Read the patient list again from the database")),
    ActionSpec("view.patient_list", QT_TRANSLATE_NOOP("Actions", "&Patient list"), "view", "panels",
               "Ctrl+1", QT_TRANSLATE_NOOP("Actions", "Show or hide the patient list"),
               checkable=True),
    ActionSpec("patient.new", QT_TRANSLATE_NOOP("Actions", "&New patient…"), "patient", "edit",
               SK.New, QT_TRANSLATE_NOOP("Actions", "Create a patient record"), icon="patient-new",
               toolbar=True),
    ActionSpec("patient.edit", QT_TRANSLATE_NOOP("Actions", "&Edit patient…"), "patient", "edit",
               "Ctrl+E", QT_TRANSLATE_NOOP("Actions", "Change the selected patient's details"),
               icon="patient-edit", toolbar=True),
    ActionSpec("help.about", QT_TRANSLATE_NOOP("Actions", "&About mesomap"), "help", "about", None,
               QT_TRANSLATE_NOOP("Actions", "Version and licences"),
               menu_role=QAction.MenuRole.AboutRole),
)
"""The shell's own actions. Later issues add theirs at run time with ``ActionTable.add``."""


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text) if text else ""


class ActionTable:
    """Builds and owns a window's menus, toolbar and QActions from specs."""

    def __init__(self, window: QMainWindow, toolbar: QToolBar) -> None:
        self._window = window
        self._toolbar = toolbar
        self._actions: dict[str, QAction] = {}
        self._specs: dict[str, ActionSpec] = {}
        self._menus: dict[str, QMenu] = {}
        # per menu: group name -> last action of that group (to insert the next one after it)
        self._groups: dict[str, dict[str, QAction]] = {}
        for menu_id, title in MENUS:
            menu = window.menuBar().addMenu(_tr(title))
            menu.setObjectName(f"menu_{menu_id}")
            menu.menuAction().setObjectName(f"menu_{menu_id}_action")
            menu.menuAction().setEnabled(False)  # enabled by its first action (no empty popups)
            self._menus[menu_id] = menu
            self._groups[menu_id] = {}

    def add(self, spec: ActionSpec, triggered: Callable[..., object] | None = None) -> QAction:
        """Create the action for ``spec``, put it in its menu (and toolbar) and connect
        ``triggered``. Raises ``ValueError`` for a duplicate id or an unknown menu."""
        from mesomap.gui.icons import icon  # resources are read only when an action needs one

        if spec.id in self._actions:
            raise ValueError(f"action {spec.id!r} is declared twice")
        if spec.menu not in self._menus:
            raise ValueError(f"action {spec.id!r}: unknown menu {spec.menu!r}")
        action = QAction(_tr(spec.text), self._window)
        action.setObjectName(spec.object_name)
        if spec.tip:
            action.setStatusTip(_tr(spec.tip))
            action.setToolTip(_tr(spec.tip))
        if spec.shortcut is not None:
            if isinstance(spec.shortcut, str):
                action.setShortcut(QKeySequence(spec.shortcut))
            else:
                action.setShortcuts(spec.shortcut)
        if spec.icon:
            action.setIcon(icon(spec.icon))
        action.setCheckable(spec.checkable)
        if spec.menu_role is not None:
            action.setMenuRole(spec.menu_role)
        if triggered is not None:
            action.triggered.connect(triggered)
        self._place(spec, action)
        self._menus[spec.menu].menuAction().setEnabled(True)
        if spec.toolbar:
            self._toolbar.addAction(action)
            button = self._toolbar.widgetForAction(action)
            if button is not None:
                button.setObjectName(f"toolbar_{spec.object_name}")
                button.setAccessibleName(action.text().replace("&", ""))
        self._window.addAction(action)  # shortcuts work even when the menu bar is hidden
        self._actions[spec.id] = action
        self._specs[spec.id] = spec
        return action

    def _place(self, spec: ActionSpec, action: QAction) -> None:
        menu = self._menus[spec.menu]
        groups = self._groups[spec.menu]
        last = groups.get(spec.group)
        if last is None:
            if menu.actions():
                menu.addSeparator()
            menu.addAction(action)
        else:
            menu_actions = menu.actions()
            index = menu_actions.index(last)
            if index + 1 < len(menu_actions):
                menu.insertAction(menu_actions[index + 1], action)
            else:
                menu.addAction(action)
        groups[spec.group] = action

    def action(self, action_id: str) -> QAction:
        """The QAction for ``action_id``; ``KeyError`` if it was never added."""
        return self._actions[action_id]

    def menu(self, menu_id: str) -> QMenu:
        return self._menus[menu_id]

    def ids(self) -> list[str]:
        return list(self._actions)

    def spec(self, action_id: str) -> ActionSpec:
        return self._specs[action_id]
