"""Whatever a template file contains, loading it gives a template or one TemplateError: never
another exception."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mesomap.core.templates import TemplateError, build_template, load_template

from .helpers import BASE

json_leaf = st.one_of(
    st.none(), st.booleans(), st.integers(-10**6, 10**6), st.floats(allow_nan=False, allow_infinity=False),
    st.text(max_size=8), st.sampled_from(["M 0 0 L 1 1 Z", "polygon", "cm", "en", "#123456"]),
)
json_value = st.recursive(json_leaf, lambda inner: st.one_of(
    st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=6), inner, max_size=4)), max_leaves=10)


def _paths(node: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    out = [prefix]
    if isinstance(node, dict):
        for k, v in node.items():
            out += _paths(v, (*prefix, k))
    elif isinstance(node, list):
        for i, v in enumerate(node):
            out += _paths(v, (*prefix, i))
    return out


PATHS = [p for p in _paths(BASE) if p]


def _rich(relief: dict[str, Any]) -> dict[str, Any]:
    """The base document plus holes, descriptions, a path geometry and the given relief."""
    d = copy.deepcopy(BASE)
    d["zones"][1]["geometry"] = {"type": "polygon", "points": [[1, 1], [9, 1], [9, 9], [1, 9]],
                                 "holes": [[[4, 4], [6, 4], [6, 6]]]}
    d["danger_zones"][0]["description"] = dict(d["title"])
    d["description"] = dict(d["title"])
    d["relief"] = relief
    return d


SECTIONS = {"kind": "cross_sections", "bodies": [{"id": "trunk", "axis": "y", "stations": [
    {"at": -10, "center": 0, "half_width": 10, "depth": 7}, {"at": 10, "center": 0, "half_width": 9, "depth": 6}]}]}
MESH = {"kind": "mesh", "frame": "demo", "vertices": [[-10, -10, 0], [10, -10, 0], [0, 10, 3]], "triangles": [[0, 1, 2]]}
RICH = [_rich(SECTIONS), _rich(MESH)]
RICH[0]["measurements"].append({"id": "girth", "names": dict(BASE["title"]), "axis": "x",
                                "circumference": {"body": "trunk", "at": 0}, "reference": "test"})


NASTY = [None, True, -1, 1e308, "x", [], {"type": "point"}, [[0, 0]]]


@pytest.mark.slow
def test_every_element_replaced_by_every_nasty_value() -> None:
    """Deterministic and exhaustive: each path of the document, each odd value, one at a time."""
    failures = []
    for base in (BASE, *RICH):
        build_template(base, "valid.json")  # the starting points are valid
    for base, path in [(b, p) for b in (BASE, *RICH) for p in _paths(b) if p]:
        for value in NASTY:
            doc = copy.deepcopy(base)
            target: Any = doc
            for key in path[:-1]:
                target = target[key]
            target[path[-1]] = value
            try:
                build_template(doc, "nasty.json")
            except TemplateError:
                pass
            except Exception as exc:  # noqa: BLE001 - collecting every crash for the message
                failures.append((path, value, repr(exc)))
    assert failures == []


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.sampled_from(PATHS), json_value, st.booleans()), min_size=1, max_size=3))
def test_mutated_documents_never_crash(mutations: list[tuple[tuple[Any, ...], Any, bool]]) -> None:
    doc = copy.deepcopy(BASE)
    for path, value, delete in mutations:
        target: Any = doc
        try:
            for key in path[:-1]:
                target = target[key]
            if delete and isinstance(target, dict):
                target.pop(path[-1], None)
            else:
                target[path[-1]] = value
        except (KeyError, IndexError, TypeError):
            continue
    try:
        build_template(doc, "fuzz.json")
    except TemplateError as exc:
        assert exc.path == "fuzz.json" and exc.problem


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.binary(max_size=300))
def test_random_bytes_never_crash(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "random.json"
    path.write_bytes(data)
    try:
        load_template(path)
    except TemplateError as exc:
        assert exc.problem


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.integers(1, len(json.dumps(BASE)) - 1))
def test_every_truncation_is_reported(tmp_path: Path, cut: int) -> None:
    path = tmp_path / "cut.json"
    path.write_text(json.dumps(BASE)[:cut], encoding="utf-8")
    try:
        load_template(path)
    except TemplateError as exc:
        assert "JSON" in exc.problem or "empty" in exc.problem
    else:
        raise AssertionError("a truncated file loaded")


def test_an_unexpected_failure_is_reported_not_raised(tmp_path: Path, monkeypatch: Any) -> None:
    from mesomap.core.templates import load_library, loader

    def boom(document: Any, path: str) -> Any:
        raise ZeroDivisionError("simulated bug")

    (tmp_path / "odd.json").write_text(json.dumps(dict(BASE, id="odd_one")), encoding="utf-8")
    monkeypatch.setattr(loader, "build_template", boom)
    library = load_library([tmp_path], include_shipped=False, include_user=False)
    assert len(library) == 0
    assert len(library.errors) == 1
    assert "unexpected problem (ZeroDivisionError)" in library.errors[0].problem
