"""Body templates of the trunk: neck and décolleté (female, male), abdomen and flanks, upper
back and shoulders, lower back, buttocks and posterior thighs. Sized from ANSUR II means."""

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
    stations_from_outline,
    zone,
)
from body_geom import box, semi_axis_for_perimeter, side, spline, symmetric_closed
from body_head import NECK_DEPTH_RATIO, semi_axis_for_perimeter_ratio
from body_i18n import free, sided, tr
from body_spec import ART_BONE, ART_FEATURE, ArtSpec, TemplateSpec
from shapely.geometry import LineString, Point


def waist_section(sex: str) -> tuple[float, float]:
    """Half breadth and half depth of the waist ellipse (ANSUR breadth, perimeter = circumference)."""
    a = mean("waistbreadth", sex) / 2
    return a, semi_axis_for_perimeter(a, mean("waistcircumference", sex))


def trunk_ratio(sex: str) -> float:
    a, b = waist_section(sex)
    return b / a


def neck_decollete(sex: str) -> TemplateSpec:
    """Neck and décolleté, front view; origin at the suprasternal notch."""
    na = semi_axis_for_perimeter_ratio(mean("neckcircumference", sex), NECK_DEPTH_RATIO)
    ba = mean("biacromialbreadth", sex) / 2
    acr_y = mean("acromialheight", sex) - mean("suprasternaleheight", sex)
    nip_y = mean("chestheight", sex) - mean("suprasternaleheight", sex)
    nip_x = 0.34 * mean("chestbreadth", sex)
    bottom = nip_y - 5.5
    jaw = 9.0 if sex == "female" else 9.8
    half = [(0, jaw - 0.7), (2.8, jaw - 0.5), (na - 1.0, jaw - 0.15), (na - 0.25, jaw - 0.55),
            (na, jaw - 1.6), (na + 0.5, 4.6), (na + 3.2, 2.5), (ba - 5.0, 1.7), (ba - 0.6, acr_y + 0.3),
            (ba + 1.5, acr_y - 1.6), (ba + 1.7, -5.0), (ba - 0.6, -9.8), (ba - 1.5, bottom + 4.0),
            (ba - 1.9, bottom + 1.2), (ba - 2.8, bottom + 0.1), (ba - 6.0, bottom), (0, bottom)]
    outline = symmetric_closed(half)
    key = "t_decollete_f" if sex == "female" else "t_decollete_m"
    t = TemplateSpec(f"neck_decollete_{sex}", tr(key), "front", sex, "neck", outline)
    poly = t.outline_polygon()
    clav = side(spline([(-ba - 4, acr_y - 0.5), (-ba, acr_y), (-ba / 2, -0.3), (-2.0, 0.4), (0, 0.3),
                        (2.0, 0.4), (ba / 2, -0.3), (ba, acr_y), (ba + 4, acr_y - 0.5)]), "above")
    neck = poly.intersection(clav)
    chest = poly.difference(clav)
    zone(t, "neck_right", "neck_side", neck.intersection(box(-40, -5, 0, 40)), "neck", "right")
    zone(t, "neck_left", "neck_side", neck.intersection(box(0, -5, 40, 40)), "neck", "left")
    v_bottom = -12.5 if sex == "female" else -14.0
    vee = side(spline([(-ba, 2.0), (-6.5, -1.0), (-2.5, v_bottom + 3.0), (0, v_bottom), (2.5, v_bottom + 3.0),
                       (6.5, -1.0), (ba, 2.0)]), "above")
    upper_limit = side(spline([(-ba - 4, nip_y + 3.0), (-nip_x, nip_y + 4.0 if sex == "female" else nip_y + 3.0),
                               (0, nip_y + 3.5), (nip_x, nip_y + 4.0 if sex == "female" else nip_y + 3.0),
                               (ba + 4, nip_y + 3.0)]), "above")
    zone(t, "decollete", "decollete", chest.intersection(vee), "chest")
    upper = chest.difference(vee).intersection(upper_limit)
    zone(t, "upper_chest_right", "upper_chest", upper.intersection(box(-40, -40, 0, 10)), "chest", "right")
    zone(t, "upper_chest_left", "upper_chest", upper.intersection(box(0, -40, 40, 10)), "chest", "left")
    areola = 2.0 if sex == "female" else 1.4
    for s, sgn in (("left", 1), ("right", -1)):
        danger(t, f"nipple_areola_{s}", "nipple_areola", Point(sgn * nip_x, nip_y).buffer(areola, 48),
               1.0, "avoid", s)
    danger(t, "anterior_neck_midline", "neck_midline", LineString([(0, jaw - 1.6), (0, 0.2)]), 1.0, "caution")
    t.landmarks = {"suprasternal_notch": (0, 0), "acromion_left": (ba, acr_y), "acromion_right": (-ba, acr_y),
                   "nipple_left": (nip_x, nip_y), "nipple_right": (-nip_x, nip_y),
                   "thyroid_notch": (0, jaw - 3.4)}
    t.midline = LineString([(0, jaw - 1.4), (0, bottom)])
    ratio = trunk_ratio(sex)
    neck_st = ellipse_stations([(y, 0.0, na, na * NECK_DEPTH_RATIO) for y in (1.5, jaw + 0.5)])
    trunk_st = stations_from_outline(poly, np.linspace(bottom + 0.05, 1.4, 16), ratio)
    t.relief = {"kind": "cross_sections", "bodies": [{"id": "neck", "axis": "y", "stations": neck_st},
                                                     {"id": "chest", "axis": "y", "stations": trunk_st}]}
    t.measurements = [
        measurement("biacromial_breadth", M_NAMES["biacromial_breadth"], "x", "acromion_right", "acromion_left",
                    "ANSUR II biacromialbreadth"),
        circ_measurement("neck_circumference", M_NAMES["neck_circumference"], "neck", 4.0,
                         "ANSUR II neckcircumference"),
    ]
    for s in (-1, 1):
        feature(t, spline([(s * 1.6, 0.5), (s * 6.0, 0.2), (s * (ba / 2 + 2), -0.4), (s * (ba - 0.8), acr_y + 0.1)]),
                0.45, ART_BONE, role="clavicle")
        feature(t, spline([(s * (na - 0.2), jaw - 1.8), (s * 3.2, 4.0), (s * 1.4, 0.8)]), 0.25, opacity=0.6)
        feature(t, Point(s * nip_x, nip_y).buffer(areola, 48).exterior, 0.35, "#b07a6a", role="areola")
        if sex == "female":
            feature(t, spline([(s * (nip_x - 6.5), nip_y + 2.5), (s * (nip_x - 3), nip_y + 4.6),
                               (s * (nip_x + 3.5), nip_y + 4.4), (s * (nip_x + 6.5), nip_y + 1.0)]),
                    0.3, opacity=0.5, role="breast")
    feature(t, spline([(-1.3, 0.6), (0, -0.2), (1.3, 0.6)]), 0.35, role="notch")
    base_artwork(t)
    t.source_description = (
        f"Neck and upper chest ({sex}), front view, drawn with smooth curves to ANSUR II means: "
        f"biacromial breadth {2 * ba:.1f} cm, neck circumference {mean('neckcircumference', sex):.1f} cm "
        f"(neck ellipse, depth/breadth {NECK_DEPTH_RATIO}), nipple level {-nip_y:.1f} cm below the "
        "suprasternal notch (suprasternale height − chest height), nipples 0.68 × chest breadth apart. "
        f"Chest relief: ellipses of the outline's width with the depth/breadth ratio {ratio:.2f} of the "
        "ANSUR II waist (waist breadth and circumference). Nipple–areola complex: avoid, 1 cm margin.")
    t.attribution = ANSUR_ATTRIBUTION
    t.checked_against = ["ANSUR II biacromialbreadth", "ANSUR II neckcircumference", "ANSUR II chestheight",
                         "ANSUR II suprasternaleheight", "ANSUR II chestbreadth"]
    return t


def abdomen_flanks() -> TemplateSpec:
    """Abdomen and flanks, front view; origin at the umbilicus."""
    sex = "neutral"
    wa, wb = waist_section(sex)
    xi = mean("suprasternaleheight", sex) - 18.5 - mean("waistheightomphalion", sex)
    pu = mean("crotchheight", sex) + 7.0 - mean("waistheightomphalion", sex)
    hip = mean("hipbreadth", sex) / 2
    top = xi + 3.0
    half = [(0, top), (7.0, top - 0.1), (wa - 4.0, top - 0.35), (wa - 2.5, top - 1.4), (wa - 1.5, xi - 3.0),
            (wa - 0.6, 7.0), (wa, 0.0), (wa + 0.9, -5.0), (hip - 0.3, -9.5), (hip - 1.5, pu + 1.2),
            (11.0, pu - 0.4), (5.0, pu - 2.2), (0, pu - 2.6)]
    outline = symmetric_closed(half)
    t = TemplateSpec("abdomen_flanks", tr("t_abdomen"), "front", sex, "abdomen", outline)
    poly = t.outline_polygon()
    up = side(spline([(-30, 6.5), (-8, 6.0), (0, 5.8), (8, 6.0), (30, 6.5)]), "above")
    low = side(spline([(-30, -6.5), (-8, -5.6), (0, -5.4), (8, -5.6), (30, -6.5)]), "below")
    mcl_r = side(spline([(-6.2, -40), (-6.6, pu), (-8.2, 0), (-8.8, top + 5)]), "left")
    mcl_l = side(spline([(6.2, -40), (6.6, pu), (8.2, 0), (8.8, top + 5)]), "right")
    centre = poly.difference(mcl_r).difference(mcl_l)
    zone(t, "epigastric", "epigastric", centre.intersection(up), "abdomen")
    zone(t, "periumbilical", "periumbilical", centre.difference(up).difference(low), "abdomen")
    zone(t, "hypogastric", "hypogastric", centre.intersection(low), "abdomen")
    for s, region in (("right", mcl_r), ("left", mcl_l)):  # front view: patient's left at x > 0
        lat = poly.intersection(region)
        zone(t, f"hypochondrium_{s}", "hypochondrium", lat.intersection(up), "abdomen", s)
        zone(t, f"flank_{s}", "flank", lat.difference(up).difference(low), "abdomen", s)
        zone(t, f"iliac_{s}", "iliac", lat.intersection(low), "abdomen", s)
    danger(t, "umbilicus_area", "umbilicus", Point(0, 0).buffer(1.0, 48), 1.0, "avoid")
    asis = (12.0, -7.6)
    for s, sgn in (("left", 1), ("right", -1)):
        crease = spline([(sgn * (hip - 1.2), pu + 2.2), (sgn * 9.0, pu - 0.2), (sgn * 3.2, pu - 1.8)])
        danger(t, f"inguinal_crease_{s}", "inguinal_crease", crease, 0.5, "avoid", s)
        feature(t, crease, 0.35, role="inguinal_crease")
        feature(t, spline([(sgn * 1.2, xi), (sgn * 6.0, xi - 3.6), (sgn * 10.5, xi - 6.5),
                           (sgn * (wa - 0.8), xi - 8.8)]), 0.3, ART_BONE, role="costal_margin", opacity=0.7)
    t.landmarks = {"xiphoid": (0, xi), "umbilicus": (0, 0), "pubis": (0, pu), "waist_left": (wa, 0),
                   "waist_right": (-wa, 0), "asis_left": asis, "asis_right": (-asis[0], asis[1])}
    t.midline = LineString([(0, xi), (0, pu)])
    ratio = wb / wa
    st = stations_from_outline(poly, np.linspace(pu - 2.5, top - 0.05, 20), ratio)
    for s in st:  # the waist station keeps the ANSUR section exactly
        if abs(s["at"]) < 1e-6:
            s["half_width"], s["depth"] = round(wa, 3), round(wb, 3)
    if not any(abs(s["at"]) < 1e-6 for s in st):
        st.append({"at": 0.0, "center": 0.0, "half_width": round(wa, 3), "depth": round(wb, 3)})
        st.sort(key=lambda s: s["at"])
    t.relief = {"kind": "cross_sections", "bodies": [{"id": "trunk", "axis": "y", "stations": st}]}
    t.measurements = [
        measurement("waist_breadth", M_NAMES["waist_breadth"], "x", "waist_right", "waist_left",
                    "ANSUR II waistbreadth"),
        circ_measurement("waist_circumference", M_NAMES["waist_circumference"], "trunk", 0.0,
                         "ANSUR II waistcircumference"),
    ]
    feature(t, Point(0, 0).buffer(0.55, 32).exterior, 0.4, role="umbilicus")
    feature(t, spline([(0, xi - 0.5), (0, 1.6)]), 0.25, opacity=0.4, role="linea_alba")
    for sg in (-1.0, 1.0):  # lateral borders of the rectus abdominis, ASIS marks
        feature(t, spline([(sg * 6.6, xi - 3.5), (sg * 7.6, 3.0), (sg * 6.4, -7.0), (sg * 3.4, pu + 0.6)]), 0.25,
                opacity=0.35, role="linea_semilunaris")
        feature(t, Point(sg * asis[0], asis[1]).buffer(0.5, 24).exterior, 0.3, ART_BONE, opacity=0.6, role="asis")
    base_artwork(t)
    t.source_description = (
        "Abdomen and flanks, front view, drawn with smooth curves to ANSUR II means (average of the "
        f"female and male means): waist breadth {2 * wa:.1f} cm at the umbilicus, waist circumference "
        f"{mean('waistcircumference', sex):.1f} cm, hip breadth {2 * hip:.1f} cm. Xiphoid estimated 18.5 cm "
        "below the suprasternal notch, pubis 7 cm above crotch height. Relief: elliptical cross-sections "
        f"whose half-width is the outline's and whose depth/breadth ratio ({ratio:.2f}) makes the waist "
        "section's perimeter equal the mean waist circumference. Umbilicus: avoid (1 cm margin); inguinal "
        "creases: avoid (0.5 cm).")
    t.attribution = ANSUR_ATTRIBUTION
    t.checked_against = ["ANSUR II waistbreadth", "ANSUR II waistcircumference", "ANSUR II hipbreadth",
                         "ANSUR II waistheightomphalion", "ANSUR II suprasternaleheight", "ANSUR II crotchheight"]
    return t


def _spine_danger(t: TemplateSpec, y0: float, y1: float) -> None:
    danger(t, "spine_midline", "spine", LineString([(0, y0), (0, y1)]), 1.0, "caution",
           description=free("Spinous processes lie just under the skin on the midline.",
                            "Les apophyses épineuses sont juste sous la peau sur la ligne médiane.",
                            "I processi spinosi sono appena sotto la pelle sulla linea mediana.",
                            "Las apófisis espinosas están justo bajo la piel en la línea media.",
                            "Os processos espinhosos estão logo abaixo da pele na linha média."))


def upper_back_shoulders() -> TemplateSpec:
    """Upper back and shoulders, back view; origin at the cervicale (C7)."""
    sex = "neutral"
    ba = mean("biacromialbreadth", sex) / 2
    bd = mean("bideltoidbreadth", sex) / 2
    acr = mean("acromialheight", sex) - mean("cervicaleheight", sex)
    na = semi_axis_for_perimeter_ratio(mean("neckcircumferencebase", sex), NECK_DEPTH_RATIO) - 0.6
    bot = -27.0
    half = [(0, 8.5), (na - 0.3, 8.3), (na, 4.0), (na + 2.0, 0.2), (ba - 6.0, acr + 3.2), (ba + 0.3, acr + 0.2),
            (bd - 0.9, acr - 3.2), (bd, acr - 7.5), (bd - 0.7, -19.0), (bd - 2.4, -21.2), (ba - 1.6, -20.2),
            (ba - 2.2, -24.0), (ba - 3.0, bot + 0.3), (ba - 8.0, bot), (0, bot)]
    outline = symmetric_closed(half)
    t = TemplateSpec("upper_back_shoulders", tr("t_upper_back"), "back", sex, "back", outline)
    poly = t.outline_polygon()
    neck_cut = side(spline([(-20, 1.5), (-na - 1.0, 1.2), (0, 0.8), (na + 1.0, 1.2), (20, 1.5)]), "above")
    zone(t, "posterior_neck", "posterior_neck", poly.intersection(neck_cut), "neck")
    body = poly.difference(neck_cut)
    for s, sgn in (("left", -1), ("right", 1)):  # back view: patient's left at x < 0
        spine_line = spline([(sgn * 4.0, -10.2), (sgn * 7.2, -9.6), (sgn * 12.0, acr - 2.0),
                             (sgn * (ba - 1.0), acr - 0.4), (sgn * (ba + 6), acr + 1.0)])
        pts = [tuple(p) for p in spine_line.sample(12)]
        pts = sorted(pts, key=lambda p: p[0])
        above = side(spline(pts), "above")
        delt_line = spline([(sgn * (ba - 1.6), -30), (sgn * (ba - 1.0), -16), (sgn * (ba - 1.3), acr - 1.0),
                            (sgn * (ba - 0.6), 10)])
        lateral = side(delt_line, "right" if sgn > 0 else "left")
        medial_border = spline([(sgn * 6.8, -30), (sgn * 7.6, -19.5), (sgn * 7.0, -8.0), (sgn * 6.0, 10)])
        beyond_medial = side(medial_border, "right" if sgn > 0 else "left")
        half_side = body.intersection(box(0, -40, 40, 40) if sgn > 0 else box(-40, -40, 0, 40))
        zone(t, f"deltoid_posterior_{s}", "deltoid_posterior", half_side.intersection(lateral), "upper_arm", s)
        rest = half_side.difference(lateral)
        zone(t, f"trapezius_{s}", "trapezius", rest.intersection(above).intersection(beyond_medial).union(
            rest.intersection(above).intersection(box(-40, acr - 3.0, 40, 40))), "trunk", s)
        zone(t, f"scapular_{s}", "scapular", rest.difference(above).intersection(beyond_medial), "trunk", s)
        zone(t, f"interscapular_{s}", "interscapular", rest.difference(beyond_medial).difference(
            box(-40, acr - 3.0, 40, 40)), "trunk", s)
        feature(t, spline(pts).line().intersection(poly.buffer(-0.3)), 0.5, ART_BONE, role="scapular_spine", opacity=0.8)
        feature(t, spline([(sgn * 7.3, -4.2), (sgn * 11.5, -5.4), (sgn * 15.0, -7.4), (sgn * 16.6, -9.8),
                           (sgn * 14.6, -14.0), (sgn * 11.2, -18.2), (sgn * 9.5, -19.5), (sgn * 8.2, -16.5),
                           (sgn * 7.4, -11.0)], closed=True), 0.35, ART_BONE, role="scapula", opacity=0.55)
    _spine_danger(t, 8.3, bot + 0.2)
    t.landmarks = {"cervicale": (0, 0), "acromion_left": (-ba, acr), "acromion_right": (ba, acr),
                   "inferior_angle_left": (-9.5, -19.5), "inferior_angle_right": (9.5, -19.5)}
    t.midline = LineString([(0, 8.5), (0, bot)])
    ratio = trunk_ratio(sex)
    neck_st = ellipse_stations([(y, 0.0, na, na * NECK_DEPTH_RATIO) for y in (0.0, 8.5)])
    st = stations_from_outline(poly, np.linspace(bot + 0.05, 1.0, 16), ratio)
    t.relief = {"kind": "cross_sections", "bodies": [{"id": "neck", "axis": "y", "stations": neck_st},
                                                     {"id": "upper_trunk", "axis": "y", "stations": st}]}
    t.measurements = [measurement("biacromial_breadth", M_NAMES["biacromial_breadth"], "x", "acromion_left",
                                  "acromion_right", "ANSUR II biacromialbreadth")]
    for s in (-1, 1):
        feature(t, spline([(s * 1.0, 6.5), (s * 4.0, 1.0), (s * 11.0, acr + 1.0), (s * (ba - 1), acr - 0.5)]),
                0.25, opacity=0.45, role="trapezius_border")
    base_artwork(t)
    t.source_description = (
        "Upper back and shoulders, back view, drawn with smooth curves to ANSUR II means (average of the "
        f"female and male means): biacromial breadth {2 * ba:.1f} cm, bideltoid breadth {2 * bd:.1f} cm, "
        f"acromion {-acr:.1f} cm below the cervicale, neck from the neck base circumference. Relief: "
        f"ellipses of the outline's width, depth/breadth {ratio:.2f} (ANSUR II waist ratio). Spinous "
        "processes: caution, 1 cm.")
    t.attribution = ANSUR_ATTRIBUTION
    t.checked_against = ["ANSUR II biacromialbreadth", "ANSUR II bideltoidbreadth", "ANSUR II acromialheight",
                         "ANSUR II cervicaleheight", "ANSUR II neckcircumferencebase"]
    return t


def lower_back() -> TemplateSpec:
    """Lower back, back view; origin on the midline at waist level (end of waist back length)."""
    sex = "neutral"
    wa, wb = waist_section(sex)
    hip = mean("hipbreadth", sex) / 2
    crest = mean("iliocristaleheight", sex) - mean("waistheightomphalion", sex)
    wbl = mean("waistbacklength", sex)
    top, bot = round(wbl / 3.0, 1), -14.0  # up to about T10: a third of the cervicale-to-waist length
    half = [(0, top), (8.0, top), (wa - 2.8, top - 0.15), (wa - 1.5, top - 1.3), (wa - 1.0, 8.0), (wa, 0.0),
            (wa + 0.9, -5.0),
            (hip - 0.2, -10.0), (hip - 0.8, bot + 0.6), (hip - 5.0, bot), (0, bot)]
    outline = symmetric_closed(half)
    t = TemplateSpec("lower_back", tr("t_lower_back"), "back", sex, "back", outline)
    poly = t.outline_polygon()
    sac = side(spline([(-30, -4.0), (-7.0, -6.0), (0, -4.5), (7.0, -6.0), (30, -4.0)]), "below")
    sac_core = side(spline([(-7.5, -30), (-6.5, -9), (-4.0, -4.5)]), "right").intersection(
        side(spline([(7.5, -30), (6.5, -9), (4.0, -4.5)]), "left"))
    zone(t, "sacral", "sacral", poly.intersection(sac).intersection(sac_core), "trunk")
    upper = poly.difference(sac)
    for s, sgn in (("left", -1), ("right", 1)):  # back view: patient's left at x < 0
        half_side = box(0, -40, 40, 40) if sgn > 0 else box(-40, -40, 0, 40)
        flank_line = side(spline([(sgn * 8.6, -30), (sgn * 8.2, 0), (sgn * 8.8, 30)]), "right" if sgn > 0 else "left")
        zone(t, f"lumbar_{s}", "lumbar", upper.intersection(half_side).difference(flank_line), "trunk", s)
        zone(t, f"posterior_flank_{s}", "posterior_flank", upper.intersection(half_side).intersection(flank_line),
             "trunk", s)
        zone(t, f"upper_buttock_{s}", "upper_buttock", poly.intersection(sac).difference(sac_core).intersection(half_side),
             "buttock", s)
        feature(t, spline([(sgn * 3.0, crest + 1.0), (sgn * 8.0, crest + 1.8), (sgn * 12.0, crest + 0.6),
                           (sgn * (wa + 0.2), crest - 2.5)]), 0.35, ART_BONE, role="iliac_crest", opacity=0.7)
        feature(t, Point(sgn * 4.6, -6.6).buffer(0.45, 24).exterior, 0.3, role="dimple_of_venus", opacity=0.6)
    _spine_danger(t, top - 0.2, bot + 0.3)
    t.landmarks = {"waist_back": (0, 0), "waist_left": (-wa, 0), "waist_right": (wa, 0),
                   "psis_left": (-4.6, -6.6), "psis_right": (4.6, -6.6)}
    t.midline = LineString([(0, top), (0, bot)])
    st = stations_from_outline(poly, np.linspace(bot + 0.05, top - 0.05, 16), wb / wa)
    t.relief = {"kind": "cross_sections", "bodies": [{"id": "trunk", "axis": "y", "stations": st}]}
    t.measurements = [measurement("waist_breadth", M_NAMES["waist_breadth"], "x", "waist_left", "waist_right",
                                  "ANSUR II waistbreadth")]
    feature(t, spline([(0, -9.0), (0, bot + 0.2)]), 0.35, ART_FEATURE, role="natal_cleft")
    base_artwork(t)
    t.source_description = (
        "Lower back, back view, drawn with smooth curves to ANSUR II means (average of the female and "
        f"male means): waist breadth {2 * wa:.1f} cm at the waist (omphalion) level, hip breadth "
        f"{2 * hip:.1f} cm; iliac crests from iliocristale height; the top edge is a third of the waist back "
        f"length ({wbl:.1f} cm, cervicale to waist) above the waist. Relief: waist ellipse (breadth and "
        "circumference). Spinous processes: caution, 1 cm.")
    t.attribution = ANSUR_ATTRIBUTION
    t.checked_against = ["ANSUR II waistbreadth", "ANSUR II waistcircumference", "ANSUR II hipbreadth",
                         "ANSUR II iliocristaleheight", "ANSUR II waistbacklength"]
    return t


__all__ = ["neck_decollete", "abdomen_flanks", "upper_back_shoulders", "lower_back", "trunk_ratio",
           "waist_section", "ArtSpec", "sided"]
