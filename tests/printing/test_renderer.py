"""The map renderer: true Bézier artwork, papules where the map says at the requested scale,
and a grid that stays readable at small scales."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6 import QtCore, QtGui
from shapely.geometry import Polygon

from mesomap.core.document import MapDocument, PapuleSet, Region, Technique, TemplateRef
from mesomap.core.templates import PatientFit, load_library
from mesomap.printing.pathdata import segments
from mesomap.printing.renderer import (
    MapRenderer,
    RenderOptions,
    bezier_path,
    opaque,
    render_map_image,
)


def test_path_segments_resolve_relative_and_smooth_commands() -> None:
    segs = segments("M 1 1 l 2 0 h 1 v 1 c 1 0 1 1 0 1 s -1 1 -2 0 Q 0 3 -1 2 Z")
    assert [s[0] for s in segs] == ["M", "L", "L", "L", "C", "C", "Q", "Z"]
    assert segs[1][1] == (3.0, 1.0) and segs[3][1] == (4.0, 2.0)
    assert segs[4] == ("C", (5.0, 2.0), (5.0, 3.0), (4.0, 3.0))
    # S reflects the previous control point about the current point.
    assert segs[5] == ("C", (3.0, 3.0), (3.0, 4.0), (2.0, 3.0))
    with pytest.raises(ValueError):
        segments("L 1 1")


def test_template_artwork_keeps_its_curves(qapp: object) -> None:
    template = load_library().get("face_front")
    curved = [a for a in template.artwork if a.path and "C" in a.path.upper()]
    assert curved
    path = bezier_path(curved[0].path or "", 1.0, 1.0)
    kinds = {path.elementAt(i).type for i in range(path.elementCount())}
    assert QtGui.QPainterPath.ElementType.CurveToElement in kinds
    scaled = bezier_path(curved[0].path or "", 1.1, 0.9).boundingRect()
    plain = path.boundingRect()
    assert scaled.width() == pytest.approx(plain.width() * 1.1, rel=1e-6)
    assert scaled.height() == pytest.approx(plain.height() * 0.9, rel=1e-6)


def _doc() -> MapDocument:
    template = load_library().get("lower_back")
    ref = TemplateRef(template.id, template.version, template.content_hash, PatientFit.identity())
    xy = np.array([[-5.0, 0.0], [0.0, 5.0], [6.0, -4.0]])
    region = Region(id="r1", name="Test", color="#2060c0",
                    geometry=Polygon([(-8, -8), (8, -8), (8, 8), (-8, 8)]), pattern="hex",
                    technique=Technique(spacing_cm=2.0),
                    papules=PapuleSet(("a", "b", "c"), xy, np.array([1, 2, 3]),
                                      np.zeros(3, bool), np.zeros(3, bool)))
    return MapDocument(ref, [region], "")


@pytest.mark.parametrize(("dpi", "mm_per_cm"), [(254.0, 10.0), (254.0, 5.0), (127.0, 10.0)])
def test_papules_land_where_the_map_puts_them(qapp: object, dpi: float, mm_per_cm: float) -> None:
    doc = _doc()
    renderer = MapRenderer(doc, load_library().get("lower_back"), RenderOptions(numbers=False))
    window = (-10.0, -10.0, 10.0, 10.0)
    image = render_map_image(renderer, window, dpi=dpi, mm_per_cm=mm_per_cm)
    px_per_cm = dpi / 25.4 * mm_per_cm
    assert image.width() == round(20 * px_per_cm)
    assert abs(image.dotsPerMeterX() - dpi / 0.0254) < 1
    papule_color = QtGui.QColor("#2060c0").darker(160)
    for x, y in doc.regions[0].papules.xy:
        px = round((x - window[0]) * px_per_cm)
        py = round((window[3] - y) * px_per_cm)
        c = image.pixelColor(px, py)
        assert abs(c.red() - papule_color.red()) < 30 and abs(c.blue() - papule_color.blue()) < 30
    # Six millimetres beside a papule there is only the region's light tint.
    beside = (-5 + 0.6, 0.0)
    c = image.pixelColor(round((beside[0] - window[0]) * px_per_cm),
                         round((window[3] - beside[1]) * px_per_cm))
    assert c.red() > papule_color.red() + 80 and c.green() > papule_color.green() + 80


def test_grid_step_stays_readable(qapp: object) -> None:
    renderer = MapRenderer(None, None, RenderOptions(min_grid_mm=3.0))
    lines: dict[float, int] = {}
    for mm_per_cm in (10.0, 1.0):  # 1:1 and 1:10
        image = QtGui.QImage(400, 400, QtGui.QImage.Format.Format_RGB32)
        image.fill(QtGui.QColor("white"))
        painter = QtGui.QPainter(image)
        units_per_mm = 400 / (20 * mm_per_cm)  # 20 cm window drawn 400 px wide
        renderer.paint(painter, QtCore.QRectF(0, 0, 400, 400), (0, 0, 20, 20), units_per_mm)
        painter.end()
        row = [image.pixelColor(x, 203).red() < 250 for x in range(400)]
        lines[mm_per_cm] = sum(1 for a, b in zip(row, row[1:], strict=False) if b and not a)
    assert lines[10.0] >= 19  # every centimetre at 1:1
    assert lines[1.0] <= 7  # 5 cm or more apart at 1:10 (at least 3 mm on paper)


def test_pens_are_opaque() -> None:
    c = opaque(QtGui.QColor(200, 0, 0, 128))
    assert c.alpha() == 255 and c.red() > 200 and 100 < c.green() < 140


def test_export_image_with_scale_bar_at_true_size(qapp: object) -> None:
    """An exported 1:1 image at 254 dpi carries a 10 cm bar 1000 pixels long."""
    from tests.printing.conftest import black_bars

    renderer = MapRenderer(_doc(), load_library().get("lower_back"),
                           RenderOptions(scale_bar=True, legend=True, grid=False))
    image = render_map_image(renderer, (-12.0, -12.0, 12.0, 12.0), dpi=254.0, mm_per_cm=10.0)
    grey = image.convertToFormat(QtGui.QImage.Format.Format_Grayscale8)
    ptr = grey.constBits()
    array = np.frombuffer(ptr, dtype=np.uint8).reshape(grey.height(), grey.bytesPerLine())
    bars = black_bars(array[:, : grey.width()], 254, min_mm=20.0)
    assert any(abs(b - 100.0) <= 0.2 for b in bars), bars
