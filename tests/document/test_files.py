"""Autosave / recovery files: atomic writes, exact reads, damaged files refused."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from mesomap.core.document import (
    DocumentFormatError,
    canonical_bytes,
    read_document,
    write_document,
)
from mesomap.core.document import commands as c
from tests.document.helpers import sample_document


def test_write_then_read_gives_the_same_document(tmp_path: Path) -> None:
    doc = sample_document()
    path = tmp_path / "autosave.mesomap-map.json"
    write_document(path, doc)
    assert read_document(path) == doc
    assert path.read_bytes() == canonical_bytes(doc)
    assert [p.name for p in tmp_path.iterdir()] == [path.name]


def test_a_failed_write_keeps_the_previous_copy(tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    doc = sample_document()
    path = tmp_path / "autosave.json"
    write_document(path, doc)
    changed = doc.copy()
    c.History(changed).push(c.SetNotes(changed, "newer"))

    def broken_replace(src: str, dst: str) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(OSError):
        write_document(path, changed)
    monkeypatch.undo()
    assert read_document(path) == doc
    assert [p.name for p in tmp_path.iterdir()] == [path.name]


def test_a_truncated_file_is_refused_with_a_sentence(tmp_path: Path) -> None:
    path = tmp_path / "autosave.json"
    write_document(path, sample_document())
    path.write_bytes(path.read_bytes()[:-40])
    with pytest.raises(DocumentFormatError) as info:
        read_document(path)
    assert "damaged" in info.value.message
