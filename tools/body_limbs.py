"""Body templates of the limbs: dorsum of the hand, buttocks and posterior thighs, anterior
thighs, lateral thighs, knees (anterior, posterior), lower legs, posterior upper arms.

Limb outlines are built as shapely unions of smooth primitives and fitted with a smooth Bézier
curve; limb relief is an ellipse per station whose perimeter follows the ANSUR II
circumferences (thigh, lower thigh, calf)."""

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
    feature,
    measurement,
    smooth_curve_from_polygon,
    vein,
    zone,
)
from body_geom import Curve, box, semi_axis_for_perimeter, side, spline, symmetric_closed
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


def _closing(geom: Polygon, r: float) -> Polygon:
    g = geom.buffer(r, 32).buffer(-r, 32)
    return g if g.geom_type == "Polygon" else max(g.geoms, key=lambda p: p.area)


def _capsule(a: tuple[float, float], b: tuple[float, float], r: float) -> Polygon:
    return LineString([a, b]).buffer(r, 32)


def hand_dorsum(side_name: str) -> TemplateSpec:
    """Dorsum of one hand, palm down, fingers up; origin at the middle of the wrist crease."""
    sg = 1.0 if side_name == "left" else -1.0  # left hand: thumb on the viewer's right
    hb = mean("handbreadth", "neutral")
    hl = mean("handlength", "neutral")
    h2, ky = hb / 2, 8.8  # knuckle level (metacarpal heads)
    palm = spline([(sg * -2.9, -2.6), (sg * -3.15, 1.5), (sg * -3.8, 5.5), (sg * -h2, ky), (sg * -3.2, 10.0),
                   (0, 10.6), (sg * 3.3, 10.2), (sg * h2, ky), (sg * 4.0, 5.0), (sg * 3.3, 1.6),
                   (sg * 2.9, -2.6)], closed=True).polygon()
    fingers = [((2.85, 9.6), (4.6, 16.6), 0.92), ((0.9, 10.0), (1.1, hl - 0.92), 0.93),
               ((-1.1, 9.8), (-2.5, 16.8), 0.86), ((-3.0, 8.9), (-5.6, 14.0), 0.74)]
    parts = [palm] + [_capsule((sg * a[0], a[1]), (sg * b[0], b[1]), r) for a, b, r in fingers]
    parts.append(_capsule((sg * 3.4, 2.2), (sg * 7.0, 8.6), 1.08))
    parts.append(Point(sg * 3.6, 3.4).buffer(1.9, 32))
    raw = _closing(unary_union(parts), 0.3).intersection(box(-20, -2.6, 20, 30))
    outline = smooth_curve_from_polygon(raw, 0.3)
    t = TemplateSpec(f"hand_dorsum_{side_name}", tr(f"t_hand_{side_name}"), "back", "neutral", "hands", outline)
    t.description = free("Palm down, fingers up, seen from above.", "Paume vers le bas, doigts vers le haut, vue de dessus.",
                         "Palmo in giù, dita in alto, vista dall'alto.", "Palma hacia abajo, dedos hacia arriba, vista desde arriba.",
                         "Palma para baixo, dedos para cima, vista de cima.")
    poly = t.outline_polygon()
    knuckles = side(spline([(-10, ky + 0.6), (-3.0, ky + 0.9), (0, ky + 1.4), (3.0, ky + 1.1), (10, ky + 0.6)]), "below")
    web_cut = side(spline([(sg * 3.1, -5), (sg * 3.3, 1.6), (sg * 4.2, 5.5), (sg * h2 + sg * 0.1, ky + 0.4),
                           (sg * 5, 20)]), "right" if sg > 0 else "left")
    wrist = box(-20, -5, 20, 0.4)
    zone(t, f"wrist_dorsum_{side_name}", "wrist_dorsum", poly.intersection(wrist), "hand", side_name)
    zone(t, f"hand_dorsum_{side_name}", "hand_dorsum", poly.intersection(knuckles).difference(wrist).difference(web_cut),
         "hand", side_name)
    zone(t, f"first_web_{side_name}", "first_web", poly.intersection(web_cut).difference(wrist).intersection(
        box(-20, -5, 20, ky + 1.0)), "hand", side_name)
    veins = [[(2.0, 9.7), (2.25, 6.6), (1.6, 4.3)], [(-0.15, 9.9), (-0.2, 6.8), (0.2, 4.5)],
             [(-2.1, 9.2), (-1.85, 6.5), (-1.0, 4.4)], [(-2.8, 3.5), (-1.0, 4.4), (0.2, 4.5), (1.6, 4.3), (2.8, 2.9)],
             [(2.8, 2.9), (3.0, 0.6), (2.45, -2.5)], [(-2.8, 3.5), (-2.6, 0.6), (-2.2, -2.5)]]
    for i, v in enumerate(veins, 1):
        c = spline([(sg * x, y) for x, y in v])
        danger(t, f"dorsal_vein_{side_name}_{i}", "dorsal_veins", c, 0.3, "caution", side_name, VEIN_NOTE)
        vein(t, c)
    mr, mu = (sg * h2, ky), (-sg * h2, ky)
    t.landmarks = {"metacarpale_radiale": mr, "metacarpale_ulnare": mu, "wrist_centre": (0.0, 0.0),
                   "middle_fingertip": (sg * 1.1, hl)}
    a, b = ("metacarpale_ulnare", "metacarpale_radiale") if sg > 0 else ("metacarpale_radiale", "metacarpale_ulnare")
    t.measurements = [measurement("hand_breadth", M_NAMES["hand_breadth"], "x", a, b, "ANSUR II handbreadth")]
    for x in (2.85, 0.9, -1.1, -3.0):  # knuckles
        feature(t, spline([(sg * (x - 0.55), ky + 0.9), (sg * x, ky + 1.25), (sg * (x + 0.55), ky + 0.9)]), 0.3, ART_BONE)
    for (_bx, _by), (tx, ty), r in fingers:  # nails
        tip = (sg * tx, ty + r - 1.6)
        feature(t, spline([(tip[0] - sg * 0.5, tip[1] - 0.2), (tip[0], tip[1] + 1.0), (tip[0] + sg * 0.5, tip[1] - 0.2)]),
                0.25, opacity=0.6, role="nail")
    base_artwork(t)
    t.source_description = (
        f"Dorsum of the {side_name} hand, palm down, fingers up, drawn with smooth curves to ANSUR II "
        f"means (average of the female and male means): hand breadth {hb:.1f} cm across the metacarpal "
        f"heads, hand length {hl:.1f} cm from the wrist crease to the middle fingertip. Flat relief. "
        "Dorsal veins: caution lines on their usual course (mark the patient's own).")
    t.attribution = ANSUR_ATTRIBUTION
    t.checked_against = ["ANSUR II handbreadth", "ANSUR II handlength"]
    return t


def thigh_sections(sex: str = "neutral") -> tuple[tuple[float, float], tuple[float, float]]:
    """(half-width, depth) of the thigh at the gluteal furrow and just above the knee."""
    a_top = 0.143 * mean("thighcircumference", sex)  # transverse half-width, ≈ 8.9 cm
    a_low = 0.155 * mean("lowerthighcircumference", sex)
    return ((a_top, semi_axis_for_perimeter(a_top, mean("thighcircumference", sex))),
            (a_low, semi_axis_for_perimeter(a_low, mean("lowerthighcircumference", sex))))


def _thigh_body(bid: str, centre: tuple[float, float], ys: tuple[float, float],
                sec: tuple[tuple[float, float], tuple[float, float]], extra: list[float] = ()) -> dict:
    """Thigh ellipses from the gluteal furrow (ys[0], ANSUR thigh circumference) down to just
    above the knee (ys[1], lower thigh circumference), centre moving linearly."""
    (at, dt), (al, dl) = sec
    y_top, y_low = ys
    items = []
    for y in sorted({*np.linspace(y_low, y_top, 8).round(3), *extra}):
        f = min(1.0, (y - y_low) / (y_top - y_low))
        items.append((float(y), centre[1] + f * (centre[0] - centre[1]), al + f * (at - al), dl + f * (dt - dl)))
    return {"id": bid, "axis": "y", "stations": ellipse_stations(items)}


def _two_thighs(top_half: list[tuple[float, float]], crotch_y: float) -> Curve:
    """Both thighs, viewer-right half given from the top midline point; the rest is shared."""
    return _rounded(symmetric_closed(top_half + [
        (17.75, 0.0), (17.1, -6.0), (15.9, -14.0), (14.7, -22.0), (14.0, -28.0), (13.85, -31.3), (13.0, -33.0),
        (10.5, -33.6), (7.6, -33.7), (4.2, -33.4), (1.9, -32.6), (1.35, -30.0), (0.9, -24.0), (0.45, -17.0),
        (0.15, -12.0), (0.0, crotch_y)]))


def _rounded(c: Curve) -> Curve:
    from body_common import smooth_curve_from_polygon
    return smooth_curve_from_polygon(c.polygon(), 0.5, round_cm=0.4)


THIGH_CENTRE = (8.7, 7.6)  # thigh axis x at the gluteal furrow and above the knee
THIGH_YS = (-2.0, -31.0)


def buttocks_posterior_thighs() -> TemplateSpec:
    """Buttocks and posterior thighs, back view; origin on the midline at crotch height."""
    sex = "neutral"
    hip = mean("hipbreadth", sex) / 2
    tro = mean("trochanterionheight", sex) - mean("crotchheight", sex)
    sec = thigh_sections(sex)
    outline = _two_thighs([(0, 14.0), (8.0, 14.4), (13.6, 13.6), (16.4, 10.6), (hip, tro)], -9.5)
    t = TemplateSpec("buttocks_posterior_thighs", tr("t_buttocks"), "back", sex, "buttocks", outline)
    poly = t.outline_polygon()
    top_cut = side(spline([(-30, 11.0), (-8, 12.2), (0, 11.2), (8, 12.2), (30, 11.0)]), "below")
    mid_cut = side(spline([(-30, -17.0), (0, -17.5), (30, -17.0)]), "above")
    for s, sg in (("left", -1.0), ("right", 1.0)):  # back view: patient's left at x < 0
        half = poly.intersection(box(0, -50, 40, 40) if sg > 0 else box(-40, -50, 0, 40))
        fold = spline([(sg * 0.3, -1.0), (sg * 5.0, -3.3), (sg * 10.0, -3.1), (sg * 14.5, -0.8), (sg * 19.0, 1.8)])
        pts = sorted((tuple(p) for p in fold.sample(12)), key=lambda p: p[0])
        above_fold = side(spline(pts), "above")
        zone(t, f"buttock_{s}", "buttock", half.intersection(above_fold).intersection(top_cut), "buttock", s)
        zone(t, f"posterior_thigh_upper_{s}", "posterior_thigh_upper", half.difference(above_fold).intersection(mid_cut),
             "thigh", s)
        zone(t, f"posterior_thigh_lower_{s}", "posterior_thigh_lower", half.difference(mid_cut), "thigh", s)
        feature(t, fold.line().intersection(poly.buffer(-0.2)), 0.4, role="gluteal_fold")
        feature(t, Point(sg * 4.6, 12.4).buffer(0.45, 24).exterior, 0.3, role="dimple_of_venus", opacity=0.6)
    danger(t, "gluteal_cleft", "natal_cleft", LineString([(0, 10.5), (0, -1.5)]), 0.5, "caution")
    feature(t, spline([(0, 10.5), (0.1, 4.0), (0, -1.5)]), 0.4, role="natal_cleft")
    t.landmarks = {"psis_left": (-4.6, 12.4), "psis_right": (4.6, 12.4), "trochanter_left": (-hip, tro),
                   "trochanter_right": (hip, tro), "coccyx": (0, 8.0), "gluteal_fold_left": (-7.5, -3.3),
                   "gluteal_fold_right": (7.5, -3.3)}
    t.midline = LineString([(0, 14.0), (0, -8.0)])
    b_hip = semi_axis_for_perimeter(hip, mean("buttockcircumference", sex))
    from body_common import stations_from_outline
    pelvis = stations_from_outline(poly, np.linspace(-1.5, 13.9, 10), b_hip / hip)
    bodies = [{"id": "pelvis", "axis": "y", "stations": pelvis}]
    for s, sg in (("left", -1.0), ("right", 1.0)):
        bodies.append(_thigh_body(f"thigh_{s}", (sg * THIGH_CENTRE[0], sg * THIGH_CENTRE[1]), THIGH_YS, sec,
                                  extra=[-33.3, 0.0]))
    t.relief = {"kind": "cross_sections", "bodies": bodies}
    t.measurements = [
        circ_measurement("thigh_circumference", M_NAMES["thigh_circumference"], "thigh_right", THIGH_YS[0],
                         "ANSUR II thighcircumference"),
        measurement("hip_breadth", M_NAMES["hip_breadth"], "x", "trochanter_left", "trochanter_right",
                    "ANSUR II hipbreadth"),
    ]
    base_artwork(t)
    t.source_description = (
        "Buttocks and posterior thighs, back view, drawn with smooth curves to ANSUR II means (average of "
        f"the female and male means): hip breadth {2 * hip:.1f} cm at the trochanters, thigh "
        f"circumference {mean('thighcircumference', sex):.1f} cm at the gluteal furrow and "
        f"{mean('lowerthighcircumference', sex):.1f} cm above the knee; heights from trochanterion, crotch "
        "and knee heights. Relief: each thigh an ellipse per station whose perimeter is the ANSUR "
        "circumference (half-width 0.143 × circumference at the furrow); pelvis from the buttock "
        "circumference. Gluteal cleft: caution, 0.5 cm.")
    t.attribution = ANSUR_ATTRIBUTION
    t.checked_against = ["ANSUR II thighcircumference", "ANSUR II lowerthighcircumference", "ANSUR II hipbreadth",
                         "ANSUR II buttockcircumference", "ANSUR II trochanterionheight", "ANSUR II crotchheight"]
    return t


def thighs_anterior() -> TemplateSpec:
    """Anterior thighs, front view; origin on the midline at crotch height."""
    sex = "neutral"
    hip = mean("hipbreadth", sex) / 2
    tro = mean("trochanterionheight", sex) - mean("crotchheight", sex)
    sec = thigh_sections(sex)
    outline = _two_thighs([(0, 2.2), (4.0, 3.8), (9.0, 7.4), (13.6, 10.2), (16.3, 10.6), (17.4, 8.6),
                           (hip, tro)], -8.0)
    t = TemplateSpec("thighs_anterior", tr("t_thighs_anterior"), "front", sex, "thighs", outline)
    poly = t.outline_polygon()
    low_cut = side(spline([(-30, -26.5), (0, -27.0), (30, -26.5)]), "above")
    for s, sg in (("left", 1.0), ("right", -1.0)):  # front view: patient's left at x > 0
        half = poly.intersection(box(0, -50, 40, 40) if sg > 0 else box(-40, -50, 0, 40))
        inner = side(spline([(sg * 5.0, 4.0), (sg * 4.4, -10.0), (sg * 4.2, -22.0), (sg * 4.4, -30.0)]),
                     "left" if sg > 0 else "right")
        zone(t, f"inner_thigh_{s}", "inner_thigh", half.intersection(inner).intersection(low_cut), "thigh", s)
        zone(t, f"anterior_thigh_{s}", "anterior_thigh", half.difference(inner).intersection(low_cut), "thigh", s)
        zone(t, f"suprapatellar_{s}", "suprapatellar", half.difference(low_cut), "knee", s)
        crease = spline([(sg * 15.6, 10.0), (sg * 9.5, 5.8), (sg * 3.4, 2.9)])
        danger(t, f"inguinal_crease_{s}", "inguinal_crease", crease, 0.5, "avoid", s)
        feature(t, crease, 0.35, role="inguinal_crease")
        gsv = spline([(sg * 4.3, 2.6), (sg * 3.6, -8.0), (sg * 3.0, -20.0), (sg * 2.6, -31.5)])
        danger(t, f"great_saphenous_{s}", "great_saphenous", gsv, 0.5, "caution", s, VEIN_NOTE)
        vein(t, gsv)
        feature(t, spline([(sg * 4.6, -33.0), (sg * 7.0, -31.6), (sg * 9.4, -33.0)]), 0.35, ART_BONE, role="patella")
        feature(t, spline([(sg * 13.0, 8.0), (sg * 10.5, -6.0), (sg * 7.0, -20.0), (sg * 4.2, -30.5)]), 0.3,
                opacity=0.4, role="sartorius")
        feature(t, spline([(sg * 3.9, -22.5), (sg * 4.6, -27.5), (sg * 6.2, -31.0)]), 0.3, opacity=0.4,
                role="vastus_medialis")
    t.landmarks = {"asis_left": (12.4, 8.6), "asis_right": (-12.4, 8.6), "patella_top_left": (7.0, -32.2),
                   "patella_top_right": (-7.0, -32.2)}
    bodies = [_thigh_body(f"thigh_{s}", (sg * THIGH_CENTRE[0], sg * THIGH_CENTRE[1]), THIGH_YS, sec,
                          extra=[-33.3, 10.7]) for s, sg in (("left", 1.0), ("right", -1.0))]
    t.relief = {"kind": "cross_sections", "bodies": bodies}
    t.measurements = [circ_measurement("thigh_circumference", M_NAMES["thigh_circumference"], "thigh_left",
                                       THIGH_YS[0], "ANSUR II thighcircumference")]
    base_artwork(t)
    t.source_description = (
        "Anterior thighs, front view, from the inguinal creases to above the patellae, drawn with smooth "
        f"curves to ANSUR II means (average of the female and male means): thigh circumference "
        f"{mean('thighcircumference', sex):.1f} cm at the top and {mean('lowerthighcircumference', sex):.1f} cm "
        f"above the knee, hip breadth {2 * hip:.1f} cm. Relief: each thigh an ellipse per station whose "
        "perimeter is the ANSUR circumference. Inguinal creases: avoid, 0.5 cm; great saphenous veins: "
        "caution, 0.5 cm (mark the patient's own veins).")
    t.attribution = ANSUR_ATTRIBUTION
    t.checked_against = ["ANSUR II thighcircumference", "ANSUR II lowerthighcircumference", "ANSUR II hipbreadth"]
    return t


def thigh_lateral(side_name: str) -> TemplateSpec:
    """Lateral thigh and hip seen from the patient's ``side_name``; origin at crotch height."""
    sex = "neutral"
    ant = -1.0 if side_name == "left" else 1.0  # seen from the left, the patient faces the viewer's left
    tro = mean("trochanterionheight", sex) - mean("crotchheight", sex)
    crest = mean("iliocristaleheight", sex) - mean("crotchheight", sex)
    back = [(0, crest + 0.8), (6.0, crest + 0.6), (10.4, crest), (11.6, 17.5), (13.6, 10.5), (14.8, 5.0),
            (14.0, 0.5), (11.3, -2.6), (10.4, -8.0), (9.0, -18.0), (7.5, -27.0), (6.9, -33.2), (4.0, -34.2),
            (0.5, -34.4), (-3.5, -34.2), (-6.2, -33.3), (-6.6, -29.0), (-8.4, -22.0), (-10.0, -14.0),
            (-10.6, -5.0), (-10.0, 2.0), (-11.2, 8.0), (-12.0, 16.0), (-11.0, crest), (-6.0, crest + 0.6)]
    outline = spline([(-ant * x, y) for x, y in back], closed=True)
    t = TemplateSpec(f"thigh_lateral_{side_name}", tr(f"t_thigh_lateral_{side_name}"), side_name, sex, "thighs",
                     outline)
    if side_name == "left":
        t.description = free("The patient's left side; the patient faces the viewer's left.",
                             "Côté gauche du patient ; le patient regarde vers la gauche de l'image.",
                             "Lato sinistro del paziente; il paziente guarda verso sinistra.",
                             "Lado izquierdo del paciente; el paciente mira hacia la izquierda.",
                             "Lado esquerdo do doente; o doente olha para a esquerda.")
    else:
        t.description = free("The patient's right side; the patient faces the viewer's right.",
                             "Côté droit du patient ; le patient regarde vers la droite de l'image.",
                             "Lato destro del paziente; il paziente guarda verso destra.",
                             "Lado derecho del paciente; el paciente mira hacia la derecha.",
                             "Lado direito do doente; o doente olha para a direita.")
    poly = t.outline_polygon()
    c1 = side(spline([(-30, 12.5), (0, 11.5), (30, 12.5)]), "above")
    c2 = side(spline([(-30, -4.5), (0, -3.5), (30, -4.5)]), "above")
    c3 = side(spline([(-30, -18.5), (0, -18.0), (30, -18.5)]), "above")
    zone(t, f"hip_lateral_{side_name}", "hip_lateral", poly.intersection(c1), "hip", side_name)
    zone(t, f"trochanteric_{side_name}", "trochanteric", poly.intersection(c2).difference(c1), "hip", side_name)
    zone(t, f"lateral_thigh_upper_{side_name}", "lateral_thigh_upper", poly.intersection(c3).difference(c2),
         "thigh", side_name)
    zone(t, f"lateral_thigh_lower_{side_name}", "lateral_thigh_lower", poly.difference(c3), "thigh", side_name)
    lv = spline([(-ant * -1.5, -6.0), (-ant * -0.5, -20.0), (-ant * -2.0, -31.5)])
    danger(t, f"lateral_veins_{side_name}", "lateral_veins", lv, 0.5, "caution", side_name, VEIN_NOTE)
    vein(t, lv)
    t.landmarks = {f"trochanter_{side_name}": (0.0, tro), f"iliac_crest_{side_name}": (0.0, crest - 1.0),
                   f"lateral_knee_{side_name}": (-ant * -0.5, -33.6)}
    feature(t, Point(0, tro).buffer(1.2, 32).exterior, 0.3, ART_BONE, role="trochanter", opacity=0.6)
    feature(t, spline([(-ant * -9.0, crest - 0.4), (0, crest - 1.0), (-ant * 9.0, crest - 0.2)]), 0.35, ART_BONE,
            role="iliac_crest", opacity=0.6)
    feature(t, spline([(-ant * 13.8, 0.5), (-ant * 11.0, -2.2), (-ant * 8.0, -3.0)]), 0.35, role="gluteal_fold")
    for dx in (-1.6, 1.6):  # iliotibial tract
        feature(t, spline([(dx * 1.2, tro - 3.0), (dx, -12.0), (dx * 0.8 - ant * 0.3, -32.0)]), 0.3, opacity=0.35,
                role="iliotibial_tract")
    # thigh: across the picture the section's half-width is the thigh's half-depth (front to back)
    # the circumference goes linearly from the lower thigh (y=-31) to the thigh (y=-2) value;
    # each ellipse spans the drawn thigh and takes the depth that gives that perimeter
    c_top, c_low = mean("thighcircumference", sex), mean("lowerthighcircumference", sex)
    y_bottom = poly.bounds[1] + 0.05
    items = []
    for y in [y_bottom, *np.linspace(-31.0, -2.0, 8)]:
        f = min(1.0, max(0.0, (y - -31.0) / 29.0))
        x0, x1 = _extent(poly, float(y))
        hw = (x1 - x0) / 2
        items.append((float(y), (x0 + x1) / 2, hw, semi_axis_for_perimeter(hw, c_low + f * (c_top - c_low))))
    hip_items = []
    hip_half = mean("hipbreadth", sex) / 2
    waist_half = mean("waistbreadth", sex) / 2
    for y in np.linspace(-1.0, poly.bounds[3] - 0.05, 8):
        x0, x1 = _extent(poly, float(y))
        f = max(0.0, (y - tro) / (crest - tro))
        hip_items.append((float(y), (x0 + x1) / 2, (x1 - x0) / 2, hip_half + f * (waist_half - hip_half)))
    t.relief = {"kind": "cross_sections", "bodies": [
        {"id": f"thigh_{side_name}", "axis": "y", "stations": ellipse_stations(items)},
        {"id": f"hip_{side_name}", "axis": "y", "stations": ellipse_stations(hip_items)}]}
    t.measurements = [circ_measurement("thigh_circumference", M_NAMES["thigh_circumference"], f"thigh_{side_name}",
                                       -2.0, "ANSUR II thighcircumference")]
    base_artwork(t)
    t.source_description = (
        f"Lateral view of the {side_name} hip and thigh (the patient faces the viewer's "
        f"{'left' if ant < 0 else 'right'}), drawn with smooth curves to ANSUR II means (average of the female "
        "and male means): trochanter, iliac crest and crotch heights; thigh relief: ellipses spanning the drawn "
        f"thigh whose perimeter goes from the ANSUR thigh circumference {mean('thighcircumference', sex):.1f} cm at "
        "the gluteal furrow to "
        f"{mean('lowerthighcircumference', sex):.1f} cm above the knee; "
        "hip relief from the hip breadth. Lateral thigh veins: caution, 0.5 cm (mark the patient's own).")
    t.attribution = ANSUR_ATTRIBUTION
    t.checked_against = ["ANSUR II thighcircumference", "ANSUR II lowerthighcircumference", "ANSUR II hipbreadth",
                         "ANSUR II trochanterionheight", "ANSUR II iliocristaleheight"]
    return t


def _extent(poly: Polygon, y: float) -> tuple[float, float]:
    from body_common import extent_at
    return extent_at(poly, y)


from body_limbs2 import knee, lower_legs_back, lower_legs_front, upper_arm_posterior  # noqa: E402

__all__ = ["hand_dorsum", "buttocks_posterior_thighs", "thighs_anterior", "thigh_lateral", "knee",
           "lower_legs_back", "lower_legs_front", "upper_arm_posterior", "thigh_sections"]
