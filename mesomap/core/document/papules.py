"""Papules of one region: the ``Papule`` value and the array-backed, immutable ``PapuleSet``.

A region can hold thousands of papules and the canvas re-lays them out on every drag step, so
the set keeps numpy arrays (positions, order, flags) instead of thousands of objects; it still
behaves as a read-only sequence of ``Papule`` values for code that wants objects (records,
sheets). A ``PapuleSet`` never changes after construction (its arrays are read-only): commands
replace a region's set with a new one, which makes undo exact and cheap.

Ids: every papule has a string id unique within its document. Ids made in bulk share one random
prefix and a counter suffix (``"3f9c0a1b2c4d.17"``) and are only built as strings when read
(``IdBlock``), so a layout of 2,500 papules during a drag pays for neither UUIDs nor strings.
"""

from __future__ import annotations

import secrets
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import overload

import numpy as np
import numpy.typing as npt

FloatArray = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.int64]
BoolArray = npt.NDArray[np.bool_]


@dataclass(frozen=True, slots=True)
class Papule:
    """One injection point in map centimetres; ``order`` is its 1-based injection number."""

    id: str
    x_cm: float
    y_cm: float
    order: int
    locked: bool = False
    manual: bool = False

    @property
    def fixed(self) -> bool:
        """Kept exactly by re-layout (locked or placed by hand)."""
        return self.locked or self.manual


def new_papule_id() -> str:
    """A fresh id for one papule."""
    return secrets.token_hex(8)


class IdBlock(Sequence[str]):
    """``size`` ids ``"<prefix>.<i>"`` made on demand: a re-layout during a drag does not
    build thousands of strings nobody reads. Equal to any sequence of the same strings."""

    __slots__ = ("prefix", "size")

    def __init__(self, prefix: str, size: int) -> None:
        self.prefix = prefix
        self.size = size

    def __len__(self) -> int:
        return self.size

    @overload
    def __getitem__(self, index: int) -> str: ...

    @overload
    def __getitem__(self, index: slice) -> Sequence[str]: ...

    def __getitem__(self, index: int | slice) -> str | Sequence[str]:
        if isinstance(index, slice):
            return [f"{self.prefix}.{i}" for i in range(*index.indices(self.size))]
        if index < 0:
            index += self.size
        if not 0 <= index < self.size:
            raise IndexError(index)
        return f"{self.prefix}.{index}"

    def __iter__(self) -> Iterator[str]:
        prefix = self.prefix
        return (f"{prefix}.{i}" for i in range(self.size))

    def __contains__(self, item: object) -> bool:
        if not isinstance(item, str):
            return False
        head, _, tail = item.rpartition(".")
        return head == self.prefix and tail.isdigit() and int(tail) < self.size and (
            str(int(tail)) == tail
        )

    def __eq__(self, other: object) -> bool:
        if isinstance(other, IdBlock):
            return (self.prefix, self.size) == (other.prefix, other.size) or (
                self.size == other.size == 0
            )
        if isinstance(other, Sequence) and not isinstance(other, str):
            return len(other) == self.size and all(a == b for a, b in zip(self, other, strict=True))
        return NotImplemented

    def __hash__(self) -> int:
        return hash(tuple(self))


def new_papule_ids(count: int) -> IdBlock:
    """``count`` fresh ids sharing one random prefix (cheap for whole layouts)."""
    return IdBlock(secrets.token_hex(6), count)


def _same_ids(a: tuple[str, ...] | IdBlock, b: tuple[str, ...] | IdBlock) -> bool:
    if isinstance(a, IdBlock) and isinstance(b, IdBlock):
        return a == b
    return tuple(a) == tuple(b)


def _frozen(array: npt.NDArray[np.generic]) -> npt.NDArray[np.generic]:
    array.flags.writeable = False
    return array


class PapuleSet(Sequence[Papule]):
    """Immutable papules of one region, in storage order (not necessarily injection order).

    Arrays (read-only): ``xy`` (N, 2) float64 cm, ``order`` (N,) int64 1-based injection
    numbers, ``locked`` and ``manual`` (N,) bool; ``ids`` a tuple of str.
    """

    __slots__ = ("_ids", "_index", "locked", "manual", "order", "xy")

    def __init__(
        self,
        ids: Sequence[str],
        xy: npt.ArrayLike,
        order: npt.ArrayLike | None = None,
        locked: npt.ArrayLike | None = None,
        manual: npt.ArrayLike | None = None,
    ) -> None:
        count = len(ids)
        xy_arr = np.array(xy, dtype=np.float64).reshape(count, 2) if count else np.zeros((0, 2))
        self._ids: tuple[str, ...] | IdBlock = ids if isinstance(ids, IdBlock) else tuple(ids)
        self.xy: FloatArray = _frozen(xy_arr)  # type: ignore[assignment]
        self.order: IntArray = _frozen(  # type: ignore[assignment]
            np.arange(1, count + 1, dtype=np.int64)
            if order is None
            else np.array(order, dtype=np.int64).reshape(count)
        )
        self.locked: BoolArray = _frozen(  # type: ignore[assignment]
            np.zeros(count, dtype=np.bool_)
            if locked is None
            else np.array(locked, dtype=np.bool_).reshape(count)
        )
        self.manual: BoolArray = _frozen(  # type: ignore[assignment]
            np.zeros(count, dtype=np.bool_)
            if manual is None
            else np.array(manual, dtype=np.bool_).reshape(count)
        )
        self._index: dict[str, int] | None = None

    # -- construction -------------------------------------------------------------------------
    @classmethod
    def empty(cls) -> PapuleSet:
        return cls((), np.zeros((0, 2)))

    @classmethod
    def from_papules(cls, papules: Iterable[Papule]) -> PapuleSet:
        items = list(papules)
        return cls(
            [p.id for p in items],
            [(p.x_cm, p.y_cm) for p in items],
            [p.order for p in items],
            [p.locked for p in items],
            [p.manual for p in items],
        )

    # -- sequence protocol ----------------------------------------------------------------------
    def __len__(self) -> int:
        return len(self._ids)

    @overload
    def __getitem__(self, index: int) -> Papule: ...

    @overload
    def __getitem__(self, index: slice) -> Sequence[Papule]: ...

    def __getitem__(self, index: int | slice) -> Papule | Sequence[Papule]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError(index)
        return Papule(
            self._ids[index],
            float(self.xy[index, 0]),
            float(self.xy[index, 1]),
            int(self.order[index]),
            bool(self.locked[index]),
            bool(self.manual[index]),
        )

    def __iter__(self) -> Iterator[Papule]:
        for i in range(len(self)):
            yield self[i]

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, PapuleSet):
            return NotImplemented
        return (
            len(self) == len(other)
            and np.array_equal(self.xy, other.xy)
            and np.array_equal(self.order, other.order)
            and np.array_equal(self.locked, other.locked)
            and np.array_equal(self.manual, other.manual)
            and _same_ids(self._ids, other._ids)
        )

    def __hash__(self) -> int:
        return hash((len(self), self.xy.tobytes()))

    def __repr__(self) -> str:
        return f"PapuleSet({len(self)} papules)"

    # -- queries --------------------------------------------------------------------------------
    @property
    def ids(self) -> Sequence[str]:
        """The ids in set order (a tuple, or an ``IdBlock`` for a fresh layout)."""
        return self._ids

    @property
    def ids_are_fresh_block(self) -> bool:
        """True when every id comes from one ``new_papule_ids`` block (unique by construction)."""
        return isinstance(self._ids, IdBlock)

    def _index_map(self) -> dict[str, int]:
        if self._index is None:
            self._index = {pid: i for i, pid in enumerate(self._ids)}
        return self._index

    def index_of(self, papule_id: str) -> int:
        """Position of the papule with this id; ``KeyError`` if it is not in the set."""
        if isinstance(self._ids, IdBlock):
            if papule_id not in self._ids:
                raise KeyError(papule_id)
            return int(papule_id.rpartition(".")[2])
        return self._index_map()[papule_id]

    def __contains__(self, item: object) -> bool:
        if isinstance(item, Papule):
            return item.id in self._ids and self[self.index_of(item.id)] == item
        if isinstance(item, str):
            if isinstance(self._ids, IdBlock):
                return item in self._ids
            return item in self._index_map()
        return False

    @property
    def fixed_mask(self) -> BoolArray:
        """Papules that re-layout keeps exactly: locked or placed by hand."""
        return self.locked | self.manual

    def in_injection_order(self) -> IntArray:
        """Indices that sort the set by injection order (stable for equal numbers)."""
        return np.argsort(self.order, kind="stable")

    # -- derived sets (new objects; this one never changes) -------------------------------------
    def take(self, indices: npt.ArrayLike) -> PapuleSet:
        idx = np.asarray(indices, dtype=np.int64)
        return PapuleSet(
            [self._ids[int(i)] for i in idx],
            self.xy[idx],
            self.order[idx],
            self.locked[idx],
            self.manual[idx],
        )

    def concat(self, other: PapuleSet) -> PapuleSet:
        return PapuleSet(
            tuple(self._ids) + tuple(other._ids),
            np.concatenate([self.xy, other.xy]),
            np.concatenate([self.order, other.order]),
            np.concatenate([self.locked, other.locked]),
            np.concatenate([self.manual, other.manual]),
        )

    def with_xy(self, xy: npt.ArrayLike) -> PapuleSet:
        return PapuleSet(self._ids, xy, self.order, self.locked, self.manual)

    def with_order(self, order: npt.ArrayLike) -> PapuleSet:
        return PapuleSet(self._ids, self.xy, order, self.locked, self.manual)

    def with_flags(self, locked: npt.ArrayLike, manual: npt.ArrayLike) -> PapuleSet:
        return PapuleSet(self._ids, self.xy, self.order, locked, manual)

    def renumbered(self) -> PapuleSet:
        """The same papules with orders made 1..N, keeping their relative order."""
        ranks = np.empty(len(self), dtype=np.int64)
        ranks[self.in_injection_order()] = np.arange(1, len(self) + 1, dtype=np.int64)
        return self.with_order(ranks)
