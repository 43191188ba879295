"""Several main windows in one process, each on its own database.

There is no global database: every :class:`~mesomap.gui.main_window.MainWindow` holds the
handle it was opened with, and :class:`WindowManager` closes that handle when the window closes.
File ▸ Open database… and File ▸ Open demonstration database open another window beside the
clinic's, so a practitioner can show the demo without closing the clinic's records.

Opening runs in a worker (a schema upgrade with its safety copy can take minutes), and creating
the demonstration database (seeding fictional patients) shows progress and can be cancelled.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, QThreadPool

from mesomap.gui.errors import show_error
from mesomap.gui.fields import translate_error
from mesomap.gui.workers import Job, run_with_progress

if TYPE_CHECKING:
    from mesomap.gui.main_window import MainWindow

log = logging.getLogger(__name__)

DEMO_FILE_NAME = "mesomap-demo.sqlite"
DEMO_PATIENTS = 200


def demo_database_url() -> str:
    """The demonstration database: its own file beside the clinic's, never the clinic's."""
    from mesomap.paths import user_data_dir

    folder = user_data_dir()
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    return f"sqlite:///{folder / DEMO_FILE_NAME}"


def sqlite_url_for(path: str | Path) -> str:
    return f"sqlite:///{Path(path).resolve()}"


def _open_or_seed_demo(job: Job, url: str, patients: int) -> Any:
    """Worker: open the demo database; seed it when it has no patients yet."""
    from mesomap.storage.engine import open_database
    from mesomap.storage.repository.patients import PatientRepository
    from mesomap.storage.seed import SeedReport, check_seedable, seed_demo

    db = open_database(url)
    try:
        if PatientRepository(db).count() == 0:
            check_seedable(db.engine)

            def progress(report: SeedReport, total: int) -> None:
                job.check_cancelled()
                job.progress(report.patients, total)

            job.progress(0, patients)
            seed_demo(db.engine, patients=patients, progress=progress)
        job.check_cancelled()
    except BaseException:
        db.close()
        raise
    return db


class WindowManager:
    """Creates main windows and closes each one's database when it closes."""

    def __init__(self) -> None:
        self.windows: list[MainWindow] = []

    def add(self, db: Any, *, delete_on_close: bool = True) -> MainWindow:
        """Build, show and fill a window on the open ``db`` (which the window now owns)."""
        from mesomap.app import create_main_window

        window = create_main_window(db)
        if delete_on_close:
            window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.open_database_requested.connect(lambda url, w=window: self.open_url(url, w))
        window.open_demo_requested.connect(lambda w=window: self.open_demo(w))
        window.closed.connect(lambda w=window: self._closed(w))
        self.windows.append(window)
        window.show()
        from mesomap.gui.accounts import install_accounts

        install_accounts(window).begin()  # issue 5: first-start setup, or locked until login
        window.start()
        backup = getattr(db, "backup_path", None)
        if backup is not None:
            window.statusBar().showMessage(
                QCoreApplication.translate(
                    "Windows",
                    "The database was updated for this version of mesomap. The copy made before "
                    "the update is kept at %1.",
                ).replace("%1", str(backup)),
                30000,
            )
        return window

    def _closed(self, window: MainWindow) -> None:
        if window in self.windows:
            self.windows.remove(window)
        # A search may still be running on this database: let it end before the handle goes.
        QThreadPool.globalInstance().waitForDone(3000)
        window.db.close()

    def close_all(self) -> None:
        for window in list(self.windows):
            window.close()

    def open_url(self, url: str, parent: MainWindow) -> None:
        """Open ``url`` in a worker, then a new window on it; errors as sentences."""
        from mesomap.storage.engine import open_database

        self._open(parent, lambda _job: open_database(url),
                   QCoreApplication.translate("Windows", "Opening the database…"), cancellable=False)

    def open_demo(self, parent: MainWindow, *, patients: int = DEMO_PATIENTS) -> None:
        """Open (creating and filling it the first time) the demonstration database."""
        url = demo_database_url()
        self._open(
            parent,
            lambda job: _open_or_seed_demo(job, url, patients),
            QCoreApplication.translate(
                "Windows", "Preparing the demonstration database with fictional patients…"
            ),
            cancellable=True,
        )

    def _open(self, parent: MainWindow, work: Any, label: str, *, cancellable: bool) -> None:
        def opened(db: Any) -> None:
            self.add(db)

        def failed(exc: BaseException) -> None:
            log.error("could not open a database: %s", exc, exc_info=exc)
            show_error(parent, translate_error(exc))

        run_with_progress(
            work,
            parent=parent,
            title="mesomap",
            label=label,
            on_done=opened,
            on_error=failed,
            on_cancel=lambda: parent.statusBar().showMessage(
                QCoreApplication.translate("Windows", "Cancelled."), 5000
            ),
            minimum_duration_ms=300,
            cancellable=cancellable,
        )
