"""Validation of a template document (parsed JSON) and construction of the :class:`Template`.

Checks types, required and unknown keys, enums, units, translations, geometry (closed, valid,
non-self-intersecting, finite, in range), zones inside the outline, unique ids, references
between elements, and the declared size. The first problem raises a :class:`TemplateError`
naming the file, the element and the problem.
"""

from __future__ import annotations

import hashlib
import json
import math
import re
from collections.abc import Mapping
from types import MappingProxyType
from typing import Any

import numpy as np
from shapely.geometry import LineString, Point, Polygon
from shapely.geometry.base import BaseGeometry

from . import geometry as g
from .errors import TemplateError
from .model import (
    BODY_AREAS,
    FORMAT,
    LANGUAGES,
    LATERALITIES,
    SEVERITIES,
    SEXES,
    VIEWS,
    ArtworkItem,
    DangerZone,
    Measurement,
    Source,
    Template,
    Zone,
)
from .relief import CrossSectionBody, CrossSectionRelief, FlatRelief, Relief, Station, mesh_relief

_NUM = (int, float)
ZONE_TOLERANCE_CM = 0.1
LANDMARK_TOLERANCE_CM = 0.5
SIZE_RANGE_CM = (1.0, 250.0)
ID_RE = re.compile(r"^[a-z][a-z0-9_]*$")
COLOR_RE = re.compile(r"^#[0-9a-fA-F]{6}$")
SNAPSHOT_FORMAT = 1


def canonical_bytes(document: Mapping[str, Any]) -> bytes:
    """The canonical serialization the content hash is computed on."""
    return json.dumps(
        document, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
    ).encode("utf-8")


def content_hash(document: Mapping[str, Any]) -> str:
    return hashlib.sha256(canonical_bytes(document)).hexdigest()


class _Ctx:
    """Raises errors naming the file; ``el`` is the element being read."""

    def __init__(self, path: str) -> None:
        self.path = path

    def fail(self, element: str, problem: str) -> TemplateError:
        return TemplateError(self.path, element, problem)

    def obj(self, value: Any, el: str, required: tuple[str, ...], optional: tuple[str, ...] = ()) -> dict[str, Any]:
        if not isinstance(value, dict):
            raise self.fail(el, f"must be a JSON object, not {_kind(value)}")
        for key in required:
            if key not in value:
                raise self.fail(el, f"the required key {key!r} is missing")
        allowed = set(required) | set(optional)
        for key in value:
            if key not in allowed and not key.startswith("x_"):
                raise self.fail(el, f"unknown key {key!r} (allowed: {', '.join(sorted(allowed))})")
        return value

    def num(self, value: Any, el: str, lo: float | None = None, hi: float | None = None) -> float:
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise self.fail(el, f"must be a number, not {_kind(value)}")
        v = float(value)
        if not math.isfinite(v):
            raise self.fail(el, "must be a finite number")
        if (lo is not None and v < lo) or (hi is not None and v > hi):
            raise self.fail(el, f"{v:g} is outside the allowed range {lo:g}–{hi:g}")
        return v

    def text(self, value: Any, el: str, allow_empty: bool = True) -> str:
        if not isinstance(value, str):
            raise self.fail(el, f"must be a text string, not {_kind(value)}")
        if not allow_empty and not value.strip():
            raise self.fail(el, "must not be empty")
        return value

    def enum(self, value: Any, el: str, choices: tuple[str, ...]) -> str:
        if value not in choices:
            raise self.fail(el, f"{value!r} is not one of: {', '.join(choices)}")
        return str(value)

    def ident(self, value: Any, el: str) -> str:
        if not isinstance(value, str) or not ID_RE.match(value):
            raise self.fail(el, f"{value!r} is not a valid id (lower-case letters, digits, _; starts with a letter)")
        return value

    def translations(self, value: Any, el: str) -> Mapping[str, str]:
        if not isinstance(value, dict):
            raise self.fail(el, f"must be an object of translations, not {_kind(value)}")
        for lang in LANGUAGES:
            if lang not in value:
                raise self.fail(el, f"the {lang!r} translation is missing (required: {', '.join(LANGUAGES)})")
        out: dict[str, str] = {}
        for lang, txt in value.items():
            if not isinstance(lang, str) or not re.match(r"^[a-z]{2,3}(_[A-Z]{2})?$", lang):
                raise self.fail(el, f"{lang!r} is not a language code")
            out[lang] = self.text(txt, f"{el}.{lang}", allow_empty=False)
        return MappingProxyType(out)

    def xy(self, value: Any, el: str) -> tuple[float, float]:
        if not isinstance(value, list) or len(value) != 2:
            raise self.fail(el, "a point must be a list [x, y] of two numbers in cm")
        x, y = self.num(value[0], el), self.num(value[1], el)
        try:
            return g.check_coord(x, y)
        except g.GeometryProblem as exc:
            raise self.fail(el, str(exc)) from None

    def ring(self, value: Any, el: str) -> list[tuple[float, float]]:
        if isinstance(value, list) and all(
            type(p) is list and len(p) == 2 and type(p[0]) in _NUM and type(p[1]) in _NUM for p in value
        ):
            arr = np.asarray(value, dtype=float).reshape(-1, 2)
            if np.isfinite(arr).all() and (len(arr) == 0 or np.abs(arr).max() <= g.MAX_ABS_COORD_CM):
                return [(float(x), float(y)) for x, y in arr]
        if not isinstance(value, list):
            raise self.fail(el, f"must be a list of [x, y] points, not {_kind(value)}")
        return [self.xy(p, f"{el}[{i}]") for i, p in enumerate(value)]

    def geometry(self, value: Any, el: str, allowed: tuple[str, ...]) -> BaseGeometry:
        if not isinstance(value, dict) or "type" not in value:
            raise self.fail(el, "a geometry must be an object with a 'type'")
        kind = value["type"]
        if kind not in ("polygon", "circle", "ellipse", "line", "point"):
            raise self.fail(el, f"unknown geometry type {kind!r} (known: polygon, circle, ellipse, line, point)")
        family = {"polygon": "area", "circle": "area", "ellipse": "area"}.get(kind, kind)
        if family not in allowed:
            raise self.fail(el, f"a {kind} is not allowed here (expected: {' or '.join(allowed)})")
        try:
            if kind == "polygon":
                d = self.obj(value, el, ("type",), ("points", "holes", "path"))
                if ("points" in d) == ("path" in d):
                    raise self.fail(el, "give either 'points' or 'path'")
                if "path" in d:
                    if "holes" in d:
                        raise self.fail(el, "with 'path', give holes as further closed sub-paths")
                    return g.polygon_from_path(self.text(d["path"], el))
                holes = d.get("holes", [])
                if not isinstance(holes, list):
                    raise self.fail(el, "'holes' must be a list of point lists")
                rings = [self.ring(d["points"], f"{el}.points")]
                rings += [self.ring(h, f"{el}.holes[{i}]") for i, h in enumerate(holes)]
                return g.make_polygon(rings)
            if kind == "circle":
                d = self.obj(value, el, ("type", "center", "radius_cm"))
                cx, cy = self.xy(d["center"], f"{el}.center")
                r = self.num(d["radius_cm"], f"{el}.radius_cm", 0.01, 250.0)
                return g.ellipse_polygon(cx, cy, r, r)
            if kind == "ellipse":
                d = self.obj(value, el, ("type", "center", "rx_cm", "ry_cm"))
                cx, cy = self.xy(d["center"], f"{el}.center")
                rx = self.num(d["rx_cm"], f"{el}.rx_cm", 0.01, 250.0)
                ry = self.num(d["ry_cm"], f"{el}.ry_cm", 0.01, 250.0)
                return g.ellipse_polygon(cx, cy, rx, ry)
            if kind == "line":
                d = self.obj(value, el, ("type",), ("points", "path"))
                if ("points" in d) == ("path" in d):
                    raise self.fail(el, "give either 'points' or 'path'")
                if "path" in d:
                    return g.line_from_path(self.text(d["path"], el))
                return g.make_line(self.ring(d["points"], f"{el}.points"))
            d = self.obj(value, el, ("type", "at"))
            return Point(self.xy(d["at"], f"{el}.at"))
        except g.GeometryProblem as exc:
            raise self.fail(el, str(exc)) from None


def _kind(value: Any) -> str:
    return {dict: "an object", list: "a list", str: "text", bool: "true/false", type(None): "null"}.get(
        type(value), "a number"
    )


def _named(el: str, item: Any) -> str:
    return f'{el} "{item["id"]}"' if isinstance(item, dict) and isinstance(item.get("id"), str) else el


TOP_REQUIRED = (
    "format", "id", "version", "units", "title", "view", "sex", "body_area", "width_cm",
    "height_cm", "outline", "zones", "danger_zones", "landmarks", "relief", "artwork", "source",
)
TOP_OPTIONAL = ("description", "midline", "measurements")


def build_template(document: Mapping[str, Any], path: str) -> Template:
    """Validate a resolved document (data files inlined) and build the template."""
    c = _Ctx(path)
    doc = c.obj(document, "(top level)", TOP_REQUIRED, TOP_OPTIONAL)
    if doc["format"] != FORMAT:
        raise c.fail("format", f"{doc['format']!r} is not a known template format (expected {FORMAT!r})")
    if doc["units"] != "cm":
        raise c.fail("units", f"{doc['units']!r} is not supported: template coordinates are centimetres (\"cm\")")
    tid = c.ident(doc["id"], "id")
    version = doc["version"]
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise c.fail("version", f"{version!r} must be a whole number ≥ 1")
    titles = c.translations(doc["title"], "title")
    description = c.translations(doc["description"], "description") if "description" in doc else MappingProxyType({})
    view = c.enum(doc["view"], "view", VIEWS)
    sex = c.enum(doc["sex"], "sex", SEXES)
    area = c.enum(doc["body_area"], "body_area", BODY_AREAS)
    width = c.num(doc["width_cm"], "width_cm", *SIZE_RANGE_CM)
    height = c.num(doc["height_cm"], "height_cm", *SIZE_RANGE_CM)
    outline = c.geometry(doc["outline"], "outline", ("area",))
    assert isinstance(outline, Polygon)
    minx, miny, maxx, maxy = outline.bounds
    for name, declared, actual in (("width_cm", width, maxx - minx), ("height_cm", height, maxy - miny)):
        if abs(declared - actual) > 0.02 * declared + 0.2:
            raise c.fail(name, f"is {declared:g} cm but the outline measures {actual:.2f} cm; coordinates are centimetres")
    grown = outline.buffer(ZONE_TOLERANCE_CM)
    seen: dict[str, str] = {}

    def claim(ident: str, el: str) -> None:
        if ident in seen:
            raise c.fail(el, f"the id {ident!r} is already used by {seen[ident]}")
        seen[ident] = el

    zones: list[Zone] = []
    if not isinstance(doc["zones"], list):
        raise c.fail("zones", "must be a list")
    for i, item in enumerate(doc["zones"]):
        el = _named(f"zones[{i}]", item)
        z = c.obj(item, el, ("id", "names", "geometry"), ("snomed_code", "laterality"))
        zid = c.ident(z["id"], f"{el}.id")
        claim(zid, el)
        names = c.translations(z["names"], f"{el}.names")
        geom = c.geometry(z["geometry"], f"{el}.geometry", ("area",))
        assert isinstance(geom, Polygon)
        outside = geom.difference(grown)
        if not outside.is_empty and outside.area > 1e-6:
            raise c.fail(el, f"lies outside the outline by {outside.area:.2f} cm² {g.first_bad_vertex(outside)}")
        code = z.get("snomed_code")
        if code is not None and (not isinstance(code, str) or not re.match(r"^\d{6,18}$", code)):
            raise c.fail(f"{el}.snomed_code", f"{code!r} is not a SNOMED CT code (6–18 digits, as text) or null")
        lat = z.get("laterality")
        if lat is not None:
            c.enum(lat, f"{el}.laterality", LATERALITIES)
        for side in ("left", "right"):
            if zid.endswith(f"_{side}") and lat not in (None, side):
                raise c.fail(f"{el}.laterality", f"is {lat!r} but the id says the patient's {side} side")
        zones.append(Zone(zid, names, geom, code, lat))

    dangers: list[DangerZone] = []
    if not isinstance(doc["danger_zones"], list):
        raise c.fail("danger_zones", "must be a list")
    for i, item in enumerate(doc["danger_zones"]):
        el = _named(f"danger_zones[{i}]", item)
        d = c.obj(item, el, ("id", "names", "geometry", "margin_cm", "severity"), ("description",))
        did = c.ident(d["id"], f"{el}.id")
        claim(did, el)
        names = c.translations(d["names"], f"{el}.names")
        geom = c.geometry(d["geometry"], f"{el}.geometry", ("area", "line", "point"))
        if not geom.intersects(grown):
            raise c.fail(el, "lies entirely outside the outline")
        margin = c.num(d["margin_cm"], f"{el}.margin_cm", 0.0, 5.0)
        sev = c.enum(d["severity"], f"{el}.severity", SEVERITIES)
        desc = c.translations(d["description"], f"{el}.description") if "description" in d else MappingProxyType({})
        dangers.append(DangerZone(did, names, geom, margin, sev, desc))

    if not isinstance(doc["landmarks"], dict):
        raise c.fail("landmarks", "must be an object {\"name\": [x, y]}")
    landmarks: dict[str, tuple[float, float]] = {}
    near = outline.buffer(LANDMARK_TOLERANCE_CM)
    for name, value in doc["landmarks"].items():
        el = f'landmarks "{name}"'
        c.ident(name, el)
        claim(name, el)
        pt = c.xy(value, el)
        if not near.intersects(Point(pt)):
            raise c.fail(el, f"({pt[0]:g}, {pt[1]:g}) is outside the outline")
        landmarks[name] = pt

    midline: LineString | None = None
    if doc.get("midline") is not None:
        m = c.geometry(doc["midline"], "midline", ("line",))
        assert isinstance(m, LineString)
        midline = m

    relief = _relief(c, doc["relief"])
    measurements = _measurements(c, doc.get("measurements", []), landmarks, relief, claim)
    artwork = _artwork(c, doc["artwork"])
    s = c.obj(doc["source"], "source", ("description", "attribution"), ("checked_against",))
    checked = s.get("checked_against", [])
    if not isinstance(checked, list):
        raise c.fail("source.checked_against", "must be a list of texts")
    source = Source(
        c.text(s["description"], "source.description", allow_empty=False),
        c.text(s["attribution"], "source.attribution"),
        tuple(c.text(x, "source.checked_against") for x in checked),
    )
    try:
        digest = content_hash(doc)
    except ValueError as exc:  # NaN smuggled in through a data file, for example
        raise c.fail("(top level)", f"cannot be serialized: {exc}") from None
    return Template(
        id=tid, version=version, titles=titles, description=description, view=view, sex=sex,
        body_area=area, width_cm=width, height_cm=height, outline=outline, zones=tuple(zones),
        danger_zones=tuple(dangers), landmarks=MappingProxyType(landmarks), midline=midline,
        relief=relief, measurements=measurements, artwork=artwork, source=source,
        content_hash=digest, document=doc, path=path,
    )


def _relief(c: _Ctx, value: Any) -> Relief:
    if not isinstance(value, dict) or "kind" not in value:
        raise c.fail("relief", "must be an object with a 'kind' (flat, mesh or cross_sections)")
    kind = value["kind"]
    if kind == "flat":
        c.obj(value, "relief", ("kind",))
        return FlatRelief()
    if kind == "mesh":
        d = c.obj(value, "relief", ("kind", "vertices", "triangles"), ("frame",))
        frame = None if d.get("frame") is None else c.ident(d["frame"], "relief.frame")
        verts, tris = d["vertices"], d["triangles"]
        if not isinstance(verts, list) or len(verts) < 3:
            raise c.fail("relief.vertices", "must be a list of at least 3 [x, y, z] points")
        for i, v in enumerate(verts):
            if not isinstance(v, list) or len(v) != 3:
                raise c.fail(f"relief.vertices[{i}]", "must be [x, y, z] in cm")
            for k in v:
                if abs(c.num(k, f"relief.vertices[{i}]")) > g.MAX_ABS_COORD_CM:
                    raise c.fail(f"relief.vertices[{i}]", "is more than 1000 cm from the origin")
        if not isinstance(tris, list) or not tris:
            raise c.fail("relief.triangles", "must be a non-empty list of [i, j, k] vertex indices")
        for i, t in enumerate(tris):
            if (
                not isinstance(t, list) or len(t) != 3
                or not all(isinstance(k, int) and not isinstance(k, bool) and 0 <= k < len(verts) for k in t)
            ):
                raise c.fail(f"relief.triangles[{i}]", f"must be three vertex indices between 0 and {len(verts) - 1}")
        return mesh_relief(verts, tris, frame)
    if kind == "cross_sections":
        d = c.obj(value, "relief", ("kind", "bodies"))
        if not isinstance(d["bodies"], list) or not d["bodies"]:
            raise c.fail("relief.bodies", "must be a non-empty list")
        bodies: list[CrossSectionBody] = []
        for i, b in enumerate(d["bodies"]):
            el = _named(f"relief.bodies[{i}]", b)
            body = c.obj(b, el, ("id", "axis", "stations"))
            bid = c.ident(body["id"], f"{el}.id")
            if any(x.id == bid for x in bodies):
                raise c.fail(el, f"the body id {bid!r} is used twice")
            axis = c.enum(body["axis"], f"{el}.axis", ("x", "y"))
            if not isinstance(body["stations"], list) or len(body["stations"]) < 2:
                raise c.fail(f"{el}.stations", "needs at least 2 stations")
            stations = []
            for k, s in enumerate(body["stations"]):
                sel = f"{el}.stations[{k}]"
                st = c.obj(s, sel, ("at", "center", "half_width", "depth"))
                stations.append(Station(
                    c.num(st["at"], f"{sel}.at", -1000, 1000), c.num(st["center"], f"{sel}.center", -1000, 1000),
                    c.num(st["half_width"], f"{sel}.half_width", 0.01, 250), c.num(st["depth"], f"{sel}.depth", 0.0, 250),
                ))
            ats = [s.at for s in stations]
            if any(b2 <= a2 for a2, b2 in zip(ats, ats[1:], strict=False)):
                raise c.fail(f"{el}.stations", "stations must be sorted by 'at', without repeats")
            bodies.append(CrossSectionBody(bid, axis, tuple(stations)))
        return CrossSectionRelief(tuple(bodies))
    raise c.fail("relief.kind", f"{kind!r} is not one of: flat, mesh, cross_sections")


def _measurements(c: _Ctx, value: Any, landmarks: Mapping[str, tuple[float, float]], relief: Relief, claim: Any) -> tuple[Measurement, ...]:
    if not isinstance(value, list):
        raise c.fail("measurements", "must be a list")
    out: list[Measurement] = []
    for i, item in enumerate(value):
        el = _named(f"measurements[{i}]", item)
        d = c.obj(item, el, ("id", "names", "axis"), ("from", "to", "circumference", "reference"))
        mid = c.ident(d["id"], f"{el}.id")
        if any(m.id == mid for m in out):
            raise c.fail(el, f"the measurement id {mid!r} is used twice")
        names = c.translations(d["names"], f"{el}.names")
        axis = c.enum(d["axis"], f"{el}.axis", ("x", "y", "xy"))
        ref = c.text(d.get("reference", ""), f"{el}.reference")
        if "circumference" in d:
            if "from" in d or "to" in d:
                raise c.fail(el, "give either 'circumference' or 'from'/'to', not both")
            cd = c.obj(d["circumference"], f"{el}.circumference", ("body", "at"))
            if not isinstance(relief, CrossSectionRelief) or not any(b.id == cd["body"] for b in relief.bodies):
                raise c.fail(f"{el}.circumference.body", f"{cd['body']!r} is not a cross-section body of this template's relief")
            at = c.num(cd["at"], f"{el}.circumference.at")
            if relief.body(cd["body"]).station_at(at) is None:
                raise c.fail(f"{el}.circumference.at", f"{at:g} is outside the body's stations")
            out.append(Measurement(mid, names, axis, None, None, cd["body"], at, ref))
            continue
        for key in ("from", "to"):
            if key not in d:
                raise c.fail(el, f"the key {key!r} (a landmark id) is missing")
            if not isinstance(d[key], str) or d[key] not in landmarks:
                raise c.fail(f"{el}.{key}", f"{d[key]!r} is not a landmark of this template")
        m = Measurement(mid, names, axis, d["from"], d["to"], None, None, ref)
        (x0, y0), (x1, y1) = landmarks[d["from"]], landmarks[d["to"]]
        span = {"x": abs(x1 - x0), "y": abs(y1 - y0)}.get(axis, math.hypot(x1 - x0, y1 - y0))
        if span < 0.1:
            raise c.fail(el, "the two landmarks are less than 1 mm apart along the axis")
        out.append(m)
    return tuple(out)


def _artwork(c: _Ctx, value: Any) -> tuple[ArtworkItem, ...]:
    if not isinstance(value, list):
        raise c.fail("artwork", "must be a list")
    out: list[ArtworkItem] = []
    for i, item in enumerate(value):
        el = f"artwork[{i}]"
        d = c.obj(item, el, ("kind", "geometry", "color"), ("role", "width_mm", "opacity"))
        kind = c.enum(d["kind"], f"{el}.kind", ("stroke", "fill"))
        geom = c.geometry(d["geometry"], f"{el}.geometry", ("area", "line") if kind == "stroke" else ("area",))
        color = d["color"]
        if not isinstance(color, str) or not COLOR_RE.match(color):
            raise c.fail(f"{el}.color", f"{color!r} is not a colour like \"#5a4632\"")
        out.append(ArtworkItem(
            c.text(d.get("role", ""), f"{el}.role"), kind, geom, color,
            c.num(d.get("width_mm", 0.3), f"{el}.width_mm", 0.0, 10.0),
            c.num(d.get("opacity", 1.0), f"{el}.opacity", 0.0, 1.0),
            d["geometry"].get("path") if isinstance(d["geometry"].get("path"), str) else None,
        ))
    return tuple(out)


def snapshot_of(template: Template) -> dict[str, Any]:
    data = canonical_bytes(template.document)
    if hashlib.sha256(data).hexdigest() != template.content_hash:
        raise TemplateError(
            template.path or template.id, "document",
            "was changed in memory after loading; templates are read-only",
        )
    return {
        "snapshot_format": SNAPSHOT_FORMAT,
        "id": template.id,
        "version": template.version,
        "content_hash": template.content_hash,
        "document": json.loads(data),
    }


def template_from_snapshot(data: Mapping[str, Any]) -> Template:
    label = f"snapshot of {data.get('id', '?')} version {data.get('version', '?')}"
    if not isinstance(data, Mapping) or data.get("snapshot_format") != SNAPSHOT_FORMAT:
        raise TemplateError(label, "snapshot_format", "is not a template snapshot this mesomap can read")
    doc = data.get("document")
    if not isinstance(doc, dict):
        raise TemplateError(label, "document", "is missing")
    try:
        digest = content_hash(doc)
    except ValueError as exc:
        raise TemplateError(label, "document", f"cannot be serialized: {exc}") from None
    if digest != data.get("content_hash"):
        raise TemplateError(
            label, "content_hash",
            "does not match the stored geometry: the snapshot was altered after it was taken",
        )
    template = build_template(doc, label)
    if template.id != data.get("id") or template.version != data.get("version"):
        raise TemplateError(label, "id", "the snapshot's id or version does not match its document")
    return template


__all__ = ["build_template", "canonical_bytes", "content_hash"]
