"""Planning rules the canvas enforces or shows, computed from geometry (no Qt).

- A papule may not be placed in an ``avoid`` danger zone or within its margin: ``refusal``
  returns the sentence saying why (the trainer can turn refusal off to score mistakes).
- Papules closer than their region's spacing to another papule, papules in a ``caution`` zone
  (or its margin), and papules that ended up in an ``avoid`` zone anyway (a mirrored copy, a
  trainer exercise) are flagged: ``warnings`` returns a reason per flagged papule.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import shapely
from scipy.spatial import cKDTree

from mesomap.core.i18n import QT_TRANSLATE_NOOP
from mesomap.core.localeformat import default_format


@dataclass(frozen=True)
class KeepOut:
    """A danger zone grown by its margin, in map cm."""

    zone_id: str
    name: str
    severity: str  # "avoid" | "caution"
    margin_cm: float
    area: shapely.Geometry

    @staticmethod
    def build(zone_id: str, name: str, severity: str, geometry: shapely.Geometry,
              margin_cm: float) -> KeepOut:
        area = geometry.buffer(margin_cm) if margin_cm > 0 else geometry
        shapely.prepare(area)
        return KeepOut(zone_id, name, severity, margin_cm, area)


REFUSED_AVOID = QT_TRANSLATE_NOOP(
    "Canvas", "No papule here: this point is within {margin} cm of “{zone}”, a zone to avoid. "
    "Place it outside the red outline.")
WARN_CAUTION = QT_TRANSLATE_NOOP(
    "Canvas", "In the caution zone “{zone}” (keep {margin} cm away): allowed, take care.")
WARN_AVOID = QT_TRANSLATE_NOOP(
    "Canvas", "Inside “{zone}” or its {margin} cm margin, a zone to avoid: move or delete this "
    "papule.")
WARN_CLOSE = QT_TRANSLATE_NOOP(
    "Canvas", "Only {distance} cm from papule {other}: closer than the {spacing} cm spacing.")


def refusal(keep_outs: Sequence[KeepOut], x: float, y: float,
            translate: object = None) -> str | None:
    """The reason a papule cannot go at (x, y), or None when it may."""
    for k in keep_outs:
        if k.severity == "avoid" and shapely.intersects_xy(k.area, x, y):
            text = _tr(translate, REFUSED_AVOID)
            return text.format(margin=_num(k.margin_cm), zone=k.name)
    return None


def _num(value: float, places: int = 2) -> str:
    """A number in the user's locale (decimal comma in French)."""
    return default_format().format_decimal(float(value), max_places=places)


def _tr(translate: object, text: str) -> str:
    if callable(translate):
        return str(translate(text))
    return text


def warnings(xy: np.ndarray, order: np.ndarray, spacing_cm: float,
             keep_outs: Sequence[KeepOut], others: np.ndarray | None = None,
             translate: object = None) -> dict[int, str]:
    """Reasons by papule index: too close to another papule, or inside a caution zone.

    ``others`` are papules of the other regions (checked for closeness too).
    """
    reasons: dict[int, list[str]] = {}
    n = len(xy)
    if n == 0:
        return {}
    limit = spacing_cm * (1 - 1e-6)
    tree = cKDTree(xy)
    for i, j in tree.query_pairs(limit, output_type="ndarray"):
        d = float(np.hypot(*(xy[i] - xy[j])))
        for a, b in ((i, j), (j, i)):
            reasons.setdefault(int(a), []).append(_tr(translate, WARN_CLOSE).format(
                distance=_num(d), other=int(order[b]), spacing=_num(spacing_cm)))
    if others is not None and len(others):
        other_tree = cKDTree(others)
        dists, _ = other_tree.query(xy, k=1, distance_upper_bound=limit)
        for i in np.flatnonzero(np.isfinite(dists)):
            reasons.setdefault(int(i), []).append(_tr(translate, WARN_CLOSE).format(
                distance=_num(float(dists[i])), other="—", spacing=_num(spacing_cm)))
    for k in keep_outs:
        inside = shapely.intersects_xy(k.area, xy[:, 0], xy[:, 1])
        text = _tr(translate, WARN_CAUTION if k.severity == "caution" else WARN_AVOID)
        for i in np.flatnonzero(inside):
            reasons.setdefault(int(i), []).append(text.format(zone=k.name, margin=_num(k.margin_cm)))
    return {i: "\n".join(r) for i, r in reasons.items()}
