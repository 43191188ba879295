"""Writing session sheets to PDF files, one session or a batch, without any window.

``export_sessions(db, session_ids, output, options, per_session=False, progress=..., cancelled=...)``
lays out and paints every sheet (reading from the database in chunks), into one PDF or one file
per session in the folder ``output``. It reports progress as ``progress(done, total, text)`` and
stops between sheets when ``cancelled()`` turns true (raising :class:`BatchCancelled`). Files are
written to a temporary name and renamed at the end, so an interrupted or failed run never leaves
half a PDF where a good one was. The GUI runs it in a worker (``mesomap.gui.workers``); the
command line calls it directly. A ``QGuiApplication`` must exist (fonts); :func:`ensure_qt` makes
an off-screen one for command-line use.

User-facing failures raise :class:`PrintError` with an English sentence (``message``) marked for
translation and its parameters.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import re
import tempfile
import unicodedata
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from mesomap.core.i18n import QT_TRANSLATE_NOOP
from mesomap.core.localeformat import LocaleFormat
from mesomap.core.templates import TemplateLibrary
from mesomap.printing.sheet import SheetOptions
from mesomap.storage.engine import Database
from mesomap.storage.permissions import ActorLike
from mesomap.storage.repository.sheets import SessionSheetData, SheetRepository

if TYPE_CHECKING:
    from mesomap.printing.paint import PreparedSheet

CHUNK = 20
Progress = Callable[[int, int, str], None]


class PrintError(Exception):
    """A sheet could not be written; ``message`` says what happened and what to do."""

    context = "Printing"

    def __init__(self, template: str, **params: object) -> None:
        self.template = template
        self.params = params
        self.message = template.format(**params)
        super().__init__(self.message)


class BatchCancelled(Exception):
    """The user cancelled a batch; ``files`` lists those already complete."""

    def __init__(self, files: list[Path]) -> None:
        super().__init__("cancelled")
        self.files = files


@dataclass
class BatchResult:
    files: list[Path] = field(default_factory=list)
    sheets: int = 0
    pages: int = 0


def ensure_qt() -> object:
    """The running QGuiApplication, or a new one (off-screen when there is no display)."""
    from PySide6 import QtGui

    app = QtGui.QGuiApplication.instance()
    if app is None:
        if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QtGui.QGuiApplication(["mesomap"])
        from mesomap.app import install_translators
        from mesomap.core.localeformat import default_format

        install_translators(app, default_format().locale)  # sheets in the user's language
    return app


def check_writable_folder(folder: Path) -> None:
    if not folder.is_dir():
        raise PrintError(QT_TRANSLATE_NOOP(
            "Printing", "The folder {folder} does not exist. Choose an existing folder."),
            folder=str(folder))
    try:
        with tempfile.NamedTemporaryFile(dir=folder, prefix=".mesomap-", suffix=".tmp"):
            pass
    except OSError:
        raise PrintError(QT_TRANSLATE_NOOP(
            "Printing", "mesomap cannot write in {folder}. Choose a folder you may write to."),
            folder=str(folder)) from None


def session_file_name(data: SessionSheetData) -> str:
    """``2025-10-17_1030_COLOMBO-Davide_s3.pdf``: sortable, safe on every file system."""
    local = data.scheduled_at.astimezone()
    name = unicodedata.normalize("NFKD", data.patient_name).encode("ascii", "ignore").decode()
    name = re.sub(r"[^A-Za-z0-9]+", "-", name).strip("-")[:40] or "patient"
    return f"{local:%Y-%m-%d_%H%M}_{name}_s{data.session_id}.pdf"


def _chunks(repo: SheetRepository, ids: Sequence[int]) -> Iterator[SessionSheetData]:
    for start in range(0, len(ids), CHUNK):
        yield from repo.get_many(ids[start:start + CHUNK])


def export_sessions(
    db: Database,
    session_ids: Sequence[int],
    output: Path,
    options: SheetOptions | None = None,
    *,
    per_session: bool = False,
    library: TemplateLibrary | None = None,
    fmt: LocaleFormat | None = None,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    printed_at: dt.datetime | None = None,
    actor: ActorLike = None,
    audit_login: str | None = None,
    check_permission: bool = True,
) -> BatchResult:
    """Write the sheets of ``session_ids`` (in that order) to ``output`` (a PDF file, or a
    folder when ``per_session``). ``actor`` must have ``Permission.PRINT`` (unless
    ``check_permission`` is False: the command line, whose user already has the file); every
    sheet written is audited as an export (``audit_login`` names a command-line user)."""
    from mesomap.core.templates import load_library
    from mesomap.printing.paint import prepare, write_pdf

    ensure_qt()
    options = options or SheetOptions()
    if fmt is None:
        from mesomap.core.localeformat import default_format

        fmt = default_format()
    output = Path(output)
    folder = output if per_session else output.parent
    check_writable_folder(folder if str(folder) else Path("."))
    if not session_ids:
        raise PrintError(QT_TRANSLATE_NOOP("Printing", "There are no sessions to print."))
    library = library or load_library()
    repo = SheetRepository(db, actor)
    if check_permission:
        repo.check_may_print()
    result = BatchResult()
    written: list[SessionSheetData] = []
    total = len(session_ids)
    printed_at = printed_at or dt.datetime.now().astimezone()

    def stop() -> bool:
        return cancelled is not None and cancelled()

    def sheets() -> Iterator[tuple[SessionSheetData, PreparedSheet]]:
        for i, data in enumerate(_chunks(repo, session_ids)):
            if stop():
                return
            if progress is not None:
                progress(i, total, data.patient_name)
            yield data, prepare(data, options, library, fmt=fmt, printed_at=printed_at)
            result.sheets += 1
            written.append(dataclasses.replace(data, map=None))

    if per_session:
        for data, sheet in sheets():
            target = folder / session_file_name(data)

            def one(tmp: str, sheet: PreparedSheet = sheet) -> int:
                return write_pdf(tmp, [sheet])

            result.pages += _write_atomic(target, one)
            result.files.append(target)
    else:
        result.pages = _write_atomic(
            output, lambda tmp: write_pdf(tmp, (s for _, s in sheets()), cancelled=stop), stop)
        if not stop():
            result.files.append(output)
    from mesomap.storage.audit import Action

    if per_session:
        repo.record_printed(written[: len(result.files)], Action.EXPORT, target="pdf",
                            user_login=audit_login)
    elif result.files:
        repo.record_printed(written, Action.EXPORT, target="pdf", user_login=audit_login)
    if stop():
        raise BatchCancelled(result.files)
    if progress is not None:
        progress(total, total, "")
    return result


def _write_atomic(target: Path, write: Callable[[str], int],
                  stop: Callable[[], bool] | None = None) -> int:
    """Run ``write(temporary path)`` and move the file to ``target`` when it completes."""
    fd, tmp = tempfile.mkstemp(dir=target.parent if str(target.parent) else ".",
                               prefix=".mesomap-", suffix=".pdf")
    os.close(fd)
    try:
        pages = write(tmp)
        if stop is not None and stop():
            os.unlink(tmp)
            return pages
        os.replace(tmp, target)
        return pages
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise
