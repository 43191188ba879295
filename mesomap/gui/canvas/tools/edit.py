"""Editing tools: select/edit regions, place and move papules, measure.

- ``SelectTool``: click a region to select it; drag it to move it; drag a vertex handle to
  reshape it (papules follow live); double-click (or Ctrl+click) an edge to insert a vertex;
  click a vertex then Delete to remove it; Delete removes the selected region; M mirrors it
  across the template's midline, Shift+M mirrors a copy; arrow keys move it by 1 mm (Shift:
  1 cm). Empty space pans.
- ``PapuleTool``: click to add a papule (refused in an ``avoid`` zone, with the reason); drag a
  papule to move it (with the selection); drag on empty space to box-select; Delete removes the
  selection; L locks or unlocks it; arrow keys move it by 1 mm (Shift: 1 cm).
- ``MeasureTool``: click points for a distance; double-click or Enter closes an area.
"""

from __future__ import annotations

import math
from typing import Any

import shapely
from PySide6 import QtCore, QtGui

from mesomap.core.localeformat import default_format
from mesomap.gui.canvas.tools.base import Tool, polyline_path
from mesomap.gui.canvas.view import PointerEvent

_DRAG_PX = 3.0
_DELETE_KEYS = (QtCore.Qt.Key.Key_Delete, QtCore.Qt.Key.Key_Backspace)


_ARROWS = {
    QtCore.Qt.Key.Key_Left: (-1.0, 0.0), QtCore.Qt.Key.Key_Right: (1.0, 0.0),
    QtCore.Qt.Key.Key_Up: (0.0, 1.0), QtCore.Qt.Key.Key_Down: (0.0, -1.0),
}


def _arrow_step(ev: QtGui.QKeyEvent) -> tuple[float, float] | None:
    """Arrow keys move the selection by 1 mm, with Shift by 1 cm (keyboard-only editing)."""
    d = _ARROWS.get(QtCore.Qt.Key(ev.key()))
    if d is None:
        return None
    step = 1.0 if ev.modifiers() & QtCore.Qt.KeyboardModifier.ShiftModifier else 0.1
    return (d[0] * step, d[1] * step)


def _num(value: float) -> str:
    """One decimal, in the user's locale ("6,0" in French)."""
    return default_format().format_decimal(float(value), min_places=1, max_places=1)


def _tr(text: str) -> str:
    return QtCore.QCoreApplication.translate("Canvas", text)


class SelectTool(Tool):
    """Select, move and reshape regions."""

    name = "select"

    def __init__(self, host: Any) -> None:
        super().__init__(host)
        self.state = "idle"  # idle | vertex | region
        self.region_id: str | None = None
        self.vertex: int | None = None  # vertex being dragged or picked for Delete
        self.vertex_region: str | None = None  # the region that vertex belongs to
        self.start: tuple[float, float] = (0.0, 0.0)
        self.start_px = QtCore.QPointF()
        self.moved = False

    def cancel(self) -> None:
        if self.state != "idle" and self.region_id is not None:
            self.host.cancel_live(self.region_id)
        self.state = "idle"

    def press(self, ev: PointerEvent) -> bool:
        h = self.host
        sel = h.selected_region
        self.start, self.start_px, self.moved = ev.xy, ev.pos_px, False
        ctrl = bool(ev.modifiers & QtCore.Qt.KeyboardModifier.ControlModifier)
        if sel is not None:
            item = h.region_items[sel]
            v = item.vertex_at(ev.x, ev.y)
            if v is not None and not ctrl:
                self.state, self.region_id, self.vertex = "vertex", sel, v
                self.vertex_region = sel
                h.begin_live(sel)
                return True
            edge = item.edge_at(ev.x, ev.y)
            if ctrl and edge is not None:
                h.insert_vertex(sel, edge[0] + 1, edge[1])
                self.vertex, self.vertex_region = edge[0] + 1, sel
                return True
        rid = h.region_at(ev.x, ev.y)
        self.vertex = None  # a press elsewhere drops the picked corner
        if rid is None:
            h.select_region(None)
            return False  # pan
        h.select_region(rid)
        self.state, self.region_id = "region", rid
        h.begin_live(rid)
        return True

    def move(self, ev: PointerEvent) -> bool:
        if self.state == "idle":
            self._hover_cursor(ev)
            return False
        if not self.moved and (ev.pos_px - self.start_px).manhattanLength() < _DRAG_PX:
            return True
        self.moved = True
        geom = self._dragged_geometry(ev)
        if geom is not None and self.region_id is not None:
            shift = ((ev.x - self.start[0], ev.y - self.start[1]) if self.state == "region"
                     else (0.0, 0.0))
            self.host.live_geometry(self.region_id, geom, shift)
        return True

    def _dragged_geometry(self, ev: PointerEvent) -> shapely.Geometry | None:
        assert self.region_id is not None
        base = self.host.document.region(self.region_id).geometry
        if self.state == "vertex" and self.vertex is not None:
            return self.host.geometry_with_vertex(base, self.vertex, ev.xy)
        dx, dy = ev.x - self.start[0], ev.y - self.start[1]
        return shapely.transform(base, lambda c: c + [dx, dy])

    def release(self, ev: PointerEvent) -> bool:
        state, rid = self.state, self.region_id
        self.state = "idle"
        if state == "idle" or rid is None:
            return False
        if not self.moved:
            self.host.cancel_live(rid)
            return True
        if state == "vertex" and self.vertex is not None:
            self.host.commit_move_vertex(rid, self.vertex, ev.xy)
        else:
            self.host.commit_translate(rid, ev.x - self.start[0], ev.y - self.start[1])
        return True

    def double_click(self, ev: PointerEvent) -> bool:
        sel = self.host.selected_region
        if sel is None:
            return False
        item = self.host.region_items[sel]
        if item.vertex_at(ev.x, ev.y) is not None:
            return True
        edge = item.edge_at(ev.x, ev.y)
        if edge is not None:
            self.host.insert_vertex(sel, edge[0] + 1, edge[1])
            self.vertex, self.vertex_region = edge[0] + 1, sel
            return True
        self.host.zoom_to_region(sel)
        return True

    def key(self, ev: QtGui.QKeyEvent) -> bool:
        sel = self.host.selected_region
        if ev.key() in _DELETE_KEYS and sel is not None:
            if self.vertex is not None and self.vertex_region == sel:
                self.host.delete_vertex(sel, self.vertex)
                self.vertex = None
            else:
                self.host.delete_region(sel)
            return True
        step = _arrow_step(ev)
        if step is not None and sel is not None:
            self.host.commit_translate(sel, *step)
            return True
        if ev.key() == QtCore.Qt.Key.Key_M and sel is not None:
            copy = bool(ev.modifiers() & QtCore.Qt.KeyboardModifier.ShiftModifier)
            self.host.mirror_region(sel, copy)
            return True
        if ev.key() == QtCore.Qt.Key.Key_Escape:
            self.cancel()
            self.vertex = None
            self.host.select_region(None)
            return True
        return False

    def _hover_cursor(self, ev: PointerEvent) -> None:
        h = self.host
        shape = QtCore.Qt.CursorShape.ArrowCursor
        sel = h.selected_region
        if sel is not None and h.region_items[sel].vertex_at(ev.x, ev.y) is not None:
            shape = QtCore.Qt.CursorShape.SizeAllCursor
        elif h.region_at(ev.x, ev.y) is not None:
            shape = QtCore.Qt.CursorShape.OpenHandCursor
        h.view.viewport().setCursor(shape)


class PapuleTool(Tool):
    """Add, move, select, delete and lock papules."""

    name = "papules"
    cursor = QtCore.Qt.CursorShape.CrossCursor

    def __init__(self, host: Any) -> None:
        super().__init__(host)
        self.state = "idle"  # idle | move | box
        self.start: tuple[float, float] = (0.0, 0.0)
        self.start_px = QtCore.QPointF()
        self.region_id: str | None = None
        self.moved = False

    def cancel(self) -> None:
        if self.state == "move" and self.region_id is not None:
            self.host.cancel_live(self.region_id)
        self.host.show_preview(None)
        self.state = "idle"

    def press(self, ev: PointerEvent) -> bool:
        h = self.host
        self.start, self.start_px, self.moved = ev.xy, ev.pos_px, False
        shift = bool(ev.modifiers & QtCore.Qt.KeyboardModifier.ShiftModifier)
        hit = h.papule_at(ev.x, ev.y)
        if hit is not None:
            rid, i = hit
            if not h.is_papule_selected(rid, i):
                h.select_papules(rid, [i], add=shift)
            self.state, self.region_id = "move", rid
            h.begin_live(rid)
            return True
        self.state = "box"
        return True

    def move(self, ev: PointerEvent) -> bool:
        if self.state == "idle":
            return False
        if not self.moved and (ev.pos_px - self.start_px).manhattanLength() < _DRAG_PX:
            return True
        self.moved = True
        dx, dy = ev.x - self.start[0], ev.y - self.start[1]
        if self.state == "move" and self.region_id is not None:
            self.host.live_move_papules(self.region_id, dx, dy)
        elif self.state == "box":
            path = QtGui.QPainterPath()
            path.addRect(QtCore.QRectF(QtCore.QPointF(*self.start), QtCore.QPointF(*ev.xy)).normalized())
            self.host.show_preview(path)
        return True

    def release(self, ev: PointerEvent) -> bool:
        state, self.state = self.state, "idle"
        dx, dy = ev.x - self.start[0], ev.y - self.start[1]
        if state == "move" and self.region_id is not None:
            if self.moved:
                self.host.commit_move_papules(self.region_id, dx, dy)
            else:
                self.host.cancel_live(self.region_id)
            return True
        if state == "box":
            self.host.show_preview(None)
            if self.moved:
                rect = QtCore.QRectF(QtCore.QPointF(*self.start), QtCore.QPointF(*ev.xy)).normalized()
                add = bool(ev.modifiers & QtCore.Qt.KeyboardModifier.ShiftModifier)
                self.host.select_papules_in_rect(rect, add=add)
            else:
                self.host.add_papule(ev.x, ev.y)
            return True
        return False

    def key(self, ev: QtGui.QKeyEvent) -> bool:
        if ev.key() in _DELETE_KEYS:
            self.host.delete_selected_papules()
            return True
        if ev.key() == QtCore.Qt.Key.Key_L:
            self.host.toggle_lock_selected_papules()
            return True
        step = _arrow_step(ev)
        if step is not None:
            self.host.nudge_selected_papules(*step)
            return True
        if ev.key() == QtCore.Qt.Key.Key_Escape:
            self.cancel()
            self.host.clear_papule_selection()
            return True
        return False


class MeasureTool(Tool):
    """Click points: running distance; double-click or Enter closes an area (cm²)."""

    name = "measure"
    cursor = QtCore.Qt.CursorShape.CrossCursor

    def __init__(self, host: Any) -> None:
        super().__init__(host)
        self.points: list[tuple[float, float]] = []
        self.closed = False
        self.result = ""

    def cancel(self) -> None:
        self.points = []
        self.closed = False
        self.host.show_preview(None)

    def press(self, ev: PointerEvent) -> bool:
        if self.closed:
            self.cancel()
        self.points.append(ev.xy)
        self._report(ev.xy)
        return True

    def release(self, ev: PointerEvent) -> bool:
        return True

    def move(self, ev: PointerEvent) -> bool:
        if not self.points or self.closed:
            return False
        self._report(ev.xy, final=False)
        return True

    def double_click(self, ev: PointerEvent) -> bool:
        if not self.points or math.dist(self.points[-1], ev.xy) > self.px_to_cm(2.0):
            self.points.append(ev.xy)  # the double-click's own press did not add it
        self._close()
        return True

    def key(self, ev: QtGui.QKeyEvent) -> bool:
        if ev.key() in (QtCore.Qt.Key.Key_Return, QtCore.Qt.Key.Key_Enter):
            self._close()
            return True
        return super().key(ev)

    def _close(self) -> None:
        if len(self.points) >= 3:
            self.closed = True
            poly = shapely.Polygon(self.points)
            area = abs(poly.area) if poly.is_valid else shapely.make_valid(poly).area
            self.result = _tr("Area: %1 cm², perimeter %2 cm").replace(
                "%1", _num(area)).replace("%2", _num(poly.exterior.length))
            self.host.show_preview(polyline_path(self.points, closed=True), True)
            self._emit()

    def _report(self, hover: tuple[float, float], final: bool = True) -> None:
        pts = self.points + ([] if final else [hover])
        length = float(sum(math.dist(a, b) for a, b in zip(pts, pts[1:], strict=False)))
        self.result = _tr("Distance: %1 cm").replace("%1", _num(length))
        self.host.show_preview(polyline_path(pts), False)
        self._emit()

    def _emit(self) -> None:
        self.host.measured.emit(self.result)
        self.host.show_message(self.result)

