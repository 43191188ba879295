"""Data types of the papule layout engine: requests, results, metrics, errors.

Everything here is plain data (frozen dataclasses, numpy arrays) so that the map document,
the canvas, printing and scripts can exchange layouts without knowing how they are made.
Lengths are centimetres, x to the right and y up; volumes are ``Decimal`` millilitres.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, Literal, TypeAlias

import numpy as np
import numpy.typing as npt
from shapely.geometry.base import BaseGeometry

from mesomap.core.i18n import QT_TRANSLATE_NOOP

FloatArray = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.intp]

Pattern = Literal["auto", "hex", "square", "line", "rings"]
StartCorner = Literal["top_left", "top_right", "bottom_left", "bottom_right"]

PATTERNS: tuple[str, ...] = ("auto", "hex", "square", "line", "rings")
START_CORNERS: tuple[str, ...] = ("top_left", "top_right", "bottom_left", "bottom_right")

#: The engine accepts spacings in this range (intra-epidermal lines to pain maps). What is
#: *unusual* for a technique is the protocol preset's business, not the engine's.
MIN_SPACING_CM = 0.2
MAX_SPACING_CM = 5.0

#: A danger zone or other excluded geometry, alone (margin 0) or with its margin in cm.
ExclusionSpec: TypeAlias = BaseGeometry | tuple[BaseGeometry, float]


class LayoutError(ValueError):
    """A layout request the engine cannot honour; ``message`` is a sentence for the user.

    ``template`` is the untranslated message (marked with ``QT_TRANSLATE_NOOP`` in context
    ``"Layout"``) and ``params`` its ``str.format`` arguments, so the GUI can translate the
    template and format it itself.
    """

    def __init__(self, template: str, **params: Any) -> None:
        self.template = template
        self.params = params
        self.message = template.format(**params)
        super().__init__(self.message)


def check_spacing(spacing_cm: float) -> float:
    """Return ``spacing_cm`` as a float, or raise :class:`LayoutError` (a ``ValueError``)."""
    try:
        value = float(spacing_cm)
    except (TypeError, ValueError):
        value = float("nan")
    if not (MIN_SPACING_CM <= value <= MAX_SPACING_CM):
        raise LayoutError(
            QT_TRANSLATE_NOOP(
                "Layout",
                "The spacing must be between {low} and {high} cm ({value} cm was given); "
                "enter a spacing in that range.",
            ),
            low=MIN_SPACING_CM,
            high=MAX_SPACING_CM,
            value=spacing_cm,
        )
    return value


@dataclass(frozen=True)
class LayoutMetrics:
    """Quality figures of a layout over its valid area (see :func:`compute_metrics`).

    ``covering_radius_cm`` is exact: the distance from the farthest point of the valid area to
    its nearest papule (``inf`` when there are no papules but there is area; ``0`` when the
    area is empty). ``interior_covering_radius_cm`` is the same over the points of the area
    farther than one spacing from its boundary (``None`` when there are none).
    """

    count: int
    spacing_cm: float
    min_distance_cm: float
    outside_count: int
    covering_radius_cm: float
    covering_witness: tuple[float, float] | None
    interior_covering_radius_cm: float | None
    distance_p99_cm: float
    valid_area_cm2: float
    hex_ideal_count: float
    count_vs_hex_ideal: float
    mean_distance_to_previous_cm: float | None = None


@dataclass(frozen=True)
class LayoutRequest:
    """Everything the engine needs to lay out one region.

    - ``region``: Polygon/MultiPolygon (holes allowed) for ``auto``/``hex``/``square``;
      a LineString/MultiLineString for ``line``; a Point (or an area, around its centre) for
      ``rings``.
    - ``exclusions``: geometries (margin 0) or ``(geometry, margin_cm)`` pairs, e.g.
      ``template.avoid_exclusions()``.
    - ``fixed``: hand-placed or locked papules, kept exactly; the result lists them first.
    - ``previous``: the previous session's papules; the lattice is shifted so that the new
      papules fall between them.
    - ``fast``: the live-drag path: one lattice anchored at the origin (stable while a vertex
      is dragged), no gap filling, no metrics.
    - ``with_metrics``: compute :class:`LayoutMetrics` (a few ms on large regions).
    - ``rings_count``: number of rings for ``rings`` (default 3 around a Point; around an
      area, as many as reach its farthest point).
    - ``surface``: spacing measured on the skin (issue 10). None = on where the template has
      relief; the planar engine ignores it, ``mesomap.core.surface`` honours it.
    """

    region: BaseGeometry
    spacing_cm: float
    margin_cm: float = 0.0
    exclusions: Sequence[ExclusionSpec] = ()
    pattern: str = "auto"
    fixed: Sequence[Sequence[float]] | FloatArray = ()
    previous: Sequence[Sequence[float]] | FloatArray = ()
    start_corner: str = "top_left"
    fast: bool = False
    with_metrics: bool = True
    rings_count: int | None = None
    surface: bool | None = None


@dataclass(frozen=True)
class LayoutResult:
    """A laid-out region.

    ``points`` is (N, 2) in cm; its first ``fixed_count`` rows are the request's fixed points,
    unchanged and in the given order. ``order`` lists point indices in injection order (a
    permutation of ``range(N)``); ``path_length_cm`` is the length of that path.
    ``fixed_outside`` lists the indices of fixed points outside the valid area (kept, flagged).
    ``notes`` are user-facing sentences about repairs and compromises (``QT_TRANSLATE_NOOP``
    context ``"Layout"``). ``pattern_used`` says which lattice ``auto`` chose
    (``"hex"``/``"square"``), ``angle_deg`` its orientation.
    """

    points: FloatArray
    order: IntArray
    path_length_cm: float
    metrics: LayoutMetrics | None
    notes: tuple[str, ...]
    valid_area: BaseGeometry
    fixed_count: int = 0
    fixed_outside: tuple[int, ...] = ()
    pattern_used: str = ""
    angle_deg: float = 0.0
    mean_distance_to_previous_cm: float | None = None
    extra: dict[str, float] = field(default_factory=dict)


@dataclass(frozen=True)
class NappageEstimate:
    """Nappage covers an area with a density rather than listing positions."""

    area_cm2: float
    density_per_cm2: Decimal
    injections: int
    volume_per_injection_ml: Decimal
    volume_ml: Decimal
