"""Undoable command objects and a Qt-free history for tests and the command line.

A ``Command`` is a plain object bound to one document with ``do()`` and ``undo()``; the GUI
wraps each in a ``QUndoCommand`` (``redo`` → ``do``, ``undo`` → ``undo``, ``id``/``mergeWith`` →
``merge_key``/``merge``) and pushes it on a ``QUndoStack``. ``History`` here follows the same
protocol (push runs ``do`` then tries to merge into the top command), so what the tests prove
for ``History`` holds for the GUI stack.

``RegionsCommand`` is the base of every command that changes regions in place: it keeps the
regions' old values and computes their new values once; ``undo`` puts the old (immutable)
values back, so the document after do→undo is identical, and redo puts back the very same new
values (a re-layout is not recomputed on redo). Commands of one drag gesture (same ``gesture``
token, same regions) merge into one undo step.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence

from mesomap.core.document.model import MapDocument, Region
from mesomap.core.document.validation import InvalidEditError, Problem, validate_region


class Command:
    """Base: ``text`` is an untranslated label (QT_TRANSLATE_NOOP context "MapCommand")."""

    text: str = ""

    def __init__(self, document: MapDocument) -> None:
        self.document = document

    def do(self) -> None:
        raise NotImplementedError

    def undo(self) -> None:
        raise NotImplementedError

    @property
    def merge_key(self) -> Hashable | None:
        """Commands with equal non-None keys may merge (QUndoCommand.id())."""
        return None

    def merge(self, other: Command) -> bool:
        """Absorb ``other`` (already done) into this command; True if merged."""
        return False

    @property
    def is_noop(self) -> bool:
        """True when doing it changed nothing (the GUI marks such commands obsolete)."""
        return False


def new_errors(before: Region | None, after: Region) -> list[Problem]:
    """Errors of ``after`` that ``before`` did not have (an edit never adds an error)."""
    found = [p for p in validate_region(after) if p.severity == "error"]
    if not found or before is None:
        return found
    old = {(p.field, p.message) for p in validate_region(before) if p.severity == "error"}
    return [p for p in found if (p.field, p.message) not in old]


class RegionsCommand(Command):
    """Replace some regions by new values computed from their current values.

    Subclasses implement ``build(document) -> list[Region]`` (new values of existing regions,
    matched by id). The new values are computed when the command is created (so an invalid
    edit raises ``InvalidEditError`` before anything changes) and are reused by every redo.
    """

    def __init__(self, document: MapDocument, gesture: Hashable | None = None) -> None:
        super().__init__(document)
        self.gesture = gesture
        self._before: list[Region] = []
        self._after: list[Region] = []
        self._done_once = False
        self._prepare()

    def build(self, document: MapDocument) -> list[Region]:
        raise NotImplementedError

    def _prepare(self) -> None:
        after = self.build(self.document)
        before = [self.document.region(r.id) for r in after]
        problems = [p for b, a in zip(before, after, strict=True) for p in new_errors(b, a)]
        if problems:
            raise InvalidEditError(problems)
        self._before, self._after = before, after

    def _current_matches(self, regions: Sequence[Region]) -> bool:
        return all(self.document.region(r.id) is r for r in regions)

    def do(self) -> None:
        if not self._current_matches(self._before):
            if self._done_once:
                raise RuntimeError("the map changed outside its undo history; cannot redo")
            self._prepare()  # e.g. inside a macro whose earlier steps changed these regions
        for region in self._after:
            self.document.replace_region(region)
        self._done_once = True

    def undo(self) -> None:
        if not self._current_matches(self._after):
            raise RuntimeError("the map changed outside its undo history; cannot undo")
        for region in reversed(self._before):
            self.document.replace_region(region)

    @property
    def region_ids(self) -> tuple[str, ...]:
        return tuple(r.id for r in self._after)

    @property
    def merge_key(self) -> Hashable | None:
        if self.gesture is None:
            return None
        return ("regions", self.gesture, self.region_ids)

    def merge(self, other: Command) -> bool:
        if (
            not isinstance(other, RegionsCommand)
            or self.merge_key is None
            or other.merge_key != self.merge_key
            or [id(r) for r in other._before] != [id(r) for r in self._after]
        ):
            return False
        self._after = list(other._after)
        return True

    @property
    def is_noop(self) -> bool:
        return all(a == b for a, b in zip(self._before, self._after, strict=True))

    @property
    def before(self) -> tuple[Region, ...]:
        return tuple(self._before)

    @property
    def after(self) -> tuple[Region, ...]:
        return tuple(self._after)


class SingleRegionCommand(RegionsCommand):
    """A ``RegionsCommand`` on one region: subclasses implement ``build_region(region)``."""

    def __init__(
        self, document: MapDocument, region_id: str, gesture: Hashable | None = None
    ) -> None:
        self.region_id = region_id
        super().__init__(document, gesture)

    def build(self, document: MapDocument) -> list[Region]:
        return [self.build_region(document.region(self.region_id))]

    def build_region(self, region: Region) -> Region:
        raise NotImplementedError


class MacroCommand(Command):
    """Several commands as one undo step (done in order, undone in reverse).

    Pass factories (``lambda: DeleteVertex(doc, ...)``) when a child depends on the previous
    ones' results: each is created right before it is first done.
    """

    def __init__(
        self,
        document: MapDocument,
        text: str,
        children: Sequence[Command | Callable[[], Command]],
    ) -> None:
        super().__init__(document)
        self.text = text
        self._pending = list(children)
        self._children: list[Command] = []

    def do(self) -> None:
        if self._pending:
            done: list[Command] = []
            try:
                for child in self._pending:
                    cmd = child if isinstance(child, Command) else child()
                    cmd.do()
                    done.append(cmd)
            except Exception:
                for cmd in reversed(done):
                    cmd.undo()
                raise
            self._children = done
            self._pending = []
            return
        for cmd in self._children:
            cmd.do()

    def undo(self) -> None:
        for cmd in reversed(self._children):
            cmd.undo()

    @property
    def children(self) -> tuple[Command, ...]:
        return tuple(self._children)


class History:
    """A minimal QUndoStack: push (do + merge), undo, redo, clean state, labels."""

    def __init__(self, document: MapDocument) -> None:
        self.document = document
        self._commands: list[Command] = []
        self._index = 0  # commands[:index] are done
        self._clean_index: int | None = 0

    def push(self, command: Command) -> None:
        command.do()
        del self._commands[self._index :]
        if self._clean_index is not None and self._clean_index > self._index:
            self._clean_index = None
        top = self._commands[-1] if self._commands else None
        if (
            top is not None
            and self._index != self._clean_index
            and top.merge_key is not None
            and top.merge_key == command.merge_key
            and top.merge(command)
        ):
            return
        self._commands.append(command)
        self._index += 1

    def undo(self) -> None:
        if not self.can_undo:
            return
        self._index -= 1
        self._commands[self._index].undo()

    def redo(self) -> None:
        if not self.can_redo:
            return
        self._commands[self._index].do()
        self._index += 1

    @property
    def can_undo(self) -> bool:
        return self._index > 0

    @property
    def can_redo(self) -> bool:
        return self._index < len(self._commands)

    @property
    def index(self) -> int:
        return self._index

    def __len__(self) -> int:
        return len(self._commands)

    def set_clean(self) -> None:
        self._clean_index = self._index

    @property
    def is_clean(self) -> bool:
        return self._clean_index == self._index

    def undo_text(self) -> str:
        return self._commands[self._index - 1].text if self.can_undo else ""

    def redo_text(self) -> str:
        return self._commands[self._index].text if self.can_redo else ""

    def clear(self) -> None:
        self._commands.clear()
        self._index = 0
        self._clean_index = 0
