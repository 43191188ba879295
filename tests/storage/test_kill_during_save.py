"""Kill-during-save, CI size: a few dozen SIGKILLs of a process saving session maps, then every
acknowledged session is present whole and the file passes ``integrity_check``.

The harness itself is ``benchmarks/kill_during_save.py`` (run with ``--trials 1000`` as the
benchmark). SIGKILL is not a power loss: this shows a crash of mesomap never leaves a half-saved
map, not that a power cut cannot.
"""

from __future__ import annotations

import importlib.util
import sqlite3
import sys
from pathlib import Path
from types import ModuleType

import pytest

HARNESS = Path(__file__).resolve().parents[2] / "benchmarks" / "kill_during_save.py"


def _harness() -> ModuleType:
    spec = importlib.util.spec_from_file_location("kill_during_save", HARNESS)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["kill_during_save"] = module
    spec.loader.exec_module(module)
    return module


@pytest.mark.slow
@pytest.mark.timeout(180)
def test_sigkill_during_saves_loses_nothing_acknowledged(tmp_path: Path) -> None:
    kds = _harness()
    summary = kds.run(36, tmp_path, trials_per_file=18, max_delay_s=0.5, seed=20261125)
    assert summary.trials == 36
    assert summary.files == 2  # trials repeat on the same file
    # the kills landed while saves were happening: many commits acknowledged and checked
    assert summary.acknowledged >= 36
    assert summary.kills_during_save >= 18  # most kills interrupt a save in progress
    assert summary.sessions_checked >= summary.acknowledged
    assert summary.problems == []
    assert summary.corrupt_databases == 0
    assert summary.partial_sessions == 0
    assert summary.lost_acknowledged == 0


def test_checker_detects_a_partial_session_and_a_lost_commit(tmp_path: Path) -> None:
    """The check is not vacuous: remove papules of one saved session and forget another."""
    kds = _harness()
    summary = kds.run(2, tmp_path, trials_per_file=2, max_delay_s=0.6, seed=7)
    assert summary.clean and summary.acknowledged >= 2
    db = tmp_path / "kill-001.sqlite"
    con = sqlite3.connect(db)
    ids = [r[0] for r in con.execute("SELECT id FROM session WHERE notes LIKE 'harness%' "
                                     "ORDER BY id")]
    assert len(ids) >= 2
    counts = {}
    for sid in ids:
        row = con.execute(kds.COUNTS_SQL.format(ids=sid)).fetchone()
        counts[sid] = (row[2], row[3], row[4])
    partial, lost = ids[0], ids[1]
    con.execute("PRAGMA foreign_keys = ON")
    con.execute("""DELETE FROM papule WHERE id = (SELECT min(p.id) FROM papule p
                   JOIN map_region r ON p.region_id = r.id JOIN session_map m ON r.map_id = m.id
                   WHERE m.session_id = ?)""", (partial,))
    con.execute("DELETE FROM session WHERE id = ?", (lost,))
    con.commit()
    con.close()
    check = kds.Summary()
    kds.check_file(db, {partial: counts[partial], lost: counts[lost]}, {0}, check)
    assert check.partial_sessions == 1
    assert check.lost_acknowledged == 1
    assert check.corrupt_databases == 0
