"""Canonical JSON of the map document: lossless, stable bytes, damaged input refused."""

from __future__ import annotations

import json
from decimal import Decimal

import numpy as np
import pytest
from shapely.geometry import Polygon

from mesomap.core.document import (
    DocumentFormatError,
    MapDocument,
    PapuleSet,
    canonical_bytes,
    digest,
    from_dict,
    loads,
    to_dict,
)
from tests.document.helpers import sample_document


def test_round_trip_is_exact() -> None:
    doc = sample_document()
    again = loads(canonical_bytes(doc))
    assert again == doc
    assert canonical_bytes(again) == canonical_bytes(doc)
    assert digest(again) == digest(doc)
    assert len(digest(doc)) == 64


def test_floats_are_exact_and_negative_zero_is_normalized() -> None:
    doc = sample_document()
    awkward = Polygon([(0.1 + 0.2, -0.0), (1e-17, 3.0000000000000004), (2 / 3, 7.1)])
    region = doc.regions[0].replace(
        geometry=awkward,
        papules=PapuleSet(["x1", "x2"], [(np.nextafter(1.0, 2.0), -0.0), (1 / 3, 2 / 7)]),
    )
    odd = MapDocument(doc.template, [region])
    back = loads(canonical_bytes(odd))
    assert back.regions[0].papules.xy.tolist() == [[np.nextafter(1.0, 2.0), 0.0], [1 / 3, 2 / 7]]
    coords = list(back.regions[0].geometry.exterior.coords)
    assert coords[0] == (0.30000000000000004, 0.0)
    assert coords[1] == (1e-17, 3.0000000000000004)
    assert b"-0.0" not in canonical_bytes(odd)


def test_canonical_bytes_are_sorted_compact_and_volumes_are_strings() -> None:
    doc = sample_document()
    raw = canonical_bytes(doc)
    data = json.loads(raw)
    assert raw == json.dumps(data, sort_keys=True, separators=(",", ":"),
                             ensure_ascii=False).encode()
    assert b"\n" not in raw and b": " not in raw
    volumes = [m["volume_per_papule_ml"] for r in data["regions"] for m in r["mixture"]]
    assert volumes[:2] == ["0.0500", "0.0125"]
    assert "«accents» ✓".encode() in raw
    # The same content built again gives the same bytes (nothing depends on object identity).
    assert canonical_bytes(from_dict(to_dict(doc))) == raw
    # Decimal("0.05") and Decimal("0.050") are the same volume and the same bytes.
    same = doc.regions[0].mixture[0].__class__(1, 10, "Product 0", "LOT-0", Decimal("0.050"))
    assert same == doc.regions[0].mixture[0]


def test_different_documents_have_different_digests() -> None:
    doc = sample_document()
    moved = doc.copy()
    r = moved.regions[0]
    moved.replace_region(r.replace(papules=r.papules.with_xy(r.papules.xy + (0, 1e-12))))
    assert digest(moved) != digest(doc)


@pytest.mark.parametrize(
    "mutate",
    [
        lambda d: d.update(format="something-else"),
        lambda d: d.update(format_version=99),
        lambda d: d["regions"][0].pop("geometry"),
        lambda d: d["regions"][0]["mixture"][0].update(volume_per_papule_ml=0.05),
        lambda d: d["regions"][0]["mixture"][0].update(volume_per_papule_ml="0.00001"),
        lambda d: d["regions"][0]["papules"][0].update(x_cm="left"),
        lambda d: d["template"]["fit"].update(scale_x=40.0),
        lambda d: d["regions"].append(d["regions"][0]),
    ],
)
def test_damaged_input_is_refused_with_a_sentence(mutate) -> None:  # type: ignore[no-untyped-def]
    data = to_dict(sample_document())
    mutate(data)
    with pytest.raises(DocumentFormatError) as info:
        from_dict(data)
    assert info.value.message.endswith(".")


def test_not_json_is_refused() -> None:
    with pytest.raises(DocumentFormatError):
        loads(b"\x00not json")
    with pytest.raises(DocumentFormatError):
        loads(b"[1, 2]")
