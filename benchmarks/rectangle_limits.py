"""Why some rectangles keep an edge gap above 0.65 s: the evidence behind docs/decisions/0002.

Run alone: ``.venv/bin/python benchmarks/rectangle_limits.py [--optimize]``. Prints:
1. the 231-rectangle sweep (4-7 cm, steps 0.15 × 0.3 cm, spacing 1 cm) of ``auto``, each
   rectangle above 0.65 s classified as
   - *residue*: neither side within 0.226 s of a multiple of s/2, where an exact hexagonal
     interior (the 0.578 s target) forces an edge gap above 0.65 s in both edge-aligned
     frames;
   - *count*: a centred or edge-fitted candidate reaches 0.65 s, but with fewer papules than
     the planner accepts (the plain lattice's count, or more than 5 % below the most);
   - *other*;
2. the best covering radius of tilted hexagonal lattices (30 angles × 144 offsets, gap
   filled) on 4.3 × 4.3 cm;
3. with ``--optimize``: free layouts of 22-24 points on 4.3 × 4.3 cm, optimized by L-BFGS on
   smooth penalties (edge gap ≤ 0.64, interior ≤ 0.57, spacing, containment), and the
   exact covering radii they reach (a few minutes).
Figures only; nothing here gates anything.
"""

from __future__ import annotations

import math
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import numpy as np  # noqa: E402
from scipy.optimize import minimize  # noqa: E402
from scipy.spatial import cKDTree  # noqa: E402
from shapely.geometry import box  # noqa: E402

import mesomap.core.layout.planner as planner  # noqa: E402
from mesomap.core.layout import LayoutRequest, plan_layout  # noqa: E402
from mesomap.core.layout.edgefit import fitted_layouts  # noqa: E402
from mesomap.core.layout.fill import fill_gaps  # noqa: E402
from mesomap.core.layout.lattice import SQRT3_2, LatticeSpec, clipped_lattice  # noqa: E402
from mesomap.core.layout.metrics import covering_radius  # noqa: E402

TARGET = 0.65
RESIDUE = 0.226  # per pair of edges: twice the 0.113 s an outer column may sit from its edge


def _aligned_possible(width: float, height: float) -> bool:
    def ok(side: float) -> bool:
        r = side % 0.5
        return r <= RESIDUE + 1e-9 or r >= 0.5 - 1e-9

    return ok(width) or ok(height)


def sweep() -> None:
    counts = {"within": 0, "residue": 0, "count": 0, "other": 0}
    worst = 0.0
    start = time.process_time()
    for width in np.round(4 + 0.15 * np.arange(21), 6):
        for height in np.round(4 + 0.3 * np.arange(11), 6):
            area = box(0, 0, width, height)
            m = plan_layout(LayoutRequest(area, 1.0)).metrics
            assert m is not None
            worst = max(worst, m.covering_radius_cm)
            if m.covering_radius_cm <= TARGET + 1e-9:
                counts["within"] += 1
                continue
            if not _aligned_possible(width, height):
                counts["residue"] += 1
                continue
            best = math.inf
            none = np.zeros((0, 2))
            for spec in planner.centred_specs(area, 1.0, ("hex",)):
                best = min(best, planner._complete(spec, area, 1.0, none).cover)
                for _, cover in fitted_layouts(spec, area, 1.0, none):
                    best = min(best, cover)
            counts["count" if best <= TARGET + 1e-9 else "other"] += 1
    print(
        f"231 rectangles 4-7 cm at 1 cm: within 0.65 s {counts['within']}; above: "
        f"{counts['residue']} residue (interior target conflict), {counts['count']} only with "
        f"fewer papules, {counts['other']} other; worst {worst:.3f} s "
        f"({time.process_time() - start:.1f} s CPU)"
    )


def tilted(width: float = 4.3, height: float = 4.3) -> None:
    area = box(0, 0, width, height)
    best = (math.inf, 0.0)
    for angle in np.arange(0.0, 60.0, 2.0):
        for ix in range(12):
            for iy in range(12):
                spec = LatticeSpec("hex", 1.0, float(angle), ix / 12, iy / 12 * SQRT3_2)
                pts = clipped_lattice(spec, area)
                extra = fill_gaps(pts, area, 1.0)
                allpts = np.vstack([pts, extra]) if len(extra) else pts
                best = min(best, (covering_radius(allpts, area)[0], float(angle)))
    print(
        f"tilted lattices on {width} x {height} cm: best covering radius {best[0]:.3f} s "
        f"(at {best[1]:.0f} degrees)"
    )


def _penalty(
    x: np.ndarray,
    samples: np.ndarray,
    limits: np.ndarray,
    size: tuple[float, float],
    sharp: float,
    weight: float,
) -> tuple[float, np.ndarray]:
    pts = x.reshape(-1, 2)
    n = len(pts)
    diff = samples[:, None, :] - pts[None, :, :]
    dist = np.sqrt((diff**2).sum(-1)) + 1e-12
    nearest = dist.min(1, keepdims=True)
    e = np.exp(-sharp * (dist - nearest))
    z = e.sum(1, keepdims=True)
    soft = nearest[:, 0] - np.log(z[:, 0]) / sharp
    excess = np.maximum(soft - limits, 0)
    value = float((excess**2).sum())
    grad = ((2 * excess)[:, None, None] * (e / z)[:, :, None] * (-diff) / dist[:, :, None]).sum(0)
    dd = pts[:, None, :] - pts[None, :, :]
    r = np.sqrt((dd**2).sum(-1)) + np.eye(n)
    short = np.maximum(1.0 - r, 0)
    np.fill_diagonal(short, 0)
    value += weight * float((short**2).sum()) / 2
    grad += weight * (-2 * short[:, :, None] * dd / r[:, :, None]).sum(1)
    lo = np.minimum(pts, 0)
    hi = np.maximum(pts - np.asarray(size), 0)
    value += weight * float((lo**2).sum() + (hi**2).sum())
    grad += weight * 2 * (lo + hi)
    return value, grad.ravel()


def optimize(width: float = 4.3, height: float = 4.3) -> None:
    area = box(0, 0, width, height)
    inner = box(1, 1, width - 1, height - 1)
    g = np.linspace(0, 1, 70)
    samples = np.array([(x * width, y * height) for x in g for y in g])
    depth = np.minimum.reduce(
        [samples[:, 0], width - samples[:, 0], samples[:, 1], height - samples[:, 1]]
    )
    limits = np.where(depth > 1.0, 0.570, 0.640)
    start_layout = plan_layout(LayoutRequest(area, 1.0)).points
    for seed in (1, 2, 3):
        rng = np.random.default_rng(seed)
        for extra in (0, 1, -1):
            p0 = start_layout.copy()
            if extra > 0:
                p0 = np.vstack([p0, rng.uniform([0, 0], [width, height], (extra, 2))])
            elif extra < 0:
                p0 = p0[rng.permutation(len(p0))[: len(p0) + extra]]
            x = (p0 + rng.normal(0, 0.05, p0.shape)).ravel()
            for sharp in (10, 20, 40, 80):
                for weight in (50, 500, 5000):
                    res = minimize(
                        lambda z, k=sharp, w=weight: _penalty(
                            z, samples, limits, (width, height), k, w
                        ),
                        x,
                        jac=True,
                        method="L-BFGS-B",
                        options={"maxiter": 3000},
                    )
                    x = res.x
            pts = x.reshape(-1, 2).clip([0, 0], [width, height])
            dmin = float(cKDTree(pts).query(pts, k=2)[0][:, 1].min())
            print(
                f"  {len(pts)} points (seed {seed}): min distance {dmin:.4f}, covering "
                f"{covering_radius(pts, area)[0]:.4f} s, interior {covering_radius(pts, inner)[0]:.4f} s"
            )


def main() -> int:
    sweep()
    tilted()
    if "--optimize" in sys.argv:
        print("free optimization on 4.3 x 4.3 cm (targets 0.65 s edge band, 0.578 s interior):")
        optimize()
    return 0


if __name__ == "__main__":
    sys.exit(main())
