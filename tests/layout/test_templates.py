"""Every zone of every shipped template lays out within the hard targets."""

from __future__ import annotations

import pytest

from mesomap.core.layout import LayoutRequest, plan_layout
from mesomap.core.templates import load_library
from tests.layout.shapes import check_spacing, outside_mask


def _zones() -> list[tuple[str, str]]:
    library = load_library(include_user=False)
    return [(t.id, z.id) for t in library.templates() for z in t.zones]


@pytest.mark.slow
@pytest.mark.parametrize("spacing", [0.5])  # at 0.5 cm a 1 % buffer error showed
def test_every_template_zone_keeps_spacing_margin_and_danger_zones(spacing: float) -> None:
    library = load_library(include_user=False)
    zones = _zones()
    assert len(zones) > 50
    for template_id, zone_id in zones:
        template = library.get(template_id)
        zone = template.zone(zone_id).geometry
        exclusions = template.avoid_exclusions()
        res = plan_layout(
            LayoutRequest(
                zone, spacing, margin_cm=0.2, exclusions=tuple(exclusions), with_metrics=False
            )
        )
        check_spacing(res.points, spacing)
        out = outside_mask(res.points, zone, 0.2, exclusions)
        assert not out.any(), f"{template_id}/{zone_id}: {int(out.sum())} papules outside"
