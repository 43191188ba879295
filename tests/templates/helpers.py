"""Shared helpers for the template tests: a small valid template document and file writing."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

LANGS = ("en", "fr", "it", "es", "pt")


def names(text: str) -> dict[str, str]:
    return {lang: f"{text} ({lang})" for lang in LANGS}


BASE: dict[str, Any] = {
    "format": "mesomap-template/1",
    "id": "demo_square",
    "version": 1,
    "units": "cm",
    "title": names("Demo square"),
    "view": "front",
    "sex": "neutral",
    "body_area": "abdomen",
    "width_cm": 20,
    "height_cm": 20,
    "outline": {"type": "polygon", "path": "M -10 -10 L 10 -10 L 10 10 L -10 10 Z"},
    "zones": [
        {"id": "centre", "names": names("Centre"),
         "geometry": {"type": "circle", "center": [0, 0], "radius_cm": 6},
         "snomed_code": "818981001", "laterality": None},
        {"id": "upper_left", "names": names("Upper left"),
         "geometry": {"type": "polygon", "points": [[1, 7], [9, 7], [9, 9], [1, 9]]},
         "snomed_code": None, "laterality": "left"},
    ],
    "danger_zones": [
        {"id": "umbilicus", "names": names("Umbilicus"),
         "geometry": {"type": "point", "at": [0, 0]}, "margin_cm": 1.0, "severity": "avoid"},
        {"id": "scar", "names": names("Scar"),
         "geometry": {"type": "line", "path": "M -5 -5 C -3 -4 -1 -6 2 -5"}, "margin_cm": 0.5,
         "severity": "caution"},
    ],
    "landmarks": {"top_centre": [0, 10], "bottom_centre": [0, -10], "left_edge": [10, 0],
                  "right_edge": [-10, 0]},
    "midline": {"type": "line", "points": [[0, -10], [0, 10]]},
    "relief": {"kind": "flat"},
    "measurements": [
        {"id": "height", "names": names("Height"), "axis": "y", "from": "bottom_centre",
         "to": "top_centre"},
        {"id": "width", "names": names("Width"), "axis": "x", "from": "right_edge", "to": "left_edge"},
    ],
    "artwork": [
        {"role": "outline", "kind": "stroke",
         "geometry": {"type": "polygon", "path": "M -10 -10 L 10 -10 L 10 10 L -10 10 Z"},
         "color": "#444444", "width_mm": 0.5, "opacity": 1},
    ],
    "source": {"description": "A test square.", "attribution": "", "checked_against": []},
}


def doc(**changes: Any) -> dict[str, Any]:
    """A deep copy of the valid base document with top-level keys replaced."""
    d = copy.deepcopy(BASE)
    d.update(changes)
    return d


def write(folder: Path, name: str, content: Any) -> Path:
    """Write a document (dict → JSON, str → UTF-8 text, bytes as is)."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    elif isinstance(content, str):
        path.write_text(content, encoding="utf-8")
    else:
        path.write_text(json.dumps(content, ensure_ascii=False, indent=1), encoding="utf-8")
    return path
