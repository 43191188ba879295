"""Presenter view for a projector: full screen, high contrast, large type, thick lines.

It shows either the injection playback of a map or two technique diagrams side by side. No
patient's name or personal field is ever shown: the view receives only a map document and a
template (a session's map, or a fictional map built from a template, zones and a preset).
Keys: Space play/pause, → step, ← back, ↑/↓ faster/slower, Home restart, D diagrams/playback,
E export, Esc leave.
"""

from __future__ import annotations

from PySide6 import QtCore, QtGui, QtWidgets

from mesomap.core.document import MapDocument
from mesomap.core.localeformat import default_format
from mesomap.core.records.presets import SHIPPED_PRESETS
from mesomap.core.templates import Template
from mesomap.core.trainer.demo_maps import demo_map
from mesomap.gui.fields import name_widget
from mesomap.gui.trainer.diagrams import TechniqueComparison
from mesomap.gui.trainer.export import export_interactively
from mesomap.gui.trainer.playback import PROJECTOR, SPEEDS, PlaybackView

PATTERNS = ("auto", "hex", "square", "line", "rings", "nappage")
STYLE = """
QWidget#presenter_view { background: #000000; color: #ffffff; font-size: 22px; }
QWidget#presenter_view QPushButton { background: #1a1a1a; color: #ffffff; border: 3px solid #ffffff;
    padding: 8px 16px; font-size: 22px; font-weight: bold; }
QWidget#presenter_view QPushButton:focus { border-color: #ffd400; }
QWidget#presenter_view QComboBox { background: #1a1a1a; color: #ffffff; border: 2px solid #ffffff;
    padding: 4px 8px; font-size: 20px; }
QWidget#presenter_view QLabel { color: #ffffff; font-size: 20px; }
"""


class PresenterView(QtWidgets.QWidget):
    """The presenter window (top-level)."""

    def __init__(self, library: object, document: MapDocument | None = None,
                 template: Template | None = None, parent: QtWidgets.QWidget | None = None,
                 data_folder: object = None) -> None:
        super().__init__(parent, QtCore.Qt.WindowType.Window)
        self.setObjectName("presenter_view")
        self.setWindowTitle(self.tr("mesomap — presenter view (DEMO)"))
        self.setStyleSheet(STYLE)
        self.library = library
        if template is None:
            template = library.get("face_front")  # type: ignore[attr-defined]
        assert template is not None
        self.given: tuple[MapDocument, Template] | None = None
        if document is None:
            document = demo_map(template, _default_zones(template), "idp")
        else:
            self.given = (document, template)
        self.view = PlaybackView(document, template, PROJECTOR, self)
        self.controller = self.view.controller
        self.comparison = TechniqueComparison(data_folder, self, dark=True)
        self.stack = QtWidgets.QStackedWidget(self)
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.comparison)
        # picking a fictional map
        self.template_combo = QtWidgets.QComboBox(self)
        for tid in library.ids():  # type: ignore[attr-defined]
            self.template_combo.addItem(library.get(tid).title(default_format().locale), tid)  # type: ignore[attr-defined]
        self.template_combo.setCurrentIndex(self.template_combo.findData(template.id))
        self.zone_combo = QtWidgets.QComboBox(self)
        self.technique_combo = QtWidgets.QComboBox(self)
        for p in SHIPPED_PRESETS:
            self.technique_combo.addItem(QtCore.QCoreApplication.translate("records", p.name),
                                         p.code)
        self.technique_combo.setCurrentIndex(self.technique_combo.findData("idp"))
        self.pattern_combo = QtWidgets.QComboBox(self)
        for pattern in PATTERNS:
            self.pattern_combo.addItem(pattern, pattern)
        for combo, name, label in (
                (self.template_combo, "template", self.tr("Template")),
                (self.zone_combo, "zone", self.tr("Zones")),
                (self.technique_combo, "technique", self.tr("Technique")),
                (self.pattern_combo, "pattern", self.tr("Pattern"))):
            name_widget(combo, f"presenter_view_{name}_combo", label)
            combo.setFocusPolicy(QtCore.Qt.FocusPolicy.ClickFocus)
        self._fill_zones()
        top = QtWidgets.QHBoxLayout()
        for w in (self.template_combo, self.zone_combo, self.technique_combo, self.pattern_combo):
            top.addWidget(w)
        top.addStretch(1)
        self.template_combo.currentIndexChanged.connect(self._template_changed)
        for combo in (self.zone_combo, self.technique_combo, self.pattern_combo):
            combo.activated.connect(self._rebuild)
        # transport
        self.buttons: dict[str, QtWidgets.QPushButton] = {}
        bottom = QtWidgets.QHBoxLayout()
        for key, text, slot in (
                ("restart", self.tr("Restart"), self.controller.restart),
                ("back", self.tr("◀ Back"), self.controller.back),
                ("play", self.tr("▶ Play"), self.controller.toggle),
                ("step", self.tr("Step ▶"), self.controller.step),
                ("slower", self.tr("Slower"), self.controller.slower),
                ("faster", self.tr("Faster"), self.controller.faster),
                ("diagrams", self.tr("Techniques"), self.toggle_diagrams),
                ("export", self.tr("Export…"), self.export),
                ("close", self.tr("Leave"), self.close)):
            b = QtWidgets.QPushButton(text, self)
            name_widget(b, f"presenter_view_{key}_button", text.strip("⏮◀▶ "))
            b.setFocusPolicy(QtCore.Qt.FocusPolicy.NoFocus)
            b.clicked.connect(slot)
            self.buttons[key] = b
            bottom.addWidget(b)
        self.controller.playingChanged.connect(self._playing)
        lay = QtWidgets.QVBoxLayout(self)
        lay.setContentsMargins(12, 8, 12, 8)
        lay.addLayout(top)
        lay.addWidget(self.stack, 1)
        lay.addLayout(bottom)
        self.setFocusPolicy(QtCore.Qt.FocusPolicy.StrongFocus)
        self._shortcuts()

    # -- keyboard -----------------------------------------------------------------------------
    def _shortcuts(self) -> None:
        self.keys = {
            QtCore.Qt.Key.Key_Space: self.controller.toggle,
            QtCore.Qt.Key.Key_Right: self.controller.step,
            QtCore.Qt.Key.Key_Left: self.controller.back,
            QtCore.Qt.Key.Key_Up: self.controller.faster,
            QtCore.Qt.Key.Key_Down: self.controller.slower,
            QtCore.Qt.Key.Key_Home: self.controller.restart,
            QtCore.Qt.Key.Key_D: self.toggle_diagrams,
            QtCore.Qt.Key.Key_E: self.export,
            QtCore.Qt.Key.Key_Escape: self.close,
        }

    def keyPressEvent(self, event: QtGui.QKeyEvent) -> None:  # noqa: N802
        slot = self.keys.get(QtCore.Qt.Key(event.key()))
        if slot is None or event.modifiers() & ~QtCore.Qt.KeyboardModifier.KeypadModifier:
            super().keyPressEvent(event)
            return
        slot()
        event.accept()

    # -- map choice ---------------------------------------------------------------------------
    def _template(self) -> Template:
        return self.library.get(str(self.template_combo.currentData()))  # type: ignore[attr-defined,no-any-return]

    def _fill_zones(self) -> None:
        template = self._template()
        self.zone_combo.blockSignals(True)
        self.zone_combo.clear()
        if self.given is not None and self.given[1].id == template.id:
            self.zone_combo.addItem(self.tr("The session's map"), "@given")
        self.zone_combo.addItem(self.tr("Main zones"), "")
        for z in template.zones:
            self.zone_combo.addItem(z.name(default_format().locale), z.id)
        self.zone_combo.blockSignals(False)

    def _template_changed(self) -> None:
        self._fill_zones()
        self._rebuild()

    def _rebuild(self) -> None:
        template = self._template()
        zone = str(self.zone_combo.currentData() or "")
        if zone == "@given" and self.given is not None:
            self.set_map(*self.given)
            self.setFocus()
            return
        zones = [zone] if zone else _default_zones(template)
        doc = demo_map(template, zones, str(self.technique_combo.currentData()),
                       str(self.pattern_combo.currentData()))
        self.set_map(doc, template)
        self.setFocus()

    def set_map(self, document: MapDocument, template: Template) -> None:
        self.view.set_map(document, template)

    # -- actions -------------------------------------------------------------------------------
    def _playing(self, playing: bool) -> None:
        self.buttons["play"].setText(self.tr("❚❚ Pause") if playing else self.tr("▶ Play"))

    def toggle_diagrams(self) -> None:
        self.controller.pause()
        self.stack.setCurrentIndex(1 - self.stack.currentIndex())

    def export(self) -> None:
        self.controller.pause()
        if self.stack.currentWidget() is self.comparison:
            export_interactively(self, self.comparison.render_to, "mesomap-techniques")
        else:
            export_interactively(
                self, lambda p, r: self.view.render_to(p, r, r.width() / 400.0),
                "mesomap-playback-" + str(self.controller.position))

    def closeEvent(self, event: QtGui.QCloseEvent) -> None:  # noqa: N802
        self.controller.pause()
        super().closeEvent(event)


def _default_zones(template: Template) -> list[str]:
    """Up to three zones for a fictional demonstration map (the largest ones)."""
    zones = sorted(template.zones, key=lambda z: -z.geometry.area)
    return [z.id for z in zones[:3]]


def speed_labels() -> list[str]:
    return [f"{s:g}×" for s in SPEEDS]
