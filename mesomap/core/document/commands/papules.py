"""Papule commands: add, move, delete, lock and unlock.

A papule added or moved by hand becomes ``manual``: re-layout keeps it where the practitioner
put it. Deleting papules renumbers the rest 1..N keeping their relative order. Commands that take
several papule ids may span regions (a box selection); they are one undo step.
Where a papule may go (danger zones, spacing warnings) is the canvas's rule, checked before a
command is made: the document records what the practitioner decided.
"""

from __future__ import annotations

import math
from collections.abc import Hashable, Iterable, Mapping

import numpy as np

from mesomap.core.document.commands.base import RegionsCommand, SingleRegionCommand
from mesomap.core.document.model import MapDocument, Region
from mesomap.core.document.papules import PapuleSet, new_papule_id
from mesomap.core.document.validation import InvalidEditError, Problem
from mesomap.core.i18n import QT_TRANSLATE_NOOP

CTX = "MapCommand"


def _check_position(x: float, y: float) -> None:
    if not (math.isfinite(x) and math.isfinite(y)):
        raise InvalidEditError([Problem("error", "papules", QT_TRANSLATE_NOOP(
            CTX, "A papule needs a position on the map."))])


def _group_by_region(document: MapDocument, papule_ids: Iterable[str]) -> dict[str, list[int]]:
    groups: dict[str, list[int]] = {}
    for pid in papule_ids:
        try:
            region, index = document.find_papule(pid)
        except KeyError:
            raise InvalidEditError([Problem("error", "papules", QT_TRANSLATE_NOOP(
                CTX, "A selected papule is no longer on the map; select again."))]) from None
        groups.setdefault(region.id, []).append(index)
    return groups


class AddPapule(SingleRegionCommand):
    """Place a papule by hand; it is numbered last."""

    text = QT_TRANSLATE_NOOP(CTX, "Add papule")

    def __init__(
        self, document: MapDocument, region_id: str, x: float, y: float,
        *, locked: bool = False, papule_id: str | None = None,
    ) -> None:
        self.x, self.y, self.locked = float(x), float(y), locked
        _check_position(self.x, self.y)
        self.papule_id = papule_id or new_papule_id()
        super().__init__(document, region_id)

    def build_region(self, region: Region) -> Region:
        if region.pattern == "nappage":
            raise InvalidEditError([Problem("error", "papules", QT_TRANSLATE_NOOP(
                CTX, "A nappage region has no individual papules; change its pattern first."),
                region_id=region.id)])
        p = region.papules
        added = PapuleSet(
            [self.papule_id], [(self.x, self.y)], [len(p) + 1], [self.locked], [True]
        )
        return region.replace(papules=p.concat(added))


class MovePapules(RegionsCommand):
    """Move papules to new positions (ids → (x, y)); moved papules become manual."""

    text = QT_TRANSLATE_NOOP(CTX, "Move papules")

    def __init__(
        self, document: MapDocument, moves: Mapping[str, tuple[float, float]],
        *, gesture: Hashable | None = None,
    ) -> None:
        self.moves = {pid: (float(x), float(y)) for pid, (x, y) in moves.items()}
        for x, y in self.moves.values():
            _check_position(x, y)
        super().__init__(document, gesture)

    def build(self, document: MapDocument) -> list[Region]:
        out = []
        for region_id, indices in _group_by_region(document, self.moves).items():
            region = document.region(region_id)
            p = region.papules
            xy = p.xy.copy()
            manual = p.manual.copy()
            for i in indices:
                xy[i] = self.moves[p.ids[i]]
                manual[i] = True
            out.append(region.replace(papules=PapuleSet(p.ids, xy, p.order, p.locked, manual)))
        return out


class MovePapule(MovePapules):
    text = QT_TRANSLATE_NOOP(CTX, "Move papule")

    def __init__(
        self, document: MapDocument, papule_id: str, x: float, y: float,
        *, gesture: Hashable | None = None,
    ) -> None:
        super().__init__(document, {papule_id: (x, y)}, gesture=gesture)


class DeletePapules(RegionsCommand):
    """Delete papules; the others are renumbered 1..N in their previous order."""

    text = QT_TRANSLATE_NOOP(CTX, "Delete papules")

    def __init__(self, document: MapDocument, papule_ids: Iterable[str]) -> None:
        self.papule_ids = tuple(papule_ids)
        super().__init__(document)

    def build(self, document: MapDocument) -> list[Region]:
        out = []
        for region_id, indices in _group_by_region(document, self.papule_ids).items():
            region = document.region(region_id)
            keep = np.ones(len(region.papules), dtype=np.bool_)
            keep[indices] = False
            kept = region.papules.take(np.flatnonzero(keep)).renumbered()
            out.append(region.replace(papules=kept))
        return out


class SetPapulesLocked(RegionsCommand):
    """Lock (kept by re-layout) or unlock papules."""

    def __init__(self, document: MapDocument, papule_ids: Iterable[str], locked: bool) -> None:
        self.papule_ids = tuple(papule_ids)
        self.locked = locked
        self.text = (
            QT_TRANSLATE_NOOP(CTX, "Lock papules") if locked
            else QT_TRANSLATE_NOOP(CTX, "Unlock papules")
        )
        super().__init__(document)

    def build(self, document: MapDocument) -> list[Region]:
        out = []
        for region_id, indices in _group_by_region(document, self.papule_ids).items():
            region = document.region(region_id)
            locked = region.papules.locked.copy()
            locked[indices] = self.locked
            out.append(region.replace(papules=region.papules.with_flags(locked, region.papules.manual)))
        return out


def LockPapules(document: MapDocument, papule_ids: Iterable[str]) -> SetPapulesLocked:  # noqa: N802
    return SetPapulesLocked(document, papule_ids, True)


def UnlockPapules(document: MapDocument, papule_ids: Iterable[str]) -> SetPapulesLocked:  # noqa: N802
    return SetPapulesLocked(document, papule_ids, False)
