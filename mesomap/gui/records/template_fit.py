"""The session editor's template and patient-fit bar: which template the map is drawn on (change
it from the gallery) and the patient fit (a uniform scale; regions and papules follow it and
are laid out again so the spacing holds). Both changes are undoable map commands."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from mesomap.core.document import TemplateRef
from mesomap.core.document.commands import SetTemplate
from mesomap.core.templates import PatientFit
from mesomap.gui.fields import NumberEdit, name_widget
from mesomap.gui.records.common import error_label, show_message


class TemplateFitBar(QWidget):
    """Template name, Change template…, fit scale and Apply."""

    def __init__(self, editor: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("session_editor_fit")
        self.editor = editor
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        layout = QHBoxLayout()
        column.addLayout(layout)
        self.label = QLabel(self)
        self.label.setObjectName("session_editor_template_label")
        self.change_button = QPushButton(self.tr("Change template…"), self)
        name_widget(self.change_button, "session_editor_change_template_button", self.tr("Change template"))
        self.scale = NumberEdit("decimal", fmt=editor.fmt, minimum=Decimal("0.5"), maximum=Decimal("2"), parent=self)
        name_widget(self.scale, "session_editor_fit_scale_edit", self.tr("Patient fit (scale)"))
        self.scale.setMaximumWidth(70)
        self.apply_button = QPushButton(self.tr("Apply fit"), self)
        name_widget(self.apply_button, "session_editor_apply_fit_button", self.tr("Apply fit"))
        self.message = error_label("session_editor_fit_scale_edit_error", self)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.change_button)
        layout.addWidget(QLabel(self.tr("Patient fit (scale)"), self))
        layout.addWidget(self.scale)
        layout.addWidget(self.apply_button)
        # Under the row, across the editor's width: beside it, a sentence became a tall
        # one-word column that pushed the map down.
        column.addWidget(self.message)
        self.change_button.clicked.connect(self.choose_template)
        self.apply_button.clicked.connect(lambda: self.apply_fit())
        self.gallery: Any = None

    def refresh(self) -> None:
        canvas, template = self.editor.canvas, self.editor.template
        if canvas is None:
            self.label.setText(self.tr("No map yet: choose the template to draw on."))
            return
        ref = canvas.document.template
        title = template.title(self.editor.controller.lang) if template is not None else ref.template_id
        self.label.setText(self.tr("Template: %1 (version %2)").replace("%1", title).replace("%2", str(ref.template_version)))
        if not self.scale.hasFocus():
            self.scale.set_value(Decimal(str(ref.fit.scale_x)))

    def choose_template(self) -> None:
        from mesomap.gui.records.gallery import TemplateGalleryDialog

        controller = self.editor.controller
        current = self.editor.template.id if self.editor.template is not None else None
        dialog = TemplateGalleryDialog(controller.templates(), lang=controller.lang, current=current, parent=self)
        dialog.accepted.connect(lambda: self.set_template(dialog.chosen))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        self.gallery = dialog

    def set_template(self, template: Any, fit: PatientFit | None = None) -> bool:
        """Point the map at ``template`` (and ``fit``); regions are rescaled when the fit changes."""
        canvas = self.editor.canvas
        if template is None:
            return False
        if canvas is None:
            return self._first_map(template, fit or PatientFit.identity())
        doc = canvas.document
        fit = fit or doc.template.fit
        ref = TemplateRef(template.id, template.version, template.content_hash, fit)
        layouter = canvas.layouter
        if not canvas.push(lambda: SetTemplate(doc, ref, rescale=True, layouter=layouter)):
            return False
        self.editor.template = template
        canvas.set_template(template)
        self.refresh()
        self.editor.refresh_warnings()
        return True

    def _first_map(self, template: Any, fit: PatientFit) -> bool:
        """A session planned without a template (an appointment) gets its empty map now."""
        from mesomap.core.document import MapDocument
        from mesomap.gui.fields import translate_error
        from mesomap.storage.errors import StorageError

        editor = self.editor
        ref = TemplateRef(template.id, template.version, template.content_hash, fit)
        try:
            editor.rec.sessions.save_map(editor.session_id, MapDocument(ref), None)
        except StorageError as exc:
            show_message(self.message, translate_error(exc))
            return False
        editor.open_session(editor.session_id)
        return True

    def apply_fit(self) -> bool:
        show_message(self.message, None)
        err = self.scale.error()
        if err:
            show_message(self.message, err)
            self.scale.setAccessibleDescription(err)
            return False
        value = float(self.scale.value() or 1)
        fit = PatientFit.identity() if value == 1.0 else PatientFit.uniform(value)
        return self.set_template(self.editor.template, fit)
