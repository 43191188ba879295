"""Crash recovery for open maps: autosave to a recovery file every few seconds, and offer
the files left behind by a session that ended unexpectedly at the next start.

::

    store = RecoveryStore()                         # <user data>/recovery, owner-only
    saver = Autosaver(store, "session-42", lambda: (editor.document, {"session_id": 42, ...}))
    saver.start()                                   # every AUTOSAVE_MS while the map is open
    saver.finish()                                  # after a successful save: file removed

    dialog = RecoveryDialog(store.pending())        # at start-up, if anything is pending
    dialog.restore_requested -> [(RecoveryItem, MapDocument)]

Files are written with the map document's atomic writer (``mesomap.core.document.files``:
temporary file, fsync, rename), so a crash or a kill during a write leaves the previous copy
readable. The metadata (database, session, patient id, user, time) sits in a JSON file beside
it. Recovery files hold patient data: the folder is 0700 and the files 0600.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import logging
import os
import re
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

# The map document pulls in the layout engine (numpy, scipy): imported where a map is saved or
# read, not when the window starts.
if TYPE_CHECKING:
    from mesomap.core.document.model import MapDocument
from mesomap.gui.fields import name_widget

log = logging.getLogger(__name__)

AUTOSAVE_MS = 5000
_DOC = ".mesomap-map.json"
_META = ".meta.json"
_KEY = re.compile(r"^[A-Za-z0-9_.-]{1,100}$")


def default_recovery_folder() -> Path:
    from mesomap.paths import user_data_dir

    return user_data_dir() / "recovery"


@dataclass(frozen=True)
class RecoveryItem:
    key: str
    document_path: Path
    meta: dict[str, Any]

    @property
    def saved_at(self) -> str:
        return str(self.meta.get("saved_at", ""))


class RecoveryStore:
    """The recovery folder: one document + metadata per open map (``key``)."""

    def __init__(self, folder: Path | None = None) -> None:
        self.folder = folder or default_recovery_folder()

    def _paths(self, key: str) -> tuple[Path, Path]:
        if not _KEY.match(key):
            raise ValueError(f"bad recovery key {key!r}")
        return self.folder / f"{key}{_DOC}", self.folder / f"{key}{_META}"

    def save(self, key: str, document: MapDocument, meta: dict[str, Any]) -> None:
        self.folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        doc_path, meta_path = self._paths(key)
        old = os.umask(0o077)
        try:
            from mesomap.core.document.files import write_document

            write_document(doc_path, document)
            data = dict(meta, key=key, saved_at=dt.datetime.now(dt.UTC).isoformat())
            fd, tmp = tempfile.mkstemp(prefix=f".{key}.", suffix=".tmp", dir=self.folder)
            try:
                with os.fdopen(fd, "w", encoding="utf-8") as handle:
                    json.dump(data, handle, ensure_ascii=False, sort_keys=True)
                    handle.flush()
                    os.fsync(handle.fileno())
                os.replace(tmp, meta_path)
            except BaseException:
                with contextlib.suppress(OSError):
                    os.unlink(tmp)
                raise
        finally:
            os.umask(old)

    def discard(self, key: str) -> None:
        for path in self._paths(key):
            path.unlink(missing_ok=True)

    def pending(self) -> list[RecoveryItem]:
        """Recovery files left in the folder, newest first (unreadable metadata is tolerated)."""
        if not self.folder.is_dir():
            return []
        items = []
        for doc_path in self.folder.glob(f"*{_DOC}"):
            key = doc_path.name[: -len(_DOC)]
            meta: dict[str, Any] = {}
            with contextlib.suppress(OSError, ValueError):
                meta = json.loads((self.folder / f"{key}{_META}").read_text(encoding="utf-8"))
            items.append(RecoveryItem(key, doc_path, meta))
        return sorted(items, key=lambda i: i.saved_at, reverse=True)

    def load(self, item: RecoveryItem) -> MapDocument:
        from mesomap.core.document.files import read_document

        return read_document(item.document_path)


Provider = Callable[[], "tuple[MapDocument, dict[str, Any]] | None"]


class Autosaver(QObject):
    """Every ``interval_ms`` writes the provider's document when it changed since the last write."""

    saved = Signal(str)  # sha256 of the canonical bytes written
    failed = Signal(str)

    def __init__(self, store: RecoveryStore, key: str, provider: Provider, *,
                 interval_ms: int = AUTOSAVE_MS, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.key = key
        self.provider = provider
        self._last: str | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.tick)

    def start(self) -> None:
        self.timer.start()

    def tick(self) -> None:
        current = self.provider()
        if current is None:
            return
        document, meta = current
        from mesomap.core.document.serialize import canonical_bytes

        digest = hashlib.sha256(canonical_bytes(document)).hexdigest()
        if digest == self._last:
            return
        try:
            self.store.save(self.key, document, meta)
        except OSError as exc:
            log.warning("autosave of %s failed: %s", self.key, exc)
            self.failed.emit(str(exc))
            return
        self._last = digest
        self.saved.emit(digest)

    def finish(self) -> None:
        """The map was saved to the database (or closed on purpose): stop and remove the file."""
        self.timer.stop()
        self.store.discard(self.key)


class RecoveryDialog(QDialog):
    """Lists the maps left unsaved by a crash; Restore emits them, Discard deletes the files."""

    restore_requested = Signal(list)

    def __init__(self, store: RecoveryStore, items: list[RecoveryItem],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.items = items
        self.setObjectName("recovery_dialog")
        self.setWindowTitle(self.tr("Restore unsaved maps"))
        layout = QVBoxLayout(self)
        text = QLabel(self.tr(
            "mesomap stopped unexpectedly while maps were open and not saved. They were kept: "
            "restore them to continue where you were, or discard them."), self)
        text.setWordWrap(True)
        layout.addWidget(text)
        self.list = QListWidget(self)
        name_widget(self.list, "recovery_dialog_maps_list", self.tr("Unsaved maps"))
        for item in items:
            title = str(item.meta.get("title") or item.key)
            self.list.addItem(self.tr("%1 — saved %2").replace("%1", title).replace("%2", item.saved_at))
        layout.addWidget(self.list)
        buttons = QDialogButtonBox(self)
        self.restore_button = QPushButton(self.tr("Restore"), self)
        name_widget(self.restore_button, "recovery_dialog_restore_button", self.tr("Restore"))
        self.discard_button = QPushButton(self.tr("Discard"), self)
        name_widget(self.discard_button, "recovery_dialog_discard_button", self.tr("Discard"))
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.discard_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        self.restore_button.clicked.connect(self.restore)
        self.discard_button.clicked.connect(self.discard)
        layout.addWidget(buttons)
        self.message = QLabel(self)
        self.message.setObjectName("recovery_dialog_message_label")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)

    def restore(self) -> None:
        restored = []
        for item in self.items:
            try:
                restored.append((item, self.store.load(item)))
            except Exception as exc:  # a damaged file: say so, keep the others
                log.warning("recovery file %s unreadable: %s", item.document_path, exc)
                self.message.setText(self.tr(
                    "One recovery file could not be read and was left in place: %1"
                ).replace("%1", str(item.document_path)))
        self.restore_requested.emit(restored)
        self.accept()

    def discard(self) -> None:
        for item in self.items:
            self.store.discard(item.key)
        self.reject()


def offer_recovery(parent: QWidget | None, store: RecoveryStore | None = None) -> RecoveryDialog | None:
    """At start-up: a non-modal dialog when recovery files are pending (None otherwise). Connect
    ``restore_requested`` to open the maps in the session editor."""
    store = store or RecoveryStore()
    items = store.pending()
    if not items:
        return None
    dialog = RecoveryDialog(store, items, parent)
    dialog.show()
    return dialog
