"""Surface-true spacing figures (issue 10): counts planar vs on the skin, timings, chord error.

Run alone: ``.venv/bin/python benchmarks/bench_surface.py``. Prints figures; never gates on time.
"""

from __future__ import annotations

import json
import math
import statistics
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
from scipy.spatial import cKDTree
from shapely.geometry import Point, box

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from mesomap.core.layout import LayoutRequest, plan_layout  # noqa: E402
from mesomap.core.layout.geometry import normalize_exclusions, valid_area  # noqa: E402
from mesomap.core.layout.metrics import grid_samples  # noqa: E402
from mesomap.core.surface import SurfaceModel, plan_surface_layout, surface_points  # noqa: E402
from mesomap.core.templates import load_library, load_template  # noqa: E402

SPACING = 1.0


def cpu(fn: object, repeat: int = 3) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.process_time()
        fn()  # type: ignore[operator]
        times.append(time.process_time() - t0)
    return statistics.median(times)


def skin_cover(points: np.ndarray, area: object, surface: SurfaceModel) -> float:
    samples = surface.lift(grid_samples(area, 0.05))  # type: ignore[arg-type]
    d, _ = cKDTree(surface.lift(points)).query(samples)
    return float(d.max())


def main() -> None:
    library = load_library()
    face = library.get("face_front")
    surface = SurfaceModel.for_template(face)
    ex = face.avoid_exclusions()
    print(f"Face front at {SPACING} cm, danger zones excluded (counts: planar / on the skin)")
    print(f"{'zone':<16}{'picture cm2':>12}{'skin cm2':>10}{'ratio':>7}{'planar':>8}{'skin':>6}"
          f"{'gain':>7}{'cover cm':>10}")
    for zid in ("cheek_left", "cheek_right", "temple_left", "temple_right", "forehead",
                "jawline_left", "chin"):
        region = face.zone(zid).geometry
        req = LayoutRequest(region, SPACING, exclusions=ex)
        planar = plan_layout(req)
        skin = plan_surface_layout(req, surface)
        area = valid_area(region, 0.0, normalize_exclusions(ex))
        a = surface.area(area)
        print(f"{zid:<16}{a.picture_cm2:>12.1f}{a.skin_cm2:>10.1f}{a.ratio:>7.2f}"
              f"{len(planar.points):>8}{len(skin.points):>6}"
              f"{len(skin.points) / max(1, len(planar.points)):>7.2f}"
              f"{skin_cover(skin.points, area, surface):>10.3f}")
    whole = LayoutRequest(face.outline, SPACING, exclusions=ex)
    n_planar = len(plan_layout(whole).points)
    n_skin = len(plan_surface_layout(whole, surface).points)
    t_planar = cpu(lambda: plan_layout(whole))
    t_skin = cpu(lambda: plan_surface_layout(whole, surface))
    print(f"\nwhole face: planar {n_planar} papules in {t_planar * 1000:.0f} ms CPU; "
          f"on the skin {n_skin} papules in {t_skin * 1000:.0f} ms CPU (medians of 3)")

    # live path: a cheek dragged, 300 steps (the whole-template layout is cached first)
    cheek = face.zone("cheek_left").geometry
    fresh = SurfaceModel.for_template(face)
    t0 = time.process_time()
    plan_surface_layout(LayoutRequest(cheek, SPACING, exclusions=ex, fast=True), fresh)
    warm = time.process_time() - t0
    steps = []
    planar_steps = []
    for i in range(300):
        moved = cheek.buffer(0.002 * (i % 50))
        t0 = time.perf_counter()
        plan_surface_layout(LayoutRequest(moved, SPACING, exclusions=ex, fast=True), fresh)
        steps.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        plan_layout(LayoutRequest(moved, SPACING, exclusions=ex, fast=True))
        planar_steps.append(time.perf_counter() - t0)
    print(f"live path, cheek with danger zones: median {statistics.median(steps) * 1000:.3f} ms, "
          f"95th pct {np.percentile(steps, 95) * 1000:.3f} ms per drag step (planar fast path "
          f"{statistics.median(planar_steps) * 1000:.3f} ms); first call caches the whole face "
          f"in {warm * 1000:.0f} ms CPU")

    # chord vs skin path
    pts = plan_surface_layout(whole, surface).points
    lifted = surface.lift(pts)
    print("\nchord vs shortest skin path found near the segment (excess of the path, %):")
    for d in (1.0, 2.0, 3.0):
        pairs = np.array(sorted(cKDTree(lifted).query_pairs(d * 1.1)))
        a, b = pts[pairs[:, 0]], pts[pairs[:, 1]]
        chord = surface.distance(a, b)
        keep = chord >= d * 0.9
        a, b, chord = a[keep], b[keep], chord[keep]
        excess = (surface.path_length(a, b) / chord - 1) * 100
        p50, p75, p90, p99 = np.percentile(excess, [50, 75, 90, 99])
        print(f"  {d:.0f} cm ({len(a)} pairs): median {p50:.2f}, 75th {p75:.2f}, "
              f"90th {p90:.2f}, 99th {p99:.2f}")

    # cylinders against their development
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "surface"))
    from conftest import cylinder_document, hex_count_rectangle  # type: ignore[import-not-found]

    print("\nhalf cylinders, region 16 cm along the axis (counts: picture planar / on the skin / "
          "hex formula on the development / planar engine on the development)")
    with tempfile.TemporaryDirectory() as tmp:
        for radius in (5.0, 8.0):
            path = Path(tmp) / f"cyl{radius}.json"
            path.write_text(json.dumps(cylinder_document(radius)), encoding="utf-8")
            cyl = SurfaceModel.for_template(load_template(path))
            for deg in (60.0, 70.0, 80.0):
                x = radius * math.sin(math.radians(deg))
                region = box(-x, -8, x, 8)
                width = 2 * radius * math.radians(deg)
                skin = plan_surface_layout(LayoutRequest(region, SPACING), cyl)
                area = cyl.area(region)
                print(f"  r={radius:.0f} cm ±{deg:.0f}°: area {area.skin_cm2:.2f} cm² "
                      f"(analytic {width * 16:.2f}); papules "
                      f"{len(plan_layout(LayoutRequest(region, SPACING)).points)} / "
                      f"{len(skin.points)} / {hex_count_rectangle(width, 16, SPACING)} / "
                      f"{len(plan_layout(LayoutRequest(box(0, 0, width, 16), SPACING)).points)}")

    print("\nthe surface packer on flat ground (no relief) vs the planar engine:")
    flat = SurfaceModel.flat()
    for name, region in (("10x10 square", box(0, 0, 10, 10)), ("disc r=4", Point(0, 0).buffer(4)),
                         ("20x20 square", box(0, 0, 20, 20))):
        mine = surface_points(region, flat, SPACING, np.zeros((0, 2)))
        print(f"  {name}: {len(mine)} vs {len(plan_layout(LayoutRequest(region, SPACING)).points)}")


def screenshots(folder: Path) -> list[Path]:
    """Face front, a temple-to-cheek region laid out planar and on the skin (map renderer)."""
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6 import QtCore, QtGui

    from mesomap.core.document import MapDocument, Region, Technique, TemplateRef
    from mesomap.core.document.layouting import EngineLayouter
    from mesomap.core.document.papules import PapuleSet
    from mesomap.core.surface.honesty import surface_neighbour_distance_cm
    from mesomap.core.surface.layouter import SurfaceLayouter
    from mesomap.core.templates import PatientFit
    from mesomap.printing.renderer import MapRenderer, RenderOptions, render_map_image

    app = QtGui.QGuiApplication.instance() or QtGui.QGuiApplication([])
    library = load_library()
    face = library.get("face_front")
    surface = SurfaceModel.for_template(face)
    region_geom = face.zone("temple_left").geometry.union(face.zone("cheek_left").geometry)
    region_geom = region_geom.convex_hull.intersection(face.outline)
    ex = face.avoid_exclusions()
    ref = TemplateRef(face.id, face.version, face.content_hash, PatientFit.identity())
    out = []
    window = (-0.5, -9.5, 8.5, 4.0)
    panels = []
    for name, layouter in (("planar", EngineLayouter(lambda: ex)),
                           ("skin", SurfaceLayouter(lambda: ex, surface=surface))):
        base = Region("r1", "Temple to cheek", "#2a7fbf", region_geom,
                      technique=Technique(spacing_cm=SPACING))
        region = base.replace(papules=layouter.layout(base, PapuleSet.empty()))
        doc = MapDocument(ref, [region])
        map_image = render_map_image(MapRenderer(doc, face, RenderOptions(numbers=False,
                                                                           scale_bar=True)),
                                     window, dpi=127, mm_per_cm=10.0)
        header = 64
        image = QtGui.QImage(map_image.width(), map_image.height() + header,
                             QtGui.QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(QtGui.QColor("white"))
        painter = QtGui.QPainter(image)
        painter.drawImage(0, header, map_image)
        font = painter.font()
        font.setPixelSize(17)
        painter.setFont(font)
        nd = surface_neighbour_distance_cm(region.papules.xy, surface)
        picture = SurfaceModel.flat().neighbour_distances(region.papules.xy)
        label = "Planar: 1.0 cm on the picture" if name == "planar" else "Surface-true: 1.0 cm on the skin"
        painter.drawText(QtCore.QPointF(10, 22), f"{label} ({len(region.papules)} papules)")
        painter.drawText(QtCore.QPointF(10, 42),
                         f"nearest neighbour on the skin: {nd.minimum:.2f}–{nd.maximum:.2f} cm")
        painter.drawText(QtCore.QPointF(10, 60),
                         f"median: skin {nd.median:.2f} cm, picture "
                         f"{float(np.median(picture)):.2f} cm")
        painter.end()
        path = folder / f"surface-temple-cheek-{name}.png"
        image.save(str(path))
        out.append(path)
        panels.append(image)
    both = QtGui.QImage(panels[0].width() * 2 + 12, panels[0].height(),
                        QtGui.QImage.Format.Format_ARGB32_Premultiplied)
    both.fill(QtGui.QColor("white"))
    painter = QtGui.QPainter(both)
    painter.drawImage(0, 0, panels[0])
    painter.drawImage(panels[0].width() + 12, 0, panels[1])
    painter.end()
    path = folder / "surface-temple-cheek-both.png"
    both.save(str(path))
    out.append(path)
    del app
    return out


if __name__ == "__main__":
    if "--screenshots" in sys.argv:
        target = Path(__file__).resolve().parents[1] / "docs" / "screenshots"
        for p in screenshots(target):
            print("wrote", p)
    else:
        main()
