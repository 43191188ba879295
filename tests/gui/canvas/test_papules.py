"""Papule editing with real mouse events: add, move, delete, box-select, lock; planning rules
(avoid zones refused with the reason, warnings with tooltips); undo back to identical maps."""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest
import shapely
from PySide6 import QtCore

from mesomap.gui.canvas import papule_item as pi

pytestmark = pytest.mark.gui


def _region(canvas: Any, box: tuple[float, float, float, float]) -> str:
    canvas.create_region(shapely.box(*box))
    return canvas.document.regions[-1].id


def _min_dist(xy: np.ndarray, p: tuple[float, float], exclude: int | None = None) -> float:
    d = np.hypot(xy[:, 0] - p[0], xy[:, 1] - p[1])
    if exclude is not None:
        d[exclude] = np.inf
    return float(d.min())


def test_add_papule_rest_relaid_around_it(canvas: Any, mouse: Any) -> None:
    rid = _region(canvas, (-12, -5, -4, 3))
    before = canvas.document.copy()
    old = canvas.document.region(rid).papules.xy
    # the point farthest from every papule near (-8, -1): between lattice points
    g = np.mgrid[-9:-7:0.05, -2:0:0.05].reshape(2, -1).T
    gap = np.hypot(g[:, None, 0] - old[None, :, 0], g[:, None, 1] - old[None, :, 1]).min(axis=1)
    target = (float(g[np.argmax(gap), 0]), float(g[np.argmax(gap), 1]))
    assert gap.max() > 0.4
    canvas.set_tool("papules")
    mouse.click(*target)
    ps = canvas.document.region(rid).papules
    k = int(np.flatnonzero(ps.manual)[0])
    assert ps.manual.sum() == 1
    assert np.hypot(*(ps.xy[k] - target)) < 0.05
    assert _min_dist(ps.xy, tuple(ps.xy[k]), exclude=k) >= 1.0 - 1e-9  # the rest moved away
    assert not np.array_equal(np.sort(old, axis=0), np.sort(np.delete(ps.xy, k, 0), axis=0))
    state = canvas.papule_items[rid].states()
    assert state[k] == pi.MANUAL
    canvas.stack.undo()
    assert canvas.document == before
    canvas.stack.redo()
    assert canvas.document.region(rid).papules.manual.sum() == 1


def test_move_papule_by_drag(canvas: Any, mouse: Any) -> None:
    rid = _region(canvas, (-12, -5, -4, 3))
    before = canvas.document.copy()
    ps = canvas.document.region(rid).papules
    i = int(np.argmin(np.hypot(ps.xy[:, 0] + 8, ps.xy[:, 1] + 1)))
    src = tuple(ps.xy[i])
    dst = (src[0] + 0.4, src[1] + 0.3)
    pid = ps.ids[i]
    canvas.set_tool("papules")
    mouse.drag(src, dst)
    ps2 = canvas.document.region(rid).papules
    j = ps2.index_of(pid)
    assert ps2.manual[j]
    assert np.hypot(*(ps2.xy[j] - dst)) < 0.05
    assert _min_dist(ps2.xy, tuple(ps2.xy[j]), exclude=j) >= 1.0 - 1e-9
    canvas.stack.undo()
    assert canvas.document == before


def test_delete_select_box_and_lock(canvas: Any, mouse: Any) -> None:
    rid = _region(canvas, (-12, -5, -4, 3))
    canvas.set_tool("papules")
    start = canvas.document.copy()
    ps = canvas.document.region(rid).papules
    i = int(np.argmin(np.hypot(ps.xy[:, 0] + 8, ps.xy[:, 1] + 1)))
    pid = ps.ids[i]
    mouse.click(*ps.xy[i])  # select it
    assert canvas.selected_papule_ids() == [pid]
    mouse.key(QtCore.Qt.Key.Key_L)
    assert canvas.document.region(rid).papules.locked[i]
    assert canvas.papule_items[rid].states()[i] == pi.LOCKED
    locked = canvas.document.copy()
    mouse.key(QtCore.Qt.Key.Key_Delete)
    assert pid not in canvas.document.region(rid).papules
    assert len(canvas.document.region(rid).papules) == len(ps) - 1
    after_delete = canvas.document.copy()
    # box select the lower-left quarter and delete it
    mouse.drag((-12.5, -5.5), (-8.2, -1.2))
    sel = canvas.selected_papule_ids()
    xy = canvas.document.region(rid).papules.xy
    inside = ((xy[:, 0] <= -8.2) & (xy[:, 1] <= -1.2)).sum()
    assert len(sel) == inside > 5
    mouse.key(QtCore.Qt.Key.Key_Delete)
    assert len(canvas.document.region(rid).papules) == len(ps) - 1 - inside
    canvas.stack.undo()
    assert canvas.document == after_delete
    canvas.stack.undo()
    assert canvas.document == locked
    canvas.stack.undo()
    assert canvas.document == start


def test_avoid_zone_placement_refused_with_reason(canvas: Any, mouse: Any) -> None:
    rid = _region(canvas, (3, -4, 11, 4))  # covers the left eye (avoid, margin 0.5)
    assert canvas.document.region(rid).papules  # laid out around the eye
    xy = canvas.document.region(rid).papules.xy
    eye = next(z.geometry for z in canvas.template_item.dangers if z.id == "eye_left")
    assert shapely.distance(eye, shapely.points(xy)).min() >= 0.5 - 1e-6  # margin kept
    before = canvas.document.copy()
    messages: list[str] = []
    canvas.message.connect(messages.append)
    canvas.set_tool("papules")
    mouse.click(7.0, 1.3)  # in the margin ring, outside the eye itself
    assert canvas.document == before
    assert messages and "Left eye" in messages[-1] and "0.5 cm" in messages[-1]
    # dragging a papule into it is refused too
    i = int(np.argmin(np.hypot(xy[:, 0] - 7, xy[:, 1] - 2.5)))
    mouse.drag(tuple(xy[i]), (7.0, 0.2))
    assert canvas.document == before
    assert "Left eye" in messages[-1]
    # trainer mode: refusal off
    canvas.enforce_avoid = False
    mouse.click(7.0, 1.3)
    assert canvas.document != before


def test_warning_colour_and_tooltip(canvas: Any, mouse: Any) -> None:
    rid = _region(canvas, (-12, -9.8, -3, -4))  # contains the vessel caution zone
    ps = canvas.document.region(rid).papules
    in_caution = shapely.intersects_xy(shapely.box(-8, -9, -6, -7).buffer(0.5), ps.xy[:, 0], ps.xy[:, 1])
    assert in_caution.any()
    states = canvas.papule_items[rid].states()
    assert (states[in_caution] == pi.WARNING).all()
    assert (states[~in_caution] != pi.WARNING).all()
    k = int(np.flatnonzero(in_caution)[0])
    mouse.hover(*ps.xy[k])
    assert "Vessel" in canvas.hover_text and "caution" in canvas.hover_text
    # a second region overlapping the first: papules closer than the spacing are flagged
    rid2 = _region(canvas, (-11.7, -9.5, -9.2, -7.3))
    s2 = canvas.papule_items[rid2].states()
    assert (s2 == pi.WARNING).any()
    j = int(np.flatnonzero(s2 == pi.WARNING)[0])
    mouse.hover(*canvas.document.region(rid2).papules.xy[j])
    assert "closer than the 1 cm spacing" in canvas.hover_text


def test_selection_forgets_papules_that_are_gone(canvas: Any, mouse: Any) -> None:
    rid = _region(canvas, (-12, -5, -4, 3))
    canvas.set_tool("papules")
    mouse.drag((-12.5, -5.5), (-9.2, -2.2))
    assert canvas.selected_papule_ids()
    canvas.set_tool("select")
    canvas.select_region(rid)
    mouse.key(QtCore.Qt.Key.Key_Delete)  # delete the whole region
    assert not canvas.document.has_region(rid)
    assert canvas.selected_papule_ids() == []
    canvas.stack.undo()
    canvas.set_tool("papules")
    mouse.key(QtCore.Qt.Key.Key_Delete)  # nothing selected: nothing happens
    assert len(canvas.document.region(rid).papules) > 0


def test_keyboard_only_editing(canvas: Any, mouse: Any) -> None:
    rid = _region(canvas, (-12, -5, -4, 3))
    canvas.set_tool("select")
    canvas.select_region(rid)
    canvas.view.setFocus()
    x0 = canvas.document.region(rid).geometry.bounds[0]
    mouse.key(QtCore.Qt.Key.Key_Right, QtCore.Qt.KeyboardModifier.ShiftModifier)
    mouse.key(QtCore.Qt.Key.Key_Left)
    assert canvas.document.region(rid).geometry.bounds[0] == pytest.approx(x0 + 0.9)
    canvas.set_tool("papules")
    ps = canvas.document.region(rid).papules
    i = int(np.argmin(np.hypot(ps.xy[:, 0] + 8, ps.xy[:, 1] + 1)))
    canvas.select_papules(rid, [i])
    pid, start = ps.ids[i], ps.xy[i].copy()
    mouse.key(QtCore.Qt.Key.Key_Up)
    mouse.key(QtCore.Qt.Key.Key_Up)
    ps2 = canvas.document.region(rid).papules
    assert ps2.xy[ps2.index_of(pid)] == pytest.approx(start + (0.0, 0.2))
    assert ps2.manual[ps2.index_of(pid)]


def test_papules_in_an_avoid_zone_are_flagged_when_refusal_is_off(canvas: Any, mouse: Any) -> None:
    rid = _region(canvas, (3, -4, 11, 4))
    canvas.enforce_avoid = False  # trainer exercise
    canvas.set_tool("papules")
    mouse.click(7.0, 1.3)
    ps = canvas.document.region(rid).papules
    k = int(np.flatnonzero(ps.manual)[0])
    assert canvas.papule_items[rid].states()[k] == pi.WARNING
    mouse.hover(*ps.xy[k])
    assert "Left eye" in canvas.hover_text and "zone to avoid" in canvas.hover_text
