"""How the document lays out a region's papules: the ``Layouter`` protocol and its engine
implementation over ``mesomap.core.layout``.

Commands that change a region's shape or spacing take an optional ``Layouter``; the document
itself never imports the template library. Danger zones come from an *exclusion provider*, a
function returning ``[(geometry, margin_cm), ...]`` (for example ``template.avoid_exclusions``
after the patient fit), so the same command works in the GUI, the CLI and tests.

Re-layout keeps the fixed papules (locked, and hand-placed unless ``keep_manual`` is False)
exactly, with their ids and flags; the new papules get fresh ids; injection numbers come from the
engine's order (starting at the region's ``start_corner``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Protocol

import numpy as np

from mesomap.core.document.model import LAID_OUT_PATTERNS, MapDocument, Region
from mesomap.core.document.papules import FloatArray, IntArray, PapuleSet, new_papule_ids
from mesomap.core.layout.types import ExclusionSpec, LayoutRequest, LayoutResult

ExclusionProvider = Callable[[], Sequence[ExclusionSpec]]
PreviousProvider = Callable[[Region], FloatArray | None]


class Layouter(Protocol):
    """Lays out a region; returns its complete new papule set (``fixed`` included, unchanged)."""

    def layout(self, region: Region, fixed: PapuleSet, *, fast: bool = False) -> PapuleSet: ...

    def order(self, region: Region, start_corner: str) -> PapuleSet:
        """The region's papules renumbered from ``start_corner`` (positions unchanged)."""
        ...


def previous_session(previous: MapDocument) -> PreviousProvider:
    """A ``PreviousProvider`` from the previous session's map: a region gets the papules of the
    previous region with the same id (a repeated session keeps its regions' ids), else none."""
    by_id = {r.id: r.papules.xy for r in previous.regions if len(r.papules)}

    def provider(region: Region) -> FloatArray | None:
        return by_id.get(region.id)

    return provider


def fixed_papules(region: Region, keep_manual: bool = True) -> PapuleSet:
    """The papules a re-layout must keep: locked ones, and hand-placed ones if asked."""
    mask = region.papules.locked | (region.papules.manual if keep_manual else False)
    return region.papules.take(np.flatnonzero(mask))


def ranks_from_order(order: IntArray | Sequence[int], count: int) -> IntArray:
    """Injection numbers (1-based) from a permutation listing indices in injection order."""
    ranks = np.empty(count, dtype=np.int64)
    ranks[np.asarray(order, dtype=np.int64)] = np.arange(1, count + 1, dtype=np.int64)
    return ranks


def _papules_from_result(
    points: FloatArray | Sequence[Sequence[float]], order: IntArray | Sequence[int],
    fixed: PapuleSet,
) -> PapuleSet:
    """A region's new papule set from an engine result whose first points are ``fixed``:
    those keep their ids and flags, the others get fresh ids; numbers follow ``order``."""
    xy_all = np.asarray(points, dtype=np.float64).reshape(-1, 2)
    count = len(xy_all)
    n_fixed = len(fixed)
    new = count - n_fixed
    ids = new_papule_ids(new) if n_fixed == 0 else [*fixed.ids, *new_papule_ids(new)]
    locked = np.concatenate([fixed.locked, np.zeros(new, dtype=np.bool_)])
    manual = np.concatenate([fixed.manual, np.zeros(new, dtype=np.bool_)])
    xy = np.concatenate([fixed.xy, xy_all[n_fixed:]]) if n_fixed else xy_all
    return PapuleSet(ids, xy, ranks_from_order(order, count), locked, manual)


class EngineLayouter:
    """The ``Layouter`` over the layout engine, excluding the provider's danger zones.

    ``previous`` (optional) gives, for a region, the previous session's papules (N, 2) cm: the
    engine then shifts the lattice so the new papules fall between the old ones (issue 7's
    "repeat with shift").
    """

    def __init__(
        self, exclusions: ExclusionProvider | None = None, previous: PreviousProvider | None = None
    ) -> None:
        self._exclusions = exclusions
        self._previous = previous

    def exclusions(self) -> Sequence[ExclusionSpec]:
        return tuple(self._exclusions()) if self._exclusions is not None else ()

    def layout(self, region: Region, fixed: PapuleSet, *, fast: bool = False) -> PapuleSet:
        if region.pattern not in LAID_OUT_PATTERNS:
            return PapuleSet.empty()  # nappage: a density, not positions
        result = self._plan(self.request(region, fixed, fast=fast))
        return _papules_from_result(result.points, result.order, fixed)

    def request(self, region: Region, fixed: PapuleSet, *, fast: bool = False) -> LayoutRequest:
        """The engine request for ``region``: its technique's spacing and margin, this
        layouter's danger zones and previous session, ``fixed`` kept exactly (first)."""
        t = region.technique
        prev = self._previous(region) if self._previous is not None else None
        return LayoutRequest(
            region=region.geometry,
            spacing_cm=t.spacing_cm,
            margin_cm=t.margin_cm,
            exclusions=self.exclusions(),
            pattern=region.pattern,
            fixed=fixed.xy,
            previous=prev if prev is not None else (),
            start_corner=region.start_corner,
            fast=fast,
            with_metrics=False,
            rings_count=t.rings_count,
        )

    def _plan(self, request: LayoutRequest) -> LayoutResult:
        """Runs the engine on ``request`` (a subclass may measure the spacing otherwise)."""
        from mesomap.core.layout import plan_layout

        return plan_layout(request)

    def order(self, region: Region, start_corner: str) -> PapuleSet:
        papules = region.papules
        if len(papules) == 0:
            return papules
        from mesomap.core.layout import order_papules

        order, _length = order_papules(papules.xy, start_corner=start_corner)
        return papules.with_order(ranks_from_order(order, len(papules)))
