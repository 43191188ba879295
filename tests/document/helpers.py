"""Builders for map-document tests: a document with every kind of region, and a small,
deterministic layouter (square lattice clipped to the region) so command tests do not depend on
the layout engine's choices."""

from __future__ import annotations

from decimal import Decimal

import numpy as np
import shapely
from shapely.geometry import LineString, MultiPolygon, Point, Polygon, box

from mesomap.core.document import (
    MapDocument,
    MixtureItem,
    PapuleSet,
    Region,
    Technique,
    TemplateRef,
    new_papule_ids,
)
from mesomap.core.document.layouting import ranks_from_order
from mesomap.core.templates import PatientFit


class GridLayouter:
    """Square lattice at the spacing, points inside the region; fixed kept first; ordered by
    rows from the top (y descending, then x). Lines: points along the line; rings: centre."""

    def __init__(self) -> None:
        self.calls = 0

    def layout(self, region: Region, fixed: PapuleSet, *, fast: bool = False) -> PapuleSet:
        self.calls += 1
        s = region.technique.spacing_cm
        geom = region.geometry
        if region.pattern == "nappage":
            return PapuleSet.empty()
        if isinstance(geom, LineString):
            n = int(geom.length // s) + 1
            pts = np.array([geom.interpolate(i * s).coords[0] for i in range(n)])
        elif isinstance(geom, Point):
            pts = np.array([geom.coords[0]])
        else:
            minx, miny, maxx, maxy = geom.bounds
            xs = np.arange(np.floor(minx / s) * s, maxx + s, s)
            ys = np.arange(np.floor(miny / s) * s, maxy + s, s)
            gx, gy = np.meshgrid(xs, ys)
            cand = np.column_stack([gx.ravel(), gy.ravel()])
            inside = shapely.contains_xy(geom, cand[:, 0], cand[:, 1])
            pts = cand[inside]
        if len(fixed) and len(pts):
            d = np.linalg.norm(pts[:, None, :] - fixed.xy[None, :, :], axis=2).min(axis=1)
            pts = pts[d >= s]
        new = len(pts)
        xy = np.concatenate([fixed.xy, pts.reshape(-1, 2)])
        order = np.lexsort((xy[:, 0], -xy[:, 1]))
        return PapuleSet(
            [*fixed.ids, *new_papule_ids(new)],
            xy,
            ranks_from_order(order, len(xy)),
            np.concatenate([fixed.locked, np.zeros(new, bool)]),
            np.concatenate([fixed.manual, np.zeros(new, bool)]),
        )

    def order(self, region: Region, start_corner: str) -> PapuleSet:
        p = region.papules
        sx = 1.0 if "left" in start_corner else -1.0
        sy = -1.0 if "top" in start_corner else 1.0
        order = np.lexsort((sx * p.xy[:, 0], sy * p.xy[:, 1]))
        return p.with_order(ranks_from_order(order, len(p)))


def template_ref() -> TemplateRef:
    fit = PatientFit(1.05, 0.95, {"face_height": 11.9, "face_width": 14.1}, "per_axis")
    return TemplateRef("face_front", 2, "0123456789abcdef" * 4, fit)


def mixture(*volumes: str) -> tuple[MixtureItem, ...]:
    return tuple(
        MixtureItem(i + 1 if i % 2 == 0 else None, 10 + i if i % 2 == 0 else None,
                    f"Product {i}", f"LOT-{i}", Decimal(v))
        for i, v in enumerate(volumes)
    )


def sample_document(layouter: GridLayouter | None = None) -> MapDocument:
    """Polygon with a hole, multipolygon, line, rings point and nappage; locked/manual papules."""
    lay = layouter or GridLayouter()
    hole = Polygon([(0.1, 0.2), (10.3, 0.0), (10.0, 8.7), (0.0, 9.1)],
                   [[(3.3, 3.1), (6.1, 3.0), (6.0, 5.9), (3.2, 6.2)]])
    multi = MultiPolygon([box(20.0, 0.0, 24.0, 4.0), box(26.0, 1.0 / 3.0, 29.5, 4.7)])
    tech = Technique(code="IDP", preset_id=3, depth_mm=2.5, needle_gauge=30,
                     needle_length_mm=4.0, angle_deg=45.0, spacing_cm=1.0, margin_cm=0.2,
                     seconds_per_papule=4.5, setup_minutes=6.0)
    regions = [
        Region("a" * 32, "Cheek left", "#ff8800", hole, "auto", tech, mixture("0.05", "0.0125")),
        Region("b" * 32, "Forehead", "#0088ff", multi, "hex",
               tech.replace(spacing_cm=1.5), mixture("0.1")),
        Region("c" * 32, "Scar", "#00aa00", LineString([(0.0, -5.0), (7.3, -4.1), (9.9, -7.7)]),
               "line", tech.replace(spacing_cm=0.5), mixture("0.02")),
        Region("d" * 32, "Knee point", "#aa00aa", Point(15.0, -10.0), "rings",
               tech.replace(spacing_cm=2.0, rings_count=3), mixture("0.2")),
        Region("e" * 32, "Neck nappage", "#888888", box(-10.0, -20.0, -2.0, -14.0), "nappage",
               tech.replace(code="IDS", spacing_cm=0.3, nappage_density_per_cm2=4.0),
               mixture("0.01", "0.005")),
    ]
    laid = []
    for r in regions:
        p = lay.layout(r, PapuleSet.empty())
        laid.append(r.replace(papules=p))
    first = laid[0].papules
    locked = first.locked.copy()
    manual = first.manual.copy()
    locked[0] = True
    manual[1] = True
    locked[2] = manual[2] = True
    laid[0] = laid[0].replace(papules=first.with_flags(locked, manual))
    return MapDocument(template_ref(), laid, notes="Plan for session 3 — «accents» ✓")
