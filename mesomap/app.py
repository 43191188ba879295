"""Start the desktop application: logging, Qt, the database, settings, the main window.

``run_gui(db_url)`` is what ``mesomap`` (no subcommand) calls. Start-up is kept fast by
importing Qt, SQLAlchemy and the windows only inside functions (``mesomap --help`` and the CLI
subcommands never pay for them), and by filling the patient list in the background after the
window is shown. Widgets are created inside functions, never in module globals (pyqtgraph items
in globals segfault at interpreter exit; see DESIGN.md).

Benchmarks and smoke tests set ``MESOMAP_QUIT_WHEN_READY=1``: the process prints
``MESOMAP_READY <rows> cpu=<seconds>`` on stdout as soon as the window is shown with the patient
list filled (the CPU time the process used until then), and exits 0.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import sys
from typing import TYPE_CHECKING, Any

from mesomap import __version__

if TYPE_CHECKING:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    from mesomap.core.settings import Settings
    from mesomap.gui.main_window import MainWindow

log = logging.getLogger("mesomap")

LOG_FILE_NAME = "mesomap.log"
LOG_MAX_BYTES = 2_000_000
LOG_BACKUPS = 5


def configure_logging() -> logging.Handler | None:
    """Send mesomap's log to a rotating file in the user log folder (and warnings to stderr).
    Returns the file handler, or ``None`` when the folder cannot be written (logged to stderr)."""
    from mesomap.paths import user_log_dir

    root = logging.getLogger()
    for existing in root.handlers:
        if getattr(existing, "_mesomap_file", False):
            return existing
    root.setLevel(logging.INFO)
    folder = user_log_dir()
    try:
        # Owner-only: a log line can name a record of a health database.
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        path = folder / LOG_FILE_NAME
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=LOG_MAX_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8"
        )
        if os.name == "posix":
            os.chmod(path, 0o600)
    except OSError as exc:
        print(f"mesomap: cannot write the log file in {folder}: {exc}", file=sys.stderr)
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler._mesomap_file = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    return handler


def _application(argv: list[str]) -> QApplication:
    from PySide6.QtWidgets import QApplication

    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(argv)
    app.setApplicationName("mesomap")
    app.setOrganizationName("mesomap")
    app.setApplicationVersion(__version__)
    app.setApplicationDisplayName("mesomap")
    return app


def _apply_look(app: QApplication) -> None:
    from mesomap.gui.icons import icon, style_sheet

    try:
        app.setWindowIcon(icon("mesomap"))
        app.setStyleSheet(style_sheet("app"))
    except KeyError:
        log.warning("icon or style sheet missing from the installation", exc_info=True)


def install_translators(app: QCoreApplication, language: str) -> list[Any]:
    """Load mesomap's and Qt's translations for ``language`` (a babel locale such as ``fr``),
    when they are shipped (``resources/translations/mesomap_<lang>.qm``)."""
    from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator

    from mesomap.paths import resources_dir

    QLocale.setDefault(QLocale(language))
    translators: list[Any] = []
    folder = resources_dir() / "translations"
    candidates = [(str(folder), "mesomap_"), (QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath), "qtbase_")]
    for directory, prefix in candidates:
        translator = QTranslator(app)
        locale = QLocale(language)
        if language.replace("-", "_").split("_")[0] == "pt":
            locale = QLocale("pt_BR")  # the Portuguese shipped (ours and Qt's) is Brazilian
        if translator.load(locale, prefix.rstrip("_"), "_", directory):
            app.installTranslator(translator)
            translators.append(translator)
    return translators


def make_settings(db: Any, actor: Any = None) -> Settings:
    """The registry bound to this database (clinic scope, written as ``actor``) and this
    workstation (QSettings)."""
    from mesomap.core.settings import Settings
    from mesomap.gui.patient_gateway import clinic_settings_backend
    from mesomap.gui.settings_store import QSettingsBackend

    return Settings(clinic=clinic_settings_backend(db, actor), workstation=QSettingsBackend())


def create_main_window(db: Any, settings: Settings | None = None) -> MainWindow:
    """Build (not show) the main window on an open database."""
    from mesomap.gui.main_window import MainWindow
    from mesomap.gui.patient_gateway import RepositoryPatientGateway, make_patient_search
    from mesomap.storage.permissions import ActorRef

    actor = ActorRef()  # whoever is logged in (issue 5: mesomap.gui.accounts sets it)
    settings = settings or make_settings(db, actor)
    window = MainWindow(
        db=db,
        settings=settings,
        search=make_patient_search(db, actor),
        gateway=RepositoryPatientGateway(db, actor),
        is_demo=bool(getattr(db, "is_demo", False)),
    )
    window.actor_ref = actor  # type: ignore[attr-defined]  # read by mesomap.gui.accounts
    from mesomap.gui.printing.actions import install as install_print_actions

    install_print_actions(window)  # File > Print session sheet (Ctrl+P), issue 8
    from mesomap.gui.trainer import install as install_trainer

    install_trainer(window)  # Tools > Presenter view, Technique diagrams, Practice (issue 9)
    return window


def _open_database(db_url: str | None) -> Any:
    """Open the database in a worker (creating or upgrading the schema can take minutes on a
    big file: a progress dialog appears after a moment) or show why it cannot be opened: a
    sentence in a dialog, the detail in the log. Returns the Database or ``None``."""
    from PySide6.QtCore import QCoreApplication, QEventLoop

    from mesomap.gui.errors import show_error
    from mesomap.gui.fields import translate_error
    from mesomap.gui.workers import run_with_progress
    from mesomap.storage.engine import open_database
    from mesomap.storage.errors import StorageError

    outcome: dict[str, Any] = {}
    loop = QEventLoop()

    def finished(key: str, value: Any) -> None:
        outcome[key] = value
        loop.quit()

    run_with_progress(
        lambda _job: open_database(db_url),
        parent=None,
        title="mesomap",
        label=QCoreApplication.translate(
            "App",
            "Opening the database… Before an update mesomap makes a safety copy first; "
            "with a large database this can take a few minutes.",
        ),
        on_done=lambda db: finished("db", db),
        on_error=lambda exc: finished("error", exc),
        minimum_duration_ms=1500,
        cancellable=False,
    )
    if not outcome:
        loop.exec()
    if "db" in outcome:
        return outcome["db"]
    exc = outcome["error"]
    modal = not _quit_when_ready()
    if isinstance(exc, StorageError):
        log.error("cannot open the database: %s", exc.message, exc_info=exc)
        show_error(None, translate_error(exc), modal=modal)
    else:
        log.critical("unexpected error while opening the database", exc_info=exc)
        message = QCoreApplication.translate(
            "App",
            "mesomap could not open the database because of an unexpected problem. "
            "The details are in the log file.",
        )
        show_error(None, message, modal=modal)
    return None


def _quit_when_ready() -> bool:
    return os.environ.get("MESOMAP_QUIT_WHEN_READY") == "1"


def run_gui(db_url: str | None) -> int:
    """Run the desktop application on ``db_url`` (``None``: the embedded SQLite default).
    Returns the process exit code: 0 after a normal quit, 2 when the database cannot be
    opened (the dialog said why; nothing was written)."""
    configure_logging()
    log.info("mesomap %s starting", __version__)
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

    db = _open_database(db_url)
    if db is None:
        return 2
    from mesomap.gui.windows import WindowManager

    manager = WindowManager()
    try:
        window = manager.add(db, delete_on_close=False)
        if _quit_when_ready():
            def ready(rows: int) -> None:
                import time

                print(f"MESOMAP_READY {rows} cpu={time.process_time():.3f}", flush=True)
                manager.close_all()
                app.quit()

            window.patient_list.search_finished.connect(ready)
        code = app.exec()
        manager.close_all()
        return int(code)
    finally:
        from PySide6.QtCore import QThreadPool

        # Let running queries finish before the database handles go away.
        QThreadPool.globalInstance().waitForDone(5000)
        db.close()
        log.info("mesomap stopped")
