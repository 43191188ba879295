"""Views that help: steep regions, the profile to use instead, and moving a region between
views of one surface (the face front and its profiles).

A region drawn where the skin turns away from the viewer (the temple on the face front) is
foreshortened: a millimetre of the picture is several of skin, and a hand-drawn outline or a
hand-placed papule there is imprecise. :func:`view_advice` says so and names the template that
sees that skin face on (the profile of the same mesh), and :func:`transfer_region` draws the
region on that template.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np
import shapely
import shapely.affinity
from shapely.geometry import MultiPolygon, Polygon
from shapely.geometry.base import BaseGeometry

from mesomap.core.i18n import QT_TRANSLATE_NOOP
from mesomap.core.layout.metrics import grid_samples
from mesomap.core.surface.model import SurfaceModel
from mesomap.core.templates.model import Template
from mesomap.core.templates.views import shares_surface, transfer_points

#: Skin seen at more than this angle from the line of sight counts as steep (stretch > 1.56).
STEEP_ANGLE_DEG = 50.0
#: A region is "mostly steep" when at least this share of its picture area is steep.
STEEP_SHARE = 0.5
#: A profile is suggested only if it sees at least this share of the region's outline.
MIN_VISIBLE = 0.6

STEEP_MESSAGE = QT_TRANSLATE_NOOP(
    "Surface",
    "Most of this region is skin seen at a steep angle on this view ({share} %); its outline and "
    "papules are easier to place on the {template} template.",
)
STEEP_MESSAGE_NO_PROFILE = QT_TRANSLATE_NOOP(
    "Surface",
    "Most of this region is skin seen at a steep angle on this view ({share} %); distances on "
    "the picture are much shorter than on the skin there.",
)


@dataclass(frozen=True)
class ViewAdvice:
    """How steeply a region is seen and which template would see it face on."""

    steep_share: float
    """Share (0–1) of the region's picture area where the skin is steeper than the limit."""
    mean_stretch: float
    """Mean skin area per picture area over the region."""
    suggested_template: str | None
    """Id of a template of the same surface that sees the region better, or None."""

    @property
    def mostly_steep(self) -> bool:
        return self.steep_share >= STEEP_SHARE

    def message(self) -> str | None:
        """Untranslated message template (``QT_TRANSLATE_NOOP`` context ``"Surface"``), or None
        when the region is not mostly steep; format it with :meth:`message_params`."""
        if not self.mostly_steep:
            return None
        return STEEP_MESSAGE if self.suggested_template else STEEP_MESSAGE_NO_PROFILE

    def message_params(self) -> dict[str, str]:
        return {"share": str(round(100 * self.steep_share)),
                "template": self.suggested_template or ""}


def steep_share(surface: SurfaceModel, region: BaseGeometry, step_cm: float = 0.1) -> tuple[float, float]:
    """(share of the region's picture area steeper than ``STEEP_ANGLE_DEG``, mean stretch)."""
    if not surface.has_relief or region.is_empty or region.area <= 0:
        return 0.0, 1.0
    pts = grid_samples(region, step_cm, max_samples=4000)
    if len(pts) == 0:
        pts = np.asarray(region.representative_point().coords, dtype=float)
    stretch = surface.stretch_at(pts)
    stretch = stretch[np.isfinite(stretch)]
    if len(stretch) == 0:
        return 0.0, 1.0
    limit = 1.0 / math.cos(math.radians(STEEP_ANGLE_DEG))
    return float(np.mean(stretch > limit)), float(np.mean(stretch))


def view_advice(
    template: Template,
    region: BaseGeometry,
    candidates: Iterable[Template] = (),
    surface: SurfaceModel | None = None,
) -> ViewAdvice:
    """How steep ``region`` (template coordinates) is on ``template``, and of the
    ``candidates`` sharing its surface, the one where the region is least steep and visible."""
    model = surface if surface is not None else SurfaceModel.for_template(template)
    share, mean = steep_share(model, region)
    best: str | None = None
    if share >= STEEP_SHARE:
        best_share = share
        for other in candidates:
            if other.id == template.id or not shares_surface(template, other):
                continue
            moved, visible = transfer_region(region, template, other)
            if moved is None or visible < MIN_VISIBLE:
                continue
            other_share, _ = steep_share(SurfaceModel.for_template(other), moved)
            if other_share < best_share:
                best, best_share = other.id, other_share
    return ViewAdvice(share, mean, best)


def transfer_region(
    region: BaseGeometry, source: Template, target: Template, step_cm: float = 0.1
) -> tuple[BaseGeometry | None, float]:
    """``region`` drawn on ``source`` as drawn on ``target`` (same mesh) and the share (0–1)
    of its outline that is visible there; (None, 0) when nothing of it is visible."""
    polys: list[Polygon]
    if isinstance(region, Polygon):
        polys = [region]
    elif isinstance(region, MultiPolygon):
        polys = list(region.geoms)
    else:
        return None, 0.0
    out: list[Polygon] = []
    seen = total = 0
    for poly in polys:
        dense = shapely.segmentize(poly, step_cm)
        rings = [np.asarray(dense.exterior.coords, dtype=float)]
        rings += [np.asarray(r.coords, dtype=float) for r in dense.interiors]
        moved_rings = []
        for ring in rings:
            moved, visible = transfer_points(ring, source, target)
            seen += int(visible.sum())
            total += len(ring)
            moved_rings.append(moved)
        candidate = shapely.make_valid(Polygon(moved_rings[0], moved_rings[1:]))
        parts = [g for g in shapely.get_parts(candidate) if isinstance(g, Polygon) and g.area > 0]
        out.extend(parts)
    share = seen / total if total else 0.0
    if not out or share == 0.0:
        return None, 0.0
    geom = out[0] if len(out) == 1 else shapely.union_all(out)
    return geom, share


def advice_for_map_region(
    template: Template,
    region: BaseGeometry,
    scale: tuple[float, float] = (1.0, 1.0),
    others: Iterable[Template] | None = None,
) -> ViewAdvice | None:
    """:func:`view_advice` for a region in map cm (the patient fit's ``scale`` undone) when the
    template has relief, looking for profiles in ``others`` (default: the template library);
    None for flat templates or non-area regions."""
    if template.relief.is_flat or not isinstance(region, Polygon | MultiPolygon):
        return None
    sx, sy = scale
    tpl_region = shapely.affinity.scale(region, 1.0 / sx, 1.0 / sy, origin=(0.0, 0.0))
    if others is None:
        from mesomap.core.templates import load_library

        others = [t for t in load_library().templates() if shares_surface(template, t)]
    return view_advice(template, tpl_region, others)
