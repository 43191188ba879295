"""Injection playback steps of a map (Qt-free).

A session's papules are played region by region (document order), each region's papules in
injection order (``PapuleSet.in_injection_order()``); the needle path joins consecutive
papules. A nappage region has no positions, only a density: it plays as a sequence of bands
that fill the region from the top down, each band adding its share of the estimated injections
(``mesomap.core.document.derived.nappage_injections``). Every step carries the running count
and volume (Decimal mL, from the region's mixture).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

import shapely
from shapely.geometry import Polygon, box
from shapely.geometry.base import BaseGeometry

from mesomap.core.document import MapDocument, Region
from mesomap.core.document.derived import nappage_injections
from mesomap.core.layout import ExclusionSpec

NAPPAGE_BANDS = 20


@dataclass(frozen=True)
class PlaybackStep:
    """One step. ``kind`` is ``"papule"`` (``papule_index`` into the region's PapuleSet,
    ``number`` its injection number in the region) or ``"nappage"`` (``fill`` is the fraction
    of the region filled after this step). ``x``, ``y`` in map cm; ``count`` and ``volume_ml``
    are running totals over the whole map after this step."""

    region_index: int
    region_id: str
    kind: str
    x: float
    y: float
    papule_index: int
    number: int
    fill: float
    count: int
    volume_ml: Decimal


@dataclass(frozen=True)
class Playback:
    steps: tuple[PlaybackStep, ...]
    total_count: int
    total_volume_ml: Decimal

    def __len__(self) -> int:
        return len(self.steps)


def volume_per_injection(region: Region) -> Decimal:
    return sum((m.volume_per_papule_ml for m in region.mixture), Decimal("0.0000"))


def nappage_fill(geometry: BaseGeometry, fraction: float) -> BaseGeometry:
    """The part of a nappage region filled at ``fraction`` (0–1): a band from its top down."""
    if fraction <= 0 or geometry.is_empty:
        return Polygon()
    if fraction >= 1:
        return geometry
    x0, y0, x1, y1 = geometry.bounds
    cut = y1 - (y1 - y0) * fraction
    return shapely.intersection(geometry, box(x0 - 1, cut, x1 + 1, y1 + 1))


def build_playback(document: MapDocument,
                   exclusions: Sequence[ExclusionSpec] = ()) -> Playback:
    """Every step of ``document`` in injection order."""
    steps: list[PlaybackStep] = []
    count = 0
    volume = Decimal("0.0000")
    for ri, region in enumerate(document.regions):
        per = volume_per_injection(region)
        if region.pattern == "nappage":
            injections = nappage_injections(region, exclusions)
            if injections <= 0:
                continue
            bands = max(1, min(NAPPAGE_BANDS, injections))
            done = 0
            x0, y0, x1, y1 = region.geometry.bounds
            for b in range(1, bands + 1):
                upto = round(injections * b / bands)
                added = upto - done
                done = upto
                count += added
                volume += per * added
                frac = b / bands
                band = shapely.intersection(region.geometry, box(
                    x0 - 1, y1 - (y1 - y0) * frac, x1 + 1, y1 - (y1 - y0) * (b - 1) / bands))
                c = band.representative_point() if not band.is_empty else \
                    region.geometry.representative_point()
                steps.append(PlaybackStep(ri, region.id, "nappage", float(c.x), float(c.y), -1,
                                          done, frac, count, volume))
            continue
        papules = region.papules
        for rank, idx in enumerate(papules.in_injection_order().tolist(), start=1):
            count += 1
            volume += per
            x, y = papules.xy[idx]
            steps.append(PlaybackStep(ri, region.id, "papule", float(x), float(y), int(idx),
                                      int(papules.order[idx]) if len(papules.order) else rank,
                                      1.0, count, volume))
    return Playback(tuple(steps), count, volume)
