"""Fixtures for the printing tests: a seeded demonstration database (once per module) and
helpers that read rendered PDFs back with poppler (pdfinfo, pdftotext, pdftoppm)."""

from __future__ import annotations

import re
import subprocess
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
import sqlalchemy as sa

from mesomap.storage.engine import Database, open_database
from mesomap.storage.models import SessionMap
from mesomap.storage.seed import seed_demo


@pytest.fixture(scope="module")
def demo_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    url = f"sqlite:///{path}"
    with open_database(url) as db:
        seed_demo(db.engine, patients=6)  # seed 2024: face, backs, knees...
    return url


@pytest.fixture
def demo_db(demo_url: str) -> Iterator[Database]:
    db = open_database(demo_url)
    try:
        yield db
    finally:
        db.close()


def session_with_template(db: Database, template_id: str) -> int:
    with db.session(read_only=True) as s:
        found = s.execute(
            sa.select(SessionMap.session_id).where(SessionMap.template_id == template_id)
            .order_by(SessionMap.session_id)
        ).scalar()
    if found is None:
        raise LookupError(template_id)
    return int(found)


def pdf_info(path: Path) -> dict[str, str]:
    out = subprocess.run(["pdfinfo", str(path)], check=True, capture_output=True, text=True).stdout
    return {k.strip(): v.strip() for k, v in (line.split(":", 1) for line in out.splitlines() if ":" in line)}


def page_count(path: Path) -> int:
    return int(pdf_info(path)["Pages"])


def page_size_pt(path: Path) -> tuple[float, float]:
    m = re.match(r"([\d.]+) x ([\d.]+) pts", pdf_info(path)["Page size"])
    assert m is not None
    return float(m.group(1)), float(m.group(2))


def pdf_text(path: Path, first: int | None = None, last: int | None = None) -> str:
    cmd = ["pdftotext", "-layout"]
    if first is not None:
        cmd += ["-f", str(first)]
    if last is not None:
        cmd += ["-l", str(last)]
    return subprocess.run([*cmd, str(path), "-"], check=True, capture_output=True, text=True).stdout


def raster(path: Path, page: int, dpi: int, tmp: Path) -> np.ndarray:
    """Page ``page`` as a grey image (0 black .. 255 white) at ``dpi``."""
    stem = tmp / f"raster-{path.stem}-{page}"
    subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-f", str(page), "-l", str(page),
                    "-singlefile", str(path), str(stem)], check=True)
    data = Path(f"{stem}.pgm").read_bytes()
    # P5 header: magic, width, height, maxval, then bytes.
    parts = data.split(maxsplit=4)
    width, height = int(parts[1]), int(parts[2])
    pixels = np.frombuffer(parts[4][: width * height], dtype=np.uint8)
    return pixels.reshape(height, width)


def black_bars(image: np.ndarray, dpi: int, min_mm: float = 20.0,
               min_height_mm: float = 0.8) -> list[float]:
    """Lengths (mm) of solid black horizontal bars at least ``min_mm`` long and
    ``min_height_mm`` tall: the scale bars (rules and table lines are much thinner)."""
    dark = image < 128
    px_per_mm = dpi / 25.4
    runs: dict[tuple[int, int], int] = {}
    for row in dark:
        padded = np.concatenate([[False], row, [False]])
        edges = np.flatnonzero(padded[1:] != padded[:-1])
        for start, stop in zip(edges[::2], edges[1::2], strict=True):
            if stop - start >= min_mm * px_per_mm:
                runs[(int(start), int(stop))] = runs.get((int(start), int(stop)), 0) + 1
    return [(stop - start) / px_per_mm for (start, stop), rows in runs.items()
            if rows >= min_height_mm * px_per_mm]
