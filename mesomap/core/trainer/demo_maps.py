"""Fictional demonstration maps for the presenter view (Qt-free).

``demo_map(template, zone_ids, preset_code, pattern)`` lays out each chosen zone of a template
with a shipped protocol preset (its spacing, depth, needle, angle and volume per papule), so a
trainer can play any template with any pattern without opening a patient's record:
``auto``/``hex``/``square`` fill the zone, ``line`` follows a horizontal line across it,
``rings`` circle its centre and ``nappage`` covers it with the preset's density (or 8 per cm²).
The product is a placeholder name; volumes are the preset's, never a recommendation.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

import shapely
from shapely.geometry import LineString

from mesomap.core.document import (
    MapDocument,
    MixtureItem,
    Region,
    Technique,
    TemplateRef,
    new_region_id,
)
from mesomap.core.document.layouting import ranks_from_order
from mesomap.core.document.papules import PapuleSet, new_papule_ids
from mesomap.core.layout import LayoutRequest, plan_layout
from mesomap.core.templates import PatientFit, Template
from mesomap.core.trainer.scoring import preset

COLORS = ("#1971c2", "#2f9e44", "#e8590c", "#9c36b5", "#0c8599", "#c2255c")
PRODUCT = "Demonstration product"


def technique_for(code: str, pattern: str) -> Technique:
    p = preset(code)
    density = p.nappage_density_per_cm2 or (8.0 if pattern == "nappage" else None)
    return Technique(code=p.technique_code, depth_mm=p.depth_mm, needle_gauge=p.needle_gauge,
                     needle_length_mm=p.needle_length_mm, angle_deg=p.angle_deg,
                     spacing_cm=p.spacing_cm, margin_cm=0.0,
                     rings_count=3 if pattern == "rings" else None,
                     nappage_density_per_cm2=density if pattern == "nappage" else None,
                     seconds_per_papule=p.seconds_per_papule, setup_minutes=p.setup_minutes)


def _geometry(zone: shapely.Geometry, pattern: str) -> shapely.Geometry:
    if pattern == "rings":
        return zone.representative_point()
    if pattern == "line":
        c = zone.representative_point()
        x0, _, x1, _ = zone.bounds
        cut = shapely.intersection(zone, LineString([(x0 - 1, c.y), (x1 + 1, c.y)]))
        if cut.geom_type == "MultiLineString":
            cut = max(cut.geoms, key=lambda g: g.length)
        return cut
    return zone


def demo_map(template: Template, zone_ids: Sequence[str], preset_code: str = "idp",
             pattern: str | None = None) -> MapDocument:
    """A map of ``template`` with one region per zone, laid out and numbered."""
    p = preset(preset_code)
    pattern = pattern or p.pattern
    volume = p.volume_per_papule_ml or Decimal("0.0100")
    ref = TemplateRef(template.id, template.version, template.content_hash, PatientFit.identity())
    regions = []
    for n, zone_id in enumerate(zone_ids):
        zone = template.zone(zone_id)
        technique = technique_for(preset_code, pattern)
        geom = _geometry(zone.geometry, pattern)
        region = Region(new_region_id(), zone.name("en"), COLORS[n % len(COLORS)], geom,
                        pattern=pattern, technique=technique,
                        mixture=(MixtureItem(None, None, PRODUCT, "DEMO", volume),))
        if pattern != "nappage":
            result = plan_layout(LayoutRequest(geom, technique.spacing_cm,
                                               exclusions=template.avoid_exclusions(),
                                               pattern=pattern, rings_count=technique.rings_count,
                                               with_metrics=False))
            count = len(result.points)
            papules = PapuleSet(new_papule_ids(count), result.points,
                                ranks_from_order(result.order, count))
            region = region.replace(papules=papules)
        regions.append(region)
    return MapDocument(ref, regions, notes="DEMO")
