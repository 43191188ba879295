"""Region checking and repair, and the valid area (region − margin − exclusions).

Buffers are polygonal approximations of round offsets. They are made *conservative*: the
distance is enlarged (by 2.1 %) so that the polygon lies beyond the true rounded offset, so a
papule inside the computed valid area is never closer than the margin to the region's edge
or to a danger zone.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np
import shapely
from shapely.geometry import GeometryCollection, MultiPolygon, Polygon
from shapely.geometry.base import BaseGeometry

from mesomap.core.i18n import QT_TRANSLATE_NOOP
from mesomap.core.layout.types import ExclusionSpec, FloatArray, LayoutError

QUAD_SEGS = 16
# Chords of a buffer's arcs sag by 1 - cos(step / 2); enlarging the distance by 1 / cos(step / 2)
# puts every chord at or beyond the requested distance. GEOS also simplifies the input of a
# buffer with a tolerance of 1 % of the distance (BufferParameters' simplify factor), which
# can bring the offset up to 1 % closer: 2 % more covers both (5 µm on a 0.5 cm margin).
_ARC_STEP = math.pi / (2 * QUAD_SEGS)
CONSERVATIVE = 1.02 / math.cos(_ARC_STEP / 2)


def _polygonal_part(geom: BaseGeometry) -> BaseGeometry:
    if isinstance(geom, Polygon | MultiPolygon):
        return geom
    if isinstance(geom, GeometryCollection):
        polys = [g for g in geom.geoms if isinstance(g, Polygon | MultiPolygon) and not g.is_empty]
        if not polys:
            return Polygon()
        return shapely.union_all(polys)
    return Polygon()


def check_area_region(region: BaseGeometry) -> tuple[BaseGeometry, list[str]]:
    """Return a valid polygonal region and notes, or raise :class:`LayoutError`.

    NaN/infinite coordinates and regions without area are refused. Self-intersecting or
    otherwise invalid outlines are repaired with ``make_valid`` when the repair keeps a
    polygonal area; a note says so.
    """
    notes: list[str] = []
    if not isinstance(region, BaseGeometry) or region.is_empty:
        raise LayoutError(
            QT_TRANSLATE_NOOP("Layout", "The region is empty; draw a region with an area first.")
        )
    coords = shapely.get_coordinates(region)
    if coords.size == 0 or not np.all(np.isfinite(coords)):
        raise LayoutError(
            QT_TRANSLATE_NOOP(
                "Layout",
                "The region has points with invalid coordinates; redraw the region.",
            )
        )
    if not isinstance(region, Polygon | MultiPolygon | GeometryCollection):
        raise LayoutError(
            QT_TRANSLATE_NOOP(
                "Layout",
                "This pattern needs a region with an area (a polygon); draw an area or choose "
                "the line or rings pattern.",
            )
        )
    geom = region
    if not shapely.is_valid(geom):
        repaired = _polygonal_part(shapely.make_valid(geom))
        if repaired.is_empty or repaired.area <= 0.0:
            raise LayoutError(
                QT_TRANSLATE_NOOP(
                    "Layout",
                    "The region's outline crosses itself and cannot be repaired; redraw it.",
                )
            )
        notes.append(
            QT_TRANSLATE_NOOP(
                "Layout",
                "The region's outline crossed itself and was repaired; check that the area is "
                "the one you meant.",
            )
        )
        geom = repaired
    else:
        geom = _polygonal_part(geom)
    if geom.is_empty or geom.area <= 0.0:
        raise LayoutError(
            QT_TRANSLATE_NOOP(
                "Layout", "The region has no area; draw a region with at least three corners."
            )
        )
    return geom, notes


def normalize_exclusions(exclusions: Sequence[ExclusionSpec]) -> list[tuple[BaseGeometry, float]]:
    """Turn geometries and (geometry, margin_cm) pairs into pairs; refuse bad margins."""
    out: list[tuple[BaseGeometry, float]] = []
    for item in exclusions:
        if isinstance(item, BaseGeometry):
            geom, margin = item, 0.0
        else:
            geom, margin = item[0], float(item[1])
        if not math.isfinite(margin) or margin < 0:
            raise LayoutError(
                QT_TRANSLATE_NOOP(
                    "Layout",
                    "A danger zone has a negative or invalid margin ({margin} cm); give it a "
                    "margin of 0 cm or more.",
                ),
                margin=margin,
            )
        if geom.is_empty:
            continue
        out.append((geom, margin))
    return out


def check_margin(margin_cm: float) -> float:
    value = float(margin_cm)
    if not math.isfinite(value) or value < 0:
        raise LayoutError(
            QT_TRANSLATE_NOOP(
                "Layout",
                "The margin must be 0 cm or more ({value} cm was given).",
            ),
            value=margin_cm,
        )
    return value


def exclusion_union(exclusions: Sequence[tuple[BaseGeometry, float]]) -> BaseGeometry:
    """Union of the exclusions grown by their margins (conservatively)."""
    parts: list[BaseGeometry] = []
    for geom, margin in exclusions:
        g = geom if shapely.is_valid(geom) else shapely.make_valid(geom)
        if margin > 0:
            parts.append(shapely.buffer(g, margin * CONSERVATIVE, quad_segs=QUAD_SEGS))
        elif isinstance(g, Polygon | MultiPolygon):
            parts.append(g)
        else:
            # A line or point with no margin excludes nothing of positive area; keep papules
            # off it all the same with a hair-thin margin.
            parts.append(shapely.buffer(g, 1e-6, quad_segs=2))
    if not parts:
        return Polygon()
    return shapely.union_all(parts)


def valid_area(
    region: BaseGeometry,
    margin_cm: float,
    exclusions: Sequence[tuple[BaseGeometry, float]],
) -> BaseGeometry:
    """(region shrunk by ``margin_cm``) − ∪ (exclusion grown by its margin)."""
    area = region
    if margin_cm > 0:
        area = shapely.buffer(region, -margin_cm * CONSERVATIVE, quad_segs=QUAD_SEGS)
    if exclusions and not area.is_empty:
        area = shapely.difference(area, exclusion_union(exclusions))
    area = _polygonal_part(area)
    return area


def contains_points(area: BaseGeometry, xy: FloatArray) -> np.ndarray:
    """Boolean mask: which points lie in ``area`` (its boundary included)."""
    if len(xy) == 0 or area.is_empty:
        return np.zeros(len(xy), dtype=bool)
    shapely.prepare(area)
    return np.asarray(shapely.intersects_xy(area, xy[:, 0], xy[:, 1]), dtype=bool)


def boundary_rings(area: BaseGeometry) -> list[FloatArray]:
    """Coordinates of every ring (exteriors and holes) of a polygonal geometry."""
    rings: list[FloatArray] = []
    polys: list[Polygon]
    if isinstance(area, Polygon):
        polys = [area]
    elif isinstance(area, MultiPolygon):
        polys = list(area.geoms)
    else:
        polys = []
    for poly in polys:
        if poly.is_empty:
            continue
        rings.append(np.asarray(poly.exterior.coords, dtype=float))
        rings.extend(np.asarray(r.coords, dtype=float) for r in poly.interiors)
    return rings


def boundary_segments(area: BaseGeometry) -> FloatArray:
    """All boundary edges as an (E, 4) array x1, y1, x2, y2."""
    segs = [np.hstack([r[:-1], r[1:]]) for r in boundary_rings(area) if len(r) >= 2]
    if not segs:
        return np.zeros((0, 4))
    return np.vstack(segs)
