"""Surface-true spacing (issue 10): the skin under a template, distances and areas on it, and
papule layouts whose spacing is measured on the skin (Qt-free).

::

    from mesomap.core.surface import SurfaceModel, plan_surface_layout
    surface = SurfaceModel.for_template(template, fit)
    result = plan_surface_layout(LayoutRequest(region, 1.0, exclusions=...), surface)
    surface.area(region)            # SurfaceArea(picture_cm2, skin_cm2), .ratio, .differs
    surface.neighbour_distances(result.points)

Design and measured figures: ``docs/decisions/0004-surface-spacing.md``.
"""

from __future__ import annotations

from mesomap.core.surface.layout import plan_surface_layout, surface_points, wants_surface
from mesomap.core.surface.model import SurfaceArea, SurfaceModel

__all__ = [
    "SurfaceArea",
    "SurfaceModel",
    "plan_surface_layout",
    "surface_points",
    "wants_surface",
]
