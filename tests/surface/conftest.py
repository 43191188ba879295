"""Fixtures for the surface tests: the shipped face template and a half-cylinder template."""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

import pytest

from mesomap.core.templates import Template, load_library, load_template

NAMES = {"en": "Test", "fr": "Test", "it": "Test", "es": "Test", "pt": "Test"}


def cylinder_document(radius: float, height: float = 20.0) -> dict[str, Any]:
    """A flat-drawn half cylinder (axis y) of ``radius`` cm, seen from the front."""
    r, h = radius, height / 2
    square = f"M {-r} {-h} L {r} {-h} L {r} {h} L {-r} {h} Z"
    return {
        "format": "mesomap-template/1", "id": "test_cylinder", "version": 1, "units": "cm",
        "title": NAMES, "view": "front", "sex": "neutral", "body_area": "thighs",
        "width_cm": 2 * r, "height_cm": 2 * h,
        "outline": {"type": "polygon", "path": square},
        "zones": [{"id": "all", "names": NAMES, "geometry": {"type": "polygon", "path": square},
                   "snomed_code": None, "laterality": None}],
        "danger_zones": [], "landmarks": {}, "midline": None,
        "relief": {"kind": "cross_sections", "bodies": [{"id": "limb", "axis": "y", "stations": [
            {"at": -h, "center": 0.0, "half_width": r, "depth": r},
            {"at": h, "center": 0.0, "half_width": r, "depth": r}]}]},
        "measurements": [],
        "artwork": [{"role": "outline", "kind": "stroke", "geometry": {"type": "polygon",
                     "path": square}, "color": "#444444", "width_mm": 0.5, "opacity": 1}],
        "source": {"description": "test", "attribution": "", "checked_against": []},
    }


@pytest.fixture(scope="session")
def library() -> Any:
    return load_library()


@pytest.fixture(scope="session")
def face(library: Any) -> Template:
    result: Template = library.get("face_front")
    return result


@pytest.fixture(scope="session")
def cylinder(tmp_path_factory: pytest.TempPathFactory) -> Template:
    path: Path = tmp_path_factory.mktemp("cyl") / "test_cylinder.json"
    path.write_text(json.dumps(cylinder_document(5.0)), encoding="utf-8")
    return load_template(path)


def hex_count_rectangle(width: float, height: float, spacing: float) -> int:
    """Papules of a hexagonal lattice with rows along ``width`` filling a closed rectangle."""
    rows = math.floor(height / (spacing * math.sqrt(3) / 2) + 1e-9) + 1
    long_row = math.floor(width / spacing + 1e-9) + 1
    short_row = math.floor((width - spacing / 2) / spacing + 1e-9) + 1
    return (rows + 1) // 2 * long_row + rows // 2 * short_row


@pytest.fixture(scope="session")
def cylinder8(tmp_path_factory: pytest.TempPathFactory) -> Template:
    path: Path = tmp_path_factory.mktemp("cyl8") / "test_cylinder.json"
    path.write_text(json.dumps(cylinder_document(8.0)), encoding="utf-8")
    return load_template(path)
