"""Malformed template files are each rejected with one clear message (file, element, problem),
never a crash, and the good templates beside them still load."""

from __future__ import annotations

import copy
import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from mesomap.core.templates import (
    TemplateError,
    TemplateLibrary,
    check_path,
    load_library,
    load_template,
)

from .helpers import BASE, doc, write


def _mut(fn: Callable[[dict[str, Any]], None]) -> str:
    d = copy.deepcopy(BASE)
    fn(d)
    return json.dumps(d, ensure_ascii=False)


def _set(path: list[Any], value: Any) -> str:
    def apply(d: dict[str, Any]) -> None:
        target: Any = d
        for key in path[:-1]:
            target = target[key]
        if value is _DELETE:
            del target[path[-1]]
        else:
            target[path[-1]] = value

    return _mut(apply)


_DELETE = object()
GOOD_TEXT = json.dumps(BASE)

# name: (file content, expected element fragment, expected problem fragment)
CASES: dict[str, tuple[str | bytes, str, str]] = {
    "empty": (b"", "", "the file is empty"),
    "blank": (b"   \n\t ", "", "the file is empty"),
    "truncated": (GOOD_TEXT[: len(GOOD_TEXT) // 2], "", "ends too early"),
    "not_utf8": ('{"id": "caf\u00e9"}'.encode("latin-1"), "", "not UTF-8"),
    "top_level_list": ("[1, 2, 3]", "(top level)", "must be a JSON object"),
    "wrong_units": (_set(["units"], "mm"), "units", "centimetres"),
    "width_as_text": (_set(["width_cm"], "20 cm"), "width_cm", "must be a number"),
    "width_in_mm": (_set(["width_cm"], 200), "width_cm", "outline measures 20.00 cm"),
    "size_too_big": (_set(["height_cm"], 900), "height_cm", "outside the allowed range"),
    "self_intersecting_zone": (
        _set(["zones", 1, "geometry"], {"type": "polygon", "points": [[1, 1], [5, 5], [5, 1], [1, 5]]}),
        'zones[1] "upper_left".geometry', "intersects itself near (3.00, 3.00)"),
    "zone_outside_outline": (
        _set(["zones", 1, "geometry"], {"type": "polygon", "points": [[5, 5], [15, 5], [15, 8], [5, 8]]}),
        'zones[1] "upper_left"', "lies outside the outline"),
    "duplicate_id": (_set(["danger_zones", 0, "id"], "centre"), 'danger_zones[0] "centre"',
                     "already used by zones[0]"),
    "duplicate_landmark_id": (_set(["landmarks", "centre"], [0, 0]), 'landmarks "centre"', "already used"),
    "unknown_geometry_type": (_set(["zones", 0, "geometry"], {"type": "spline", "points": [[0, 0]]}),
                              'zones[0] "centre".geometry', "unknown geometry type 'spline'"),
    "huge_coordinates": (
        _set(["zones", 1, "geometry"], {"type": "polygon", "points": [[1, 7], [9e7, 7], [9, 9]]}),
        'zones[1] "upper_left".geometry.points[1]', "more than 1000 cm"),
    "infinite_number": (GOOD_TEXT.replace('"radius_cm": 6', '"radius_cm": 1e999'),
                        'zones[0] "centre".geometry.radius_cm', "finite"),
    "nan": (GOOD_TEXT.replace('"at": [0, 0]', '"at": [NaN, 0]'), "", "NaN is not a number JSON allows"),
    "missing_translation": (_mut(lambda d: d["title"].pop("pt")), "title", "'pt' translation is missing"),
    "empty_translation": (_set(["zones", 0, "names", "fr"], "  "), 'zones[0] "centre".names.fr', "must not be empty"),
    "unclosed_path": (_set(["outline"], {"type": "polygon", "path": "M -10 -10 L 10 -10 L 10 10 L -10 10"}),
                      "outline", "not closed; end it with Z"),
    "arc_in_path": (_set(["zones", 1, "geometry"], {"type": "polygon", "path": "M 1 7 A 2 2 0 0 1 5 7 Z"}),
                    'zones[1] "upper_left".geometry', "'A' is not supported"),
    "garbage_in_path": (_set(["outline", "path"], "M -10 -10 L ten -10 Z"), "outline", "not path commands"),
    "unknown_key": (_mut(lambda d: d["danger_zones"][0].update(margin_mm=10)), 'danger_zones[0] "umbilicus"',
                    "unknown key 'margin_mm'"),
    "missing_outline": (_set(["outline"], _DELETE), "(top level)", "required key 'outline' is missing"),
    "bad_severity": (_set(["danger_zones", 0, "severity"], "forbidden"), "severity", "'forbidden' is not one of"),
    "bad_view": (_set(["view"], "side"), "view", "'side' is not one of"),
    "version_text": (_set(["version"], "1"), "version", "whole number"),
    "bad_id": (_set(["zones", 0, "id"], "Centre Zone"), 'zones[0] "Centre Zone".id', "not a valid id"),
    "two_point_polygon": (_set(["zones", 1, "geometry"], {"type": "polygon", "points": [[1, 7], [9, 7]]}),
                          'zones[1] "upper_left".geometry', "fewer than 3 distinct points"),
    "zone_is_a_line": (_set(["zones", 1, "geometry"], {"type": "line", "points": [[1, 7], [9, 7]]}),
                       'zones[1] "upper_left".geometry', "a line is not allowed here"),
    "landmark_outside": (_set(["landmarks", "top_centre"], [0, 40]), 'landmarks "top_centre"', "outside the outline"),
    "measurement_unknown_landmark": (_set(["measurements", 0, "to"], "vertex"), "measurements[0]", "'vertex' is not a landmark"),
    "mesh_bad_index": (_set(["relief"], {"kind": "mesh", "vertices": [[0, 0, 0], [1, 0, 0], [0, 1, 0]],
                                        "triangles": [[0, 1, 7]]}), "relief.triangles[0]", "vertex indices"),
    "unsorted_stations": (_set(["relief"], {"kind": "cross_sections", "bodies": [{"id": "trunk", "axis": "y", "stations": [
        {"at": 5, "center": 0, "half_width": 10, "depth": 8}, {"at": -5, "center": 0, "half_width": 10, "depth": 8}]}]}),
        'relief.bodies[0] "trunk".stations', "sorted"),
    "unknown_relief": (_set(["relief"], {"kind": "bumpy"}), "relief.kind", "'bumpy' is not one of"),
    "duplicate_json_key": (GOOD_TEXT.replace('"version": 1,', '"version": 1, "version": 2,'), "", "appears twice"),
    "wrong_format": (_set(["format"], "svg"), "format", "not a known template format"),
    "bad_color": (_set(["artwork", 0, "color"], "red"), "artwork[0].color", "not a colour"),
    "missing_data_file": (_set(["relief"], {"kind": "mesh", "file": "absent.data.json"}), "relief.file", "was not found"),
    "data_file_escape": (_set(["relief"], {"kind": "mesh", "file": "../x.data.json"}), "relief.file", "beside the template"),
    "laterality_contradicts_id": (_set(["zones", 1, "laterality"], "right"), 'zones[1] "upper_left".laterality',
                                  "the id says the patient's left side"),
    "snomed_number": (_set(["zones", 0, "snomed_code"], 818981001), 'zones[0] "centre".snomed_code', "not a SNOMED CT code"),
}


def test_there_are_at_least_twenty_malformed_cases() -> None:
    assert len(CASES) >= 20


@pytest.mark.parametrize("name", sorted(CASES))
def test_malformed_file_rejected_with_clear_message(name: str, tmp_path: Path) -> None:
    content, element, problem = CASES[name]
    folder = tmp_path / "templates"
    write(folder, "good.json", doc(id="good_template"))
    bad = write(folder, f"bad_{name}.json", content)

    with pytest.raises(TemplateError) as info:
        load_template(bad)
    err = info.value
    assert err.path == str(bad)
    assert element in err.element
    assert problem in err.problem, err.message
    assert str(bad) in err.message and problem in err.message
    assert err.user_message.endswith(err.message)

    library = load_library([folder], include_shipped=False, include_user=False)
    assert library.ids() == ["good_template"]
    assert [e.path for e in library.errors] == [str(bad)]


def test_all_bad_files_in_one_folder_leave_the_good_ones(tmp_path: Path) -> None:
    folder = tmp_path / "mixed"
    for name, (content, _el, _pr) in CASES.items():
        write(folder, f"bad_{name}.json", content)
    write(folder, "good.json", doc(id="good_template"))
    library = load_library([folder], include_user=False)
    assert "good_template" in library
    assert "face_front" in library  # the shipped templates still load
    bad_paths = {Path(e.path).name for e in library.errors}
    assert bad_paths == {f"bad_{n}.json" for n in CASES}
    templates, errors = check_path(folder)
    assert [t.id for t in templates] == ["good_template"]
    assert len(errors) == len(CASES)


def test_same_version_with_different_content_is_rejected(tmp_path: Path) -> None:
    folder = tmp_path / "t"
    write(folder, "a.json", doc())
    changed = doc()
    changed["zones"][0]["geometry"]["radius_cm"] = 5
    write(folder, "b.json", changed)
    write(folder, "c.json", doc())  # an identical copy is harmless
    library = TemplateLibrary()
    library.add_folder(folder)
    assert library.versions("demo_square") == (1,)
    assert len(library.errors) == 1
    assert library.errors[0].path.endswith("b.json")
    assert "new version number" in library.errors[0].problem


def test_check_command_reports_and_fails(tmp_path: Path) -> None:
    bad = write(tmp_path, "bad.json", CASES["self_intersecting_zone"][0])
    out = subprocess.run([sys.executable, "-m", "mesomap", "templates", "--check", str(bad)],
                         capture_output=True, text=True)
    assert out.returncode == 1
    assert "intersects itself" in out.stdout and "bad.json" in out.stdout
    good = write(tmp_path / "ok", "good.json", doc())
    out = subprocess.run([sys.executable, "-m", "mesomap", "templates", "--check", str(good.parent)],
                         capture_output=True, text=True)
    assert out.returncode == 0, out.stdout
    assert "1 valid, 0 invalid" in out.stdout
