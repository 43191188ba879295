"""Nappage totals from the skin area (issue 10): a document on a template with relief counts
its nappage injections over the skin; ``surface=False`` and unknown templates keep the
picture area."""

from __future__ import annotations

from decimal import Decimal

from mesomap.core.document import MapDocument, TemplateRef, map_totals
from mesomap.core.document.model import Region, Technique, new_region_id
from mesomap.core.layout import nappage_estimate
from mesomap.core.surface import SurfaceModel, surface_nappage_estimate
from mesomap.core.templates import PatientFit, Template


def test_nappage_totals_use_the_skin_area(face: Template) -> None:
    temple = face.zone("temple_left").geometry
    region = Region(new_region_id(), "Temple", "#1971c2", temple, pattern="nappage",
                    technique=Technique(nappage_density_per_cm2=4.0))
    ref = TemplateRef(face.id, face.version, face.content_hash, PatientFit.identity())
    doc = MapDocument(ref, [region])
    skin, areas = surface_nappage_estimate(temple, SurfaceModel.for_template(face), "4.0",
                                           Decimal("0"))
    planar = nappage_estimate(temple, "4.0", Decimal("0"))
    assert areas.differs and skin.injections > 1.5 * planar.injections  # temple: 2.3 x
    assert map_totals(doc).injections == skin.injections
    assert map_totals(doc, surface=False).injections == planar.injections
    unknown = MapDocument(TemplateRef(face.id, face.version, "0" * 64, PatientFit.identity()),
                          [region])
    assert map_totals(unknown).injections == planar.injections  # not the installed template
