"""Screenshots of mesomap in French and Brazilian Portuguese for the docs (issue 11).

    xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python tools/screenshot_i18n.py [OUTDIR]

For each language: a demonstration database (``seed-demo``), the main window with a patient's
record open (``i18n-main-<lang>.png``), and the first page of a signed session's sheet printed
with ``mesomap print`` and rendered by ``pdftoppm`` (``i18n-sheet-<lang>.png``), written to
OUTDIR (default docs/screenshots). Each language runs in its own process (one Qt application,
one set of translators per process).
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LANGS = {"fr": "fr_FR.UTF-8", "pt_BR": "pt_BR.UTF-8"}


def _env(lang: str, home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("LC_")}
    env.update(LANG=LANGS[lang], LC_ALL=LANGS[lang], HOME=str(home),
               XDG_CONFIG_HOME=str(home / "config"), XDG_DATA_HOME=str(home / "data"))
    return env


def main_window_shot(db_path: Path, out: Path) -> None:
    """Runs in a child process: the main window on ``db_path`` with a record open."""
    sys.path.insert(0, str(ROOT))
    from PySide6.QtWidgets import QApplication

    from mesomap.app import create_main_window, install_translators
    from mesomap.core.localeformat import set_default_locale, system_locale
    from mesomap.storage.engine import open_database
    from mesomap.storage.permissions import Actor

    app = QApplication(["mesomap"])
    fmt = set_default_locale(system_locale())
    install_translators(app, fmt.locale)
    db = open_database(f"sqlite:///{db_path}")
    window = create_main_window(db)
    window.actor_ref.current = Actor(None, unrestricted=True)
    window.resize(1400, 860)
    window.show()
    window.start()
    for _ in range(40):
        app.processEvents()
    with sqlite3.connect(db_path) as c:
        (pid,) = c.execute("select min(patient_id) from session").fetchone()
    window.patient_list.select_patient(int(pid))
    window.records.open_patient(int(pid))
    import time

    end = time.monotonic() + 4
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.02)
    window.grab().save(str(out))
    window.close()
    db.close()


def main(argv: list[str]) -> int:
    if len(argv) == 3 and argv[0] == "--window":
        main_window_shot(Path(argv[1]), Path(argv[2]))
        return 0
    outdir = Path(argv[0]) if argv else ROOT / "docs" / "screenshots"
    outdir.mkdir(parents=True, exist_ok=True)
    py = sys.executable
    for lang in LANGS:
        with tempfile.TemporaryDirectory() as tmp:
            home = Path(tmp)
            db = home / "demo.sqlite"
            env = _env(lang, home)
            subprocess.run([py, "-m", "mesomap", "--db", f"sqlite:///{db}", "seed-demo", "--patients",
                            "4", "--quiet"], env=env, check=True, cwd=ROOT)
            with sqlite3.connect(db) as c:
                (sid,) = c.execute("select min(s.id) from session s join signature g "
                                   "on g.session_id = s.id").fetchone()
            pdf = home / "sheet.pdf"
            subprocess.run([py, "-m", "mesomap", "--db", f"sqlite:///{db}", "print", str(sid), "-o",
                            str(pdf)], env=env, check=True, cwd=ROOT)
            subprocess.run(["pdftoppm", "-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile", str(pdf),
                            str(outdir / f"i18n-sheet-{lang}")], check=True)
            subprocess.run([py, __file__, "--window", str(db), str(outdir / f"i18n-main-{lang}.png")],
                           env=env, check=True, cwd=ROOT)
            print(f"{lang}: i18n-main-{lang}.png, i18n-sheet-{lang}.png")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
