"""The shipped body templates (every template but the face): they load with mesomap's own loader,
their zones lie inside their outlines, left and right are the patient's own for the view, and
their real-scale dimensions fall within the ANSUR II 5th–95th percentiles of the template's sex
(both sexes' ranges for a neutral template)."""

from __future__ import annotations

import json
import math
import sys
from pathlib import Path

import numpy as np
import pytest
from shapely.geometry import LineString, Point

from mesomap import paths
from mesomap.core.templates import CrossSectionRelief, Template, load_library, load_template

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))

from body_ansur import p5_p95  # noqa: E402

SHIPPED = paths.body_templates_dir()

REGIONAL = [
    "scalp_top", "submental_neck", "neck_decollete_female", "neck_decollete_male", "hand_dorsum_left",
    "hand_dorsum_right", "abdomen_flanks", "upper_back_shoulders", "lower_back", "buttocks_posterior_thighs",
    "thighs_anterior", "thigh_lateral_left", "thigh_lateral_right", "knee_anterior_left", "knee_anterior_right",
    "knee_posterior_left", "knee_posterior_right", "lower_legs_front", "lower_legs_back", "upper_arm_posterior_left",
    "upper_arm_posterior_right",
]
WHOLE = ["body_front_female", "body_back_female", "body_front_male", "body_back_male"]
ALL = REGIONAL + WHOLE


@pytest.fixture(scope="module")
def templates() -> dict[str, Template]:
    return {tid: load_template(SHIPPED / f"{tid}.json") for tid in ALL}


def _ellipse_perimeter_numeric(a: float, b: float) -> float:
    """Perimeter by direct integration (independent of the library's closed form)."""
    t = np.linspace(0.0, 2 * math.pi, 20001)
    x, y = a * np.cos(t), b * np.sin(t)
    return float(np.hypot(np.diff(x), np.diff(y)).sum())


# A neutral template uses the mean of the female and male means and must lie within BOTH sexes'
# 5th–95th percentiles, except for the strongly dimorphic neck circumference (shared range
# 36.0–36.3 cm only), which must lie within the pooled range (female p5 to male p95).
DIMORPHIC = {"neckcircumference"}


def _ranges(name: str, sex: str) -> list[tuple[float, float]]:
    if sex == "neutral":
        f, m = p5_p95(name, "female"), p5_p95(name, "male")
        if name in DIMORPHIC:
            return [(min(f[0], m[0]), max(f[1], m[1]))]
        return [f, m]
    return [p5_p95(name, sex)]


def _assert_in_ansur(value: float, name: str, sex: str) -> None:
    for lo, hi in _ranges(name, sex):
        assert lo <= value <= hi, f"{name} {value:.2f} cm outside the ANSUR II {sex} p5–p95 {lo}–{hi}"


def test_every_body_template_is_in_the_library_without_errors() -> None:
    lib = load_library(include_user=False)
    mine = [e for e in lib.errors if Path(e.path).stem in ALL]
    assert mine == []
    for tid in ALL:
        assert lib.get(tid).id == tid


@pytest.mark.parametrize("tid", ALL)
def test_zones_lie_inside_the_outline_and_dangers_touch_it(templates: dict[str, Template], tid: str) -> None:
    t = templates[tid]
    assert t.zones, "a template needs treatment zones"
    grown = t.outline.buffer(0.03)
    for z in t.zones:
        assert z.geometry.area > 1.0, z.id
        assert z.geometry.difference(grown).area < 1e-3, f"{z.id} leaves the outline"
    for d in t.danger_zones:
        assert d.geometry.intersects(t.outline), d.id
        assert 0.0 < d.margin_cm <= 1.5 and d.severity in ("avoid", "caution")
    for name, (x, y) in t.landmarks.items():
        assert t.outline.buffer(0.5).contains(Point(x, y)), name
    x0, y0, x1, y1 = t.outline.bounds
    assert t.width_cm == pytest.approx(x1 - x0, abs=0.05)
    assert t.height_cm == pytest.approx(y1 - y0, abs=0.05)


@pytest.mark.parametrize("tid", ALL)
def test_zone_names_are_translated_and_sided(templates: dict[str, Template], tid: str) -> None:
    t = templates[tid]
    assert all(t.title(lang) for lang in ("en", "fr", "it", "es", "pt"))
    for z in t.zones:
        names = [z.name(lang) for lang in ("en", "fr", "it", "es", "pt")]
        assert all(names) and len(set(names)) >= 3, z.id  # not one untranslated string
        if z.laterality in ("left", "right"):
            assert z.id.endswith(z.laterality), z.id
            assert z.laterality in z.name("en").lower()
            assert ("gauche" if z.laterality == "left" else "droit") in z.name("fr")
            assert ("sinistr" if z.laterality == "left" else "destr") in z.name("it")
        if z.snomed_code is not None:
            assert z.snomed_code.isdigit() and 6 <= len(z.snomed_code) <= 18


def _expected_sign(view: str) -> int:
    """Sign of x on which the patient's LEFT appears (relative to the template's midline)."""
    return {"front": 1, "back": -1, "top": -1}[view]


@pytest.mark.parametrize("tid", [t for t in ALL if not t.startswith(("hand_", "knee_", "upper_arm_", "thigh_lateral"))])
def test_left_and_right_are_the_patients_own(templates: dict[str, Template], tid: str) -> None:
    t = templates[tid]
    sign = _expected_sign(t.view)
    sided = [z for z in t.zones if z.laterality in ("left", "right")]
    assert sided, "a two-sided template has sided zones"
    for z in sided:
        cx = z.geometry.centroid.x
        want = sign if z.laterality == "left" else -sign
        assert cx * want > 0, f"{z.id} centroid x={cx:.2f} on the wrong side for a {t.view} view"
    for name, (x, _) in t.landmarks.items():
        if name.endswith("_left"):
            assert x * sign > 0, name
        if name.endswith("_right"):
            assert x * sign < 0, name
    lefts = {z.id[: -len("_left")] for z in sided if z.laterality == "left"}
    rights = {z.id[: -len("_right")] for z in sided if z.laterality == "right"}
    assert lefts == rights, "every left zone has its right counterpart"


@pytest.mark.parametrize("tid", ["hand_dorsum_left", "hand_dorsum_right"])
def test_hand_thumb_side_and_breadth(templates: dict[str, Template], tid: str) -> None:
    t = templates[tid]
    side = tid.rsplit("_", 1)[1]
    assert all(z.laterality == side for z in t.zones)
    xr = t.landmarks["metacarpale_radiale"][0]
    xu = t.landmarks["metacarpale_ulnare"][0]
    # dorsum seen from above, fingers up: the left thumb is on the viewer's right
    assert (xr > xu) == (side == "left")
    breadth = abs(xr - xu)
    _assert_in_ansur(breadth, "handbreadth", t.sex)
    # the drawn hand is that broad at the knuckles: both landmarks lie on the outline
    for name in ("metacarpale_radiale", "metacarpale_ulnare"):
        assert t.outline.exterior.distance(Point(t.landmarks[name])) < 0.05, name
    assert t.measurement("hand_breadth").template_value_cm(t) == pytest.approx(breadth, abs=1e-6)
    assert t.relief.is_flat


@pytest.mark.parametrize("tid,view", [("knee_anterior_left", "front"), ("knee_anterior_right", "front"),
                                      ("knee_posterior_left", "back"), ("knee_posterior_right", "back"),
                                      ("upper_arm_posterior_left", "back"), ("upper_arm_posterior_right", "back")])
def test_single_limb_medial_side_faces_the_body(templates: dict[str, Template], tid: str, view: str) -> None:
    t = templates[tid]
    side = tid.rsplit("_", 1)[1]
    assert t.view == view and all(z.laterality == side for z in t.zones)
    medial = t.landmarks[f"medial_epicondyle_{side}"][0]
    lateral = t.landmarks[f"lateral_epicondyle_{side}"][0]
    # the limb's medial side points towards the body's midline, which is on the viewer's right of a
    # left limb seen from behind and of a right limb seen from the front
    towards_right = (view == "back") == (side == "left")
    assert (medial > lateral) == towards_right


@pytest.mark.parametrize("tid", ["thigh_lateral_left", "thigh_lateral_right"])
def test_lateral_thigh_view_and_front(templates: dict[str, Template], tid: str) -> None:
    t = templates[tid]
    side = tid.rsplit("_", 1)[1]
    assert t.view == side and all(z.laterality == side for z in t.zones)
    # at the trochanter the buttock bulges backwards, so the back edge is farther from it than the front
    cut = t.outline.intersection(LineString([(-40, 5.0), (40, 5.0)]))
    x0, _, x1, _ = cut.bounds
    back_on_right = abs(x1) > abs(x0)
    assert back_on_right == (side == "left"), "seen from the left the patient faces the viewer's left"


def test_abdomen_waist_breadth_and_circumference(templates: dict[str, Template]) -> None:
    t = templates["abdomen_flanks"]
    for name in ("xiphoid", "umbilicus", "pubis"):
        assert name in t.landmarks
    assert t.landmarks["xiphoid"][1] > t.landmarks["umbilicus"][1] > t.landmarks["pubis"][1]
    breadth = t.landmarks["waist_left"][0] - t.landmarks["waist_right"][0]
    _assert_in_ansur(breadth, "waistbreadth", t.sex)
    cut = t.outline.intersection(LineString([(-40, 0), (40, 0)]))
    assert cut.length == pytest.approx(breadth, abs=0.1), "the drawing is as wide as the waist landmarks"
    relief = t.relief
    assert isinstance(relief, CrossSectionRelief)
    st = relief.body("trunk").station_at(0.0)
    assert st is not None
    circ = _ellipse_perimeter_numeric(st.half_width, st.depth)
    _assert_in_ansur(circ, "waistcircumference", t.sex)
    assert st.half_width * 2 == pytest.approx(breadth, abs=0.05)
    umb = t.danger_zone("umbilicus_area")
    assert umb.severity == "avoid" and umb.keep_out().contains(Point(t.landmarks["umbilicus"]))


@pytest.mark.parametrize("tid,body_hint", [("thighs_anterior", "thigh_left"), ("buttocks_posterior_thighs", "thigh_right"),
                                           ("thigh_lateral_left", "thigh_left"), ("thigh_lateral_right", "thigh_right")])
def test_thigh_circumference_from_the_relief(templates: dict[str, Template], tid: str, body_hint: str) -> None:
    t = templates[tid]
    m = t.measurement("thigh_circumference")
    relief = t.relief
    assert isinstance(relief, CrossSectionRelief)
    body = relief.body(body_hint)
    st = body.station_at(-2.0)  # gluteal furrow level, where ANSUR measures the thigh
    assert st is not None
    circ = _ellipse_perimeter_numeric(st.half_width, st.depth)
    _assert_in_ansur(circ, "thighcircumference", t.sex)
    assert m.template_value_cm(t) == pytest.approx(circ, rel=1e-3)
    # the relief is the drawn thigh: its section spans the outline at that level (within 1.5 cm)
    lo, hi = st.center - st.half_width, st.center + st.half_width
    cut = t.outline.intersection(LineString([(lo - 3, -2.0), (hi + 3, -2.0)]))
    assert cut.bounds[0] - 1.5 <= lo and hi <= cut.bounds[2] + 1.5
    low = body.station_at(-30.0)
    assert low is not None
    _assert_in_ansur(_ellipse_perimeter_numeric(low.half_width, low.depth), "lowerthighcircumference", t.sex)


@pytest.mark.parametrize("tid,measure,ansur", [
    ("scalp_top", "head_length", "headlength"), ("scalp_top", "head_breadth", "headbreadth"),
    ("submental_neck", "neck_circumference", "neckcircumference"),
    ("neck_decollete_female", "neck_circumference", "neckcircumference"),
    ("neck_decollete_male", "neck_circumference", "neckcircumference"),
    ("neck_decollete_female", "biacromial_breadth", "biacromialbreadth"),
    ("neck_decollete_male", "biacromial_breadth", "biacromialbreadth"),
    ("upper_back_shoulders", "biacromial_breadth", "biacromialbreadth"),
    ("lower_back", "waist_breadth", "waistbreadth"),
    ("buttocks_posterior_thighs", "hip_breadth", "hipbreadth"),
    ("lower_legs_back", "calf_circumference", "calfcircumference"),
    ("lower_legs_front", "calf_circumference", "calfcircumference"),
    ("knee_anterior_left", "lower_thigh_circumference", "lowerthighcircumference"),
    ("knee_posterior_right", "lower_thigh_circumference", "lowerthighcircumference"),
])
def test_regional_dimensions_within_ansur(templates: dict[str, Template], tid: str, measure: str, ansur: str) -> None:
    t = templates[tid]
    _assert_in_ansur(t.measurement(measure).template_value_cm(t), ansur, t.sex)


@pytest.mark.parametrize("tid", WHOLE)
def test_whole_body_stature_and_sides(templates: dict[str, Template], tid: str) -> None:
    t = templates[tid]
    stature = t.landmarks["vertex"][1] - t.landmarks["heel"][1]
    _assert_in_ansur(stature, "stature", t.sex)
    assert stature == pytest.approx({"female": 162.85, "male": 175.62}[t.sex], abs=0.5)
    assert t.measurement("stature").template_value_cm(t) == pytest.approx(stature)
    assert "not for measuring" in t.source.description.lower()
    sign = _expected_sign(t.view)
    hand_left = t.zone("hands_left").geometry.centroid.x
    assert hand_left * sign > 10, "the patient's left hand is on the side the view says"
    group = "chest" if t.view == "front" else "gluteal"
    assert t.zone(f"{group}_left").geometry.centroid.x * sign > 0


@pytest.mark.parametrize("tid", REGIONAL)
def test_relief_covers_every_zone(templates: dict[str, Template], tid: str) -> None:
    t = templates[tid]
    pts = np.array([[z.geometry.representative_point().x, z.geometry.representative_point().y] for z in t.zones])
    depth = t.relief.depth_at(pts)
    if tid.startswith("hand_"):
        assert t.relief.is_flat
    else:
        assert np.all(np.isfinite(depth)), f"relief misses zones {[z.id for z, d in zip(t.zones, depth, strict=True) if not np.isfinite(d)]}"
        assert np.all(depth > 0)


@pytest.mark.parametrize("tid", REGIONAL)
def test_regional_outlines_are_smooth_bezier_curves(tid: str) -> None:
    doc = json.loads((SHIPPED / f"{tid}.json").read_text(encoding="utf-8"))
    path = doc["outline"]["path"]
    assert path.count("C ") >= 8 and " L " not in path
    t = load_template(SHIPPED / f"{tid}.json")
    ring = np.asarray(t.outline.exterior.coords)
    seg = np.diff(ring, axis=0)
    seg = seg[np.hypot(seg[:, 0], seg[:, 1]) > 1e-6]
    ang = np.degrees(np.abs(np.angle(np.exp(1j * (np.arctan2(seg[1:, 1], seg[1:, 0]) - np.arctan2(seg[:-1, 1], seg[:-1, 0]))))))
    assert ang.max() < 60, f"a corner of {ang.max():.0f}° in the outline"


def test_shipped_regional_templates_match_the_generator(tmp_path: Path) -> None:
    import build_body_templates

    assert build_body_templates.main(["--only", *REGIONAL, "--out", str(tmp_path)]) == 0
    for tid in REGIONAL:
        new = json.loads((tmp_path / f"{tid}.json").read_text(encoding="utf-8"))
        old = json.loads((SHIPPED / f"{tid}.json").read_text(encoding="utf-8"))
        assert new == old, f"{tid}.json is out of date: run tools/build_body_templates.py"


@pytest.mark.parametrize("tid,measure,patient_cm,landmarks", [
    ("hand_dorsum_left", "hand_breadth", 9.1, ("metacarpale_ulnare", "metacarpale_radiale")),
    ("abdomen_flanks", "waist_breadth", 36.0, ("waist_right", "waist_left")),
    ("body_front_female", "stature", 170.0, ("heel", "vertex")),
])
def test_patient_fit_scales_the_measured_landmarks(templates: dict[str, Template], tid: str, measure: str,
                                                   patient_cm: float, landmarks: tuple[str, str]) -> None:
    from mesomap.core.templates import PatientFit

    t = templates[tid]
    fit = PatientFit.from_measurements(t, {measure: patient_cm})
    a, b = (np.asarray(fit.apply(np.array([t.landmarks[n]])))[0] for n in landmarks)
    axis = t.measurement(measure).axis
    got = abs(b[0] - a[0]) if axis == "x" else abs(b[1] - a[1])
    assert got == pytest.approx(patient_cm, rel=1e-6)


def test_thigh_circumference_fit_matches_the_patient(templates: dict[str, Template]) -> None:
    from mesomap.core.templates import PatientFit

    t = templates["thighs_anterior"]
    fit = PatientFit.from_measurements(t, {"thigh_circumference": 70.0})
    ref = t.measurement("thigh_circumference").template_value_cm(t)
    assert fit.scale_x == pytest.approx(70.0 / ref, rel=1e-6)


# Content fingerprints of the shipped body templates, per version. A stored session refers to a
# template by id, version and content hash, so a template whose content changes must get a new
# version: when a change is intended, bump `version` in the generator, regenerate, and record the
# new fingerprint here (keep the old file under body_templates/versions/ so old sessions resolve).
FINGERPRINTS = {
    "abdomen_flanks": (1, "09d6afbb357ad85a"),
    "body_back_female": (1, "27ba192faf2ea62f"),
    "body_back_male": (1, "47e4fe19110848ee"),
    "body_front_female": (1, "35fc358f3190d67d"),
    "body_front_male": (1, "7f79b67e16b6a62a"),
    "buttocks_posterior_thighs": (1, "8968952c62d5578b"),
    "hand_dorsum_left": (1, "92235bc4faca522b"),
    "hand_dorsum_right": (1, "d3b15d4182b8763a"),
    "knee_anterior_left": (1, "1cb9b936e9304ec7"),
    "knee_anterior_right": (1, "afdcca5b2cad5d48"),
    "knee_posterior_left": (1, "b7ebb988d6787d5a"),
    "knee_posterior_right": (1, "9e2644ad1f6a334c"),
    "lower_back": (1, "4f4f9e3d04e681b2"),
    "lower_legs_back": (1, "655889ee1b419adf"),
    "lower_legs_front": (1, "c2c3a4ffc0199f47"),
    "neck_decollete_female": (1, "2c2ea207ba87537f"),
    "neck_decollete_male": (1, "fadd3c6456d95991"),
    "scalp_top": (1, "4fb38395a7ee4ad5"),
    "submental_neck": (1, "9ad0cd818a21e34c"),
    "thigh_lateral_left": (1, "5e61cc33ccb0067e"),
    "thigh_lateral_right": (1, "53c20691510e4bb0"),
    "thighs_anterior": (1, "206173440af56339"),
    "upper_arm_posterior_left": (1, "e1cca4d2911bfdad"),
    "upper_arm_posterior_right": (1, "c4cd9ba6e78fabbb"),
    "upper_back_shoulders": (1, "72bad09b0c3ac406"),
}


def _fingerprint(doc: dict[str, object]) -> str:
    import hashlib

    text = json.dumps(doc, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


@pytest.mark.parametrize("tid", ALL)
def test_changed_content_gets_a_new_version(tid: str) -> None:
    doc = json.loads((SHIPPED / f"{tid}.json").read_text(encoding="utf-8"))
    version, fingerprint = FINGERPRINTS[tid]
    got = _fingerprint(doc)
    assert doc["version"] > version or got == fingerprint, (
        f"{tid}.json changed without a new version: bump its version (recorded {version}, {fingerprint}; now {got})")
