"""Template library: versions, user folder, content hash and session snapshots."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from pathlib import Path

import pytest

from mesomap import paths
from mesomap.core.templates import (
    Template,
    TemplateError,
    TemplateNotFound,
    canonical_bytes,
    load_library,
    load_template,
)

from .helpers import doc, write


def _v2() -> dict:
    d = doc(version=2)
    d["zones"][0]["geometry"]["radius_cm"] = 4.0
    d["landmarks"]["top_centre"] = [0, 9.5]
    return d


def test_library_keeps_every_version(tmp_path: Path) -> None:
    folder = tmp_path / "tpl"
    write(folder, "demo_square.json", _v2())
    write(folder / "versions", "demo_square@1.json", doc())
    library = load_library([folder], include_user=False)
    assert library.errors == []
    assert library.versions("demo_square") == (1, 2)
    assert library.get("demo_square").version == 2
    old = library.get("demo_square", 1)
    assert old.zone("centre").geometry.area == pytest.approx(3.14159 * 36, rel=1e-2)
    assert library.get("demo_square").zone("centre").geometry.area == pytest.approx(3.14159 * 16, rel=1e-2)
    assert old.content_hash != library.get("demo_square").content_hash
    assert [t.version for t in library.all_templates() if t.id == "demo_square"] == [1, 2]
    with pytest.raises(TemplateNotFound) as info:
        library.get("demo_square", 3)
    assert "demo_square version 3" in str(info.value)
    with pytest.raises(KeyError):
        library.get("no_such_template")


def test_user_templates_folder_is_loaded(tmp_path: Path) -> None:
    user = paths.user_templates_dir()
    assert str(user).startswith(str(tmp_path))  # the test fixture's private folder
    write(user, "clinic_knee.json", doc(id="clinic_knee"))
    library = load_library()
    assert "clinic_knee" in library and "face_front" in library
    assert library.get("clinic_knee").path == str(user / "clinic_knee.json")


def test_content_hash_is_sha256_of_canonical_content(tmp_path: Path) -> None:
    a = load_template(write(tmp_path, "a.json", doc()))
    # the same content written differently (indentation, key order) has the same hash
    reordered = dict(reversed(list(doc().items())))
    b = load_template(write(tmp_path, "b.json", json.dumps(reordered, indent=7)))
    assert a.content_hash == b.content_hash == hashlib.sha256(canonical_bytes(a.document)).hexdigest()
    c = load_template(write(tmp_path, "c.json", _v2()))
    assert c.content_hash != a.content_hash


def test_session_snapshot_keeps_old_geometry_after_a_version_change(tmp_path: Path) -> None:
    folder = tmp_path / "tpl"
    write(folder, "demo_square.json", doc())
    planned_on = load_library([folder], include_user=False).get("demo_square")
    stored = json.loads(json.dumps(planned_on.snapshot()))  # as a session would store it
    ref = (planned_on.id, planned_on.version, planned_on.content_hash)

    # The template is upgraded and the old file removed.
    write(folder, "demo_square.json", _v2())
    library = load_library([folder], include_user=False)
    assert library.versions("demo_square") == (2,)
    restored = library.resolve(*ref, snapshot=stored)
    assert restored.version == 1 and restored.content_hash == planned_on.content_hash
    assert restored.zone("centre").geometry.equals(planned_on.zone("centre").geometry)
    assert restored.landmarks == planned_on.landmarks
    assert not restored.zone("centre").geometry.equals(library.get("demo_square").zone("centre").geometry)
    # Without a snapshot, the session cannot silently use different geometry.
    with pytest.raises(TemplateNotFound):
        library.resolve(*ref)


def test_resolve_prefers_the_library_copy_when_identical(tmp_path: Path) -> None:
    folder = tmp_path / "tpl"
    write(folder, "demo_square.json", doc())
    library = load_library([folder], include_user=False)
    t = library.get("demo_square")
    assert library.resolve(t.id, t.version, t.content_hash) is t
    # same id and version but edited in place (no version bump): the snapshot wins
    stored = t.snapshot()
    edited = doc()
    edited["zones"][0]["geometry"]["radius_cm"] = 5
    write(folder, "demo_square.json", edited)
    library = load_library([folder], include_user=False)
    with pytest.raises(TemplateError) as info:
        library.resolve(t.id, t.version, t.content_hash)
    assert "differs" in info.value.problem
    assert library.resolve(t.id, t.version, t.content_hash, stored).content_hash == t.content_hash


def test_tampered_snapshot_is_refused(tmp_path: Path) -> None:
    t = load_template(write(tmp_path, "a.json", doc()))
    snap = t.snapshot()
    snap["document"]["zones"][0]["geometry"]["radius_cm"] = 7
    with pytest.raises(TemplateError) as info:
        Template.from_snapshot(snap)
    assert info.value.element == "content_hash" and "altered" in info.value.problem
    with pytest.raises(TemplateError):
        Template.from_snapshot({"nothing": 1})


def test_face_snapshot_round_trip() -> None:
    face = load_library(include_user=False).get("face_front")
    copy = Template.from_snapshot(json.loads(json.dumps(face.snapshot())))
    assert copy == face
    assert copy.relief.depth_at([face.landmarks["pronasale"]])[0] == pytest.approx(
        face.relief.depth_at([face.landmarks["pronasale"]])[0])


def test_mesh_relief_from_a_data_file(tmp_path: Path) -> None:
    d = doc()
    d["relief"] = {"kind": "mesh", "file": "square.data.json"}
    write(tmp_path, "square.data.json", {"vertices": [[-10, -10, 0], [10, -10, 0], [10, 10, 2], [-10, 10, 2]],
                                         "triangles": [[0, 1, 2], [0, 2, 3]]})
    path = write(tmp_path, "square.json", d)
    t = load_template(path)
    assert t.relief.kind == "mesh"
    assert t.relief.depth_at([[0, 0]])[0] == pytest.approx(1.0)
    assert "vertices" in t.document["relief"]  # inlined: part of the hash and of snapshots
    library = load_library([tmp_path], include_shipped=False, include_user=False)
    assert library.ids() == ["demo_square"] and library.errors == []  # the data file is no template
    before = t.content_hash
    write(tmp_path, "square.data.json", {"vertices": [[-10, -10, 0], [10, -10, 0], [10, 10, 3], [-10, 10, 3]],
                                         "triangles": [[0, 1, 2], [0, 2, 3]]})
    assert load_template(path).content_hash != before


def test_cli_json_lists_templates_with_geometry(tmp_path: Path) -> None:
    out = subprocess.run([sys.executable, "-m", "mesomap", "templates", "--json"],
                         capture_output=True, text=True, check=True)
    data = json.loads(out.stdout)
    face = next(t for t in data["templates"] if t["id"] == "face_front")
    assert face["version"] == 1 and face["view"] == "front" and face["sex"] == "neutral"
    assert face["title"] == "Face, front" and face["titles"]["fr"]
    assert 10 < face["width_cm"] < 20 and 10 < face["height_cm"] < 20
    assert "cheek_left" in face["zones"] and "orbit_left" in face["danger_zones"]
    assert face["landmarks"]["pupil_left"][0] > 0
    assert len(face["content_hash"]) == 64
    listing = subprocess.run([sys.executable, "-m", "mesomap", "templates"],
                             capture_output=True, text=True, check=True)
    assert "face_front" in listing.stdout and "Face, front" in listing.stdout


def test_missing_shipped_folder_is_an_error_not_a_crash(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    def missing() -> Path:
        raise FileNotFoundError("mesomap's shipped folder 'body_templates' is missing")

    monkeypatch.setattr(paths, "body_templates_dir", missing)
    write(paths.user_templates_dir(), "mine.json", doc(id="mine"))
    library = load_library()
    assert library.ids() == ["mine"]
    assert "reinstall" in library.errors[0].problem


def test_snapshot_refuses_a_template_changed_in_memory(tmp_path: Path) -> None:
    t = load_template(write(tmp_path, "a.json", doc()))
    t.document["zones"][0]["geometry"]["radius_cm"] = 2  # type: ignore[index]
    with pytest.raises(TemplateError) as info:
        t.snapshot()
    assert "read-only" in info.value.problem
