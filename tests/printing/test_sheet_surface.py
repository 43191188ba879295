"""Honest printing (issue 10): a 1:1 sheet of a map on a template with relief says it is a flat
projection and prints the skin distance between neighbouring papules per region; the skin area
is printed beside the picture area where they differ by more than 10 %. Rendered PDFs, read
back with pdftotext."""

from __future__ import annotations

from pathlib import Path

from mesomap.core.surface import SurfaceModel, surface_neighbour_distance_cm
from mesomap.core.templates import load_library
from mesomap.printing.batch import export_sessions
from mesomap.printing.sections import sheet_area_step
from mesomap.printing.sheet import SheetOptions
from mesomap.storage.engine import Database
from mesomap.storage.repository.sheets import SheetRepository
from tests.printing.conftest import pdf_text, session_with_template


def _text(path: Path) -> str:
    text = pdf_text(path).replace("\ufb01", "fi").replace("\ufb02", "fl")  # ligatures
    return " ".join(text.split())


def test_actual_size_face_sheet_is_a_projection_with_skin_distances(
        qapp: object, demo_db: Database, tmp_path: Path) -> None:
    sid = session_with_template(demo_db, "face_front")
    data = SheetRepository(demo_db).get(sid)
    assert data.map is not None
    face = load_library().get("face_front")
    surface = SurfaceModel.for_template(face, data.map.template.fit)
    out = tmp_path / "face-1to1.pdf"
    export_sessions(demo_db, [sid], out, SheetOptions(scale="1:1"))
    text = _text(out)
    assert "flat projection of a curved body" in text
    laid = [r for r in data.map.regions if len(r.papules) > 1]
    assert laid
    for region in laid:
        nd = surface_neighbour_distance_cm(region.papules.xy, surface)
        assert f"{region.name} {nd.minimum:.1f} cm–{nd.maximum:.1f} cm (median {nd.median:.1f} cm)" \
            in text
    differing = [r for r in data.map.regions
                 if r.geometry.geom_type in ("Polygon", "MultiPolygon")
                 and surface.area(r.geometry).differs]
    for region in differing:
        a = surface.area(region.geometry, step_cm=sheet_area_step(region.geometry))
        assert f"{a.picture_cm2:.1f} cm² on the picture, {a.skin_cm2:.1f} cm² on the skin" in text
    # a fitted sheet has no projection note; the areas are still given
    fitted = tmp_path / "face-fit.pdf"
    export_sessions(demo_db, [sid], fitted, SheetOptions())
    text = _text(fitted)
    assert "flat projection" not in text
    assert all(f"{surface.area(r.geometry, step_cm=sheet_area_step(r.geometry)).skin_cm2:.1f} "
               "cm² on the skin" in text for r in differing)


def test_flat_template_sheet_has_no_surface_notes(demo_db: Database) -> None:
    from mesomap.printing.sheet import layout_session_sheet

    data = SheetRepository(demo_db).get(session_with_template(demo_db, "face_front"))
    library = load_library()
    flat = next(t for t in library.templates() if t.relief.is_flat)
    texts = " ".join(t for p in layout_session_sheet(data, flat, SheetOptions(scale="1:1")).pages
                     for t in p.texts())
    assert "flat projection" not in texts and "on the skin" not in texts
    relief = " ".join(t for p in layout_session_sheet(data, library.get("face_front"),
                                                      SheetOptions(scale="1:1")).pages
                      for t in p.texts())
    assert "flat projection" in relief
