"""Start-up stays lean: the window opens without the layout engine's heavy imports.

The launch target (window shown with the patient list filled in about a second) is measured by
benchmarks/bench_launch.py; these tests pin the two regressions that once cost half of it:
the crash-recovery module importing the map document (-> layout engine -> scipy, ~0.5 s) and
an Argon2 hash computed when the accounts module was imported (~0.1-0.5 s).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def test_window_opens_without_importing_scipy_or_the_layout_engine(tmp_path: Path, sqlite_url: str) -> None:
    from mesomap.storage.engine import open_database
    from mesomap.storage.repository.patients import PatientInput, PatientRepository

    with open_database(sqlite_url) as db:
        PatientRepository(db).create(PatientInput(family_name="Dupont"))
    env = dict(os.environ, MESOMAP_QUIT_WHEN_READY="1", QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "mesomap", "--db", sqlite_url],
        capture_output=True, text=True, timeout=120, env=env, cwd=tmp_path,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert "MESOMAP_READY 1" in result.stdout
    imported = {
        line.split("|")[-1].strip()
        for line in result.stderr.splitlines()
        if line.startswith("import time:")
    }
    assert "mesomap.gui.main_window" in imported  # the measurement itself worked
    heavy = sorted(m for m in imported if m.split(".")[0] == "scipy" or m.startswith("mesomap.core.layout"))
    assert heavy == []


def test_importing_accounts_hashes_nothing() -> None:
    code = (
        "import mesomap.storage.accounts as a, mesomap.gui.accounts.recovery;"
        "print(a._DUMMY_HASH is None)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "True"
