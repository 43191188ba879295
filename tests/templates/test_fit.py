"""Patient fit: landmarks scale as asked, per axis or uniformly; fits serialize."""

from __future__ import annotations

import json
import math
from pathlib import Path

import numpy as np
import pytest

from mesomap.core.templates import FitError, PatientFit, Template, load_library, load_template

from .helpers import doc, names, write


@pytest.fixture(scope="module")
def face() -> Template:
    return load_library(include_user=False).get("face_front")


def _fitted(fit: PatientFit, t: Template, name: str) -> np.ndarray:
    return fit.apply(np.array([t.landmarks[name]]))[0]


def test_one_measurement_scales_uniformly(face: Template) -> None:
    fit = PatientFit.from_measurements(face, {"face_height": 12.5})
    assert fit.mode == "uniform"
    nasion, menton = _fitted(fit, face, "nasion"), _fitted(fit, face, "menton")
    assert nasion[1] - menton[1] == pytest.approx(12.5)
    ipd = _fitted(fit, face, "pupil_left")[0] - _fitted(fit, face, "pupil_right")[0]
    template_ipd = face.landmarks["pupil_left"][0] - face.landmarks["pupil_right"][0]
    assert ipd == pytest.approx(template_ipd * 12.5 / face.measurement("face_height").template_value_cm(face))


def test_two_measurements_scale_per_axis(face: Template) -> None:
    fit = PatientFit.from_measurements(face, {"face_height": 11.0, "interpupillary": 6.8})
    assert fit.mode == "per_axis" and fit.scale_x > 1 > fit.scale_y
    assert _fitted(fit, face, "nasion")[1] - _fitted(fit, face, "menton")[1] == pytest.approx(11.0)
    assert _fitted(fit, face, "pupil_left")[0] - _fitted(fit, face, "pupil_right")[0] == pytest.approx(6.8)
    assert fit.scale_depth == fit.scale_x
    pts3 = fit.apply(np.array([[1.0, 2.0, 3.0]]))
    assert pts3[0, 2] == pytest.approx(3.0 * fit.scale_x)


def test_uniform_mode_with_two_measurements_uses_the_geometric_mean(face: Template) -> None:
    measured = {"face_height": 11.0, "interpupillary": 6.8}
    fit = PatientFit.from_measurements(face, measured, mode="uniform")
    rx = 6.8 / face.measurement("interpupillary").template_value_cm(face)
    ry = 11.0 / face.measurement("face_height").template_value_cm(face)
    assert fit.scale_x == fit.scale_y == pytest.approx(math.sqrt(rx * ry))


def test_per_axis_with_one_measurement_keeps_the_other_axis(face: Template) -> None:
    fit = PatientFit.from_measurements(face, {"face_width": 14.0}, mode="per_axis")
    assert fit.scale_y == 1.0
    zl, zr = _fitted(fit, face, "zygion_left"), _fitted(fit, face, "zygion_right")
    assert zl[0] - zr[0] == pytest.approx(14.0)


def test_apply_and_invert_round_trip_and_serialization(face: Template) -> None:
    fit = PatientFit.from_measurements(face, {"face_height": 12.2, "interpupillary": 6.1})
    pts = np.array(list(face.landmarks.values()))
    assert np.allclose(fit.invert(fit.apply(pts)), pts)
    again = PatientFit.from_dict(json.loads(json.dumps(fit.to_dict())))
    assert again == fit
    assert dict(again.measurements) == {"face_height": 12.2, "interpupillary": 6.1}
    assert PatientFit.identity().is_identity
    assert np.allclose(PatientFit.identity().apply(pts), pts)


@pytest.mark.parametrize(
    ("measured", "message"),
    [
        ({"face_height": 118.0}, "centimetres"),  # typed in millimetres
        ({"face_height": -3.0}, "positive"),
        ({"face_height": float("nan")}, "positive"),
        ({"stature": 170.0}, "no measurement named"),
        ({}, "at least one"),
    ],
)
def test_unusable_measurements_are_refused_with_a_sentence(face: Template, measured: dict, message: str) -> None:
    with pytest.raises(FitError) as info:
        PatientFit.from_measurements(face, measured)
    assert message in str(info.value)
    assert str(info.value).endswith(".")


def test_from_dict_refuses_absurd_scales() -> None:
    with pytest.raises(FitError):
        PatientFit.from_dict({"scale_x": 10.0, "scale_y": 1.0})


def test_circumference_measurement_from_cross_sections(tmp_path: Path) -> None:
    d = doc(id="demo_thigh", body_area="thighs")
    d["relief"] = {"kind": "cross_sections", "bodies": [{"id": "thigh_left", "axis": "y", "stations": [
        {"at": -10, "center": 0, "half_width": 9, "depth": 9},
        {"at": 10, "center": 0, "half_width": 7, "depth": 7}]}]}
    d["measurements"].append({"id": "thigh_circumference", "names": names("Thigh circumference"),
                              "axis": "x", "circumference": {"body": "thigh_left", "at": 0}})
    t = load_template(write(tmp_path, "thigh.json", d))
    m = t.measurement("thigh_circumference")
    assert m.template_value_cm(t) == pytest.approx(2 * math.pi * 8.0, rel=1e-6)
    fit = PatientFit.from_measurements(t, {"thigh_circumference": 2 * math.pi * 9.0})
    assert fit.scale_x == pytest.approx(9.0 / 8.0) == fit.scale_y
    fit2 = PatientFit.from_measurements(t, {"thigh_circumference": 55.0, "height": 25.0})
    assert fit2.mode == "per_axis" and fit2.scale_y == pytest.approx(25.0 / 20.0)


def test_fit_and_templates_copy_and_pickle(face: Template) -> None:
    import copy
    import pickle

    fit = PatientFit(1.05, 0.95, {"face_height": 11.9}, "per_axis")  # a plain dict is frozen
    assert copy.deepcopy(fit) == fit == pickle.loads(pickle.dumps(fit))
    assert hash(copy.copy(fit)) == hash(fit)
    with pytest.raises(TypeError):
        fit.measurements["face_height"] = 1.0  # type: ignore[index]
    assert copy.deepcopy(face) is face
    assert pickle.loads(pickle.dumps(face)) == face


def test_fit_scales_zone_geometry_about_the_origin(face: Template) -> None:
    fit = PatientFit.from_measurements(face, {"face_height": 12.5, "interpupillary": 6.0})
    cheek = face.zone("cheek_left").geometry
    fitted = fit.apply_geometry(cheek)
    assert fitted.area == pytest.approx(cheek.area * fit.scale_x * fit.scale_y)
    assert fitted.bounds[0] == pytest.approx(cheek.bounds[0] * fit.scale_x)
    assert fit.invert_geometry(fitted).equals_exact(cheek, 1e-9)
    assert PatientFit.identity().apply_geometry(cheek) is cheek
