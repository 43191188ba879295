"""``mesomap demo``: the application on its own demonstration database (trainer mode, issue 9).

The demonstration database is ``mesomap-demo.sqlite`` in the user data folder (the file that
File ▸ Open demonstration database uses too). The first time, it is filled by seed-demo with
fictional patients in a worker, with a progress dialog that can be cancelled. The window says
DEMO in its title bar and printouts. The clinic's database is never opened, created or changed:
the global ``--db`` option is ignored here.

``MESOMAP_QUIT_WHEN_READY=1`` prints ``MESOMAP_READY <rows> demo=<path>`` once the window is
shown with its patient list filled, and exits (tests and smoke checks).
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

DEFAULT_PATIENTS = 60
EXIT_UNAVAILABLE = 2


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "demo",
        help="open the application on a separate demonstration database (fictional patients)",
        description=(
            "Start mesomap on its demonstration database (mesomap-demo.sqlite in the user data "
            "folder), filled with fictional patients the first time. Use it for teaching, "
            "trainer mode (Tools menu: presenter view, technique diagrams, practice exercises) "
            "and trying things out. The clinic's database is never opened or changed."
        ),
    )
    parser.add_argument("--patients", type=int, default=DEFAULT_PATIENTS, metavar="N",
                        help=f"fictional patients to create the first time (default "
                             f"{DEFAULT_PATIENTS})")
    parser.set_defaults(func=run)


def _open_demo(url: str, patients: int) -> Any:
    """Open (seeding on first use) the demo database in a worker with progress; ``None`` when
    it failed (the dialog said why) or was cancelled."""
    from PySide6.QtCore import QCoreApplication, QEventLoop

    from mesomap.gui.errors import show_error
    from mesomap.gui.fields import translate_error
    from mesomap.gui.windows import _open_or_seed_demo
    from mesomap.gui.workers import run_with_progress

    outcome: dict[str, Any] = {}
    loop = QEventLoop()

    def finished(key: str, value: Any) -> None:
        outcome[key] = value
        loop.quit()

    run_with_progress(
        lambda job: _open_or_seed_demo(job, url, patients),
        parent=None,
        title="mesomap",
        label=QCoreApplication.translate(
            "Demo", "Preparing the demonstration database with fictional patients…"),
        on_done=lambda db: finished("db", db),
        on_error=lambda exc: finished("error", exc),
        on_cancel=lambda: finished("cancelled", True),
        minimum_duration_ms=300,
        cancellable=True,
    )
    if not outcome:
        loop.exec()
    if "db" in outcome:
        return outcome["db"]
    if "error" in outcome:
        import logging

        from mesomap.app import _quit_when_ready

        logging.getLogger(__name__).error("demo database failed", exc_info=outcome["error"])
        show_error(None, translate_error(outcome["error"]), modal=not _quit_when_ready())
    return None


def run(args: argparse.Namespace) -> int:
    from mesomap.app import (
        _application,
        _apply_look,
        _quit_when_ready,
        configure_logging,
        install_translators,
    )

    if getattr(args, "db", None):
        print("mesomap demo uses its own demonstration database; the --db option is ignored.",
              file=sys.stderr)
    configure_logging()
    app = _application(sys.argv[:1])
    from mesomap.gui.errors import install_excepthook

    install_excepthook(app.activeWindow)
    _apply_look(app)
    from mesomap.core import settings as registry
    from mesomap.core.localeformat import set_default_locale, system_locale
    from mesomap.gui.settings_store import QSettingsBackend

    language = QSettingsBackend().read(registry.LANGUAGE.key) or ""
    fmt = set_default_locale(language or system_locale())
    install_translators(app, fmt.locale)

    from mesomap.gui.windows import WindowManager, demo_database_url

    url = demo_database_url()
    db = _open_demo(url, max(1, int(args.patients)))
    if db is None:
        return EXIT_UNAVAILABLE
    from mesomap.gui.trainer import install as install_trainer

    manager = WindowManager()
    try:
        window = manager.add(db, delete_on_close=False)
        install_trainer(window)
        if _quit_when_ready():
            def ready(rows: int) -> None:
                print(f"MESOMAP_READY {rows} demo={url.removeprefix('sqlite:///')} "
                      f"is_demo={int(bool(getattr(db, 'is_demo', False)))}", flush=True)
                manager.close_all()
                app.quit()

            window.patient_list.search_finished.connect(ready)
        code = app.exec()
        manager.close_all()
        return int(code)
    finally:
        from PySide6.QtCore import QThreadPool

        QThreadPool.globalInstance().waitForDone(5000)
        db.close()
