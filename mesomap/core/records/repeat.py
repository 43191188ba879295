"""Repeat a session: a new map from the previous one (template, fit, regions, parameters),
optionally with the lattice shifted so the new papules fall between the previous ones.

The regions keep their ids (so ``previous_session`` pairs each region with its previous papules
for the faint overlay and the shift); papules are laid out afresh with new ids. Locked and
hand-placed papules of the previous map are *not* carried over when shifting (they would sit
on the old positions); without shift the previous papules are copied with new ids.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from mesomap.core.document import (
    MapDocument,
    PapuleSet,
    new_papule_ids,
    previous_session,
)
from mesomap.core.document.model import LAID_OUT_PATTERNS
from mesomap.core.layout.types import ExclusionSpec
from mesomap.core.surface.layouter import SurfaceLayouter, surface_for_ref
from mesomap.core.templates import Template


def previous_papules(previous: MapDocument) -> dict[str, np.ndarray]:
    """``{region id: (N, 2) cm}`` of the previous map (the faint overlay)."""
    return {r.id: np.array(r.papules.xy, dtype=np.float64) for r in previous.regions}


def repeat_map(
    previous: MapDocument, *, shift: bool = True, exclusions: Sequence[ExclusionSpec] = (),
    notes: str | None = None, template: Template | None = None,
) -> MapDocument:
    """A new document for the next session. ``shift``: lay each region out again with the
    previous papules as ``previous`` (C's layout shift); otherwise copy the positions.
    ``template``: the previous map's own template (e.g. the copy stored with it), used for the
    skin-true spacing when the installed file has changed since."""
    # spacing on the skin where the template has relief (issue 10), shifted on the skin too
    layouter = SurfaceLayouter(lambda: tuple(exclusions), previous=previous_session(previous),
                               surface=surface_for_ref(previous.template, template))
    regions = []
    for region in previous.regions:
        papules = region.papules
        if region.pattern in LAID_OUT_PATTERNS and len(papules):
            if shift:
                papules = layouter.layout(region, PapuleSet.empty())
            else:
                papules = PapuleSet(new_papule_ids(len(papules)), papules.xy, papules.order,
                                    np.zeros(len(papules), dtype=np.bool_),
                                    np.asarray(papules.manual, dtype=np.bool_))
        regions.append(region.replace(papules=papules))
    return MapDocument(previous.template, regions,
                       previous.notes if notes is None else notes)


def mean_distance_to_previous(new_xy: np.ndarray, previous_xy: np.ndarray) -> float:
    """Mean distance (cm) from each new papule to its nearest previous papule."""
    from scipy.spatial import cKDTree

    if len(new_xy) == 0 or len(previous_xy) == 0:
        return 0.0
    distances, _ = cKDTree(previous_xy).query(new_xy)
    return float(np.mean(distances))
