"""The face front and profiles are views of one surface: points move between them."""

from __future__ import annotations

import numpy as np
import pytest

from mesomap.core.templates import (
    Template,
    TemplateLibrary,
    front_to_view,
    load_library,
    shares_surface,
    transfer_points,
    view_to_front,
)


@pytest.fixture(scope="module")
def library() -> TemplateLibrary:
    return load_library(include_user=False)


@pytest.mark.parametrize("view", ["front", "left", "right", "back"])
def test_view_transforms_invert(view: str) -> None:
    pts = np.random.default_rng(3).normal(size=(20, 3))
    assert np.allclose(view_to_front(front_to_view(pts, view), view), pts)
    with pytest.raises(ValueError):
        front_to_view(pts, "top")


@pytest.mark.parametrize(
    ("view", "names"),
    [("left", ["pupil_left", "cheilion_left", "menton", "zygion_left", "gonion_left"]),
     ("right", ["pupil_right", "cheilion_right", "subnasale", "zygion_right", "exocanthion_right"])],
)
def test_landmarks_transfer_from_front_to_profile(library: TemplateLibrary, view: str, names: list[str]) -> None:
    front: Template = library.get("face_front")
    profile: Template = library.get(f"face_{view}")
    assert shares_surface(front, profile)
    pts = np.array([front.landmarks[n] for n in names])
    moved, visible = transfer_points(pts, front, profile)
    assert visible.all()
    expected = np.array([profile.landmarks[n] for n in names])
    assert np.abs(moved - expected).max() < 0.05
    back, _ = transfer_points(moved, profile, front)
    assert np.abs(back - pts).max() < 0.05


def test_the_far_side_is_hidden_in_a_profile(library: TemplateLibrary) -> None:
    front, left = library.get("face_front"), library.get("face_left")
    cheek_right = front.zone("cheek_right").geometry.representative_point()
    _, visible = transfer_points([[cheek_right.x, cheek_right.y]], front, left)
    assert not visible[0]
    with pytest.raises(ValueError):
        transfer_points([[0, 0]], front, front.__class__.from_snapshot(_flat_snapshot(front)))


def _flat_snapshot(face: Template) -> dict:
    snap = face.snapshot()
    snap["document"]["relief"] = {"kind": "flat"}
    snap["document"]["id"] = "flat_face"
    snap["id"] = "flat_face"
    from mesomap.core.templates import content_hash

    snap["content_hash"] = content_hash(snap["document"])
    return snap
