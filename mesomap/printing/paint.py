"""Painting laid-out sheets (:mod:`mesomap.printing.layout`) onto QPdfWriter or QPrinter.

The painter is scaled so that one unit is one millimetre from the paper's top-left corner; the
factor comes from the device's resolution (dots per inch / 25.4), never from its pixel size or
from the screen, so printer margins, device resolution and ``QT_SCALE_FACTOR`` cannot change the
printed scale. Printers are set to full-page mode with zero margins for the same reason (the
sheet keeps its own white margins from the clinic setting).

``SheetPrinter`` is the high-level entry point: ``write_pdf(path, sheets)`` or
``print_to(printer, sheets)``, where ``sheets`` are :class:`PreparedSheet` (a layout plus its map
renderer). ``prepare(data, options, library)`` lays a stored session's sheet out with real font
metrics, on the template the session was planned on (:func:`resolve_template`).
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from PySide6 import QtCore, QtGui

from mesomap.core.localeformat import LocaleFormat
from mesomap.core.templates import Template, TemplateLibrary
from mesomap.printing.layout import (
    PT_MM,
    Box,
    CheckBox,
    Line,
    MapFrame,
    Mark,
    ScaleBar,
    SheetLayout,
    Swatch,
    Text,
    line_height,
)
from mesomap.printing.renderer import MapRenderer, font_for
from mesomap.printing.sheet import SheetOptions, Translate, layout_session_sheet
from mesomap.storage.repository.sheets import SessionSheetData
from mesomap.storage.template_snapshots import resolve_stored_template

log = logging.getLogger(__name__)
PDF_RESOLUTION = 1200
MEASURE_DPI = 1200


def qt_translate(context: str, text: str) -> str:
    return QtCore.QCoreApplication.translate(context, text)


_local = threading.local()


def _measure_font(size_pt: float, bold: bool) -> tuple[QtGui.QFontMetricsF, float]:
    """Font metrics at 1200 dpi, cached per thread (Qt's font caches are per thread)."""
    cache: dict[tuple[float, bool], tuple[QtGui.QFontMetricsF, float]] | None = getattr(
        _local, "fonts", None)
    if cache is None:
        cache = _local.fonts = {}
    found = cache.get((size_pt, bold))
    if found is not None:
        return found
    image = QtGui.QImage(1, 1, QtGui.QImage.Format.Format_ARGB32)
    dpm = round(MEASURE_DPI / 0.0254)
    image.setDotsPerMeterX(dpm)
    image.setDotsPerMeterY(dpm)
    font = QtGui.QFont("DejaVu Sans")
    font.setStyleHint(QtGui.QFont.StyleHint.SansSerif)
    font.setPointSizeF(size_pt)
    font.setBold(bold)
    font.setHintingPreference(QtGui.QFont.HintingPreference.PreferNoHinting)
    found = cache[(size_pt, bold)] = (QtGui.QFontMetricsF(font, image), 25.4 / image.logicalDpiX())
    return found


def qt_measure(text: str, size_pt: float, bold: bool = False) -> float:
    """Width in mm of ``text`` in the sheet font (real metrics, independent of any screen)."""
    metrics, mm_per_dot = _measure_font(round(size_pt * 4) / 4, bold)
    return metrics.horizontalAdvance(text) * mm_per_dot


def resolve_template(library: TemplateLibrary, data: SessionSheetData) -> Template | None:
    """The exact template the session's map was planned on: the installed copy when its content
    hash matches, else the snapshot stored with the session (a map saved before snapshots: the
    installed file of the same version). ``TemplateUnavailableError`` (a sentence for the user)
    when neither is that template; None when the session has no map."""
    if data.map is None:
        return None
    return resolve_stored_template(library, data.map.template, data.template_snapshot)


@dataclass
class PreparedSheet:
    session_id: int
    layout: SheetLayout
    renderer: MapRenderer


def prepare(data: SessionSheetData, options: SheetOptions, library: TemplateLibrary,
            fmt: LocaleFormat | None = None, translate: Translate = qt_translate,
            printed_at: dt.datetime | None = None) -> PreparedSheet:
    template = resolve_template(library, data)
    layout = layout_session_sheet(data, template, options, measure=qt_measure,
                                  translate=translate, fmt=fmt, printed_at=printed_at)
    return PreparedSheet(data.session_id, layout, MapRenderer(data.map, template))


# --- painting ---------------------------------------------------------------------------------------
_ALIGN = {
    "left": QtCore.Qt.AlignmentFlag.AlignLeft,
    "right": QtCore.Qt.AlignmentFlag.AlignRight,
    "center": QtCore.Qt.AlignmentFlag.AlignHCenter,
}


class _Mm:
    """Millimetres to device units. The painter itself stays in device units: text drawn
    through a scaled painter would be laid out at a tiny hinted pixel size and come out wider."""

    def __init__(self, kx: float, ky: float) -> None:
        self.kx, self.ky = kx, ky

    def pt(self, x: float, y: float) -> QtCore.QPointF:
        return QtCore.QPointF(x * self.kx, y * self.ky)

    def rect(self, x: float, y: float, w: float, h: float) -> QtCore.QRectF:
        return QtCore.QRectF(x * self.kx, y * self.ky, w * self.kx, h * self.ky)

    def pen(self, color: str | QtGui.QColor, width_mm: float, dash: bool = False) -> QtGui.QPen:
        pen = QtGui.QPen(QtGui.QColor(color), width_mm * self.kx)
        if dash:
            pen.setStyle(QtCore.Qt.PenStyle.DashLine)
        return pen


def paint_page(painter: QtGui.QPainter, layout: SheetLayout, index: int,
               renderer: MapRenderer, kx: float, ky: float) -> None:
    """Paint page ``index`` of ``layout``; ``kx, ky``: device units per mm (:func:`mm_scale`)."""
    mm = _Mm(kx, ky)
    fonts: dict[tuple[float, bool], QtGui.QFont] = {}
    painter.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing, True)
    for e in layout.pages[index].elements:
        if isinstance(e, Text):
            key = (e.size_pt, e.bold)
            font = fonts.get(key)
            if font is None:
                font = fonts[key] = font_for(painter, e.size_pt * PT_MM * ky, e.bold)
            painter.setFont(font)
            painter.setPen(QtGui.QColor(e.color))
            flags = _ALIGN.get(e.align, _ALIGN["left"]) | QtCore.Qt.AlignmentFlag.AlignVCenter
            painter.drawText(mm.rect(e.x, e.y, e.w, e.h), int(flags), e.text)
        elif isinstance(e, Box):
            painter.setPen(mm.pen(e.stroke, e.width_mm) if e.stroke else QtCore.Qt.PenStyle.NoPen)
            painter.setBrush(QtGui.QColor(e.fill) if e.fill else QtCore.Qt.BrushStyle.NoBrush)
            painter.drawRect(mm.rect(e.x, e.y, e.w, e.h))
        elif isinstance(e, Line):
            painter.setPen(mm.pen(e.color, e.width_mm, e.dash))
            painter.drawLine(mm.pt(e.x1, e.y1), mm.pt(e.x2, e.y2))
        elif isinstance(e, CheckBox):
            painter.setPen(mm.pen("#000000", 0.25))
            painter.setBrush(QtCore.Qt.BrushStyle.NoBrush)
            painter.drawRect(mm.rect(e.x, e.y, e.size, e.size))
            if e.checked:
                m = e.size * 0.2
                painter.drawLine(mm.pt(e.x + m, e.y + m), mm.pt(e.x + e.size - m, e.y + e.size - m))
                painter.drawLine(mm.pt(e.x + e.size - m, e.y + m), mm.pt(e.x + m, e.y + e.size - m))
        elif isinstance(e, MapFrame):
            renderer.paint(painter, mm.rect(e.x, e.y, e.w, e.h), e.window, kx)
        elif isinstance(e, ScaleBar):
            _scale_bar(painter, e, mm)
        elif isinstance(e, Swatch):
            _swatch(painter, e, mm)
        elif isinstance(e, Mark):
            painter.setPen(mm.pen("#000000", 0.2))
            painter.drawLine(mm.pt(e.x - e.size, e.y), mm.pt(e.x + e.size, e.y))
            painter.drawLine(mm.pt(e.x, e.y - e.size), mm.pt(e.x, e.y + e.size))
            painter.setBrush(QtCore.Qt.BrushStyle.NoBrush)
            painter.drawEllipse(mm.pt(e.x, e.y), e.size * 0.4 * kx, e.size * 0.4 * ky)


def _scale_bar(painter: QtGui.QPainter, bar: ScaleBar, mm: _Mm) -> None:
    length = bar.length_mm
    painter.setPen(QtCore.Qt.PenStyle.NoPen)
    painter.setBrush(QtGui.QColor("black"))
    painter.drawRect(mm.rect(bar.x, bar.y, length, bar.height))
    lh = line_height(7)
    painter.setFont(font_for(painter, 7 * PT_MM * mm.ky))
    painter.setPen(QtGui.QColor("black"))
    top = bar.y + bar.height + 0.3
    painter.drawText(mm.rect(bar.x - 5, top, 10, lh), int(QtCore.Qt.AlignmentFlag.AlignHCenter), "0")
    painter.drawText(mm.rect(bar.x + length - 15, top, 30, lh),
                     int(QtCore.Qt.AlignmentFlag.AlignHCenter), bar.label)


def _swatch(painter: QtGui.QPainter, s: Swatch, mm: _Mm) -> None:
    color = QtGui.QColor(s.color)
    rect = mm.rect(s.x, s.y, s.w, s.h)
    if s.kind == "papule":
        painter.setPen(QtCore.Qt.PenStyle.NoPen)
        painter.setBrush(color)
        painter.drawEllipse(rect.center(), 0.8 * mm.kx, 0.8 * mm.ky)
        return
    if s.kind == "line":
        painter.setPen(mm.pen(s.color, 0.6))
        painter.drawLine(mm.pt(s.x, s.y + s.h / 2), mm.pt(s.x + s.w, s.y + s.h / 2))
        return
    fill = QtGui.QColor(color)
    fill.setAlpha(70)
    painter.setBrush(fill)
    painter.setPen(mm.pen(s.color, 0.3))
    painter.drawRect(rect)


def mm_scale(device: QtGui.QPaintDevice) -> tuple[float, float]:
    """Device units per millimetre on each axis, from the device's resolution."""
    return device.logicalDpiX() / 25.4, device.logicalDpiY() / 25.4


class SheetPainter:
    """Paints prepared sheets page after page onto one paged device."""

    def __init__(self, device: QtGui.QPagedPaintDevice) -> None:
        self.device = device
        self.painter: QtGui.QPainter | None = None

    def __enter__(self) -> SheetPainter:
        return self

    def __exit__(self, *exc: object) -> None:
        self.end()

    def add(self, sheet: PreparedSheet) -> None:
        for index in range(len(sheet.layout.pages)):
            if self.painter is None:
                self.painter = QtGui.QPainter()
                if not self.painter.begin(self.device):
                    self.painter = None
                    raise OSError("the printer or file could not be opened for writing")
            elif not self.device.newPage():
                raise OSError("the printer refused a new page")
            kx, ky = mm_scale(self.device)
            paint_page(self.painter, sheet.layout, index, sheet.renderer, kx, ky)

    def end(self) -> None:
        if self.painter is not None:
            self.painter.end()
            self.painter = None


def page_layout(layout: SheetLayout) -> QtGui.QPageLayout:
    size = QtGui.QPageSize(QtGui.QPageSize.PageSizeId.A4 if layout.paper == "A4"
                           else QtGui.QPageSize.PageSizeId.Letter)
    orientation = (QtGui.QPageLayout.Orientation.Landscape if layout.orientation == "landscape"
                   else QtGui.QPageLayout.Orientation.Portrait)
    return QtGui.QPageLayout(size, orientation, QtCore.QMarginsF(0, 0, 0, 0),
                             QtGui.QPageLayout.Unit.Millimeter)


def write_pdf(path: str, sheets: Iterable[PreparedSheet], title: str = "",
              cancelled: Callable[[], bool] | None = None) -> int:
    """Write ``sheets`` into one PDF at ``path``; returns the number of pages."""
    writer: QtGui.QPdfWriter | None = None
    pages = 0
    painter: SheetPainter | None = None
    try:
        for sheet in sheets:
            if cancelled is not None and cancelled():
                break
            if writer is None:
                writer = QtGui.QPdfWriter(path)
                writer.setResolution(PDF_RESOLUTION)
                writer.setCreator("mesomap")
                writer.setTitle(title)
                writer.setPageLayout(page_layout(sheet.layout))
                painter = SheetPainter(writer)
            assert painter is not None
            painter.add(sheet)
            pages += len(sheet.layout.pages)
    finally:
        if painter is not None:
            painter.end()
    return pages


def print_to(printer: QtGui.QPagedPaintDevice, sheets: Iterable[PreparedSheet]) -> int:
    """Paint ``sheets`` on a QPrinter (full page, zero margins); returns the number of pages."""
    pages = 0
    first = True
    with SheetPainter(printer) as painter:
        for sheet in sheets:
            if first:
                set_full_page(printer, sheet.layout)
                first = False
            painter.add(sheet)
            pages += len(sheet.layout.pages)
    return pages


def set_full_page(printer: QtGui.QPagedPaintDevice, layout: SheetLayout) -> None:
    """Page size and orientation of ``layout``, zero margins, origin at the paper's corner."""
    printer.setPageLayout(page_layout(layout))
    full = getattr(printer, "setFullPage", None)
    if full is not None:
        full(True)
