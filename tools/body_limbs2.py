"""Body templates of the knees (anterior, posterior), lower legs (posterior) and posterior upper
arms, drawn with smooth curves to ANSUR II means (see tools/build_body_templates.py)."""

from __future__ import annotations

import numpy as np
from body_ansur import mean
from body_common import (
    ANSUR_ATTRIBUTION,
    M_NAMES,
    base_artwork,
    circ_measurement,
    danger,
    ellipse_stations,
    extent_at,
    feature,
    measurement,
    smooth_curve_from_polygon,
    stations_from_outline,
    vein,
    zone,
)
from body_geom import Curve, box, semi_axis_for_perimeter, side, spline
from body_i18n import free, tr
from body_spec import ART_BONE, TemplateSpec
from shapely.geometry import LineString, Point, Polygon
from shapely.ops import unary_union

VEIN_NOTE = free(
    "Typical course of a superficial vein: mark the patient's own visible or varicose veins.",
    "Trajet habituel d'une veine superficielle : repérer les veines visibles ou variqueuses du patient.",
    "Decorso abituale di una vena superficiale: segnare le vene visibili o varicose del paziente.",
    "Trayecto habitual de una vena superficial: marcar las venas visibles o varicosas del paciente.",
    "Trajeto habitual de uma veia superficial: marcar as veias visíveis ou varicosas do doente.")


def _medial_sign(side_name: str, view: str) -> float:
    """+1 when the limb's medial side is towards the viewer's right."""
    if view == "front":
        return -1.0 if side_name == "left" else 1.0
    return 1.0 if side_name == "left" else -1.0


def _limb_outline(m: float, rows: list[tuple[float, float, float]]) -> Polygon:
    """Closed smooth limb outline from rows (y, lateral half-width, medial half-width), top first."""
    right = [(med if m > 0 else lat, y) for y, lat, med in rows]
    left = [(-(lat if m > 0 else med), y) for y, lat, med in reversed(rows)]
    pts = right + left
    return spline(pts, closed=True).polygon()


def knee(side_name: str, view: str) -> TemplateSpec:
    """One knee, front (patella centre at the origin) or back (popliteal crease at the origin)."""
    sex = "neutral"
    m = _medial_sign(side_name, view)
    ltc = mean("lowerthighcircumference", sex)
    a_top = 0.155 * ltc
    rows = [(12.2, a_top - 0.1, a_top + 0.1), (11.8, a_top, a_top + 0.2), (7.0, 5.8, 6.0), (3.0, 5.2, 5.6),
            (0.0, 5.5, 6.0), (-3.0, 5.0, 5.3), (-6.0, 4.6, 4.9), (-9.5, 4.9, 5.5), (-11.8, 5.1, 5.8),
            (-12.2, 5.0, 5.7)]
    raw = _limb_outline(m, rows)
    outline = smooth_curve_from_polygon(raw, 0.5, round_cm=0.4)
    kind = "anterior" if view == "front" else "posterior"
    tid = f"knee_{kind}_{side_name}"
    t = TemplateSpec(tid, tr(f"t_knee_{kind}_{side_name}"), view, sex, "knees", outline)
    poly = t.outline_polygon()
    upper = side(spline([(-20, 3.6), (0, 3.2), (20, 3.6)]), "above")
    lower = side(spline([(-20, -3.8), (0, -4.2), (20, -3.8)]), "below")
    mid = poly.difference(upper).difference(lower)
    med_half = box(0, -20, 20, 20) if m > 0 else box(-20, -20, 0, 20)
    if view == "front":
        zone(t, f"suprapatellar_{side_name}", "suprapatellar", poly.intersection(upper), "knee", side_name)
        zone(t, f"infrapatellar_{side_name}", "infrapatellar", poly.intersection(lower), "knee", side_name)
        pat = spline([(-2.2, 2.2), (0, 2.8), (2.2, 2.2), (2.5, 0.0), (1.3, -2.3), (0, -3.0), (-1.3, -2.3), (-2.5, 0.0)],
                     closed=True)
        danger(t, f"patella_{side_name}", "patella", pat, 0.3, "caution", side_name, free(
            "Bone directly under the skin (prepatellar bursa): superficial technique only.",
            "Os juste sous la peau (bourse prérotulienne) : technique superficielle uniquement.",
            "Osso subito sotto la pelle (borsa prepatellare): solo tecnica superficiale.",
            "Hueso justo bajo la piel (bolsa prerrotuliana): solo técnica superficial.",
            "Osso logo abaixo da pele (bolsa pré-patelar): apenas técnica superficial."))
        feature(t, pat, 0.45, ART_BONE, role="patella")
        for x in (-1.0, 1.0):
            feature(t, spline([(x, -2.9), (x * 1.05, -5.0), (x * 1.15, -7.0)]), 0.3, ART_BONE, role="patellar_tendon",
                    opacity=0.7)
        t.landmarks = {"patella_centre": (0.0, 0.0), "patella_top": (0.0, 2.8), "tibial_tuberosity": (0.0, -7.6)}
        mid = mid.difference(pat.polygon().buffer(0.3))
    else:
        zone(t, f"posterior_distal_thigh_{side_name}", "posterior_distal_thigh", poly.intersection(upper), "thigh",
             side_name)
        zone(t, f"proximal_calf_{side_name}", "proximal_calf", poly.intersection(lower), "lower_leg", side_name)
        fossa = spline([(0, 6.0), (m * 2.7, 0.8), (0, -5.0), (-m * 2.5, 0.8)], closed=True, tension=0.7)
        danger(t, f"popliteal_fossa_{side_name}", "popliteal_fossa", fossa, 0.5, "avoid", side_name, free(
            "Popliteal artery, vein and tibial nerve lie here; keep out.",
            "L'artère et la veine poplitées et le nerf tibial passent ici : ne pas piquer.",
            "Qui passano arteria e vena poplitee e nervo tibiale: evitare.",
            "Aquí pasan la arteria y la vena poplíteas y el nervio tibial: evitar.",
            "Aqui passam a artéria e a veia poplíteas e o nervo tibial: evitar."))
        ssv = spline([(0.3, -12.2), (0.1, -8.0), (0.0, -4.5)])
        danger(t, f"small_saphenous_{side_name}", "small_saphenous", ssv, 0.5, "caution", side_name, VEIN_NOTE)
        vein(t, ssv)
        feature(t, spline([(-m * 3.2, 0.2), (0, -0.3), (m * 3.4, 0.2)]), 0.35, role="popliteal_crease")
        t.landmarks = {"popliteal_crease": (0.0, 0.0)}
        mid = mid.difference(fossa.polygon().buffer(0.5))
    zone(t, f"medial_knee_{side_name}", "medial_knee", mid.intersection(med_half), "knee", side_name)
    zone(t, f"lateral_knee_{side_name}", "lateral_knee", mid.difference(med_half), "knee", side_name)
    x0, x1 = extent_at(poly, 1.0)
    t.landmarks[f"medial_epicondyle_{side_name}"] = (x1 - 0.6, 1.5) if m > 0 else (x0 + 0.6, 1.5)
    t.landmarks[f"lateral_epicondyle_{side_name}"] = (x0 + 0.6, 1.5) if m > 0 else (x1 - 0.6, 1.5)
    st = stations_from_outline(poly, np.linspace(-12.0, 12.0, 13), 0.95)
    top = st[-1]
    top["depth"] = round(semi_axis_for_perimeter(top["half_width"], ltc), 3)
    t.relief = {"kind": "cross_sections", "bodies": [{"id": "knee", "axis": "y", "stations": st}]}
    t.measurements = [circ_measurement("lower_thigh_circumference", M_NAMES["lower_thigh_circumference"], "knee",
                                       12.0, "ANSUR II lowerthighcircumference")]
    base_artwork(t)
    where = "patella centre" if view == "front" else "popliteal crease"
    t.source_description = (
        f"{side_name.capitalize()} knee, {'front' if view == 'front' else 'back'} view, 12 cm above and below the "
        f"{where}, drawn with smooth curves; width and relief from the ANSUR II mean lower thigh circumference "
        f"{ltc:.1f} cm (average of the female and male means) at the top station, near-circular sections at the "
        "joint. " + ("Patella: caution (bone under the skin)." if view == "front" else
                     "Popliteal fossa: avoid, 0.5 cm; small saphenous vein: caution."))
    t.attribution = ANSUR_ATTRIBUTION
    t.checked_against = ["ANSUR II lowerthighcircumference", "ANSUR II kneeheightmidpatella"]
    return t


def _leg_rows() -> list[tuple[float, float, float]]:
    """(y, lateral, medial) half-widths of a lower leg from the popliteal crease (y=0) down."""
    return [(4.2, 5.5, 5.6), (4.0, 5.5, 5.6), (0.0, 5.0, 5.3), (-4.0, 5.6, 6.2), (-9.0, 6.0, 6.8),
            (-13.0, 5.8, 6.4), (-18.0, 5.0, 5.2), (-24.0, 4.0, 3.9), (-30.0, 3.4, 3.3), (-35.0, 3.1, 3.1),
            (-38.6, 3.4, 3.5), (-39.0, 3.3, 3.4)]


LEG_SPREAD = 0.12  # cm of lateral shift of the leg axis per cm down (feet apart)


def _leg_centre(y: float) -> float:
    return 5.7 + LEG_SPREAD * (-y)


def _legs_outline() -> Curve:
    """Both lower legs side by side (knees together, feet apart), symmetric about x = 0."""
    legs = []
    for sg in (-1.0, 1.0):
        right = [(sg * _leg_centre(y) + sg * lat, y) for y, lat, _ in _leg_rows()]
        left = [(sg * _leg_centre(y) - sg * med, y) for y, _, med in reversed(_leg_rows())]
        legs.append(spline(right + left, closed=True).polygon())
    raw = unary_union(legs).buffer(0.5, 32).buffer(-0.5, 32)
    if raw.geom_type != "Polygon":
        raw = max(raw.geoms, key=lambda p: p.area)
    return smooth_curve_from_polygon(Polygon(raw.exterior), 0.5, round_cm=0.4)


A_CALF = 6.4  # half-width of the calf section at its widest station


def _leg_bodies(sides: tuple[tuple[str, float], ...], cc: float) -> list[dict]:
    b_calf = semi_axis_for_perimeter(A_CALF, cc)
    bodies = []
    for s, sg in sides:
        items = []
        for y, lat, med in _leg_rows()[1:-1]:
            hw = (lat + med) / 2
            items.append((y, sg * (_leg_centre(y) + (lat - med) / 2), hw, hw * b_calf / A_CALF))
        bodies.append({"id": f"leg_{s}", "axis": "y", "stations": ellipse_stations(sorted(items))})
    return bodies


def lower_legs_front() -> TemplateSpec:
    """Both lower legs, front view, knees together and feet apart; origin between the knee joint lines."""
    sex = "neutral"
    cc = mean("calfcircumference", sex)
    t = TemplateSpec("lower_legs_front", tr("t_lower_legs_front"), "front", sex, "legs", _legs_outline())
    poly = t.outline_polygon()
    for s, sg in (("left", 1.0), ("right", -1.0)):  # front view: patient's left at x > 0
        half = poly.intersection(box(0, -50, 40, 40) if sg > 0 else box(-40, -50, 0, 40))
        crest = spline([(sg * (_leg_centre(y) - 0.9 + 0.02 * y), y) for y in (4.5, -6.0, -18.0, -30.0, -40.0)])
        medial = side(crest, "left" if sg > 0 else "right")
        zone(t, f"shin_{s}", "shin", half.difference(medial), "lower_leg", s)
        zone(t, f"medial_leg_{s}", "medial_leg", half.intersection(medial), "lower_leg", s)
        feature(t, crest.line().intersection(poly.buffer(-0.3)), 0.4, ART_BONE, role="tibial_crest", opacity=0.6)
        gsv = spline([(sg * (_leg_centre(-38) - 1.6), -38.0), (sg * (_leg_centre(-26) - 3.0), -26.0),
                      (sg * (_leg_centre(-12) - 4.6), -12.0), (sg * (_leg_centre(2.5) - 4.4), 2.5)])
        gsv_in = gsv.line().intersection(poly.buffer(-0.15))
        danger(t, f"great_saphenous_{s}", "great_saphenous", _longest(gsv_in), 0.5, "caution", s, VEIN_NOTE)
        vein(t, gsv)
        c0 = _leg_centre(0.0) * sg
        feature(t, spline([(c0 - 0.8, 4.2), (c0 - 0.9, 1.5), (c0 - 1.0, -1.0)]), 0.3, ART_BONE, opacity=0.6,
                role="patellar_tendon")
        feature(t, spline([(c0 + 0.8, 4.2), (c0 + 0.9, 1.5), (c0 + 1.0, -1.0)]), 0.3, ART_BONE, opacity=0.6,
                role="patellar_tendon")
        ca = _leg_centre(-37.0) * sg
        for dx, r in ((-2.3 * sg, 0.8), (2.6 * sg, 0.7)):  # medial and lateral malleoli
            feature(t, Point(ca + dx, -37.0).buffer(r, 24).exterior, 0.3, ART_BONE, opacity=0.6, role="malleolus")
        t.landmarks[f"tibial_tuberosity_{s}"] = (c0, -1.5)
        t.landmarks[f"medial_malleolus_{s}"] = (ca - 2.3 * sg, -37.0)
    t.relief = {"kind": "cross_sections", "bodies": _leg_bodies((("left", 1.0), ("right", -1.0)), cc)}
    t.measurements = [circ_measurement("calf_circumference", M_NAMES["calf_circumference"], "leg_left", -9.0,
                                       "ANSUR II calfcircumference")]
    base_artwork(t)
    t.source_description = (
        "Both lower legs, front view, from the tibial tuberosities to the ankles, knees together and feet apart "
        f"(the same drawing as the back view), with smooth curves; relief from the ANSUR II mean calf circumference "
        f"{cc:.1f} cm (average of the female and male means). Venous indications: the great saphenous veins run "
        "along the inner side (caution lines on their usual course; mark the patient's own varicose veins).")
    t.attribution = ANSUR_ATTRIBUTION
    t.checked_against = ["ANSUR II calfcircumference", "ANSUR II kneeheightmidpatella"]
    return t


def lower_legs_back() -> TemplateSpec:
    """Both lower legs, back view, knees together and feet apart; origin between the popliteal creases."""
    sex = "neutral"
    cc = mean("calfcircumference", sex)
    t = TemplateSpec("lower_legs_back", tr("t_lower_legs_back"), "back", sex, "legs", _legs_outline())
    poly = t.outline_polygon()
    cut = side(spline([(-30, -22.0), (0, -22.0), (30, -22.0)]), "above")
    for s, sg in (("left", -1.0), ("right", 1.0)):  # back view: patient's left at x < 0
        half = poly.intersection(box(0, -50, 40, 40) if sg > 0 else box(-40, -50, 0, 40))
        zone(t, f"calf_{s}", "calf", half.intersection(cut), "lower_leg", s)
        zone(t, f"lower_leg_posterior_{s}", "lower_leg_posterior", half.difference(cut), "lower_leg", s)
        c0 = _leg_centre(0.0) * sg
        fossa = spline([(c0, 6.0), (c0 + 2.6, 0.8), (c0, -5.0), (c0 - 2.6, 0.8)], closed=True, tension=0.7)
        danger(t, f"popliteal_fossa_{s}", "popliteal_fossa", fossa.polygon().intersection(poly), 0.5, "avoid", s)
        ssv = spline([(sg * (_leg_centre(-37.5) + 1.6), -37.5), (sg * (_leg_centre(-25) + 0.6), -25.0),
                      (sg * _leg_centre(-12), -12.0), (sg * _leg_centre(-5.0), -5.0)])
        danger(t, f"small_saphenous_{s}", "small_saphenous", ssv, 0.5, "caution", s, VEIN_NOTE)
        vein(t, ssv)
        gsv = spline([(sg * (_leg_centre(-38) - 2.4), -38.0), (sg * (_leg_centre(-22) - 4.0), -22.0),
                      (sg * (_leg_centre(-8) - 5.6), -8.0), (sg * (_leg_centre(2.5) - 4.8), 2.5)])
        gsv_in = gsv.line().intersection(poly.buffer(-0.15))
        danger(t, f"great_saphenous_{s}", "great_saphenous", _longest(gsv_in), 0.5, "caution", s, VEIN_NOTE)
        vein(t, gsv)
        feature(t, spline([(c0 - 3.2, 0.2), (c0, -0.3), (c0 + 3.2, 0.2)]), 0.35, role="popliteal_crease")
        for h, (dx1, dx2, y_end) in (("medial", (-3.4, -3.0, -19.5)), ("lateral", (3.1, 2.8, -17.0))):
            k = -sg if h == "medial" else sg  # medial side faces the midline
            cy = [(0.0, -2.5), (abs(dx1), -8.0), (abs(dx2), -13.5), (1.0, y_end)]
            feature(t, spline([(sg * _leg_centre(y) + k * dx * (1 if h == "lateral" else 1), y) for dx, y in cy]),
                    0.3, opacity=0.45, role="gastrocnemius")
        ca = _leg_centre(-36.0) * sg
        feature(t, spline([(ca - 0.7, -30.0), (ca - 0.5, -38.8)]), 0.3, opacity=0.5, role="achilles")
        feature(t, spline([(ca + 0.7, -30.0), (ca + 0.5, -38.8)]), 0.3, opacity=0.5, role="achilles")
        t.landmarks[f"popliteal_crease_{s}"] = (c0, 0.0)
        t.landmarks[f"achilles_{s}"] = (ca, -36.0)
    t.relief = {"kind": "cross_sections", "bodies": _leg_bodies((("left", -1.0), ("right", 1.0)), cc)}
    t.measurements = [circ_measurement("calf_circumference", M_NAMES["calf_circumference"], "leg_right", -9.0,
                                       "ANSUR II calfcircumference")]
    base_artwork(t)
    t.source_description = (
        "Both lower legs, back view, from just above the popliteal creases to the ankles, knees together and "
        f"feet apart, drawn with smooth curves; calf relief from the ANSUR II mean calf circumference {cc:.1f} cm "
        "(average of the female and male means; ellipse perimeter = circumference at the widest station), "
        "length from the knee height. Venous indications: the small and great saphenous veins are caution lines "
        "on their usual course (mark the patient's own varicose veins); popliteal fossae: avoid, 0.5 cm.")
    t.attribution = ANSUR_ATTRIBUTION
    t.checked_against = ["ANSUR II calfcircumference", "ANSUR II kneeheightmidpatella"]
    return t


def _longest(geom: object) -> LineString:
    if getattr(geom, "geom_type", "") == "LineString":
        return geom  # type: ignore[return-value]
    return max(geom.geoms, key=lambda g: g.length)  # type: ignore[attr-defined]


def upper_arm_posterior(side_name: str) -> TemplateSpec:
    """One upper arm hanging, back view; origin at the olecranon."""
    sex = "neutral"
    m = _medial_sign(side_name, "back")
    arm_len = 0.186 * mean("stature", sex)
    breadth = mean("bideltoidbreadth", sex) - mean("biacromialbreadth", sex)
    h = breadth / 2
    # lateral / medial half-widths: deltoid cap, its insertion, the triceps belly, the elbow
    rows = [(arm_len + 1.3, 0.8, 0.6), (arm_len + 0.9, 3.0, 2.2), (arm_len - 1.5, h + 0.8, h - 0.6),
            (arm_len - 5.0, h + 1.0, h - 0.3), (arm_len - 10.5, h + 0.1, h + 0.1), (arm_len - 13.5, h - 0.1, h + 0.35),
            (10.0, h - 0.4, h + 0.1), (5.0, h - 0.9, h - 0.4), (1.2, h - 0.9, h - 0.3), (-1.5, h - 1.1, h - 0.8),
            (-3.8, h - 1.1, h - 1.0), (-4.1, h - 1.2, h - 1.1)]
    raw = _limb_outline(m, rows)
    outline = smooth_curve_from_polygon(raw, 0.5, round_cm=0.4)
    t = TemplateSpec(f"upper_arm_posterior_{side_name}", tr(f"t_arm_{side_name}"), "back", sex, "arms", outline)
    poly = t.outline_polygon()
    delt = side(spline([(-20, arm_len - 10.0), (0, arm_len - 8.0), (20, arm_len - 10.0)]), "above")
    elbow = side(spline([(-20, 3.5), (0, 3.2), (20, 3.5)]), "below")
    med_half = side(spline([(0.3 * m, -10), (0.0, 15.0), (-0.4 * m, 40)]), "right" if m > 0 else "left")
    body = poly.difference(delt).difference(elbow)
    zone(t, f"deltoid_posterior_{side_name}", "deltoid_posterior", poly.intersection(delt), "upper_arm", side_name)
    zone(t, f"triceps_medial_{side_name}", "triceps_medial", body.intersection(med_half), "upper_arm", side_name)
    zone(t, f"triceps_lateral_{side_name}", "triceps_lateral", body.difference(med_half), "upper_arm", side_name)
    zone(t, f"elbow_posterior_{side_name}", "elbow_posterior", poly.intersection(elbow), "upper_arm", side_name)
    x0, x1 = extent_at(poly, 1.0)
    epi_med = (x1 - 0.7, 1.0) if m > 0 else (x0 + 0.7, 1.0)
    epi_lat = (x0 + 0.7, 1.0) if m > 0 else (x1 - 0.7, 1.0)
    danger(t, f"ulnar_nerve_{side_name}", "ulnar_nerve", Point(epi_med[0] - m * 0.9, 0.6), 1.0, "caution", side_name,
           free("The ulnar nerve runs superficially behind the medial epicondyle.",
                "Le nerf ulnaire est superficiel derrière l'épicondyle médial.",
                "Il nervo ulnare è superficiale dietro l'epicondilo mediale.",
                "El nervio cubital es superficial detrás del epicóndilo medial.",
                "O nervo ulnar é superficial atrás do epicôndilo medial."))
    t.landmarks = {f"olecranon_{side_name}": (0.0, 0.0), f"acromion_{side_name}": (-m * 0.8, arm_len),
                   f"medial_epicondyle_{side_name}": epi_med, f"lateral_epicondyle_{side_name}": epi_lat}
    t.measurements = [measurement("arm_length", M_NAMES["arm_length"], "y", f"olecranon_{side_name}",
                                  f"acromion_{side_name}", "0.186 × ANSUR II stature (segment proportion)")]
    feature(t, Point(0, 0).buffer(0.9, 32).exterior, 0.35, ART_BONE, role="olecranon", opacity=0.7)
    feature(t, spline([(-m * 2.5, arm_len - 11.0), (-m * 1.9, 12.0), (0.0, 8.0), (m * 1.9, 12.0),
                       (m * 2.4, arm_len - 12.0)]), 0.3, opacity=0.45, role="triceps")
    feature(t, spline([(-m * (h - 0.3), arm_len - 9.5), (0, arm_len - 8.4), (m * (h - 0.6), arm_len - 10.0)]), 0.3,
            opacity=0.5, role="deltoid_border")
    st = stations_from_outline(poly, np.linspace(-3.9, arm_len + 1.1, 14), 0.95)
    t.relief = {"kind": "cross_sections", "bodies": [{"id": "arm", "axis": "y", "stations": st}]}
    base_artwork(t)
    t.source_description = (
        f"{side_name.capitalize()} upper arm hanging, back view, from the shoulder to below the olecranon, drawn "
        f"with smooth curves: length {arm_len:.1f} cm (0.186 × ANSUR II mean stature, the usual segment proportion), "
        f"breadth {breadth:.1f} cm (ANSUR II bideltoid minus biacromial breadth, average of the female and male "
        "means). Relief: near-circular sections of the outline's width. Ulnar nerve at the elbow: caution, 1 cm.")
    t.attribution = ANSUR_ATTRIBUTION
    t.checked_against = ["ANSUR II stature", "ANSUR II bideltoidbreadth", "ANSUR II biacromialbreadth"]
    return t


__all__ = ["knee", "lower_legs_back", "lower_legs_front", "upper_arm_posterior", "LineString"]
