"""Edit the four layer thicknesses (mm) of one body area's skin cross-section."""

from __future__ import annotations

from decimal import Decimal

from PySide6 import QtWidgets

from mesomap.core.trainer.skin import SkinLayers
from mesomap.gui.fields import NumberEdit, ValidatedForm, name_widget


class LayersDialog(QtWidgets.QDialog):
    def __init__(self, area: str, layers: SkinLayers, parent: QtWidgets.QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self.setObjectName("layers_dialog")
        self.setWindowTitle(self.tr("Skin layers: %1").replace("%1", area))
        self.result_layers: SkinLayers | None = None
        self.form = ValidatedForm(self)
        self.fields: list[NumberEdit] = []
        labels = (self.tr("Epidermis (mm)"), self.tr("Papillary dermis (mm)"),
                  self.tr("Reticular dermis (mm)"), self.tr("Hypodermis (mm)"))
        names = ("epidermis", "papillary", "reticular", "hypodermis")
        for label, name, value in zip(labels, names, layers.thicknesses, strict=True):
            edit = NumberEdit("decimal", minimum=Decimal("0.05"), maximum=Decimal("100"))
            edit.set_value(Decimal(str(round(value, 2))))
            self.form.add_row(label, edit, f"layers_dialog_{name}_edit")
            self.fields.append(edit)
        note = QtWidgets.QLabel(self.tr(
            "Teaching values: the defaults follow the depth layers of mesotherapy teaching "
            "(epidermis to about 1 mm, superficial dermis 1–2 mm, deep dermis 2–4 mm, "
            "hypodermis 4–10 mm), scaled roughly per body area. Adjust them to your own "
            "reference."), self)
        note.setWordWrap(True)
        buttons = QtWidgets.QDialogButtonBox(
            QtWidgets.QDialogButtonBox.StandardButton.Ok
            | QtWidgets.QDialogButtonBox.StandardButton.Cancel, self)
        for button, name in ((QtWidgets.QDialogButtonBox.StandardButton.Ok, "ok"),
                             (QtWidgets.QDialogButtonBox.StandardButton.Cancel, "cancel")):
            b = buttons.button(button)
            name_widget(b, f"layers_dialog_{name}_button", b.text().replace("&", ""))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        lay = QtWidgets.QVBoxLayout(self)
        lay.addWidget(self.form)
        lay.addWidget(note)
        lay.addWidget(buttons)

    def _accept(self) -> None:
        values = []
        ok = True
        for edit in self.fields:
            error = edit.error()
            self.form.set_error(edit, error)
            if error:
                ok = False
            else:
                v = edit.value()
                values.append(float(v) if v is not None else 0.0)
        if ok:
            self.result_layers = SkinLayers(*values)
            self.accept()
