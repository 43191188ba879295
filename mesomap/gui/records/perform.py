"""Performing a session: the contraindication checklist (every item answered, no blocking "yes")
before the session can be marked performed, the actual papules and volumes per region, and
the outcome measures; and the adverse event dialog (at the time or later: after signing it
becomes an amendment with a reason)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from mesomap.gui.fields import DateEdit, NumberEdit, ValidatedForm, name_widget
from mesomap.gui.records.common import (
    error_label,
    error_text,
    local_now,
    show_message,
    warning_text,
)
from mesomap.gui.records.editing import save_cancel_buttons, save_or_show, show_field_errors
from mesomap.storage.errors import InvalidInputError
from mesomap.storage.repository.records import (
    ActualProductInput,
    AdverseEventInput,
    ChecklistAnswerInput,
    OutcomeInput,
    RegionActualInput,
)

ANSWERS = ("no", "yes", "not_applicable")


class PerformDialog(QDialog):
    """Checklist, actuals and outcomes; OK marks the session performed."""

    def __init__(self, rec: Any, session_id: int, *, fmt: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("perform_dialog")
        self.setWindowTitle(self.tr("Contraindication checklist and performing"))
        self.setAccessibleName(self.windowTitle())
        self.rec, self.session_id, self.fmt = rec, session_id, fmt
        self.full = rec.sessions.full(session_id)
        self.performed: Any = None
        layout = QVBoxLayout(self)
        box = QGroupBox(self.tr("Contraindication checklist (answer every question)"), self)
        box.setObjectName("perform_dialog_checklist_group")
        grid = QGridLayout(box)
        self.answers: dict[int, QButtonGroup] = {}
        self.answer_buttons: dict[int, dict[str, QRadioButton]] = {}
        self.notes: dict[int, QLineEdit] = {}
        texts = {"no": self.tr("No"), "yes": self.tr("Yes"), "not_applicable": self.tr("Not applicable")}
        for row, line in enumerate(rec.sessions.checklist(session_id).lines):
            label = QLabel(_translate_item(line.label), box)
            label.setWordWrap(True)
            grid.addWidget(label, row, 0)
            group = QButtonGroup(box)
            self.answer_buttons[line.item_id] = {}
            for col, answer in enumerate(ANSWERS):
                button = QRadioButton(texts[answer], box)
                name_widget(button, f"perform_dialog_item_{line.item_id}_{answer}_radio",
                            f"{label.text()}: {texts[answer]}")
                group.addButton(button)
                grid.addWidget(button, row, 1 + col)
                self.answer_buttons[line.item_id][answer] = button
                if line.answer == answer:
                    button.setChecked(True)
            note = QLineEdit(line.note, box)
            name_widget(note, f"perform_dialog_item_{line.item_id}_note_edit", self.tr("Note"))
            note.setPlaceholderText(self.tr("Note"))
            grid.addWidget(note, row, 4)
            self.answers[line.item_id] = group
            self.notes[line.item_id] = note
        self.checklist_message = error_label("perform_dialog_checklist_error", box)
        grid.addWidget(self.checklist_message, grid.rowCount(), 0, 1, 5)
        layout.addWidget(box)
        self.actual_rows: list[tuple[RegionActualInput, QSpinBox, list[tuple[ActualProductInput, NumberEdit]]]] = []
        abox = QGroupBox(self.tr("Actually performed"), self)
        abox.setObjectName("perform_dialog_actuals_group")
        agrid = QGridLayout(abox)
        r = 0
        for i, actual in enumerate(rec.sessions.default_actuals(session_id)):
            agrid.addWidget(QLabel(actual.region_name, abox), r, 0)
            spin = QSpinBox(abox)
            spin.setRange(0, 100000)
            spin.setValue(actual.papules_performed)
            spin.setSuffix(" " + self.tr("papules"))
            name_widget(spin, f"perform_dialog_region_{i}_papules_spin", self.tr("Papules performed in %1").replace("%1", actual.region_name))
            agrid.addWidget(spin, r, 1)
            products = []
            for j, product in enumerate(actual.products):
                r += 1
                agrid.addWidget(QLabel(f"  {product.product_name} {product.lot_number}", abox), r, 0)
                edit = NumberEdit("volume_ml", fmt=fmt, minimum=Decimal("0"), parent=abox)
                edit.set_value(product.volume_total_ml)
                name_widget(edit, f"perform_dialog_region_{i}_product_{j}_volume_edit",
                            self.tr("Volume of %1").replace("%1", product.product_name))
                agrid.addWidget(edit, r, 1)
                products.append((product, edit))
            self.actual_rows.append((actual, spin, products))
            r += 1
        self.actuals_message = error_label("perform_dialog_actuals_error", abox)
        agrid.addWidget(self.actuals_message, r, 0, 1, 2)
        layout.addWidget(abox)
        obox = QGroupBox(self.tr("Outcome measures"), self)
        obox.setObjectName("perform_dialog_outcomes_group")
        olay = QVBoxLayout(obox)
        self.outcomes = ValidatedForm(obox)
        olay.addWidget(self.outcomes)
        self.pain = self.outcomes.add_row(self.tr("Pain score (0–10)"), NumberEdit(
            "decimal", fmt=fmt, allow_empty=True, minimum=Decimal(0), maximum=Decimal(10), parent=obox),
            "perform_dialog_pain_edit")
        self.circumference = self.outcomes.add_row(self.tr("Circumference (cm)"), NumberEdit(
            "length_cm", fmt=fmt, allow_empty=True, minimum=Decimal(0), parent=obox), "perform_dialog_circumference_edit")
        self.circumference_label = self.outcomes.add_row(self.tr("Where measured"), QLineEdit(obox),
                                                         "perform_dialog_circumference_site_edit")
        self.free_score = self.outcomes.add_row(self.tr("Other score"), NumberEdit(
            "decimal", fmt=fmt, allow_empty=True, parent=obox), "perform_dialog_free_score_edit")
        self.free_label = self.outcomes.add_row(self.tr("Other score's name"), QLineEdit(obox),
                                                "perform_dialog_free_score_name_edit")
        layout.addWidget(obox)
        self.message = error_label("perform_dialog_message_label", self)
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(self)
        self.save_button = buttons.addButton(self.tr("Save checklist"), QDialogButtonBox.ButtonRole.ApplyRole)
        name_widget(self.save_button, "perform_dialog_save_button", self.tr("Save checklist"))
        self.perform_button = buttons.addButton(self.tr("Mark performed"), QDialogButtonBox.ButtonRole.AcceptRole)
        name_widget(self.perform_button, "perform_dialog_perform_button", self.tr("Mark performed"))
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        name_widget(cancel, "perform_dialog_cancel_button", self.tr("Cancel"))
        self.save_button.clicked.connect(self.save_checklist)
        self.perform_button.clicked.connect(self.perform)
        cancel.clicked.connect(self.reject)
        layout.addWidget(buttons)

    # ---- helpers for tests and the form -------------------------------------------------------
    def answer(self, item_id: int, answer: str, note: str = "") -> None:
        self.answer_buttons[item_id][answer].setChecked(True)
        if note:
            self.notes[item_id].setText(note)

    def answer_all(self, answer: str = "no") -> None:
        for item_id in self.answer_buttons:
            self.answer(item_id, answer)

    def _typed_answers(self) -> list[ChecklistAnswerInput]:
        out = []
        for item_id, buttons in self.answer_buttons.items():
            chosen = next((a for a, b in buttons.items() if b.isChecked()), None)
            if chosen is not None:
                out.append(ChecklistAnswerInput(item_id, chosen, self.notes[item_id].text().strip()))
        return out

    def save_checklist(self) -> bool:
        """Store the answers; True when the checklist is complete (else the problem is shown)."""
        show_message(self.checklist_message, None)
        view = save_or_show(lambda: self.rec.sessions.answer_checklist(self.session_id, self._typed_answers()),
                            self.checklist_message)
        if view is None:
            return False
        if not view.complete:
            show_message(self.checklist_message, " ".join(warning_text(w) for w in view.problems))
            return False
        return True

    def _actuals(self) -> list[RegionActualInput] | None:
        out = []
        for actual, spin, products in self.actual_rows:
            items = []
            for product, edit in products:
                err = edit.error()
                if err:
                    show_message(self.actuals_message, err)
                    return None
                value = edit.value()
                assert value is not None
                items.append(ActualProductInput(product.product_name, value, product.product_id,
                                                product.lot_id, product.lot_number))
            out.append(RegionActualInput(actual.region_uid, actual.region_name, spin.value(), tuple(items)))
        return out

    def _outcomes(self, when: dt.datetime) -> list[OutcomeInput] | None:
        self.outcomes.clear_errors()
        out: list[OutcomeInput] = []
        s = self.full.session
        for field, kind, label in ((self.pain, "pain_score", ""),
                                   (self.circumference, "circumference_cm", self.circumference_label.text().strip()),
                                   (self.free_score, "free_score", self.free_label.text().strip())):
            err = field.error()
            if err:
                self.outcomes.set_error(field, err)
                return None
            value = field.value()
            if value is not None:
                out.append(OutcomeInput(s.patient_id, kind, Decimal(value), when, label, self.session_id, s.course_id))
        return out

    def perform(self) -> None:
        show_message(self.message, None)
        show_message(self.actuals_message, None)
        actuals = self._actuals()
        when = local_now()
        outcomes = self._outcomes(when)
        if actuals is None or outcomes is None:
            return
        if not self.save_checklist():
            return

        def store() -> Any:
            version = self.rec.sessions.open(self.session_id).session.version
            self.performed = self.rec.sessions.mark_performed(self.session_id, version, when, actuals)
            for outcome in outcomes:
                self.rec.sessions.add_outcome(outcome)
            return self.performed

        if save_or_show(store, self.message, handlers={InvalidInputError: self._refused}) is not None:
            self.accept()

    def _refused(self, exc: InvalidInputError) -> None:
        show_message(self.checklist_message if exc.field == "checklist" else self.message, error_text(exc))


def _translate_item(label: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("records", label)


SEVERITIES = ("mild", "moderate", "severe")


class AdverseEventDialog(QDialog):
    """Record an adverse event; on a signed session it is an amendment and needs a reason."""

    def __init__(self, rec: Any, session_id: int, *, signed: bool, fmt: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("adverse_event_dialog")
        self.setWindowTitle(self.tr("Adverse event"))
        self.setAccessibleName(self.windowTitle())
        self.rec, self.session_id, self.signed = rec, session_id, signed
        self.saved: Any = None
        layout = QVBoxLayout(self)
        self.form = ValidatedForm(self)
        layout.addWidget(self.form)
        self.kind = self.form.add_row(self.tr("&Kind"), QLineEdit(self), "adverse_event_dialog_kind_edit")
        self.kind.setPlaceholderText(self.tr("e.g. bruise, vasovagal reaction"))
        self.severity = self.form.add_row(self.tr("&Severity"), QComboBox(self), "adverse_event_dialog_severity_combo")
        for code, text in zip(SEVERITIES, (self.tr("Mild"), self.tr("Moderate"), self.tr("Severe")), strict=True):
            self.severity.addItem(text, code)
        self.onset = self.form.add_row(self.tr("&Onset date"), DateEdit(fmt=fmt, parent=self), "adverse_event_dialog_onset_edit")
        self.onset.set_value(dt.date.today())
        self.description = self.form.add_row(self.tr("&Description"), QPlainTextEdit(self), "adverse_event_dialog_description_edit")
        self.action = self.form.add_row(self.tr("&Action taken"), QPlainTextEdit(self), "adverse_event_dialog_action_edit")
        for w in (self.description, self.action):
            w.setMaximumHeight(60)
        self.reason = self.form.add_row(self.tr("&Reason for the amendment"), QLineEdit(self), "adverse_event_dialog_reason_edit")
        self.reason.setVisible(signed)
        label = self.form.layout_.labelForField(self.reason.parentWidget())  # type: ignore[arg-type]
        if label is not None:
            label.setVisible(signed)
        self.message = error_label("adverse_event_dialog_message_label", self)
        layout.addWidget(self.message)
        row = QHBoxLayout()
        row.addWidget(save_cancel_buttons(self, "adverse_event_dialog", self.save, self.tr("Save"), self.tr("Cancel")))
        layout.addLayout(row)

    def save(self) -> None:
        self.form.clear_errors()
        show_message(self.message, None)
        if not show_field_errors(self.form, (self.onset,)):
            return
        if not self.kind.text().strip():
            self.form.set_error(self.kind, self.tr("Say what happened (the kind of event)."))
            return
        if self.signed and not self.reason.text().strip():
            self.form.set_error(self.reason, self.tr("Give the reason for the amendment."))
            return
        day = self.onset.value()
        onset = dt.datetime.combine(day, dt.time(12)).astimezone() if day else None
        data = AdverseEventInput(self.kind.text().strip(), self.severity.currentData(),
                                 self.description.toPlainText(), self.action.toPlainText(), onset)
        saved = save_or_show(
            lambda: self.rec.sessions.record_adverse_event(self.session_id, data, reason=self.reason.text().strip()),
            self.message, self.form, {"kind": self.kind, "reason": self.reason, "onset_at": self.onset})
        if saved is not None:
            self.saved = saved
            self.accept()
