"""The course plot of a patient record (pyqtgraph): papules (bars) and volume (line, right
axis) per session across the course, the outcome measures (pain 0–10, circumferences, free
scores), and the days between sessions written over the gaps."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

import pyqtgraph as pg
from PySide6.QtWidgets import QVBoxLayout, QWidget

from mesomap.storage.models.enums import SessionStatus

OUTCOME_COLORS = {"pain_score": "#c92a2a", "circumference_cm": "#2b8a3e", "free_score": "#7048e8"}


class CoursePlot(QWidget):
    """Papules, volume and outcomes per session; x is the day (days since the first session)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("patient_record_course_plot")
        self.setAccessibleName(self.tr("Course plot"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.plot = pg.PlotWidget(background="w")
        self.plot.setObjectName("patient_record_plot_view")
        self.plot.setAccessibleName(self.tr("Course plot"))
        self.plot.setMinimumHeight(220)
        layout.addWidget(self.plot)
        item = self.plot.getPlotItem()
        item.showGrid(x=True, y=True, alpha=0.2)
        item.setLabel("bottom", self.tr("Days since the first session"))
        item.setLabel("left", self.tr("Papules"))
        item.showAxis("right")
        item.setLabel("right", self.tr("Volume (mL) · outcome scores"))
        self.legend = item.addLegend(offset=(10, 2), colCount=4, labelTextColor="#212529", brush=pg.mkBrush(255, 255, 255, 220),
                                     pen=pg.mkPen("#ced4da"))
        self.right = pg.ViewBox()
        item.scene().addItem(self.right)
        item.getAxis("right").linkToView(self.right)
        self.right.setXLink(item)
        item.getViewBox().sigResized.connect(self._sync_views)
        self.points: list[Any] = []
        self.interval_labels: list[str] = []

    def _sync_views(self) -> None:
        self.right.setGeometry(self.plot.getPlotItem().getViewBox().sceneBoundingRect())
        self.right.linkedViewChanged(self.plot.getPlotItem().getViewBox(), self.right.XAxis)

    def set_points(self, points: Sequence[Any]) -> None:
        """``points``: the repository's ``TimelinePoint`` list (cancelled/no-show are skipped)."""
        item = self.plot.getPlotItem()
        item.clear()
        self.right.clear()
        self.legend.clear()
        shown = [p for p in points if p.status not in (SessionStatus.CANCELLED, SessionStatus.NO_SHOW)]
        self.points = shown
        self.interval_labels = []
        if not shown:
            return
        start = min(self._day(p) for p in shown)
        xs = [float((self._day(p) - start).days) for p in shown]
        papules = [float(p.papules) for p in shown]
        bars = pg.BarGraphItem(x=xs, height=papules, width=1.6, brush=pg.mkBrush(28, 126, 214, 150),
                               pen=pg.mkPen(28, 126, 214))
        item.addItem(bars)
        self.legend.addItem(bars, self.tr("Papules"))
        volumes = [float(p.volume_ml) for p in shown]
        vol = pg.PlotDataItem(xs, volumes, pen=pg.mkPen("#e8590c", width=2), symbol="o", symbolSize=7,
                              symbolBrush="#e8590c", symbolPen=pg.mkPen("#e8590c"))
        self.right.addItem(vol)
        self.legend.addItem(vol, self.tr("Volume (mL)"))
        series: dict[str, tuple[list[float], list[float]]] = {}
        for x, p in zip(xs, shown, strict=True):
            for o in p.outcomes:
                key = o.kind if o.kind != "free_score" or not o.label else f"free_score:{o.label}"
                series.setdefault(key, ([], []))
                series[key][0].append(x)
                series[key][1].append(float(o.value))
        names = {"pain_score": self.tr("Pain (0–10)"), "circumference_cm": self.tr("Circumference (cm)")}
        for key, (ox, oy) in series.items():
            kind = key.split(":")[0]
            color = OUTCOME_COLORS.get(kind, "#495057")
            curve = pg.PlotDataItem(ox, oy, pen=pg.mkPen(color, width=1.5, style=pg.QtCore.Qt.PenStyle.DashLine),
                                    symbol="t", symbolSize=8, symbolBrush=color, symbolPen=pg.mkPen(color))
            self.right.addItem(curve)
            self.legend.addItem(curve, names.get(key, key.split(":", 1)[-1] or self.tr("Score")))
        top = max(papules) if papules else 1.0
        for i in range(1, len(xs)):
            days = int(xs[i] - xs[i - 1])
            text = self.tr("%1 d").replace("%1", str(days))
            self.interval_labels.append(text)
            label = pg.TextItem(text, color="#495057", anchor=(0.5, 1.0))
            label.setPos((xs[i] + xs[i - 1]) / 2.0, top * 1.12)
            item.addItem(label)
            line = pg.PlotDataItem([xs[i - 1], xs[i]], [top * 1.05, top * 1.05], pen=pg.mkPen("#adb5bd", width=1))
            item.addItem(line)
        item.setXRange(min(xs) - 2, max(xs) + 2, padding=0.02)
        item.setYRange(0, top * 1.6 if top else 1)
        right_values = volumes + [v for _k, (_x, ys) in series.items() for v in ys]
        self.right.setYRange(0, max(right_values + [1.0]) * 1.6)
        self._sync_views()

    @staticmethod
    def _day(point: Any) -> dt.date:
        moment = point.performed_at or point.scheduled_at
        return moment.astimezone().date()  # type: ignore[no-any-return]
