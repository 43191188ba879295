"""The session sheet's content, laid out in millimetres (Qt-free).

``layout_session_sheet(data, template, options, measure=..., translate=..., fmt=...)`` turns a
:class:`~mesomap.storage.repository.sheets.SessionSheetData` into a
:class:`~mesomap.printing.layout.SheetLayout`: a header repeated on every page (clinic, patient,
session, DEMO), the session details, the map at a stated standard scale with its scale bar and
legend, the per-region technique and product table with lots and expiry dates, totals, the
contraindication checklist (empty boxes where unanswered), adverse events, amendments, notes and
the signature block, then — for an actual-size print of a map larger than the paper — the 1:1
tiles with alignment marks, and optionally the patient's aftercare page
(:mod:`mesomap.printing.aftercare`).

Text is marked with ``QT_TRANSLATE_NOOP("SessionSheet", ...)`` and translated through the
``translate(context, text)`` function the caller passes (identity by default).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

import shapely

from mesomap.core.document import MapDocument
from mesomap.core.i18n import QT_TRANSLATE_NOOP
from mesomap.core.localeformat import LocaleFormat
from mesomap.core.templates import Template
from mesomap.printing import scale as scales
from mesomap.printing import sections
from mesomap.printing.layout import (
    Box,
    Flow,
    Line,
    MapFrame,
    Mark,
    Measure,
    Page,
    ScaleBar,
    SheetLayout,
    Swatch,
    Text,
    approx_measure,
    line_height,
    paper_size_mm,
    wrap,
)
from mesomap.storage.repository.sheets import SessionSheetData

CONTEXT = "SessionSheet"
Translate = Callable[[str, str], str]
MAP_SHARE = 0.72
"""Share of the first page's content height given to the map frame."""


def identity_translate(context: str, text: str) -> str:
    del context
    return text


@dataclass(frozen=True)
class SheetOptions:
    paper: str = "A4"
    orientation: str = "portrait"
    scale: str = "fit"  # "fit" | "1:1"
    aftercare: bool = False
    margin_mm: float | None = None  # None: the clinic setting stored with the data


def map_content(doc: MapDocument | None, template: Template | None) -> list[shapely.Geometry]:
    """What the map must show (cm): the fitted template outline and every region."""
    geoms = []
    if template is not None:
        fit = doc.template.fit if doc is not None else None
        outline = template.outline
        if fit is not None:
            outline = shapely.transform(outline, lambda c: c * [fit.scale_x, fit.scale_y])
        geoms.append(outline)
    if doc is not None:
        geoms += [r.geometry for r in doc.regions if not r.geometry.is_empty]
    return geoms


def map_bounds(doc: MapDocument | None, template: Template | None,
               pad: float = 0.5) -> tuple[float, float, float, float]:
    """Bounds of :func:`map_content`, padded by ``pad`` cm."""
    geoms = map_content(doc, template)
    if not geoms:
        return (-5.0, -5.0, 5.0, 5.0)
    x0, y0, x1, y1 = shapely.GeometryCollection(geoms).bounds
    return (x0 - pad, y0 - pad, x1 + pad, y1 + pad)


BAR_LENGTHS_CM = (10.0, 20.0, 50.0, 100.0, 5.0, 2.0, 1.0)


def scale_bar_cm(denominator: float, max_mm: float, min_mm: float = 20.0) -> float:
    """The scale bar's length in map cm: 10 cm when it is 20 mm or more on paper and fits,
    else the first of 20, 50, 100 cm that is long enough, else a shorter one that fits."""
    for cm in BAR_LENGTHS_CM:
        length = cm * 10.0 / denominator
        if min_mm <= length <= max_mm:
            return cm
    fitting = [cm for cm in BAR_LENGTHS_CM if cm * 10.0 / denominator <= max_mm]
    return max(fitting) if fitting else 1.0


class SheetBuilder:
    """Builds the pages of one session sheet."""

    def __init__(self, data: SessionSheetData, template: Template | None, options: SheetOptions,
                 measure: Measure, translate: Translate, fmt: LocaleFormat,
                 printed_at: dt.datetime | None = None) -> None:
        self.data = data
        self.template = template
        self.options = options
        self.measure = measure
        self.translate = translate
        self.fmt = fmt
        self.printed_at = printed_at or dt.datetime.now().astimezone()
        self.margin = options.margin_mm if options.margin_mm is not None else data.margin_mm
        w, h = paper_size_mm(options.paper, options.orientation)
        self.layout = SheetLayout(options.paper, options.orientation, w, h)

    # -- small helpers ---------------------------------------------------------------------------
    def t(self, text: str) -> str:
        return self.translate(CONTEXT, text)

    def when(self, value: dt.datetime | None) -> str:
        return self.fmt.format_datetime(value.astimezone()) if value is not None else ""

    def day(self, value: dt.date | None) -> str:
        return self.fmt.format_date(value) if value is not None else ""

    def vol(self, value: Decimal) -> str:
        return self.fmt.format_volume_ml(value)

    def page_label(self, n: int, m: int) -> str:
        return self.t(QT_TRANSLATE_NOOP("SessionSheet", "Page %1 of %2")).replace(
            "%1", str(n)).replace("%2", str(m))

    def footer(self) -> str:
        text = self.t(QT_TRANSLATE_NOOP("SessionSheet", "Printed %1 by mesomap")).replace(
            "%1", self.when(self.printed_at))
        if self.data.is_demo:
            text = self.t(QT_TRANSLATE_NOOP(
                "SessionSheet", "DEMO — fictional data, not a clinical record")) + " · " + text
        return text

    def header(self, page: Page, top: float) -> float:
        d = self.data
        left, width = self.margin, self.layout.width_mm - 2 * self.margin
        lh1 = line_height(12)
        title = d.clinic_name or self.t(QT_TRANSLATE_NOOP("SessionSheet", "Session sheet"))
        page.elements.append(Text(left, top, width * 0.75, lh1, title, 12, True))
        if d.is_demo:
            page.elements.append(Text(left, top - 1.0, width, line_height(16),
                                      self.t(QT_TRANSLATE_NOOP("SessionSheet", "DEMO")), 16, True,
                                      "right", "#c00000"))
        y = top + lh1
        lh = line_height(9)
        who = d.patient_name
        if d.patient_birth_date is not None:
            who += " · " + self.t(QT_TRANSLATE_NOOP("SessionSheet", "born %1")).replace(
                "%1", self.day(d.patient_birth_date))
        who += " · " + self.t(QT_TRANSLATE_NOOP("SessionSheet", "ID %1")).replace(
            "%1", d.patient_identifier)
        page.elements.append(Text(left, y, width * 0.7, lh, who, 9, True))
        page.elements.append(Text(left, y, width, lh, self.when(d.scheduled_at), 9, False, "right"))
        y += lh + 1.0
        page.elements.append(Line(left, y, left + width, y, 0.3))
        return y + 2.5

    # -- the sheet -------------------------------------------------------------------------------
    def build(self) -> SheetLayout:
        flow = Flow(self.layout, self.margin, self.measure, self.header, self.page_label,
                    self.footer())
        self.details(flow)
        tiles = self.map_section(flow)
        sections.regions_section(self, flow)
        sections.performed_section(self, flow)
        sections.checklist_section(self, flow)
        sections.events_section(self, flow)
        sections.notes_section(self, flow)
        sections.signature_section(self, flow)
        if tiles:
            self.tile_pages(flow, tiles)
        flow.finish()
        if self.options.aftercare:
            from mesomap.printing.aftercare import aftercare_pages

            aftercare_pages(self)
        return self.layout

    def course_text(self) -> str:
        """The course as its indication's title (translated when shipped) and its area."""
        d = self.data
        title = d.course_indication
        if title and d.course_indication_shipped:
            title = self.translate("records", title)
        area = d.course_label.strip()
        if title and area and area.casefold() != title.casefold():
            return f"{title} — {area}"
        return title or area

    def details(self, flow: Flow) -> None:
        d = self.data
        status_names = {
            "planned": QT_TRANSLATE_NOOP("SessionSheet", "planned"),
            "performed": QT_TRANSLATE_NOOP("SessionSheet", "performed"),
            "signed": QT_TRANSLATE_NOOP("SessionSheet", "signed"),
            "cancelled": QT_TRANSLATE_NOOP("SessionSheet", "cancelled"),
            "no_show": QT_TRANSLATE_NOOP("SessionSheet", "did not attend"),
        }
        number = ""
        if d.number_in_course is not None and d.planned_sessions is not None:
            number = self.t(QT_TRANSLATE_NOOP("SessionSheet", "%1 of %2")).replace(
                "%1", str(d.number_in_course)).replace("%2", str(d.planned_sessions))
        elif d.number_in_course is not None:
            number = str(d.number_in_course)
        template = ""
        if self.template is not None:
            template = f"{self.template.title(self.fmt.locale)} (v{self.template.version})"
        elif d.map is not None:
            template = f"{d.map.template.template_id} (v{d.map.template.template_version})"
        fit = ""
        if d.map is not None:
            f = d.map.template.fit
            fit = " × ".join(self.fmt.format_decimal(float(s), min_places=2, max_places=2)
                             for s in (f.scale_x, f.scale_y))  # locale decimal (issue 11)
        items = [
            (self.t(QT_TRANSLATE_NOOP("SessionSheet", "Session")), self.when(d.scheduled_at)),
            (self.t(QT_TRANSLATE_NOOP("SessionSheet", "Status")),
             self.t(status_names.get(d.status, d.status))),
            (self.t(QT_TRANSLATE_NOOP("SessionSheet", "Course")), self.course_text() or "—"),
            (self.t(QT_TRANSLATE_NOOP("SessionSheet", "Session no.")), number or "—"),
            (self.t(QT_TRANSLATE_NOOP("SessionSheet", "Practitioner")), d.practitioner_name or "—"),
            (self.t(QT_TRANSLATE_NOOP("SessionSheet", "Performed")), self.when(d.performed_at) or "—"),
            (self.t(QT_TRANSLATE_NOOP("SessionSheet", "Template")), template or "—"),
            (self.t(QT_TRANSLATE_NOOP("SessionSheet", "Patient fit")), fit or "—"),
        ]
        flow.pairs(items, columns=2, label_width=24.0)

    # -- map -------------------------------------------------------------------------------------
    def map_section(self, flow: Flow) -> list[scales.Tile]:
        d = self.data
        if d.map is None:
            flow.heading(self.t(QT_TRANSLATE_NOOP("SessionSheet", "Map")))
            flow.text(self.t(QT_TRANSLATE_NOOP("SessionSheet", "This session has no map yet.")))
            return []
        bounds = map_bounds(d.map, self.template)
        legend_h = self.legend_height(flow.width)
        below = line_height(9) + 4.0 + legend_h
        content_h = flow.bottom - flow._content_top()
        frame_h = min(flow.remaining - below - 2.0, content_h * MAP_SHARE)
        if frame_h < 60.0:
            flow.new_page()
            frame_h = min(flow.remaining - below - 2.0, content_h * MAP_SHARE)
        frame_w = flow.width
        flow.space(1.5)
        actual = self.options.scale == "1:1"
        tiles: list[scales.Tile] = []
        # The whole rest of the page when that allows a larger standard scale (the tables then
        # start on the next page): a face prints at 1:1 rather than 1:2.
        full_h = flow.remaining - below - 3.5
        if scales.choose_scale(bounds, frame_w, full_h) < scales.choose_scale(bounds, frame_w, frame_h):
            frame_h = full_h
        if actual and scales.fits(bounds, frame_w, frame_h, 1.0):
            denominator = 1.0
        else:
            denominator = scales.choose_scale(bounds, frame_w, frame_h)
            if actual:
                tiles = self.plan_tiles(flow, bounds)
        # The frame is only as tall as the map needs at this scale, leaving room for the tables.
        frame_h = min(frame_h, (bounds[3] - bounds[1]) * 10.0 / denominator + 6.0)
        self.layout.denominator = 1.0 if actual else denominator
        self.layout.tiles = len(tiles)
        window = scales.centred_window(bounds, frame_w, frame_h, denominator)
        x, y = flow.left, flow.y
        flow.add(MapFrame(x, y, frame_w, frame_h, window, denominator))
        flow.add(Box(x, y, frame_w, frame_h, "#404040", None, 0.25))
        flow.y += frame_h + 2.0
        self.scale_line(flow, denominator, frame_w, tiles)
        self.legend(flow)
        sections.surface_notes(self, flow, actual)  # issue 10: projection note, skin areas
        return tiles

    def scale_line(self, flow: Flow, denominator: float, width: float,
                   tiles: list[scales.Tile]) -> None:
        bar_cm = scale_bar_cm(denominator, width * 0.55)
        label = self.fmt.format_length_cm(bar_cm)
        bar = ScaleBar(flow.left, flow.y + 0.5, bar_cm, denominator, label)
        flow.add(bar)
        text = self.t(QT_TRANSLATE_NOOP("SessionSheet", "Scale %1")).replace(
            "%1", scales.scale_label(denominator))
        if denominator == 1.0:
            text += " — " + self.t(QT_TRANSLATE_NOOP("SessionSheet", "actual size"))
        if tiles:
            text = self.t(QT_TRANSLATE_NOOP(
                "SessionSheet", "Overview %1 — actual size (1:1) on %2 tiles at the end")).replace(
                "%1", scales.scale_label(denominator)).replace("%2", str(len(tiles)))
        lh = line_height(9)
        x = flow.left + bar.length_mm + 16.0
        flow.add(Text(x, flow.y, flow.left + width - x, lh, text, 9, True))
        flow.y += max(lh, bar.height + line_height(7) + 1.0) + 1.5

    def legend_entries(self) -> list[tuple[str, str, str]]:
        d = self.data
        assert d.map is not None
        entries = [(r.color, "line" if r.geometry.geom_type == "LineString" else "region",
                    r.name or self.t(QT_TRANSLATE_NOOP("SessionSheet", "Region")))
                   for r in d.map.regions]
        if self.template is not None:
            severities = {z.severity for z in self.template.danger_zones}
            if "avoid" in severities:
                entries.append(("#e03131", "avoid",
                                self.t(QT_TRANSLATE_NOOP("SessionSheet", "Avoid (dashed: margin)"))))
            if "caution" in severities:
                entries.append(("#f59f00", "caution",
                                self.t(QT_TRANSLATE_NOOP("SessionSheet", "Caution"))))
        entries.append(("#000000", "papule",
                        self.t(QT_TRANSLATE_NOOP("SessionSheet", "Papule (number: injection order)"))))
        return entries

    def _legend_rows(self, width: float) -> list[list[tuple[str, str, str, float]]]:
        rows: list[list[tuple[str, str, str, float]]] = [[]]
        used = 0.0
        for color, kind, name in self.legend_entries():
            w = 6.0 + self.measure(name, 8, False) + 5.0
            if used + w > width and rows[-1]:
                rows.append([])
                used = 0.0
            rows[-1].append((color, kind, name, w))
            used += w
        return rows

    def legend_height(self, width: float) -> float:
        if self.data.map is None:
            return 0.0
        return len(self._legend_rows(width)) * line_height(8) + 1.0

    def legend(self, flow: Flow) -> None:
        lh = line_height(8)
        for row in self._legend_rows(flow.width):
            x = flow.left
            for color, kind, name, w in row:
                flow.add(Swatch(x, flow.y + 0.4, 4.5, lh - 0.8, color, kind))
                flow.add(Text(x + 6.0, flow.y, w - 6.0, lh, name, 8))
                x += w
            flow.y += lh
        flow.space(1.0)

    def plan_tiles(self, flow: Flow, bounds: scales.Bounds) -> list[scales.Tile]:
        """Actual-size tiles over the map (tight bounds), leaving out tiles with nothing on."""
        del bounds
        top = flow._content_top() + 2 * line_height(9) + 2.0
        frame_h = flow.bottom - top - (line_height(9) + 6.0)
        tiles = scales.tiles(map_bounds(self.data.map, self.template, pad=0.0), flow.width, frame_h)
        content = map_content(self.data.map, self.template)
        if not content:
            return tiles
        union = shapely.union_all(content)
        return [t for t in tiles if union.intersects(shapely.box(*t.window))]

    def tile_pages(self, flow: Flow, tiles: list[scales.Tile]) -> None:
        for tile in tiles:
            flow.new_page()
            flow.text(self.t(QT_TRANSLATE_NOOP(
                "SessionSheet", "Actual size (1:1) — tile %1: row %2 of %3, column %4 of %5")).replace(
                "%1", tile.name).replace("%2", str(tile.row + 1)).replace(
                "%3", str(tile.rows)).replace("%4", str(tile.column + 1)).replace(
                "%5", str(tile.columns)), 9, True)
            flow.text(self.t(QT_TRANSLATE_NOOP(
                "SessionSheet", "Tiles overlap by 1 cm: lay them so that the + marks of "
                "neighbouring tiles lie on top of each other.")), 8)
            flow.space(2.0)
            x0, y0, x1, y1 = tile.window
            w, h = (x1 - x0) * 10.0, (y1 - y0) * 10.0
            frame = MapFrame(flow.left, flow.y, w, h, tile.window, 1.0)
            flow.add(frame)
            flow.add(Box(flow.left, flow.y, w, h, "#808080", None, 0.15))
            cx0, cy0, cx1, cy1 = tile.core
            for mx, my in ((cx0, cy0), (cx0, cy1), (cx1, cy0), (cx1, cy1)):
                px, py = frame.to_paper(mx, my)
                flow.add(Mark(px, py, 4.0))
            flow.y += h + 2.0
            self.scale_line(flow, 1.0, flow.width, [])


def layout_session_sheet(
    data: SessionSheetData,
    template: Template | None,
    options: SheetOptions = SheetOptions(),
    *,
    measure: Measure = approx_measure,
    translate: Translate = identity_translate,
    fmt: LocaleFormat | None = None,
    printed_at: dt.datetime | None = None,
) -> SheetLayout:
    """Lay out one session's sheet (and aftercare page when ``options.aftercare``)."""
    return SheetBuilder(data, template, options, measure, translate, fmt or LocaleFormat("en"),
                        printed_at).build()


__all__ = ["SheetBuilder", "SheetOptions", "identity_translate", "layout_session_sheet",
           "map_bounds", "map_content", "wrap"]
