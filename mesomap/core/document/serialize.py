"""Canonical JSON form of a map document: autosave/recovery files and the signature digest.

``to_dict(doc)`` / ``from_dict(data)`` convert without loss:
- geometry as GeoJSON-style ``{"type", "coordinates"}`` with every float written by Python's
  shortest round-trip ``repr`` (exact doubles; ``-0.0`` written as ``0.0`` so a value that went
  through a database reads the same);
- volumes as strings with exactly four decimals (``"0.0500"``), never floats;
- papules as a list of objects in the document's order.

``canonical_bytes(doc)`` is UTF-8 JSON with sorted keys and no whitespace: the same document
always gives the same bytes (on every platform), so ``sha256(canonical_bytes(doc))`` can be part
of a signature. Malformed input raises ``DocumentFormatError`` with a sentence.
"""

from __future__ import annotations

import hashlib
import json
import math
from decimal import Decimal, InvalidOperation
from typing import Any

import shapely
from shapely.geometry import mapping, shape
from shapely.geometry.base import BaseGeometry

from mesomap.core.document.model import (
    MapDocument,
    MixtureItem,
    Region,
    Technique,
    TemplateRef,
)
from mesomap.core.document.papules import PapuleSet
from mesomap.core.i18n import QT_TRANSLATE_NOOP
from mesomap.core.templates import PatientFit

FORMAT = "mesomap-map"
FORMAT_VERSION = 1


class DocumentFormatError(ValueError):
    """A map file or record could not be read; ``message`` is a sentence for the user."""

    def __init__(self, detail: str) -> None:
        self.detail = detail
        self.message = QT_TRANSLATE_NOOP(
            "MapDocument",
            "The map could not be read because it is damaged or was written by a newer "
            "mesomap. Open an earlier copy or update mesomap.",
        )
        super().__init__(f"{self.message} ({detail})")


def _clean_float(value: float) -> float:
    value = float(value)
    if not math.isfinite(value):
        raise ValueError("a coordinate or parameter is not a finite number")
    return value + 0.0  # -0.0 → 0.0


def _clean_coords(obj: Any) -> Any:
    if isinstance(obj, tuple | list):
        return [_clean_coords(o) for o in obj]
    return _clean_float(obj)


def geometry_to_dict(geom: BaseGeometry) -> dict[str, Any]:
    data = mapping(geom)
    if "coordinates" not in data:
        raise ValueError(f"unsupported geometry type {geom.geom_type}")
    return {"type": data["type"], "coordinates": _clean_coords(data["coordinates"])}


def geometry_from_dict(data: dict[str, Any]) -> BaseGeometry:
    geom = shape({"type": data["type"], "coordinates": data["coordinates"]})
    if shapely.get_coordinates(geom).size == 0 and not geom.is_empty:
        raise ValueError("geometry without coordinates")
    return geom


def _technique_to_dict(t: Technique) -> dict[str, Any]:
    return {
        "code": t.code,
        "preset_id": t.preset_id,
        "depth_mm": _clean_float(t.depth_mm),
        "needle_gauge": t.needle_gauge,
        "needle_length_mm": _clean_float(t.needle_length_mm),
        "angle_deg": _clean_float(t.angle_deg),
        "spacing_cm": _clean_float(t.spacing_cm),
        "margin_cm": _clean_float(t.margin_cm),
        "rings_count": t.rings_count,
        "nappage_density_per_cm2": None
        if t.nappage_density_per_cm2 is None
        else _clean_float(t.nappage_density_per_cm2),
        "seconds_per_papule": _clean_float(t.seconds_per_papule),
        "setup_minutes": _clean_float(t.setup_minutes),
    }


def _technique_from_dict(d: dict[str, Any]) -> Technique:
    density = d.get("nappage_density_per_cm2")
    return Technique(
        code=str(d["code"]),
        preset_id=None if d.get("preset_id") is None else int(d["preset_id"]),
        depth_mm=float(d["depth_mm"]),
        needle_gauge=int(d["needle_gauge"]),
        needle_length_mm=float(d["needle_length_mm"]),
        angle_deg=float(d["angle_deg"]),
        spacing_cm=float(d["spacing_cm"]),
        margin_cm=float(d["margin_cm"]),
        rings_count=None if d.get("rings_count") is None else int(d["rings_count"]),
        nappage_density_per_cm2=None if density is None else float(density),
        seconds_per_papule=float(d["seconds_per_papule"]),
        setup_minutes=float(d["setup_minutes"]),
    )


def _mixture_to_dict(m: MixtureItem) -> dict[str, Any]:
    return {
        "product_id": m.product_id,
        "lot_id": m.lot_id,
        "product_name": m.product_name,
        "lot_number": m.lot_number,
        "volume_per_papule_ml": format(m.volume_per_papule_ml, "f"),
    }


def _mixture_from_dict(d: dict[str, Any]) -> MixtureItem:
    volume = d["volume_per_papule_ml"]
    if not isinstance(volume, str):
        raise ValueError("volumes must be written as strings")
    return MixtureItem(
        product_id=None if d.get("product_id") is None else int(d["product_id"]),
        lot_id=None if d.get("lot_id") is None else int(d["lot_id"]),
        product_name=str(d["product_name"]),
        lot_number=str(d.get("lot_number", "")),
        volume_per_papule_ml=Decimal(volume),
    )


def papules_to_list(papules: PapuleSet) -> list[dict[str, Any]]:
    xs = papules.xy[:, 0].tolist()
    ys = papules.xy[:, 1].tolist()
    return [
        {
            "id": pid,
            "x_cm": _clean_float(x),
            "y_cm": _clean_float(y),
            "order": order,
            "locked": locked,
            "manual": manual,
        }
        for pid, x, y, order, locked, manual in zip(
            papules.ids, xs, ys, papules.order.tolist(), papules.locked.tolist(),
            papules.manual.tolist(), strict=True,
        )
    ]


def papules_from_list(items: list[dict[str, Any]]) -> PapuleSet:
    return PapuleSet(
        [str(p["id"]) for p in items],
        [(float(p["x_cm"]), float(p["y_cm"])) for p in items],
        [int(p["order"]) for p in items],
        [bool(p["locked"]) for p in items],
        [bool(p["manual"]) for p in items],
    )


def region_to_dict(region: Region) -> dict[str, Any]:
    return {
        "id": region.id,
        "name": region.name,
        "color": region.color,
        "pattern": region.pattern,
        "start_corner": region.start_corner,
        "geometry": geometry_to_dict(region.geometry),
        "technique": _technique_to_dict(region.technique),
        "mixture": [_mixture_to_dict(m) for m in region.mixture],
        "papules": papules_to_list(region.papules),
    }


def region_from_dict(d: dict[str, Any]) -> Region:
    return Region(
        id=str(d["id"]),
        name=str(d["name"]),
        color=str(d["color"]),
        geometry=geometry_from_dict(d["geometry"]),
        pattern=str(d["pattern"]),
        technique=_technique_from_dict(d["technique"]),
        mixture=tuple(_mixture_from_dict(m) for m in d["mixture"]),
        papules=papules_from_list(d["papules"]),
        start_corner=str(d["start_corner"]),
    )


def template_to_dict(ref: TemplateRef) -> dict[str, Any]:
    return {
        "template_id": ref.template_id,
        "template_version": ref.template_version,
        "content_hash": ref.content_hash,
        "fit": ref.fit.to_dict(),
    }


def template_from_dict(d: dict[str, Any]) -> TemplateRef:
    return TemplateRef(
        template_id=str(d["template_id"]),
        template_version=int(d["template_version"]),
        content_hash=str(d["content_hash"]),
        fit=PatientFit.from_dict(d["fit"]),
    )


def to_dict(document: MapDocument) -> dict[str, Any]:
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "template": template_to_dict(document.template),
        "notes": document.notes,
        "regions": [region_to_dict(r) for r in document.regions],
    }


def from_dict(data: dict[str, Any]) -> MapDocument:
    try:
        if data.get("format") != FORMAT:
            raise ValueError(f"not a mesomap map (format {data.get('format')!r})")
        if int(data.get("format_version", 0)) > FORMAT_VERSION:
            raise ValueError(f"format version {data['format_version']} is newer than this mesomap")
        return MapDocument(
            template_from_dict(data["template"]),
            [region_from_dict(r) for r in data["regions"]],
            str(data.get("notes", "")),
        )
    except DocumentFormatError:
        raise
    except (KeyError, TypeError, ValueError, InvalidOperation, AttributeError) as exc:
        raise DocumentFormatError(f"{type(exc).__name__}: {exc}") from exc


def canonical_bytes(document: MapDocument) -> bytes:
    """The document as canonical UTF-8 JSON (sorted keys, no whitespace, exact floats)."""
    return dumps_canonical(to_dict(document))


def dumps_canonical(data: Any) -> bytes:
    return json.dumps(
        data, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
    ).encode("utf-8")


def loads(raw: bytes | str) -> MapDocument:
    """Read a document written by ``canonical_bytes`` (or any JSON of the same form)."""
    try:
        data = json.loads(raw)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise DocumentFormatError(str(exc)) from exc
    if not isinstance(data, dict):
        raise DocumentFormatError("top level is not an object")
    return from_dict(data)


def digest(document: MapDocument) -> str:
    """SHA-256 hex of ``canonical_bytes``."""
    return hashlib.sha256(canonical_bytes(document)).hexdigest()
