"""Benchmark: a scripted vertex drag through the real map canvas, offscreen.

A 50 × 60 cm back region with three holes is laid out at 1 cm (≈ 2,500 papules) and at 0.5 cm
(≈ 10,000 papules). A vertex is dragged in 120 steps by real mouse events sent to the canvas
viewport (the select tool → fast layout → item update); after each step a 1280 × 900 frame is
rendered into a QImage. One "update" is the whole of that. The same run is repeated with
pyqtgraph's ScatterPlotItem standing in for the canvas's papule item, for the ratio.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_canvas.py
Prints figures only; it never fails on time. Wall-clock figures suffer when other processes
load the machine; the CPU time of the GUI thread per update is printed beside them.
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import numpy as np  # noqa: E402
import pyqtgraph as pg  # noqa: E402
import shapely  # noqa: E402
from PySide6 import QtCore, QtGui, QtWidgets  # noqa: E402

W, H = 1280, 900
STEPS = 120


def back_region() -> shapely.Polygon:
    """A stylised 50 × 60 cm back: tapered shoulders to waist, three holes (spine, scars)."""
    outer = [(-25, 30), (25, 30), (24, 10), (21, -10), (22, -30), (-22, -30), (-21, -10), (-24, 10)]
    holes = [
        [(-1.5, 28), (1.5, 28), (1.5, -28), (-1.5, -28)],          # spine strip
        [(8, 5), (13, 5), (13, 9), (8, 9)],                          # scar
        [(-14, -15), (-10, -15), (-10, -11), (-14, -11)],            # naevus
    ]
    return shapely.Polygon(outer, holes)


class ScatterStandIn:
    """Gives a ScatterPlotItem the PapuleItem interface the canvas uses while dragging."""

    def __init__(self, item: Any) -> None:
        self.scatter = pg.ScatterPlotItem(size=9, pen=pg.mkPen("w"), brush=pg.mkBrush("#1c7ed6"))
        self.item = item

    def setData(self, xy: np.ndarray, *args: Any, **kwargs: Any) -> None:  # noqa: N802
        self.scatter.setData(pos=np.asarray(xy), size=9, pen=pg.mkPen("w"),
                             brush=pg.mkBrush("#1c7ed6"))

    def __getattr__(self, name: str) -> Any:
        return getattr(self.item, name)


def run(spacing_cm: float, scatter: bool) -> tuple[int, list[float]]:
    from mesomap.core.document.model import MapDocument, TemplateRef
    from mesomap.core.templates import PatientFit
    from mesomap.gui.canvas.canvas import MapCanvas

    doc = MapDocument(TemplateRef("bench_back", 1, "0" * 64, PatientFit.identity()))
    canvas = MapCanvas(doc)
    canvas.resize(W, H)
    canvas.show()
    QtWidgets.QApplication.processEvents()
    canvas.default_technique = canvas.default_technique.replace(spacing_cm=spacing_cm)
    canvas.create_region(back_region())
    rid = doc.regions[0].id
    count = len(doc.region(rid).papules)
    canvas.view.set_fit_rect(QtCore.QRectF(-26, -31, 52, 62))
    canvas.view.fit()
    canvas.set_tool("select")
    QtWidgets.QApplication.processEvents()
    if scatter:
        stand_in = ScatterStandIn(canvas.papule_items[rid])
        canvas.view.vb.removeItem(canvas.papule_items[rid])
        canvas.view.vb.addItem(stand_in.scatter)
        canvas.papule_items[rid] = stand_in  # type: ignore[assignment]
        stand_in.setData(doc.region(rid).papules.xy)
    vp = canvas.view.viewport()
    image = QtGui.QImage(W, H, QtGui.QImage.Format.Format_ARGB32_Premultiplied)

    def send(kind: QtCore.QEvent.Type, x: float, y: float, buttons: QtCore.Qt.MouseButton) -> None:
        pt = canvas.view.to_px(x, y)
        button = (QtCore.Qt.MouseButton.NoButton if kind == QtCore.QEvent.Type.MouseMove
                  else QtCore.Qt.MouseButton.LeftButton)
        ev = QtGui.QMouseEvent(kind, pt, QtCore.QPointF(vp.mapToGlobal(pt.toPoint())), button,
                               buttons, QtCore.Qt.KeyboardModifier.NoModifier)
        QtWidgets.QApplication.sendEvent(vp, ev)

    left = QtCore.Qt.MouseButton.LeftButton
    none = QtCore.Qt.MouseButton.NoButton
    canvas.select_region(rid)
    vx, vy = 24.0, 10.0  # the right shoulder-to-waist corner
    send(QtCore.QEvent.Type.MouseMove, vx, vy, none)
    send(QtCore.QEvent.Type.MouseButtonPress, vx, vy, left)
    times: list[float] = []
    phases: list[tuple[float, float]] = []
    cpu: list[float] = []
    for k in range(1, STEPS + 1):
        x = vx + 4.0 * np.sin(k / STEPS * np.pi * 2)
        y = vy + 3.0 * np.sin(k / STEPS * np.pi)
        t0 = time.perf_counter()
        c0 = time.thread_time()
        send(QtCore.QEvent.Type.MouseMove, x, y, left)      # geometry + fast layout + items
        t1 = time.perf_counter()
        image.fill(0xFFFFFFFF)
        painter = QtGui.QPainter(image)
        canvas.view.render(painter, QtCore.QRectF(0, 0, W, H), vp.rect())  # 1280 × 900 frame
        painter.end()
        t2 = time.perf_counter()
        cpu.append(time.thread_time() - c0)
        times.append(t2 - t0)
        phases.append((t1 - t0, t2 - t1))
    send(QtCore.QEvent.Type.MouseButtonRelease, vx, vy, left)
    canvas.detach()
    canvas.close()
    canvas.deleteLater()
    QtWidgets.QApplication.processEvents()
    edit_ms = statistics.median(p[0] for p in phases[5:]) * 1000
    render_ms = statistics.median(p[1] for p in phases[5:]) * 1000
    cpu_ms = statistics.median(cpu[5:]) * 1000
    return count, times, edit_ms, render_ms, cpu_ms


def report(label: str, count: int, times: list[float], edit_ms: float, render_ms: float,
           cpu_ms: float) -> tuple[float, float]:
    ms = sorted(t * 1000 for t in times[5:])  # drop warm-up steps
    median = statistics.median(ms)
    p95 = ms[int(0.95 * (len(ms) - 1))]
    print(f"{label:<50} {count:>6} papules  median {median:6.2f} ms = {1000 / median:6.1f} updates/s"
          f"  p95 {p95:6.2f} ms  (edit+layout+items {edit_ms:5.2f} ms, render {render_ms:5.2f} ms;"
          f" CPU {cpu_ms:5.2f} ms = {1000 / cpu_ms:6.1f}/s)")
    return 1000 / median, 1000 / cpu_ms


def item_only(n: int = 30_000, repeats: int = 30) -> None:
    """The papule item alone against ScatterPlotItem: data update and a 1280 × 900 render."""
    from mesomap.gui.canvas.papule_item import PapuleItem

    view = pg.GraphicsView(background="w")
    vb = pg.ViewBox(lockAspect=True)
    view.setCentralItem(vb)
    view.resize(W, H)
    view.show()
    xy = np.random.default_rng(1).random((n, 2)) * (150.0, 200.0)
    image = QtGui.QImage(W, H, QtGui.QImage.Format.Format_ARGB32_Premultiplied)

    def render() -> None:
        image.fill(0xFFFFFFFF)
        painter = QtGui.QPainter(image)
        view.render(painter, QtCore.QRectF(0, 0, W, H), view.viewport().rect())
        painter.end()

    ours = PapuleItem()
    scatter = pg.ScatterPlotItem(size=9, pen=pg.mkPen("w"), brush=pg.mkBrush("#1c7ed6"))
    for label, item, update in (
        ("PapuleItem", ours, lambda k: ours.setPositions(xy + k * 0.01)),
        ("ScatterPlotItem", scatter, lambda k: scatter.setData(pos=xy + k * 0.01)),
    ):
        vb.addItem(item)
        update(0)
        vb.setRange(QtCore.QRectF(0, 0, 150, 200), padding=0)
        QtWidgets.QApplication.processEvents()
        render()
        up, rd = [], []
        for k in range(repeats):
            t0 = time.perf_counter()
            update(k)
            t1 = time.perf_counter()
            render()
            rd.append(time.perf_counter() - t1)
            up.append(t1 - t0)
        print(f"{label:<16} {n} points: update {statistics.median(up) * 1e3:7.3f} ms"
              f" ({statistics.median(up) / n * 1e9:6.1f} ns/point), render {statistics.median(rd) * 1e3:6.2f} ms")
        vb.removeItem(item)
    view.close()


def main() -> int:
    app = QtWidgets.QApplication.instance() or QtWidgets.QApplication(sys.argv)
    del app
    item_only()
    print(f"vertex drag on a 50 × 60 cm back, {STEPS} steps, {W} × {H} frame rendered per update")
    for spacing in (1.0, 0.5):
        ours = report(f"canvas PapuleItem, spacing {spacing} cm", *run(spacing, scatter=False))
        theirs = report(f"same run with ScatterPlotItem, spacing {spacing} cm",
                        *run(spacing, scatter=True))
        print(f"{'':<50} ratio PapuleItem / ScatterPlotItem updates/s: {ours[0] / theirs[0]:4.1f}×"
              f" (wall), {ours[1] / theirs[1]:4.1f}× (CPU)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
