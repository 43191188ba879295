"""A whole editing session by mouse and keyboard, then undo every step back to the empty map
and redo every step forward, comparing the document with its state after each step."""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest
from PySide6 import QtCore

pytestmark = pytest.mark.gui


def _farthest_gap(xy: np.ndarray, x0: float, x1: float, y0: float, y1: float) -> tuple[float, float]:
    g = np.mgrid[x0:x1:0.05, y0:y1:0.05].reshape(2, -1).T
    gap = np.hypot(g[:, None, 0] - xy[None, :, 0], g[:, None, 1] - xy[None, :, 1]).min(axis=1)
    return float(g[np.argmax(gap), 0]), float(g[np.argmax(gap), 1])


def test_every_step_undoes_and_redoes_to_identical_documents(canvas: Any, mouse: Any) -> None:
    doc = canvas.document
    states = [doc.copy()]
    labels: list[str] = []

    def step() -> None:
        assert doc != states[-1], "each gesture changes the map"
        states.append(doc.copy())
        labels.append(canvas.stack.undoText())

    canvas.set_tool("polygon")                                 # 1 draw a region
    for x, y in [(-13, -6), (-5, -6), (-5, 2)]:
        mouse.click(x, y)
    mouse.double_click(-13, 2)
    step()
    rid = doc.regions[0].id
    canvas.set_tool("select")                                  # 2 drag a corner
    canvas.select_region(rid)
    mouse.drag((-5, 2), (-4, 3))
    step()
    canvas.set_tool("papules")                                 # 3 add a papule
    mouse.click(*_farthest_gap(doc.region(rid).papules.xy, -11, -8, -4, -1))
    step()
    ps = doc.region(rid).papules                               # 4 move a papule
    i = int(np.argmin(np.hypot(ps.xy[:, 0] + 7, ps.xy[:, 1] + 3)))
    mouse.drag(tuple(ps.xy[i]), (ps.xy[i, 0] + 0.3, ps.xy[i, 1] - 0.3))
    step()
    mouse.key(QtCore.Qt.Key.Key_L)                             # 5 lock it (still selected)
    step()
    ps = doc.region(rid).papules                               # 6 delete another
    j = int(np.argmin(np.hypot(ps.xy[:, 0] + 12, ps.xy[:, 1] + 5)))
    mouse.click(*ps.xy[j])
    mouse.key(QtCore.Qt.Key.Key_Delete)
    step()
    canvas.set_tool("select")                                  # 7 mirrored copy
    mouse.click(-9, -2)
    mouse.key(QtCore.Qt.Key.Key_M, QtCore.Qt.KeyboardModifier.ShiftModifier)
    step()
    copy_id = doc.regions[1].id                                # 8 move the copy
    canvas.select_region(copy_id)
    mouse.drag((9, -2), (9.5, -1))
    step()
    mouse.key(QtCore.Qt.Key.Key_Delete)                        # 9 delete the copy
    step()
    assert labels == ["Add region", "Move corner", "Add papule", "Move papules", "Lock papules",
                      "Delete papules", "Copy region", "Move region", "Delete region"]
    for k in range(len(states) - 1, 0, -1):
        canvas.stack.undo()
        assert doc == states[k - 1], f"undo of step {k} ({labels[k - 1]})"
        assert set(canvas.region_items) == {r.id for r in doc.regions}
    for k in range(1, len(states)):
        canvas.stack.redo()
        assert doc == states[k], f"redo of step {k} ({labels[k - 1]})"
    assert all(len(canvas.papule_items[r.id]) == len(r.papules) for r in doc.regions)
