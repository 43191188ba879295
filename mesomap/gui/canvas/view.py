"""The map view: a pyqtgraph view box in centimetres (y up, locked aspect) with the cm grid,
the scale bar and pointer dispatch to the active editing tool.

Pointer events reach the active tool first as ``PointerEvent`` values carrying the position in
cm; what the tool does not take (or every middle/right drag, and the wheel) goes to pyqtgraph's
own pan and zoom-to-cursor. The cursor position in cm is emitted on every move for the status
bar. F or Ctrl+0 fits the map in the window.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

import pyqtgraph as pg
from PySide6 import QtCore, QtGui, QtWidgets

from mesomap.gui.canvas.grid_item import CmGridItem
from mesomap.gui.canvas.overlays import ScaleBar


@dataclass(frozen=True)
class PointerEvent:
    """A pointer event in map cm and widget pixels."""

    x: float
    y: float
    pos_px: QtCore.QPointF
    button: QtCore.Qt.MouseButton
    buttons: QtCore.Qt.MouseButton
    modifiers: QtCore.Qt.KeyboardModifier

    @property
    def xy(self) -> tuple[float, float]:
        return (self.x, self.y)


class PointerTool(Protocol):
    """What the view asks of a tool; each method returns True when it took the event."""

    def press(self, ev: PointerEvent) -> bool: ...
    def move(self, ev: PointerEvent) -> bool: ...
    def release(self, ev: PointerEvent) -> bool: ...
    def double_click(self, ev: PointerEvent) -> bool: ...
    def key(self, ev: QtGui.QKeyEvent) -> bool: ...


class MapView(pg.GraphicsView):  # type: ignore[misc]
    """The graphics view of one map; ``vb`` is the cm view box."""

    cursorMoved = QtCore.Signal(float, float)  # noqa: N815 - Qt signal naming
    cursorLeft = QtCore.Signal()  # noqa: N815
    hovered = QtCore.Signal(object)  # noqa: N815 - PointerEvent without buttons

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent, background="w")
        self.setObjectName("mapView")
        self.setAccessibleName(self.tr("Map canvas"))
        self.vb = pg.ViewBox(lockAspect=True, invertY=False, enableMenu=False)
        self.vb.setMouseEnabled(True, True)
        self.setCentralItem(self.vb)
        self.grid = CmGridItem()
        self.vb.addItem(self.grid, ignoreBounds=True)
        self.scale_bar = ScaleBar(self.vb)
        self.tool: PointerTool | None = None
        self.snap_cm: float | None = None  # snap pointer positions to the grid when set
        self._grabbed = False
        self._fit_rect: QtCore.QRectF | None = None
        self.setMouseTracking(True)
        self.setFocusPolicy(QtCore.Qt.FocusPolicy.StrongFocus)
        for seq in ("F", "Ctrl+0"):
            sc = QtGui.QShortcut(QtGui.QKeySequence(seq), self)
            sc.setContext(QtCore.Qt.ShortcutContext.WidgetWithChildrenShortcut)
            sc.activated.connect(self.fit)

    # ------------------------------------------------------------ navigation
    def set_fit_rect(self, rect: QtCore.QRectF | None) -> None:
        """The area ``fit`` shows (the template outline's bounds); None = all items."""
        self._fit_rect = rect

    def fit(self) -> None:
        if self._fit_rect is not None and not self._fit_rect.isNull():
            self.vb.setRange(rect=self._fit_rect, padding=0.04)
        else:
            self.vb.autoRange(padding=0.04)

    def zoom_to(self, rect: QtCore.QRectF, padding: float = 0.1) -> None:
        self.vb.setRange(rect=rect.normalized(), padding=padding)

    def to_cm(self, pos: QtCore.QPointF) -> QtCore.QPointF:
        """Map position (cm) of a widget pixel position."""
        return QtCore.QPointF(self.vb.mapSceneToView(self.mapToScene(QtCore.QPointF(pos).toPoint())))

    def to_px(self, x_cm: float, y_cm: float) -> QtCore.QPointF:
        """Widget pixel position of a map point (for tests and tooltips)."""
        scene = self.vb.mapViewToScene(QtCore.QPointF(x_cm, y_cm))
        return QtCore.QPointF(self.mapFromScene(scene))

    def px_per_cm(self) -> float:
        size = self.vb.viewPixelSize()[0]
        return 1.0 / size if size else 1.0

    # ------------------------------------------------------------- dispatch
    def _event(self, e: QtGui.QMouseEvent) -> PointerEvent:
        pos = e.position()
        cm = self.vb.mapSceneToView(self.mapToScene(pos.toPoint()))
        x, y = cm.x(), cm.y()
        if self.snap_cm:
            ox, oy = self.grid.origin
            s = self.snap_cm
            x, y = ox + round((x - ox) / s) * s, oy + round((y - oy) / s) * s
        return PointerEvent(x, y, pos, e.button(), e.buttons(), e.modifiers())

    def mousePressEvent(self, e: QtGui.QMouseEvent) -> None:  # noqa: N802
        self.setFocus()
        if self.tool is not None and e.button() == QtCore.Qt.MouseButton.LeftButton \
                and self.tool.press(self._event(e)):
            self._grabbed = True
            e.accept()
            return
        super().mousePressEvent(e)

    def mouseMoveEvent(self, e: QtGui.QMouseEvent) -> None:  # noqa: N802
        ev = self._event(e)
        self.cursorMoved.emit(ev.x, ev.y)
        if self._grabbed and self.tool is not None:
            self.tool.move(ev)
            e.accept()
            return
        if e.buttons() == QtCore.Qt.MouseButton.NoButton:
            if self.tool is not None:
                self.tool.move(ev)
            self.hovered.emit(ev)
        super().mouseMoveEvent(e)

    def mouseReleaseEvent(self, e: QtGui.QMouseEvent) -> None:  # noqa: N802
        if self._grabbed and self.tool is not None:
            self._grabbed = False
            self.tool.release(self._event(e))
            e.accept()
            return
        super().mouseReleaseEvent(e)

    def mouseDoubleClickEvent(self, e: QtGui.QMouseEvent) -> None:  # noqa: N802
        if self.tool is not None and e.button() == QtCore.Qt.MouseButton.LeftButton \
                and self.tool.double_click(self._event(e)):
            e.accept()
            return
        super().mouseDoubleClickEvent(e)

    def keyPressEvent(self, e: QtGui.QKeyEvent) -> None:  # noqa: N802
        if self.tool is not None and self.tool.key(e):
            e.accept()
            return
        super().keyPressEvent(e)

    def leaveEvent(self, e: QtCore.QEvent) -> None:  # noqa: N802
        self.cursorLeft.emit()
        super().leaveEvent(e)
