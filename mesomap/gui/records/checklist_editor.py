"""The clinic's contraindication checklist (Tools ▸ Contraindication checklist…): the questions
asked before a session can be marked performed, whether a "yes" blocks it, their order, and
whether each is still asked. Answers already given keep the question as it was asked."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from mesomap.gui.fields import ValidatedForm, name_widget
from mesomap.gui.records.common import error_label, error_text, show_message
from mesomap.storage.errors import InvalidInputError, StorageError
from mesomap.storage.permissions import Permission
from mesomap.storage.repository.records import ChecklistItemInput


class ChecklistEditorDialog(QDialog):
    """List of checklist questions and a form for the selected one."""

    def __init__(self, controller: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checklist_editor")
        self.setWindowTitle(self.tr("Contraindication checklist"))
        self.setAccessibleName(self.windowTitle())
        self.rec = controller.rec()
        self.items: list[Any] = []
        layout = QHBoxLayout(self)
        self.list = QListWidget(self)
        name_widget(self.list, "checklist_editor_items_list", self.tr("Questions"))
        layout.addWidget(self.list, 1)
        right = QVBoxLayout()
        self.form = ValidatedForm(self)
        right.addWidget(self.form)
        self.label = self.form.add_row(self.tr("&Question"), QLineEdit(self), "checklist_editor_label_edit")
        self.position = self.form.add_row(self.tr("&Order"), QSpinBox(self), "checklist_editor_position_spin")
        self.position.setRange(0, 999)
        self.blocking = QCheckBox(self.tr("A \u201cyes\u201d stops the session from being marked performed"), self)
        name_widget(self.blocking, "checklist_editor_blocking_check", self.blocking.text())
        self.active = QCheckBox(self.tr("Asked at every session"), self)
        name_widget(self.active, "checklist_editor_active_check", self.active.text())
        right.addWidget(self.blocking)
        right.addWidget(self.active)
        self.message = error_label("checklist_editor_message_label", self)
        right.addWidget(self.message)
        row = QHBoxLayout()
        self.save_button = QPushButton(self.tr("Save question"), self)
        name_widget(self.save_button, "checklist_editor_save_button", self.tr("Save question"))
        self.new_button = QPushButton(self.tr("Add as new question"), self)
        name_widget(self.new_button, "checklist_editor_new_button", self.tr("Add as new question"))
        close = QPushButton(self.tr("Close"), self)
        name_widget(close, "checklist_editor_close_button", self.tr("Close"))
        for b in (self.save_button, self.new_button, close):
            row.addWidget(b)
        right.addLayout(row)
        right.addStretch(1)
        layout.addLayout(right, 2)
        writable = controller.can(Permission.CATALOG_WRITE)
        self.save_button.setEnabled(writable)
        self.new_button.setEnabled(writable)
        self.list.currentRowChanged.connect(self._show)
        self.save_button.clicked.connect(lambda: self.save(new=False))
        self.new_button.clicked.connect(lambda: self.save(new=True))
        close.clicked.connect(self.accept)
        self.resize(760, 380)
        self.reload()

    def reload(self, select: int | None = None) -> None:
        self.items = self.rec.catalog.list_checklist_items(active_only=False)
        self.list.clear()
        for item in self.items:
            text = QCoreApplication.translate("records", item.label)
            self.list.addItem(text if item.active else self.tr("%1 (no longer asked)").replace("%1", text))
        ids = [i.id for i in self.items]
        self.list.setCurrentRow(ids.index(select) if select in ids else 0 if ids else -1)

    def current(self) -> Any:
        row = self.list.currentRow()
        return self.items[row] if 0 <= row < len(self.items) else None

    def _show(self, _row: int) -> None:
        item = self.current()
        if item is None:
            return
        self.form.clear_errors()
        self.label.setText(QCoreApplication.translate("records", item.label))
        self.position.setValue(item.position)
        self.blocking.setChecked(item.blocking)
        self.active.setChecked(item.active)

    def save(self, *, new: bool = False) -> bool:
        self.form.clear_errors()
        show_message(self.message, None)
        label = self.label.text().strip()
        if not label:
            self.form.set_error(self.label, self.tr("Type the question."))
            return False
        item = self.current()
        code = item.code if (item is not None and not new) else "clinic_" + "_".join(label.lower().split())[:40]
        data = ChecklistItemInput(code, label, self.position.value(), self.blocking.isChecked(), self.active.isChecked())
        try:
            saved = (self.rec.catalog.create_checklist_item(data) if new or item is None
                     else self.rec.catalog.update_checklist_item(item.id, item.version, data))
        except InvalidInputError as exc:
            if exc.field in ("label", "code"):
                self.form.set_error(self.label, error_text(exc))
            else:
                show_message(self.message, error_text(exc))
            return False
        except StorageError as exc:
            show_message(self.message, error_text(exc))
            return False
        self.reload(saved.id)
        return True
