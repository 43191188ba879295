"""Starting the application: a database that cannot be opened gives a sentence and exit 2 with
the file untouched; a good one opens the window with the patient list filled."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

pytestmark = pytest.mark.gui


def run_app(db_url: str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, MESOMAP_QUIT_WHEN_READY="1", QT_QPA_PLATFORM="offscreen")
    return subprocess.run(
        [sys.executable, "-m", "mesomap", "--db", db_url],
        capture_output=True, text=True, timeout=120, env=env, cwd=tmp_path,
    )


def test_app_opens_with_the_patient_list_filled(tmp_path: Path, sqlite_url: str) -> None:
    from mesomap.storage.engine import open_database
    from mesomap.storage.repository.patients import PatientInput, PatientRepository

    with open_database(sqlite_url) as db:
        repo = PatientRepository(db)
        for name in ("Dupont", "Rossi", "Silva"):
            repo.create(PatientInput(family_name=name))
    result = run_app(sqlite_url, tmp_path)
    assert result.returncode == 0, result.stderr
    assert "MESOMAP_READY 3" in result.stdout
    log_file = Path(os.environ["MESOMAP_LOG_DIR"]) / "mesomap.log"
    assert "mesomap 0" in log_file.read_text(encoding="utf-8")


def test_corrupt_database_is_refused_with_a_sentence_and_left_untouched(tmp_path: Path) -> None:
    corrupt = tmp_path / "broken.sqlite"
    corrupt.write_bytes(b"SQLite format 3\x00" + os.urandom(3000))
    before = hashlib.sha256(corrupt.read_bytes()).hexdigest()
    result = run_app(f"sqlite:///{corrupt}", tmp_path)
    assert result.returncode == 2
    assert "MESOMAP_READY" not in result.stdout
    assert hashlib.sha256(corrupt.read_bytes()).hexdigest() == before
    log_text = (Path(os.environ["MESOMAP_LOG_DIR"]) / "mesomap.log").read_text(encoding="utf-8")
    assert "cannot open the database" in log_text
    assert "damaged" in log_text


def test_open_error_dialog_shows_the_storage_sentence(qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    from mesomap import app

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda self: shown.append(self.text()) or 0)
    foreign = tmp_path / "other.sqlite"
    import sqlite3

    with sqlite3.connect(foreign) as conn:
        conn.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)")
        conn.execute("INSERT INTO invoices (total) VALUES (12.5)")
    before = foreign.read_bytes()
    assert app._open_database(f"sqlite:///{foreign}") is None
    assert len(shown) == 1
    assert "does not belong to mesomap" in shown[0]
    assert foreign.read_bytes() == before
