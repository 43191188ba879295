"""``MapCanvas``: the widget where a practitioner draws regions and places papules.

It is a view of one ``MapDocument``: it subscribes to the document's change events and keeps one
graphics item per region (kind by pattern) and one fast ``PapuleItem`` per region. It never
writes the document: user gestures (through the tools) become document commands pushed on the
map's ``MapUndoStack`` (see ``editing.py``). Signals give the status bar the cursor position in
cm and messages, and a side panel the live totals.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import shapely
from PySide6 import QtCore, QtGui, QtWidgets

from mesomap.core.document.derived import map_totals
from mesomap.core.document.events import DocumentEvent, EventKind
from mesomap.core.document.model import MapDocument, Region
from mesomap.core.localeformat import default_format
from mesomap.core.surface.model import SurfaceModel
from mesomap.core.templates.fit import PatientFit
from mesomap.gui.canvas import export
from mesomap.gui.canvas import papule_item as pi
from mesomap.gui.canvas.editing import EditingMixin
from mesomap.gui.canvas.papule_item import PapuleItem
from mesomap.gui.canvas.region_items import RegionItem, item_for_pattern
from mesomap.gui.canvas.rules import KeepOut, warnings
from mesomap.gui.canvas.template_item import TemplateItem, ZoneShape, scale_geometry
from mesomap.gui.canvas.tools import draw, edit
from mesomap.gui.canvas.tools.base import Tool
from mesomap.gui.canvas.undo import MapUndoStack
from mesomap.gui.canvas.view import MapView, PointerEvent

_TOOL_CLASSES: dict[str, type[Tool]] = {
    "select": edit.SelectTool,
    "papules": edit.PapuleTool,
    "polygon": draw.PolygonTool,
    "rectangle": draw.RectangleTool,
    "ellipse": draw.EllipseTool,
    "lasso": draw.LassoTool,
    "zone": draw.ZoneTool,
    "line": draw.LineTool,
    "rings": draw.RingsTool,
    "measure": edit.MeasureTool,
}

GRID_ORIGIN_LANDMARKS = ("nasion", "umbilicus", "vertex", "c7", "xiphoid")


class MapCanvas(EditingMixin, QtWidgets.QWidget):
    """The map canvas of one open map."""

    cursorMoved = QtCore.Signal(float, float)  # noqa: N815 - cm
    message = QtCore.Signal(str)
    totalsChanged = QtCore.Signal(object)  # noqa: N815 - mesomap.core.document.derived.MapTotals
    measured = QtCore.Signal(str)
    selectionChanged = QtCore.Signal()  # noqa: N815
    toolChanged = QtCore.Signal(str)  # noqa: N815

    def __init__(self, document: MapDocument, undo_stack: MapUndoStack | None = None,
                 parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mapCanvas")
        self.setAccessibleName(self.tr("Map canvas"))
        self.document = document
        self.stack = undo_stack if undo_stack is not None else MapUndoStack(document, self)
        self.view = MapView(self)
        lay = QtWidgets.QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.view)
        self.template_item = TemplateItem()
        self.view.vb.addItem(self.template_item)
        self.preview = QtWidgets.QGraphicsPathItem()
        pen = QtGui.QPen(QtGui.QColor("#1971c2"), 1.5, QtCore.Qt.PenStyle.DashLine)
        pen.setCosmetic(True)
        self.preview.setPen(pen)
        self.preview.setBrush(QtGui.QColor(25, 113, 194, 30))
        self.preview.setZValue(50)
        self.view.vb.addItem(self.preview, ignoreBounds=True)
        self.region_items: dict[str, RegionItem] = {}
        self.papule_items: dict[str, PapuleItem] = {}
        self.keep_outs: list[KeepOut] = []
        self.exclusions: list[tuple[shapely.Geometry, float]] = []
        self.midline: shapely.Geometry | None = None
        self.enforce_avoid = True  # trainer exercises turn refusal off
        self.selected_region: str | None = None
        self.lang = "en"
        self._template: Any = None
        self._grid_origin_name: str | None = None
        self._init_editing()
        self.ask_keep_manual = self._ask_keep_manual
        self.tools: dict[str, Tool] = {name: cls(self) for name, cls in _TOOL_CLASSES.items()}
        self.tool_name = ""
        self.set_tool("select")
        self.view.cursorMoved.connect(self.cursorMoved)
        self.view.hovered.connect(self._hover)
        self._connections = document.events.connect_all(self._on_event)
        conns = self._connections  # captured without self: the widget may be gone by then

        def _stop_listening(*_: object) -> None:
            for c in conns:
                c.disconnect()

        self.destroyed.connect(_stop_listening)
        self.rebuild()

    # ------------------------------------------------------------------ template
    def set_template(self, template: Any, scale: tuple[float, float] | None = None,
                     lang: str | None = None, grid_origin: str | None = None) -> None:
        """Show ``template`` scaled by the patient fit (map cm = template cm × scale); the
        scale defaults to the document's fit and follows it when a command changes it."""
        self._template = template
        self._grid_origin_name = grid_origin
        if scale is None:
            fit = self.document.template.fit
            scale = (float(fit.scale_x), float(fit.scale_y))
        sx, sy = scale
        self.lang = lang = lang or default_format().locale  # zone names in the user's language

        def sc(g: shapely.Geometry) -> shapely.Geometry:
            return scale_geometry(g, sx, sy)

        zones = [ZoneShape(z.id, z.name(lang), sc(z.geometry)) for z in template.zones]
        dangers = [ZoneShape(d.id, d.name(lang), sc(d.geometry), d.severity, d.margin_cm,
                             d.describe(lang) if hasattr(d, "describe") else "")
                   for d in template.danger_zones]
        self.midline = sc(template.midline) if template.midline is not None else None
        outline = sc(template.outline)
        self.template_item.set_shapes(outline, zones, dangers, self.midline)
        self.template_item.set_artwork(*_artwork_paths(template.artwork, sx, sy))
        self.keep_outs = [KeepOut.build(d.id, d.name, d.severity or "avoid", d.geometry, d.margin_cm)
                          for d in dangers]
        self.exclusions = [(d.geometry, d.margin_cm) for d in dangers if d.severity == "avoid"]
        self.surface_model = (SurfaceModel.for_template(template, PatientFit(sx, sy))
                              if hasattr(template, "relief") else None)
        landmarks = {k: (v[0] * sx, v[1] * sy) for k, v in template.landmarks.items()}
        origin = None
        for name in ([grid_origin] if grid_origin else []) + list(GRID_ORIGIN_LANDMARKS):
            if name in landmarks:
                origin = landmarks[name]
                break
        if origin is None:
            x0, y0, _, _ = outline.bounds
            origin = (x0, y0)
        self.view.grid.setOrigin(origin)
        x0, y0, x1, y1 = outline.bounds
        self.view.set_fit_rect(QtCore.QRectF(x0, y0, x1 - x0, y1 - y0))
        self.view.fit()
        for rid in list(self.papule_items):
            self._sync_papules(rid)

    # --------------------------------------------------------------- document sync
    def _on_event(self, event: DocumentEvent) -> None:
        kind = event.kind
        if kind in (EventKind.TEMPLATE_CHANGED, EventKind.DOCUMENT_RESET) and self._template is not None:
            ref = self.document.template
            if (ref.template_id, ref.template_version) == (self._template.id, self._template.version):
                self.set_template(self._template, None, self.lang, self._grid_origin_name)
        if kind in (EventKind.DOCUMENT_RESET, EventKind.REGIONS_REORDERED):
            self.rebuild()
            return
        rid = event.region_id
        if rid is not None and rid in self._selection:
            self._prune_selection(rid)
        if kind == EventKind.REGION_REMOVED and rid is not None:
            self._remove_items(rid)
            if self.selected_region == rid:
                self.select_region(None)
        elif kind == EventKind.REGION_ADDED and rid is not None:
            self._sync_region(rid, rebuild_item=True)
            self._restack()
        elif kind == EventKind.REGION_CHANGED and rid is not None:
            self._sync_region(rid, rebuild_item="pattern" in event.aspects)
        elif kind == EventKind.PAPULES_CHANGED and rid is not None:
            self._sync_papules(rid)
        self._emit_totals()

    def _prune_selection(self, rid: str) -> None:
        """Forget selected papules that are no longer in the region (deleted, undone)."""
        if not self.document.has_region(rid):
            self._selection.pop(rid, None)
            return
        present = self.document.region(rid).papules
        self._selection[rid] = {pid for pid in self._selection[rid] if pid in present}

    def rebuild(self) -> None:
        self._selection.clear()
        for rid in list(self.region_items):
            self._remove_items(rid)
        for region in self.document.regions:
            self._sync_region(region.id, rebuild_item=True)
        self._restack()
        if self.selected_region and not self.document.has_region(self.selected_region):
            self.select_region(None)
        self._emit_totals()

    def _restack(self) -> None:
        for i, region in enumerate(self.document.regions):
            if region.id in self.region_items:
                self.region_items[region.id].setZValue(1 + i * 0.01)
                self.papule_items[region.id].setZValue(10 + i * 0.01)

    def _remove_items(self, rid: str) -> None:
        for store in (self.region_items, self.papule_items):
            item = store.pop(rid, None)
            if item is not None:
                self.view.vb.removeItem(item)

    def _sync_region(self, rid: str, rebuild_item: bool = False) -> None:
        region = self.document.region(rid)
        item = self.region_items.get(rid)
        if item is None or rebuild_item:
            if item is not None:
                self.view.vb.removeItem(item)
            item = item_for_pattern(region.pattern, rid, region.color)
            self.region_items[rid] = item
            self.view.vb.addItem(item)
        item.set_color(region.color)
        item.live = False
        item.set_geometry(region.geometry)
        item.set_selected(rid == self.selected_region)
        if region.pattern == "nappage":
            from mesomap.core.document.derived import region_injections

            item.label = self.tr("≈ %n injection(s)", "",  # on the skin where there is relief
                                 region_injections(region, surface=self.surface_model))
        if rid not in self.papule_items:
            papules = PapuleItem(region.color)
            self.papule_items[rid] = papules
            self.view.vb.addItem(papules)
        self.papule_items[rid].setColor(region.color)
        self._sync_papules(rid)

    def _sync_papules(self, rid: str) -> None:
        if not self.document.has_region(rid) or rid not in self.papule_items:
            return
        region = self.document.region(rid)
        item = self.papule_items[rid]
        ps = region.papules
        state = np.full(len(ps), pi.NORMAL, dtype=np.int8)
        state[ps.manual] = pi.MANUAL
        state[ps.locked] = pi.LOCKED
        tips = self._warnings_for(region)
        if tips:
            state[list(tips)] = pi.WARNING
        keep = self._selection.get(rid)
        selected = np.isin(np.asarray(ps.ids, dtype=object), list(keep)) if keep else None
        item.spacing_cm = region.technique.spacing_cm
        item.setData(ps.xy, state, selected, ps.order)
        item.setTooltips(tips)

    def _warnings_for(self, region: Region) -> dict[int, str]:
        ps = region.papules
        if len(ps) == 0:
            return {}
        others = [r.papules.xy for r in self.document.regions if r.id != region.id and len(r.papules)]
        other_xy = np.concatenate(others) if others else None
        return warnings(ps.xy, ps.order, region.technique.spacing_cm, self.keep_outs, other_xy,
                        translate=lambda s: QtCore.QCoreApplication.translate("Canvas", s))

    def _emit_totals(self) -> None:
        self.totalsChanged.emit(map_totals(self.document))

    def totals(self) -> Any:
        return map_totals(self.document)

    # ------------------------------------------------------------------ tools
    def set_tool(self, name: str) -> None:
        if name not in self.tools:
            raise KeyError(name)
        if self.tool_name:
            self.tools[self.tool_name].deactivate()
        self.tool_name = name
        tool = self.tools[name]
        self.view.tool = tool
        tool.activate()
        self.toolChanged.emit(name)

    @property
    def tool(self) -> Tool:
        return self.tools[self.tool_name]

    # --------------------------------------------------------------- host API
    def show_preview(self, path: QtGui.QPainterPath | None, closed: bool = True) -> None:
        if path is None:
            self.preview.setPath(QtGui.QPainterPath())
            return
        self.preview.setBrush(QtGui.QColor(25, 113, 194, 30) if closed
                              else QtCore.Qt.BrushStyle.NoBrush)
        self.preview.setPath(path)

    def show_message(self, text: str) -> None:
        self.last_message = text
        self.message.emit(text)

    def zone_geometry_at(self, x: float, y: float) -> tuple[str, shapely.Geometry] | None:
        for z in self.template_item.zone_at(x, y):
            if z.severity is None:
                return z.name, z.geometry
        return None

    def region_at(self, x: float, y: float) -> str | None:
        """The topmost region under (x, y)."""
        for region in reversed(self.document.regions):
            item = self.region_items.get(region.id)
            if item is not None and item.contains_cm(x, y):
                return str(region.id)
        return None

    def papule_at(self, x: float, y: float, px: float = 8.0) -> tuple[str, int] | None:
        for region in reversed(self.document.regions):
            item = self.papule_items.get(region.id)
            if item is not None:
                i = item.nearest(x, y, px)
                if i is not None:
                    return region.id, i
        return None

    def select_region(self, rid: str | None) -> None:
        if rid == self.selected_region:
            return
        old, self.selected_region = self.selected_region, rid
        for r in (old, rid):
            if r is not None and r in self.region_items:
                self.region_items[r].set_selected(r == rid)
        self.selectionChanged.emit()

    def zoom_to_region(self, rid: str) -> None:
        x0, y0, x1, y1 = self.document.region(rid).geometry.bounds
        self.view.zoom_to(QtCore.QRectF(x0, y0, max(x1 - x0, 1.0), max(y1 - y0, 1.0)))

    def _ask_keep_manual(self, region: Region) -> bool:
        """Asked once per region, on its first reshaping with hand-placed papules."""
        box = QtWidgets.QMessageBox(self)
        box.setObjectName("keepManualPapulesQuestion")
        box.setIcon(QtWidgets.QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Hand-placed papules"))
        box.setText(self.tr("“%1” has papules you placed by hand. Keep them where they are "
                            "while the rest is laid out again?").replace("%1", region.name))
        keep = box.addButton(self.tr("Keep them"), QtWidgets.QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Lay them out too"), QtWidgets.QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.exec()
        return box.clickedButton() is keep

    # ------------------------------------------------------------ view options
    def set_grid_visible(self, visible: bool) -> None:
        self.view.grid.setVisible(visible)

    def set_snap_to_grid(self, snap: bool) -> None:
        """Snap vertices and papules to the 1 cm grid lines' crossings."""
        self.view.snap_cm = self.view.grid.minor_cm if snap else None

    def export_png(self, path: str, scale: float = 2.0) -> None:
        export.export_png(self.view, path, scale)

    def export_svg(self, path: str) -> None:
        export.export_svg(self.view, path)

    # ---------------------------------------------------------------- hover
    def _hover(self, ev: PointerEvent) -> None:
        hit = self.papule_at(ev.x, ev.y)
        text = ""
        if hit is not None:
            rid, i = hit
            region = self.document.region(rid)
            text = self.tr("Papule %1 of “%2”").replace("%1", str(int(region.papules.order[i]))) \
                .replace("%2", region.name)
            why = self.papule_items[rid].tooltip_for(i)
            if why:
                text += "\n" + why
        else:
            regions = [r.name for r in self.document.regions
                       if r.id in self.region_items and self.region_items[r.id].contains_cm(ev.x, ev.y)]
            names = [f"{self.tr('Region')}: {n}" for n in regions]
            for z in self.template_item.zone_at(ev.x, ev.y):
                if z.severity is None:
                    names.append(z.name)
                    continue
                kind = self.tr("avoid") if z.severity == "avoid" else self.tr("caution")
                names.append(f"{z.name} ({kind})" + (f": {z.description}" if z.description else ""))
            text = "\n".join(names)
        self.hover_text = text
        if text:
            QtWidgets.QToolTip.showText(self.view.mapToGlobal(ev.pos_px.toPoint()), text, self.view)
        else:
            QtWidgets.QToolTip.hideText()

    def closeEvent(self, e: QtGui.QCloseEvent) -> None:  # noqa: N802
        self.detach()
        super().closeEvent(e)

    def detach(self) -> None:
        """Stop listening to the document (call before dropping the canvas)."""
        for c in self._connections:
            c.disconnect()
        self._connections = []


def _artwork_paths(artwork: Any, sx: float, sy: float) -> tuple[list[Any], list[Any]]:
    from mesomap.gui.canvas.shapes import geometry_path

    strokes: list[tuple[QtGui.QPainterPath, QtGui.QColor, float]] = []
    fills: list[tuple[QtGui.QPainterPath, QtGui.QColor]] = []
    for a in artwork or ():
        color = QtGui.QColor(a.color)
        color.setAlphaF(max(0.0, min(1.0, float(a.opacity))))
        path = geometry_path(scale_geometry(a.geometry, sx, sy))
        if a.kind == "fill":
            fills.append((path, color))
        else:
            strokes.append((path, color, max(1.0, float(a.width_mm) * 3.0)))
    return strokes, fills
