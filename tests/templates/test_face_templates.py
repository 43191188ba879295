"""The face templates: real scale against ANSUR II, zones, danger zones, sides and relief."""

from __future__ import annotations

import itertools
import math

import numpy as np
import pytest
import shapely
from shapely.geometry import LineString, Point, Polygon

from mesomap.core.templates import MeshRelief, Template, TemplateLibrary, load_library

# ANSUR II 5th and 95th percentiles (reference/anthropometry/ansur_ii_summary.txt), in cm.
# The face templates are sex-neutral: they must lie inside BOTH the female and male ranges.
ANSUR_P5_P95 = {
    "interpupillary": {"female": (5.55, 6.75), "male": (5.85, 7.00)},
    "sellion_menton": {"female": (10.4, 12.3), "male": (11.2, 13.4)},
}
FACE_ZONES = {"forehead", "glabella", "temple_left", "temple_right", "periorbital_left",
              "periorbital_right", "cheek_left", "cheek_right", "nasolabial_left",
              "nasolabial_right", "perioral", "chin", "jawline_left", "jawline_right"}
FRONT_LANDMARKS = {"pupil_left", "pupil_right", "nasion", "subnasale", "stomion", "menton",
                   "cheilion_left", "cheilion_right"}


@pytest.fixture(scope="module")
def library() -> TemplateLibrary:
    return load_library(include_user=False)


@pytest.fixture(scope="module")
def front(library: TemplateLibrary) -> Template:
    return library.get("face_front")


def test_shipped_templates_all_validate(library: TemplateLibrary) -> None:
    assert library.errors == []
    assert {"face_front", "face_left", "face_right"} <= set(library.ids())


def test_interpupillary_and_face_height_within_ansur_ranges(front: Template) -> None:
    lm = front.landmarks
    ipd = lm["pupil_left"][0] - lm["pupil_right"][0]
    face_height = lm["nasion"][1] - lm["menton"][1]
    for sex in ("female", "male"):
        lo, hi = ANSUR_P5_P95["interpupillary"][sex]
        assert lo <= ipd <= hi, (sex, ipd)
        lo, hi = ANSUR_P5_P95["sellion_menton"][sex]
        assert lo <= face_height <= hi, (sex, face_height)
    assert front.measurement("interpupillary").template_value_cm(front) == pytest.approx(ipd)
    assert front.measurement("face_height").template_value_cm(front) == pytest.approx(face_height)
    assert "ANSUR II" in front.source.description and "scaled" in front.source.description


def test_profiles_have_the_same_face_height(library: TemplateLibrary, front: Template) -> None:
    for view in ("left", "right"):
        t = library.get(f"face_{view}")
        assert t.measurement("face_height").template_value_cm(t) == pytest.approx(
            front.measurement("face_height").template_value_cm(front), abs=1e-3)
        assert t.height_cm == pytest.approx(front.height_cm, abs=0.05)


def test_front_has_required_zones_landmarks_and_danger_zones(front: Template) -> None:
    assert {z.id for z in front.zones} == FACE_ZONES
    assert set(front.landmarks) >= FRONT_LANDMARKS
    danger = {d.id: d for d in front.danger_zones}
    for side in ("left", "right"):
        for base in ("orbit", "supraorbital", "supratrochlear", "infraorbital", "mental",
                     "facial_artery", "temporal_artery"):
            assert f"{base}_{side}" in danger
        assert danger[f"orbit_{side}"].severity == "avoid"
        assert isinstance(danger[f"facial_artery_{side}"].geometry, LineString)
        for foramen in ("supraorbital", "infraorbital", "mental"):
            assert isinstance(danger[f"{foramen}_{side}"].geometry, Point)
            assert danger[f"{foramen}_{side}"].margin_cm > 0
    assert danger["vermilion"].severity == "avoid"
    assert danger["glabella_risk"].severity == "caution"
    assert danger["glabella_risk"].describe("fr")
    avoid_ids = {d.id for d in front.danger_zones if d.severity == "avoid"}
    assert len(front.avoid_exclusions()) == len(avoid_ids)


def test_danger_zones_follow_domain_distances(front: Template) -> None:
    """DOMAIN.md: supraorbital notch ~2.5 cm, supratrochlear 0.8–1.1 cm, infraorbital 2.7–2.8 cm,
    mental 2.4–2.9 cm from the midline; infraorbital foramen below the orbit."""
    d = {z.id: z.geometry for z in front.danger_zones}
    for side, sign in (("left", 1), ("right", -1)):
        assert sign * d[f"supraorbital_{side}"].x == pytest.approx(2.5, abs=0.05)
        assert 2.7 <= sign * d[f"infraorbital_{side}"].x <= 2.8
        assert 2.4 <= sign * d[f"mental_{side}"].x <= 2.9
        trochlear = np.asarray(d[f"supratrochlear_{side}"].coords)
        assert np.all((sign * trochlear[:, 0] >= 0.8) & (sign * trochlear[:, 0] <= 1.1))
        orbit = d[f"orbit_{side}"]
        assert d[f"infraorbital_{side}"].y < orbit.bounds[1]
        assert orbit.contains(Point(front.landmarks[f"pupil_{side}"]))
        assert d[f"mental_{side}"].y < front.landmarks["stomion"][1]


def test_left_and_right_are_the_patients_own(library: TemplateLibrary, front: Template) -> None:
    lm = front.landmarks
    # Front view: the patient's left appears on the viewer's right (x > 0).
    assert lm["pupil_left"][0] > 0 > lm["pupil_right"][0]
    assert lm["cheilion_left"][0] > 0 > lm["cheilion_right"][0]
    for item in [*front.zones, *front.danger_zones]:
        x = item.geometry.centroid.x
        if item.id.endswith("_left"):
            assert x > 0.5, item.id
        elif item.id.endswith("_right"):
            assert x < -0.5, item.id
        else:
            assert abs(x) < 0.05, item.id
    for z in front.zones:
        assert z.laterality == ({"left": "left", "right": "right"}.get(z.id.rsplit("_", 1)[-1]))
    # Profiles: the nose points away from the visible ear; only the visible side is labelled.
    left, right = library.get("face_left"), library.get("face_right")
    assert left.landmarks["pronasale"][0] < left.landmarks["pupil_left"][0]
    assert right.landmarks["pronasale"][0] > right.landmarks["pupil_right"][0]
    assert not any(k.endswith("_right") for k in [*left.landmarks, *(z.id for z in left.zones)])
    assert not any(k.endswith("_left") for k in [*right.landmarks, *(z.id for z in right.zones)])
    assert left.view == "left" and right.view == "right"


@pytest.mark.parametrize("template_id", ["face_front", "face_left", "face_right"])
def test_zones_inside_outline_and_not_overlapping(library: TemplateLibrary, template_id: str) -> None:
    t = library.get(template_id)
    for z in t.zones:
        assert z.geometry.difference(t.outline).area < 1e-3, z.id
        assert z.geometry.area > 0.3, z.id
    for a, b in itertools.combinations(t.zones, 2):
        assert a.geometry.intersection(b.geometry).area < 0.01, (a.id, b.id)
    covered = shapely.union_all([z.geometry for z in t.zones]).area
    assert covered > 0.6 * t.outline.area


def test_holes_for_eyes_and_lips(front: Template) -> None:
    perioral = front.zone("perioral").geometry
    assert len(perioral.interiors) == 1
    assert not perioral.contains(Point(front.landmarks["stomion"]))
    for side in ("left", "right"):
        assert not front.zone(f"periorbital_{side}").geometry.contains(Point(front.landmarks[f"pupil_{side}"]))


def test_front_relief_is_the_face_mesh(front: Template) -> None:
    relief = front.relief
    assert isinstance(relief, MeshRelief)
    assert relief.vertices.shape == (468, 3) and relief.triangles.shape == (898, 3)
    lm = front.landmarks
    z = relief.depth_at([lm["pronasale"], lm["nasion"], lm["zygion_left"]])
    assert z[0] > z[1] > z[2]  # nose tip nearest the viewer, cheek side farthest
    # the skin is about 1.3-1.6 times its frontal picture (DOMAIN.md)
    ratio = relief.surface_area_cm2() / front.outline.area
    assert 1.3 <= ratio <= 1.7
    inner = front.outline.buffer(-0.15)
    xs, ys = np.meshgrid(np.arange(-8, 8, 0.25), np.arange(-13, 6, 0.25))
    pts = np.column_stack([xs.ravel(), ys.ravel()])
    pts = pts[shapely.contains_xy(inner, pts[:, 0], pts[:, 1])]
    assert np.isfinite(relief.depth_at(pts)).mean() > 0.995


@pytest.mark.parametrize("view", ["left", "right"])
def test_profile_relief_faces_the_viewer(library: TemplateLibrary, view: str) -> None:
    t = library.get(f"face_{view}")
    relief = t.relief
    assert isinstance(relief, MeshRelief)
    assert relief.vertices[:, 2].min() >= -1e-9  # only the half towards the viewer
    cheek = t.zone(f"cheek_{view}").geometry.representative_point()
    assert relief.depth_at([[cheek.x, cheek.y]])[0] > 3.0


def test_artwork_is_smooth_and_covers_features(front: Template) -> None:
    roles = {a.role for a in front.artwork}
    assert {"outline", "eye", "brow", "lips", "nose", "skin"} <= roles
    outline = next(a for a in front.artwork if a.role == "outline").geometry
    ring = np.asarray(outline.exterior.coords)
    seg = np.diff(ring, axis=0)
    angles = np.degrees(np.arctan2(seg[:, 1], seg[:, 0]))
    turn = np.abs((np.diff(angles) + 180) % 360 - 180)
    assert turn.max() < 25  # a smooth curve, not a 36-point polygon
    assert len(ring) > 1.5 * 36  # the 36 face-oval points, curved between them
    assert isinstance(outline, Polygon)


def test_geometry_matches_declared_size(front: Template) -> None:
    minx, miny, maxx, maxy = front.outline.bounds
    assert math.isclose(front.width_cm, maxx - minx, abs_tol=0.01)
    assert math.isclose(front.height_cm, maxy - miny, abs_tol=0.01)
    assert front.midline is not None and front.midline.coords[0][0] == 0


def test_stretch_integrates_to_the_mesh_surface_area(front: Template) -> None:
    relief = front.relief
    assert isinstance(relief, MeshRelief)
    step = 0.05
    xs, ys = np.meshgrid(np.arange(-8, 8, step), np.arange(-12.5, 5, step))
    pts = np.column_stack([xs.ravel(), ys.ravel()])
    pts = pts[shapely.contains_xy(front.outline, pts[:, 0], pts[:, 1])]
    skin = np.nansum(relief.stretch_at(pts)) * step * step
    assert skin == pytest.approx(relief.surface_area_cm2(), rel=0.01)
    temple = front.zone("temple_left").geometry.representative_point()
    forehead = front.zone("forehead").geometry.representative_point()
    st = relief.stretch_at([[temple.x, temple.y], [forehead.x, forehead.y]])
    assert st[0] > 1.8 > st[1] > 1.0  # DOMAIN.md: about twice at the temples
