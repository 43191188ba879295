"""Change notifications of the map document: a tiny, Qt-free observer.

Views (the canvas, the totals panel, a GUI undo adapter) subscribe per event kind with a plain
callback; the document never knows who listens. Callbacks run synchronously, in connection
order, after the document has changed, so a listener always reads the new state.

    conn = doc.events.connect(EventKind.PAPULES_CHANGED, on_papules)
    ...
    conn.disconnect()
    with doc.events.blocked():      # e.g. while a form writes a value it already shows
        ...
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field


class EventKind(enum.Enum):
    """What changed in the document."""

    REGION_ADDED = "region_added"  # region_id, index
    REGION_REMOVED = "region_removed"  # region_id, index
    REGION_CHANGED = "region_changed"  # region_id, aspects (geometry, name, color, ...)
    PAPULES_CHANGED = "papules_changed"  # region_id
    REGIONS_REORDERED = "regions_reordered"  # region_id, index (its new place)
    TEMPLATE_CHANGED = "template_changed"
    NOTES_CHANGED = "notes_changed"
    DOCUMENT_RESET = "document_reset"  # everything may have changed: rebuild views


@dataclass(frozen=True, slots=True)
class DocumentEvent:
    """One notification. ``aspects`` names the changed parts of a region for REGION_CHANGED:
    any of ``geometry``, ``name``, ``color``, ``pattern``, ``technique``, ``mixture``,
    ``start_corner``."""

    kind: EventKind
    region_id: str | None = None
    index: int | None = None
    aspects: frozenset[str] = field(default_factory=frozenset)


Callback = Callable[[DocumentEvent], None]


class Connection:
    """Handle returned by ``connect``; ``disconnect()`` removes the callback (idempotent)."""

    __slots__ = ("_callback", "_events", "_kind")

    def __init__(self, events: DocumentEvents, kind: EventKind, callback: Callback) -> None:
        self._events = events
        self._kind = kind
        self._callback = callback

    def disconnect(self) -> None:
        self._events.disconnect(self._kind, self._callback)


class DocumentEvents:
    """Per-kind callback lists with blocking; one per document."""

    def __init__(self) -> None:
        self._callbacks: dict[EventKind, list[Callback]] = {kind: [] for kind in EventKind}
        self._blocked = 0

    def connect(self, kind: EventKind, callback: Callback) -> Connection:
        self._callbacks[kind].append(callback)
        return Connection(self, kind, callback)

    def connect_all(self, callback: Callback) -> list[Connection]:
        """Subscribe one callback to every kind (handy for tests and simple views)."""
        return [self.connect(kind, callback) for kind in EventKind]

    def disconnect(self, kind: EventKind, callback: Callback) -> None:
        callbacks = self._callbacks[kind]
        for i, existing in enumerate(callbacks):
            if existing == callback:
                del callbacks[i]
                return

    def emit(self, event: DocumentEvent) -> None:
        if self._blocked:
            return
        # A copy: a callback may connect or disconnect while we iterate.
        for callback in list(self._callbacks[event.kind]):
            callback(event)

    @property
    def is_blocked(self) -> bool:
        return self._blocked > 0

    @contextmanager
    def blocked(self) -> Iterator[None]:
        """Suppress every notification inside the block (nestable)."""
        self._blocked += 1
        try:
            yield
        finally:
            self._blocked -= 1
