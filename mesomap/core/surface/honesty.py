"""Figures measured on the skin for sheets and panels: neighbour distances, skin-area nappage,
and the note that a printed map is a projection.

A 1:1 sheet shows the picture, not the skin: where the skin turns away its papules look closer
than they are. :func:`surface_neighbour_distance_cm` gives the legend the real distance between
neighbouring papules on the skin; :data:`PROJECTION_NOTE` is the sentence to print with it.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

import numpy as np
import numpy.typing as npt
from shapely.geometry.base import BaseGeometry

from mesomap.core.i18n import QT_TRANSLATE_NOOP
from mesomap.core.layout import NappageEstimate, nappage_estimate
from mesomap.core.layout.geometry import (
    check_area_region,
    check_margin,
    normalize_exclusions,
    valid_area,
)
from mesomap.core.layout.types import ExclusionSpec
from mesomap.core.surface.model import SurfaceArea, SurfaceModel, as_points

PROJECTION_NOTE = QT_TRANSLATE_NOOP(
    "Surface",
    "This sheet is a flat projection of a curved body: where the skin turns away, papules look "
    "closer together than they are. Distances on the skin: {distances}.",
)
AREA_NOTE = QT_TRANSLATE_NOOP(
    "Surface", "Area: {picture} cm² on the picture, {skin} cm² on the skin."
)


@dataclass(frozen=True)
class NeighbourDistances:
    """Skin distance from each papule to its nearest neighbour, summarised (cm)."""

    minimum: float
    median: float
    maximum: float
    count: int

    def text(self, decimals: int = 1) -> str:
        """``"1.0–1.2 cm (median 1.1 cm)"`` style summary (the caller localises decimals)."""
        if self.count < 2:
            return ""
        f = f"{{:.{decimals}f}}"
        return (f"{f.format(self.minimum)}–{f.format(self.maximum)} cm "
                f"(median {f.format(self.median)} cm)")


def surface_neighbour_distance_cm(
    points: npt.ArrayLike | Sequence[Sequence[float]], surface: SurfaceModel
) -> NeighbourDistances:
    """Skin distances between neighbouring papules (nearest neighbour of each papule)."""
    pts = as_points(points)
    d = surface.neighbour_distances(pts)
    d = d[np.isfinite(d)]
    if len(d) == 0:
        return NeighbourDistances(math.nan, math.nan, math.nan, len(pts))
    return NeighbourDistances(float(d.min()), float(np.median(d)), float(d.max()), len(pts))


def region_areas(
    region: BaseGeometry,
    surface: SurfaceModel,
    *,
    margin_cm: float = 0.0,
    exclusions: Sequence[ExclusionSpec] = (),
) -> SurfaceArea:
    """The region's treated area (margin and danger zones taken off) on the picture and skin."""
    geom, _ = check_area_region(region)
    area = valid_area(geom, check_margin(margin_cm), normalize_exclusions(exclusions))
    return surface.area(area)


def surface_nappage_estimate(
    region: BaseGeometry,
    surface: SurfaceModel,
    density_per_cm2: Decimal | float | int | str,
    volume_per_injection_ml: Decimal | str | int,
    *,
    margin_cm: float = 0.0,
    exclusions: Sequence[ExclusionSpec] = (),
) -> tuple[NappageEstimate, SurfaceArea]:
    """Nappage injections and volume from the **skin** area (the clinic's density and volume
    per injection; mesomap adds no dose of its own), with both areas for display."""
    areas = region_areas(region, surface, margin_cm=margin_cm, exclusions=exclusions)
    return nappage_estimate(areas.skin_cm2, density_per_cm2, volume_per_injection_ml), areas
