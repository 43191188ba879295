"""Surface-true papule layout: the spacing measured on the skin, not on the picture.

Method (``docs/decisions/0004-surface-spacing.md``): a greedy maximal set on the skin.

1. Candidates: a fine square grid (step ``spacing / 8``) over the valid area (region − margin
   − danger zones with their margins, exactly as the planar engine computes it) plus points
   along its boundary at the same step, in raster order (rows from the top, left to right).
2. Every candidate is lifted to the skin (:class:`SurfaceModel`); fixed papules are accepted
   first, then each candidate is accepted when no accepted papule lies closer than the spacing
   on the skin (3D chord), and blocks its skin neighbours closer than the spacing (k-d tree
   in 3D). On a flat surface raster greed gives the staggered rows of a hexagonal packing;
   where the surface turns away the rows crowd on the picture.
3. A second, twice-finer pass adds any sample still at least the spacing from every papule,
   so that every sample of the area ends up closer than the spacing to a papule on the skin.

Live drag (``fast``): the whole template is laid out once per spacing (cached on the
:class:`SurfaceModel`) and the cached papules inside the valid area are returned; a subset of
a valid layout keeps the skin spacing, and the layout is stable while a vertex moves.

Repeat with shift (``previous``, the previous session's papules): :func:`shifted_surface_points`
— greedy runs taking the previous layout's holes first, each papule then moved (a few sweeps)
to the nearby candidate farthest on the skin from the previous papules while it stays the
spacing from the others, gaps refilled; the run with the largest mean skin distance to the
previous papules wins among those within 5 % of the best count. Face cheek/forehead at 1 cm:
mean skin distance 0.55-0.59 × the spacing (a perfectly shifted hexagonal lattice: 0.577).

Flat reliefs, ``surface=False`` and the ``square``/``line``/``rings`` patterns go to the planar engine
unchanged (``plan_layout``), so flat templates give exactly the planar layout.
"""

from __future__ import annotations

import math

import numpy as np
import numpy.typing as npt
import shapely
from scipy.spatial import cKDTree
from shapely.geometry import Polygon
from shapely.geometry.base import BaseGeometry

from mesomap.core.i18n import QT_TRANSLATE_NOOP
from mesomap.core.layout import LayoutRequest, LayoutResult, order_papules, plan_layout
from mesomap.core.layout.geometry import (
    check_area_region,
    check_margin,
    contains_points,
    exclusion_union,
    normalize_exclusions,
    valid_area,
)
from mesomap.core.layout.types import START_CORNERS, check_spacing
from mesomap.core.surface.develop import developed_layout
from mesomap.core.surface.front import advancing_front, seeds
from mesomap.core.surface.model import FloatArray, SurfaceModel, as_points

GRID_DIVISIONS = 8  # candidate step = spacing / 8
MAX_CANDIDATES = 250_000
#: patterns laid out on the skin; ``square`` (a deliberate square grid, e.g. pain maps) stays
#: the planar engine's square lattice: its skin distances are never shorter than the picture's
#: (a chord is at least its picture projection), so the spacing still holds on the skin
AREA_PATTERNS = ("auto", "hex")
TOLERANCE = 1e-9
MIN_RUNS = 3
MAX_RUNS = 10
RUN_WORK = 2000  # papules x runs
#: runs in order of usefulness: fronts (exact on developable surfaces), greedy rasters (best on
#: the face), (kind, row angle, seed index)
RUN_PLANS: tuple[tuple[str, float, int], ...] = (
    ("front", 0.0, 0), ("greedy", 30.0, 0), ("greedy", 60.0, 0), ("front", 90.0, 0),
    ("greedy", 0.0, 0), ("greedy", 90.0, 0), ("greedy", 120.0, 0), ("greedy", 150.0, 0),
    ("front", 0.0, 1), ("front", 90.0, 1),
)  # relative, as the planar engine's guarantee


def _raster(points: FloatArray) -> FloatArray:
    result: FloatArray = points[_raster_order(points, 0.0)]
    return result


def _raster_order(points: FloatArray, angle_deg: float) -> npt.NDArray[np.intp]:
    """Raster order with rows turned by ``angle_deg``: rows from the top, then along each row."""
    a = math.radians(angle_deg)
    c, s = math.cos(a), math.sin(a)
    along = points[:, 0] * c + points[:, 1] * s
    across = -points[:, 0] * s + points[:, 1] * c
    order: npt.NDArray[np.intp] = np.lexsort((along, -np.round(across, 9)))
    return order


def candidate_points(area: BaseGeometry, step: float) -> FloatArray:
    """Grid points inside ``area`` and boundary points, ``step`` apart, in raster order."""
    minx, miny, maxx, maxy = area.bounds
    cells = (maxx - minx) * (maxy - miny) / (step * step)
    if cells > MAX_CANDIDATES:
        step = math.sqrt((maxx - minx) * (maxy - miny) / MAX_CANDIDATES)
    xs = np.arange(minx + step / 2, maxx, step)
    ys = np.arange(miny + step / 2, maxy, step)
    gx, gy = np.meshgrid(xs, ys)
    grid = np.column_stack([gx.ravel(), gy.ravel()])
    grid = grid[contains_points(area, grid)]
    boundary = area.boundary
    length = float(boundary.length)
    n = max(8, math.ceil(length / step))
    along = shapely.line_interpolate_point(boundary, np.linspace(0.0, length, n, endpoint=False))
    edge = np.asarray(shapely.get_coordinates(along), dtype=float)
    return _raster(np.vstack([grid, edge]))


def greedy_surface_points(
    candidates: FloatArray, lifted: FloatArray, spacing: float, placed3: FloatArray
) -> npt.NDArray[np.intp]:
    """Indices of candidates accepted in order: each at least the spacing on the skin from the
    ``placed3`` skin points and from every candidate accepted before it."""
    if len(candidates) == 0:
        return np.zeros(0, dtype=np.intp)
    radius = spacing * (1.0 - TOLERANCE)
    keep = np.ones(len(candidates), dtype=bool)
    if len(placed3):
        d, _ = cKDTree(placed3).query(lifted, distance_upper_bound=spacing * 2)
        keep = d >= radius
    idx_all = np.flatnonzero(keep)
    if len(idx_all) == 0:
        return np.zeros(0, dtype=np.intp)
    sub = lifted[idx_all]
    tree = cKDTree(sub)
    blocked = np.zeros(len(sub), dtype=bool)
    accepted: list[int] = []
    i, n = 0, len(sub)
    while i < n:
        free = np.flatnonzero(~blocked[i:])
        if len(free) == 0:
            break
        i += int(free[0])
        accepted.append(i)
        blocked[tree.query_ball_point(sub[i], radius)] = True
        blocked[i] = True
    result: npt.NDArray[np.intp] = idx_all[np.asarray(accepted, dtype=np.intp)]
    return result


def _thin(points: FloatArray, surface: SurfaceModel, spacing: float, fixed3: FloatArray
          ) -> FloatArray:
    """``points`` in order, dropping any closer than the spacing on the skin to a fixed papule
    or to a point kept before it."""
    if len(points) == 0:
        return points
    radius = spacing * (1.0 - TOLERANCE)
    p3 = surface.lift(points)
    keep = np.ones(len(points), dtype=bool)
    if len(fixed3):
        d, _ = cKDTree(fixed3).query(p3, distance_upper_bound=spacing * 2)
        keep &= d >= radius
    tree = cKDTree(p3)
    for i, j in sorted(tree.query_pairs(radius)):
        if keep[i] and keep[j]:
            keep[j] = False
    result: FloatArray = points[keep]
    return result


def surface_points(
    area: BaseGeometry,
    surface: SurfaceModel,
    spacing: float,
    fixed: FloatArray,
    max_runs: int | None = None,
    previous: FloatArray | None = None,
) -> FloatArray:
    """Papules (without the fixed ones) covering ``area`` with the spacing on the skin.

    Advancing fronts from a few seeds and row angles (as many as the work budget allows),
    each completed by two greedy passes (candidates ``spacing/8`` then ``spacing/16`` apart);
    the most papules win, then the first run.
    """
    if area.is_empty or area.area <= 0:
        return np.zeros((0, 2))
    if previous is not None and len(previous):
        from mesomap.core.surface.shift import shifted_surface_points

        return shifted_surface_points(area, surface, spacing, fixed, previous)
    step = spacing / GRID_DIVISIONS
    coarse = candidate_points(area, step)
    fine = candidate_points(area, step / 2)
    coarse3, fine3 = surface.lift(coarse), surface.lift(fine)
    fixed3 = surface.lift(fixed) if len(fixed) else np.zeros((0, 3))
    sample = coarse[:: max(1, len(coarse) // 200)]
    with np.errstate(all="ignore"):
        stretch = float(np.nanmean(surface.stretch_at(sample))) if len(sample) else 1.0
    if not math.isfinite(stretch):
        stretch = 1.0
    est = max(1, int(stretch * area.area / (spacing * spacing * 0.866)))
    runs = max_runs if max_runs is not None else max(MIN_RUNS, min(MAX_RUNS, RUN_WORK // est))
    starts = seeds(area, 2, spacing)
    plans: list[tuple[str, float, FloatArray | None]] = []
    for kind, angle, k in RUN_PLANS:
        if kind == "greedy":
            plans.append((kind, angle, None))
        elif k < len(starts):
            plans.append((kind, angle, starts[k]))
    best = np.zeros((0, 2))
    developed = developed_layout(area, surface, spacing)
    if developed is not None and len(developed):
        grown = _thin(developed[contains_points(area, developed)], surface, spacing, fixed3)
        placed3 = np.vstack([fixed3, surface.lift(grown)])
        add1 = greedy_surface_points(coarse, coarse3, spacing, placed3)
        placed3 = np.vstack([placed3, coarse3[add1]])
        add2 = greedy_surface_points(fine, fine3, spacing, placed3)
        best = np.vstack([grown, coarse[add1], fine[add2]])
        runs = max(0, runs - MIN_RUNS)  # the development is the first choice; fewer others
    for _kind, angle, seed in plans[:runs]:
        if seed is not None:
            grown = advancing_front(area, surface, spacing, fixed, seed, angle)
            placed3 = np.vstack([fixed3, surface.lift(grown)])
            cands, cands3 = coarse, coarse3
        else:
            grown, placed3 = np.zeros((0, 2)), fixed3
            order = _raster_order(coarse, angle)
            cands, cands3 = coarse[order], coarse3[order]
        add1 = greedy_surface_points(cands, cands3, spacing, placed3)
        placed3 = np.vstack([placed3, cands3[add1]])
        add2 = greedy_surface_points(fine, fine3, spacing, placed3)
        pts = np.vstack([grown, cands[add1], fine[add2]])
        if len(pts) > len(best):
            best = pts
    return best


def _whole_template(surface: SurfaceModel, spacing: float) -> FloatArray:
    """The cached surface layout of the whole template (the live-drag path's source)."""
    key = f"whole:{spacing!r}"
    cached = surface._cache.get(key)
    if cached is None:
        domain = surface.outline
        if domain is None or domain.is_empty:
            raise ValueError("the live surface path needs the template outline")
        domain = shapely.buffer(domain, spacing * 1.5, quad_segs=4)
        cached = surface_points(domain, surface, spacing, np.zeros((0, 2)))
        surface._cache[key] = cached
    result: FloatArray = cached
    return result


def _inside_template(surface: SurfaceModel, spacing: float, region: BaseGeometry) -> bool:
    key = f"domain:{spacing!r}"
    domain = surface._cache.get(key)
    if domain is None:
        assert surface.outline is not None
        domain = shapely.buffer(surface.outline, spacing, quad_segs=4)
        shapely.prepare(domain)
        surface._cache[key] = domain
    return bool(shapely.contains(domain, region))


def _exclusion_union_cached(
    surface: SurfaceModel, exclusions: list[tuple[BaseGeometry, float]]
) -> BaseGeometry:
    """The union of the exclusions with their margins, reused while the same geometry objects
    come back (the canvas passes the same danger zones at every drag step)."""
    ident = [(id(g), m) for g, m in exclusions]
    cached = surface._cache.get("exclusions")
    if cached is not None and cached[0] == ident:
        union: BaseGeometry = cached[2]
        return union
    union = exclusion_union(exclusions)
    shapely.prepare(union)
    surface._cache["exclusions"] = (ident, exclusions, union)  # keeps the objects alive
    return union


def _live_points(
    surface: SurfaceModel,
    spacing: float,
    region: BaseGeometry,
    margin: float,
    exclusions: list[tuple[BaseGeometry, float]],
) -> FloatArray:
    """The cached whole-template surface layout restricted to region − margin − exclusions."""
    whole = _whole_template(surface, spacing)
    if len(whole) == 0 or region.is_empty:
        return np.zeros((0, 2))
    minx, miny, maxx, maxy = region.bounds
    box_mask = (
        (whole[:, 0] >= minx) & (whole[:, 0] <= maxx)
        & (whole[:, 1] >= miny) & (whole[:, 1] <= maxy)
    )
    pts = whole[box_mask]
    pts = pts[contains_points(region, pts)]
    if margin > 0 and len(pts):
        d = shapely.distance(region.boundary, shapely.points(pts))
        pts = pts[np.asarray(d) >= margin]
    if exclusions and len(pts):
        union = _exclusion_union_cached(surface, exclusions)
        if not union.is_empty:
            pts = pts[~np.asarray(shapely.intersects_xy(union, pts[:, 0], pts[:, 1]), dtype=bool)]
    result: FloatArray = pts
    return result


def _quick_order(points: FloatArray, spacing: float, corner: str
                 ) -> tuple[npt.NDArray[np.intp], float]:
    """A cheap snake for the live path: bands half a spacing high, alternating direction."""
    if len(points) == 0:
        return np.zeros(0, dtype=np.intp), 0.0
    top, left = corner.startswith("top"), corner.endswith("left")
    y = points[:, 1] if not top else -points[:, 1]
    band = np.floor((y - y.min()) / (spacing / 2)).astype(np.int64)
    x = points[:, 0] if left else -points[:, 0]
    direction = np.where(band % 2 == 0, 1.0, -1.0)
    order: npt.NDArray[np.intp] = np.lexsort((x * direction, band)).astype(np.intp)
    steps = np.diff(points[order], axis=0)
    return order, float(np.hypot(steps[:, 0], steps[:, 1]).sum())


def wants_surface(surface: SurfaceModel | None, option: bool | None) -> bool:
    """The ``surface`` option: None means on where the template has relief."""
    if surface is None or not surface.has_relief:
        return False
    return True if option is None else bool(option)


def plan_surface_layout(
    req: LayoutRequest, surface: SurfaceModel | None, *, use_surface: bool | None = None
) -> LayoutResult:
    """``plan_layout`` with the spacing measured on the skin (see the module docstring).

    ``use_surface``: True/False forces it; None (default) = the request's ``surface`` option
    (itself None by default = on where ``surface`` has relief).
    The result's ``extra`` holds ``skin_area_cm2``, ``picture_area_cm2`` and
    ``min_skin_distance_cm`` (not on the live path); ``metrics`` is None (the planar metrics
    measure the picture; :func:`surface_metrics` measures the skin).
    """
    option = use_surface if use_surface is not None else req.surface
    if not wants_surface(surface, option) or req.pattern not in AREA_PATTERNS:
        return plan_layout(req)
    assert surface is not None
    spacing = check_spacing(req.spacing_cm)
    margin = check_margin(req.margin_cm)
    if req.start_corner not in START_CORNERS:
        return plan_layout(req)  # the planar engine words the error
    try:
        fixed = as_points(req.fixed)
    except ValueError:
        return plan_layout(req)
    try:
        previous = as_points(req.previous)
    except ValueError:
        return plan_layout(req)
    if not np.all(np.isfinite(fixed)) or not np.all(np.isfinite(previous)):
        return plan_layout(req)
    region, notes = check_area_region(req.region)
    exclusions = normalize_exclusions(req.exclusions)
    if req.fast and surface.outline is not None and not _inside_template(surface, spacing, region):
        return plan_layout(req)  # drawn beyond the template: the planar live path
    if req.fast and surface.outline is not None:
        pts = _live_points(surface, spacing, region, margin, exclusions)
        if len(fixed) and len(pts):
            d, _ = cKDTree(surface.lift(fixed)).query(surface.lift(pts))
            pts = pts[d >= spacing * (1.0 - TOLERANCE)]
        area = region  # the live path skips the exact valid area (not needed to draw)
    else:
        area = valid_area(region, margin, exclusions)
        pts = surface_points(area, surface, spacing, fixed, previous=previous)
    allpts = np.vstack([fixed, pts]) if len(fixed) else pts
    if len(previous) and req.fast:  # the live path shows the cached layout; release shifts
        notes.append(
            QT_TRANSLATE_NOOP(
                "Layout",
                "While dragging, the layout follows the skin surface without the shift "
                "between the previous session's papules; it is shifted when you release.",
            )
        )
    if req.fast:
        order, length = _quick_order(allpts, spacing, req.start_corner)
    else:
        order, length = order_papules(allpts, req.start_corner) if len(allpts) else (
            np.zeros(0, dtype=np.intp), 0.0)
    fixed_outside: tuple[int, ...] = ()
    if len(fixed):
        near = np.asarray(shapely.dwithin(area, shapely.points(fixed), 1e-9), dtype=bool)
        fixed_outside = tuple(int(i) for i in np.flatnonzero(~near))
        if fixed_outside:
            notes.append(
                QT_TRANSLATE_NOOP(
                    "Layout",
                    "Some papules placed by hand lie outside the area allowed by the margin and "
                    "the danger zones; they were kept and are flagged.",
                )
            )
    extra: dict[str, float] = {}
    if not req.fast:
        from mesomap.core.surface.shift import mean_skin_distance_to_previous

        areas = surface.area(area if not area.is_empty else Polygon())
        extra = {
            **({"mean_skin_distance_to_previous_cm":
                mean_skin_distance_to_previous(allpts, previous, surface)}
               if len(previous) and len(allpts) else {}),
            "picture_area_cm2": areas.picture_cm2,
            "skin_area_cm2": areas.skin_cm2,
            "min_skin_distance_cm": float(surface.neighbour_distances(allpts).min())
            if len(allpts) > 1 else math.inf,
        }
    return LayoutResult(
        points=allpts,
        order=np.asarray(order, dtype=np.intp),
        path_length_cm=float(length),
        metrics=None,
        notes=tuple(notes),
        valid_area=area,
        fixed_count=len(fixed),
        fixed_outside=fixed_outside,
        pattern_used="surface",
        angle_deg=0.0,
        extra=extra,
    )
