"""Practice exercise window: the trainer picks a template, a zone and a technique; the trainee
places papules by hand (anything is allowed here, so mistakes can be scored) or draws the
region and adjusts it; Score shows the problems on the map and a written summary; attempts are
saved per trainee and compared in a table.

The map is a :class:`~mesomap.gui.canvas.canvas.MapCanvas` with ``enforce_avoid = False``. In
"by hand" mode the exercise zone is one region whose layouter keeps exactly the papules the
trainee placed (no automatic filling). Highlights are graphics items in the canvas's cm view
box: spacing pairs joined in red, avoid-zone papules ringed red, caution papules ringed orange,
papules off the zone ringed grey, the area farther than 0.65 × spacing shaded violet, and the
automatic layout as hollow green circles on demand.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
from PySide6 import QtCore, QtGui, QtWidgets

from mesomap.core.document import MapDocument, PapuleSet, Region, TemplateRef, new_region_id
from mesomap.core.document.papules import new_papule_ids
from mesomap.core.localeformat import default_format
from mesomap.core.records.presets import SHIPPED_PRESETS
from mesomap.core.templates import PatientFit, Template
from mesomap.core.trainer.attempts import AttemptStore, compare
from mesomap.core.trainer.demo_maps import technique_for
from mesomap.core.trainer.scoring import Exercise, Score, score_attempt
from mesomap.gui.fields import name_widget

PRACTICE_PRESETS = ("idp", "idp_pain", "idh")


class ManualLayouter:
    """Keeps exactly the papules placed by hand: a practice region never fills itself."""

    def layout(self, region: Region, fixed: PapuleSet, *, fast: bool = False) -> PapuleSet:
        return fixed

    def order(self, region: Region, start_corner: str) -> PapuleSet:
        return region.papules


def _pen(color: str, width: float = 3.0, style: QtCore.Qt.PenStyle = QtCore.Qt.PenStyle.SolidLine
         ) -> QtGui.QPen:
    pen = QtGui.QPen(QtGui.QColor(color), width, style)
    pen.setCosmetic(True)
    return pen


class PracticeWindow(QtWidgets.QWidget):
    """The practice exercise window (top-level)."""

    def __init__(self, library: Any, attempts_folder: Path,
                 parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent, QtCore.Qt.WindowType.Window)
        self.setObjectName("practice_window")
        self.setWindowTitle(self.tr("mesomap — practice exercise (DEMO)"))
        self.library = library
        self.store = AttemptStore(attempts_folder)
        self.score: Score | None = None
        self.overlays: list[QtWidgets.QGraphicsItem] = []
        self.auto_items: list[QtWidgets.QGraphicsItem] = []
        self.canvas: Any = None
        self.template: Template | None = None
        self.exercise: Exercise | None = None
        self._auto: np.ndarray | None = None

        side = QtWidgets.QWidget(self)
        side.setMinimumWidth(300)
        side.setMaximumWidth(380)
        form = QtWidgets.QFormLayout()
        form.setRowWrapPolicy(QtWidgets.QFormLayout.RowWrapPolicy.WrapLongRows)  # longer languages
        self.trainee_edit = QtWidgets.QLineEdit(side)
        self.template_combo = QtWidgets.QComboBox(side)
        for tid in library.ids():
            self.template_combo.addItem(library.get(tid).title(default_format().locale), tid)
        self.zone_combo = QtWidgets.QComboBox(side)
        self.technique_combo = QtWidgets.QComboBox(side)
        for p in SHIPPED_PRESETS:
            if p.code in PRACTICE_PRESETS:
                self.technique_combo.addItem(QtCore.QCoreApplication.translate("records", p.name),
                                             p.code)
        self.mode_combo = QtWidgets.QComboBox(side)
        self.mode_combo.addItem(self.tr("Place papules by hand"), "hand")
        self.mode_combo.addItem(self.tr("Draw the region and adjust"), "draw")
        for widget, name, label in (
                (self.trainee_edit, "practice_window_trainee_edit", self.tr("Trainee")),
                (self.template_combo, "practice_window_template_combo", self.tr("Template")),
                (self.zone_combo, "practice_window_zone_combo", self.tr("Zone")),
                (self.technique_combo, "practice_window_technique_combo", self.tr("Technique")),
                (self.mode_combo, "practice_window_mode_combo", self.tr("Mode"))):
            name_widget(widget, name, label)
            form.addRow(label, widget)
        self.hints_check = QtWidgets.QCheckBox(self.tr("Show hints while placing"), side)
        name_widget(self.hints_check, "practice_window_hints_check",
                    self.tr("Show hints while placing"))
        self.hints_check.toggled.connect(self._apply_hints)
        form.addRow("", self.hints_check)
        self.buttons: dict[str, QtWidgets.QPushButton] = {}
        for key, text, slot in (("new", self.tr("New exercise"), self.new_exercise),
                                ("score", self.tr("Score"), self.score_now),
                                ("automatic", self.tr("Show the automatic layout"),
                                 self.toggle_automatic),
                                ("save", self.tr("Save attempt"), self.save_attempt),
                                ("export", self.tr("Export…"), self.export)):
            b = QtWidgets.QPushButton(text, side)
            name_widget(b, f"practice_window_{key}_button", text.replace("…", ""))
            b.clicked.connect(slot)
            self.buttons[key] = b
        self.buttons["automatic"].setCheckable(True)
        self.summary_label = QtWidgets.QLabel(side)
        self.summary_label.setObjectName("practice_window_summary_label")
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextFormat(QtCore.Qt.TextFormat.PlainText)
        self.summary_label.setMinimumHeight(120)
        self.attempts_table = QtWidgets.QTableWidget(0, 5, side)
        self.attempts_table.setHorizontalHeaderLabels(
            [self.tr("Rank"), self.tr("Trainee"), self.tr("Mark"), self.tr("Rules broken"),
             self.tr("Papules")])
        self.attempts_table.verticalHeader().hide()
        self.attempts_table.horizontalHeader().setSectionResizeMode(
            QtWidgets.QHeaderView.ResizeMode.ResizeToContents)
        self.attempts_table.horizontalHeader().setStretchLastSection(True)
        self.attempts_table.setEditTriggers(QtWidgets.QAbstractItemView.EditTrigger.NoEditTriggers)
        name_widget(self.attempts_table, "practice_window_attempts_table", self.tr("Attempts"))
        col = QtWidgets.QVBoxLayout(side)
        col.addLayout(form)
        for key in ("new", "score", "automatic", "save", "export"):
            col.addWidget(self.buttons[key])
        col.addWidget(self.summary_label)
        col.addWidget(QtWidgets.QLabel(self.tr("Attempts at this exercise"), side))
        col.addWidget(self.attempts_table, 1)
        self.canvas_holder = QtWidgets.QVBoxLayout()
        lay = QtWidgets.QHBoxLayout(self)
        lay.addWidget(side)
        lay.addLayout(self.canvas_holder, 1)
        self.template_combo.currentIndexChanged.connect(self._fill_zones)
        self.template_combo.setCurrentIndex(max(0, self.template_combo.findData("face_front")))
        self._fill_zones()
        self.zone_combo.setCurrentIndex(max(0, self.zone_combo.findData("cheek_left")))
        self.new_exercise()

    # -- exercise ------------------------------------------------------------------------------
    def _fill_zones(self) -> None:
        template = self.library.get(str(self.template_combo.currentData()))
        self.zone_combo.clear()
        for z in template.zones:
            self.zone_combo.addItem(z.name(default_format().locale), z.id)

    def new_exercise(self, points: np.ndarray | None = None) -> None:
        """Start the chosen exercise (optionally with papules already placed)."""
        from mesomap.gui.canvas.canvas import MapCanvas

        template = self.library.get(str(self.template_combo.currentData()))
        zone_id = str(self.zone_combo.currentData())
        code = str(self.technique_combo.currentData())
        self.template = template
        self.exercise = Exercise.from_preset(template.id, zone_id, code)
        self._auto = None
        technique = technique_for(code, "auto")
        ref = TemplateRef(template.id, template.version, template.content_hash,
                          PatientFit.identity())
        regions = []
        mode = str(self.mode_combo.currentData())
        if mode == "hand" or points is not None:
            pts = np.zeros((0, 2)) if points is None else np.asarray(points, float).reshape(-1, 2)
            n = len(pts)
            papules = PapuleSet(new_papule_ids(n), pts, np.arange(1, n + 1), None, np.ones(n, bool))
            regions.append(Region(new_region_id(), template.zone(zone_id).name(default_format().locale), "#1971c2",
                                  template.zone(zone_id).geometry, pattern="auto",
                                  technique=technique, papules=papules))
        document = MapDocument(ref, regions, notes="DEMO practice")
        if self.canvas is not None:
            self.canvas.detach()
            self.canvas.setParent(None)
            self.canvas.deleteLater()
        self.overlays, self.auto_items = [], []
        canvas = MapCanvas(document, parent=self)
        canvas.setObjectName("practice_window_canvas")
        canvas.enforce_avoid = False
        canvas.ask_keep_manual = lambda region: True
        canvas.default_technique = technique
        canvas.set_template(template)
        if mode == "hand" or points is not None:
            canvas.layouter = ManualLayouter()  # type: ignore[assignment]  # a Layouter
            canvas.select_region(regions[0].id)
            canvas.set_tool("papules")
        else:
            canvas.set_tool("polygon")
        self.canvas = canvas
        self._apply_hints()
        self.canvas_holder.addWidget(canvas)
        self.score = None
        self.buttons["automatic"].setChecked(False)
        self.summary_label.setText(self.tr(
            "Place the papules, then press Score. Spacing: %1 cm.").replace(
            "%1", f"{self.exercise.spacing_cm:g}"))
        self._fill_attempts()

    def _apply_hints(self) -> None:
        """The canvas marks papules too close or in danger zones as they are placed; an
        exercise hides those marks until Score unless the trainer allows hints."""
        if self.canvas is None:
            return
        if self.hints_check.isChecked():
            self.canvas.__dict__.pop("_warnings_for", None)
        else:
            self.canvas._warnings_for = lambda region: {}
        self.canvas.rebuild()

    def points(self) -> np.ndarray:
        """Every papule on the practice map (cm)."""
        arrays = [np.asarray(r.papules.xy) for r in self.canvas.document.regions if len(r.papules)]
        return np.vstack(arrays) if arrays else np.zeros((0, 2))

    def automatic(self) -> np.ndarray:
        assert self.exercise is not None and self.template is not None
        if self._auto is None:
            self._auto = self.exercise.automatic_layout(self.template)[0]
        return self._auto

    # -- scoring -------------------------------------------------------------------------------
    def score_now(self) -> Score:
        assert self.exercise is not None and self.template is not None
        pts = self.points()
        self.score = score_attempt(self.template, self.exercise, pts, len(self.automatic()))
        self._show_overlays(pts, self.score)
        lines = [QtCore.QCoreApplication.translate("Trainer", m.template).format(**m.params)
                 for m in self.score.summary(self.template)]
        lines.append(self.tr("On the map: red marks a broken rule, orange a caution zone, a grey "
                             "dashed ring a papule off the zone, violet the area farther than "
                             "0.65 × spacing from any papule."))
        self.summary_label.setText("\n".join(lines))
        return self.score

    def _clear(self, items: list[QtWidgets.QGraphicsItem]) -> None:
        for item in items:
            self.canvas.view.vb.removeItem(item)
        items.clear()

    def _add(self, path: QtGui.QPainterPath, pen: QtGui.QPen, brush: QtGui.QBrush | None = None,
             into: list[QtWidgets.QGraphicsItem] | None = None) -> None:
        item = QtWidgets.QGraphicsPathItem(path)
        item.setPen(pen)
        item.setBrush(brush if brush is not None else QtGui.QBrush(QtCore.Qt.BrushStyle.NoBrush))
        item.setZValue(80)
        self.canvas.view.vb.addItem(item, ignoreBounds=True)
        (self.overlays if into is None else into).append(item)

    def _show_overlays(self, pts: np.ndarray, score: Score) -> None:
        from mesomap.printing.renderer import geometry_path

        self._clear(self.overlays)
        if not score.uncovered.is_empty:
            self._add(geometry_path(score.uncovered), _pen("#7048e8", 1.0),
                      QtGui.QBrush(QtGui.QColor(112, 72, 232, 70)))
        ring = 0.3 * score.exercise.spacing_cm
        spacing = QtGui.QPainterPath()
        for v in score.spacing_violations:
            a, b = pts[v.papules[0]], pts[v.papules[1]]
            spacing.moveTo(float(a[0]), float(a[1]))
            spacing.lineTo(float(b[0]), float(b[1]))
            for p in (a, b):
                spacing.addEllipse(QtCore.QPointF(float(p[0]), float(p[1])), ring, ring)
        self._add(spacing, _pen("#e03131", 4))
        avoid = QtGui.QPainterPath()
        for v in score.avoid_violations:
            p = pts[v.papules[0]]
            avoid.addEllipse(QtCore.QPointF(float(p[0]), float(p[1])), ring * 1.4, ring * 1.4)
            d = ring
            avoid.moveTo(float(p[0]) - d, float(p[1]) - d)
            avoid.lineTo(float(p[0]) + d, float(p[1]) + d)
            avoid.moveTo(float(p[0]) - d, float(p[1]) + d)
            avoid.lineTo(float(p[0]) + d, float(p[1]) - d)
        self._add(avoid, _pen("#c92a2a", 4))
        caution = QtGui.QPainterPath()
        for v in score.cautions:
            p = pts[v.papules[0]]
            caution.addEllipse(QtCore.QPointF(float(p[0]), float(p[1])), ring, ring)
        self._add(caution, _pen("#f08c00", 3))
        outside = QtGui.QPainterPath()
        for i in score.outside:
            p = pts[i]
            outside.addEllipse(QtCore.QPointF(float(p[0]), float(p[1])), ring * 1.8, ring * 1.8)
        self._add(outside, _pen("#495057", 2, QtCore.Qt.PenStyle.DashLine))

    def toggle_automatic(self) -> None:
        self._clear(self.auto_items)
        if not self.buttons["automatic"].isChecked():
            return
        path = QtGui.QPainterPath()
        r = 0.12 * self.exercise.spacing_cm if self.exercise else 0.12
        for x, y in self.automatic():
            path.addEllipse(QtCore.QPointF(float(x), float(y)), r, r)
        self._add(path, _pen("#2b8a3e", 2), into=self.auto_items)

    # -- attempts ------------------------------------------------------------------------------
    def save_attempt(self) -> None:
        from mesomap.gui.errors import show_error

        name = self.trainee_edit.text().strip()
        if not name:
            show_error(self, self.tr("Type the trainee's name first, then save the attempt."))
            return
        score = self.score or self.score_now()
        try:
            self.store.save(name, self.points(), score)
        except (OSError, ValueError) as exc:
            show_error(self, self.tr("The attempt could not be saved. Check that the user data "
                                     "folder can be written."), detail=str(exc))
            return
        self._fill_attempts()

    def _fill_attempts(self) -> None:
        if self.exercise is None:
            return
        same = [a for a in self.store.attempts() if a.exercise == self.exercise]
        rows = compare(same)
        self.attempts_table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, key in enumerate(("rank", "trainee", "mark", "violations", "count")):
                self.attempts_table.setItem(r, c, QtWidgets.QTableWidgetItem(f"{row[key]}"))

    # -- export --------------------------------------------------------------------------------
    def render_to(self, painter: QtGui.QPainter, rect: QtCore.QRectF) -> None:
        """The practice map, its papules and the highlights, through the shared renderer."""
        from mesomap.printing.renderer import MapRenderer, RenderOptions

        assert self.template is not None
        painter.fillRect(rect, QtGui.QColor("white"))
        zone = self.template.zone(self.exercise.zone_id).geometry if self.exercise else None
        x0, y0, x1, y1 = zone.bounds if zone is not None else self.template.outline.bounds
        window = (x0 - 3, y0 - 3, x1 + 3, y1 + 3)
        units_per_mm = rect.width() / 250.0
        MapRenderer(self.canvas.document, self.template,
                    RenderOptions(scale_bar=True)).paint(painter, rect, window, units_per_mm)
        from mesomap.gui.trainer.playback import map_transform

        transform, _ = map_transform(rect, window)
        painter.save()
        painter.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing, True)
        painter.setWorldTransform(transform, True)
        for item in self.overlays + self.auto_items:
            assert isinstance(item, QtWidgets.QGraphicsPathItem)
            pen = QtGui.QPen(item.pen())
            pen.setCosmetic(True)
            pen.setWidthF(pen.widthF() * units_per_mm / 3)
            painter.setPen(pen)
            painter.setBrush(item.brush())
            painter.drawPath(item.path())
        painter.restore()

    def export(self) -> None:
        from mesomap.gui.trainer.export import export_interactively

        export_interactively(self, self.render_to, "mesomap-exercise")

    def closeEvent(self, event: QtGui.QCloseEvent) -> None:  # noqa: N802
        if self.canvas is not None:
            self.canvas.detach()
        super().closeEvent(event)
