"""Body templates of the head, neck and hands: scalp from above, submental area and neck,
neck and décolleté (female, male), dorsum of the hand (left, right). Sized from ANSUR II."""

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
from body_geom import box, ellipse, semi_axis_for_perimeter, side, spline, symmetric_closed
from body_i18n import free, tr
from body_spec import ART_BONE, ArtSpec, TemplateSpec
from shapely.geometry import LineString, Point

NECK_DEPTH_RATIO = 0.9  # neck cross-section depth/breadth (assumed; perimeter = ANSUR circumference)


def scalp_top() -> TemplateSpec:
    """Scalp seen from above: face towards the top of the picture, patient's right on the right."""
    hl, hb = mean("headlength", "neutral"), mean("headbreadth", "neutral")
    a, b = hb / 2, hl / 2  # half breadth (x), half length (y)
    # egg shape: widest behind the centre (parietal eminences), narrower at the forehead
    half = [(0, b), (0.42 * a, 0.95 * b), (0.76 * a, 0.76 * b), (0.95 * a, 0.40 * b), (a, -0.06 * b),
            (0.95 * a, -0.45 * b), (0.78 * a, -0.76 * b), (0.45 * a, -0.95 * b), (0, -b)]
    outline = symmetric_closed(half)
    t = TemplateSpec("scalp_top", tr("t_scalp_top"), "top", "neutral", "scalp", outline)
    t.description = free(
        "Seen from above with the face towards the top of the picture: the patient's right is on the right.",
        "Vu de dessus, visage vers le haut de l'image : la droite du patient est à droite.",
        "Visto dall'alto con il viso verso l'alto dell'immagine: la destra del paziente è a destra.",
        "Visto desde arriba con la cara hacia arriba de la imagen: la derecha del paciente está a la derecha.",
        "Visto de cima com o rosto para o topo da imagem: a direita do doente está à direita.")
    poly = t.outline_polygon()
    hair_y = 0.70 * b
    hairline = spline([(-0.92 * a, 0.20 * b), (-0.70 * a, 0.56 * b), (-0.35 * a, hair_y - 0.15),
                       (0, hair_y), (0.35 * a, hair_y - 0.15), (0.70 * a, 0.56 * b), (0.92 * a, 0.20 * b)])
    behind = side(spline([(-30, 0.20 * b), (-0.92 * a, 0.20 * b), *[tuple(p) for p in hairline.sample(6)[1:-1]],
                          (0.92 * a, 0.20 * b), (30, 0.20 * b)]), "below")
    tl = 0.64 * a  # temporal lines
    temporal_r = side(spline([(tl + 0.3, -b - 2), (tl - 0.2, -0.2 * b), (tl + 0.2, 0.5 * b), (tl + 1, b + 2)]), "right")
    temporal_l = side(spline([(-tl - 0.3, -b - 2), (-tl + 0.2, -0.2 * b), (-tl - 0.2, 0.5 * b), (-tl - 1, b + 2)]), "left")
    c1 = side(spline([(-a, 0.30 * b + 0.6), (0, 0.30 * b), (a, 0.30 * b + 0.6)]), "below")
    c2 = side(spline([(-a, -0.18 * b + 0.5), (0, -0.18 * b), (a, -0.18 * b + 0.5)]), "below")
    c3 = side(spline([(-a, -0.56 * b + 0.8), (0, -0.56 * b), (a, -0.56 * b + 0.8)]), "below")
    mid = behind.difference(temporal_r).difference(temporal_l)
    zone(t, "frontal_scalp", "frontal_scalp", mid.difference(c1), "scalp")
    zone(t, "mid_scalp", "mid_scalp", mid.intersection(c1).difference(c2), "scalp")
    zone(t, "vertex", "vertex", mid.intersection(c2).difference(c3), "scalp")
    zone(t, "occipital_scalp", "occipital_scalp", behind.intersection(c3), "scalp")
    # top view seen from above and behind: the patient's right is on the viewer's right
    zone(t, "temporal_scalp_right", "temporal_scalp", behind.intersection(temporal_r).difference(c3), "scalp", "right")
    zone(t, "temporal_scalp_left", "temporal_scalp", behind.intersection(temporal_l).difference(c3), "scalp", "left")
    y_eu = -0.06 * b
    t.landmarks = {"glabella": (0, b), "opisthocranion": (0, -b), "frontal_hairline": (0, hair_y),
                   "vertex_point": (0, -0.28 * b), "euryon_left": (-a, y_eu), "euryon_right": (a, y_eu)}
    t.midline = LineString([(0, b), (0, -b)])
    # dome: each section across x is half an ellipse of the outline's width; its height scales
    # with the width so the surface is an ellipsoid cap, flat around the vertex
    dome_h = mean("tragiontopofhead", "neutral") - 4.5  # top of head above the widest level
    ys = np.linspace(-b + 0.05, b - 0.05, 31)
    st = stations_from_outline(poly, ys, dome_h / a)
    t.relief = {"kind": "cross_sections", "bodies": [{"id": "head", "axis": "y", "stations": st}]}
    t.measurements = [
        measurement("head_length", M_NAMES["head_length"], "y", "glabella", "opisthocranion", "ANSUR II headlength"),
        measurement("head_breadth", M_NAMES["head_breadth"], "x", "euryon_left", "euryon_right", "ANSUR II headbreadth"),
    ]
    hair_poly = poly.intersection(behind)
    t.artwork.append(ArtSpec("hair", "fill", smooth_curve_from_polygon(hair_poly, 0.5), "#d9c6b0", opacity=0.6))
    feature(t, hairline, 0.4, role="hairline")
    feature(t, spline([(-0.16 * a, b + 0.05), (0, b + 1.6), (0.16 * a, b + 0.05)]), 0.35, role="nose")
    for s in (-1, 1):  # ears, just visible beside the widest level
        feature(t, spline([(s * a * 0.98, 0.12 * b), (s * (a + 0.9), 0.0), (s * (a + 0.7), -0.25 * b),
                           (s * a * 0.99, -0.30 * b)]), 0.35, role="ear")
    base_artwork(t)
    t.source_description = (
        f"Head outline from above drawn with smooth curves to the ANSUR II mean head length "
        f"{hl:.1f} cm and breadth {hb:.1f} cm (mean of the female and male means). Relief: an "
        f"ellipsoid cap {dome_h:.1f} cm high over the widest level (tragion-to-top of head minus "
        "4.5 cm), flat near the vertex. Face towards the top of the picture; seen from above, the "
        "patient's right is on the viewer's right.")
    t.attribution = ANSUR_ATTRIBUTION
    t.checked_against = ["ANSUR II headlength", "ANSUR II headbreadth", "ANSUR II tragiontopofhead"]
    return t


def submental_neck() -> TemplateSpec:
    """Submental area and neck seen from the front and below (head tilted back), menton at y=0."""
    nc = mean("neckcircumference", "neutral")
    na = semi_axis_for_perimeter_ratio(nc, NECK_DEPTH_RATIO)
    bigonial = 0.75 * mean("bizygomaticbreadth", "neutral")  # bigonial ≈ 0.75 × bizygomatic
    g = bigonial / 2
    hy, th, sn = -6.0, -9.0, -15.8  # hyoid, thyroid notch, suprasternal notch (cm below menton)
    half = [(0, 2.3), (2.8, 1.7), (4.9, -0.9), (g + 1.2, -4.4), (g + 1.1, -7.9), (na, -10.0),
            (na + 0.1, -12.4), (na + 0.9, -14.5), (na + 2.0, -16.2), (4.0, -16.8), (0, -16.5)]
    outline = symmetric_closed(half)
    t = TemplateSpec("submental_neck", tr("t_submental"), "front", "neutral", "neck", outline)
    t.description = free(
        "Seen from the front and below with the head tilted back; the chin is at the top.",
        "Vu de face et d'en dessous, tête inclinée en arrière ; le menton est en haut.",
        "Visto di fronte e dal basso con la testa inclinata all'indietro; il mento è in alto.",
        "Visto de frente y desde abajo con la cabeza inclinada hacia atrás; el mentón está arriba.",
        "Visto de frente e de baixo com a cabeça inclinada para trás; o queixo está em cima.")
    poly = t.outline_polygon()
    border = spline([(-g - 3, -10.0), (-g, -7.5), (-g + 0.9, -3.6), (-2.6, -0.6), (0, 0), (2.6, -0.6),
                     (g - 0.9, -3.6), (g, -7.5), (g + 3, -10.0)])
    above = side(border, "above")
    below = poly.difference(above)
    hyoid_cut = side(spline([(-10, hy - 0.9), (-3, hy - 0.2), (0, hy), (3, hy - 0.2), (10, hy - 0.9)]), "below")
    sub_r = side(spline([(-2.4, -0.4), (-2.9, hy), (-3.6, -20)]), "right")
    sub_l = side(spline([(2.4, -0.4), (2.9, hy), (3.6, -20)]), "left")
    ant_r = side(spline([(-3.3, -20), (-3.0, th), (-2.8, hy)]), "right")
    ant_l = side(spline([(3.3, -20), (3.0, th), (2.8, hy)]), "left")
    upper = below.difference(hyoid_cut)
    lower = below.intersection(hyoid_cut)
    zone(t, "submental", "submental", upper.intersection(sub_r).intersection(sub_l), "neck")
    # front view: the patient's right is on the viewer's left (x < 0)
    zone(t, "submandibular_right", "submandibular", upper.difference(sub_r), "neck", "right")
    zone(t, "submandibular_left", "submandibular", upper.difference(sub_l), "neck", "left")
    zone(t, "anterior_neck", "anterior_neck", lower.intersection(ant_r).intersection(ant_l), "neck")
    zone(t, "lateral_neck_right", "lateral_neck", lower.difference(ant_r), "neck", "right")
    zone(t, "lateral_neck_left", "lateral_neck", lower.difference(ant_l), "neck", "left")
    danger(t, "mandible_lower_border", "mandible_border", poly.intersection(above), 1.5, "avoid",
           description=free(
               "Nothing above the mandible's lower border or within 1–1.5 cm below it (marginal "
               "mandibular nerve; deoxycholic acid label).",
               "Rien au-dessus du bord inférieur de la mandibule ni à moins de 1–1,5 cm en dessous "
               "(rameau marginal mandibulaire ; notice de l'acide désoxycholique).",
               "Nulla sopra il margine inferiore della mandibola né entro 1–1,5 cm sotto (ramo "
               "marginale mandibolare; scheda dell'acido desossicolico).",
               "Nada por encima del borde inferior de la mandíbula ni a menos de 1–1,5 cm por debajo "
               "(rama marginal mandibular; ficha del ácido desoxicólico).",
               "Nada acima do bordo inferior da mandíbula nem a menos de 1–1,5 cm abaixo (ramo "
               "marginal da mandíbula; bula do ácido desoxicólico)."))
    danger(t, "anterior_neck_midline", "neck_midline", LineString([(0, hy + 0.3), (0, sn)]), 1.0, "caution")
    t.landmarks = {"menton": (0, 0), "gonion_right": (-g, -7.5), "gonion_left": (g, -7.5), "hyoid": (0, hy),
                   "thyroid_notch": (0, th), "suprasternal_notch": (0, sn)}
    t.midline = LineString([(0, 2.3), (0, -16.5)])
    nd = na * NECK_DEPTH_RATIO
    ys = np.linspace(-16.4, 2.2, 24)
    st = stations_from_outline(poly, ys, NECK_DEPTH_RATIO)
    for s in st:  # the neck proper keeps the ANSUR section; the floor of the mouth is shallower
        if s["at"] <= -7.0:
            s["half_width"], s["center"], s["depth"] = round(min(s["half_width"], na + 2), 3), 0.0, round(nd, 3)
    t.relief = {"kind": "cross_sections", "bodies": [{"id": "neck", "axis": "y", "stations": st}]}
    t.measurements = [circ_measurement("neck_circumference", M_NAMES["neck_circumference"], "neck", -10.0,
                                       "ANSUR II neckcircumference")]
    feature(t, border.line(32).intersection(poly), 0.5, ART_BONE, role="mandible")
    feature(t, spline([(-1.1, th + 0.4), (0, th - 0.4), (1.1, th + 0.4)]), 0.3, role="larynx")
    feature(t, spline([(-1.6, hy + 0.1), (0, hy - 0.25), (1.6, hy + 0.1)]), 0.3, role="hyoid")
    for s in (-1, 1):  # sternocleidomastoid borders
        feature(t, spline([(s * (g + 0.6), -8.4), (s * 4.4, -11.0), (s * 2.9, -13.6), (s * 1.4, sn + 0.3)]), 0.25, opacity=0.6)
    feature(t, spline([(-1.4, sn + 0.5), (0, sn - 0.1), (1.4, sn + 0.5)]), 0.35, role="notch")
    base_artwork(t)
    t.source_description = (
        "Submental area and neck as seen from the front and below with the head tilted back "
        "(the view used for submental injection grids), drawn with smooth curves. Neck section "
        f"from the ANSUR II mean neck circumference {nc:.1f} cm (ellipse, depth/breadth "
        f"{NECK_DEPTH_RATIO}); bigonial breadth {bigonial:.1f} cm estimated as 0.75 × ANSUR II "
        "bizygomatic breadth. Danger zone: the mandible's lower border with a 1.5 cm margin "
        "(deoxycholic acid label: nothing above it or within 1–1.5 cm below it).")
    t.attribution = ANSUR_ATTRIBUTION
    t.checked_against = ["ANSUR II neckcircumference", "ANSUR II bizygomaticbreadth"]
    return t


def semi_axis_for_perimeter_ratio(perimeter: float, ratio: float) -> float:
    """Half-breadth a of an ellipse with depth b = ratio × a and the given perimeter."""
    lo, hi = 0.1, perimeter
    for _ in range(80):
        m = (lo + hi) / 2
        if semi_axis_for_perimeter(m, perimeter) > ratio * m:
            lo = m
        else:
            hi = m
    return (lo + hi) / 2


def ellipse_point(cx: float, cy: float, r: float) -> Point:
    return Point(cx, cy).buffer(r, 64)


__all__ = ["scalp_top", "submental_neck", "semi_axis_for_perimeter_ratio", "box", "ellipse",
           "ellipse_stations", "extent_at", "vein"]
