"""Skin-true spacing for a stored map whose template file is no longer installed as it was:
``surface_for_ref`` takes the map's own template (the copy stored with the session) when its
content is the one the map records, and only then."""

from __future__ import annotations

import json
from pathlib import Path

from mesomap import paths
from mesomap.core.document import TemplateRef
from mesomap.core.surface.layouter import surface_for_ref
from mesomap.core.templates import PatientFit, load_template


def _copy_of_face(tmp_path: Path, template_id: str, version: int = 1) -> object:
    doc = json.loads((paths.body_templates_dir() / "face_front.json").read_text(encoding="utf-8"))
    doc["id"] = template_id
    doc["version"] = version
    path = tmp_path / f"{template_id}_{version}.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    return load_template(path)


def test_the_maps_own_template_gives_the_skin_model(tmp_path: Path) -> None:
    stored = _copy_of_face(tmp_path, "face_not_installed")  # not in any templates folder
    ref = TemplateRef(stored.id, stored.version, stored.content_hash, PatientFit.identity())  # type: ignore[attr-defined]
    assert surface_for_ref(ref) is None  # not installed: planar, as before
    model = surface_for_ref(ref, stored)  # type: ignore[arg-type]
    assert model is not None
    other = _copy_of_face(tmp_path, "face_not_installed", version=2)
    assert other.content_hash != stored.content_hash  # type: ignore[attr-defined]
    assert surface_for_ref(ref, other) is None  # type: ignore[arg-type]  # not the map's content
