"""The session sheet's tables and text sections (Qt-free): regions with technique, products,
lots and expiry; totals; the contraindication checklist; adverse events and amendments; notes;
the signature block. Each function appends to a :class:`~mesomap.printing.layout.Flow` for a
:class:`~mesomap.printing.sheet.SheetBuilder`.
"""

from __future__ import annotations

import math
from decimal import Decimal
from typing import TYPE_CHECKING

import shapely

from mesomap.core.document import map_totals
from mesomap.core.i18n import QT_TRANSLATE_NOOP
from mesomap.printing.layout import Column, Flow, Line, Text, line_height

if TYPE_CHECKING:
    from mesomap.core.surface import SurfaceModel
    from mesomap.printing.sheet import SheetBuilder


def regions_section(b: SheetBuilder, flow: Flow) -> None:
    d = b.data
    if d.map is None:
        return
    flow.heading(b.t(QT_TRANSLATE_NOOP("SessionSheet", "Regions, technique and products")),
                 keep=32.0)
    exclusions = []
    if b.template is not None:
        fit = d.map.template.fit
        exclusions = [(shapely.transform(g, lambda c: c * [fit.scale_x, fit.scale_y]), m)
                      for g, m in b.template.avoid_exclusions()]
    totals = map_totals(d.map, exclusions)
    cols = [
        Column(b.t(QT_TRANSLATE_NOOP("SessionSheet", "Region")), 27),
        Column(b.t(QT_TRANSLATE_NOOP("SessionSheet", "Technique")), 40),
        Column(b.t(QT_TRANSLATE_NOOP("SessionSheet", "Spacing")), 15, "right"),
        Column(b.t(QT_TRANSLATE_NOOP("SessionSheet", "Papules")), 15, "right"),
        Column(b.t(QT_TRANSLATE_NOOP("SessionSheet", "Product")), 32),
        Column(b.t(QT_TRANSLATE_NOOP("SessionSheet", "Lot · expiry")), 27),
        Column(b.t(QT_TRANSLATE_NOOP("SessionSheet", "per papule")), 15, "right"),
        Column(b.t(QT_TRANSLATE_NOOP("SessionSheet", "Planned")), 15, "right"),
    ]
    rows: list[list[str | bool | None]] = []
    shade: list[bool] = []
    for i, region in enumerate(d.map.regions):
        tech = region.technique
        rt = totals.regions[i]
        technique = "\n".join([
            tech.code,
            b.t(QT_TRANSLATE_NOOP("SessionSheet", "depth %1")).replace(
                "%1", b.fmt.format_length_cm(tech.depth_mm / 10, unit="mm")),
            b.t(QT_TRANSLATE_NOOP("SessionSheet", "needle %1G %2")).replace(
                "%1", str(tech.needle_gauge)).replace(
                "%2", b.fmt.format_length_cm(tech.needle_length_mm / 10, unit="mm")),
            b.t(QT_TRANSLATE_NOOP("SessionSheet", "angle %1°")).replace(
                "%1", b.fmt.format_decimal(Decimal(repr(tech.angle_deg)), max_places=1)),
        ])
        count = b.fmt.format_integer(rt.papules)
        if region.pattern == "nappage":
            count = "≈ " + b.fmt.format_integer(rt.injections)
        spacing = "—" if region.pattern == "nappage" else b.fmt.format_length_cm(tech.spacing_cm)
        mixture = region.mixture or ()
        first = True
        for item in mixture or (None,):
            product = lot = per = planned = ""
            if item is not None:
                product = item.product_name
                lot = item.lot_number
                found = d.lot(item.lot_number) if item.lot_number else None
                if found is not None and found.expiry_date is not None:
                    lot += "\n" + b.t(QT_TRANSLATE_NOOP("SessionSheet", "exp. %1")).replace(
                        "%1", b.day(found.expiry_date))
                    if found.expiry_date < d.scheduled_at.date():
                        lot += " " + b.t(QT_TRANSLATE_NOOP("SessionSheet", "EXPIRED"))
                per = b.vol(item.volume_per_papule_ml)
                planned = b.vol(item.volume_per_papule_ml * rt.injections)
            rows.append([region.name if first else "", technique if first else "",
                         spacing if first else "", count if first else "",
                         product, lot, per, planned])
            shade.append(i % 2 == 1)
            first = False
    if rows:
        flow.table(cols, rows, shade=shade)
    else:
        flow.text(b.t(QT_TRANSLATE_NOOP("SessionSheet", "The map has no regions.")))
    flow.space(2.0)
    minutes = round(totals.duration_seconds / 60)
    pairs = [
        (b.t(QT_TRANSLATE_NOOP("SessionSheet", "Total papules")),
         b.fmt.format_integer(totals.papules)),
        (b.t(QT_TRANSLATE_NOOP("SessionSheet", "Injections")),
         b.fmt.format_integer(totals.injections)),
        (b.t(QT_TRANSLATE_NOOP("SessionSheet", "Planned volume")), b.vol(totals.volume_ml)),
        (b.t(QT_TRANSLATE_NOOP("SessionSheet", "Duration (est.)")),
         b.t(QT_TRANSLATE_NOOP("SessionSheet", "%1 min")).replace("%1", str(minutes))),
    ]
    flow.pairs(pairs, columns=2, label_width=32.0)
    if totals.products:
        flow.space(1.5)
        pcols = [
            Column(b.t(QT_TRANSLATE_NOOP("SessionSheet", "Product (total)")), 80),
            Column(b.t(QT_TRANSLATE_NOOP("SessionSheet", "Lots")), 76),
            Column(b.t(QT_TRANSLATE_NOOP("SessionSheet", "Planned volume")), 30, "right"),
        ]
        flow.table(pcols, [[p.product_name, ", ".join(p.lot_numbers) or "—", b.vol(p.volume_ml)]
                           for p in totals.products])

_SURFACES: dict[tuple[str, int, str, float, float], SurfaceModel] = {}


def sheet_area_step(geometry: shapely.Geometry) -> float:
    """Grid step (cm) of the sheet's skin areas on cross-section reliefs: 1/80 of the region's
    span (the default, 1/400, costs 0.3 s a region; 1/80 differs from it by at most 0.8 %,
    measured over the zones of the shipped cross-section templates)."""
    minx, miny, maxx, maxy = geometry.bounds
    return max(float(max(maxx - minx, maxy - miny)) / 80.0, 0.05)


def surface_notes(b: SheetBuilder, flow: Flow, actual: bool) -> None:
    """Issue 10, under the map's legend on a template with relief: on a 1:1 sheet, that it is a
    flat projection and the skin distance between neighbouring papules per region
    (``PROJECTION_NOTE``); on any sheet, each region's skin area beside its picture area when
    they differ by more than 10 % (``AREA_NOTE``). Flat templates: nothing."""
    from mesomap.core.surface import (
        AREA_NOTE,
        PROJECTION_NOTE,
        SurfaceModel,
        surface_neighbour_distance_cm,
    )

    d = b.data
    if d.map is None or b.template is None or b.template.relief.is_flat:
        return
    fit = d.map.template.fit
    key = (b.template.id, b.template.version, b.template.content_hash, fit.scale_x, fit.scale_y)
    surface = _SURFACES.get(key)
    if surface is None:  # one per template and fit: a batch prints many sheets
        if len(_SURFACES) > 16:
            _SURFACES.clear()
        surface = _SURFACES[key] = SurfaceModel.for_template(b.template, fit)

    def tr(text: str) -> str:
        return b.translate("Surface", text)

    def one(value: float) -> str:
        return b.fmt.format_decimal(value, min_places=1, max_places=1)

    def cm(value: float) -> str:
        return one(value) + " cm"

    distances: list[str] = []
    areas: list[str] = []
    for region in d.map.regions:
        name = region.name or b.t(QT_TRANSLATE_NOOP("SessionSheet", "Region"))
        nd = surface_neighbour_distance_cm(region.papules.xy, surface)
        if nd.count >= 2 and math.isfinite(nd.minimum):
            median = tr(QT_TRANSLATE_NOOP("Surface", "median %1")).replace("%1", cm(nd.median))
            distances.append(f"{name} {cm(nd.minimum)}–{cm(nd.maximum)} ({median})")
        if region.geometry.geom_type in ("Polygon", "MultiPolygon"):
            area = surface.area(region.geometry, step_cm=sheet_area_step(region.geometry))
            if area.differs:
                areas.append(f"{name}: " + tr(AREA_NOTE).format(
                    picture=one(area.picture_cm2), skin=one(area.skin_cm2)))
    if actual and distances:
        flow.text(tr(PROJECTION_NOTE).format(distances="; ".join(distances)), 8)
    for line in areas:
        flow.text(line, 8)


def checklist_section(b: SheetBuilder, flow: Flow) -> None:
    d = b.data
    flow.heading(b.t(QT_TRANSLATE_NOOP("SessionSheet", "Contraindication checklist")))
    if not d.checklist:
        flow.text(b.t(QT_TRANSLATE_NOOP(
            "SessionSheet", "No checklist questions are set up for this clinic.")), 8.5)
        return
    cols = [
        Column(b.t(QT_TRANSLATE_NOOP("SessionSheet", "Question")), 110),
        Column(b.t(QT_TRANSLATE_NOOP("SessionSheet", "Yes")), 12, "center"),
        Column(b.t(QT_TRANSLATE_NOOP("SessionSheet", "No")), 12, "center"),
        Column(b.t(QT_TRANSLATE_NOOP("SessionSheet", "N/A")), 12, "center"),
        Column(b.t(QT_TRANSLATE_NOOP("SessionSheet", "Note")), 40),
    ]
    rows: list[list[str | bool | None]] = [
        [a.label, a.answer == "yes", a.answer == "no", a.answer == "not_applicable", a.note]
        for a in d.checklist
    ]
    flow.table(cols, rows)

def events_section(b: SheetBuilder, flow: Flow) -> None:
    d = b.data
    flow.heading(b.t(QT_TRANSLATE_NOOP("SessionSheet", "Adverse events")))
    if d.adverse_events:
        cols = [
            Column(b.t(QT_TRANSLATE_NOOP("SessionSheet", "Onset")), 30),
            Column(b.t(QT_TRANSLATE_NOOP("SessionSheet", "Event")), 30),
            Column(b.t(QT_TRANSLATE_NOOP("SessionSheet", "Severity")), 20),
            Column(b.t(QT_TRANSLATE_NOOP("SessionSheet", "Description")), 56),
            Column(b.t(QT_TRANSLATE_NOOP("SessionSheet", "Action taken")), 50),
        ]
        flow.table(cols, [[b.when(e.onset_at or e.recorded_at), e.kind.replace("_", " "),
                           e.severity, e.description, e.action_taken]
                          for e in d.adverse_events])
    else:
        flow.text(b.t(QT_TRANSLATE_NOOP("SessionSheet", "None recorded.")), 8.5)
    if d.amendments:
        flow.heading(b.t(QT_TRANSLATE_NOOP("SessionSheet", "Amendments")))
        cols = [
            Column(b.t(QT_TRANSLATE_NOOP("SessionSheet", "Date")), 32),
            Column(b.t(QT_TRANSLATE_NOOP("SessionSheet", "By")), 40),
            Column(b.t(QT_TRANSLATE_NOOP("SessionSheet", "What")), 30),
            Column(b.t(QT_TRANSLATE_NOOP("SessionSheet", "Reason")), 84),
        ]
        flow.table(cols, [[b.when(a.created_at), a.author or "—", a.target.replace("_", " "),
                           a.reason] for a in d.amendments])

def notes_section(b: SheetBuilder, flow: Flow) -> None:
    d = b.data
    notes = [n for n in (d.notes.strip(), d.map.notes.strip() if d.map else "") if n]
    if notes:
        flow.heading(b.t(QT_TRANSLATE_NOOP("SessionSheet", "Notes")))
        for n in notes:
            flow.text(n, 8.5)

def signature_section(b: SheetBuilder, flow: Flow) -> None:
    d = b.data
    flow.heading(b.t(QT_TRANSLATE_NOOP("SessionSheet", "Signature")))
    if d.signatures:
        meanings = {
            "performed": QT_TRANSLATE_NOOP("SessionSheet", "performed the session"),
            "reviewed": QT_TRANSLATE_NOOP("SessionSheet", "reviewed the record"),
            "amendment": QT_TRANSLATE_NOOP("SessionSheet", "signed an amendment"),
        }
        for s in d.signatures:
            flow.text(b.t(QT_TRANSLATE_NOOP("SessionSheet", "%1 — %2, %3")).replace(
                "%1", s.signer_name).replace("%2", b.t(meanings.get(s.meaning, s.meaning)))
                .replace("%3", b.when(s.signed_at)), 9, True)
            flow.text(b.t(QT_TRANSLATE_NOOP(
                "SessionSheet", "Electronically signed · record version %1 · digest %2…")).replace(
                "%1", str(s.record_version)).replace("%2", s.digest_short), 8, color="#404040")
        return
    flow.text(b.t(QT_TRANSLATE_NOOP("SessionSheet", "Not signed yet.")), 8.5)
    lh = line_height(8)
    flow.ensure(lh + 12)
    flow.space(9.0)
    third = flow.width / 3
    labels = [QT_TRANSLATE_NOOP("SessionSheet", "Practitioner"),
              QT_TRANSLATE_NOOP("SessionSheet", "Signature"),
              QT_TRANSLATE_NOOP("SessionSheet", "Date and time")]
    for i, label in enumerate(labels):
        x = flow.left + i * third
        flow.add(Line(x, flow.y, x + third - 6, flow.y, 0.2))
        flow.add(Text(x, flow.y + 0.5, third - 6, lh, b.t(label), 8, color="#404040"))
    flow.y += lh + 1


def performed_section(b: SheetBuilder, flow: Flow) -> None:
    """What was actually done per region (recorded after the session), when recorded."""
    d = b.data
    if not d.actuals:
        return
    flow.heading(b.t(QT_TRANSLATE_NOOP("SessionSheet", "Performed")), keep=20.0)
    cols = [
        Column(b.t(QT_TRANSLATE_NOOP("SessionSheet", "Region")), 40),
        Column(b.t(QT_TRANSLATE_NOOP("SessionSheet", "Papules done")), 22, "right"),
        Column(b.t(QT_TRANSLATE_NOOP("SessionSheet", "Product")), 44),
        Column(b.t(QT_TRANSLATE_NOOP("SessionSheet", "Lot")), 30),
        Column(b.t(QT_TRANSLATE_NOOP("SessionSheet", "Volume given")), 22, "right"),
        Column(b.t(QT_TRANSLATE_NOOP("SessionSheet", "Note")), 28),
    ]
    rows: list[list[str | bool | None]] = []
    for a in d.actuals:
        first = True
        for p in a.products or (None,):
            rows.append([
                a.region_name if first else "",
                b.fmt.format_integer(a.papules_performed) if first else "",
                p.product_name if p else "", p.lot_number if p else "",
                b.vol(p.volume_total_ml) if p else "", a.notes if first else ""])
            first = False
    flow.table(cols, rows)

