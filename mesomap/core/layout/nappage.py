"""Nappage estimate: an area treated at a density, not a list of positions.

injections = area × density, rounded half up to a whole injection (at least one when the area
and the density are positive); volume = injections × volume per injection, in Decimal mL
rounded to 0.0001 mL (the storage precision). The clinic's protocol gives the density and
the volume; mesomap only multiplies.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from shapely.geometry.base import BaseGeometry

from mesomap.core.i18n import QT_TRANSLATE_NOOP
from mesomap.core.layout.geometry import (
    check_area_region,
    check_margin,
    normalize_exclusions,
    valid_area,
)
from mesomap.core.layout.types import ExclusionSpec, LayoutError, NappageEstimate

VOLUME_QUANTUM = Decimal("0.0001")


def _decimal(value: Decimal | float | int | str, what: str) -> Decimal:
    try:
        d = value if isinstance(value, Decimal) else Decimal(str(value))
    except (InvalidOperation, ValueError):
        d = Decimal("NaN")
    if not d.is_finite() or d < 0:
        raise LayoutError(
            QT_TRANSLATE_NOOP(
                "Layout", "The nappage {what} must be a number of zero or more ({value} was given)."
            ),
            what=what,
            value=value,
        )
    return d


def nappage_estimate(
    area: float | BaseGeometry,
    density_per_cm2: Decimal | float | int | str,
    volume_per_injection_ml: Decimal | str | int,
    *,
    margin_cm: float = 0.0,
    exclusions: Sequence[ExclusionSpec] = (),
) -> NappageEstimate:
    """Estimate injections and volume for nappage over ``area`` (cm² or a region).

    With a region, the margin and exclusions are taken off first, as for papules.
    """
    if isinstance(area, BaseGeometry):
        region, _ = check_area_region(area)
        geom = valid_area(region, check_margin(margin_cm), normalize_exclusions(exclusions))
        area_cm2 = float(geom.area) if not geom.is_empty else 0.0
    else:
        area_cm2 = float(area)
        if not math.isfinite(area_cm2) or area_cm2 < 0:
            raise LayoutError(
                QT_TRANSLATE_NOOP(
                    "Layout", "The nappage area must be zero or more square centimetres."
                )
            )
    if isinstance(volume_per_injection_ml, float):
        raise TypeError("volume_per_injection_ml must be a Decimal (volumes are never floats)")
    density = _decimal(density_per_cm2, "density")
    volume = _decimal(volume_per_injection_ml, "volume per injection")
    raw = Decimal(repr(area_cm2)) * density
    injections = int(raw.to_integral_value(rounding=ROUND_HALF_UP))
    if injections == 0 and raw > 0:
        injections = 1
    total = (volume * injections).quantize(VOLUME_QUANTUM, rounding=ROUND_HALF_UP)
    return NappageEstimate(
        area_cm2=area_cm2,
        density_per_cm2=density,
        injections=injections,
        volume_per_injection_ml=volume,
        volume_ml=total,
    )
