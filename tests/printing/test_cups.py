"""Printing through a real CUPS queue (the cups-pdf backend) with QPrinter, and finding the
PDF that comes out."""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from mesomap.core.templates import load_library
from mesomap.printing.paint import prepare, print_to
from mesomap.printing.sheet import SheetOptions
from mesomap.storage.engine import Database
from mesomap.storage.repository.sheets import SheetRepository
from tests.printing.conftest import (
    black_bars,
    page_count,
    page_size_pt,
    raster,
    session_with_template,
)

QUEUE = "mesomapPDF"
TIMEOUT_S = 60


def _scheduler_running() -> bool:
    done = subprocess.run(["lpstat", "-r"], capture_output=True, text=True)
    return "is running" in done.stdout


@pytest.fixture(scope="module")
def cups_queue() -> Iterator[str]:
    if shutil.which("cupsd") is None or shutil.which("lpadmin") is None:
        pytest.skip("CUPS is not installed here (scripts/install-system-deps.sh installs cups and "
                    "printer-driver-cups-pdf)")
    started: subprocess.Popen[bytes] | None = None
    if not _scheduler_running():
        started = subprocess.Popen(["cupsd", "-f"], stdout=subprocess.DEVNULL,
                                   stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 15
        while not _scheduler_running():
            if time.monotonic() > deadline or started.poll() is not None:
                started.kill()
                pytest.skip("cupsd could not be started here (no permission to run the scheduler)")
            time.sleep(0.2)
    added = subprocess.run(["lpadmin", "-p", QUEUE, "-v", "cups-pdf:/", "-m",
                            "lsb/usr/cups-pdf/CUPS-PDF_opt.ppd", "-E"], capture_output=True,
                           text=True)
    if added.returncode != 0:
        if started is not None:
            started.terminate()
            started.wait(10)
        pytest.skip(f"the cups-pdf queue could not be added here: {added.stderr.strip()}")
    try:
        yield QUEUE
    finally:
        if started is not None:
            started.terminate()
            started.wait(10)


def _out_dirs() -> list[Path]:
    dirs = [Path.home() / "PDF", Path("/var/spool/cups-pdf/ANONYMOUS")]
    conf = Path("/etc/cups/cups-pdf.conf")
    if conf.exists():
        for line in conf.read_text().splitlines():
            if line.startswith("Out "):
                dirs.append(Path(line.split(None, 1)[1].replace("${HOME}", str(Path.home()))))
    return dirs


def test_print_through_cups_pdf(qtbot: object, cups_queue: str, demo_db: Database,
                                tmp_path: Path) -> None:
    from PySide6 import QtPrintSupport

    sid = session_with_template(demo_db, "face_front")
    data = SheetRepository(demo_db).get(sid)
    sheet = prepare(data, SheetOptions(), load_library())
    title = f"mesomap-cups-test-{os.getpid()}-{time.time_ns()}"
    before = {p for d in _out_dirs() if d.is_dir() for p in d.glob("*.pdf")}

    printer = QtPrintSupport.QPrinter(QtPrintSupport.QPrinter.PrinterMode.HighResolution)
    printer.setPrinterName(cups_queue)
    assert printer.isValid() and printer.printerName() == cups_queue
    printer.setDocName(title)
    pages = print_to(printer, [sheet])
    assert pages == len(sheet.layout.pages)

    deadline = time.monotonic() + TIMEOUT_S
    found: list[Path] = []
    while time.monotonic() < deadline and not found:
        found = [p for d in _out_dirs() if d.is_dir() for p in d.glob("*.pdf")
                 if p not in before and p.stat().st_size > 0]
        time.sleep(0.5)
    assert found, f"cups-pdf wrote nothing within {TIMEOUT_S} s in {_out_dirs()}"
    out = found[0]
    time.sleep(0.5)  # let cups-pdf finish writing
    try:
        assert page_count(out) == pages
        w, h = page_size_pt(out)
        assert abs(w - 595.3) < 1.5 and abs(h - 841.9) < 1.5  # A4
        # cups-pdf re-renders through Ghostscript (text is no longer extractable), so check
        # what matters on paper: the printer's margins did not change the map's scale.
        assert sheet.layout.denominator is not None
        from mesomap.printing.sheet import BAR_LENGTHS_CM

        expected = [cm * 10.0 / sheet.layout.denominator for cm in BAR_LENGTHS_CM]
        bars = black_bars(raster(out, 1, 300, tmp_path), 300, min_mm=5.0)
        assert any(abs(b - e) <= 0.5 for b in bars for e in expected), (bars, expected)
    finally:
        out.unlink()
