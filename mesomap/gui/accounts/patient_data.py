"""Patient ▸ Export patient data… and Patient ▸ Erase patient… (data-access and erasure
requests). The storage layer checks the permission (PATIENT_EXPORT / PATIENT_ERASE) and audits
both; the work runs in a worker. A patient with signed records cannot be erased: the person is
offered anonymisation instead (identity removed, clinical record kept).
"""

from __future__ import annotations

import contextlib
import logging
import os
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from mesomap.core.i18n import QT_TRANSLATE_NOOP
from mesomap.gui.actions import ActionSpec
from mesomap.gui.errors import show_error
from mesomap.gui.fields import translate_error
from mesomap.gui.workers import run_in_background
from mesomap.storage import patient_export

log = logging.getLogger(__name__)

EXPORT = ActionSpec(
    "patient.export_data", QT_TRANSLATE_NOOP("Actions", "E&xport patient data…"), "patient",
    group="data", tip=QT_TRANSLATE_NOOP(
        "Actions", "Save the selected patient's complete record as JSON or a readable PDF (access request)"))
ERASE = ActionSpec(
    "patient.erase", QT_TRANSLATE_NOOP("Actions", "E&rase patient…"), "patient", group="data",
    tip=QT_TRANSLATE_NOOP(
        "Actions", "Erase the selected patient, or anonymise them if signed records must be kept"))


def write_private(path: Path, text: str) -> None:
    """Write ``text`` to a new or replaced owner-only (0600) file."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(text)


class PatientDataActions:
    """The two actions of one main window."""

    def __init__(self, window: Any, actor: Any) -> None:
        self.window = window
        self.db = window.db
        self.actor = actor
        window.action_table.add(EXPORT, self.export_current)
        window.action_table.add(ERASE, self.erase_current)

    def _patient(self) -> int | None:
        patient_list = getattr(self.window, "patient_list", None)
        pid = patient_list.current_patient_id() if patient_list is not None else None
        if pid is None:
            self.window.statusBar().showMessage(
                QCoreApplication.translate("Accounts", "Choose a patient in the list first."), 8000)
        return pid

    def export_current(self, path: str | None = None) -> None:
        pid = self._patient()
        if pid is None:
            return
        if not path:
            pdf_filter = QCoreApplication.translate("Accounts", "Readable PDF (*.pdf)")
            path, chosen = QFileDialog.getSaveFileName(
                self.window, QCoreApplication.translate("Accounts", "Export patient data"), f"patient-{pid}.json",
                QCoreApplication.translate("Accounts", "JSON files (*.json)") + ";;" + pdf_filter)
            if path and chosen == pdf_filter and not path.lower().endswith(".pdf"):
                path = str(Path(path).with_suffix(".pdf"))
        if not path:
            return
        target = Path(path)
        if target.suffix.lower() == ".pdf":
            # The record is read (and audited) in the worker; the PDF is laid out with Qt
            # text and fonts on the GUI thread (mesomap.printing.patient_record).
            from mesomap.printing import patient_record

            def read() -> tuple[dict[str, Any], patient_record.RecordContext]:
                data = patient_export.export_patient(self.db, self.actor, pid, target="pdf")
                return data, patient_record.load_context(self.db)

            def write(result: tuple[dict[str, Any], patient_record.RecordContext]) -> None:
                try:
                    patient_record.write_record_pdf(result[0], target, result[1])
                except OSError as exc:
                    self._failed(exc)
                    return
                self._exported(target)

            run_in_background(read, parent=self.window, on_done=write, on_error=self._failed)
            return

        def job() -> Path:
            write_private(target, patient_export.export_patient_json(self.db, self.actor, pid))
            return target

        run_in_background(job, parent=self.window, on_done=self._exported, on_error=self._failed)

    def _exported(self, path: Path) -> None:
        self.window.statusBar().showMessage(
            QCoreApplication.translate("Accounts", "Patient data exported to %1").replace("%1", str(path)), 15000)

    def _failed(self, exc: BaseException) -> None:
        show_error(self.window, translate_error(exc), detail=repr(exc))

    def erase_current(self, confirmed: bool = False) -> None:
        pid = self._patient()
        if pid is None:
            return
        if not confirmed:
            answer = QMessageBox.question(
                self.window, QCoreApplication.translate("Accounts", "Erase patient"),
                QCoreApplication.translate("Accounts", "Erase this patient and all their records for good? This cannot be "
                               "undone. Backups keep them until rotation removes them."))
            if answer != QMessageBox.StandardButton.Yes:
                return

        def job() -> str:
            try:
                patient_export.erase_patient(self.db, self.actor, pid)
                patient_export.compact_sqlite(self.db)
                return "erased"
            except patient_export.SignedRecordsKeptError:
                return "signed"

        run_in_background(job, parent=self.window,
                          on_done=lambda outcome: self._erased(pid, outcome, confirmed),
                          on_error=self._failed)

    def _erased(self, pid: int, outcome: str, confirmed: bool) -> None:
        if outcome == "signed":
            if not confirmed:
                answer = QMessageBox.question(
                    self.window, QCoreApplication.translate("Accounts", "Anonymise patient"),
                    QCoreApplication.translate("Accounts", "This patient has signed records, which must be kept, so they "
                                   "cannot be erased. Anonymise instead (remove name, birth date "
                                   "and contact details, keep the clinical record)?"))
                if answer != QMessageBox.StandardButton.Yes:
                    return

            def job() -> str:
                patient_export.anonymise_patient(self.db, self.actor, pid)
                patient_export.compact_sqlite(self.db)
                return "anonymised"

            run_in_background(job, parent=self.window,
                              on_done=lambda o: self._erased(pid, o, confirmed),
                              on_error=self._failed)
            return
        message = (QCoreApplication.translate("Accounts", "The patient was erased.") if outcome == "erased"
                   else QCoreApplication.translate("Accounts", "The patient was anonymised."))
        self.window.statusBar().showMessage(message, 15000)
        with contextlib.suppress(KeyError):
            self.window.action_table.action("view.refresh").trigger()


def install_patient_data_actions(window: QWidget, actor: Any) -> PatientDataActions:
    return PatientDataActions(window, actor)
