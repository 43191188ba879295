"""Region commands: add, remove, edit, vertices, move, re-layout, technique, mixture, mirror, copy.

Every command is created against the document's current state and raises ``InvalidEditError``
(sentences) if the edit is not allowed; nothing changes until ``do()``. Commands that change a
region's shape, pattern or spacing re-lay out its papules when given a ``layouter`` (fixed
papules kept; ``fast=True`` for live drag steps), and otherwise leave the papules alone.
Pass the same ``gesture`` token to every step of one drag so the steps merge into one undo step
(the final full re-layout on release too: ``Relayout(..., gesture=token)``).
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable
from typing import Any

import numpy as np
import shapely
from shapely.geometry.base import BaseGeometry

from mesomap.core.document import geometry as geo
from mesomap.core.document.commands.base import Command, SingleRegionCommand, new_errors
from mesomap.core.document.layouting import Layouter, fixed_papules
from mesomap.core.document.model import (
    MIRRORED_CORNER,
    MapDocument,
    MixtureItem,
    Region,
    Technique,
    TemplateRef,
    new_region_id,
)
from mesomap.core.document.papules import PapuleSet, new_papule_ids
from mesomap.core.document.validation import InvalidEditError, Problem
from mesomap.core.i18n import QT_TRANSLATE_NOOP

CTX = "MapCommand"
_UNSET: Any = object()
_LAYOUT_FIELDS = ("spacing_cm", "margin_cm", "rings_count")


def _refuse(field: str, message: str, **params: Any) -> InvalidEditError:
    return InvalidEditError([Problem("error", field, message, params)])


def relayout(
    region: Region, layouter: Layouter | None, *, keep_manual: bool = True, fast: bool = False
) -> Region:
    """``region`` with papules laid out again (unchanged if there is no layouter)."""
    if layouter is None:
        return region
    if region.pattern == "nappage":
        return region.replace(papules=PapuleSet.empty())
    new = layouter.layout(region, fixed_papules(region, keep_manual), fast=fast)
    return region.replace(papules=new)


class AddRegion(Command):
    """Add a region (at ``index``, default last)."""

    text = QT_TRANSLATE_NOOP(CTX, "Add region")

    def __init__(self, document: MapDocument, region: Region, index: int | None = None) -> None:
        super().__init__(document)
        if document.has_region(region.id):
            raise _refuse("id", QT_TRANSLATE_NOOP(CTX, "This region is already on the map."))
        taken = {pid for r in document.regions for pid in r.papules.ids}
        if taken.intersection(region.papules.ids):
            raise _refuse("papules", QT_TRANSLATE_NOOP(
                CTX, "This region's papules are already on the map; copy the region instead."))
        problems = new_errors(None, region)
        if problems:
            raise InvalidEditError(problems)
        self.region = region
        self.index = len(document) if index is None else index

    def do(self) -> None:
        self.document.insert_region(self.index, self.region)

    def undo(self) -> None:
        self.document.remove_region(self.region.id)


class RemoveRegion(Command):
    text = QT_TRANSLATE_NOOP(CTX, "Delete region")

    def __init__(self, document: MapDocument, region_id: str) -> None:
        super().__init__(document)
        self.region_id = region_id
        self.index = document.index_of(region_id)
        self.region = document.region(region_id)

    def do(self) -> None:
        self.index, self.region = self.document.remove_region(self.region_id)

    def undo(self) -> None:
        self.document.insert_region(self.index, self.region)


class MoveRegionInOrder(Command):
    """Change a region's place in the list (drawing and sheet order)."""

    text = QT_TRANSLATE_NOOP(CTX, "Reorder regions")

    def __init__(self, document: MapDocument, region_id: str, new_index: int) -> None:
        super().__init__(document)
        self.region_id = region_id
        self.old_index = document.index_of(region_id)
        self.new_index = new_index

    def do(self) -> None:
        self.old_index = self.document.move_region_to(self.region_id, self.new_index)

    def undo(self) -> None:
        self.document.move_region_to(self.region_id, self.old_index)


class EditRegion(SingleRegionCommand):
    """Change name, colour, pattern, geometry and/or technique in one step (e.g. a pattern
    change that needs a nappage density)."""

    text = QT_TRANSLATE_NOOP(CTX, "Edit region")

    def __init__(
        self,
        document: MapDocument,
        region_id: str,
        *,
        name: str = _UNSET,
        color: str = _UNSET,
        pattern: str = _UNSET,
        geometry: BaseGeometry = _UNSET,
        technique: Technique = _UNSET,
        layouter: Layouter | None = None,
        keep_manual: bool = True,
        fast: bool = False,
        gesture: Hashable | None = None,
    ) -> None:
        self.changes = {
            k: v
            for k, v in {
                "name": name, "color": color, "pattern": pattern, "geometry": geometry,
                "technique": technique,
            }.items()
            if v is not _UNSET
        }
        self.layouter, self.keep_manual, self.fast = layouter, keep_manual, fast
        super().__init__(document, region_id, gesture)

    def build_region(self, region: Region) -> Region:
        new = region.replace(**self.changes)
        relayout_needed = {"pattern", "geometry"} & set(self.changes) or any(
            getattr(region.technique, f) != getattr(new.technique, f) for f in _LAYOUT_FIELDS
        )
        if relayout_needed:
            if new.pattern == "nappage":
                new = new.replace(papules=PapuleSet.empty())
            new = relayout(new, self.layouter, keep_manual=self.keep_manual, fast=self.fast)
        return new


class _GeometryEdit(SingleRegionCommand):
    """Base of the vertex/translate edits: ``new_geometry(region)`` then optional re-layout."""

    def __init__(
        self,
        document: MapDocument,
        region_id: str,
        *,
        layouter: Layouter | None,
        keep_manual: bool,
        fast: bool,
        gesture: Hashable | None,
    ) -> None:
        self.layouter, self.keep_manual, self.fast = layouter, keep_manual, fast
        super().__init__(document, region_id, gesture)

    def new_geometry(self, region: Region) -> BaseGeometry:
        raise NotImplementedError

    def build_region(self, region: Region) -> Region:
        try:
            geometry = self.new_geometry(region)
        except geo.GeometryEditError as exc:
            raise _refuse("geometry", QT_TRANSLATE_NOOP(
                CTX, "This change would leave the outline without enough corners; "
                "delete the region instead.")) from exc
        new = region.replace(geometry=geometry)
        return relayout(new, self.layouter, keep_manual=self.keep_manual, fast=self.fast)


class MoveVertex(_GeometryEdit):
    text = QT_TRANSLATE_NOOP(CTX, "Move corner")

    def __init__(
        self, document: MapDocument, region_id: str, vertex: geo.VertexRef, x: float, y: float,
        *, layouter: Layouter | None = None, keep_manual: bool = True, fast: bool = False,
        gesture: Hashable | None = None,
    ) -> None:
        self.vertex, self.x, self.y = vertex, float(x), float(y)
        super().__init__(document, region_id, layouter=layouter, keep_manual=keep_manual,
                         fast=fast, gesture=gesture)

    def new_geometry(self, region: Region) -> BaseGeometry:
        return geo.move_vertex(region.geometry, self.vertex, self.x, self.y)


class InsertVertex(_GeometryEdit):
    """Insert a corner so it becomes ``vertex.index`` of its ring (splitting an edge)."""

    text = QT_TRANSLATE_NOOP(CTX, "Insert corner")

    def __init__(
        self, document: MapDocument, region_id: str, vertex: geo.VertexRef, x: float, y: float,
        *, layouter: Layouter | None = None, keep_manual: bool = True, fast: bool = False,
        gesture: Hashable | None = None,
    ) -> None:
        self.vertex, self.x, self.y = vertex, float(x), float(y)
        super().__init__(document, region_id, layouter=layouter, keep_manual=keep_manual,
                         fast=fast, gesture=gesture)

    def new_geometry(self, region: Region) -> BaseGeometry:
        return geo.insert_vertex(region.geometry, self.vertex, self.x, self.y)


class DeleteVertex(_GeometryEdit):
    text = QT_TRANSLATE_NOOP(CTX, "Delete corner")

    def __init__(
        self, document: MapDocument, region_id: str, vertex: geo.VertexRef,
        *, layouter: Layouter | None = None, keep_manual: bool = True, fast: bool = False,
        gesture: Hashable | None = None,
    ) -> None:
        self.vertex = vertex
        super().__init__(document, region_id, layouter=layouter, keep_manual=keep_manual,
                         fast=fast, gesture=gesture)

    def new_geometry(self, region: Region) -> BaseGeometry:
        return geo.delete_vertex(region.geometry, self.vertex)


class MoveRegion(SingleRegionCommand):
    """Translate a region with all its papules by (dx, dy) cm; re-lay out if given a layouter
    (the moved fixed papules are kept)."""

    text = QT_TRANSLATE_NOOP(CTX, "Move region")

    def __init__(
        self, document: MapDocument, region_id: str, dx: float, dy: float,
        *, layouter: Layouter | None = None, keep_manual: bool = True, fast: bool = False,
        gesture: Hashable | None = None,
    ) -> None:
        self.dx, self.dy = float(dx), float(dy)
        self.layouter, self.keep_manual, self.fast = layouter, keep_manual, fast
        super().__init__(document, region_id, gesture)

    def build_region(self, region: Region) -> Region:
        xy = region.papules.xy + (self.dx, self.dy)
        new = region.replace(
            geometry=geo.translate(region.geometry, self.dx, self.dy),
            papules=region.papules.with_xy(xy),
        )
        return relayout(new, self.layouter, keep_manual=self.keep_manual, fast=self.fast)


class Relayout(SingleRegionCommand):
    """Lay out the region's papules again (fixed papules kept)."""

    text = QT_TRANSLATE_NOOP(CTX, "Lay out papules")

    def __init__(
        self, document: MapDocument, region_id: str, layouter: Layouter,
        *, keep_manual: bool = True, fast: bool = False, gesture: Hashable | None = None,
    ) -> None:
        self.layouter, self.keep_manual, self.fast = layouter, keep_manual, fast
        super().__init__(document, region_id, gesture)

    def build_region(self, region: Region) -> Region:
        return relayout(region, self.layouter, keep_manual=self.keep_manual, fast=self.fast)


class SetTechnique(SingleRegionCommand):
    """Replace the region's technique parameters (re-lay out if spacing, margin or rings
    changed and a layouter is given)."""

    text = QT_TRANSLATE_NOOP(CTX, "Change technique")

    def __init__(
        self, document: MapDocument, region_id: str, technique: Technique,
        *, layouter: Layouter | None = None, keep_manual: bool = True,
        gesture: Hashable | None = None,
    ) -> None:
        self.technique, self.layouter, self.keep_manual = technique, layouter, keep_manual
        super().__init__(document, region_id, gesture)

    def build_region(self, region: Region) -> Region:
        new = region.replace(technique=self.technique)
        if any(getattr(region.technique, f) != getattr(self.technique, f) for f in _LAYOUT_FIELDS):
            new = relayout(new, self.layouter, keep_manual=self.keep_manual)
        return new


class SetMixture(SingleRegionCommand):
    """Replace the region's mixture (products, lots, volume per papule)."""

    text = QT_TRANSLATE_NOOP(CTX, "Change mixture")

    def __init__(
        self, document: MapDocument, region_id: str, mixture: Iterable[MixtureItem],
        *, gesture: Hashable | None = None,
    ) -> None:
        self.mixture = tuple(mixture)
        super().__init__(document, region_id, gesture)

    def build_region(self, region: Region) -> Region:
        return region.replace(mixture=self.mixture)


class ReorderPapules(SingleRegionCommand):
    """Renumber the papules in injection order from another starting corner."""

    text = QT_TRANSLATE_NOOP(CTX, "Change starting corner")

    def __init__(
        self, document: MapDocument, region_id: str, start_corner: str, layouter: Layouter
    ) -> None:
        self.start_corner, self.layouter = start_corner, layouter
        super().__init__(document, region_id)

    def build_region(self, region: Region) -> Region:
        new = region.replace(start_corner=self.start_corner)
        return new.replace(papules=self.layouter.order(new, self.start_corner))


def mirrored_region(region: Region, mid_x: float) -> Region:
    """``region`` mirrored across x = mid_x; papules mirrored, the starting corner swapped left
    and right so the injection order keeps its sense on the other side."""
    return region.replace(
        geometry=geo.mirror_x(region.geometry, mid_x),
        papules=region.papules.with_xy(geo.mirror_points(region.papules.xy, mid_x)),
        start_corner=MIRRORED_CORNER.get(region.start_corner, region.start_corner),
    )


class MirrorRegion(SingleRegionCommand):
    """Mirror a region in place across the template's midline x = mid_x."""

    text = QT_TRANSLATE_NOOP(CTX, "Mirror region")

    def __init__(self, document: MapDocument, region_id: str, mid_x: float) -> None:
        self.mid_x = float(mid_x)
        super().__init__(document, region_id)

    def build_region(self, region: Region) -> Region:
        return mirrored_region(region, self.mid_x)


class CopyRegion(AddRegion):
    """Add a copy of a region (new ids), optionally mirrored across x = mirror_mid_x and/or
    shifted by (dx, dy): e.g. the left cheek's plan copied to the right cheek."""

    text = QT_TRANSLATE_NOOP(CTX, "Copy region")

    def __init__(
        self, document: MapDocument, region_id: str, *, mirror_mid_x: float | None = None,
        dx: float = 0.0, dy: float = 0.0, name: str | None = None, index: int | None = None,
    ) -> None:
        source = document.region(region_id)
        copy = source if mirror_mid_x is None else mirrored_region(source, mirror_mid_x)
        if dx or dy:
            copy = copy.replace(
                geometry=geo.translate(copy.geometry, dx, dy),
                papules=copy.papules.with_xy(copy.papules.xy + (dx, dy)),
            )
        papules = copy.papules
        copy = copy.replace(
            id=new_region_id(),
            name=source.name if name is None else name,
            papules=PapuleSet(new_papule_ids(len(papules)), papules.xy, papules.order,
                              papules.locked, papules.manual),
        )
        super().__init__(document, copy, index)
        self.source_id = region_id


class SetNotes(Command):
    text = QT_TRANSLATE_NOOP(CTX, "Edit notes")

    def __init__(self, document: MapDocument, notes: str, gesture: Hashable | None = None) -> None:
        super().__init__(document)
        self.old, self.new, self.gesture = document.notes, notes, gesture

    def do(self) -> None:
        self.document.set_notes(self.new)

    def undo(self) -> None:
        self.document.set_notes(self.old)

    @property
    def merge_key(self) -> Hashable | None:
        return None if self.gesture is None else ("notes", self.gesture)

    def merge(self, other: Command) -> bool:
        if isinstance(other, SetNotes) and other.merge_key == self.merge_key is not None:
            self.new = other.new
            return True
        return False


class SetTemplate(Command):
    """Point the map at another template version or patient fit.

    With ``rescale=True`` and a different fit, every region and papule is scaled about the
    template origin by new/old scale (``x * new.scale_x / old.scale_x``, same for y), so the
    plan stays on the same anatomy; with a ``layouter`` the regions are then laid out again
    (fixed papules kept) so the spacing holds. Without ``rescale`` regions are unchanged.
    """

    text = QT_TRANSLATE_NOOP(CTX, "Change template")

    def __init__(
        self, document: MapDocument, template: TemplateRef, *, rescale: bool = False,
        layouter: Layouter | None = None,
    ) -> None:
        super().__init__(document)
        self.old, self.new = document.template, template
        self.regions_before = document.regions
        self.regions_after = self.regions_before
        fx = template.fit.scale_x / self.old.fit.scale_x
        fy = template.fit.scale_y / self.old.fit.scale_y
        if rescale and (fx, fy) != (1.0, 1.0):
            self.regions_after = tuple(
                relayout(_scaled(r, fx, fy), layouter) for r in self.regions_before
            )

    def do(self) -> None:
        for region in self.regions_after:
            self.document.replace_region(region)
        self.document.set_template(self.new)

    def undo(self) -> None:
        self.document.set_template(self.old)
        for region in self.regions_before:
            self.document.replace_region(region)


def _scaled(region: Region, fx: float, fy: float) -> Region:
    factors = np.array([fx, fy], dtype=np.float64)
    return region.replace(
        geometry=shapely.transform(region.geometry, lambda c: c * factors),
        papules=region.papules.with_xy(region.papules.xy * factors),
    )
