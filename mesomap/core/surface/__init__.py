"""Surface-true spacing (issue 10): the skin under a template, distances and areas on it, and
papule layouts whose spacing is measured on the skin (Qt-free).

::

    from mesomap.core.surface import SurfaceModel, plan_surface_layout
    surface = SurfaceModel.for_template(template, fit)
    result = plan_surface_layout(LayoutRequest(region, 1.0, exclusions=...), surface)
    surface.area(region)            # SurfaceArea(picture_cm2, skin_cm2), .ratio, .differs
    surface.neighbour_distances(result.points)
    surface_neighbour_distance_cm(points, surface)   # for a sheet legend, with PROJECTION_NOTE
    view_advice(template, region, [face_left, face_right])  # steep region -> profile template
    transfer_region(region, face_front, face_left)  # (geometry on the profile, visible share)

Design and measured figures: ``docs/decisions/0004-surface-spacing.md``.
"""

from __future__ import annotations

from mesomap.core.surface.honesty import (
    AREA_NOTE,
    PROJECTION_NOTE,
    NeighbourDistances,
    region_areas,
    surface_nappage_estimate,
    surface_neighbour_distance_cm,
)
from mesomap.core.surface.layout import plan_surface_layout, surface_points, wants_surface
from mesomap.core.surface.model import SurfaceArea, SurfaceModel
from mesomap.core.surface.shift import mean_skin_distance_to_previous
from mesomap.core.surface.views import ViewAdvice, steep_share, transfer_region, view_advice

__all__ = [
    "AREA_NOTE",
    "PROJECTION_NOTE",
    "NeighbourDistances",
    "SurfaceArea",
    "SurfaceModel",
    "ViewAdvice",
    "mean_skin_distance_to_previous",
    "plan_surface_layout",
    "region_areas",
    "steep_share",
    "surface_nappage_estimate",
    "surface_neighbour_distance_cm",
    "surface_points",
    "transfer_region",
    "view_advice",
    "wants_surface",
]
