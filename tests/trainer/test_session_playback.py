"""Playback of a stored session map from the demonstration database; clinic databases refused."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import pytest
import sqlalchemy as sa

from mesomap.core.trainer import build_playback


def test_latest_session_map_plays_every_stored_papule(tmp_path: Path) -> None:
    from mesomap.gui.trainer import latest_session_map
    from mesomap.storage.engine import open_database
    from mesomap.storage.seed import seed_demo

    db = open_database(f"sqlite:///{tmp_path / 'demo.sqlite'}")
    try:
        seed_demo(db.engine, patients=3)
        with db.engine.connect() as c:
            patients = [int(r[0]) for r in c.execute(sa.text("select id from patient"))]
        played = 0
        for pid in patients:
            found = latest_session_map(db, None, pid)
            if found is None:
                continue
            doc, template = found
            assert template.id == doc.template.template_id
            assert template.content_hash == doc.template.content_hash
            pb = build_playback(doc, template.avoid_exclusions())
            papule_steps = [s for s in pb.steps if s.kind == "papule"]
            assert len(papule_steps) == sum(len(r.papules) for r in doc.regions)
            for ri, region in enumerate(doc.regions):
                idx = [s.papule_index for s in papule_steps if s.region_index == ri]
                assert idx == list(np.argsort(region.papules.order, kind="stable"))
            played += 1
        assert played >= 1
    finally:
        db.close()


class _FakeWindow:
    is_demo = False


def test_presenting_a_clinic_patient_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    import mesomap.gui.errors as errors
    from mesomap.gui.trainer import present_current_patient

    shown: list[str] = []
    monkeypatch.setattr(errors, "show_error", lambda parent, message, **kw: shown.append(message))
    window: Any = _FakeWindow()
    present_current_patient(window)
    assert shown and "fictional patients only" in shown[0]
