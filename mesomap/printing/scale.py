"""Choosing the printed scale of a map, and cutting an actual-size map into overlapping tiles.

Standard scales are 1:1, 1:2, 1:2.5, 1:5 and 1:10: "fit" takes the largest of them at which the
map fits its frame (a map larger than 1:10 allows gets the next of 1:20, 1:50). "Actual size"
prints 1:1; when the map is larger than the frame it is cut into tiles that overlap by
``TILE_OVERLAP_CM`` and carry alignment marks. Everything is in cm of map and mm of paper.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

STANDARD_SCALES: tuple[float, ...] = (1.0, 2.0, 2.5, 5.0, 10.0)
FALLBACK_SCALES: tuple[float, ...] = (20.0, 50.0, 100.0)
TILE_OVERLAP_CM = 1.0
Bounds = tuple[float, float, float, float]


def scale_label(denominator: float) -> str:
    """``2.5`` → ``"1:2.5"``; ``2.0`` → ``"1:2"``."""
    return f"1:{denominator:g}"


def fits(bounds: Bounds, width_mm: float, height_mm: float, denominator: float) -> bool:
    x0, y0, x1, y1 = bounds
    mm_per_cm = 10.0 / denominator
    return (x1 - x0) * mm_per_cm <= width_mm + 1e-9 and (y1 - y0) * mm_per_cm <= height_mm + 1e-9


def choose_scale(bounds: Bounds, width_mm: float, height_mm: float) -> float:
    """The largest standard scale (smallest denominator) at which ``bounds`` fit the frame."""
    for denominator in STANDARD_SCALES + FALLBACK_SCALES:
        if fits(bounds, width_mm, height_mm, denominator):
            return denominator
    x0, y0, x1, y1 = bounds
    needed = max((x1 - x0) * 10.0 / width_mm, (y1 - y0) * 10.0 / height_mm)
    return float(math.ceil(needed))


def centred_window(bounds: Bounds, width_mm: float, height_mm: float, denominator: float) -> Bounds:
    """The map window (cm) a frame of ``width_mm × height_mm`` shows at this scale, centred on
    ``bounds``."""
    x0, y0, x1, y1 = bounds
    w_cm = width_mm * denominator / 10.0
    h_cm = height_mm * denominator / 10.0
    cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
    return (cx - w_cm / 2, cy - h_cm / 2, cx + w_cm / 2, cy + h_cm / 2)


@dataclass(frozen=True)
class Tile:
    """One actual-size tile: its place in the grid and the map window it shows (cm)."""

    row: int
    column: int
    rows: int
    columns: int
    window: Bounds
    core: Bounds
    """The part of the map this tile is responsible for (neighbours overlap around it); its
    corners carry the alignment marks shared with the neighbouring tiles."""

    @property
    def name(self) -> str:
        return f"{chr(ord('A') + self.row)}{self.column + 1}"


def tiles(bounds: Bounds, width_mm: float, height_mm: float,
          overlap_cm: float = TILE_OVERLAP_CM) -> list[Tile]:
    """Cut ``bounds`` into 1:1 tiles of at most ``width_mm × height_mm`` of paper, each core
    cell grown by half the overlap on every side (rows top to bottom, columns left to right)."""
    x0, y0, x1, y1 = bounds
    frame_w_cm, frame_h_cm = width_mm / 10.0, height_mm / 10.0
    step_w, step_h = frame_w_cm - overlap_cm, frame_h_cm - overlap_cm
    if step_w <= 0 or step_h <= 0:
        raise ValueError("the frame is smaller than the overlap")
    columns = max(1, math.ceil((x1 - x0) / step_w - 1e-9))
    rows = max(1, math.ceil((y1 - y0) / step_h - 1e-9))
    # Spread the slack evenly so the map sits in the middle of the tile grid.
    left = (x0 + x1) / 2 - columns * step_w / 2
    top = (y0 + y1) / 2 + rows * step_h / 2
    half = overlap_cm / 2
    result: list[Tile] = []
    for r in range(rows):
        for c in range(columns):
            cx0 = left + c * step_w
            cy1 = top - r * step_h
            core = (cx0, cy1 - step_h, cx0 + step_w, cy1)
            window = (core[0] - half, core[1] - half, core[2] + half, core[3] + half)
            result.append(Tile(r, c, rows, columns, window, core))
    return result
