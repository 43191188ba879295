"""mesomap's papule layout engine (Qt-free; shapely 2 + numpy + scipy).

Stable API for the map document, the canvas, printing, trainer scoring and scripts::

    from mesomap.core.layout import layout_papules, plan_layout, LayoutRequest
    pts = layout_papules(region, 1.0, margin_cm=0.5, exclusions=[(zone, 0.5)])   # (N, 2) cm
    result = plan_layout(LayoutRequest(region, 1.0, pattern="auto", fixed=locked,
                                       previous=last_session, start_corner="top_left"))
    result.points, result.order, result.path_length_cm, result.metrics, result.notes

Guarantees (tested): every pair of papules, fixed ones included, is at least the spacing apart
(to 1e-9 relative); no generated papule lies outside (region − margin − exclusions with their
margins); fixed papules are kept exactly (first in ``points``) and flagged in
``fixed_outside`` when outside; the same request gives the same result. The algorithm and
its measured figures: ``docs/decisions/0002-layout.md``.
"""

from __future__ import annotations

from collections.abc import Sequence

from shapely.geometry.base import BaseGeometry

from mesomap.core.layout.metrics import compute_metrics, covering_radius
from mesomap.core.layout.nappage import nappage_estimate
from mesomap.core.layout.order import order_papules
from mesomap.core.layout.planner import plan_layout
from mesomap.core.layout.types import (
    MAX_SPACING_CM,
    MIN_SPACING_CM,
    PATTERNS,
    START_CORNERS,
    ExclusionSpec,
    FloatArray,
    LayoutError,
    LayoutMetrics,
    LayoutRequest,
    LayoutResult,
    NappageEstimate,
)

__all__ = [
    "MAX_SPACING_CM",
    "MIN_SPACING_CM",
    "PATTERNS",
    "START_CORNERS",
    "ExclusionSpec",
    "LayoutError",
    "LayoutMetrics",
    "LayoutRequest",
    "LayoutResult",
    "NappageEstimate",
    "compute_metrics",
    "covering_radius",
    "layout_papules",
    "nappage_estimate",
    "order_papules",
    "plan_layout",
]


def layout_papules(
    region: BaseGeometry,
    spacing_cm: float,
    *,
    margin_cm: float = 0.0,
    exclusions: Sequence[ExclusionSpec] = (),
    pattern: str = "auto",
    fixed: Sequence[Sequence[float]] | FloatArray = (),
) -> FloatArray:
    """Papule positions (N, 2) in cm for ``region``; fixed papules first, unchanged.

    Raises :class:`LayoutError` (a ``ValueError`` whose ``message`` is a user sentence) for a
    spacing outside 0.2–5 cm, an unknown pattern or a region that cannot be repaired.
    """
    result = plan_layout(
        LayoutRequest(
            region=region,
            spacing_cm=spacing_cm,
            margin_cm=margin_cm,
            exclusions=tuple(exclusions),
            pattern=pattern,
            fixed=fixed,
            with_metrics=False,
        )
    )
    return result.points
