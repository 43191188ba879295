"""Launch time: process start to main window shown with the patient list filled.

Usage::

    .venv/bin/python benchmarks/bench_launch.py [DB_URL] [--runs N]

Without a URL a temporary SQLite database with 200 fictional patients is made. Each run starts
``python -m mesomap --db URL`` in a fresh process with ``MESOMAP_QUIT_WHEN_READY=1`` (offscreen,
fresh settings and log folders) and measures wall time from just before the process is spawned
until it prints ``MESOMAP_READY`` (window shown, first patient search on screen). Prints the
median and the spread, and the CPU time the process used until ready (a steadier figure when
other work shares the machine); it never fails on a time (the target in issue 2 is <= 1.0 s).

Also reports the same interpreter's bare floor: ``import PySide6.QtWidgets`` + an empty shown
window, so the figure can be compared with what Qt costs on this machine.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PHASES_SCRIPT = """
import sys, time
t0 = time.perf_counter()
marks = []
def mark(name):
    marks.append((name, time.perf_counter()))
from PySide6.QtWidgets import QApplication
app = QApplication([])
mark("Qt imported, QApplication")
from mesomap.app import _apply_look, install_translators
from mesomap.core.localeformat import set_default_locale, system_locale
_apply_look(app)
install_translators(app, set_default_locale(system_locale()).locale)
mark("style, icons, locale")
import mesomap.storage.engine
mark("storage engine imported (SQLAlchemy)")
db = mesomap.storage.engine.open_database(sys.argv[1])
mark("database opened (schema check)")
from mesomap.app import create_main_window
import mesomap.gui.main_window, mesomap.gui.patient_gateway
mark("GUI modules and repositories imported")
window = create_main_window(db)
window.show()
mark("window built and shown")
done = []
window.patient_list.search_finished.connect(done.append)
window.start()
while not done:
    app.processEvents()
mark("patient list filled")
previous = t0
for name, t in marks:
    print(f"  {name:<40} {t - previous:6.3f} s")
    previous = t
db.close()
"""

FLOOR_SCRIPT = (
    "from PySide6.QtWidgets import QApplication, QMainWindow\n"
    "app = QApplication([])\n"
    "w = QMainWindow(); w.show(); app.processEvents()\n"
    "import time; print(f'MESOMAP_READY 0 cpu={time.process_time():.3f}', flush=True)\n"
)


def make_demo_database(folder: Path, patients: int) -> str:
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from mesomap.storage.engine import open_database
    from mesomap.storage.repository.patients import PatientInput, PatientRepository

    url = f"sqlite:///{folder / 'launch.sqlite'}"
    families = ["Dupont", "Rossi", "García", "Silva", "Martin", "Bianchi", "López", "Costa"]
    given = ["Jeanne", "Marco", "Lucía", "João", "Claire", "Giulia", "Pablo", "Ana"]
    with open_database(url) as db:
        repo = PatientRepository(db)
        for i in range(patients):
            repo.create(PatientInput(family_name=f"{families[i % 8]}{i}", given_name=given[i % 7]))
    return url


def time_once(cmd: list[str], env: dict[str, str]) -> tuple[float, str]:
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    assert proc.stdout is not None
    ready = ""
    for line in proc.stdout:
        if line.startswith("MESOMAP_READY"):
            ready = line.strip()
            break
    elapsed = time.perf_counter() - start
    _out, err = proc.communicate(timeout=60)
    if not ready:
        raise SystemExit(f"the application did not report ready (exit {proc.returncode}):\n{err}")
    return elapsed, ready


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("db_url", nargs="?", help="database URL (default: a temporary SQLite file)")
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--patients", type=int, default=200, help="patients in the temporary database")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        url = args.db_url or make_demo_database(folder, args.patients)
        env = dict(
            os.environ,
            QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
            MESOMAP_QUIT_WHEN_READY="1",
            MESOMAP_SETTINGS_DIR=str(folder / "settings"),
            MESOMAP_LOG_DIR=str(folder / "logs"),
            MESOMAP_DATA_DIR=str(folder / "data"),
        )
        env.pop("MESOMAP_DB", None)
        app_cmd = [sys.executable, "-m", "mesomap", "--db", url]
        floor_cmd = [sys.executable, "-c", FLOOR_SCRIPT]
        time_once(app_cmd, env)  # warm the OS file cache once; not counted
        app_times: list[float] = []
        app_cpu: list[float] = []
        floor_times: list[float] = []
        ready = ""
        for _ in range(args.runs):
            elapsed, ready = time_once(app_cmd, env)
            app_times.append(elapsed)
            app_cpu.append(float(ready.split("cpu=")[1]))
            floor_times.append(time_once(floor_cmd, env)[0])

        phases = subprocess.run([sys.executable, "-c", PHASES_SCRIPT, url], capture_output=True,
                                text=True, env=env, timeout=120)

    shown = url.split("@")[-1] if "@" in url else url
    print(f"database: {shown}")
    print(f"runs: {args.runs}  ({ready.split()[1]} patients in the first screen of the list)")
    print(
        f"launch to window shown with patient list filled: median {statistics.median(app_times):.3f} s "
        f"(min {min(app_times):.3f}, max {max(app_times):.3f})  target <= 1.0 s"
    )
    print(
        f"CPU time used by the process until then: median {statistics.median(app_cpu):.3f} s "
        "(less sensitive than wall time to other load on the machine)"
    )
    print(
        f"bare PySide6 window in a fresh process (floor): median {statistics.median(floor_times):.3f} s"
    )
    print("where the time goes (one in-process run, after interpreter start):")
    print(phases.stdout.rstrip() or phases.stderr.strip()[-2000:])
    return 0


if __name__ == "__main__":
    sys.exit(main())
