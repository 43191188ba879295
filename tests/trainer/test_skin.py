"""Skin cross-section model: layers per area, editable and saved; needle geometry."""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from mesomap.core.records.presets import SHIPPED_PRESETS
from mesomap.core.trainer.skin import (
    DEFAULT_LAYERS,
    GENERIC,
    SkinLayers,
    layers_for,
    load_layers,
    needle_geometry,
    save_layers,
)


def test_each_technique_lands_in_the_layer_its_name_promises() -> None:
    expected = {"ied": "epidermis", "ids_nappage": "papillary", "idp": "reticular",
                "idp_pain": "reticular", "idh": "hypodermis"}
    for p in SHIPPED_PRESETS:
        g = needle_geometry(p.depth_mm, p.angle_deg, p.needle_length_mm, None, GENERIC)
        assert g.tip_layer == expected[p.code], p.code


def test_needle_geometry() -> None:
    g = needle_geometry(3.0, 30.0, 4.0, 0.03, GENERIC)
    assert g.inserted_mm == pytest.approx(6.0)
    assert not g.fits  # a 4 mm needle at 30 degrees reaches 2 mm at most
    assert g.tip_x_mm == pytest.approx(3.0 / math.tan(math.radians(30)))
    # the bleb holds the injected volume: 2/3 pi a^3 for an oblate spheroid with c = a/2
    assert 4 / 3 * math.pi * g.bleb_a_mm ** 2 * g.bleb_c_mm == pytest.approx(30.0)
    straight = needle_geometry(7.0, 90.0, 13.0, None, GENERIC)
    assert straight.fits and straight.tip_x_mm == 0.0 and straight.bleb_a_mm == 0.0
    with pytest.raises(ValueError):
        needle_geometry(3.0, 0.0, 4.0, None, GENERIC)


def test_layers_per_area_edited_and_saved(tmp_path: Path) -> None:
    face, back = layers_for("face"), layers_for("back")
    assert face.reticular_mm < back.reticular_mm
    assert layers_for("unknown area") == GENERIC
    assert set(DEFAULT_LAYERS) >= {"face", "scalp", "abdomen", "thighs", "buttocks", "back"}
    mine = SkinLayers(0.1, 0.5, 1.5, 12.0)
    save_layers(tmp_path, {"face": mine})
    loaded = load_layers(tmp_path)
    assert loaded == {"face": mine}
    assert layers_for("face", loaded) == mine
    assert [b[0] for b in mine.boundaries()] == ["epidermis", "papillary", "reticular",
                                                  "hypodermis"]
    assert mine.layer_at(0.05) == "epidermis" and mine.layer_at(14.0) == "hypodermis"
    assert mine.layer_at(20.0) == "below"
    (tmp_path / "skin_layers.json").write_text("{broken", encoding="utf-8")
    assert load_layers(tmp_path) == {}
    with pytest.raises(ValueError):
        SkinLayers(0.1, -1.0, 1.0, 1.0)
