"""Screenshots of the map canvas for the docs, taken from a real window.

    xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python tools/screenshot_canvas.py [OUTDIR]

Writes canvas-face-cheek.png (face, left cheek laid out at 1 cm), canvas-back-regions.png
(upper back with three regions), canvas-grid.png (the cm grid and its labels, zoomed in) and
canvas-warning-tooltip.png (a papule in a caution zone, its tooltip saying why) to OUTDIR
(default docs/screenshots).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import numpy as np
import shapely
from PySide6 import QtCore, QtGui, QtWidgets

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


class Window(QtWidgets.QMainWindow):
    """The canvas with a status bar (cursor in cm, messages) and a totals line."""

    def __init__(self, template: Any) -> None:
        from mesomap.core.document.model import MapDocument, TemplateRef
        from mesomap.core.templates import PatientFit
        from mesomap.gui.canvas.canvas import MapCanvas

        super().__init__()
        ref = TemplateRef(template.id, template.version, template.content_hash, PatientFit.identity())
        self.document = MapDocument(ref)
        self.canvas = MapCanvas(self.document)
        self.setCentralWidget(self.canvas)
        self.cursor_label = QtWidgets.QLabel()
        self.totals_label = QtWidgets.QLabel()
        self.statusBar().addPermanentWidget(self.totals_label)
        self.statusBar().addPermanentWidget(self.cursor_label)
        self.canvas.cursorMoved.connect(
            lambda x, y: self.cursor_label.setText(f"x {x:.1f} cm   y {y:.1f} cm"))
        self.canvas.message.connect(lambda m: self.statusBar().showMessage(m, 8000))
        self.canvas.totalsChanged.connect(self._totals)
        self.setWindowTitle(f"mesomap — {template.title('en')}")
        self.resize(1280, 900)
        self.show()
        QtWidgets.QApplication.processEvents()
        self.canvas.set_template(template)
        QtWidgets.QApplication.processEvents()

    def _totals(self, totals: Any) -> None:
        minutes = totals.duration_seconds / 60.0
        self.totals_label.setText(f"{totals.papules} papules · ≈ {minutes:.0f} min")

    def region_from_zone(self, zone_id: str, template: Any, **technique: Any) -> str:
        c = self.canvas
        if technique:
            c.default_technique = c.default_technique.replace(**technique)
        zone = template.zone(zone_id)
        c.create_region(zone.geometry, None, zone.name("en"))
        return self.document.regions[-1].id

    def hover(self, x: float, y: float) -> None:
        vp = self.canvas.view.viewport()
        pt = self.canvas.view.to_px(x, y)
        ev = QtGui.QMouseEvent(QtCore.QEvent.Type.MouseMove, pt, QtCore.QPointF(vp.mapToGlobal(pt.toPoint())),
                               QtCore.Qt.MouseButton.NoButton, QtCore.Qt.MouseButton.NoButton,
                               QtCore.Qt.KeyboardModifier.NoModifier)
        QtWidgets.QApplication.sendEvent(vp, ev)
        QtGui.QCursor.setPos(vp.mapToGlobal(pt.toPoint()))


def settle(ms: int = 300) -> None:
    end = QtCore.QDeadlineTimer(ms)
    while not end.hasExpired():
        QtWidgets.QApplication.processEvents()


def save(widget: QtWidgets.QWidget, path: Path) -> None:
    settle()
    widget.grab().save(str(path))
    print(path)


def main() -> int:
    from mesomap.core.document.commands.regions import SetMixture
    from mesomap.core.document.model import MixtureItem
    from mesomap.core.templates import load_library

    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    QtWidgets.QApplication(sys.argv)
    library = load_library()

    # 1. face front, left cheek at 1 cm
    face = library.get("face_front")
    w = Window(face)
    rid = w.region_from_zone("cheek_left", face, spacing_cm=1.0)
    w.canvas.stack.push_command(SetMixture(w.document, rid, [
        MixtureItem(None, None, "Clinic mixture A", "LOT-0425", "0.05")]))
    w.canvas.select_region(rid)
    w.canvas.view.fit()
    w.hover(4.0, -3.0)
    save(w, out / "canvas-face-cheek.png")

    # 4. warning tooltip: a papule placed by hand in a caution zone (facial artery course)
    art = face.danger_zone("facial_artery_left").geometry
    p = art.interpolate(0.5, normalized=True)
    w.canvas.set_tool("papules")
    w.canvas.add_papule(p.x + 0.1, p.y)
    region = next(r for r in w.document.regions if r.papules.manual.any())
    k = int(np.flatnonzero(region.papules.manual)[0])
    x, y = region.papules.xy[k]
    w.canvas.zoom_to_region(region.id)
    settle()
    w.hover(float(x), float(y))
    settle(600)
    screen = QtGui.QGuiApplication.primaryScreen()
    geo = w.frameGeometry()
    shot = screen.grabWindow(0, geo.x(), geo.y(), geo.width(), geo.height())
    shot.save(str(out / "canvas-warning-tooltip.png"))
    print(out / "canvas-warning-tooltip.png", repr(w.canvas.hover_text))
    w.close()

    # 2. upper back with three regions
    back = library.get("upper_back_shoulders")
    w = Window(back)
    w.region_from_zone("trapezius_left", back, spacing_cm=1.5)
    w.region_from_zone("trapezius_right", back, spacing_cm=1.5)
    w.canvas.default_technique = w.canvas.default_technique.replace(spacing_cm=2.0)
    x0, y0, x1, y1 = back.zone("scapular_left").geometry.bounds
    w.canvas.create_region(shapely.Point((x0 + x1) / 2, (y0 + y1) / 2).buffer(4.0), None,
                           "Left scapular pain point")
    w.canvas.view.fit()
    w.hover(0.0, 0.0)
    save(w, out / "canvas-back-regions.png")
    w.close()

    # 3. the grid and its labels, zoomed in on the face
    w = Window(face)
    w.region_from_zone("forehead", face, spacing_cm=1.0)
    w.canvas.view.zoom_to(QtCore.QRectF(-6, -2, 12, 8), padding=0)
    w.hover(1.0, 2.0)
    save(w, out / "canvas-grid.png")
    w.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
