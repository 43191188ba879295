"""Injection playback: a map's papules appear one by one in injection order, the needle path
drawn between them, nappage regions filling band by band, with a running count and volume.

:class:`PlaybackController` owns the position (number of steps shown) and a timer (play, pause,
step, back, restart, speed 0.25×–4×). :class:`PlaybackView` paints the map at that position
through the shared :class:`~mesomap.printing.renderer.MapRenderer` (template, zones, danger
zones) and draws the playback layer on top; :meth:`PlaybackView.render_to` draws the same frame
on any painter (PNG/SVG export for slides). ``Theme`` gives the projector look: dark ground,
thick lines, large type.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from decimal import Decimal

import numpy as np
from PySide6 import QtCore, QtGui, QtWidgets

from mesomap.core.document import MapDocument
from mesomap.core.templates import Template
from mesomap.core.trainer.playback import Playback, build_playback, nappage_fill

SPEEDS = (0.25, 0.5, 1.0, 2.0, 4.0)
BASE_INTERVAL_MS = 700


@dataclass(frozen=True)
class Theme:
    background: str = "#ffffff"
    text: str = "#111111"
    path: str = "#1c7ed6"
    papule: str = "#c92a2a"
    current: str = "#e67700"
    line_mm: float = 0.5
    text_px: int = 16
    papule_mm: float = 1.4


OFFICE = Theme()
PROJECTOR = Theme(background="#000000", text="#ffffff", path="#00e5ff", papule="#ffd400",
                  current="#ff3d7f", line_mm=1.1, text_px=30, papule_mm=2.2)


class PlaybackController(QtCore.QObject):
    """Position and timing of a playback (0 = nothing shown, ``len(steps)`` = all)."""

    positionChanged = QtCore.Signal(int)  # noqa: N815
    playingChanged = QtCore.Signal(bool)  # noqa: N815
    speedChanged = QtCore.Signal(float)  # noqa: N815

    def __init__(self, playback: Playback, parent: QtCore.QObject | None = None) -> None:
        super().__init__(parent)
        self.playback = playback
        self.position = 0
        self.speed = 1.0
        self.timer = QtCore.QTimer(self)
        self.timer.timeout.connect(self._tick)
        self._apply_interval()

    @property
    def playing(self) -> bool:
        return self.timer.isActive()

    def set_playback(self, playback: Playback) -> None:
        self.pause()
        self.playback = playback
        self.seek(0)

    def _apply_interval(self) -> None:
        self.timer.setInterval(max(10, round(BASE_INTERVAL_MS / self.speed)))

    def set_speed(self, speed: float) -> None:
        self.speed = min(SPEEDS[-1], max(SPEEDS[0], float(speed)))
        self._apply_interval()
        self.speedChanged.emit(self.speed)

    def faster(self) -> None:
        bigger = [s for s in SPEEDS if s > self.speed + 1e-9]
        self.set_speed(bigger[0] if bigger else SPEEDS[-1])

    def slower(self) -> None:
        smaller = [s for s in SPEEDS if s < self.speed - 1e-9]
        self.set_speed(smaller[-1] if smaller else SPEEDS[0])

    def seek(self, position: int) -> None:
        position = max(0, min(len(self.playback), int(position)))
        if position != self.position:
            self.position = position
        self.positionChanged.emit(self.position)

    def step(self) -> None:
        self.seek(self.position + 1)

    def back(self) -> None:
        self.seek(self.position - 1)

    def restart(self) -> None:
        self.seek(0)

    def play(self) -> None:
        if self.position >= len(self.playback):
            self.seek(0)
        if not self.timer.isActive():
            self.timer.start()
            self.playingChanged.emit(True)

    def pause(self) -> None:
        if self.timer.isActive():
            self.timer.stop()
            self.playingChanged.emit(False)

    def toggle(self) -> None:
        self.pause() if self.playing else self.play()

    def _tick(self) -> None:
        self.step()
        if self.position >= len(self.playback):
            self.pause()


def map_transform(target: QtCore.QRectF, window: tuple[float, float, float, float]
                  ) -> tuple[QtGui.QTransform, float]:
    """Map cm (y up) → painter units, the same fit as ``MapRenderer.paint``; and units per cm."""
    x0, y0, x1, y1 = window
    s = min(target.width() / (x1 - x0), target.height() / (y1 - y0))
    ox = target.left() + (target.width() - s * (x1 - x0)) / 2
    oy = target.top() + (target.height() - s * (y1 - y0)) / 2
    return QtGui.QTransform(s, 0.0, 0.0, -s, ox - s * x0, oy + s * y1), s


class PlaybackView(QtWidgets.QWidget):
    """Paints a map at the controller's position."""

    def __init__(self, document: MapDocument, template: Template, theme: Theme = OFFICE,
                 parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("playback_view")
        self.setAccessibleName(self.tr("Injection playback"))
        self.theme = theme
        self.document = document
        self.template = template
        self.controller = PlaybackController(build_playback(document,
                                                            template.avoid_exclusions()), self)
        self.controller.positionChanged.connect(lambda _p: self.update())
        self.controller.speedChanged.connect(lambda _s: self.update())
        self.setMinimumSize(320, 240)

    def set_map(self, document: MapDocument, template: Template) -> None:
        self.document = document
        self.template = template
        self.controller.set_playback(build_playback(document, template.avoid_exclusions()))

    def set_theme(self, theme: Theme) -> None:
        self.theme = theme
        self.update()

    # -- geometry ---------------------------------------------------------------------------
    def window_cm(self) -> tuple[float, float, float, float]:
        """The part of the map shown: the regions with 3 cm around, within the template."""
        boxes = [r.geometry.bounds for r in self.document.regions if not r.geometry.is_empty]
        if not boxes:
            x0, y0, x1, y1 = self.template.outline.bounds
            return x0 - 1, y0 - 1, x1 + 1, y1 + 1
        arr = np.asarray(boxes)
        pad = 3.0
        return (float(arr[:, 0].min()) - pad, float(arr[:, 1].min()) - pad,
                float(arr[:, 2].max()) + pad, float(arr[:, 3].max()) + pad)

    # -- painting ---------------------------------------------------------------------------
    def paintEvent(self, _event: QtGui.QPaintEvent) -> None:  # noqa: N802
        painter = QtGui.QPainter(self)
        try:
            self.render_to(painter, QtCore.QRectF(self.rect()), self.logicalDpiX() / 25.4)
        finally:
            painter.end()

    def render_to(self, painter: QtGui.QPainter, rect: QtCore.QRectF,
                  units_per_mm: float, position: int | None = None) -> None:
        """Draw the frame at ``position`` (default: the controller's) into ``rect``."""
        from mesomap.printing.renderer import MapRenderer, RenderOptions, geometry_path

        pos = self.controller.position if position is None else position
        steps = self.controller.playback.steps
        th = self.theme
        painter.save()
        painter.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing, True)
        painter.fillRect(rect, QtGui.QColor(th.background))
        hud_h = th.text_px * 2.6
        map_rect = rect.adjusted(0, hud_h, 0, 0)
        window = self.window_cm()
        renderer = MapRenderer(self.document, self.template, RenderOptions(
            regions=False, papules=False, numbers=False, grid=th is OFFICE))
        renderer.paint(painter, map_rect, window, units_per_mm)
        transform, s = map_transform(map_rect, window)
        mm = units_per_mm
        painter.setClipRect(map_rect)
        # regions: outline, and nappage filled up to the current step
        fill_upto: dict[str, float] = {}
        for st in steps[:pos]:
            if st.kind == "nappage":
                fill_upto[st.region_id] = st.fill
        painter.save()
        painter.setWorldTransform(transform, True)
        for region in self.document.regions:
            color = QtGui.QColor(region.color)
            pen = QtGui.QPen(color, th.line_mm * mm / s)
            pen.setJoinStyle(QtCore.Qt.PenJoinStyle.RoundJoin)
            painter.setPen(pen)
            faint = QtGui.QColor(color)
            faint.setAlpha(35)
            kind = region.geometry.geom_type
            painter.setBrush(faint if kind in ("Polygon", "MultiPolygon")
                             else QtCore.Qt.BrushStyle.NoBrush)
            painter.drawPath(geometry_path(region.geometry, 0.3))
            if region.pattern == "nappage" and fill_upto.get(region.id, 0) > 0:
                filled = QtGui.QColor(color)
                filled.setAlpha(150)
                painter.setPen(QtCore.Qt.PenStyle.NoPen)
                painter.setBrush(QtGui.QBrush(filled, QtCore.Qt.BrushStyle.Dense4Pattern))
                painter.drawPath(geometry_path(nappage_fill(region.geometry,
                                                            fill_upto[region.id])))
        painter.restore()
        # needle path and papules in painter units (upright numbers)
        pts = [transform.map(QtCore.QPointF(st.x, st.y)) for st in steps[:pos]]
        path_pen = QtGui.QPen(QtGui.QColor(th.path), th.line_mm * mm)
        path_pen.setCapStyle(QtCore.Qt.PenCapStyle.RoundCap)
        for i in range(1, len(pts)):
            if "nappage" in (steps[i].kind, steps[i - 1].kind):
                continue  # nappage is a fill, not a path
            same = steps[i].region_id == steps[i - 1].region_id
            path_pen.setStyle(QtCore.Qt.PenStyle.SolidLine if same else QtCore.Qt.PenStyle.DotLine)
            painter.setPen(path_pen)
            painter.drawLine(pts[i - 1], pts[i])
        r = th.papule_mm * mm
        number_font = QtGui.QFont("DejaVu Sans")
        number_font.setPixelSize(max(8, round(th.text_px * 0.55)))
        painter.setFont(number_font)
        for i, (st, pt) in enumerate(zip(steps[:pos], pts, strict=True)):
            if st.kind != "papule":
                continue
            painter.setPen(QtGui.QPen(QtGui.QColor(th.background), 0.3 * mm))
            painter.setBrush(QtGui.QColor(th.papule))
            painter.drawEllipse(pt, r, r)
            if i >= pos - 12 or len(steps) <= 60:
                painter.setPen(QtGui.QColor(th.text))
                painter.drawText(pt + QtCore.QPointF(r * 1.2, -r * 1.2), str(st.number))
        if pos > 0:
            cur = pts[-1]
            ring = QtGui.QPen(QtGui.QColor(th.current), th.line_mm * mm * 1.2)
            painter.setPen(ring)
            painter.setBrush(QtCore.Qt.BrushStyle.NoBrush)
            painter.drawEllipse(cur, r * 2.2, r * 2.2)
            # the needle, coming in at the technique's angle from the lower right
            region = self.document.regions[steps[pos - 1].region_index]
            import math

            a = math.radians(region.technique.angle_deg)
            length = 14 * mm
            hub = cur + QtCore.QPointF(length * math.cos(a) * 0.8, length * math.sin(a) * 0.6 + 4)
            painter.setPen(QtGui.QPen(QtGui.QColor(th.text), 0.6 * mm))
            painter.drawLine(cur, hub)
        painter.setClipping(False)
        self._hud(painter, rect, pos)
        painter.restore()

    def _hud(self, painter: QtGui.QPainter, rect: QtCore.QRectF, pos: int) -> None:
        th = self.theme
        pb = self.controller.playback
        count = pb.steps[pos - 1].count if pos > 0 else 0
        volume = pb.steps[pos - 1].volume_ml if pos > 0 else Decimal("0")
        from mesomap.core.localeformat import default_format

        fmt = default_format()
        font = QtGui.QFont("DejaVu Sans")
        font.setPixelSize(th.text_px)
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QtGui.QColor(th.text))
        region = ""
        if pos > 0:
            region = self.document.regions[pb.steps[pos - 1].region_index].name
        text = (self.tr("Injections %1 / %2").replace("%1", fmt.format_integer(count))
                .replace("%2", fmt.format_integer(pb.total_count))
                + "    " + self.tr("Volume %1").replace("%1", fmt.format_volume_ml(volume))
                + "    " + self.tr("Speed %1×").replace("%1", f"{self.controller.speed:g}"))
        if region:
            text += "    " + region
        painter.drawText(rect.adjusted(th.text_px * 0.5, th.text_px * 0.4, 0, 0),
                         int(QtCore.Qt.AlignmentFlag.AlignLeft | QtCore.Qt.AlignmentFlag.AlignTop),
                         text)


def with_theme(theme: Theme, **changes: object) -> Theme:
    return replace(theme, **changes)  # type: ignore[arg-type]
