"""The undo adapter: one QUndoStack per map over the document's commands; unsaved state from
the clean index; the history view; hand-placed papules kept or not on a reshape."""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest
import shapely

from mesomap.core.document.commands.regions import AddRegion, EditRegion
from mesomap.core.document.model import Region, new_region_id
from mesomap.gui.canvas.undo import make_undo_view

pytestmark = pytest.mark.gui


def test_clean_state_history_and_labels(canvas: Any, qtbot: Any) -> None:
    stack = canvas.stack
    assert not stack.unsaved
    canvas.create_region(shapely.box(-12, -5, -6, 1))
    rid = canvas.document.regions[-1].id
    assert stack.unsaved and stack.undoText() == "Add region"
    stack.setClean()
    assert not stack.unsaved
    stack.push_command(EditRegion(canvas.document, rid, name="Lower back"))
    assert stack.unsaved and canvas.document.region(rid).name == "Lower back"
    view = make_undo_view(stack)
    qtbot.addWidget(view)
    assert view.model().rowCount() == 3  # "Map as opened" + 2 commands
    stack.undo()
    assert not stack.unsaved and canvas.document.region(rid).name == "Region 1"


def test_drag_steps_with_one_gesture_merge(canvas: Any) -> None:
    canvas.create_region(shapely.box(-12, -5, -6, 1))
    rid = canvas.document.regions[-1].id
    before = canvas.document.copy()
    for k in range(1, 4):
        geom = shapely.box(-12, -5, -6 + k, 1)
        canvas.stack.push_command(EditRegion(canvas.document, rid, geometry=geom,
                                             layouter=canvas.layouter, fast=True, gesture="g1"))
    assert canvas.stack.count() == 2
    canvas.stack.undo()
    assert canvas.document == before


def test_noop_command_is_dropped(canvas: Any) -> None:
    canvas.create_region(shapely.box(-12, -5, -6, 1))
    rid = canvas.document.regions[-1].id
    canvas.stack.push_command(EditRegion(canvas.document, rid, name=canvas.document.region(rid).name))
    assert canvas.stack.count() == 1


def test_views_follow_commands_from_elsewhere(canvas: Any) -> None:
    """A parameter form pushing on the same stack: the canvas redraws from the events."""
    region = Region(new_region_id(), "From a form", "#2f9e44", shapely.box(2, 2, 5, 5))
    canvas.stack.push_command(AddRegion(canvas.document, region))
    assert region.id in canvas.region_items
    assert canvas.region_items[region.id].geometry.equals(region.geometry)
    canvas.stack.push_command(EditRegion(canvas.document, region.id, color="#e64980"))
    assert canvas.region_items[region.id].color.name() == "#e64980"
    canvas.stack.undo()
    canvas.stack.undo()
    assert region.id not in canvas.region_items and region.id not in canvas.papule_items


@pytest.mark.parametrize("keep", [True, False])
def test_hand_placed_papules_question(canvas: Any, mouse: Any, keep: bool) -> None:
    canvas.create_region(shapely.box(-12, -5, -4, 3))
    rid = canvas.document.regions[-1].id
    canvas.set_tool("papules")
    xy = canvas.document.region(rid).papules.xy
    i = int(np.argmin(np.hypot(xy[:, 0] + 8, xy[:, 1] + 1)))
    mouse.drag(tuple(xy[i]), (xy[i, 0] + 0.35, xy[i, 1] + 0.3))
    assert canvas.document.region(rid).papules.manual.sum() == 1
    asked: list[str] = []

    def answer(region: Any) -> bool:
        asked.append(region.id)
        return keep

    canvas.ask_keep_manual = answer
    canvas.set_tool("select")
    canvas.select_region(rid)
    mouse.drag((-4, 3), (-3, 4))   # drag a corner
    mouse.drag((-3, 4), (-3.5, 3.5))
    assert asked == [rid]           # asked once
    assert canvas.document.region(rid).papules.manual.sum() == (1 if keep else 0)


def test_undo_redo_keys(canvas: Any, mouse: Any) -> None:
    from PySide6 import QtCore

    from mesomap.gui.canvas.undo import make_undo_actions

    undo, redo = make_undo_actions(canvas.stack, canvas)
    for a in (undo, redo):
        a.setShortcutContext(QtCore.Qt.ShortcutContext.WidgetWithChildrenShortcut)
        canvas.addAction(a)
    before = canvas.document.copy()
    canvas.create_region(shapely.box(-12, -5, -6, 1))
    after = canvas.document.copy()
    assert undo.text() == "Undo Add region"
    canvas.view.setFocus()
    mouse.key(QtCore.Qt.Key.Key_Z, QtCore.Qt.KeyboardModifier.ControlModifier)
    assert canvas.document == before
    mouse.key(QtCore.Qt.Key.Key_Z, QtCore.Qt.KeyboardModifier.ControlModifier
              | QtCore.Qt.KeyboardModifier.ShiftModifier)
    assert canvas.document == after


def test_deleted_canvas_stops_listening(qtbot: Any, document: Any, template: Any) -> None:
    from PySide6 import QtCore, QtWidgets

    from mesomap.gui.canvas.canvas import MapCanvas
    from mesomap.gui.canvas.undo import MapUndoStack

    stack = MapUndoStack(document)
    c = MapCanvas(document, stack)
    c.set_template(template)
    destroyed: list[bool] = []
    c.destroyed.connect(lambda *_: destroyed.append(True))
    c.deleteLater()
    QtWidgets.QApplication.sendPostedEvents(c, QtCore.QEvent.Type.DeferredDelete)
    assert destroyed
    region = Region(new_region_id(), "After close", "#2f9e44", shapely.box(2, 2, 5, 5))
    stack.push_command(AddRegion(document, region))  # must not reach the deleted canvas
    assert document.has_region(region.id)
