"""Smoke test of the frozen (PyInstaller) one-folder build.

Builds mesomap with ``packaging/mesomap.spec`` into a temporary folder, then runs the frozen
programs with fresh user folders (the autouse fixture of tests/conftest.py) and checks that:

- the console program answers and lists every shipped template, read from inside the frozen
  folder (not from this checkout);
- the desktop program starts offscreen, creates its embedded SQLite database with the whole
  schema (Alembic migrations read as files from the frozen folder) and quits when ready;
- a demonstration database seeded by the frozen program opens with its patients listed, and
  ``mesomap-cli print`` writes a signed session's sheet from it to a PDF;
- the frozen program reaches PostgreSQL through psycopg;
- in French, the frozen program prints the same sheet as the source tree (locale data of babel
  and Qt inside the frozen folder: dates, numbers, paper).

The build takes minutes, so this module runs only with ``MESOMAP_FROZEN_TEST=1``.
``MESOMAP_FROZEN_APP=build/pyinstaller/dist/mesomap`` tests an existing build instead of
building one (built from this tree: migrations and templates are compared with the checkout's). Build time, folder size and start times are printed in the pytest summary (conftest.py).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "packaging" / "mesomap.spec"
BUILD_TIMEOUT_S = 1500
RUN_TIMEOUT_S = 180

pytestmark = [
    pytest.mark.slow,
    pytest.mark.timeout(BUILD_TIMEOUT_S + 300),
    pytest.mark.skipif(
        os.environ.get("MESOMAP_FROZEN_TEST") != "1",
        reason="builds the frozen app for minutes: set MESOMAP_FROZEN_TEST=1 (or run "
        "packaging/smoke_test.sh)",
    ),
]

FIGURES: dict[str, str] = {}


def _folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


@pytest.fixture(scope="module")
def frozen_app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    existing = os.environ.get("MESOMAP_FROZEN_APP")
    if existing:
        app = Path(existing).resolve()
    else:
        out = tmp_path_factory.mktemp("pyinstaller")
        started = time.perf_counter()
        done = subprocess.run(
            [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
             "--distpath", str(out / "dist"), "--workpath", str(out / "work"), str(SPEC)],
            cwd=ROOT, capture_output=True, text=True, timeout=BUILD_TIMEOUT_S,
        )
        assert done.returncode == 0, done.stderr[-5000:]
        FIGURES["build time"] = f"{time.perf_counter() - started:.1f} s"
        app = out / "dist" / "mesomap"
    size = _folder_size(app)
    FIGURES["folder size"] = f"{size / 1e6:.0f} MB in {sum(1 for _ in app.rglob('*'))} entries"
    yield app


def _run(app: Path, program: str, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen", **env)
    environment.pop("PYTHONPATH", None)  # the frozen app must not lean on this checkout
    return subprocess.run([str(app / program), *args], cwd=app.parent, env=environment,
                          capture_output=True, text=True, timeout=RUN_TIMEOUT_S)


def _start_gui(app: Path, *args: str) -> tuple[int, float]:
    """Start the desktop program until its window is ready; (rows listed, seconds)."""
    started = time.perf_counter()
    done = _run(app, "mesomap", *args, MESOMAP_QUIT_WHEN_READY="1")
    seconds = time.perf_counter() - started
    assert done.returncode == 0, done.stdout + done.stderr
    match = re.search(r"^MESOMAP_READY (\d+)", done.stdout, re.MULTILINE)
    assert match, done.stdout + done.stderr
    return int(match.group(1)), seconds


def test_the_folder_holds_both_programs_and_the_shipped_data(frozen_app: Path) -> None:
    for program in ("mesomap", "mesomap-cli"):
        assert os.access(frozen_app / program, os.X_OK)
    data = frozen_app / "_internal" / "mesomap" / "_data"
    assert (data / "resources" / "icons" / "mesomap.svg").is_file()
    assert sorted(p.name for p in (data / "body_templates").glob("*.json"))
    versions = frozen_app / "_internal" / "mesomap" / "storage" / "migrations" / "versions"
    shipped = sorted(p.name for p in (ROOT / "mesomap/storage/migrations/versions").glob("*.py"))
    assert sorted(p.name for p in versions.glob("*.py")) == shipped
    # Printing needs Qt's print support and its platform plugin.
    qt = frozen_app / "_internal" / "PySide6" / "Qt"
    assert list((qt / "lib").glob("libQt6PrintSupport*")) or list(qt.rglob("Qt6PrintSupport*"))


def test_console_program_lists_every_shipped_template(frozen_app: Path) -> None:
    version = _run(frozen_app, "mesomap-cli", "--version")
    from mesomap import __version__

    assert version.returncode == 0 and version.stdout.strip() == f"mesomap {__version__}"

    started = time.perf_counter()
    frozen = _run(frozen_app, "mesomap-cli", "templates", "--json")
    FIGURES["'mesomap-cli templates --json'"] = f"{time.perf_counter() - started:.2f} s"
    assert frozen.returncode == 0, frozen.stderr
    listed = json.loads(frozen.stdout)
    source = subprocess.run([sys.executable, "-m", "mesomap", "templates", "--json"], cwd=ROOT,
                            capture_output=True, text=True, timeout=RUN_TIMEOUT_S, check=True)
    expected = json.loads(source.stdout)
    assert listed["errors"] == [] == expected["errors"]
    assert len(expected["templates"]) > 0

    def key(t: dict[str, object]) -> tuple[object, ...]:
        return (t["id"], t["version"], t["content_hash"], tuple(t["zones"]))  # type: ignore[arg-type]

    assert sorted(map(key, listed["templates"])) == sorted(map(key, expected["templates"]))
    for template in listed["templates"]:
        assert Path(template["path"]).is_relative_to(frozen_app), template["path"]


def test_desktop_program_creates_its_embedded_database(frozen_app: Path) -> None:
    from mesomap.paths import user_data_dir
    from mesomap.storage.revisions import HEAD_REVISION

    assert not user_data_dir().exists()
    rows, first = _start_gui(frozen_app)
    assert rows == 0
    databases = list(user_data_dir().glob("*.sqlite"))
    assert len(databases) == 1
    with sqlite3.connect(databases[0]) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchall() == [
            (HEAD_REVISION,)]
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"patient", "mesomap_meta", "audit_log"} <= tables, tables
    _, again = _start_gui(frozen_app)
    FIGURES["start, new database"] = f"{first:.2f} s"
    FIGURES["start, existing database"] = f"{again:.2f} s"


def test_demo_database_seeded_by_the_frozen_program_opens(frozen_app: Path, tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'demo.sqlite'}"
    seeded = _run(frozen_app, "mesomap-cli", "--db", url, "seed-demo", "--patients", "7",
                  "--quiet")
    assert seeded.returncode == 0, seeded.stdout + seeded.stderr
    assert "7 patients" in seeded.stdout
    rows, _ = _start_gui(frozen_app, "--db", url)
    assert rows == 7


@pytest.mark.postgres
def test_frozen_program_reaches_postgresql(frozen_app: Path, pg_url: str) -> None:
    seeded = _run(frozen_app, "mesomap-cli", "--db", pg_url, "seed-demo", "--patients", "2",
                  "--quiet")
    assert seeded.returncode == 0, seeded.stdout + seeded.stderr
    import sqlalchemy as sa

    engine = sa.create_engine(pg_url)
    try:
        with engine.connect() as conn:
            assert conn.execute(sa.text("SELECT count(*) FROM patient")).scalar() == 2
    finally:
        engine.dispose()


def test_frozen_program_prints_a_session_sheet(frozen_app: Path, tmp_path: Path) -> None:
    database = tmp_path / "demo.sqlite"
    url = f"sqlite:///{database}"
    seeded = _run(frozen_app, "mesomap-cli", "--db", url, "seed-demo", "--patients", "2",
                  "--quiet")
    assert seeded.returncode == 0, seeded.stdout + seeded.stderr
    with sqlite3.connect(database) as conn:
        session_id, family_name = conn.execute(
            "SELECT s.id, p.family_name FROM session s JOIN patient p ON p.id = s.patient_id "
            "WHERE s.status = 'signed' ORDER BY s.id LIMIT 1").fetchone()
    pdf = tmp_path / "sheet.pdf"
    started = time.perf_counter()
    printed = _run(frozen_app, "mesomap-cli", "--db", url, "print", str(session_id),
                   "--output", str(pdf), "--aftercare")
    FIGURES["'mesomap-cli print' of one sheet"] = f"{time.perf_counter() - started:.2f} s"
    assert printed.returncode == 0, printed.stdout + printed.stderr
    assert pdf.read_bytes().startswith(b"%PDF")
    pdftotext = shutil.which("pdftotext")
    if pdftotext is None:
        pytest.fail("pdftotext is missing: scripts/install-system-deps.sh test installs poppler-utils")
    text = subprocess.run([pdftotext, str(pdf), "-"], capture_output=True, text=True,
                          check=True, timeout=60).stdout
    assert family_name.upper() in text.upper()
    assert "DEMO" in text  # a demonstration database stamps every printout
    assert text.count("\f") >= 2  # the sheet, then the aftercare page


def _pdf_lines(pdf: Path) -> set[str]:
    """The PDF's text lines with every digit masked (print times differ between two runs, the
    shape of dates and numbers does not)."""
    pdftotext = shutil.which("pdftotext")
    if pdftotext is None:
        pytest.fail("pdftotext is missing: scripts/install-system-deps.sh test installs poppler-utils")
    text = subprocess.run([pdftotext, "-layout", str(pdf), "-"], capture_output=True, text=True,
                          check=True, timeout=60).stdout
    return {re.sub(r"\d", "#", line).strip() for line in text.splitlines() if line.strip()}


def test_frozen_program_prints_like_the_source_tree_in_french(
    frozen_app: Path, tmp_path: Path
) -> None:
    database = tmp_path / "demo.sqlite"
    url = f"sqlite:///{database}"
    french = {"LANG": "fr_FR.UTF-8", "LC_ALL": "fr_FR.UTF-8"}
    seeded = _run(frozen_app, "mesomap-cli", "--db", url, "seed-demo", "--patients", "2",
                  "--quiet")
    assert seeded.returncode == 0, seeded.stdout + seeded.stderr
    with sqlite3.connect(database) as conn:
        (session_id,) = conn.execute(
            "SELECT id FROM session WHERE status = 'signed' ORDER BY id LIMIT 1").fetchone()
    frozen_pdf, source_pdf = tmp_path / "frozen.pdf", tmp_path / "source.pdf"
    frozen = _run(frozen_app, "mesomap-cli", "--db", url, "print", str(session_id),
                  "--output", str(frozen_pdf), **french)
    assert frozen.returncode == 0, frozen.stdout + frozen.stderr
    source = subprocess.run(
        [sys.executable, "-m", "mesomap", "--db", url, "print", str(session_id),
         "--output", str(source_pdf)],
        cwd=ROOT, env=dict(os.environ, QT_QPA_PLATFORM="offscreen", **french),
        capture_output=True, text=True, timeout=RUN_TIMEOUT_S)
    assert source.returncode == 0, source.stdout + source.stderr
    assert _pdf_lines(frozen_pdf) == _pdf_lines(source_pdf)
