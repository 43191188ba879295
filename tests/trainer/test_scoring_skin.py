"""Trainer scoring on the skin (issue 10): on a template with relief the automatic layout and
the spacing/coverage figures are measured on the skin, as the canvas lays regions out."""

from __future__ import annotations

import numpy as np
import pytest
from scipy.spatial.distance import pdist

from mesomap.core.surface import SurfaceModel
from mesomap.core.templates import load_library
from mesomap.core.trainer import Exercise, score_attempt


@pytest.fixture(scope="module")
def face():  # type: ignore[no-untyped-def]
    return load_library().get("face_front")


def test_skin_layout_is_no_violation_though_closer_on_the_picture(face) -> None:  # type: ignore[no-untyped-def]
    ex = Exercise.from_preset("face_front", "cheek_left", "idp", spacing_cm=1.0)
    auto, _ = ex.automatic_layout(face)
    skin = SurfaceModel.for_template(face)
    assert pdist(auto).min() < 0.9  # crowded on the picture where the cheek turns away
    assert pdist(skin.lift(auto)).min() >= 1.0 - 1e-9
    score = score_attempt(face, ex, auto)
    assert score.violations == () and score.count == score.automatic_count == len(auto)
    assert score.covering_radius_cm < 1.0  # on the skin
    planar = Exercise.from_preset("face_front", "cheek_left", "idp", spacing_cm=1.0,
                                  surface=False)
    assert len(auto) > len(planar.automatic_layout(face)[0])  # the skin is larger
    assert len(score_attempt(face, planar, auto).spacing_violations) > 0


def test_a_papule_added_between_two_is_measured_on_the_skin(face) -> None:  # type: ignore[no-untyped-def]
    ex = Exercise.from_preset("face_front", "cheek_left", "idp", spacing_cm=1.0)
    auto, _ = ex.automatic_layout(face)
    skin = SurfaceModel.for_template(face)
    extra = (auto[0] + auto[1:][np.argmin(np.hypot(*(auto[1:] - auto[0]).T))]) / 2
    pts = np.vstack([auto, extra])
    score = score_attempt(face, ex, pts)
    n = len(auto)
    assert score.spacing_violations and all(n in v.papules for v in score.spacing_violations)
    for v in score.spacing_violations:
        i, j = v.papules
        assert v.distance_cm == pytest.approx(float(skin.distance(pts[[i]], pts[[j]])[0]))
    assert Exercise.from_dict(ex.to_dict()) == ex
    off = Exercise.from_preset("face_front", "cheek_left", "idp", surface=False)
    assert Exercise.from_dict(off.to_dict()) == off
