"""The clinic's contraindication checklist (Tools ▸ Contraindication checklist…): the questions
asked before a session can be marked performed, whether a "yes" blocks it, their order, and
whether each is still asked. Answers already given keep the question as it was asked."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from mesomap.gui.fields import name_widget
from mesomap.gui.records.common import error_label, show_message
from mesomap.gui.records.editing import (
    button_row,
    connect_save_new,
    create_or_update,
    current_record,
    fill_list,
    list_and_form,
    save_or_show,
)
from mesomap.storage.permissions import Permission
from mesomap.storage.repository.records import ChecklistItemInput
from mesomap.storage.repository.records_catalog import DUPLICATE_QUESTION


class ChecklistEditorDialog(QDialog):
    """List of checklist questions and a form for the selected one."""

    def __init__(self, controller: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checklist_editor")
        self.setWindowTitle(self.tr("Contraindication checklist"))
        self.setAccessibleName(self.windowTitle())
        self.rec = controller.rec()
        self.items: list[Any] = []
        self.list, self.form, right = list_and_form(self, "checklist_editor_items_list", self.tr("Questions"))
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
        self.save_button, self.new_button, close = button_row(self, right, (
            ("checklist_editor_save_button", self.tr("Save question")),
            ("checklist_editor_new_button", self.tr("Add as new question")),
            ("checklist_editor_close_button", self.tr("Close"))))
        right.addStretch(1)
        self.list.currentRowChanged.connect(self._show)
        connect_save_new(self.save_button, self.new_button, self.save, controller.can(Permission.CATALOG_WRITE))
        close.clicked.connect(self.accept)
        self.resize(760, 380)
        self.reload()

    def reload(self, select: int | None = None) -> None:
        self.items = self.rec.catalog.list_checklist_items(active_only=False)
        fill_list(self.list, self.items, self._item_text, select)

    def _item_text(self, item: Any) -> str:
        text = QCoreApplication.translate("records", item.label)
        return text if item.active else self.tr("%1 (no longer asked)").replace("%1", text)

    def current(self) -> Any:
        return current_record(self.list, self.items)

    def _show(self, _row: int) -> None:
        item = self.current()
        if item is None:
            return
        self.form.clear_errors()
        self.label.setText(QCoreApplication.translate("records", item.label))
        self.position.setValue(item.position)
        self.blocking.setChecked(item.blocking)
        self.active.setChecked(item.active)

    def _duplicate(self, label: str, editing: Any) -> bool:
        """Whether another question reads ``label`` as shown here (shipped questions in the
        user's language); storage refuses the stored texts itself."""
        key = " ".join(label.split()).casefold()
        return any(" ".join(QCoreApplication.translate("records", other.label).split()).casefold() == key
                   for other in self.items if editing is None or other.id != editing.id)

    def save(self, *, new: bool = False) -> bool:
        self.form.clear_errors()
        show_message(self.message, None)
        label = self.label.text().strip()
        if not label:
            self.form.set_error(self.label, self.tr("Type the question."))
            return False
        item = self.current()
        if self._duplicate(label, None if new else item):
            self.form.set_error(self.label, QCoreApplication.translate("storage", DUPLICATE_QUESTION))
            return False
        code = item.code if (item is not None and not new) else "clinic_" + "_".join(label.lower().split())[:40]
        data = ChecklistItemInput(code, label, self.position.value(), self.blocking.isChecked(), self.active.isChecked())
        saved = save_or_show(lambda: create_or_update(self.rec.catalog.create_checklist_item,
                                                      self.rec.catalog.update_checklist_item, item, data, new=new),
                             self.message, self.form, {"label": self.label, "code": self.label})
        if saved is None:
            return False
        self.reload(saved.id)
        return True
