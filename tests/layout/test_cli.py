"""``mesomap layout`` on GeoJSON regions and template zones."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
import shapely
from shapely.geometry import Point, box, mapping

from mesomap.cli import main
from tests.layout.shapes import check_spacing, outside_mask


def _write(tmp_path: Path, doc: object) -> Path:
    path = tmp_path / "region.geojson"
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path


def test_region_file_json_output(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    zone = Point(4, 3).buffer(1.0)
    doc = {
        "type": "FeatureCollection",
        "features": [
            {"type": "Feature", "properties": {}, "geometry": mapping(box(0, 0, 8, 6))},
            {
                "type": "Feature",
                "properties": {"role": "exclusion", "margin_cm": 0.5},
                "geometry": mapping(zone),
            },
        ],
    }
    path = _write(tmp_path, doc)
    code = main(["layout", "--region", str(path), "--spacing", "1.0", "--margin", "0.2", "--json"])
    assert code == 0
    out = json.loads(capsys.readouterr().out)
    pts = np.array([[p["x_cm"], p["y_cm"]] for p in out["papules"]])
    assert [p["n"] for p in out["papules"]] == list(range(1, len(pts) + 1))
    check_spacing(pts, 1.0 - 2e-6)  # printed with 6 decimals
    assert not outside_mask(pts, box(0, 0, 8, 6), 0.2 - 1e-6, [(zone, 0.5 - 1e-6)]).any()
    assert out["metrics"]["count"] == len(pts)
    assert out["metrics"]["covering_radius_cm"] < 1.0
    assert out["path_length_cm"] > 0


def test_region_file_text_output(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _write(tmp_path, mapping(box(0, 0, 3, 3)))
    assert main(["layout", "--region", str(path), "--spacing", "1", "--start-corner", "bottom_left"]) == 0
    out = capsys.readouterr().out
    assert "papules" in out and "covering_radius_cm" in out and "path length" in out


def test_template_zone_excludes_avoid_danger_zones(capsys: pytest.CaptureFixture[str]) -> None:
    from mesomap.core.templates import load_library

    template = load_library().get("face_front")
    code = main(["layout", "--template", "face_front", "--zone", "cheek_left", "--spacing", "0.8", "--json"])
    assert code == 0
    out = json.loads(capsys.readouterr().out)
    pts = np.array([[p["x_cm"], p["y_cm"]] for p in out["papules"]])
    assert len(pts) > 3
    zone = template.zone("cheek_left").geometry
    excl = [(g, m - 1e-6) for g, m in template.avoid_exclusions()]
    assert not outside_mask(pts, shapely.buffer(zone, 1e-6), 0.0, excl).any()


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--template", "no_such", "--zone", "x", "--spacing", "1"], "no template 'no_such'"),
        (["--template", "face_front", "--zone", "elbow", "--spacing", "1"], "no zone 'elbow'"),
        (["--template", "face_front", "--spacing", "1"], "--zone"),
        (["--region", "/nonexistent/r.geojson", "--spacing", "1"], "does not exist"),
        (["--region", "BAD", "--spacing", "1"], "not valid JSON"),
        (["--region", "GOOD", "--spacing", "9"], "between 0.2 and 5.0 cm"),
        (["--region", "GOOD", "--spacing", "1", "--margin", "-1"], "margin"),
    ],
)
def test_user_errors_are_sentences_with_exit_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    bad = tmp_path / "bad.geojson"
    bad.write_text("{not json", encoding="utf-8")
    good = _write(tmp_path, mapping(box(0, 0, 3, 3)))
    argv = [str(bad) if a == "BAD" else str(good) if a == "GOOD" else a for a in argv]
    assert main(["layout", *argv]) == 1
    err = capsys.readouterr().err
    assert message in err
    assert "Traceback" not in err
