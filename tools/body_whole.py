"""Whole-body overview templates (front and back, female and male) from the body-outline charts.

The reference SVGs (react-native-body-highlighter 3.2.0, MIT, see
/work/shared/reference/body_outline/NOTICE.md; a copy of the charts' licence and attribution is
kept in NOTICE.md) are parsed with svgelements, scaled so that vertex-to-heel equals the ANSUR II
mean stature, turned y-up and centred on the midline. Each muscle group becomes one zone per
patient side: the SVGs' class="left" is the VIEWER's left, i.e. the patient's right on the front
view and the patient's left on the back view. The silhouette is the union of every part, closed
by a small buffer and bridged where parts do not touch. Stylised proportions: for choosing pain
zones, not for measuring.
"""

from __future__ import annotations

import os
import xml.etree.ElementTree as ET
from pathlib import Path

import numpy as np
import svgelements as se
from body_ansur import mean
from body_common import M_NAMES, measurement
from body_i18n import tr
from body_spec import SNOMED, ArtSpec, TemplateSpec, ZoneSpec
from shapely.geometry import LineString, Polygon
from shapely.geometry.base import BaseGeometry
from shapely.ops import nearest_points, unary_union

REF_DIR = Path(os.environ.get("MESOMAP_BODY_OUTLINE_DIR", "/work/shared/reference/body_outline"))
NS = "{http://www.w3.org/2000/svg}"
SVG_ATTRIBUTION = ("Body-outline charts from react-native-body-highlighter 3.2.0, Copyright (c) 2022 "
                   "ELABBASSI Hicham, MIT License (see NOTICE.md); scaled to ANSUR II mean stature (US "
                   "Army 2012 survey, public domain).")

GROUPS: dict[str, tuple[tuple[str, str, str, str, str], str | None]] = {
    "chest": (("Chest", "Pectoraux", "Pettorali", "Pectorales", "Peitorais"), "chest"),
    "abs": (("Abdominal muscles", "Abdominaux", "Addominali", "Abdominales", "Abdominais"), "abdomen"),
    "obliques": (("Obliques (flank)", "Obliques (flanc)", "Obliqui (fianco)", "Oblicuos (flanco)",
                  "Oblíquos (flanco)"), "abdomen"),
    "deltoids": (("Deltoid (shoulder)", "Deltoïde (épaule)", "Deltoide (spalla)", "Deltoides (hombro)",
                  "Deltoide (ombro)"), "upper_arm"),
    "trapezius": (("Trapezius", "Trapèze", "Trapezio", "Trapecio", "Trapézio"), "trunk"),
    "biceps": (("Biceps", "Biceps", "Bicipite", "Bíceps", "Bíceps"), "upper_arm"),
    "triceps": (("Triceps", "Triceps", "Tricipite", "Tríceps", "Tríceps"), "upper_arm"),
    "forearm": (("Forearm", "Avant-bras", "Avambraccio", "Antebrazo", "Antebraço"), None),
    "hands": (("Hand", "Main", "Mano", "Mano", "Mão"), "hand"),
    "quadriceps": (("Quadriceps (front of thigh)", "Quadriceps (avant de la cuisse)",
                    "Quadricipite (coscia anteriore)", "Cuádriceps (muslo anterior)",
                    "Quadríceps (coxa anterior)"), "thigh"),
    "adductors": (("Adductors (inner thigh)", "Adducteurs (face interne de la cuisse)",
                   "Adduttori (interno coscia)", "Aductores (cara interna del muslo)",
                   "Adutores (face interna da coxa)"), "thigh"),
    "hamstring": (("Hamstrings (back of thigh)", "Ischio-jambiers (arrière de la cuisse)",
                   "Ischiocrurali (coscia posteriore)", "Isquiotibiales (muslo posterior)",
                   "Isquiotibiais (coxa posterior)"), "thigh"),
    "knees": (("Knee", "Genou", "Ginocchio", "Rodilla", "Joelho"), "knee"),
    "tibialis": (("Shin (tibialis anterior)", "Jambe, face antérieure (tibial antérieur)",
                  "Stinco (tibiale anteriore)", "Espinilla (tibial anterior)", "Canela (tibial anterior)"),
                 "lower_leg"),
    "calves": (("Calf", "Mollet", "Polpaccio", "Pantorrilla", "Panturrilha"), "lower_leg"),
    "ankles": (("Ankle", "Cheville", "Caviglia", "Tobillo", "Tornozelo"), None),
    "feet": (("Foot", "Pied", "Piede", "Pie", "Pé"), None),
    "neck": (("Neck", "Cou", "Collo", "Cuello", "Pescoço"), "neck"),
    "head": (("Head (face)", "Tête (visage)", "Testa (viso)", "Cabeza (cara)", "Cabeça (rosto)"), "face"),
    "hair": (("Scalp", "Cuir chevelu", "Cuoio capelluto", "Cuero cabelludo", "Couro cabeludo"), "scalp"),
    "gluteal": (("Buttock (gluteal muscles)", "Fesse (muscles fessiers)", "Gluteo (muscoli glutei)",
                 "Glúteo (músculos glúteos)", "Nádega (músculos glúteos)"), "buttock"),
    "upper-back": (("Upper back", "Haut du dos", "Parte alta della schiena", "Parte alta de la espalda",
                    "Parte superior das costas"), "trunk"),
    "lower-back": (("Lower back", "Bas du dos (lombaires)", "Zona lombare", "Zona lumbar", "Região lombar"), "trunk"),
}
SIDE_WORDS = {"left": ("left", "côté gauche", "lato sinistro", "lado izquierdo", "lado esquerdo"),
              "right": ("right", "côté droit", "lato destro", "lado derecho", "lado direito")}
LANGS = ("en", "fr", "it", "es", "pt")


def group_names(group: str, side: str | None) -> dict[str, str]:
    names = GROUPS[group][0]
    if side is None:
        return dict(zip(LANGS, names, strict=True))
    return {lang: f"{n}, {w}" for lang, n, w in zip(LANGS, names, SIDE_WORDS[side], strict=True)}


def _fmt(v: float) -> str:
    return f"{round(float(v), 3):g}"


def path_d_cm(path: se.Path) -> str:
    """SVG path data (already transformed to cm) with only M, L, Q, C and Z commands."""
    out = []
    for seg in path.segments():
        if isinstance(seg, se.Move):
            out.append(f"M {_fmt(seg.end.x)} {_fmt(seg.end.y)}")
        elif isinstance(seg, se.Close):
            out.append("Z")
        elif isinstance(seg, se.Line):
            out.append(f"L {_fmt(seg.end.x)} {_fmt(seg.end.y)}")
        elif isinstance(seg, se.QuadraticBezier):
            out.append(f"Q {_fmt(seg.control.x)} {_fmt(seg.control.y)} {_fmt(seg.end.x)} {_fmt(seg.end.y)}")
        elif isinstance(seg, se.CubicBezier):
            out.append(f"C {_fmt(seg.control1.x)} {_fmt(seg.control1.y)} {_fmt(seg.control2.x)} "
                       f"{_fmt(seg.control2.y)} {_fmt(seg.end.x)} {_fmt(seg.end.y)}")
        elif isinstance(seg, se.Arc):
            for c in seg.as_cubic_curves():
                out.append(f"C {_fmt(c.control1.x)} {_fmt(c.control1.y)} {_fmt(c.control2.x)} "
                           f"{_fmt(c.control2.y)} {_fmt(c.end.x)} {_fmt(c.end.y)}")
    return " ".join(out)


def connect(geom: BaseGeometry, width: float) -> Polygon:
    """One polygon from possibly separate parts: bridge the nearest parts with thin strips."""
    parts = [g for g in getattr(geom, "geoms", [geom]) if g.geom_type == "Polygon" and g.area > 1e-4]
    merged = unary_union(parts)
    while merged.geom_type != "Polygon":
        comps = sorted(merged.geoms, key=lambda g: -g.area)
        main, rest = comps[0], unary_union(comps[1:])
        a, b = nearest_points(main, rest)
        bridge = LineString([a, b]).buffer(width / 2, 16)
        merged = unary_union([merged, bridge])
    return merged


def _read(sex: str, view: str) -> list[tuple[str, str, str]]:
    root = ET.parse(REF_DIR / f"{sex}_{view}.svg").getroot()
    out = []
    for g in root.iter(NS + "g"):
        for p in g.iter(NS + "path"):
            out.append((g.get("id", ""), p.get("class", "common"), p.get("d", "")))
    return out


def whole_body(sex: str, view: str) -> TemplateSpec:
    from mesomap.core.templates import geometry as g

    raw = _read(sex, view)
    paths = [se.Path(d) for _, _, d in raw]
    boxes = np.array([p.bbox() for p in paths])
    x0, y0, x1, y1 = boxes[:, 0].min(), boxes[:, 1].min(), boxes[:, 2].max(), boxes[:, 3].max()
    stature = mean("stature", sex)
    s = stature / (y1 - y0)
    cx = (x0 + x1) / 2
    m = se.Matrix(s, 0, 0, -s, -cx * s, y1 * s)
    parts: dict[tuple[str, str], list[Polygon]] = {}
    art: list[ArtSpec] = []
    all_polys = []
    for (group, cls, _), p in zip(raw, paths, strict=True):
        q = p * m
        q.reify()
        d = path_d_cm(q)
        try:
            poly = g.polygon_from_path(d)
            geom: object = d
        except g.GeometryProblem:
            pts = q.npoint(np.linspace(0, 1, 200))
            poly = Polygon(pts).buffer(0)
            if poly.geom_type != "Polygon":
                poly = max(poly.geoms, key=lambda x: x.area)
            geom = poly
        all_polys.append(poly)
        parts.setdefault((group, cls), []).append(poly)
        fill = "#e2cdb9" if group == "hair" else "#efdccb"
        art.append(ArtSpec("muscle", "fill", geom, fill))  # type: ignore[arg-type]
        art.append(ArtSpec("muscle", "stroke", geom, "#5a4a40", width_mm=0.25))  # type: ignore[arg-type]
    zones: list[ZoneSpec] = []
    zone_geoms = []
    for (group, cls), polys in parts.items():
        if cls == "common":
            side = None
        elif view == "front":
            side = "right" if cls == "left" else "left"  # viewer's left = patient's right
        else:
            side = "left" if cls == "left" else "right"  # back view: viewer's left = patient's left
        zg = connect(unary_union([pp.buffer(0.15, 8) for pp in polys]).buffer(-0.15, 8), 0.4)
        zg = zg.simplify(0.01, preserve_topology=True)
        names, site = GROUPS[group]
        zone_names = group_names(group, side)
        if group == "head" and view == "back":
            site = "scalp"
            zone_names = dict(zip(LANGS, ("Head", "Tête", "Testa", "Cabeza", "Cabeça"), strict=True))
        zid = group.replace("-", "_") + (f"_{side}" if side else "")
        zones.append(ZoneSpec(zid, zone_names, zg, SNOMED[site] if site else None, side))
        zone_geoms.append(zg)
    silhouette = unary_union([pp.buffer(1.2, 16) for pp in all_polys]).buffer(-1.2, 16)
    silhouette = connect(unary_union([silhouette, *[z.buffer(0.02) for z in zone_geoms]]), 1.0)
    silhouette = Polygon(silhouette.exterior, [r for r in silhouette.interiors if Polygon(r).area > 40.0])
    outline = silhouette.simplify(0.01, preserve_topology=True)
    sid = f"body_{view}_{sex}"
    t = TemplateSpec(sid, tr(f"t_{sid}"), view, sex, "whole_body", outline)
    t.zones = sorted(zones, key=lambda z: z.id)
    ys = np.asarray(outline.exterior.coords)
    top = ys[np.argmax(ys[:, 1])]
    bottom = ys[np.argmin(ys[:, 1])]
    t.landmarks = {"vertex": (float(top[0]), float(top[1])), "heel": (float(bottom[0]), float(bottom[1]))}
    t.midline = LineString([(0.0, float(bottom[1])), (0.0, float(top[1]))])
    t.measurements = [measurement("stature", M_NAMES["stature"], "y", "heel", "vertex", "ANSUR II stature")]
    t.artwork = [ArtSpec("skin", "fill", outline, "#f7ece2"), *art,
                 ArtSpec("outline", "stroke", outline, "#4a3b30", width_mm=0.4)]
    t.description = {
        "en": "A stylised overview for choosing pain zones (muscle groups); not for measuring.",
        "fr": "Vue d'ensemble stylisée pour choisir les zones douloureuses (groupes musculaires) ; pas pour mesurer.",
        "it": "Panoramica stilizzata per scegliere le zone dolorose (gruppi muscolari); non per misurare.",
        "es": "Vista general estilizada para elegir zonas de dolor (grupos musculares); no para medir.",
        "pt": "Visão geral estilizada para escolher zonas de dor (grupos musculares); não para medir.",
    }
    t.source_description = (
        f"Stylised muscle-group chart ({sex}, {view}) converted from the body-outline reference SVG and "
        f"scaled uniformly so that vertex to heel is the ANSUR II mean stature, {stature:.1f} cm. The "
        "chart's proportions are stylised (waist and hips narrower, head taller than real): an overview "
        "for choosing pain zones, NOT for measuring; use the regional templates for real-scale maps. "
        "Sides: the chart's class=\"left\" is the viewer's left, mapped to the patient's "
        f"{'right' if view == 'front' else 'left'} on this {view} view. Relief: flat (not measured).")
    t.attribution = SVG_ATTRIBUTION
    t.checked_against = ["ANSUR II stature"]
    return t


__all__ = ["whole_body", "connect", "path_d_cm"]
