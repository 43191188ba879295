"""Crash recovery: a map autosaved by a process that is then killed (SIGKILL) is restored at
the next start; the recovery dialog restores or discards."""

from __future__ import annotations

import hashlib
import os
import random
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

from pytestqt.qtbot import QtBot

from mesomap.core.document.serialize import canonical_bytes
from mesomap.gui.accounts.recovery import RecoveryDialog, RecoveryStore, offer_recovery
from mesomap.gui.naming import unnamed_widgets
from tests.document.helpers import sample_document

ROOT = Path(__file__).resolve().parents[2]

CHILD = textwrap.dedent("""
    import sys
    sys.path.insert(0, {root!r})
    from pathlib import Path
    from PySide6.QtCore import QCoreApplication
    from mesomap.core.document.model import MapDocument
    from mesomap.gui.accounts.recovery import Autosaver, RecoveryStore
    from tests.document.helpers import sample_document

    app = QCoreApplication([])
    base = sample_document()
    state = {{"i": 0, "doc": base}}

    def provider():
        state["i"] += 1  # the practitioner keeps editing: a new note at every tick
        state["doc"] = MapDocument(base.template, base.regions, notes=f"edit {{state['i']}}")
        return state["doc"], {{"session_id": 42, "patient_id": 7, "title": "Cheek"}}

    saver = Autosaver(RecoveryStore(Path({folder!r})), "session-42", provider, interval_ms=20)
    saver.saved.connect(lambda digest: print("SAVED", state["i"], digest, flush=True))
    saver.start()
    app.exec()
""")


def test_recovery_file_survives_sigkill(tmp_path: Path) -> None:
    folder = tmp_path / "recovery"
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD.format(root=str(ROOT), folder=str(folder))],
        stdout=subprocess.PIPE, text=True, env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    reported: dict[int, str] = {}
    wanted = random.Random(5).randint(5, 25)
    deadline = time.monotonic() + 60
    try:
        assert child.stdout is not None
        while len(reported) < wanted and time.monotonic() < deadline:
            line = child.stdout.readline()
            if not line:
                break
            _, i, digest = line.split()
            reported[int(i)] = digest
    finally:
        child.send_signal(signal.SIGKILL)  # no clean-up runs in the child
        child.wait(10)
    assert child.returncode == -signal.SIGKILL
    assert len(reported) == wanted
    store = RecoveryStore(folder)
    items = store.pending()
    assert [i.key for i in items] == ["session-42"]
    assert items[0].meta["session_id"] == 42 and items[0].meta["patient_id"] == 7
    doc = store.load(items[0])  # whole, never half-written
    edit = int(doc.notes.split()[1])
    last = max(reported)
    # The file holds the last acknowledged edit, or one written after it before the kill.
    assert edit >= last
    if edit in reported:
        assert hashlib.sha256(canonical_bytes(doc)).hexdigest() == reported[edit]
    assert [r.name for r in doc.regions] == [r.name for r in sample_document().regions]
    assert folder.stat().st_mode & 0o777 == 0o700
    assert items[0].document_path.stat().st_mode & 0o077 == 0


def test_recovery_dialog_restores_and_discards(qtbot: QtBot, tmp_path: Path) -> None:
    store = RecoveryStore(tmp_path / "recovery")
    assert offer_recovery(None, store) is None
    doc = sample_document()
    store.save("session-1", doc, {"title": "Knee"})
    dialog = offer_recovery(None, store)
    assert isinstance(dialog, RecoveryDialog)
    qtbot.addWidget(dialog)
    assert unnamed_widgets(dialog) == []
    assert dialog.list.count() == 1 and "Knee" in dialog.list.item(0).text()
    with qtbot.waitSignal(dialog.restore_requested) as got:
        dialog.restore_button.click()
    [(item, restored)] = got.args[0]
    assert item.key == "session-1"
    assert canonical_bytes(restored) == canonical_bytes(doc)
    again = offer_recovery(None, store)  # kept until the map is saved
    assert again is not None
    qtbot.addWidget(again)
    again.discard_button.click()
    assert store.pending() == []
