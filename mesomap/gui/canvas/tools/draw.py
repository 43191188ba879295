"""Region drawing tools: polygon, rectangle, ellipse, freehand lasso, whole zone, line, rings.

Each tool is a small state machine. While drawing it shows a rubber band through
``host.show_preview``; when the shape is complete it calls ``host.create_region(geometry,
pattern)`` (which pushes the document command) and goes back to idle. Escape cancels.
"""

from __future__ import annotations

import numpy as np
import shapely
from PySide6 import QtCore, QtGui

from mesomap.gui.canvas.tools.base import (
    Tool,
    chaikin,
    clean_polygon,
    ellipse_polygon,
    polyline_path,
)
from mesomap.gui.canvas.view import PointerEvent

_CROSS = QtCore.Qt.CursorShape.CrossCursor
_ENTER_KEYS = (QtCore.Qt.Key.Key_Return, QtCore.Qt.Key.Key_Enter)


class _ClickedPathTool(Tool):
    """Shared logic of tools that collect clicked vertices (polygon, line, measure)."""

    cursor = _CROSS
    min_points = 3
    closed = True

    def __init__(self, host: object) -> None:
        super().__init__(host)
        self.points: list[tuple[float, float]] = []
        self._hover: tuple[float, float] | None = None

    def cancel(self) -> None:
        self.points = []
        self._hover = None
        self.host.show_preview(None)

    def _refresh(self) -> None:
        pts = list(self.points)
        if self._hover is not None:
            pts.append(self._hover)
        self.host.show_preview(polyline_path(pts, closed=self.closed and len(pts) > 2), self.closed)

    def press(self, ev: PointerEvent) -> bool:
        pt = ev.xy
        if self.points:
            last = self.points[-1]
            if np.hypot(last[0] - pt[0], last[1] - pt[1]) < self.px_to_cm(2.0):
                return True  # same spot twice: ignore
        self.points.append(pt)
        self._refresh()
        return True

    def move(self, ev: PointerEvent) -> bool:
        if not self.points:
            return False
        self._hover = ev.xy
        self._refresh()
        return True

    def release(self, ev: PointerEvent) -> bool:
        return True

    def double_click(self, ev: PointerEvent) -> bool:
        if not self.points:
            return False
        self.press(ev)  # no-op when the double-click's first press already added this point
        self.finish()
        return True

    def key(self, ev: QtGui.QKeyEvent) -> bool:
        if ev.key() in _ENTER_KEYS and self.points:
            self.finish()
            return True
        if ev.key() == QtCore.Qt.Key.Key_Backspace and self.points:
            self.points.pop()
            self._refresh()
            return True
        return super().key(ev)

    def finish(self) -> None:
        pts = self.points
        self.points = []
        self._hover = None
        self.host.show_preview(None)
        if len(pts) < self.min_points:
            self.host.show_message(self.too_few_message())
            return
        self.done(pts)

    def too_few_message(self) -> str:
        return QtCore.QCoreApplication.translate(
            "Canvas", "A region needs at least three corners; click more points, then double-click.")

    def done(self, points: list[tuple[float, float]]) -> None:
        raise NotImplementedError


class PolygonTool(_ClickedPathTool):
    """Click corners; double-click or Enter closes the polygon; Backspace removes the last."""

    name = "polygon"

    def done(self, points: list[tuple[float, float]]) -> None:
        geom = clean_polygon(shapely.Polygon(points))
        if geom is None:
            self.host.show_message(QtCore.QCoreApplication.translate(
                "Canvas", "That shape has no area; draw the region again."))
            return
        self.host.create_region(geom, None)


class LineTool(_ClickedPathTool):
    """A polyline region for the ``line`` pattern (scars, tendons)."""

    name = "line"
    min_points = 2
    closed = False

    def too_few_message(self) -> str:
        return QtCore.QCoreApplication.translate(
            "Canvas", "A line needs at least two points; click them, then double-click.")

    def done(self, points: list[tuple[float, float]]) -> None:
        self.host.create_region(shapely.LineString(points), "line")


class _DragShapeTool(Tool):
    """Press, drag, release: rectangle and ellipse."""

    cursor = _CROSS

    def __init__(self, host: object) -> None:
        super().__init__(host)
        self.start: tuple[float, float] | None = None

    def cancel(self) -> None:
        self.start = None
        self.host.show_preview(None)

    def shape(self, a: tuple[float, float], b: tuple[float, float]) -> shapely.Polygon:
        raise NotImplementedError

    def press(self, ev: PointerEvent) -> bool:
        self.start = ev.xy
        return True

    def move(self, ev: PointerEvent) -> bool:
        if self.start is None:
            return False
        path = QtGui.QPainterPath()
        coords = list(self.shape(self.start, ev.xy).exterior.coords)
        path.addPolygon(QtGui.QPolygonF([QtCore.QPointF(x, y) for x, y in coords]))
        self.host.show_preview(path)
        return True

    def release(self, ev: PointerEvent) -> bool:
        if self.start is None:
            return False
        a, self.start = self.start, None
        self.host.show_preview(None)
        b = ev.xy
        if min(abs(a[0] - b[0]), abs(a[1] - b[1])) < max(self.px_to_cm(4.0), 0.1):
            self.host.show_message(QtCore.QCoreApplication.translate(
                "Canvas", "Drag across the area to draw the shape."))
            return True
        self.host.create_region(self.shape(a, b), None)
        return True


class RectangleTool(_DragShapeTool):
    name = "rectangle"

    def shape(self, a: tuple[float, float], b: tuple[float, float]) -> shapely.Polygon:
        return shapely.box(min(a[0], b[0]), min(a[1], b[1]), max(a[0], b[0]), max(a[1], b[1]))


class EllipseTool(_DragShapeTool):
    name = "ellipse"

    def shape(self, a: tuple[float, float], b: tuple[float, float]) -> shapely.Polygon:
        return ellipse_polygon(a[0], a[1], b[0], b[1])


class LassoTool(Tool):
    """Freehand: press and draw; the release closes, smooths and simplifies the outline."""

    name = "lasso"
    cursor = _CROSS

    def __init__(self, host: object) -> None:
        super().__init__(host)
        self.trace: list[tuple[float, float]] = []
        self.drawing = False

    def cancel(self) -> None:
        self.trace = []
        self.drawing = False
        self.host.show_preview(None)

    def press(self, ev: PointerEvent) -> bool:
        self.trace = [ev.xy]
        self.drawing = True
        return True

    def move(self, ev: PointerEvent) -> bool:
        if not self.drawing:
            return False
        last = self.trace[-1]
        if np.hypot(last[0] - ev.x, last[1] - ev.y) >= self.px_to_cm(1.5):
            self.trace.append(ev.xy)
            self.host.show_preview(polyline_path(self.trace), False)
        return True

    def release(self, ev: PointerEvent) -> bool:
        if not self.drawing:
            return False
        self.drawing = False
        trace, self.trace = self.trace + [ev.xy], []
        self.host.show_preview(None)
        geom = lasso_polygon(trace, tolerance_cm=self.px_to_cm(2.0))
        if geom is None:
            self.host.show_message(QtCore.QCoreApplication.translate(
                "Canvas", "Draw around the area with the button held down to outline a region."))
            return True
        self.host.create_region(geom, None)
        return True


def lasso_polygon(trace: list[tuple[float, float]], tolerance_cm: float) -> shapely.Geometry | None:
    """Close, smooth (Chaikin) and simplify a freehand trace into a valid polygon."""
    pts = np.asarray(trace, dtype=float)
    if len(pts) < 3:
        return None
    smooth = chaikin(pts, 2)
    poly = shapely.Polygon(smooth).simplify(max(tolerance_cm, 0.02), preserve_topology=True)
    return clean_polygon(poly)


class ZoneTool(Tool):
    """Click a named zone of the template to make it a region."""

    name = "zone"
    cursor = QtCore.Qt.CursorShape.PointingHandCursor

    def press(self, ev: PointerEvent) -> bool:
        return True

    def release(self, ev: PointerEvent) -> bool:
        hit = self.host.zone_geometry_at(ev.x, ev.y)
        if hit is None:
            self.host.show_message(QtCore.QCoreApplication.translate(
                "Canvas", "There is no named zone here; click inside one of the dotted zones."))
            return True
        self.host.create_region(hit[1], None, hit[0])  # named after the zone
        return True


class RingsTool(Tool):
    """Click a painful point: a ``rings`` region centred there."""

    name = "rings"
    cursor = _CROSS

    def press(self, ev: PointerEvent) -> bool:
        return True

    def release(self, ev: PointerEvent) -> bool:
        self.host.create_region(shapely.Point(ev.x, ev.y), "rings")
        return True
