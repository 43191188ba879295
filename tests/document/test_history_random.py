"""Long random sequences of commands, undos and redos (hypothesis, derandomized): the document
always equals the state recorded for the history's current index, byte for byte."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mesomap.core.document import (
    EngineLayouter,
    InvalidEditError,
    MapDocument,
    MixtureItem,
    PapuleSet,
    Region,
    VertexRef,
    canonical_bytes,
)
from mesomap.core.document import commands as c
from mesomap.core.document.geometry import decompose
from tests.document.helpers import GridLayouter, sample_document


class _FastEngine(EngineLayouter):
    """The real engine on its live-drag path only (the full path is timed and tested in
    test_commands.py; here only do/undo identity matters)."""

    def layout(self, region: Region, fixed: PapuleSet, *, fast: bool = False) -> PapuleSet:
        return super().layout(region, fixed, fast=True)


ENGINE = _FastEngine()
GRID = GridLayouter()
MERGES: list[int] = []
COORD = st.floats(min_value=-20.0, max_value=40.0, allow_nan=False, allow_infinity=False)


def _make_command(doc: MapDocument, data: st.DataObject) -> c.Command:
    regions = doc.regions
    region = data.draw(st.sampled_from(regions)) if regions else None
    kinds = ["notes", "add_region"]
    if region is not None:
        kinds += ["rename", "color", "move_region", "mirror", "copy", "mixture", "technique",
                  "remove", "reorder", "order_regions"]
        if region.pattern not in ("rings", "nappage"):
            kinds += ["move_vertex", "insert_vertex", "delete_vertex"]
        if region.pattern != "nappage":
            kinds += ["add_papule", "relayout"]
        if len(region.papules):
            kinds += ["move_papule", "delete_papules", "lock"]
    kind = data.draw(st.sampled_from(kinds))
    layouter = data.draw(st.sampled_from([None, GRID, ENGINE]))
    gesture = data.draw(st.sampled_from([None, 1, 2]))
    if kind == "notes":
        return c.SetNotes(doc, data.draw(st.text(max_size=5)), gesture=gesture)
    if kind == "add_region":
        base = sample_document().regions[data.draw(st.integers(0, 4))]
        fresh = base.replace(id=f"{data.draw(st.integers(0, 10**9)):032d}",
                             papules=base.papules.take([]))
        return c.AddRegion(doc, fresh, index=data.draw(st.integers(0, len(regions))))
    assert region is not None
    rid = region.id
    if kind == "rename":
        return c.EditRegion(doc, rid, name=data.draw(st.text(min_size=1, max_size=8)))
    if kind == "color":
        return c.EditRegion(doc, rid, color=data.draw(st.sampled_from(["#000000", "#a1b2c3"])))
    if kind == "move_region":
        return c.MoveRegion(doc, rid, data.draw(COORD) / 10, data.draw(COORD) / 10,
                            layouter=layouter, fast=True, gesture=gesture)
    if kind == "mirror":
        return c.MirrorRegion(doc, rid, data.draw(COORD))
    if kind == "copy":
        return c.CopyRegion(doc, rid, mirror_mid_x=data.draw(st.none() | COORD))
    if kind == "mixture":
        vol = data.draw(st.decimals(min_value=0, max_value=1, places=4))
        return c.SetMixture(doc, rid, [MixtureItem(1, 2, "P", "L", Decimal(vol))])
    if kind == "technique":
        spacing = data.draw(st.sampled_from([0.8, 1.0, 1.5, 2.0]))
        return c.SetTechnique(doc, rid, region.technique.replace(spacing_cm=spacing),
                              layouter=layouter, gesture=gesture)
    if kind == "remove":
        return c.RemoveRegion(doc, rid)
    if kind == "reorder":
        corner = data.draw(st.sampled_from(["top_left", "top_right", "bottom_left",
                                            "bottom_right"]))
        return c.ReorderPapules(doc, rid, corner, data.draw(st.sampled_from([GRID, ENGINE])))
    if kind == "order_regions":
        return c.MoveRegionInOrder(doc, rid, data.draw(st.integers(0, len(regions))))
    if kind in ("move_vertex", "insert_vertex", "delete_vertex"):
        parts = decompose(region.geometry)
        part = data.draw(st.integers(0, len(parts) - 1))
        ring = data.draw(st.integers(0, len(parts[part]) - 1))
        n = len(parts[part][ring])
        if kind == "move_vertex":
            ref = VertexRef(part, ring, data.draw(st.integers(0, n - 1)))
            return c.MoveVertex(doc, rid, ref, data.draw(COORD), data.draw(COORD),
                                layouter=layouter, fast=True, gesture=gesture)
        if kind == "insert_vertex":
            ref = VertexRef(part, ring, data.draw(st.integers(0, n)))
            return c.InsertVertex(doc, rid, ref, data.draw(COORD), data.draw(COORD),
                                  layouter=layouter)
        return c.DeleteVertex(doc, rid, VertexRef(part, ring, data.draw(st.integers(0, n - 1))),
                              layouter=layouter)
    if kind == "add_papule":
        return c.AddPapule(doc, rid, data.draw(COORD), data.draw(COORD),
                           locked=data.draw(st.booleans()))
    if kind == "relayout":
        return c.Relayout(doc, rid, data.draw(st.sampled_from([GRID, ENGINE])),
                          keep_manual=data.draw(st.booleans()), gesture=gesture)
    ids = region.papules.ids
    chosen = data.draw(st.lists(st.sampled_from(ids), min_size=1, max_size=4, unique=True))
    if kind == "move_papule":
        return c.MovePapule(doc, chosen[0], data.draw(COORD), data.draw(COORD), gesture=gesture)
    if kind == "delete_papules":
        return c.DeletePapules(doc, chosen)
    return c.SetPapulesLocked(doc, chosen, data.draw(st.booleans()))


def _drag_step(doc: MapDocument, data: st.DataObject) -> c.Command:
    """One step of a drag of the first region (same gesture: consecutive steps merge)."""
    if not doc.regions:
        raise InvalidEditError([])
    region = doc.regions[0]
    layouter = data.draw(st.sampled_from([None, ENGINE]))
    if region.pattern in ("rings", "nappage") or data.draw(st.booleans()):
        return c.MoveRegion(doc, region.id, data.draw(COORD) / 50, data.draw(COORD) / 50,
                            layouter=layouter, fast=True, gesture="drag")
    x, y = decompose(region.geometry)[0][0][0]
    return c.MoveVertex(doc, region.id, VertexRef(0, 0, 0), x + data.draw(COORD) / 50,
                        y + data.draw(COORD) / 50, layouter=layouter, fast=True, gesture="drag")


@settings(max_examples=40, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(st.data())
def test_random_do_undo_redo_sequences_restore_identical_documents(data: st.DataObject) -> None:
    doc = sample_document(GRID)
    history = c.History(doc)
    states = [canonical_bytes(doc)]  # states[i]: the document with i commands done
    copies = [doc.copy()]
    merges: list[int] = []
    for _ in range(data.draw(st.integers(5, 25))):
        action = data.draw(st.sampled_from(["push", "push", "push", "drag", "undo", "redo"]))
        if action in ("push", "drag"):
            try:
                command = _make_command(doc, data) if action == "push" else _drag_step(doc, data)
            except InvalidEditError:
                continue  # refused edits change nothing
            start = history.index
            history.push(command)
            del states[start + 1 :]
            del copies[start + 1 :]
            if history.index == start:  # merged into the top step (a drag)
                merges.append(start)
                states[start] = canonical_bytes(doc)
                copies[start] = doc.copy()
            else:
                states.append(canonical_bytes(doc))
                copies.append(doc.copy())
        elif action == "undo":
            history.undo()
        else:
            history.redo()
        assert len(states) == len(history) + 1
        assert canonical_bytes(doc) == states[history.index]
        assert doc == copies[history.index]
    MERGES.extend(merges)
    while history.can_undo:
        history.undo()
    assert canonical_bytes(doc) == states[0]
    assert doc == copies[0]


def test_random_sequences_included_merged_drags() -> None:
    """The random test above must exercise merging (a drag's steps), not only single steps."""
    if not MERGES:
        test_random_do_undo_redo_sequences_restore_identical_documents()
    assert len(MERGES) >= 3
