"""Render every shipped template (artwork, zones, tinted danger zones, 1 cm grid, title, scale
bar) with QPainter offscreen into docs/templates/<id>.png and docs/templates-contact-sheet.png.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/render_contact_sheet.py [--only ID ...]
"""

from __future__ import annotations

import argparse
import math
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QPointF, QRectF, Qt  # noqa: E402
from PySide6.QtGui import (  # noqa: E402
    QBrush,
    QColor,
    QFont,
    QGuiApplication,
    QImage,
    QPainter,
    QPainterPath,
    QPen,
)
from shapely.geometry.base import BaseGeometry  # noqa: E402

from mesomap.core.templates import Template, load_library  # noqa: E402

ZONE_COLORS = ["#4e79a7", "#59a14f", "#9c755f", "#76b7b2", "#edc948", "#b07aa1", "#ff9da7",
               "#8cd17d", "#86bcb6", "#a0cbe8", "#f1ce63", "#d4a6c8"]
SIDE_NOTE = {
    "front": "front view: the patient's left is on the viewer's right",
    "back": "back view: the patient's left is on the viewer's left",
    "top": "seen from above, face up: the patient's left is on the viewer's left",
    "left": "the patient's left side faces the viewer (front to the viewer's left)",
    "right": "the patient's right side faces the viewer (front to the viewer's right)",
}


class Canvas:
    """Maps template cm (y up) to image pixels."""

    def __init__(self, t: Template, max_px: int, margin_px: int = 70, top_px: int = 80) -> None:
        x0, y0, x1, y1 = t.outline.bounds
        pad = 1.5
        self.x0, self.y1 = x0 - pad, y1 + pad
        w_cm, h_cm = x1 - x0 + 2 * pad, y1 - y0 + 2 * pad
        self.s = min(max_px / w_cm, max_px / h_cm)
        self.margin, self.top = margin_px, top_px
        self.w = int(w_cm * self.s) + 2 * margin_px
        self.h = int(h_cm * self.s) + top_px + margin_px + 30
        self.cm_box = (x0 - pad, y0 - pad, x1 + pad, y1 + pad)

    def p(self, x: float, y: float) -> QPointF:
        return QPointF(self.margin + (x - self.x0) * self.s, self.top + (self.y1 - y) * self.s)


def path_of(c: Canvas, geom: BaseGeometry) -> QPainterPath:
    path = QPainterPath()
    path.setFillRule(Qt.FillRule.OddEvenFill)
    kind = geom.geom_type
    if kind in ("MultiPolygon", "MultiLineString", "GeometryCollection"):
        for g in geom.geoms:
            path.addPath(path_of(c, g))
        return path
    if kind == "Polygon":
        for ring in [geom.exterior, *geom.interiors]:
            pts = list(ring.coords)
            path.moveTo(c.p(*pts[0]))
            for q in pts[1:]:
                path.lineTo(c.p(*q))
            path.closeSubpath()
    elif kind == "LineString":
        pts = list(geom.coords)
        path.moveTo(c.p(*pts[0]))
        for q in pts[1:]:
            path.lineTo(c.p(*q))
    elif kind == "Point":
        path.addEllipse(c.p(geom.x, geom.y), 3, 3)
    return path


def render(t: Template, max_px: int = 900, labels: bool = True, header: bool = True) -> QImage:
    c = Canvas(t, max_px, top_px=96 if header else 14)
    img = QImage(c.w, c.h, QImage.Format.Format_ARGB32)
    img.fill(QColor("white"))
    qp = QPainter(img)
    qp.setRenderHint(QPainter.RenderHint.Antialiasing)
    # 1 cm grid, stronger every 5 cm
    gx0, gy0, gx1, gy1 = c.cm_box
    step = 1 if c.s >= 6.0 else 5  # 1 cm grid unless the lines would merge (small thumbnails)
    major = 5 if step == 1 else 10
    for k in range(math.floor(gx0), math.ceil(gx1) + 1):
        if k % step == 0:
            qp.setPen(QPen(QColor("#c8c8c8" if k % major else "#9a9a9a"), 1 if k % major else 1.4))
            qp.drawLine(c.p(k, gy0), c.p(k, gy1))
    for k in range(math.floor(gy0), math.ceil(gy1) + 1):
        if k % step == 0:
            qp.setPen(QPen(QColor("#c8c8c8" if k % major else "#9a9a9a"), 1 if k % major else 1.4))
            qp.drawLine(c.p(gx0, k), c.p(gx1, k))
    mm = c.s / 10.0  # pixels per mm
    # artwork fills under the zone tints, artwork lines over them (as the canvas shows them)
    for item in t.artwork:
        if item.kind == "fill":
            col = QColor(item.color)
            col.setAlphaF(float(item.opacity))
            qp.fillPath(path_of(c, item.geometry), QBrush(col))
    for i, z in enumerate(t.zones):
        col = QColor(ZONE_COLORS[i % len(ZONE_COLORS)])
        fill = QColor(col)
        fill.setAlphaF(0.22)
        path = path_of(c, z.geometry)
        qp.fillPath(path, QBrush(fill))
        qp.strokePath(path, QPen(col.darker(130), 1.2))
    for d in t.danger_zones:
        red = d.severity == "avoid"
        col = QColor("#d62728" if red else "#ff7f0e")
        zone_path = path_of(c, d.keep_out().intersection(t.outline.buffer(0.3)))
        tint = QColor(col)
        tint.setAlphaF(0.28 if red else 0.2)
        qp.fillPath(zone_path, QBrush(tint, Qt.BrushStyle.SolidPattern))
        qp.fillPath(zone_path, QBrush(col, Qt.BrushStyle.BDiagPattern if red else Qt.BrushStyle.FDiagPattern))
        pen = QPen(col, 1.2, Qt.PenStyle.DashLine)
        qp.strokePath(zone_path, pen)
        qp.strokePath(path_of(c, d.geometry), QPen(col.darker(120), 2.0))
    for item in t.artwork:
        if item.kind != "fill":
            col = QColor(item.color)
            col.setAlphaF(float(item.opacity))
            pen = QPen(col, max(1.0, float(item.width_mm or 0.3) * mm * 0.6))
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
            qp.strokePath(path_of(c, item.geometry), pen)
    if t.midline is not None:
        qp.strokePath(path_of(c, t.midline), QPen(QColor("#555555"), 1, Qt.PenStyle.DashDotLine))
    small = QFont("DejaVu Sans")
    small.setPixelSize(11)
    qp.setFont(small)
    if labels:
        for z in t.zones:
            rp = z.geometry.representative_point()
            qp.setPen(QColor("#1f2f4f"))
            _center_text(qp, c.p(rp.x, rp.y), z.id)
    for name, (x, y) in t.landmarks.items():
        q = c.p(x, y)
        qp.setPen(QPen(QColor("#000000"), 1.6))
        qp.drawLine(q + QPointF(-5, -5), q + QPointF(5, 5))
        qp.drawLine(q + QPointF(-5, 5), q + QPointF(5, -5))
        if labels:
            qp.setPen(QColor("#333333"))
            qp.drawText(q + QPointF(6, -4), name)
    if header:
        _header(qp, c, t, small, step)
    _scale_bar(qp, c, t)
    qp.end()
    return img


def _header(qp: QPainter, c: Canvas, t: Template, small: QFont, step: int) -> None:
    big = QFont("DejaVu Sans")
    big.setPixelSize(20)
    big.setBold(True)
    qp.setFont(big)
    qp.setPen(QColor("#111111"))
    qp.drawText(QRectF(10, 6, c.w - 20, 28), Qt.AlignmentFlag.AlignLeft, f"{t.title('en')}  ({t.id} v{t.version})")
    qp.setFont(small)
    info = (f"{t.width_cm:.1f} × {t.height_cm:.1f} cm · {t.sex} · {SIDE_NOTE.get(t.view, t.view)} · "
            f"relief: {t.relief.kind} · grid {step} cm")
    qp.drawText(QRectF(10, 36, c.w - 20, 40), Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap, info)


def _scale_bar(qp: QPainter, c: Canvas, t: Template) -> None:
    bar_cm = 5 if max(t.width_cm, t.height_cm) < 80 else 20
    y_bar = c.h - 24
    x_bar = c.margin
    qp.setPen(QPen(QColor("#000000"), 3))
    qp.drawLine(QPointF(x_bar, y_bar), QPointF(x_bar + bar_cm * c.s, y_bar))
    for k in range(bar_cm + 1):
        if bar_cm <= 5 or k % 5 == 0:
            qp.setPen(QPen(QColor("#000000"), 1.5))
            qp.drawLine(QPointF(x_bar + k * c.s, y_bar - 5), QPointF(x_bar + k * c.s, y_bar + 5))
    qp.drawText(QPointF(x_bar + bar_cm * c.s + 8, y_bar + 4), f"{bar_cm} cm")


def _center_text(qp: QPainter, at: QPointF, text: str) -> None:
    fm = qp.fontMetrics()
    w = fm.horizontalAdvance(text)
    qp.drawText(at - QPointF(w / 2, -4), text)


def contact_sheet(images: list[tuple[Template, QImage]], cell: int = 420, cols: int = 6) -> QImage:
    """Every template in a grid of cells, each with its title and size above the drawing."""
    rows = math.ceil(len(images) / cols)
    head = 44
    sheet = QImage(cols * cell, rows * (cell + head), QImage.Format.Format_ARGB32)
    sheet.fill(QColor("white"))
    qp = QPainter(sheet)
    qp.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    qp.setRenderHint(QPainter.RenderHint.Antialiasing)
    f1 = QFont("DejaVu Sans")
    f1.setPixelSize(15)
    f1.setBold(True)
    f2 = QFont("DejaVu Sans")
    f2.setPixelSize(12)
    for i, (t, img) in enumerate(images):
        r, col = divmod(i, cols)
        x0, y0 = col * cell, r * (cell + head)
        qp.setPen(QColor("#111111"))
        qp.setFont(f1)
        qp.drawText(QRectF(x0 + 6, y0 + 4, cell - 12, 20), Qt.AlignmentFlag.AlignHCenter, t.title("en"))
        qp.setFont(f2)
        qp.setPen(QColor("#444444"))
        qp.drawText(QRectF(x0 + 6, y0 + 24, cell - 12, 18), Qt.AlignmentFlag.AlignHCenter,
                    f"{t.id} · {t.width_cm:.1f} × {t.height_cm:.1f} cm · {t.sex} · {t.view}")
        scaled = img.scaled(cell - 10, cell - 10, Qt.AspectRatioMode.KeepAspectRatio,
                            Qt.TransformationMode.SmoothTransformation)
        qp.drawImage(x0 + (cell - scaled.width()) // 2, y0 + head + (cell - scaled.height()) // 2, scaled)
        qp.setPen(QPen(QColor("#dddddd"), 1))
        qp.drawRect(x0, y0, cell - 1, cell + head - 1)
    qp.end()
    return sheet


def gallery_order(templates: list[Template]) -> list[Template]:
    """Face templates first, then the body templates in the generator's order, then the rest."""
    order: list[str] = ["face_front", "face_left", "face_right"]
    try:
        sys.path.insert(0, str(ROOT / "tools"))
        import build_body_templates

        order += [tid for tid, _ in build_body_templates.builders()]
    except ImportError:
        pass
    rank = {tid: i for i, tid in enumerate(order)}
    return sorted(templates, key=lambda t: (rank.get(t.id, len(rank)), t.id))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--only", nargs="*", default=None)
    ap.add_argument("--out", default=str(ROOT / "docs"))
    args = ap.parse_args(argv)
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv)
    lib = load_library(include_user=False)
    for err in lib.errors:
        print("ERROR", err.message, file=sys.stderr)
    out = Path(args.out)
    (out / "templates").mkdir(parents=True, exist_ok=True)
    images = []
    for t in gallery_order(lib.templates()):
        if args.only and t.id not in args.only:
            continue
        big = 1500 if t.body_area == "whole_body" else 900
        render(t, max_px=big).save(str(out / "templates" / f"{t.id}.png"))
        images.append((t, render(t, max_px=600, labels=False, header=False)))
        print("rendered", t.id)
    if not args.only:
        contact_sheet(images).save(str(out / "templates-contact-sheet.png"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
