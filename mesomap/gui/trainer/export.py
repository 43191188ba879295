"""Export a trainer view (playback frame, technique diagram, scored exercise) as PNG or SVG at a
chosen pixel size, for slides. Every view draws through its ``render_to`` painter function, the
same code that paints it on screen (maps through the shared ``MapRenderer``)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6 import QtCore, QtGui, QtWidgets

from mesomap.gui.fields import name_widget

RenderFn = Callable[[QtGui.QPainter, QtCore.QRectF], object]
SLIDE_DPI = 96.0


def export_image(render: RenderFn, path: str | Path, width: int, height: int) -> Path:
    """Write ``render``'s drawing at ``width`` × ``height`` px to ``path`` (.png or .svg)."""
    path = Path(path)
    rect = QtCore.QRectF(0, 0, width, height)
    if path.suffix.lower() == ".svg":
        from PySide6.QtSvg import QSvgGenerator

        gen = QSvgGenerator()
        gen.setFileName(str(path))
        gen.setSize(QtCore.QSize(width, height))
        gen.setViewBox(rect)
        gen.setResolution(round(SLIDE_DPI))
        gen.setTitle("mesomap")
        painter = QtGui.QPainter(gen)
        try:
            render(painter, rect)
        finally:
            painter.end()
        return path
    image = QtGui.QImage(width, height, QtGui.QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QtGui.QColor("white"))
    painter = QtGui.QPainter(image)
    try:
        render(painter, rect)
    finally:
        painter.end()
    if not image.save(str(path)):
        raise OSError(f"cannot write {path}")
    return path


class ExportDialog(QtWidgets.QDialog):
    """Asks for the size and the file; ``chosen()`` → (path, width, height)."""

    def __init__(self, suggested: str, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trainer_export_dialog")
        self.setWindowTitle(self.tr("Export for slides"))
        self.width_spin = QtWidgets.QSpinBox(self)
        self.height_spin = QtWidgets.QSpinBox(self)
        for spin, value, name, label in ((self.width_spin, 1920, "width", self.tr("Width (pixels)")),
                                         (self.height_spin, 1080, "height",
                                          self.tr("Height (pixels)"))):
            spin.setRange(200, 8000)
            spin.setValue(value)
            name_widget(spin, f"trainer_export_dialog_{name}_spin", label)
        self.format_combo = QtWidgets.QComboBox(self)
        self.format_combo.addItem("PNG", ".png")
        self.format_combo.addItem("SVG", ".svg")
        name_widget(self.format_combo, "trainer_export_dialog_format_combo", self.tr("Format"))
        self.suggested = suggested
        form = QtWidgets.QFormLayout()
        form.addRow(self.tr("Width (pixels)"), self.width_spin)
        form.addRow(self.tr("Height (pixels)"), self.height_spin)
        form.addRow(self.tr("Format"), self.format_combo)
        buttons = QtWidgets.QDialogButtonBox(
            QtWidgets.QDialogButtonBox.StandardButton.Save
            | QtWidgets.QDialogButtonBox.StandardButton.Cancel, self)
        for button, name in ((QtWidgets.QDialogButtonBox.StandardButton.Save, "save"),
                             (QtWidgets.QDialogButtonBox.StandardButton.Cancel, "cancel")):
            b = buttons.button(button)
            name_widget(b, f"trainer_export_dialog_{name}_button", b.text().replace("&", ""))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay = QtWidgets.QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(buttons)

    def chosen(self) -> tuple[str, int, int] | None:
        if self.exec() != QtWidgets.QDialog.DialogCode.Accepted:
            return None
        suffix = str(self.format_combo.currentData())
        path, _ = QtWidgets.QFileDialog.getSaveFileName(
            self.parentWidget(), self.tr("Export for slides"), self.suggested + suffix,
            self.tr("Images (*.png *.svg)"))
        if not path:
            return None
        if not path.lower().endswith(suffix):
            path += suffix
        return path, self.width_spin.value(), self.height_spin.value()


def export_interactively(parent: QtWidgets.QWidget, render: RenderFn, suggested: str) -> None:
    """Ask for size and file, write it, say where (errors as a sentence)."""
    choice = ExportDialog(suggested, parent).chosen()
    if choice is None:
        return
    path, w, h = choice
    try:
        export_image(render, path, w, h)
    except OSError as exc:
        from mesomap.gui.errors import show_error

        show_error(parent, QtCore.QCoreApplication.translate(
            "Trainer", "The image could not be written to %1. Choose another folder.")
            .replace("%1", path), detail=str(exc))
