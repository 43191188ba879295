"""Session sheets rendered to real PDFs and read back with poppler."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from mesomap.core.templates import load_library
from mesomap.printing.batch import export_sessions
from mesomap.printing.sheet import SheetOptions
from mesomap.storage.engine import Database
from mesomap.storage.repository.sheets import SheetRepository
from tests.printing.conftest import (
    black_bars,
    page_count,
    page_size_pt,
    pdf_text,
    raster,
    session_with_template,
)

MM_PT = 72 / 25.4


@pytest.mark.parametrize(
    ("paper", "orientation", "size_mm"),
    [("A4", "portrait", (210, 297)), ("Letter", "portrait", (215.9, 279.4)),
     ("A4", "landscape", (297, 210))],
)
def test_page_size_and_count(qapp: object, demo_db: Database, tmp_path: Path, paper: str,
                             orientation: str, size_mm: tuple[float, float]) -> None:
    sid = session_with_template(demo_db, "upper_back_shoulders")
    out = tmp_path / "sheet.pdf"
    result = export_sessions(demo_db, [sid], out, SheetOptions(paper, orientation))
    w, h = page_size_pt(out)
    assert abs(w - size_mm[0] * MM_PT) < 1.0 and abs(h - size_mm[1] * MM_PT) < 1.0
    assert page_count(out) == result.pages >= 1
    text = pdf_text(out)
    assert f"Page {result.pages} of {result.pages}" in text


def test_patient_lots_and_papule_count_are_text(qapp: object, demo_db: Database,
                                                tmp_path: Path) -> None:
    sid = session_with_template(demo_db, "face_front")
    data = SheetRepository(demo_db).get(sid)
    assert data.map is not None and data.lots
    out = tmp_path / "face.pdf"
    export_sessions(demo_db, [sid], out, SheetOptions())
    text = " ".join(pdf_text(out).split())
    family = data.patient_name.split(",")[0]
    assert family in text
    assert data.patient_identifier in text
    for lot in data.lots:
        assert lot.lot_number in text
    papules = sum(len(r.papules) for r in data.map.regions)
    assert f"Total papules {papules}" in text
    if data.is_demo:
        assert "DEMO" in text


def _bars_on_last_page(path: Path, tmp: Path, dpi: int = 300) -> list[float]:
    image = raster(path, page_count(path), dpi, tmp)
    return black_bars(image, dpi)


def test_actual_size_tiles_back_template(qapp: object, demo_db: Database, tmp_path: Path) -> None:
    sid = session_with_template(demo_db, "lower_back")
    out = tmp_path / "tiles.pdf"
    result = export_sessions(demo_db, [sid], out, SheetOptions(scale="1:1"))
    pages = page_count(out)
    assert pages == result.pages
    text = pdf_text(out)
    assert "tile A1" in text and "tile B2" in text
    tiles = text.count("Actual size (1:1) — tile")
    assert tiles >= 4 and pages >= tiles + 1
    # The 10 cm scale bar of a tile measures 100 mm on paper.
    bars = _bars_on_last_page(out, tmp_path)
    assert any(abs(b - 100.0) <= 0.5 for b in bars), bars


def test_fit_scale_is_stated_and_the_bar_matches_it(qapp: object, demo_db: Database,
                                                     tmp_path: Path) -> None:
    sid = session_with_template(demo_db, "upper_back_shoulders")
    out = tmp_path / "fit.pdf"
    export_sessions(demo_db, [sid], out, SheetOptions())
    text = pdf_text(out, 1, 1)
    stated = [d for d in ("1:1", "1:2.5", "1:2", "1:5", "1:10") if f"Scale {d}" in text]
    assert len(stated) == 1
    denominator = float(stated[0].split(":")[1])
    bars = black_bars(raster(out, 1, 300, tmp_path), 300, min_mm=5.0)
    from mesomap.printing.sheet import BAR_LENGTHS_CM

    expected = [cm * 10.0 / denominator for cm in BAR_LENGTHS_CM]
    assert any(abs(b - e) <= 0.5 for b in bars for e in expected), (bars, expected)


@pytest.mark.parametrize("factor", ["1", "1.25", "2"])
def test_screen_scaling_never_changes_the_printed_scale(demo_url: str, demo_db: Database,
                                                        tmp_path: Path, factor: str) -> None:
    sid = session_with_template(demo_db, "lower_back")
    out = tmp_path / f"scaled-{factor}.pdf"
    env = dict(os.environ, QT_SCALE_FACTOR=factor, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-m", "mesomap", "--db", demo_url, "print", str(sid), "--scale", "1:1",
         "--paper", "A4", "--output", str(out)],
        env=env, capture_output=True, text=True, timeout=240,
    )
    assert done.returncode == 0, done.stderr
    bars = _bars_on_last_page(out, tmp_path)
    assert any(abs(b - 100.0) <= 0.5 for b in bars), bars


def test_batch_of_fifty_sessions_in_one_pdf(qapp: object, demo_db: Database, tmp_path: Path) -> None:
    repo = SheetRepository(demo_db)
    import datetime as dt

    ids = repo.session_ids(dt.date(2000, 1, 1), dt.date(2100, 1, 1), include_cancelled=True)[:50]
    assert len(ids) == 50
    seen: list[tuple[int, int]] = []
    out = tmp_path / "batch.pdf"
    result = export_sessions(demo_db, ids, out, SheetOptions(), library=load_library(),
                             progress=lambda done, total, _text: seen.append((done, total)))
    assert result.sheets == 50 and result.files == [out]
    assert page_count(out) == result.pages >= 50
    text = pdf_text(out)
    assert text.count("Page 1 of") == 50
    assert seen[-1] == (50, 50) and [d for d, _ in seen[:-1]] == list(range(50))
