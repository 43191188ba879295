"""What the canvas does for its tools: live previews while dragging, and document commands.

While a vertex, a region or papules are dragged, only the graphics items change: the region's
outline follows the pointer and its papules are re-laid out with the layout engine's fast path
(``fast=True``). On release one document command (with the full layout) is pushed on the undo
stack, and the document's change event redraws the items from the model. A gesture the
document refuses (``InvalidEditError``) leaves everything as it was and says why.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import Any

import numpy as np
import shapely
from PySide6 import QtCore

from mesomap.core.document import geometry as geo
from mesomap.core.document.commands.base import MacroCommand
from mesomap.core.document.commands.papules import (
    AddPapule,
    DeletePapules,
    MovePapules,
    SetPapulesLocked,
)
from mesomap.core.document.commands.regions import (
    AddRegion,
    CopyRegion,
    DeleteVertex,
    InsertVertex,
    MirrorRegion,
    MoveRegion,
    MoveVertex,
    Relayout,
    RemoveRegion,
)
from mesomap.core.document.derived import map_totals
from mesomap.core.document.layouting import EngineLayouter, fixed_papules
from mesomap.core.document.model import Region, Technique, new_region_id
from mesomap.core.document.papules import PapuleSet
from mesomap.core.document.validation import InvalidEditError, validate_region
from mesomap.core.layout.types import LayoutError
from mesomap.core.surface.honesty import AREA_NOTE
from mesomap.core.surface.layouter import SurfaceLayouter
from mesomap.core.surface.model import SurfaceModel
from mesomap.core.surface.views import advice_for_map_region
from mesomap.gui.canvas import rules

REGION_COLORS = ("#1c7ed6", "#2f9e44", "#ae3ec9", "#f08c00", "#0c8599", "#e64980", "#5c940d")


def vertex_ref(geom: shapely.Geometry, index: int) -> geo.VertexRef:
    """The document's reference for vertex ``index`` of the editable ring (see RegionItem)."""
    part = 0
    if geom.geom_type == "MultiPolygon":
        areas = [g.area for g in geom.geoms]
        part = int(np.argmax(areas))
    return geo.VertexRef(part, 0, index)


class EditingMixin:
    """Mixed into ``MapCanvas``; relies on its ``document``, ``stack``, items and signals."""

    document: Any
    stack: Any
    region_items: dict[str, Any]
    papule_items: dict[str, Any]
    exclusions: list[tuple[shapely.Geometry, float]]
    keep_outs: list[rules.KeepOut]
    enforce_avoid: bool
    midline: shapely.Geometry | None
    selected_region: str | None

    def _init_editing(self) -> None:
        # spacing measured on the skin (issue 10): set_template sets ``surface_model``; on
        # where the template has relief (use_surface=None), exactly planar on flat templates;
        # ``self.layouter.use_surface = False`` lays out on the picture
        self.surface_model: SurfaceModel | None = None
        self.layouter: EngineLayouter = SurfaceLayouter(
            lambda: self.exclusions, surface=lambda: self.surface_model, use_surface=None)
        self.default_technique = Technique()
        self.default_pattern = "auto"
        self._selection: dict[str, set[str]] = {}
        self._live_base: dict[str, Region] = {}
        self._live_fixed: dict[str, PapuleSet] = {}
        self.last_message = ""
        self.hover_text = ""
        # Asked once per region when a drag would re-lay out hand-placed papules.
        self.ask_keep_manual: Callable[[Region], bool] = lambda region: True
        self._keep_manual_answer: dict[str, bool] = {}

    # ------------------------------------------------------------------ pushing
    def push(self, command_factory: Callable[[], Any]) -> bool:
        """Create and push a document command; a refused edit becomes a status message."""
        command = self._make(command_factory)
        if command is None:
            return False
        self.stack.push_command(command)
        return True

    def _problem_text(self, exc: InvalidEditError) -> str:
        parts = []
        for p in getattr(exc, "problems", []):
            text = p.message
            for ctx in ("MapCommand", "MapDocument"):
                text = QtCore.QCoreApplication.translate(ctx, text)
            with contextlib.suppress(KeyError, IndexError, ValueError):
                text = text.format(**(p.params or {}))
            parts.append(text)
        return " ".join(parts) or str(exc)

    # ---------------------------------------------------------------- regions
    def create_region(self, geometry: shapely.Geometry, pattern: str | None = None,
                      name: str | None = None) -> None:
        n = len(self.document.regions)
        if not name:
            name = QtCore.QCoreApplication.translate("Canvas", "Region %1").replace("%1", str(n + 1))
        used = {r.color for r in self.document.regions}
        color = next((c for c in REGION_COLORS if c not in used), REGION_COLORS[n % len(REGION_COLORS)])
        pattern = pattern or self.default_pattern
        technique = self.default_technique
        if pattern == "rings" and technique.rings_count is None:
            technique = technique.replace(rings_count=3)
        region = Region(new_region_id(), name, color, geometry, pattern=pattern, technique=technique)

        def add() -> AddRegion:
            laid = region.replace(papules=self.layouter.layout(region, PapuleSet.empty()))
            return AddRegion(self.document, laid)

        if self.push(add):
            self.select_region(region.id)  # type: ignore[attr-defined]
            self._steep_hint(geometry)

    def _steep_hint(self, geometry: shapely.Geometry) -> None:
        """Status message when the region lies mostly on skin seen at a steep angle (issue 10)."""
        template = getattr(self, "_template", None)
        if template is None or not hasattr(template, "relief") or self.surface_model is None:
            return
        fit = self.surface_model.fit
        try:
            advice = advice_for_map_region(template, geometry, (fit.scale_x, fit.scale_y))
        except (ValueError, KeyError):
            return
        parts = []
        area = self.surface_model.area(geometry) if advice is not None else None
        if area is not None and area.differs:  # skin and picture areas > 10 % apart: show both
            parts.append(QtCore.QCoreApplication.translate("Surface", AREA_NOTE).format(
                picture=f"{area.picture_cm2:.1f}", skin=f"{area.skin_cm2:.1f}"))
        text = advice.message() if advice is not None else None
        if advice is not None and text is not None:
            params = advice.message_params()
            if advice.suggested_template:
                from mesomap.core.templates import load_library

                with contextlib.suppress(KeyError):
                    params["template"] = load_library().get(advice.suggested_template).title(
                        getattr(self, "lang", "en"))
            parts.append(QtCore.QCoreApplication.translate("Surface", text).format(**params))
        if parts:
            self.show_message(" ".join(parts))  # type: ignore[attr-defined]

    def delete_region(self, rid: str) -> None:
        self.push(lambda: RemoveRegion(self.document, rid))

    def mirror_region(self, rid: str, copy: bool) -> None:
        mid = geo.midline_x(self.midline, 0.0)
        if copy:
            src = self.document.region(rid)
            name = QtCore.QCoreApplication.translate("Canvas", "%1 (mirrored)").replace("%1", src.name)
            ok = self.push(lambda: CopyRegion(self.document, rid, mirror_mid_x=mid, name=name))
            if ok:
                self.select_region(self.document.regions[-1].id)  # type: ignore[attr-defined]
        else:
            self.push(lambda: MirrorRegion(self.document, rid, mid))

    def relayout_region(self, rid: str) -> None:
        self.push(lambda: Relayout(self.document, rid, self.layouter))

    def _keep_manual(self, rid: str) -> bool:
        region = self.document.region(rid)
        if not region.papules.manual.any():
            return True
        if rid not in self._keep_manual_answer:
            self._keep_manual_answer[rid] = bool(self.ask_keep_manual(region))
        return self._keep_manual_answer[rid]

    # ------------------------------------------------------------ live drags
    def begin_live(self, rid: str) -> None:
        region = self.document.region(rid)
        self._live_base[rid] = region
        self._live_fixed[rid] = fixed_papules(region, True)

    def live_geometry(self, rid: str, geometry: shapely.Geometry,
                      shift: tuple[float, float] = (0.0, 0.0)) -> None:
        """Show ``geometry`` for the region and its papules laid out fast (model untouched);
        ``shift`` moves the fixed papules along (when the whole region is dragged)."""
        base = self._live_base.get(rid) or self.document.region(rid)
        self.region_items[rid].live = True
        self.region_items[rid].set_geometry(geometry)
        fixed = self._live_fixed.get(rid, PapuleSet.empty())
        if len(fixed) and shift != (0.0, 0.0):
            fixed = fixed.with_xy(fixed.xy + shift)
        try:  # a self-crossing outline is laid out in its repaired shape, as on release
            papules = self.layouter.layout(base.replace(geometry=geometry), fixed, fast=True)
        except ValueError:
            return
        state = np.zeros(len(papules), dtype=np.int8)
        state[papules.manual] = 1
        state[papules.locked] = 2
        self.papule_items[rid].setData(papules.xy, state, None, papules.order)
        live = base.replace(geometry=geometry, papules=papules)
        self.totalsChanged.emit(map_totals(  # type: ignore[attr-defined]
            [live if r.id == rid else r for r in self.document.regions]))

    def cancel_live(self, rid: str) -> None:
        self._live_base.pop(rid, None)
        if self.document.has_region(rid):
            self._sync_region(rid)  # type: ignore[attr-defined]

    def geometry_with_vertex(self, geom: shapely.Geometry, index: int,
                             xy: tuple[float, float]) -> shapely.Geometry | None:
        try:
            return geo.move_vertex(geom, vertex_ref(geom, index), xy[0], xy[1])
        except geo.GeometryEditError:
            return None

    def commit_move_vertex(self, rid: str, index: int, xy: tuple[float, float]) -> None:
        ref = vertex_ref(self.document.region(rid).geometry, index)
        keep = self._keep_manual(rid)
        self._finish(rid, lambda: MoveVertex(self.document, rid, ref, xy[0], xy[1],
                                             layouter=self.layouter, keep_manual=keep))

    def commit_translate(self, rid: str, dx: float, dy: float) -> None:
        keep = self._keep_manual(rid)
        self._finish(rid, lambda: MoveRegion(self.document, rid, dx, dy,
                                             layouter=self.layouter, keep_manual=keep))

    def insert_vertex(self, rid: str, index: int, xy: tuple[float, float]) -> None:
        ref = vertex_ref(self.document.region(rid).geometry, index)
        if self.push(lambda: InsertVertex(self.document, rid, ref, xy[0], xy[1], layouter=self.layouter)):
            self._report_warnings(rid)

    def delete_vertex(self, rid: str, index: int) -> None:
        ref = vertex_ref(self.document.region(rid).geometry, index)
        if self.push(lambda: DeleteVertex(self.document, rid, ref, layouter=self.layouter)):
            self._report_warnings(rid)

    def _finish(self, rid: str, factory: Callable[[], Any]) -> None:
        self._live_base.pop(rid, None)
        if not self.push(factory):
            self.cancel_live(rid)
        else:
            self._report_warnings(rid)

    def _report_warnings(self, rid: str) -> None:
        """Say what the document accepted with a warning (e.g. a self-crossing outline)."""
        if not self.document.has_region(rid):
            return
        texts = []
        for p in validate_region(self.document.region(rid)):
            if p.severity == "warning" and p.field == "geometry":
                text = QtCore.QCoreApplication.translate("MapDocument", p.message)
                with contextlib.suppress(KeyError, IndexError, ValueError):
                    text = text.format(**(p.params or {}))
                texts.append(text)
        if texts:
            self.show_message(" ".join(texts))  # type: ignore[attr-defined]

    # ---------------------------------------------------------------- papules
    def add_papule(self, x: float, y: float) -> None:
        why = rules.refusal(self.keep_outs, x, y, self._tr_canvas) if self.enforce_avoid else None
        if why:
            self.show_message(why)  # type: ignore[attr-defined]
            return
        rid = self.region_at(x, y) or self.selected_region  # type: ignore[attr-defined]
        if rid is None:
            self.show_message(QtCore.QCoreApplication.translate(  # type: ignore[attr-defined]
                "Canvas", "Papules belong to a region: click inside a region, or draw one first."))
            return
        add = self._make(lambda: AddPapule(self.document, rid, x, y))
        if add is None:
            return
        pid = add.papule_id
        self.push(lambda: MacroCommand(self.document, add.text, [
            add, lambda: Relayout(self.document, rid, self.layouter)]))
        if pid in self.document.region(rid).papules:
            self.select_papules(rid, [self.document.region(rid).papules.index_of(pid)])

    def _make(self, factory: Callable[[], Any]) -> Any | None:
        """The command, or None (and a message saying why) when the document refuses it."""
        try:
            return factory()
        except InvalidEditError as exc:
            self.show_message(self._problem_text(exc))  # type: ignore[attr-defined]
        except LayoutError as exc:
            text = QtCore.QCoreApplication.translate("Layout", exc.template)
            try:
                text = text.format(**exc.params)
            except (KeyError, IndexError, ValueError):
                text = exc.message
            self.show_message(text)  # type: ignore[attr-defined]
        return None

    @staticmethod
    def _tr_canvas(text: str) -> str:
        return QtCore.QCoreApplication.translate("Canvas", text)

    def is_papule_selected(self, rid: str, index: int) -> bool:
        ids = self.document.region(rid).papules.ids
        return ids[index] in self._selection.get(rid, set())

    def select_papules(self, rid: str, indices: Any, add: bool = False) -> None:
        ids = self.document.region(rid).papules.ids
        if not add:
            self.clear_papule_selection()
        self._selection.setdefault(rid, set()).update(ids[int(i)] for i in indices)
        self._show_selection(rid)

    def select_papules_in_rect(self, rect: QtCore.QRectF, add: bool = False) -> None:
        if not add:
            self.clear_papule_selection()
        for rid, item in self.papule_items.items():
            idx = item.indices_in_rect(rect)
            if len(idx):
                self.select_papules(rid, idx, add=True)

    def clear_papule_selection(self) -> None:
        old = list(self._selection)
        self._selection.clear()
        for rid in old:
            self._show_selection(rid)

    def selected_papule_ids(self) -> list[str]:
        return [pid for ids in self._selection.values() for pid in sorted(ids)]

    def _show_selection(self, rid: str) -> None:
        if rid in self.papule_items and self.document.has_region(rid):
            ids = np.asarray(self.document.region(rid).papules.ids, dtype=object)
            sel = self._selection.get(rid, set())
            mask = np.isin(ids, list(sel)) if sel else np.zeros(len(ids), dtype=bool)
            self.papule_items[rid].setSelected(mask)

    def _selected_indices(self, rid: str) -> np.ndarray:
        ids = np.asarray(self.document.region(rid).papules.ids, dtype=object)
        sel = self._selection.get(rid, set())
        return np.flatnonzero(np.isin(ids, list(sel))) if sel else np.zeros(0, dtype=np.intp)

    def live_move_papules(self, rid: str, dx: float, dy: float) -> None:
        region = self._live_base.get(rid) or self.document.region(rid)
        idx = self._selected_indices(rid)
        xy = region.papules.xy.copy()
        xy[idx] += (dx, dy)
        self.papule_items[rid].setPositions(xy)

    def commit_move_papules(self, rid: str, dx: float, dy: float) -> None:
        self._live_base.pop(rid, None)
        region = self.document.region(rid)
        idx = self._selected_indices(rid)
        if len(idx) == 0:
            return
        moves = {region.papules.ids[int(i)]: (float(region.papules.xy[i, 0] + dx),
                                              float(region.papules.xy[i, 1] + dy)) for i in idx}
        if self.enforce_avoid:
            for x, y in moves.values():
                why = rules.refusal(self.keep_outs, x, y, self._tr_canvas)
                if why:
                    self.show_message(why)  # type: ignore[attr-defined]
                    self.cancel_live(rid)
                    return
        regions = {self.document.find_papule(pid)[0].id for pid in moves}
        move = self._make(lambda: MovePapules(self.document, moves))
        if move is None:
            self.cancel_live(rid)
            return
        children: list[Any] = [move]
        children += [lambda r=r: Relayout(self.document, r, self.layouter) for r in sorted(regions)]
        if not self.push(lambda: MacroCommand(self.document, move.text, children)):
            self.cancel_live(rid)

    def nudge_selected_papules(self, dx: float, dy: float) -> None:
        """Move the selected papules by (dx, dy) cm (arrow keys), one region at a time."""
        for rid in [r for r, ids in self._selection.items() if ids]:
            self.commit_move_papules(rid, dx, dy)

    def delete_selected_papules(self) -> None:
        ids = self.selected_papule_ids()
        if ids:
            self._selection.clear()
            self.push(lambda: DeletePapules(self.document, ids))

    def toggle_lock_selected_papules(self) -> None:
        ids = self.selected_papule_ids()
        if not ids:
            return
        all_locked = all(self.document.region(r.id).papules.locked[r.papules.index_of(pid)]
                         for pid in ids for r in [self.document.find_papule(pid)[0]])
        self.push(lambda: SetPapulesLocked(self.document, ids, not all_locked))
