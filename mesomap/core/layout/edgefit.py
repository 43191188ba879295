"""Outer lattice rows fitted to the straight edges parallel to them (rectangular areas).

A hexagonal lattice centred in a rectangle leaves its outermost rows up to half a row step
(0.433 s) from the edges parallel to the rows. A point of such an edge halfway between two
papules of the row is then sqrt((s/2)² + d²) from them: up to 0.66 s for d = 0.433 s, and
nothing can be added there (it would be closer than s to both). Moving the whole outer row
towards its edge, down to a depth of 0.40 s (or 0.30 s), brings those points within
0.64 s (0.58 s); the stretched gap behind the row (at most h + 0.2 s) keeps every papule a
spacing apart, since the row moves away from its neighbours.

The gap behind a moved row is wider than the lattice's, so the covering radius there rises
above 0.577 s; that is allowed only in the band within one spacing of the edge. Each fitted
layout is gap filled and measured exactly, and it is offered to the planner only when its
covering radius deeper than one spacing is still at most ``INTERIOR_LIMIT`` × s (the
target for hexagonal layouts) and nothing came closer than a spacing.

Only for areas that are rectangles in the lattice's frame: there, the outer rows run along
the edges from end to end. (On a rectangle, edges across the rows are a different matter:
rows end alternately half a spacing apart, and no such shift helps; see
docs/decisions/0002-layout.md.)
"""

from __future__ import annotations

import numpy as np
import shapely
from scipy.spatial import cKDTree
from shapely.geometry.base import BaseGeometry

from mesomap.core.layout.fill import fill_gaps
from mesomap.core.layout.lattice import (
    LatticeSpec,
    clipped_lattice,
    frame_bounds,
    from_frame,
    to_frame,
)
from mesomap.core.layout.metrics import covering_radius
from mesomap.core.layout.types import FloatArray

TARGET_DEPTHS = (0.40, 0.30)  # depths (in spacings) the outer rows are moved to
MAX_SHIFT = 0.2  # at most this far (in spacings)
INTERIOR_LIMIT = 0.578  # covering radius deeper than one spacing, in spacings


def is_frame_rectangle(area: BaseGeometry, angle_deg: float) -> bool:
    """True when ``area`` is a rectangle whose sides run along the frame's axes."""
    x0, y0, x1, y1 = frame_bounds(area, angle_deg)
    box_area = (x1 - x0) * (y1 - y0)
    return box_area > 0 and abs(float(area.area) - box_area) <= 1e-9 * box_area


def _shifts(depth: float, spacing: float) -> list[float]:
    out = {
        round(float(np.clip(depth - t * spacing, 0.0, MAX_SHIFT * spacing)), 12)
        for t in TARGET_DEPTHS
    }
    return sorted(out)


def fitted_layouts(
    spec: LatticeSpec, area: BaseGeometry, spacing: float, fixed: FloatArray
) -> list[tuple[FloatArray, float]]:
    """Layouts (fixed papules first, then the others) with the outer rows moved to the edges.

    Returns (points, covering radius) for each accepted variant; empty when the area is not
    a rectangle in the lattice's frame or no variant keeps the interior target.
    """
    if spec.kind != "hex" or not is_frame_rectangle(area, spec.angle_deg):
        return []
    lattice = clipped_lattice(spec, area)
    if len(fixed) and len(lattice):
        d, _ = cKDTree(fixed).query(lattice)
        lattice = lattice[d >= spacing]
    if len(lattice) < 2:
        return []
    frame = to_frame(lattice, spec.angle_deg)
    _, fy0, _, fy1 = frame_bounds(area, spec.angle_deg)
    y = frame[:, 1]
    top = np.abs(y - y.max()) <= 1e-9 * spacing
    bottom = np.abs(y - y.min()) <= 1e-9 * spacing
    if (top & bottom).any():  # a single row
        return []
    inner = shapely.buffer(area, -spacing, quad_segs=16)
    has_interior = not inner.is_empty and inner.area > 0
    results: list[tuple[FloatArray, float]] = []
    for up in _shifts(fy1 - float(y.max()), spacing):
        for down in _shifts(float(y.min()) - fy0, spacing):
            if up == 0.0 and down == 0.0:
                continue
            moved = frame.copy()
            moved[top, 1] += up
            moved[bottom, 1] -= down
            pts = np.vstack([fixed, from_frame(moved, spec.angle_deg)])
            if len(fixed):
                d, _ = cKDTree(fixed).query(pts[len(fixed) :])
                if float(d.min()) < spacing * (1 - 1e-12):
                    continue
            extra = fill_gaps(pts, area, spacing)
            if len(extra):
                pts = np.vstack([pts, extra])
            if has_interior and covering_radius(pts, inner)[0] > INTERIOR_LIMIT * spacing:
                continue
            results.append((pts, covering_radius(pts, area)[0]))
    return results
