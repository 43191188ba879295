"""The canvas lays out face regions on the skin and hints at the profile for steep regions."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import numpy as np
import pytest
from PySide6 import QtWidgets

from mesomap.core.document.model import MapDocument, TemplateRef
from mesomap.core.layout import LayoutRequest, plan_layout
from mesomap.core.surface import SurfaceModel
from mesomap.core.templates import PatientFit, Template


@pytest.fixture
def face_canvas(qtbot: Any, face: Template) -> Iterator[Any]:
    from mesomap.gui.canvas.canvas import MapCanvas

    ref = TemplateRef(face.id, face.version, face.content_hash, PatientFit.identity())
    c = MapCanvas(MapDocument(ref))
    c.ask_keep_manual = lambda region: True
    qtbot.addWidget(c)
    c.resize(700, 700)
    c.show()
    qtbot.waitExposed(c)
    c.set_template(face)
    c.layouter.use_surface = None  # on where the template has relief (off by default for now)
    QtWidgets.QApplication.processEvents()
    yield c
    c.detach()


def test_temple_region_is_laid_out_on_the_skin_with_a_profile_hint(
    face_canvas: Any, face: Template
) -> None:
    temple = face.zone("temple_left").geometry
    face_canvas.create_region(temple)
    region = face_canvas.document.regions[-1]
    surface = SurfaceModel.for_template(face)
    lifted = surface.lift(region.papules.xy)
    d = np.linalg.norm(lifted[:, None, :] - lifted[None, :, :], axis=2)
    np.fill_diagonal(d, np.inf)
    assert d.min() >= region.technique.spacing_cm * (1 - 1e-9)
    planar = plan_layout(LayoutRequest(temple, region.technique.spacing_cm,
                                       exclusions=face_canvas.exclusions))
    assert len(region.papules) > len(planar.points)
    assert "steep" in face_canvas.last_message
    assert "Face, left profile" in face_canvas.last_message
    skin = surface.area(temple)
    assert f"{skin.skin_cm2:.1f} cm² on the skin" in face_canvas.last_message


def test_canvas_default_is_on_the_skin_and_can_be_switched_off(qtbot: Any, face: Template) -> None:
    from mesomap.gui.canvas.canvas import MapCanvas

    ref = TemplateRef(face.id, face.version, face.content_hash, PatientFit.identity())
    c = MapCanvas(MapDocument(ref))
    qtbot.addWidget(c)
    c.set_template(face)
    assert c.layouter.use_surface is None  # type: ignore[attr-defined]  # on where there is relief
    temple = face.zone("temple_left").geometry
    planar = plan_layout(LayoutRequest(temple, 1.0, exclusions=c.exclusions))
    c.create_region(temple)
    skin = np.asarray(c.document.regions[-1].papules.xy)
    assert len(skin) > len(planar.points)  # the temple's skin is 2.3 x its picture
    c.layouter.use_surface = False  # type: ignore[attr-defined]
    c.create_region(temple)
    assert np.array_equal(c.document.regions[-1].papules.xy, planar.points)
    assert "steep" in c.last_message  # the hint is shown either way
    c.detach()


def test_forehead_gets_no_hint(face_canvas: Any, face: Template) -> None:
    face_canvas.last_message = ""
    face_canvas.create_region(face.zone("forehead").geometry)
    assert "steep" not in face_canvas.last_message
    assert "on the skin" in face_canvas.last_message  # 1.23 times: both areas shown
    face_canvas.last_message = ""
    face_canvas.create_region(face.zone("chin").geometry)  # 1.14 times
    assert "on the skin" in face_canvas.last_message
