"""Qt-free sheet layout: scale choice, tiling, wrapping, page breaks with repeated header and
"page n of m" (no Qt imported here)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import math
import re
from decimal import Decimal
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st
from shapely.geometry import Polygon

from mesomap.core.document import (
    MapDocument,
    MixtureItem,
    PapuleSet,
    Region,
    Technique,
    TemplateRef,
)
from mesomap.core.templates import PatientFit, load_library
from mesomap.printing import scale as scales
from mesomap.printing.layout import MapFrame, ScaleBar, Text, approx_measure, wrap
from mesomap.printing.sheet import SheetOptions, layout_session_sheet
from mesomap.storage.repository.sheets import SessionSheetData, SheetLot


def test_layout_modules_do_not_import_qt() -> None:
    import mesomap.printing.aftercare as aftercare_module
    import mesomap.printing.layout as layout_module
    import mesomap.printing.sections as sections_module
    import mesomap.printing.sheet as sheet_module

    for module in (layout_module, sheet_module, scales, aftercare_module, sections_module):
        source = Path(module.__file__ or "").read_text()
        assert "PySide6" not in source and "QtCore" not in source


@pytest.mark.parametrize(
    ("size_cm", "frame_mm", "expected"),
    [((15, 16), (186, 170), 1.0), ((20, 16), (186, 170), 2.0), ((40, 30), (186, 170), 2.5),
     ((48, 36), (186, 170), 5.0), ((72, 163), (186, 170), 10.0), ((180, 300), (186, 170), 20.0)],
)
def test_largest_standard_scale_that_fits(size_cm: tuple[float, float],
                                          frame_mm: tuple[float, float], expected: float) -> None:
    bounds = (0.0, 0.0, *size_cm)
    chosen = scales.choose_scale(bounds, *frame_mm)
    assert chosen == expected
    assert scales.fits(bounds, *frame_mm, chosen)
    larger = [d for d in scales.STANDARD_SCALES if d < chosen]
    assert not any(scales.fits(bounds, *frame_mm, d) for d in larger)


@given(st.floats(5, 200), st.floats(5, 200), st.floats(-50, 50), st.floats(-50, 50))
def test_tiles_cover_the_map_with_overlap(w: float, h: float, x: float, y: float) -> None:
    bounds = (x, y, x + w, y + h)
    tiles = scales.tiles(bounds, 186.0, 230.0)
    rows, cols = tiles[0].rows, tiles[0].columns
    assert len(tiles) == rows * cols
    for t in tiles:  # each tile fits the frame at 1:1
        assert (t.window[2] - t.window[0]) * 10 <= 186.0 + 1e-6
        assert (t.window[3] - t.window[1]) * 10 <= 230.0 + 1e-6
    # The cores tile the map without gaps; neighbours overlap by 1 cm.
    assert min(t.core[0] for t in tiles) <= x + 1e-9 and max(t.core[2] for t in tiles) >= x + w - 1e-9
    assert min(t.core[1] for t in tiles) <= y + 1e-9 and max(t.core[3] for t in tiles) >= y + h - 1e-9
    if cols > 1:
        a, b = tiles[0], tiles[1]
        assert math.isclose(a.window[2] - b.window[0], scales.TILE_OVERLAP_CM)


@given(st.text(alphabet="abc defghij\n", max_size=300), st.floats(10, 120))
def test_wrapped_lines_fit(text: str, width: float) -> None:
    lines = wrap(text, width, 9.0, False, approx_measure)
    assert all(approx_measure(line, 9.0, False) <= width + 1e-9 for line in lines)
    assert "".join(text.split()) == "".join("".join(lines).split())


def _data(regions: int, template_id: str = "face_front") -> SessionSheetData:
    library = load_library()
    t = library.get(template_id)
    ref = TemplateRef(t.id, t.version, t.content_hash, PatientFit.identity())
    items = []
    for i in range(regions):
        x = -6 + (i % 6) * 2.0
        xy = np.array([[x + 0.3, 0.0], [x + 0.3, 1.0], [x + 1.3, 0.0]])
        items.append(Region(
            id=f"r{i:02d}", name=f"Region {i}", color="#3366cc",
            geometry=Polygon([(x, -1), (x + 1.8, -1), (x + 1.8, 2), (x, 2)]), pattern="hex",
            technique=Technique(spacing_cm=1.0),
            mixture=(MixtureItem(1, 1, "Procaine 2%", f"LOT-{i:03d}", Decimal("0.0500")),),
            papules=PapuleSet(tuple(f"p{i}.{k}" for k in range(3)), xy, np.array([1, 2, 3]),
                              np.zeros(3, bool), np.zeros(3, bool)),
        ))
    doc = MapDocument(ref, items, "")
    when = dt.datetime(2026, 3, 14, 9, 30, tzinfo=dt.UTC)
    return SessionSheetData(
        session_id=1, patient_id=1, clinic_name="Clinic", clinic_address="", aftercare_text="", margin_mm=12.0,
        patient_name="DOE, Jane", patient_birth_date=dt.date(1980, 1, 2), patient_identifier="X-1",
        scheduled_at=when, performed_at=None, status="planned", course_label="Cellulite",
        number_in_course=3, planned_sessions=6, practitioner_name="Dr A", map=doc,
        lots=tuple(SheetLot("Procaine 2%", f"LOT-{i:03d}", dt.date(2027, 1, 1)) for i in range(regions)),
        checklist=(), actuals=(), adverse_events=(), amendments=(), signatures=(), next_appointment=None,
        notes="", is_demo=True)


def test_page_breaks_repeat_header_and_number_pages() -> None:
    data = _data(60)
    layout = layout_session_sheet(data, load_library().get("face_front"), SheetOptions())
    n = len(layout.pages)
    assert n >= 3
    for i, page in enumerate(layout.pages, start=1):
        texts = page.texts()
        assert "Clinic" in texts and "DEMO" in texts
        assert any("DOE, Jane" in t for t in texts)
        assert f"Page {i} of {n}" in texts
        for e in page.elements:  # nothing outside the paper's margins
            if isinstance(e, Text):
                assert e.x >= 12.0 - 1e-6 and e.x + e.w <= layout.width_mm - 12.0 + 1e-6
                assert e.y + e.h <= layout.height_mm - 12.0 + 1e-6
    # The region table's heading row is repeated on the pages it continues on.
    with_heading = [p for p in layout.pages if "Technique" in p.texts()]
    assert len(with_heading) >= 2
    for page in with_heading:  # never a heading row alone at the end of a page
        texts = page.texts()
        assert any(re.fullmatch(r"LOT-\d{3}", t) for t in texts[texts.index("Technique"):])
    lots = [t for p in layout.pages for t in p.texts() if re.fullmatch(r"LOT-\d{3}", t)]
    assert len(lots) == 60


@pytest.mark.parametrize("paper", ["A4", "Letter"])
def test_actual_size_states_scale_and_tiles_large_maps(paper: str) -> None:
    data = _data(2, "body_back_female")
    template = load_library().get("body_back_female")
    layout = layout_session_sheet(data, template, SheetOptions(paper=paper, scale="1:1"))
    assert layout.denominator == 1.0 and layout.tiles > 10
    frames = [e for p in layout.pages for e in p.elements if isinstance(e, MapFrame)]
    assert len(frames) == layout.tiles + 1
    assert all(f.denominator == 1.0 for f in frames[1:])
    bars = [e for p in layout.pages for e in p.elements if isinstance(e, ScaleBar)]
    assert any(b.denominator == 1.0 and b.length_mm == 100.0 for b in bars)
    # Margins from the settings never change the scale, only the frame.
    wide = layout_session_sheet(dataclasses.replace(data, margin_mm=30.0), template,
                                SheetOptions(paper=paper, scale="1:1"))
    assert wide.denominator == 1.0 and wide.tiles > layout.tiles


@pytest.mark.parametrize(("denominator", "expected"),
                         [(1.0, 10.0), (2.0, 10.0), (5.0, 10.0), (10.0, 20.0), (20.0, 50.0),
                          (50.0, 100.0)])
def test_scale_bar_is_readable(denominator: float, expected: float) -> None:
    from mesomap.printing.sheet import scale_bar_cm

    assert scale_bar_cm(denominator, 100.0) == expected
    assert 20.0 <= expected * 10.0 / denominator <= 100.0

