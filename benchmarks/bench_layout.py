"""Papule layout speed and quality: fast path, full auto, and a naive Python loop for scale.

Run alone: ``.venv/bin/python benchmarks/bench_layout.py``. Prints medians (ms) for a 4 × 4 cm
scar, a 20 × 30 cm concave thigh with 2 holes and a 50 × 60 cm back with 3 holes, at 1.0 and
1.5 cm spacing:
- fast: ``plan_layout(..., fast=True, with_metrics=False)`` (the live-drag path: one lattice,
  clipped with ``shapely.intersects_xy``, plus the injection order);
- auto: ``layout_papules(..., pattern="auto")`` (placement search, gap filling, order);
- auto+metrics: ``plan_layout`` with the exact metrics;
- naive: a Python loop of ``Polygon.contains(Point)`` over the same hexagonal lattice.
Also prints the papule count, count / hexagonal ideal, and covering radii in spacings.
Times are process CPU time (medians), so a busy machine disturbs them less. Never gates on
time.
"""

from __future__ import annotations

import math
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import numpy as np  # noqa: E402
from shapely.geometry import Point, Polygon, box  # noqa: E402
from shapely.geometry.base import BaseGeometry  # noqa: E402

from mesomap.core.layout import LayoutRequest, layout_papules, plan_layout  # noqa: E402


def scar() -> BaseGeometry:
    return box(0, 0, 4, 4)


def thigh() -> BaseGeometry:
    outline = Polygon(
        [(0, 0), (20, 0), (19, 10), (14, 15), (18, 22), (20, 30), (0, 30), (3, 15)]
    )
    return outline.difference(Point(8, 8).buffer(2.0)).difference(box(9, 20, 12, 24))


def back() -> BaseGeometry:
    return (
        box(0, 0, 50, 60)
        .difference(Point(15, 40).buffer(4))
        .difference(Point(35, 20).buffer(3))
        .difference(box(20, 45, 30, 50))
    )


def median_ms(fn: Callable[[], object], budget_s: float = 0.6, min_runs: int = 5) -> float:
    """Median CPU time of ``fn`` in ms (CPU time: other processes on the machine do not count)."""
    fn()  # warm-up
    times: list[float] = []
    start = time.process_time()
    while len(times) < min_runs or (time.process_time() - start < budget_s and len(times) < 301):
        t = time.process_time()
        fn()
        times.append(time.process_time() - t)
    return statistics.median(times) * 1000


def naive_loop(region: BaseGeometry, spacing: float) -> int:
    minx, miny, maxx, maxy = region.bounds
    h = spacing * math.sqrt(3) / 2
    count = 0
    row = 0
    y = miny
    while y <= maxy:
        x = minx + (spacing / 2 if row % 2 else 0.0)
        while x <= maxx:
            if region.contains(Point(x, y)):
                count += 1
            x += spacing
        y += h
        row += 1
    return count


def main() -> int:
    shapes = [("scar 4x4", scar()), ("thigh 20x30", thigh()), ("back 50x60", back())]
    header = (
        f"{'shape':<12} {'s cm':>5} {'n fast':>7} {'n auto':>7} {'/ideal':>7} "
        f"{'cover/s':>8} {'inner/s':>8} {'p99/s':>6} {'fast ms':>8} {'auto ms':>8} "
        f"{'+metr ms':>9} {'naive ms':>9} {'naive/fast':>10} {'naive/auto':>10}"
    )
    print(header)
    print("-" * len(header))
    for name, region in shapes:
        for s in (1.0, 1.5):
            fast_req = LayoutRequest(region, s, fast=True, with_metrics=False)
            n_fast = len(plan_layout(fast_req).points)
            t_fast = median_ms(lambda r=fast_req: plan_layout(r))
            n_auto = len(layout_papules(region, s))
            t_auto = median_ms(lambda g=region, sp=s: layout_papules(g, sp))
            full = plan_layout(LayoutRequest(region, s))
            t_full = median_ms(lambda g=region, sp=s: plan_layout(LayoutRequest(g, sp)), 0.3, 3)
            t_naive = median_ms(lambda g=region, sp=s: naive_loop(g, sp), 0.6, 3)
            m = full.metrics
            assert m is not None
            inner = m.interior_covering_radius_cm
            print(
                f"{name:<12} {s:>5.1f} {n_fast:>7d} {n_auto:>7d} {m.count_vs_hex_ideal:>7.3f} "
                f"{m.covering_radius_cm / s:>8.3f} "
                f"{(inner / s if inner is not None else float('nan')):>8.3f} "
                f"{m.distance_p99_cm / s:>6.3f} {t_fast:>8.2f} {t_auto:>8.2f} {t_full:>9.1f} "
                f"{t_naive:>9.2f} {t_naive / t_fast:>10.1f} {t_naive / t_auto:>10.2f}"
            )
    # session-to-session shift on a 10 × 10 cm region
    region = box(0, 0, 10, 10)
    first = plan_layout(LayoutRequest(region, 1.0))
    second = plan_layout(LayoutRequest(region, 1.0, previous=first.points))
    print(
        f"\nshift on 10x10 at 1 cm: mean distance to previous papules "
        f"{second.mean_distance_to_previous_cm:.3f} cm ({len(first.points)} -> "
        f"{len(second.points)} papules)"
    )
    # rectangles: how often the covering radius is within 0.65 s
    covers = []
    for w in np.arange(4.0, 8.01, 0.25):
        for h_ in np.arange(4.0, 8.01, 0.5):
            res = plan_layout(LayoutRequest(box(0, 0, w, h_), 1.0))
            assert res.metrics is not None
            covers.append(res.metrics.covering_radius_cm)
    arr = np.asarray(covers)
    print(
        f"rectangles 4-8 x 4-8 cm at 1 cm ({len(arr)}): covering radius median "
        f"{np.median(arr):.3f} s, max {arr.max():.3f} s, within 0.65 s: "
        f"{np.mean(arr <= 0.65) * 100:.0f} %"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
