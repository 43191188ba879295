"""Practice exercises and the scoring of a trainee's attempt (Qt-free).

An :class:`Exercise` is what the trainer picks: a template, one of its treatment zones and a
technique (spacing and margin from a protocol preset). :func:`score_attempt` measures the
trainee's papules against the rules and against the automatic layout of the same zone:

- **rule violations** (:attr:`Score.violations`): pairs of papules closer than
  ``spacing · (1 − 1e-9)``; papules inside an ``avoid`` danger zone or inside its margin;
- **cautions**: papules inside a ``caution`` zone or its margin (allowed, but to be justified);
- papules **outside** the exercise zone (less its margin);
- **coverage** of the zone's valid area (zone − margin − avoid zones with their margins): the
  exact covering radius and the area farther than 0.65 × spacing from any papule;
- the **count** against the automatic layout's.

**On the skin** (issue 10): where the template has relief (``not template.relief.is_flat``)
and the exercise's ``surface`` option is not False, the automatic layout is the surface-true
one (:func:`mesomap.core.surface.plan_surface_layout`, as the canvas lays regions out) and the
spacing pairs, the covering radius and the uncovered area are measured on the skin (3D chord
between lifted points, :class:`~mesomap.core.surface.SurfaceModel`): papules laid out on the
skin are closer on the picture where the skin turns away, and are not violations.
Coverage on the skin is sampled (a grid of ``spacing / 10`` plus the boundary every
``spacing / 20``; the uncovered area is the union of the grid cells whose centre is farther
than 0.65 × spacing on the skin, in picture cm²). Flat templates: exactly as before.

Map coordinates equal template coordinates here (an exercise uses the template at its own
scale). Summaries are sentences marked for translation (context ``"Trainer"``) with ``{name}``
placeholders; the GUI translates them before formatting.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np
import shapely
from scipy.spatial import cKDTree
from shapely.geometry import Polygon
from shapely.geometry.base import BaseGeometry

from mesomap.core.i18n import QT_TRANSLATE_NOOP
from mesomap.core.layout import LayoutRequest, covering_radius, plan_layout
from mesomap.core.records.presets import SHIPPED_PRESETS, ShippedPreset
from mesomap.core.surface import SurfaceModel, plan_surface_layout
from mesomap.core.templates import Template

UNCOVERED_FACTOR = 0.65
SPACING_TOLERANCE = 1e-9
CTX = "Trainer"


def preset(code: str) -> ShippedPreset:
    """The shipped protocol preset with this code (``KeyError`` if none)."""
    for p in SHIPPED_PRESETS:
        if p.code == code:
            return p
    raise KeyError(code)


@dataclass(frozen=True)
class Exercise:
    """A practice exercise: a zone of a template, laid out with a technique."""

    template_id: str
    zone_id: str
    technique: str = "idp"
    spacing_cm: float = 1.0
    margin_cm: float = 0.0
    pattern: str = "auto"
    #: spacing and coverage on the skin: None = where the template has relief, False = picture
    surface: bool | None = None

    @classmethod
    def from_preset(cls, template_id: str, zone_id: str, code: str,
                    spacing_cm: float | None = None, margin_cm: float = 0.0,
                    surface: bool | None = None) -> Exercise:
        p = preset(code)
        pattern = p.pattern if p.pattern in ("auto", "hex", "square") else "auto"
        return cls(template_id, zone_id, code, spacing_cm or p.spacing_cm, margin_cm, pattern,
                   surface)

    def to_dict(self) -> dict[str, object]:
        out: dict[str, object] = {
            "template_id": self.template_id, "zone_id": self.zone_id,
            "technique": self.technique, "spacing_cm": self.spacing_cm,
            "margin_cm": self.margin_cm, "pattern": self.pattern}
        if self.surface is not None:
            out["surface"] = self.surface
        return out

    @classmethod
    def from_dict(cls, data: dict[str, object]) -> Exercise:
        surface = data.get("surface")
        return cls(str(data["template_id"]), str(data["zone_id"]), str(data["technique"]),
                   float(data["spacing_cm"]), float(data["margin_cm"]),  # type: ignore[arg-type]
                   str(data.get("pattern", "auto")),
                   None if surface is None else bool(surface))

    def skin(self, template: Template) -> SurfaceModel | None:
        """The skin under the template when this exercise measures on it (see the module
        docstring), else None."""
        if self.surface is False or template.relief.is_flat:
            return None
        return SurfaceModel.for_template(template)

    def zone(self, template: Template) -> BaseGeometry:
        return template.zone(self.zone_id).geometry

    def valid_area(self, template: Template) -> BaseGeometry:
        """The zone less its margin and the ``avoid`` zones grown by their margins."""
        area = self.zone(template)
        if self.margin_cm > 0:
            area = shapely.buffer(area, -self.margin_cm, quad_segs=16)
        for geom, margin in template.avoid_exclusions():
            keep_out = shapely.buffer(geom, margin, quad_segs=16) if margin > 0 else geom
            area = shapely.difference(area, keep_out)
        return area if not area.is_empty else Polygon()

    def automatic_layout(self, template: Template) -> tuple[np.ndarray, np.ndarray]:
        """The layout engine's papules for the zone and their injection order."""
        req = LayoutRequest(
            self.zone(template), self.spacing_cm, margin_cm=self.margin_cm,
            exclusions=template.avoid_exclusions(), pattern=self.pattern, with_metrics=False)
        skin = self.skin(template)
        result = plan_surface_layout(req, skin) if skin is not None else plan_layout(req)
        return np.asarray(result.points, dtype=float), np.asarray(result.order)


@dataclass(frozen=True)
class Violation:
    """One rule broken. ``kind``: ``"spacing"`` (``papules`` is the pair, ``distance_cm``),
    ``"avoid"`` (one papule inside the zone ``zone_id``) or ``"avoid_margin"`` (inside its
    margin only); cautions use ``"caution"``/``"caution_margin"``."""

    kind: str
    papules: tuple[int, ...]
    zone_id: str = ""
    distance_cm: float = 0.0


@dataclass(frozen=True)
class Message:
    """A sentence for the summary: an English template marked for translation, its values."""

    template: str
    params: dict[str, object] = field(default_factory=dict)

    def format(self, translate: Callable[[str], str] = lambda s: s) -> str:
        return translate(self.template).format(**self.params)


@dataclass(frozen=True)
class Score:
    exercise: Exercise
    count: int
    automatic_count: int
    violations: tuple[Violation, ...]
    cautions: tuple[Violation, ...]
    outside: tuple[int, ...]
    covering_radius_cm: float
    covering_witness: tuple[float, float] | None
    uncovered: BaseGeometry
    uncovered_cm2: float
    valid_area_cm2: float
    points: float

    @property
    def spacing_violations(self) -> tuple[Violation, ...]:
        return tuple(v for v in self.violations if v.kind == "spacing")

    @property
    def avoid_violations(self) -> tuple[Violation, ...]:
        return tuple(v for v in self.violations if v.kind in ("avoid", "avoid_margin"))

    @property
    def uncovered_fraction(self) -> float:
        return self.uncovered_cm2 / self.valid_area_cm2 if self.valid_area_cm2 > 0 else 0.0

    @property
    def flagged_papules(self) -> set[int]:
        """Indices of every papule involved in a violation, caution or outside the zone."""
        out: set[int] = set(self.outside)
        for v in self.violations + self.cautions:
            out.update(v.papules)
        return out

    def summary(self, template: Template | None = None, lang: str = "en") -> list[Message]:
        names = {d.id: d.name(lang) for d in template.danger_zones} if template else None
        return summarize(self, names)


def _zone_hits(points: np.ndarray, geometry: BaseGeometry, margin: float) -> tuple[
        np.ndarray, np.ndarray]:
    """Masks: inside the zone itself; inside its margin ring only."""
    if len(points) == 0:
        return np.zeros(0, bool), np.zeros(0, bool)
    pts = shapely.points(points)
    inside = np.asarray(shapely.intersects(geometry, pts), dtype=bool)
    if margin > 0:
        near = np.asarray(shapely.dwithin(geometry, pts, margin * (1 - SPACING_TOLERANCE)),
                          dtype=bool)
    else:
        near = inside
    return inside, near & ~inside


def score_attempt(template: Template, exercise: Exercise,
                  points: Sequence[Sequence[float]] | np.ndarray,
                  automatic_count: int | None = None) -> Score:
    """Score the trainee's ``points`` (N, 2 cm) for ``exercise`` on ``template``.

    ``automatic_count`` may be given when the caller already laid the zone out."""
    pts = np.asarray(points, dtype=float).reshape(-1, 2)
    s = float(exercise.spacing_cm)
    skin = exercise.skin(template)
    measured = skin.lift(pts) if skin is not None and len(pts) else pts
    violations: list[Violation] = []
    if len(pts) > 1:
        tree = cKDTree(measured)
        for i, j in sorted(tree.query_pairs(s * (1 - SPACING_TOLERANCE))):
            d = float(np.linalg.norm(measured[i] - measured[j]))
            if d < s * (1 - SPACING_TOLERANCE):
                violations.append(Violation("spacing", (int(i), int(j)), distance_cm=d))
    cautions: list[Violation] = []
    for dz in template.danger_zones:
        inside, margin_only = _zone_hits(pts, dz.geometry, dz.margin_cm)
        target = violations if dz.severity == "avoid" else cautions
        base = "avoid" if dz.severity == "avoid" else "caution"
        for i in np.flatnonzero(inside):
            target.append(Violation(base, (int(i),), dz.id))
        for i in np.flatnonzero(margin_only):
            target.append(Violation(base + "_margin", (int(i),), dz.id))
    zone = exercise.zone(template)
    allowed = shapely.buffer(zone, -exercise.margin_cm, quad_segs=16) if exercise.margin_cm > 0 \
        else zone
    outside: tuple[int, ...] = ()
    if len(pts):
        ok = np.asarray(shapely.dwithin(allowed, shapely.points(pts), 1e-9), dtype=bool)
        outside = tuple(int(i) for i in np.flatnonzero(~ok))
    valid = exercise.valid_area(template)
    if skin is not None:
        radius, witness, uncovered = _skin_coverage(skin, measured, valid, s)
    else:
        radius, witness = covering_radius(pts, valid)
        if len(pts):
            covered = shapely.union_all(shapely.buffer(shapely.points(pts), UNCOVERED_FACTOR * s,
                                                       quad_segs=32))
            uncovered = shapely.difference(valid, covered)
        else:
            uncovered = valid
    auto = automatic_count if automatic_count is not None else len(
        exercise.automatic_layout(template)[0])
    score = Score(exercise, len(pts), auto, tuple(violations), tuple(cautions), outside,
                  float(radius), witness, uncovered, float(uncovered.area), float(valid.area), 0.0)
    return _with_points(score)


def _skin_coverage(skin: SurfaceModel, lifted: np.ndarray, valid: BaseGeometry, s: float
                   ) -> tuple[float, tuple[float, float] | None, BaseGeometry]:
    """Covering radius (its witness) and the area farther than 0.65 × spacing, on the skin,
    sampled (see the module docstring)."""
    if valid.is_empty or valid.area <= 0:
        return 0.0, None, Polygon()
    step = s / 10
    minx, miny, maxx, maxy = valid.bounds
    gx, gy = np.meshgrid(np.arange(minx + step / 2, maxx, step),
                         np.arange(miny + step / 2, maxy, step))
    grid = np.column_stack([gx.ravel(), gy.ravel()])
    grid = grid[np.asarray(shapely.contains_xy(valid, grid[:, 0], grid[:, 1]), dtype=bool)]
    edge_n = max(8, math.ceil(valid.boundary.length / (step / 2)))
    edge = shapely.get_coordinates(shapely.line_interpolate_point(
        valid.boundary, np.linspace(0.0, valid.boundary.length, edge_n, endpoint=False)))
    samples = np.vstack([grid, edge])
    if len(lifted) == 0:
        return math.inf, None, valid
    d, _ = cKDTree(lifted).query(skin.lift(samples))
    k = int(np.argmax(d))
    far = grid[d[:len(grid)] > UNCOVERED_FACTOR * s]
    cells = shapely.box(far[:, 0] - step / 2, far[:, 1] - step / 2,
                        far[:, 0] + step / 2, far[:, 1] + step / 2)
    uncovered = shapely.intersection(shapely.union_all(cells), valid) if len(far) else Polygon()
    return float(d[k]), (float(samples[k, 0]), float(samples[k, 1])), uncovered


def _with_points(score: Score) -> Score:
    """A 0–100 mark for comparing attempts: 100, less 10 per rule violation, 1 per caution
    (at most 10: the automatic layout itself may touch caution zones),
    2 per papule outside the zone, half the uncovered percentage, and up to 20 for a count
    far from the automatic layout's. A teaching aid, not a clinical judgement."""
    mark = 100.0 - 10 * len(score.violations) - min(10, len(score.cautions)) \
        - 2 * len(score.outside)
    mark -= 50.0 * score.uncovered_fraction
    if score.automatic_count > 0:
        mark -= 20.0 * min(1.0, abs(score.count - score.automatic_count) / score.automatic_count)
    return Score(**{**score.__dict__, "points": max(0.0, round(mark, 1))})


def summarize(score: Score, zone_names: Mapping[str, str] | None = None) -> list[Message]:
    """A few sentences a trainee reads after scoring (zones named by ``zone_names``)."""
    out: list[Message] = []

    def zones(items: Sequence[Violation]) -> str:
        return ", ".join(sorted({(zone_names or {}).get(v.zone_id, v.zone_id) for v in items}))

    s = score.exercise.spacing_cm
    if not score.violations:
        out.append(Message(QT_TRANSLATE_NOOP(CTX, "No rule broken: every pair is at least "
                                             "{spacing} cm apart and no papule is in an avoid "
                                             "zone or its margin."), {"spacing": f"{s:g}"}))
    if score.spacing_violations:
        closest = min(v.distance_cm for v in score.spacing_violations)
        out.append(Message(QT_TRANSLATE_NOOP(CTX, "Pairs closer than {spacing} cm: {pairs} "
                                             "(closest {closest} cm)."),
                           {"pairs": len(score.spacing_violations), "spacing": f"{s:g}",
                            "closest": f"{closest:.2f}"}))
    hits = [v for v in score.avoid_violations if v.kind == "avoid"]
    margins = [v for v in score.avoid_violations if v.kind == "avoid_margin"]
    if hits:
        out.append(Message(QT_TRANSLATE_NOOP(CTX, "Papules inside an avoid zone: {count} "
                                             "({zones})."),
                           {"count": len(hits), "zones": zones(hits)}))
    if margins:
        out.append(Message(QT_TRANSLATE_NOOP(CTX, "Papules inside the margin of an avoid "
                                             "zone: {count} ({zones})."),
                           {"count": len(margins),
                            "zones": zones(margins)}))
    if score.cautions:
        out.append(Message(QT_TRANSLATE_NOOP(CTX, "Papules in a caution zone or its margin: "
                                             "{count} ({zones}); allowed, but say why."),
                           {"count": len(score.cautions),
                            "zones": zones(score.cautions)}))
    if score.outside:
        out.append(Message(QT_TRANSLATE_NOOP(CTX, "Papules outside the zone: {count}."),
                           {"count": len(score.outside)}))
    radius = score.covering_radius_cm
    out.append(Message(QT_TRANSLATE_NOOP(CTX, "Coverage: no point of the zone is farther than "
                                         "{radius} cm from a papule; {percent}% of it is farther "
                                         "than {limit} cm."),
                       {"radius": "∞" if math.isinf(radius) else f"{radius:.2f}",
                        "percent": f"{100 * score.uncovered_fraction:.1f}",
                        "limit": f"{UNCOVERED_FACTOR * s:.2f}"}))
    out.append(Message(QT_TRANSLATE_NOOP(CTX, "Count: {count} papules; the automatic layout "
                                         "places {auto}."),
                       {"count": score.count, "auto": score.automatic_count}))
    out.append(Message(QT_TRANSLATE_NOOP(CTX, "Mark: {points} / 100."),
                       {"points": f"{score.points:g}"}))
    return out
