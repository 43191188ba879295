"""The mixture editor of a region: one or more product lots, each with its volume per papule.

An expired lot is refused with the message right under the row (nothing is applied); a lot
expiring within 30 days is flagged. Volumes are ``Decimal`` mL typed in the user's locale.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mesomap.core.document import MixtureItem
from mesomap.core.records import LotState
from mesomap.gui.fields import NumberEdit, name_widget
from mesomap.gui.records.common import error_label, show_message, warning_text
from mesomap.storage.repository.catalog import CatalogRepository


class MixtureRow:
    """The widgets of one row: product, lot, volume per papule, remove; and its message."""

    def __init__(self, editor: MixtureEditor, index: int) -> None:
        p = editor
        self.product = QComboBox(p)
        self.lot = QComboBox(p)
        for combo in (self.product, self.lot):  # long product names must not widen the panel
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(10)
            combo.currentTextChanged.connect(combo.setToolTip)  # the whole name when it is cut
        name_widget(self.product, f"session_editor_mixture_{index}_product_combo", QCoreApplication.translate("MixtureEditor", "Product"))
        name_widget(self.lot, f"session_editor_mixture_{index}_lot_combo", QCoreApplication.translate("MixtureEditor", "Lot"))
        self.volume = NumberEdit("volume_ml", fmt=p.fmt, minimum=Decimal("0"), parent=p)
        name_widget(self.volume, f"session_editor_mixture_{index}_volume_edit", QCoreApplication.translate("MixtureEditor", "Volume per papule"))
        self.volume.setMaximumWidth(90)
        self.remove = QPushButton(QCoreApplication.translate("MixtureEditor", "Remove"), p)
        name_widget(self.remove, f"session_editor_mixture_{index}_remove_button", QCoreApplication.translate("MixtureEditor", "Remove"))
        self.message = error_label(f"session_editor_mixture_{index}_lot_combo_error", p)
        self.note = QLabel(p)
        self.note.setObjectName(f"session_editor_mixture_{index}_note_label")
        self.note.setStyleSheet("color: #1c5d99;")
        self.note.setWordWrap(True)
        self.note.hide()

    def widgets(self) -> list[QWidget]:
        return [self.product, self.lot, self.volume, self.remove, self.message, self.note]


class MixtureEditor(QWidget):
    """Edits a region's mixture; ``mixture()`` returns it or ``None`` with the problem shown."""

    changed = Signal()

    def __init__(self, rec: Any, fmt: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("session_editor_mixture")
        self.rec, self.fmt = rec, fmt
        self.catalog = CatalogRepository(rec.db, rec.actor)
        self.products = self.catalog.list_products()
        self.rows: list[MixtureRow] = []
        self.lot_numbers: dict[int, str] = {}
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.grid = QGridLayout()
        outer.addLayout(self.grid)
        for col, text in enumerate((self.tr("Product"), self.tr("Lot (expiry)"), self.tr("mL per papule"))):
            self.grid.addWidget(QLabel(text, self), 0, col)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add product"), self)
        name_widget(self.add_button, "session_editor_mixture_add_button", self.tr("Add product"))
        self.add_button.clicked.connect(lambda: self.add_row())
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        outer.addLayout(buttons)
        self.message = error_label("session_editor_mixture_error", self)
        outer.addWidget(self.message)

    # ---- rows ------------------------------------------------------------------------------
    def add_row(self, product_id: int | None = None, lot_id: int | None = None,
                volume: Decimal | None = None) -> MixtureRow:
        row = MixtureRow(self, len(self.rows))
        for product in self.products:
            row.product.addItem(product.name, product.id)
        if product_id is not None:
            row.product.setCurrentIndex(max(row.product.findData(product_id), 0))
        self._fill_lots(row)
        if lot_id is not None:
            idx = row.lot.findData(lot_id)
            if idx < 0:  # a lot no longer listed (inactive): keep it visible as stored
                lot = self.catalog.get_lot(lot_id)
                row.lot.addItem(self._lot_label(lot.lot_number, lot.expiry_date), lot_id)
                self.lot_numbers[lot_id] = lot.lot_number
                idx = row.lot.count() - 1
            row.lot.setCurrentIndex(idx)
        row.volume.set_value(volume)
        row.product.currentIndexChanged.connect(lambda _i, r=row: self._product_changed(r))
        row.lot.currentIndexChanged.connect(lambda _i, r=row: self._lot_changed(r))
        row.volume.textEdited.connect(lambda _t: self.changed.emit())
        row.remove.clicked.connect(lambda _c=False, r=row: self.remove_row(r))
        line = 1 + 3 * len(self.rows)
        self.grid.addWidget(row.product, line, 0)
        self.grid.addWidget(row.lot, line, 1)
        self.grid.addWidget(row.volume, line, 2)
        self.grid.addWidget(row.remove, line, 3)
        self.grid.addWidget(row.message, line + 1, 0, 1, 4)
        self.grid.addWidget(row.note, line + 2, 0, 1, 4)
        self.rows.append(row)
        self._lot_changed(row, emit=False)
        return row

    def remove_row(self, row: MixtureRow) -> None:
        self.rows.remove(row)
        for w in row.widgets():
            self.grid.removeWidget(w)
            w.deleteLater()
        self.changed.emit()

    def clear_rows(self) -> None:
        for row in list(self.rows):
            self.rows.remove(row)
            for w in row.widgets():
                self.grid.removeWidget(w)
                w.deleteLater()

    def set_mixture(self, items: tuple[MixtureItem, ...]) -> None:
        self.clear_rows()
        show_message(self.message, None)
        for item in items:
            self.add_row(item.product_id, item.lot_id, item.volume_per_papule_ml)

    def _lot_label(self, number: str, expiry: Any) -> str:
        return self.tr("%1 (until %2)").replace("%1", number).replace("%2", self.fmt.format_date(expiry))

    def _fill_lots(self, row: MixtureRow) -> None:
        row.lot.blockSignals(True)
        row.lot.clear()
        product_id = row.product.currentData()
        if product_id is not None:
            for lot in sorted(self.catalog.list_lots(product_id), key=lambda lot: lot.expiry_date):
                row.lot.addItem(self._lot_label(lot.lot_number, lot.expiry_date), lot.id)
                self.lot_numbers[lot.id] = lot.lot_number
        row.lot.blockSignals(False)

    def _product_changed(self, row: MixtureRow) -> None:
        self._fill_lots(row)
        self._lot_changed(row)

    def _lot_changed(self, row: MixtureRow, emit: bool = True) -> None:
        self._check_row(row)
        if emit:
            self.changed.emit()

    def _check_row(self, row: MixtureRow) -> bool:
        """Show the lot's state under the row; False when the lot is refused (expired)."""
        lot_id = row.lot.currentData()
        show_message(row.message, None)
        row.note.hide()
        row.lot.setAccessibleDescription("")
        if lot_id is None:
            return True
        check = self.rec.catalog.check_lot(lot_id)
        if check.state == LotState.EXPIRED:
            text = warning_text(check.warning) if check.warning else self.tr("This lot has expired.")
            show_message(row.message, text)
            row.lot.setAccessibleDescription(text)
            return False
        if check.state == LotState.EXPIRING and check.warning is not None:
            row.note.setText(warning_text(check.warning))
            row.note.show()
        return True

    # ---- result ----------------------------------------------------------------------------
    def mixture(self) -> tuple[MixtureItem, ...] | None:
        """The mixture typed, or ``None`` when a row is refused (message under that row)."""
        show_message(self.message, None)
        items: list[MixtureItem] = []
        ok = True
        for row in self.rows:
            if not self._check_row(row):
                ok = False
                continue
            if row.product.currentData() is None or row.lot.currentData() is None:
                show_message(row.message, self.tr("Choose a product and one of its lots."))
                ok = False
                continue
            err = row.volume.error()
            if err:
                show_message(row.message, err)
                row.volume.setAccessibleDescription(err)
                ok = False
                continue
            volume = row.volume.value()
            assert volume is not None
            lot_text = self.lot_numbers.get(row.lot.currentData(), "")
            items.append(MixtureItem(row.product.currentData(), row.lot.currentData(),
                                     row.product.currentText(), lot_text, volume))
        return tuple(items) if ok else None
