"""The tool base class and the host interface tools talk to (the canvas implements it)."""

from __future__ import annotations

from typing import Any, Protocol

import numpy as np
import shapely
from PySide6 import QtCore, QtGui

from mesomap.gui.canvas.view import MapView, PointerEvent


class ToolHost(Protocol):
    """What a tool may ask of the canvas."""

    view: MapView

    def show_preview(self, path: QtGui.QPainterPath | None, closed: bool = True) -> None: ...
    def show_message(self, text: str) -> None: ...
    def create_region(self, geometry: shapely.Geometry, pattern: str | None = None,
                      name: str | None = None) -> None: ...
    def zone_geometry_at(self, x: float, y: float) -> tuple[str, shapely.Geometry] | None: ...


class Tool:
    """A tool that takes nothing; subclasses override what they use."""

    name = "navigate"
    cursor = QtCore.Qt.CursorShape.ArrowCursor

    def __init__(self, host: ToolHost | Any) -> None:
        self.host: Any = host  # the canvas (see ToolHost for the drawing tools' needs)

    def activate(self) -> None:
        self.host.view.viewport().setCursor(self.cursor)

    def deactivate(self) -> None:
        self.cancel()

    def cancel(self) -> None:
        """Drop any gesture in progress."""

    def press(self, ev: PointerEvent) -> bool:
        return False

    def move(self, ev: PointerEvent) -> bool:
        return False

    def release(self, ev: PointerEvent) -> bool:
        return False

    def double_click(self, ev: PointerEvent) -> bool:
        return False

    def key(self, ev: QtGui.QKeyEvent) -> bool:
        if ev.key() == QtCore.Qt.Key.Key_Escape:
            self.cancel()
            return True
        return False

    # helpers
    def px_to_cm(self, px: float) -> float:
        return float(px / self.host.view.px_per_cm())


def polyline_path(points: list[tuple[float, float]], closed: bool = False) -> QtGui.QPainterPath:
    path = QtGui.QPainterPath()
    if not points:
        return path
    path.moveTo(*points[0])
    for p in points[1:]:
        path.lineTo(*p)
    if closed and len(points) > 2:
        path.closeSubpath()
    return path


def chaikin(points: np.ndarray, iterations: int = 2) -> np.ndarray:
    """Chaikin corner cutting of a closed ring (smooths a hand-drawn lasso)."""
    pts = np.asarray(points, dtype=float)
    for _ in range(iterations):
        nxt = np.roll(pts, -1, axis=0)
        q = 0.75 * pts + 0.25 * nxt
        r = 0.25 * pts + 0.75 * nxt
        pts = np.empty((2 * len(q), 2))
        pts[0::2] = q
        pts[1::2] = r
    return pts


def clean_polygon(geom: shapely.Geometry) -> shapely.Geometry | None:
    """A valid area from a drawn ring (self-crossings repaired), or None when nothing is left."""
    if not geom.is_valid:
        geom = shapely.make_valid(geom)
        parts = [g for g in getattr(geom, "geoms", [geom]) if g.geom_type in ("Polygon", "MultiPolygon")]
        if not parts:
            return None
        geom = shapely.union_all(parts)
    if geom.is_empty or geom.area < 1e-4:
        return None
    if geom.geom_type == "MultiPolygon" and len(geom.geoms) == 1:
        geom = geom.geoms[0]
    return geom


def ellipse_polygon(x0: float, y0: float, x1: float, y1: float, segments: int = 72) -> shapely.Polygon:
    cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
    rx, ry = abs(x1 - x0) / 2, abs(y1 - y0) / 2
    t = np.linspace(0, 2 * np.pi, segments, endpoint=False)
    return shapely.Polygon(np.column_stack([cx + rx * np.cos(t), cy + ry * np.sin(t)]))
