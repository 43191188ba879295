"""The command line parses, documents itself and reports its version."""

from __future__ import annotations

import subprocess
import sys

from mesomap import __version__


def test_version() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "mesomap", "--version"], capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == f"mesomap {__version__}"


def test_help_mentions_db_option() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "mesomap", "--help"], capture_output=True, text=True, check=True
    )
    assert "--db URL" in out.stdout
    assert "MESOMAP_DB" in out.stdout
