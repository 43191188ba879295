"""``mesomap demo`` runs on its own demonstration database: a fresh user folder gets no clinic
database, and an existing clinic database is left byte-identical."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

DEMO_FILE = "mesomap-demo.sqlite"
CLINIC_FILE = "mesomap.sqlite"


def _run_demo(data: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    env.update({
        "MESOMAP_DATA_DIR": str(data),
        "MESOMAP_QUIT_WHEN_READY": "1",
        "QT_QPA_PLATFORM": "offscreen",
        "MESOMAP_LOG_DIR": str(data.parent / "log"),
        "MESOMAP_SETTINGS_DIR": str(data.parent / "settings"),
    })
    env.pop("MESOMAP_DB", None)
    return subprocess.run([sys.executable, "-m", "mesomap", "demo", "--patients", "3", *args],
                          capture_output=True, text=True, env=env, timeout=300,
                          cwd=str(Path(__file__).resolve().parents[2]))


def _ready(out: str) -> dict[str, str]:
    line = next(x for x in out.splitlines() if x.startswith("MESOMAP_READY"))
    parts = line.split()
    return {"rows": parts[1], **dict(p.split("=", 1) for p in parts[2:])}


def test_demo_with_a_fresh_folder_leaves_no_clinic_database(tmp_path: Path) -> None:
    data = tmp_path / "data"
    result = _run_demo(data)
    assert result.returncode == 0, result.stderr
    ready = _ready(result.stdout)
    assert int(ready["rows"]) == 3  # the seeded fictional patients are listed
    assert ready["is_demo"] == "1"
    assert Path(ready["demo"]) == data / DEMO_FILE
    assert (data / DEMO_FILE).is_file()
    assert not any(p.name.startswith(CLINIC_FILE) for p in data.iterdir())
    # second start: no new seeding, same patients
    again = _run_demo(data)
    assert again.returncode == 0, again.stderr
    assert _ready(again.stdout)["rows"] == "3"
    assert not any(p.name.startswith(CLINIC_FILE) for p in data.iterdir())


def _digest(folder: Path) -> dict[str, tuple[str, int]]:
    return {p.name: (hashlib.sha256(p.read_bytes()).hexdigest(), p.stat().st_mtime_ns)
            for p in folder.iterdir() if p.name.startswith(CLINIC_FILE)}


def test_demo_leaves_an_existing_clinic_database_byte_identical(tmp_path: Path,
                                                                monkeypatch: object) -> None:
    data = tmp_path / "data"
    env = dict(os.environ, MESOMAP_DATA_DIR=str(data))
    env.pop("MESOMAP_DB", None)
    code = ("from mesomap.storage.engine import open_database\n"
            "db = open_database(None)\n"
            "from mesomap.storage.repository.patients import PatientRepository\n"
            "print(PatientRepository(db).count())\n"
            "db.close()\n")
    made = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True,
                          timeout=120)
    assert made.returncode == 0, made.stderr
    before = _digest(data)
    assert CLINIC_FILE in before
    result = _run_demo(data, "--patients", "2")
    assert result.returncode == 0, result.stderr
    assert _digest(data) == before
    assert (data / DEMO_FILE).is_file()
    # even with the global --db pointing at the clinic, demo ignores it
    env2 = dict(os.environ, MESOMAP_DATA_DIR=str(data), MESOMAP_QUIT_WHEN_READY="1",
                QT_QPA_PLATFORM="offscreen", MESOMAP_LOG_DIR=str(tmp_path / "log"))
    ignored = subprocess.run([sys.executable, "-m", "mesomap", "--db",
                              f"sqlite:///{data / CLINIC_FILE}", "demo"], env=env2,
                             capture_output=True, text=True, timeout=300)
    assert ignored.returncode == 0, ignored.stderr
    assert "ignored" in ignored.stderr
    assert _digest(data) == before
