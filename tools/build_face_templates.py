"""Build the face templates (front, left and right profiles) from the MediaPipe face mesh.

Run once: ``.venv/bin/python tools/build_face_templates.py``; the JSON it writes into
``body_templates/`` is committed. It reads the canonical face model (Apache-2.0) from
``/work/shared/reference/face_mesh/`` (or ``--mesh-dir``), scales it to the ANSUR II mean face
(interpupillary breadth horizontally and in depth, sellion–menton vertically: the mean of the
female and male means, since the template is sex-neutral), and projects it: front (x, y),
left profile (-z, y), right profile (z, y). Zones and danger zones are loops through mesh
vertices, so every view draws the same anatomy; curves are Catmull-Rom splines written as cubic
Béziers. MediaPipe's +x is the subject's left, which is the viewer's right in the front view.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path
from typing import Any

import numpy as np
import shapely
from shapely.geometry import LineString, MultiPolygon, Polygon
from shapely.geometry.base import BaseGeometry
from shapely.ops import unary_union

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from mesomap.core.templates.geometry import polygon_from_path  # noqa: E402
from mesomap.core.templates.loader import load_template  # noqa: E402
from mesomap.core.templates.relief import mesh_relief  # noqa: E402

ANSUR = ROOT.parent / "shared" / "reference" / "anthropometry" / "ansur_ii_summary.txt"
# ANSUR II means (mm; interpupillary in 0.1 mm), female / male, from ansur_ii_summary.txt.
IPD_CM = (617.1 + 640.2) / 2 / 100
SELLION_MENTON_CM = (113.1 + 122.6) / 2 / 10
BIZYGOMATIC_CM = (133.8 + 142.6) / 2 / 10
NASION, MENTON, SUBNASALE, PRONASALE = 168, 152, 2, 4
EDGE_COLOR, FEATURE_COLOR = "#5a4334", "#7a5d4a"


def L(en: str, fr: str, it: str, es: str, pt: str) -> dict[str, str]:
    return {"en": en, "fr": fr, "it": it, "es": es, "pt": pt}


def LR(left: tuple[str, ...], right: tuple[str, ...]) -> tuple[dict[str, str], dict[str, str]]:
    return L(*left), L(*right)


NAMES: dict[str, Any] = {
    "forehead": L("Forehead", "Front", "Fronte", "Frente", "Testa"),
    "glabella": L("Glabella", "Glabelle", "Glabella", "Glabela", "Glabela"),
    "perioral": L("Perioral area", "Région péribuccale", "Regione periorale", "Región perioral", "Região perioral"),
    "chin": L("Chin", "Menton", "Mento", "Mentón", "Queixo"),
    "temple": LR(("Left temple", "Tempe gauche", "Tempia sinistra", "Sien izquierda", "Têmpora esquerda"),
                 ("Right temple", "Tempe droite", "Tempia destra", "Sien derecha", "Têmpora direita")),
    "periorbital": LR(
        ("Left periorbital area", "Région périorbitaire gauche", "Regione periorbitale sinistra", "Región periorbitaria izquierda", "Região periorbital esquerda"),
        ("Right periorbital area", "Région périorbitaire droite", "Regione periorbitale destra", "Región periorbitaria derecha", "Região periorbital direita")),
    "cheek": LR(("Left cheek", "Joue gauche", "Guancia sinistra", "Mejilla izquierda", "Bochecha esquerda"),
                ("Right cheek", "Joue droite", "Guancia destra", "Mejilla derecha", "Bochecha direita")),
    "nasolabial": LR(
        ("Left nasolabial fold", "Sillon nasogénien gauche", "Solco nasogenieno sinistro", "Surco nasogeniano izquierdo", "Sulco nasogeniano esquerdo"),
        ("Right nasolabial fold", "Sillon nasogénien droit", "Solco nasogenieno destro", "Surco nasogeniano derecho", "Sulco nasogeniano direito")),
    "jawline": LR(
        ("Left jawline", "Ligne mandibulaire gauche", "Linea mandibolare sinistra", "Línea mandibular izquierda", "Linha da mandíbula esquerda"),
        ("Right jawline", "Ligne mandibulaire droite", "Linea mandibolare destra", "Línea mandibular derecha", "Linha da mandíbula direita")),
    "vermilion": L("Vermilion of the lips", "Vermillon des lèvres", "Vermiglio delle labbra", "Bermellón de los labios", "Vermelhão dos lábios"),
    "glabella_risk": L("Glabella: vascular risk", "Glabelle : risque vasculaire", "Glabella: rischio vascolare", "Glabela: riesgo vascular", "Glabela: risco vascular"),
    "orbit": LR(
        ("Left orbit and eyelids", "Orbite et paupières gauches", "Orbita e palpebre sinistre", "Órbita y párpados izquierdos", "Órbita e pálpebras esquerdas"),
        ("Right orbit and eyelids", "Orbite et paupières droites", "Orbita e palpebre destre", "Órbita y párpados derechos", "Órbita e pálpebras direitas")),
    "supraorbital": LR(
        ("Left supraorbital notch", "Échancrure sus-orbitaire gauche", "Incisura sopraorbitaria sinistra", "Escotadura supraorbitaria izquierda", "Incisura supraorbital esquerda"),
        ("Right supraorbital notch", "Échancrure sus-orbitaire droite", "Incisura sopraorbitaria destra", "Escotadura supraorbitaria derecha", "Incisura supraorbital direita")),
    "supratrochlear": LR(
        ("Left supratrochlear artery", "Artère supratrochléaire gauche", "Arteria sopratrocleare sinistra", "Arteria supratroclear izquierda", "Artéria supratroclear esquerda"),
        ("Right supratrochlear artery", "Artère supratrochléaire droite", "Arteria sopratrocleare destra", "Arteria supratroclear derecha", "Artéria supratroclear direita")),
    "infraorbital": LR(
        ("Left infraorbital foramen", "Foramen infra-orbitaire gauche", "Forame infraorbitario sinistro", "Agujero infraorbitario izquierdo", "Forame infraorbital esquerdo"),
        ("Right infraorbital foramen", "Foramen infra-orbitaire droit", "Forame infraorbitario destro", "Agujero infraorbitario derecho", "Forame infraorbital direito")),
    "mental": LR(
        ("Left mental foramen", "Foramen mentonnier gauche", "Forame mentale sinistro", "Agujero mentoniano izquierdo", "Forame mentual esquerdo"),
        ("Right mental foramen", "Foramen mentonnier droit", "Forame mentale destro", "Agujero mentoniano derecho", "Forame mentual direito")),
    "facial_artery": LR(
        ("Left facial and angular artery", "Artère faciale et angulaire gauche", "Arteria faciale e angolare sinistra", "Arteria facial y angular izquierda", "Artéria facial e angular esquerda"),
        ("Right facial and angular artery", "Artère faciale et angulaire droite", "Arteria faciale e angolare destra", "Arteria facial y angular derecha", "Artéria facial e angular direita")),
    "temporal_artery": LR(
        ("Left superficial temporal artery area", "Zone de l'artère temporale superficielle gauche", "Area dell'arteria temporale superficiale sinistra", "Zona de la arteria temporal superficial izquierda", "Área da artéria temporal superficial esquerda"),
        ("Right superficial temporal artery area", "Zone de l'artère temporale superficielle droite", "Area dell'arteria temporale superficiale destra", "Zona de la arteria temporal superficial derecha", "Área da artéria temporal superficial direita")),
    "frontal_nerve": LR(
        ("Left frontal branch of the facial nerve", "Rameau frontal du nerf facial gauche", "Ramo frontale del nervo facciale sinistro", "Rama frontal del nervio facial izquierda", "Ramo frontal do nervo facial esquerdo"),
        ("Right frontal branch of the facial nerve", "Rameau frontal du nerf facial droit", "Ramo frontale del nervo facciale destro", "Rama frontal del nervio facial derecha", "Ramo frontal do nervo facial direito")),
    "face_height": L("Face height (sellion–menton)", "Hauteur du visage (sellion–menton)", "Altezza del viso (sellion–mento)", "Altura de la cara (sellion–mentón)", "Altura do rosto (sellion–mento)"),
    "interpupillary": L("Interpupillary distance", "Distance interpupillaire", "Distanza interpupillare", "Distancia interpupilar", "Distância interpupilar"),
    "face_width": L("Face width (bizygomatic)", "Largeur du visage (bizygomatique)", "Larghezza del viso (bizigomatica)", "Anchura de la cara (bicigomática)", "Largura do rosto (bizigomática)"),
}
TITLES = {
    "front": L("Face, front", "Visage, de face", "Viso, frontale", "Cara, frontal", "Rosto, frontal"),
    "left": L("Face, left profile", "Visage, profil gauche", "Viso, profilo sinistro", "Cara, perfil izquierdo", "Rosto, perfil esquerdo"),
    "right": L("Face, right profile", "Visage, profil droit", "Viso, profilo destro", "Cara, perfil derecho", "Rosto, perfil direito"),
}
DANGER_DESCRIPTIONS = {
    "glabella_risk": L(
        "The glabella is the site most often linked to blindness after filler injection; inject superficially.",
        "La glabelle est le site le plus souvent associé à une cécité après injection de comblement ; injecter superficiellement.",
        "La glabella è la sede più spesso associata a cecità dopo filler; iniettare in superficie.",
        "La glabela es el sitio más asociado a ceguera tras rellenos; inyectar superficialmente.",
        "A glabela é o local mais associado a cegueira após preenchimento; injetar superficialmente."),
}

# Zones and danger zones as loops through mesh vertices on the subject's RIGHT side (x < 0);
# the left side is the mirror image. Midline shapes: "outer" runs from a midline vertex through
# right-side vertices to a midline vertex; "back" are the midline vertices from its end back to
# its start (the profile silhouette).
LATERAL_ZONES = {
    "periorbital": [70, 63, 105, 66, 107, 55, 193, 245, 188, 128, 121, 120, 119, 118, 117, 111, 35, 143, 156],
    "nasolabial": [129, 203, 206, 216, 212, 57, 186, 92, 165, 98, 64],
    "jawline": [132, 58, 172, 136, 150, 149, 176, 148, 171, 140, 170, 169, 135, 138, 215, 177],
    "temple": [54, 68, 70, 156, 143, 34, 127, 162, 21],
    "cheek": [127, 34, 143, 111, 117, 118, 119, 120, 121, 128, 114, 217, 198, 209, 129, 203, 206, 216,
              212, 202, 210, 169, 135, 138, 215, 132, 93, 234],
}
MIDLINE_ZONES = {
    "glabella": ([151, 108, 107, 55, 193, 168], [8, 9]),
    "perioral": ([2, 97, 98, 165, 92, 186, 57, 43, 106, 182, 83, 18], [17, 14, 13, 0, 164]),
    "chin": ([18, 83, 182, 106, 204, 211, 32, 140, 171, 148, 152], [175, 199, 200]),
    "forehead": ([10, 109, 67, 103, 54, 68, 63, 105, 66, 107, 9], [151]),
}
ZONE_PRIORITY = ["periorbital", "glabella", "nasolabial", "perioral", "chin", "jawline", "temple",
                 "cheek", "forehead"]
ORBIT = [46, 53, 52, 65, 55, 193, 245, 128, 232, 231, 230, 229, 228, 31, 226, 113]
VERMILION = ([0, 37, 39, 40, 185, 61, 146, 91, 181, 84, 17], [14, 13])
TEMPORAL_ARTERY = [21, 71, 139, 34, 127, 162]
FACIAL_ARTERY = [150, 169, 210, 212, 216, 206, 203, 129, 209, 198, 217, 114, 188, 245]
ALA = [220, 115, 48, 64, 98, 97]
NOSE_SIDE = [193, 122, 196, 3, 51, 45]
FOLD = [129, 203, 206, 216, 212]
SUPRAORBITAL_RIM = [46, 53, 52, 65, 55, 193]
INFRAORBITAL_RIM = [128, 232, 231, 230, 229, 228]


class Face:
    """The scaled mesh in template 3D coordinates (cm): x viewer's right in the front view."""

    def __init__(self, mesh_dir: Path) -> None:
        verts, tris = [], []
        for line in (mesh_dir / "canonical_face_model.obj").read_text().splitlines():
            p = line.split()
            if p and p[0] == "v":
                verts.append([float(x) for x in p[1:4]])
            elif p and p[0] == "f":
                tris.append([int(x.split("/")[0]) - 1 for x in p[1:4]])
        raw = np.array(verts)
        self.tris = np.array(tris)
        self.contours = json.loads((mesh_dir / "contours.json").read_text())
        self.raw_ipd = self._pupil(raw, "left_eye")[0] - self._pupil(raw, "right_eye")[0]
        self.raw_face_height = raw[NASION, 1] - raw[MENTON, 1]
        self.sx = IPD_CM / self.raw_ipd
        self.sy = SELLION_MENTON_CM / self.raw_face_height
        self.v = np.column_stack([raw[:, 0] * self.sx, (raw[:, 1] - raw[NASION, 1]) * self.sy,
                                  (raw[:, 2] - raw[NASION, 2]) * self.sx])
        key = {(round(x, 5), round(y, 5), round(z, 5)): i for i, (x, y, z) in enumerate(raw)}
        self.mirror = np.array([key[(round(-x, 5) + 0.0, round(y, 5), round(z, 5))] for x, y, z in raw])
        self.front_relief = mesh_relief(self.v.tolist(), self.tris.tolist())

    def _pupil(self, pts: np.ndarray, eye: str) -> np.ndarray:
        return np.asarray(pts[self.contours[eye]].mean(axis=0))

    def pupil(self, side: str) -> np.ndarray:
        """The eye contour's centre, on the mesh surface (so every view agrees)."""
        x, y, _ = self._pupil(self.v, f"{side}_eye")
        return self.lift(x, y)

    def m(self, idx: list[int], side: str) -> list[int]:
        """Indices given on the subject's right side, for ``side``."""
        return list(idx) if side == "right" else [int(self.mirror[i]) for i in idx]

    def lift(self, x: float, y: float) -> np.ndarray:
        z = float(self.front_relief.depth_at([[x, y]])[0])
        assert np.isfinite(z), (x, y)
        return np.array([x, y, z])

    def on_chain(self, chain: list[int], x: float) -> np.ndarray:
        """The 3D point of a vertex chain (right side) where it crosses x."""
        pts = self.v[chain]
        for a, b in zip(pts, pts[1:], strict=False):
            if min(a[0], b[0]) <= x <= max(a[0], b[0]) and a[0] != b[0]:
                t = (x - a[0]) / (b[0] - a[0])
                return np.asarray(a + t * (b - a))
        raise ValueError(f"chain does not cross x={x}")


def project(p3: np.ndarray, view: str) -> np.ndarray:
    p3 = np.atleast_2d(p3)
    if view == "front":
        return p3[:, [0, 1]]
    sign = -1.0 if view == "left" else 1.0
    return np.column_stack([sign * p3[:, 2], p3[:, 1]])


def depth(p3: np.ndarray, view: str) -> np.ndarray:
    return {"front": p3[:, 2], "left": p3[:, 0], "right": -p3[:, 0]}[view]


def fmt(v: float) -> str:
    s = f"{v:.4f}".rstrip("0").rstrip(".")
    return "0" if s in ("-0", "") else s


def spline_path(pts: np.ndarray, closed: bool) -> str:
    """A Catmull-Rom spline through ``pts`` (chord-length tangents) as an M/C path."""
    p = [np.asarray(q, dtype=float) for q in pts]
    keep = [p[0]]
    for q in p[1:]:
        if np.hypot(*(q - keep[-1])) > 1e-4:
            keep.append(q)
    if closed and np.hypot(*(keep[0] - keep[-1])) < 1e-4:
        keep.pop()
    p, n = keep, len(keep)
    out = [f"M {fmt(p[0][0])} {fmt(p[0][1])}"]
    for i in range(n if closed else n - 1):
        p0 = p[i - 1] if (closed or i > 0) else p[0]
        p1, p2 = p[i], p[(i + 1) % n]
        p3 = p[(i + 2) % n] if (closed or i + 2 < n) else p2
        d01, d12, d23 = (max(float(np.hypot(*d)), 1e-6) for d in (p1 - p0, p2 - p1, p3 - p2))
        c1 = p1 + (p2 - p0) * d12 / (3 * (d01 + d12)) if d01 > 1e-5 else p1 + (p2 - p1) / 3
        c2 = p2 - (p3 - p1) * d12 / (3 * (d12 + d23)) if d23 > 1e-5 else p2 - (p2 - p1) / 3
        out.append("C " + " ".join(fmt(v) for v in (*c1, *c2, *p2)))
    return " ".join(out) + (" Z" if closed else "")


def largest(geom: BaseGeometry) -> Polygon:
    geom = geom.buffer(0)
    if isinstance(geom, MultiPolygon):
        geom = max(geom.geoms, key=lambda g: g.area)
    if not isinstance(geom, Polygon):
        geom = max((g for g in getattr(geom, "geoms", []) if isinstance(g, Polygon)), key=lambda g: g.area)
    holes = [h for h in geom.interiors if Polygon(h).area > 0.01]
    return Polygon(geom.exterior, holes)


def poly_json(poly: Polygon) -> dict[str, Any]:
    poly = shapely.set_precision(largest(poly.simplify(0.003)), 1e-4)
    poly = largest(poly)
    ring = lambda r: [[float(fmt(x)), float(fmt(y))] for x, y in list(r.coords)[:-1]]  # noqa: E731
    out: dict[str, Any] = {"type": "polygon", "points": ring(poly.exterior)}
    if poly.interiors:
        out["holes"] = [ring(h) for h in poly.interiors]
    return out


class View:
    """One template: the face seen from ``view``."""

    def __init__(self, face: Face, view: str) -> None:
        self.f, self.view = face, view
        self.sides = ["right", "left"] if view == "front" else [view]
        if view == "front":
            self.outline_path = spline_path(project(face.v[face.contours["face_oval"]], view), True)
            self.tri_mask = np.ones(len(face.tris), bool)
        else:
            xs = face.v[face.tris][:, :, 0]
            self.tri_mask = (xs >= -1e-9).all(1) if view == "left" else (xs <= 1e-9).all(1)
            shadow = unary_union([Polygon(project(face.v[t], view)) for t in face.tris[self.tri_mask]])
            ring = np.array(largest(shadow).exterior.coords)[:-1]
            self.outline_path = spline_path(np.array(LineString(ring).simplify(0.08).coords), True)
        self.outline = polygon_from_path(self.outline_path)

    def p2(self, idx: list[int]) -> np.ndarray:
        return project(self.f.v[idx], self.view)

    def loop(self, idx: list[int]) -> Polygon:
        return largest(polygon_from_path(spline_path(self.p2(idx), True)).buffer(0))

    def lateral(self, idx: list[int], side: str) -> Polygon:
        return self.loop(self.f.m(idx, side))

    def midline(self, outer: list[int], back: list[int]) -> Polygon:
        if self.view == "front":
            full = outer + self.f.m(outer[1:-1], "left")[::-1]
            return self.loop(full)
        return self.loop(self.f.m(outer, self.view) + back)

    def zones(self) -> list[dict[str, Any]]:
        shapes: dict[str, tuple[Polygon, str | None]] = {}
        for name in ZONE_PRIORITY:
            if name in MIDLINE_ZONES:
                shapes[name] = (self.midline(*MIDLINE_ZONES[name]), None)
            else:
                for side in self.sides:
                    shapes[f"{name}_{side}"] = (self.lateral(LATERAL_ZONES[name], side), side)
        taken: BaseGeometry = Polygon()
        eyes = unary_union([self.loop(self.f.contours[f"{s}_eye"]) for s in self.sides])
        out = []
        for zid, (poly, side) in shapes.items():
            geom = poly.intersection(self.outline.buffer(-0.01)).difference(taken)
            if zid.startswith("periorbital"):
                geom = geom.difference(eyes)
            if zid == "perioral":
                geom = geom.difference(self.vermilion())
            taken = taken.union(poly)
            base = zid.rsplit("_", 1)[0] if side else zid
            names = NAMES[base][0 if side == "left" else 1] if side else NAMES[base]
            out.append({"id": zid, "names": names, "geometry": poly_json(geom),
                        "snomed_code": "52795006" if zid == "forehead" else "89545001",
                        "laterality": side})
        order = ["forehead", "glabella", "temple", "periorbital", "cheek", "nasolabial", "perioral",
                 "chin", "jawline"]
        return sorted(out, key=lambda z: (order.index(z["id"].split("_")[0]), z["id"]))

    def vermilion(self) -> Polygon:
        if self.view == "front":
            return self.loop(self.f.contours["lips_outer"])
        return self.midline(*VERMILION)

    def glabella(self) -> Polygon:
        return self.midline(*MIDLINE_ZONES["glabella"]).intersection(self.outline)

    def danger(self) -> list[dict[str, Any]]:
        f, out = self.f, []

        def add(base: str, side: str | None, geom: dict[str, Any], margin: float, severity: str) -> None:
            zid = f"{base}_{side}" if side else base
            names = NAMES[base][0 if side == "left" else 1] if side else NAMES[base]
            item = {"id": zid, "names": names, "geometry": geom, "margin_cm": margin, "severity": severity}
            if base in DANGER_DESCRIPTIONS:
                item["description"] = DANGER_DESCRIPTIONS[base]
            out.append(item)

        def line(p3: np.ndarray) -> dict[str, Any]:
            return {"type": "line", "path": spline_path(project(p3, self.view), False)}

        def point(p3: np.ndarray) -> dict[str, Any]:
            x, y = project(p3, self.view)[0]
            return {"type": "point", "at": [float(fmt(x)), float(fmt(y))]}

        add("vermilion", None, poly_json(self.vermilion()), 0.2, "avoid")
        add("glabella_risk", None, poly_json(self.glabella()), 0.0, "caution")
        menton_y = f.v[MENTON, 1]
        for side in self.sides:
            s = 1.0 if side == "left" else -1.0
            add("orbit", side, poly_json(self.lateral(ORBIT, side)), 0.5, "avoid")
            notch = f.on_chain(SUPRAORBITAL_RIM, -2.5)
            add("supraorbital", side, point(notch * [s * -1, 1, 1]), 0.5, "avoid")
            rim = f.on_chain(SUPRAORBITAL_RIM, -0.95)
            trochlear = [rim, f.lift(-1.0, rim[1] + 1.2), f.lift(-1.05, rim[1] + 2.5)]
            add("supratrochlear", side, line(np.array(trochlear) * [-s, 1, 1]), 0.5, "avoid")
            low = f.on_chain(INFRAORBITAL_RIM, -2.75)
            add("infraorbital", side, point(f.lift(-2.75, low[1] - 0.9) * [-s, 1, 1]), 0.5, "avoid")
            add("mental", side, point(f.lift(-2.65, menton_y + 2.4) * [-s, 1, 1]), 0.5, "avoid")
            add("facial_artery", side, line(f.v[f.m(FACIAL_ARTERY, side)]), 0.5, "caution")
            add("temporal_artery", side, poly_json(self.lateral(TEMPORAL_ARTERY, side).intersection(self.outline)), 0.3, "caution")
            tragus = f.v[234] + [0, -0.5, 0]
            brow = f.v[46]
            nerve = [tragus, f.lift(*((tragus[:2] + brow[:2]) / 2 + [0.4, 0.4])), f.lift(brow[0] + 0.2, brow[1] + 1.5)]
            add("frontal_nerve", side, line(np.array(nerve) * [-s, 1, 1]), 0.5, "caution")
        return out

    def landmarks(self) -> dict[str, list[float]]:
        f = self.f
        pts: dict[str, np.ndarray] = {"nasion": f.v[NASION], "subnasale": f.v[SUBNASALE],
                                      "stomion": (f.v[13] + f.v[14]) / 2, "menton": f.v[MENTON],
                                      "pronasale": f.v[PRONASALE], "labrale_superius": f.v[0],
                                      "labrale_inferius": f.v[17]}
        for side in self.sides:
            pts[f"pupil_{side}"] = f.pupil(side)
            for name, idx in (("cheilion", 61), ("endocanthion", 133), ("exocanthion", 33),
                              ("zygion", 234), ("gonion", 172)):
                pts[f"{name}_{side}"] = f.v[f.m([idx], side)[0]]
        return {k: [float(fmt(c)) for c in project(v, self.view)[0]] for k, v in sorted(pts.items())}

    def artwork(self) -> list[dict[str, Any]]:
        f, art = self.f, []

        def item(role: str, kind: str, geom: dict[str, Any], color: str, width: float = 0.3, opacity: float = 1.0) -> None:
            art.append({"role": role, "kind": kind, "geometry": geom, "color": color, "width_mm": width, "opacity": opacity})

        def open_path(idx: list[int]) -> dict[str, Any]:
            return {"type": "line", "path": spline_path(self.p2(idx), False)}

        item("skin", "fill", {"type": "polygon", "path": self.outline_path}, "#f4e4d8")
        for side in self.sides:
            brow = f.m(f.contours["right_eyebrow"][0] + f.contours["right_eyebrow"][1][::-1], side)
            item("brow", "fill", poly_json(self.loop(brow)), "#8b6b55", opacity=0.85)
            eye = self.loop(f.contours[f"{side}_eye"])
            item("eye", "fill", poly_json(eye), "#ffffff")
            pupil = project(f.pupil(side), self.view)[0]
            iris = shapely.Point(pupil).buffer(0.55 if self.view == "front" else 0.3).intersection(eye)
            if iris.area > 0.01:
                item("iris", "fill", poly_json(iris), "#7b6552")
            item("eye", "stroke", {"type": "polygon", "path": spline_path(self.p2(f.contours[f"{side}_eye"]), True)}, EDGE_COLOR, 0.35)
            item("nose", "stroke", open_path(f.m(ALA, side)), FEATURE_COLOR, 0.35)
            item("nose", "stroke", open_path(f.m(NOSE_SIDE, side)), FEATURE_COLOR, 0.2, 0.5)
            item("fold", "stroke", open_path(f.m(FOLD, side)), FEATURE_COLOR, 0.2, 0.5)
        item("lips", "fill", poly_json(self.vermilion()), "#c98b86")
        inner = f.contours["lips_inner"]
        if self.view == "front":
            item("lips", "stroke", {"type": "polygon", "path": spline_path(self.p2(inner), True)}, EDGE_COLOR, 0.3)
        else:
            half = [i for i in inner if f.v[i, 0] * (1 if self.view == "left" else -1) >= -1e-9]
            start = half.index(14) if 14 in half else 0
            item("lips", "stroke", open_path(half[start:] + half[:start]), EDGE_COLOR, 0.3)
        item("outline", "stroke", {"type": "polygon", "path": self.outline_path}, EDGE_COLOR, 0.5)
        return art

    def relief(self) -> dict[str, Any]:
        f = self.f
        tris = f.tris[self.tri_mask]
        used = np.unique(tris)
        remap = {int(o): n for n, o in enumerate(used)}
        xyz = np.column_stack([project(f.v[used], self.view), depth(f.v[used], self.view)])
        return {"kind": "mesh", "frame": "mediapipe_face", "vertices": [[float(fmt(c)) for c in p] for p in xyz],
                "triangles": [[remap[int(i)] for i in t] for t in tris]}

    def document(self) -> dict[str, Any]:
        f = self.f
        minx, miny, maxx, maxy = self.outline.bounds
        top = max(float(self.outline.exterior.coords[i][1]) for i in range(len(self.outline.exterior.coords)))
        measurements = [{"id": "face_height", "names": NAMES["face_height"], "axis": "y", "from": "nasion",
                         "to": "menton", "reference": "ANSUR II mentonsellionlength"}]
        if self.view == "front":
            measurements += [
                {"id": "interpupillary", "names": NAMES["interpupillary"], "axis": "x", "from": "pupil_right",
                 "to": "pupil_left", "reference": "ANSUR II interpupillarybreadth"},
                {"id": "face_width", "names": NAMES["face_width"], "axis": "x", "from": "zygion_right",
                 "to": "zygion_left",
                 "reference": "ANSUR II bizygomaticbreadth; the template's width there is the face mesh's "
                              "widest point, in front of the ear"},
            ]
        width_there = 2 * f.v[454, 0]
        source = (
            "Projected from the MediaPipe canonical face model (468 vertices, 898 triangles) "
            f"{'seen from the front' if self.view == 'front' else 'seen from the patient' + chr(39) + 's ' + self.view}. "
            f"The canonical face measures interpupillary {f.raw_ipd:.2f} cm and sellion–menton "
            f"{f.raw_face_height:.2f} cm; it was scaled to the ANSUR II mean face (mean of the female and male "
            f"means): horizontally and in depth by {f.sx:.4f} (interpupillary {IPD_CM:.2f} cm) and vertically by "
            f"{f.sy:.4f} (sellion–menton {SELLION_MENTON_CM:.2f} cm). The face width at the mesh's widest point "
            f"is {width_there:.1f} cm (ANSUR II mean bizygomatic breadth {BIZYGOMATIC_CM:.1f} cm): the mesh runs "
            "back to the ear, so lateral zones are generous. The outline stops at the mesh's upper edge, "
            "below the hairline. Origin: x = 0 on the midline (front view) or at the nasion, y = 0 at the nasion. "
            "Zones and danger zones are drawn by mesomap from DOMAIN.md distances (supraorbital notch 2.5 cm, "
            "supratrochlear 0.95 cm, infraorbital foramen 2.75 cm from the midline and 0.9 cm below the orbital rim, "
            "mental foramen 2.65 cm); they are planning aids, not anatomy for a given patient."
        )
        return {
            "format": "mesomap-template/1", "id": f"face_{self.view}", "version": 1, "units": "cm",
            "title": TITLES[self.view], "view": self.view, "sex": "neutral", "body_area": "face",
            "width_cm": float(fmt(maxx - minx)), "height_cm": float(fmt(maxy - miny)),
            "outline": {"type": "polygon", "path": self.outline_path},
            "zones": self.zones(), "danger_zones": self.danger(), "landmarks": self.landmarks(),
            "midline": ({"type": "line", "path": f"M 0 {fmt(top)} L 0 {fmt(f.v[MENTON, 1])}"}
                        if self.view == "front" else None),
            "relief": self.relief(), "measurements": measurements, "artwork": self.artwork(),
            "source": {"description": source,
                       "attribution": "MediaPipe canonical face model, Copyright The MediaPipe Authors, "
                                      "Apache License 2.0 (see body_templates/NOTICE.md). ANSUR II (2012 US Army "
                                      "anthropometric survey, public release) summary statistics.",
                       "checked_against": [f"ANSUR II interpupillarybreadth mean {IPD_CM:.2f} cm",
                                           f"ANSUR II mentonsellionlength mean {SELLION_MENTON_CM:.2f} cm"]},
        }


def dump(doc: dict[str, Any]) -> str:
    text = json.dumps(doc, indent=1, ensure_ascii=False)
    return re.sub(r"\[\s+([-0-9.eE+,\s]+?)\s+\]", lambda m: "[" + " ".join(m.group(1).split()) + "]", text) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mesh-dir", type=Path, default=ROOT.parent / "shared" / "reference" / "face_mesh")
    parser.add_argument("--out", type=Path, default=ROOT / "body_templates")
    args = parser.parse_args()
    face = Face(args.mesh_dir)
    for view in ("front", "left", "right"):
        path = args.out / f"face_{view}.json"
        path.write_text(dump(View(face, view).document()), encoding="utf-8")
        t = load_template(path)
        print(f"{path.name}: {t.width_cm:.1f} × {t.height_cm:.1f} cm, {len(t.zones)} zones, "
              f"{len(t.danger_zones)} danger zones, {len(t.landmarks)} landmarks, hash {t.content_hash[:12]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
