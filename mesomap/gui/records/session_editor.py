"""The session editor page: one session's map on its template (patient fit), the canvas, the
regions panel (preset, overrides, mixture), live totals against the clinic's and the products'
limits (warnings, never a silent cap), notes, and the session's next steps: perform (checklist),
sign, amend, adverse event, print preview. A repeated session shows the previous papules as a
faint overlay. A signed session opens read-only with its amendments beside the original.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from mesomap.core.document.commands import SetNotes
from mesomap.gui.fields import name_widget
from mesomap.gui.records.common import (
    WarningList,
    error_label,
    error_text,
    show_message,
    status_text,
)
from mesomap.gui.records.region_panel import RegionPanel
from mesomap.storage.errors import ConflictError, StorageError
from mesomap.storage.models.enums import SessionStatus

log = logging.getLogger(__name__)


class SessionEditor(QWidget):
    """The page ``records_session`` of the main window."""

    changed = Signal()  # the session's state changed (performed, signed, amended)

    def __init__(self, controller: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("session_editor")
        self.setAccessibleName(self.tr("Session editor"))
        self.controller = controller
        self.rec = controller.rec()
        self.fmt = controller.fmt
        self.session_id: int | None = None
        self.plan: Any = None
        self.full: Any = None
        self.canvas: Any = None
        self.template: Any = None
        self.template_problem: str | None = None  # why the map's template cannot be shown
        self.map_version: int | None = None
        self.overlay: Any = None
        outer = QVBoxLayout(self)
        self.title = QLabel(self)
        self.title.setObjectName("session_editor_title_label")
        self.title.setStyleSheet("font-weight: bold; font-size: 14px;")
        outer.addWidget(self.title)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("session_editor_splitter")
        outer.addWidget(self.splitter, 1)
        self.canvas_holder = QWidget(self.splitter)
        self.canvas_layout = QVBoxLayout(self.canvas_holder)
        self.canvas_layout.setContentsMargins(0, 0, 0, 0)
        self.toolbar: QToolBar | None = None
        from mesomap.gui.records.template_fit import TemplateFitBar

        self.fit_bar = TemplateFitBar(self, self.canvas_holder)
        self.canvas_layout.addWidget(self.fit_bar)
        self.tool_group: Any = None
        self.editable = False
        side = QWidget()
        side_layout = QVBoxLayout(side)
        self.record = QLabel(side)
        self.record.setObjectName("session_editor_record_label")
        self.record.setWordWrap(True)
        self.record.setTextFormat(Qt.TextFormat.RichText)
        side_layout.addWidget(self.record)
        self.amend_title = QLabel(self.tr("Amendments (beside the signed original)"), side)
        self.amend_title.setStyleSheet("font-weight: bold; color: #7048e8;")
        side_layout.addWidget(self.amend_title)
        self.amendments = QListWidget(side)
        name_widget(self.amendments, "session_editor_amendments_list", self.tr("Amendments"))
        self.amendments.setWordWrap(True)
        self.amendments.setMaximumHeight(120)
        side_layout.addWidget(self.amendments)
        self.regions = RegionPanel(self.rec, self.fmt, side)
        side_layout.addWidget(self.regions)
        side_layout.addWidget(QLabel(self.tr("Totals"), side))
        self.totals = QLabel(side)
        self.totals.setObjectName("session_editor_totals_label")
        self.totals.setWordWrap(True)
        side_layout.addWidget(self.totals)
        self.warnings = WarningList("session_editor_warnings_list", self.tr("Warnings"), side)
        side_layout.addWidget(self.warnings)
        side_layout.addWidget(QLabel(self.tr("Notes"), side))
        self.notes = QPlainTextEdit(side)
        name_widget(self.notes, "session_editor_notes_edit", self.tr("Notes"))
        self.notes.setMaximumHeight(70)
        side_layout.addWidget(self.notes)
        side_layout.addStretch(1)
        scroll = QScrollArea(self.splitter)
        scroll.setObjectName("session_editor_side_scroll")
        scroll.setWidgetResizable(True)
        scroll.setWidget(side)
        scroll.setMinimumWidth(420)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([760, 440])
        buttons = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        for key, text in (("save", self.tr("Save map")), ("perform", self.tr("Checklist and perform…")),
                          ("event", self.tr("Adverse event…")), ("sign", self.tr("Sign…")),
                          ("amend", self.tr("Amend…")), ("repeat", self.tr("Repeat as next session")),
                          ("preview", self.tr("Print preview…")), ("verify", self.tr("Verify signature"))):
            button = QPushButton(text, self)
            name_widget(button, f"session_editor_{key}_button", text.rstrip("…"))
            buttons.addWidget(button)
            self.buttons[key] = button
        buttons.addStretch(1)
        # the message line sits above the buttons, full width, never scrolled out of sight
        self.message = error_label("session_editor_message_label", self)
        self.message.setWordWrap(True)
        outer.addWidget(self.message)
        outer.addLayout(buttons)
        self.buttons["save"].clicked.connect(self.save)
        self.buttons["perform"].clicked.connect(lambda: self.controller.perform(self.session_id))
        self.buttons["event"].clicked.connect(lambda: self.controller.adverse_event(self.session_id))
        self.buttons["sign"].clicked.connect(lambda: self.controller.sign(self.session_id))
        self.buttons["amend"].clicked.connect(lambda: self.controller.amend(self.session_id))
        self.buttons["repeat"].clicked.connect(lambda: self.controller.repeat(self.session_id))
        self.buttons["preview"].clicked.connect(self.print_preview)
        self.buttons["verify"].clicked.connect(self.verify)
        self.regions.edited.connect(self._schedule_check)
        self._check_timer = QTimer(self)
        self._check_timer.setSingleShot(True)
        self._check_timer.setInterval(250)
        self._check_timer.timeout.connect(self.refresh_warnings)
        table = controller.window.action_table
        self.undo_action = table.action("edit.undo")
        self.redo_action = table.action("edit.redo")
        self.undo_action.triggered.connect(self._undo)
        self.redo_action.triggered.connect(self._redo)
        controller.window.pages.currentChanged.connect(lambda _i: self._update_undo())

    # ---- opening -----------------------------------------------------------------------------
    def open_session(self, session_id: int) -> None:
        """Load the session (map, template, warnings) into the page."""
        self.session_id = session_id
        self.template_problem = None
        show_message(self.message, None)
        self.plan = self.rec.sessions.open(session_id)
        self.full = self.rec.sessions.full(session_id)
        self.map_version = self.plan.map_version
        self._build_canvas()
        self._update_state()
        width = max(self.splitter.width(), 1000)
        self.splitter.setSizes([int(width * 0.6), int(width * 0.4)])

    def _build_canvas(self) -> None:
        from mesomap.gui.canvas.canvas import MapCanvas

        if self.canvas is not None:
            self.canvas.detach()
            self.canvas.setParent(None)
            self.canvas.deleteLater()
            self.canvas = None
        if self.toolbar is not None:
            self.toolbar.setParent(None)
            self.toolbar.deleteLater()
            self.toolbar = None
        doc = self.plan.map
        if doc is None:  # an appointment made without a template: the fit bar offers one
            self.regions.bind(None)
            self.template = None
            self.fit_bar.refresh()
            return
        canvas = MapCanvas(doc)
        canvas.ask_keep_manual = self.controller.ask_keep_manual
        name_widget(canvas, "session_editor_canvas", self.tr("Map canvas"))
        self._build_toolbar(canvas)
        self.canvas_layout.addWidget(canvas)
        self.canvas = canvas
        # The exact template the map was planned on: the installed copy when its content
        # matches, else the copy stored with the session (mesomap.storage.template_snapshots).
        self.template = None
        try:
            self.template = self.rec.sessions.template(doc.template, self.controller.templates())
        except StorageError as exc:  # TemplateUnavailableError: its sentence says what to do
            self.template_problem = error_text(exc)
            show_message(self.message, self.template_problem)
            self.message.setStyleSheet("color: #b00020;")
        if self.template is not None:
            canvas.set_template(self.template)
        canvas.totalsChanged.connect(self._totals_changed)
        canvas.selectionChanged.connect(self._canvas_selection)
        canvas.stack.indexChanged.connect(self._stack_changed)
        self.notes.setPlainText(doc.notes)
        self.regions.bind(canvas)
        self._show_overlay()
        self.fit_bar.refresh()
        self._totals_changed(canvas.totals())

    def _build_toolbar(self, canvas: Any) -> None:
        """The canvas tools (draw, edit, papules, measure) and undo/redo above the map."""
        from mesomap.gui.canvas.actions import add_tool_actions_to, make_tool_actions

        toolbar = QToolBar(self.tr("Map tools"), self.canvas_holder)
        toolbar.setObjectName("session_editor_tools_toolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        toolbar.setMinimumWidth(200)  # the tools that do not fit go to the overflow menu
        self.tool_group = make_tool_actions(canvas, toolbar)
        add_tool_actions_to(canvas, self.tool_group)
        for action in self.tool_group.actions():
            toolbar.addAction(action)
        toolbar.addSeparator()
        toolbar.addAction(self.undo_action)
        toolbar.addAction(self.redo_action)
        for action in toolbar.actions():
            button = toolbar.widgetForAction(action)
            if button is not None and action.objectName():
                key = action.objectName().replace("tool_", "").replace("action_edit_", "")
                name_widget(button, f"session_editor_tool_{key}_button", action.text().replace("&", ""))
        self.canvas_layout.addWidget(toolbar)
        self.toolbar = toolbar

    def _stack_changed(self, _index: int) -> None:
        self.regions.refresh()
        self._schedule_check()
        self._update_undo()

    def _update_undo(self) -> None:
        here = self.controller.window.pages.currentWidget() is self
        stack = self.canvas.stack if self.canvas is not None else None
        self.undo_action.setEnabled(bool(here and self.editable and stack is not None and stack.canUndo()))
        self.redo_action.setEnabled(bool(here and self.editable and stack is not None and stack.canRedo()))

    def _undo(self) -> None:
        if self.canvas is not None and self.editable and self.controller.window.pages.currentWidget() is self:
            self.canvas.stack.undo()

    def _redo(self) -> None:
        if self.canvas is not None and self.editable and self.controller.window.pages.currentWidget() is self:
            self.canvas.stack.redo()

    def _show_overlay(self) -> None:
        """The previous session's papules as faint rings under the new ones."""
        import numpy as np
        import pyqtgraph as pg

        previous = getattr(self.plan, "previous_papules", {}) or {}
        arrays = [np.asarray(a, dtype=float).reshape(-1, 2) for a in previous.values() if len(a)]
        if not arrays or self.canvas is None:
            self.overlay = None
            return
        xy = np.vstack(arrays)
        self.overlay = pg.ScatterPlotItem(xy[:, 0], xy[:, 1], size=0.45, pxMode=False, symbol="o",
                                          pen=pg.mkPen(110, 110, 110, 110), brush=pg.mkBrush(150, 150, 150, 45))
        self.overlay.setZValue(5)
        self.canvas.view.vb.addItem(self.overlay)

    def _canvas_selection(self) -> None:
        if self.canvas is not None and self.canvas.selected_region:
            self.regions.select(self.canvas.selected_region)

    # ---- state -------------------------------------------------------------------------------
    @property
    def status(self) -> SessionStatus | None:
        return None if self.full is None else self.full.session.status

    def _update_state(self) -> None:
        from mesomap.storage.permissions import Permission

        s = self.full.session
        when = self.fmt.format_datetime(s.scheduled_at.astimezone())
        if s.number_in_course:
            title = self.tr("%1 — session %2, %3 — %4").replace("%2", str(s.number_in_course))
        else:  # a session outside a course has no number
            title = self.tr("%1 — session, %3 — %4")
        self.title.setText(title.replace("%1", s.patient_name).replace("%3", when)
                           .replace("%4", status_text(s.status)))
        planned = s.status == SessionStatus.PLANNED
        clinical = self.controller.can(Permission.CLINICAL_WRITE)
        # Without the template it was planned on, the map is shown but not edited (its danger
        # zones and outline are unknown); nothing is written.
        editable = planned and clinical and not self.template_problem
        if self.canvas is not None:
            # Read-only map: no tool can change it (signed, performed, or no clinical right).
            self.canvas.set_tool("select")
            self.canvas.setEnabled(editable)
        self.regions.box.setEnabled(editable and self.regions.current_region_id() is not None)
        self.regions.box.setVisible(planned)  # performed/signed: the record, not the editing form
        self.regions.list.setEnabled(True)
        self.notes.setReadOnly(not editable)
        self.buttons["save"].setEnabled(editable)
        self.buttons["perform"].setEnabled(planned and clinical)
        self.buttons["event"].setEnabled(s.status in (SessionStatus.PERFORMED, SessionStatus.SIGNED) and clinical)
        self.buttons["sign"].setEnabled(s.status == SessionStatus.PERFORMED and self.controller.can(Permission.SIGN))
        self.buttons["amend"].setEnabled(s.status == SessionStatus.SIGNED and self.controller.can(Permission.AMEND))
        self.buttons["repeat"].setEnabled(clinical and self.canvas is not None)
        self.buttons["verify"].setEnabled(s.status == SessionStatus.SIGNED)
        self.editable = editable
        if self.toolbar is not None:
            self.toolbar.setEnabled(editable)
            self.toolbar.setVisible(editable)  # a read-only map shows no drawing tools
        self.fit_bar.setEnabled(editable)
        no_map = self.canvas is None
        self.fit_bar.scale.setVisible(not no_map)
        self.fit_bar.apply_button.setVisible(not no_map)
        self._update_undo()
        self._show_record()
        self.warnings.set_warnings(self.full.warnings if not planned else self.plan.warnings)
        if planned:
            self._schedule_check()

    def _show_record(self) -> None:
        full = self.full
        parts: list[str] = []
        if full.signatures:
            sig = full.signatures[-1]
            parts.append(self.tr("Signed by %1 on %2 (%3). SHA-256 %4").replace("%1", sig.signer_name)
                         .replace("%2", self.fmt.format_datetime(sig.signed_at.astimezone())).replace("%3", sig.meaning)
                         .replace("%4", sig.digest_sha256[:16] + "…"))
        if full.session.performed_at is not None:
            parts.append(self.tr("Performed on %1").replace("%1", self.fmt.format_datetime(full.session.performed_at.astimezone())))
        for actual in full.actuals:
            parts.append(self.tr("%1: %2 papules performed").replace("%1", actual.region_name)
                         .replace("%2", str(actual.papules_performed)))
        for event in full.events:
            parts.append(self.tr("Adverse event: %1 (%2) %3").replace("%1", event.kind)
                         .replace("%2", event.severity).replace("%3", event.description))
        kinds = {"pain_score": self.tr("pain (0–10)"), "circumference_cm": self.tr("circumference (cm)"),
                 "free_score": self.tr("score")}
        for outcome in full.outcomes:
            parts.append(self.tr("Outcome %1: %2").replace("%1", outcome.label or kinds.get(outcome.kind, outcome.kind))
                         .replace("%2", self.fmt.format_decimal(outcome.value)))
        self.record.setText("<br>".join(p.replace("<", "&lt;") for p in parts))
        self.record.setVisible(bool(parts))
        self.amendments.clear()
        for a in full.amendments:
            if a.adverse_event is None:
                body = str(a.content.get("text", ""))
            else:
                e = a.adverse_event
                body = self.tr("adverse event %1 (%2) %3").replace("%1", e.kind).replace("%2", e.severity)\
                    .replace("%3", e.description)
            text = self.tr("%1, %2 — %3: %4").replace("%1", self.fmt.format_datetime(a.created_at.astimezone()))\
                .replace("%2", a.author_name or "").replace("%3", a.reason).replace("%4", body)
            self.amendments.addItem(text)
        show = bool(full.amendments) or full.signed
        self.amend_title.setVisible(show)
        self.amendments.setVisible(show)

    # ---- live totals and warnings --------------------------------------------------------------
    def _totals_changed(self, totals: Any) -> None:
        lines = [self.tr("Papules: %1").replace("%1", str(totals.papules)),
                 self.tr("Injections: %1").replace("%1", str(totals.injections))]
        for product in totals.products:
            lines.append(self.tr("%1: %2").replace("%1", product.product_name)
                         .replace("%2", self.fmt.format_volume_ml(product.volume_ml)))
        lines.append(self.tr("Total volume: %1").replace("%1", self.fmt.format_volume_ml(totals.volume_ml)))
        minutes = int(round(totals.duration_seconds / 60.0))
        lines.append(self.tr("Estimated duration: %1 min").replace("%1", str(minutes)))
        self.totals.setText("\n".join(lines))
        self._schedule_check()

    def _schedule_check(self) -> None:
        if self.status == SessionStatus.PLANNED:
            self._check_timer.start()

    def refresh_warnings(self) -> None:
        """Warnings of the map as it is now (limits, lots, intervals); nothing is capped."""
        if self.session_id is None or self.canvas is None or self.status != SessionStatus.PLANNED:
            return
        try:
            found = self.rec.sessions.check(self.session_id, self.canvas.document, self.canvas.exclusions)
        except StorageError as exc:
            show_message(self.message, error_text(exc))
            return
        self.warnings.set_warnings(found)

    # ---- actions -----------------------------------------------------------------------------
    def save(self) -> bool:
        """Store the map (and notes); an expired lot is refused with the message shown."""
        if self.canvas is None or self.session_id is None:
            return False
        show_message(self.message, None)
        doc = self.canvas.document
        if self.notes.toPlainText() != doc.notes:
            self.canvas.stack.push_command(SetNotes(doc, self.notes.toPlainText()))
        try:
            plan = self.rec.sessions.save_map(self.session_id, doc, self.map_version, self.canvas.exclusions)
        except ConflictError as exc:
            # Someone saved this map meanwhile: keep ours on screen; the next Save is the
            # person's informed choice to replace theirs.
            show_message(self.message, error_text(exc) + " " + self.tr(
                "Your map is kept on the screen; Save map again to replace the other version with it."))
            try:
                self.map_version = self.rec.sessions.open(self.session_id).map_version
            except StorageError:
                log.exception("re-reading the map version")
            return False
        except StorageError as exc:
            show_message(self.message, error_text(exc))
            return False
        self.map_version = plan.map_version
        self.plan = plan
        self.canvas.stack.setClean()
        self.warnings.set_warnings(plan.warnings)
        self.controller.status_message(self.tr("Map saved."))
        return True

    def unsaved(self) -> bool:
        return self.canvas is not None and bool(self.canvas.stack.unsaved)

    def reload(self) -> None:
        if self.session_id is not None:
            self.full = self.rec.sessions.full(self.session_id)
            self.plan = self.rec.sessions.open(self.session_id)
            self.map_version = self.plan.map_version
            self._update_state()

    def verify(self) -> None:
        if self.session_id is None:
            return
        result = self.rec.signing.verify(self.session_id)
        text = (self.tr("The signature matches the stored record.") if result.ok else
                self.tr("The stored record no longer matches its signature. Report this to the administrator."))
        show_message(self.message, text)
        self.message.setStyleSheet("color: #2b8a3e;" if result.ok else "color: #b00020;")
        self.last_verify = result

    def print_preview(self) -> None:
        if self.session_id is None:
            return
        try:
            from mesomap.gui.printing.actions import printing_helper

            printing_helper(self.controller.window).preview(self.session_id, modal=False)
        except Exception as exc:  # noqa: BLE001 - printing may be unavailable here
            log.exception("print preview")
            show_message(self.message, error_text(exc))
