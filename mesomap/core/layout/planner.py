"""``plan_layout``: from a :class:`LayoutRequest` to a :class:`LayoutResult`.

Area patterns (auto, hex, square):
1. check/repair the region; valid area = (region − margin) − (exclusions + their margins);
2. fast path: one lattice anchored at the origin, rows horizontal (stable while dragging);
3. otherwise: score 16 × 8 offsets for each candidate frame (0° and 90°, and along and
   across the two longest edges) by scanline counting; complete the best-ranked placements
   (round robin over the frames, as many as a work budget allows; the placements centred in
   each frame first, and on rectangles also with the outer rows moved to the edges, see
   :mod:`.edgefit`) with gap filling; keep at least the plain lattice's papules, prefer a
   covering radius within 0.65 s (at most 5 % fewer papules), then the most papules (2 %
   slack), then the smallest
   covering radius — or, given the previous
   session's papules, the largest mean distance to them among those keeping the count;
   ``auto`` uses square lattices only for areas without an interior;
4. lattice points closer than the spacing to fixed papules are dropped before gap filling
   (see :mod:`.fill`); then order.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import shapely
from scipy.spatial import cKDTree
from shapely.geometry import Point, Polygon
from shapely.geometry.base import BaseGeometry

from mesomap.core.i18n import QT_TRANSLATE_NOOP
from mesomap.core.layout.edgefit import fitted_layouts
from mesomap.core.layout.fill import fill_gaps, fill_gaps_cover
from mesomap.core.layout.geometry import (
    boundary_segments,
    check_area_region,
    check_margin,
    contains_points,
    exclusion_union,
    normalize_exclusions,
    valid_area,
)
from mesomap.core.layout.lattice import (
    SQRT3_2,
    LatticeSpec,
    clipped_lattice,
    clipped_lattice_band,
    frame_bounds,
    score_offsets,
    to_frame,
)
from mesomap.core.layout.metrics import compute_metrics
from mesomap.core.layout.order import order_papules
from mesomap.core.layout.patterns import (
    DEFAULT_RINGS,
    line_points,
    ring_centre,
    ring_points,
    rings_needed,
)
from mesomap.core.layout.types import (
    PATTERNS,
    START_CORNERS,
    FloatArray,
    LayoutError,
    LayoutRequest,
    LayoutResult,
    check_spacing,
)

BAND_STEPS = 2  # lattice rows/columns next to a missing site that take part in gap filling
SHIFT_COUNT_TOLERANCE = 0.01  # a shifted lattice may lose up to 1 % of the papules
SHIFT_SAMPLE = 400  # papules sampled to rate a shifted placement
COUNT_SLACK = 0.02  # trade up to 2 % of the papules for a smaller covering radius
EVALUATION_WORK = 3000  # papules × placements evaluated in full
MAX_EVALUATIONS = 16
EVEN_COVER = 0.65  # issue 4's evenness target on rectangles, in spacings
EVEN_COUNT_SLACK = 0.05  # ... preferred when it costs at most 5 % of the papules


def _as_points(value: object, what: str) -> FloatArray:
    arr = np.asarray(value, dtype=float)
    if arr.size == 0:
        return np.zeros((0, 2))
    if arr.ndim != 2 or arr.shape[1] != 2 or not np.all(np.isfinite(arr)):
        raise LayoutError(
            QT_TRANSLATE_NOOP(
                "Layout", "The {what} papules must be pairs of finite x, y coordinates in cm."
            ),
            what=what,
        )
    return arr


def _away_from(points: FloatArray, fixed: FloatArray, spacing: float) -> FloatArray:
    if len(fixed) == 0 or len(points) == 0:
        return points
    d, _ = cKDTree(fixed).query(points)
    result: FloatArray = points[d >= spacing]
    return result


def _angle_candidates(area: BaseGeometry, kind: str) -> list[float]:
    """Lattice frame angles to try: the axes and the two longest edges.

    For a hexagonal lattice, rows across an edge (angle + 90°) are tried as well as rows along
    it. Frames are kept modulo 180° only (not modulo the lattice's 60° symmetry): the frame
    decides where the offsets are anchored, and a frame aligned with an edge puts lattice
    points exactly on it.
    """
    base = [0.0, 90.0] if kind == "hex" else [0.0]
    segs = boundary_segments(area)
    if len(segs):
        lengths = np.hypot(segs[:, 2] - segs[:, 0], segs[:, 3] - segs[:, 1])
        for i in np.argsort(-lengths, kind="stable")[:2]:
            a = math.degrees(math.atan2(segs[i, 3] - segs[i, 1], segs[i, 2] - segs[i, 0]))
            base.append(round(a % 180.0, 9))
            if kind == "hex":
                base.append(round((a + 90.0) % 180.0, 9))
    period = 180.0 if kind == "hex" else 90.0
    out: list[float] = []
    for a in base:
        a = a % period
        if all(min(abs(a - b), period - abs(a - b)) > 1e-6 for b in out):
            out.append(a)
    return out


@dataclass
class _Candidate:
    spec: LatticeSpec
    points: FloatArray  # fixed first, then lattice, then gap filling
    sites: np.ndarray  # Voronoi sites for gap searches (band, fixed, filled)
    lattice_count: int
    cover: float = math.inf
    prev_mean: float = 0.0


def _boundary_samples(area: BaseGeometry, spacing: float) -> FloatArray:
    b = area.boundary
    length = float(b.length)
    n = max(8, min(20_000, math.ceil(length / (spacing / 4))))
    pts = shapely.line_interpolate_point(b, np.linspace(0.0, length, n, endpoint=False))
    return np.asarray(shapely.get_coordinates(pts), dtype=float)


def rank_lattices(
    area: BaseGeometry, spacing: float, kinds: tuple[str, ...], per_orientation: int
) -> tuple[list[tuple[int, LatticeSpec]], LatticeSpec | None]:
    """Candidate placements ranked by scanline count, and the plain (unshifted) hex lattice."""
    scored: list[tuple[int, int, LatticeSpec]] = []
    plain: LatticeSpec | None = None
    for kind in kinds:
        for angle in _angle_candidates(area, kind):
            counts, x0s, y0s = score_offsets(area, kind, spacing, angle)
            if plain is None and kind == "hex" and angle == 0.0:
                plain = LatticeSpec(kind, spacing, angle, float(x0s[0]), float(y0s[0]))
            flat = counts.ravel()
            order = np.argsort(-flat, kind="stable")
            top = int(flat[order[0]])
            good = order[flat[order] >= top - 1 - (top // 50)]
            if len(good) > per_orientation:  # spread the picks over the good offsets
                good = good[np.linspace(0, len(good) - 1, per_orientation).round().astype(int)]
            for idx in good:
                j, i = divmod(int(idx), counts.shape[1])
                spec = LatticeSpec(kind, spacing, angle, float(x0s[i]), float(y0s[j]))
                scored.append((int(flat[idx]), len(scored), spec))
    scored.sort(key=lambda t: (-t[0], t[1]))
    return [(c, sp) for c, _, sp in scored], plain


def _complete(
    spec: LatticeSpec, area: BaseGeometry, spacing: float, fixed: FloatArray
) -> _Candidate:
    pts, depth = clipped_lattice_band(spec, area, fixed, BAND_STEPS)
    nf = len(fixed)
    sites = np.concatenate([np.ones(nf, dtype=bool), depth <= BAND_STEPS])
    allpts = np.vstack([fixed, pts])
    extra, cover = fill_gaps_cover(allpts, area, spacing, sites)
    allpts = np.vstack([allpts, extra])
    sites = np.concatenate([sites, np.ones(len(extra), dtype=bool)])
    return _Candidate(spec, allpts, sites, len(pts), cover)


def centred_specs(area: BaseGeometry, spacing: float, kinds: tuple[str, ...]) -> list[LatticeSpec]:
    """Placements centred in each frame's bounding box (both column parities for hex).

    The scanline ranking favours the most lattice points, which on a rectangle often puts
    the rows hard against one edge and leaves the whole remainder at the opposite one; a
    centred lattice splits it between both edges. On 231 rectangles 4-7 cm at 1 cm, adding
    these candidates took the layouts whose covering radius exceeds 0.65 s from 116 to 89
    (median 0.654 -> 0.625 s); two gained a papule and two lost one (the 2 % rule).
    """
    out: list[LatticeSpec] = []
    for kind in kinds:
        for angle in _angle_candidates(area, kind):
            x0, y0, x1, y1 = frame_bounds(area, angle)
            probe = LatticeSpec(kind, spacing, angle, 0.0, 0.0)
            pitch = spacing / 2 if kind == "hex" else spacing
            yc = y0 + ((y1 - y0) % probe.row_step) / 2
            xc = x0 + ((x1 - x0) % pitch) / 2
            for px in (xc, xc + spacing / 2) if kind == "hex" else (xc,):
                out.append(LatticeSpec(kind, spacing, angle, float(px), float(yc)))
    return out


def shift_specs(
    area: BaseGeometry, spacing: float, kinds: tuple[str, ...], previous: FloatArray, keep: int
) -> list[LatticeSpec]:
    """Placements whose papules fall farthest from the previous session's, keeping the count.

    Every scored offset within 1 % of the best count is rated by the mean distance from a
    sample of its papules to the nearest previous papule; the offsets that put a papule at
    the centre of a previous lattice triangle (or square) are added explicitly.
    """
    tree = cKDTree(previous)
    rated: list[tuple[float, int, LatticeSpec]] = []
    best_count = 0
    found: list[tuple[int, LatticeSpec]] = []
    for kind in kinds:
        for angle in _angle_candidates(area, kind):
            counts, x0s, y0s = score_offsets(area, kind, spacing, angle, nx=16, ny=12)
            best_count = max(best_count, int(counts.max()))
            for j, y0 in enumerate(y0s):
                for i, x0 in enumerate(x0s):
                    found.append((int(counts[j, i]), LatticeSpec(kind, spacing, angle, x0, y0)))
            # offsets aligned on the previous papules' own phase, moved to their holes
            probe = LatticeSpec(kind, spacing, angle, 0.0, 0.0)
            centre = previous[np.argmin(np.sum((previous - previous.mean(axis=0)) ** 2, axis=1))]
            px, py = to_frame(centre[None, :], angle)[0]
            holes = (
                [(spacing / 2, probe.row_step / 3), (0.0, 2 * probe.row_step / 3)]
                if kind == "hex"
                else [(spacing / 2, spacing / 2)]
            )
            for hx, hy in holes:
                sp = LatticeSpec(kind, spacing, angle, float(px + hx), float(py + hy))
                found.append((len(clipped_lattice(sp, area)), sp))
    floor = best_count * (1 - SHIFT_COUNT_TOLERANCE)
    for count, sp in found:
        if count < floor:
            continue
        sample = clipped_lattice(sp, area)
        if len(sample) > SHIFT_SAMPLE:
            sample = sample[:: len(sample) // SHIFT_SAMPLE + 1]
        mean = float(np.mean(tree.query(sample)[0])) if len(sample) else 0.0
        rated.append((mean, len(rated), sp))
    rated.sort(key=lambda t: (-t[0], t[1]))
    return [sp for _, _, sp in rated[:keep]]


def choose_layout(
    area: BaseGeometry,
    spacing: float,
    kinds: tuple[str, ...],
    fixed: FloatArray,
    previous: FloatArray,
) -> _Candidate | None:
    """Evaluate the best-ranked placements in full and keep the best one.

    Without previous papules: never fewer papules than the plain hexagonal lattice gives;
    among those, the layouts whose covering radius is within 0.65 s if there are any with at
    most 5 % fewer papules than the most; then
    the most papules (allowing 2 % fewer), then the smallest covering radius. With them:
    the largest mean distance to them among placements within 1 % of the most papules.
    Square lattices are only used by ``auto`` when they give more papules and the area is too
    thin to have an interior (a square lattice covers an interior less evenly).
    """
    if "square" in kinds and "hex" in kinds:
        inner = shapely.buffer(area, -spacing, quad_segs=4)
        if not inner.is_empty and inner.area > 0:
            kinds = ("hex",)  # the area has an interior: hexagonal (see the docstring)
    est = max(1, int(area.area / (spacing * spacing * SQRT3_2)))
    budget = max(1, min(MAX_EVALUATIONS, EVALUATION_WORK // est))
    ranked, plain = rank_lattices(area, spacing, kinds, budget)
    if not ranked:
        return None
    specs: list[LatticeSpec] = []
    centred: list[LatticeSpec] = []
    if len(previous):
        specs = shift_specs(area, spacing, kinds, previous, 4)
    elif budget == 1 and len(ranked) > 1 and ranked[1][0] >= ranked[0][0]:
        # large region: one full evaluation; pre-select by the gap along the boundary among
        # the placements with the most papules (skipped when one placement has the most)
        top = ranked[0][0]
        samples = _boundary_samples(area, spacing)
        best_gap = math.inf
        for count, sp in ranked:
            if count < top:
                break
            pts = clipped_lattice(sp, area)
            gap = float(np.max(cKDTree(pts).query(samples)[0])) if len(pts) else math.inf
            if gap < best_gap:
                best_gap, specs = gap, [sp]
    elif budget == 1:
        specs = [ranked[0][1]]
    else:
        # the centred placements first (up to half the budget), then round robin over the
        # orientations, best placements first, ``budget`` in all (at least the best one of
        # every orientation)
        centred = centred_specs(area, spacing, kinds)[: max(1, budget // 2)]
        specs = list(centred)
        per: dict[tuple[str, float], list[LatticeSpec]] = {}
        for _, sp in ranked:
            per.setdefault((sp.kind, sp.angle_deg), []).append(sp)
        total = max(budget, len(per) + len(specs))
        depth = 0
        while len(specs) < total and any(len(g) > depth for g in per.values()):
            for group in per.values():
                if depth < len(group) and len(specs) < total:
                    specs.append(group[depth])
            depth += 1
    cands = [_complete(sp, area, spacing, fixed) for sp in specs]
    for sp in centred:  # rectangles: outer rows moved to the edges along them
        for pts, cover in fitted_layouts(sp, area, spacing, fixed):
            n = len(pts) - len(fixed)
            cands.append(_Candidate(sp, pts, np.ones(len(pts), dtype=bool), n, cover))
    # never fewer papules than the plain clipped hexagonal lattice
    plain_n = len(_away_from(clipped_lattice(plain, area), fixed, spacing)) if plain else 0
    if plain is not None and max(len(c.points) - len(fixed) for c in cands) < plain_n:
        cands.append(_complete(plain, area, spacing, fixed))
    nmax = max(len(c.points) for c in cands)
    if len(previous):
        tree = cKDTree(previous)
        keep = [c for c in cands if len(c.points) >= nmax * (1 - SHIFT_COUNT_TOLERANCE)]
        for c in keep:
            c.prev_mean = float(np.mean(tree.query(c.points)[0])) if len(c.points) else 0.0
        return max(keep, key=lambda c: (c.prev_mean, len(c.points)))
    plain_n += len(fixed)
    pool = [c for c in cands if len(c.points) >= plain_n] or cands
    # layouts whose largest gap is within the evenness target come first, when there are any
    # that cost at most 5 % of the papules
    most = max(len(c.points) for c in pool)
    pool = [
        c
        for c in pool
        if c.cover <= EVEN_COVER * spacing and len(c.points) >= most * (1 - EVEN_COUNT_SLACK)
    ] or pool
    nmax = max(len(c.points) for c in pool)
    floor = nmax - math.ceil(COUNT_SLACK * nmax)
    keep = [c for c in pool if len(c.points) >= floor]
    return min(keep, key=lambda c: (c.cover, -len(c.points)))


def _area_layout(
    req: LayoutRequest, spacing: float, margin: float, fixed: FloatArray, previous: FloatArray
) -> tuple[FloatArray, BaseGeometry, list[str], LatticeSpec | None]:
    region, notes = check_area_region(req.region)
    exclusions = normalize_exclusions(req.exclusions)
    area = valid_area(region, margin, exclusions)
    if area.is_empty or area.area <= 0:
        notes.append(
            QT_TRANSLATE_NOOP(
                "Layout",
                "No papule fits: the margin and the danger zones leave no room in this region.",
            )
        )
        return np.zeros((0, 2)), area, notes, None
    kinds = ("hex", "square") if req.pattern == "auto" else (req.pattern,)
    nf = len(fixed)
    if req.fast:
        spec = LatticeSpec(kinds[0], spacing, 0.0, 0.0, 0.0)
        pts = _away_from(clipped_lattice(spec, area), fixed, spacing)
        return pts, area, notes, spec
    best = choose_layout(area, spacing, kinds, fixed, previous)
    if best is None:
        allpts = np.vstack([fixed, fill_gaps(fixed, area, spacing)])
        return allpts[nf:], area, notes, None
    allpts = best.points
    return allpts[nf:], area, notes, best.spec


def _check_request(req: LayoutRequest) -> tuple[float, float]:
    spacing = check_spacing(req.spacing_cm)
    margin = check_margin(req.margin_cm)
    if req.pattern not in PATTERNS:
        raise LayoutError(
            QT_TRANSLATE_NOOP(
                "Layout",
                "Unknown pattern '{pattern}'; choose auto, hex, square, line or rings.",
            ),
            pattern=req.pattern,
        )
    if req.start_corner not in START_CORNERS:
        raise LayoutError(
            QT_TRANSLATE_NOOP(
                "Layout",
                "Unknown starting corner '{corner}'; choose top_left, top_right, bottom_left "
                "or bottom_right.",
            ),
            corner=req.start_corner,
        )
    return spacing, margin


def plan_layout(req: LayoutRequest) -> LayoutResult:
    """Lay out one region; see :class:`LayoutRequest` and :class:`LayoutResult`."""
    spacing, margin = _check_request(req)
    fixed = _as_points(req.fixed, "fixed")
    previous = _as_points(req.previous, "previous")
    notes: list[str] = []
    spec: LatticeSpec | None = None
    if req.pattern in ("line", "rings"):
        exclusions = normalize_exclusions(req.exclusions)
        blocked = exclusion_union(exclusions)
        if req.pattern == "line":
            gen = line_points(req.region, spacing)
            area: BaseGeometry = shapely.buffer(req.region, spacing / 2)
        else:
            centre = ring_centre(req.region)
            if isinstance(req.region, Point):
                rings = DEFAULT_RINGS if req.rings_count is None else int(req.rings_count)
                area = Point(centre).buffer((rings + 0.5) * spacing, quad_segs=16)
            else:
                region, notes = check_area_region(req.region)
                area = valid_area(region, margin, exclusions)
                rings = (
                    rings_needed(centre, area, spacing)
                    if req.rings_count is None
                    else int(req.rings_count)
                )
            gen = ring_points(centre, spacing, rings)
            if not isinstance(req.region, Point):
                gen = gen[contains_points(area, gen)]
        if not blocked.is_empty:
            gen = gen[~np.asarray(shapely.intersects_xy(blocked, gen[:, 0], gen[:, 1]), dtype=bool)]
            area = shapely.difference(area, blocked)
        pts = _away_from(gen, fixed, spacing)
    else:
        pts, area, notes, spec = _area_layout(req, spacing, margin, fixed, previous)
    allpts = np.vstack([fixed, pts]) if len(fixed) else pts
    fixed_outside: tuple[int, ...] = ()
    if len(fixed):
        inside = contains_points(area, fixed)
        if not inside.all():
            near = np.asarray(
                shapely.dwithin(area, shapely.points(fixed[~inside]), 1e-9), dtype=bool
            )
            outside_idx = np.nonzero(~inside)[0][~near]
            fixed_outside = tuple(int(i) for i in outside_idx)
        if fixed_outside:
            notes.append(
                QT_TRANSLATE_NOOP(
                    "Layout",
                    "Some papules placed by hand lie outside the area allowed by the margin and "
                    "the danger zones; they were kept and are flagged.",
                )
            )
        if len(fixed) > 1:
            d, _ = cKDTree(fixed).query(fixed, k=2)
            if float(d[:, 1].min()) < spacing * (1 - 1e-9):
                notes.append(
                    QT_TRANSLATE_NOOP(
                        "Layout",
                        "Some papules placed by hand are closer to each other than the spacing.",
                    )
                )
    if req.pattern in ("auto", "hex", "square") and spec is not None:
        order, length = order_papules(
            allpts, req.start_corner, row_angle_deg=spec.angle_deg, row_step_cm=spec.row_step
        )
    else:
        order, length = order_papules(allpts, req.start_corner)
    metrics = None
    if req.with_metrics and not req.fast:
        metrics = compute_metrics(
            allpts, area if not area.is_empty else Polygon(), spacing,
            previous=previous if len(previous) else None,
        )
    prev_mean = None
    if len(previous) and len(allpts):
        prev_mean = float(np.mean(cKDTree(previous).query(allpts)[0]))
    return LayoutResult(
        points=allpts,
        order=order,
        path_length_cm=length,
        metrics=metrics,
        notes=tuple(notes),
        valid_area=area,
        fixed_count=len(fixed),
        fixed_outside=fixed_outside,
        pattern_used=spec.kind if spec is not None else req.pattern,
        angle_deg=spec.angle_deg if spec is not None else 0.0,
        mean_distance_to_previous_cm=prev_mean,
    )
