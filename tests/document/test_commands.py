"""Every document command: do changes the map, undo restores an identical document (equal and
byte-identical canonical form), redo restores the done state; merging, refusals, events."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

import numpy as np
import pytest
import shapely
from shapely.geometry import Point, box

from mesomap.core.document import (
    DocumentEvent,
    EngineLayouter,
    EventKind,
    InvalidEditError,
    MapDocument,
    MixtureItem,
    Region,
    VertexRef,
    canonical_bytes,
    previous_session,
    validate_document,
)
from mesomap.core.document import commands as c
from mesomap.core.templates import PatientFit
from tests.document.helpers import GridLayouter, sample_document, template_ref

CHEEK, FOREHEAD, SCAR, KNEE, NECK = ("a" * 32, "b" * 32, "c" * 32, "d" * 32, "e" * 32)
LAYOUTER = EngineLayouter(lambda: [(Point(5.0, 7.5).buffer(0.8), 0.3)])


def _new_region(doc: MapDocument) -> Region:
    return doc.regions[0].replace(id="f" * 32, name="New", papules=LAYOUTER.layout(
        doc.regions[0].replace(geometry=box(40, 0, 45, 5)), doc.regions[0].papules.take([])),
        geometry=box(40, 0, 45, 5))


def _first_ids(doc: MapDocument, region_id: str, n: int) -> list[str]:
    return list(doc.region(region_id).papules.ids[:n])


FACTORIES: dict[str, Callable[[MapDocument], c.Command]] = {
    "add_region": lambda d: c.AddRegion(d, _new_region(d), index=1),
    "remove_region": lambda d: c.RemoveRegion(d, FOREHEAD),
    "reorder_regions": lambda d: c.MoveRegionInOrder(d, NECK, 0),
    "rename": lambda d: c.EditRegion(d, CHEEK, name="Joue gauche"),
    "recolour": lambda d: c.EditRegion(d, SCAR, color="#123456"),
    "pattern": lambda d: c.EditRegion(d, CHEEK, pattern="square", layouter=LAYOUTER),
    "pattern_to_nappage": lambda d: c.EditRegion(
        d, CHEEK, pattern="nappage",
        technique=d.region(CHEEK).technique.replace(nappage_density_per_cm2=2.5)),
    "geometry": lambda d: c.EditRegion(d, FOREHEAD, geometry=box(20, 0, 25, 3),
                                       layouter=LAYOUTER),
    "move_vertex": lambda d: c.MoveVertex(d, CHEEK, VertexRef(0, 0, 2), 12.0, 10.0,
                                          layouter=LAYOUTER),
    "move_hole_vertex": lambda d: c.MoveVertex(d, CHEEK, VertexRef(0, 1, 0), 2.9, 2.6),
    "move_multi_vertex": lambda d: c.MoveVertex(d, FOREHEAD, VertexRef(1, 0, 1), 30.0, 5.0,
                                                layouter=LAYOUTER, fast=True),
    "move_line_vertex": lambda d: c.MoveVertex(d, SCAR, VertexRef(0, 0, 1), 6.0, -3.0,
                                               layouter=LAYOUTER),
    "move_ring_centre": lambda d: c.MoveVertex(d, KNEE, VertexRef(0, 0, 0), 16.0, -9.0,
                                               layouter=LAYOUTER),
    "insert_vertex": lambda d: c.InsertVertex(d, CHEEK, VertexRef(0, 0, 1), 5.0, -2.0,
                                              layouter=LAYOUTER),
    "delete_vertex": lambda d: c.DeleteVertex(d, FOREHEAD, VertexRef(0, 0, 3)),
    "move_region": lambda d: c.MoveRegion(d, CHEEK, 0.5, -0.25),
    "move_region_relayout": lambda d: c.MoveRegion(d, CHEEK, 0.5, -0.25, layouter=LAYOUTER),
    "relayout": lambda d: c.Relayout(d, CHEEK, LAYOUTER),
    "relayout_drop_manual": lambda d: c.Relayout(d, CHEEK, LAYOUTER, keep_manual=False),
    "technique": lambda d: c.SetTechnique(
        d, CHEEK, d.region(CHEEK).technique.replace(spacing_cm=1.5, depth_mm=3.0),
        layouter=LAYOUTER),
    "technique_no_layout": lambda d: c.SetTechnique(
        d, CHEEK, d.region(CHEEK).technique.replace(angle_deg=30.0)),
    "mixture": lambda d: c.SetMixture(
        d, FOREHEAD, [MixtureItem(4, 9, "Lidocaine", "L9", Decimal("0.0300"))]),
    "mirror": lambda d: c.MirrorRegion(d, CHEEK, 0.0),
    "copy": lambda d: c.CopyRegion(d, CHEEK, mirror_mid_x=0.0, name="Cheek right"),
    "reorder_papules": lambda d: c.ReorderPapules(d, CHEEK, "bottom_right", LAYOUTER),
    "add_papule": lambda d: c.AddPapule(d, CHEEK, 5.0, 8.0),
    "move_papule": lambda d: c.MovePapule(d, _first_ids(d, CHEEK, 4)[3], 1.1, 1.2),
    "move_papules_two_regions": lambda d: c.MovePapules(d, {
        _first_ids(d, CHEEK, 1)[0]: (0.5, 0.6), _first_ids(d, SCAR, 1)[0]: (0.0, -5.5)}),
    "delete_papules": lambda d: c.DeletePapules(
        d, _first_ids(d, CHEEK, 5) + _first_ids(d, FOREHEAD, 2)),
    "lock": lambda d: c.LockPapules(d, _first_ids(d, FOREHEAD, 3)),
    "unlock": lambda d: c.UnlockPapules(d, _first_ids(d, CHEEK, 3)),
    "notes": lambda d: c.SetNotes(d, "Patient asked for fewer papules."),
    "template": lambda d: c.SetTemplate(d, template_ref().__class__(
        "face_front", 3, "f" * 64, d.template.fit)),
    "template_rescaled": lambda d: c.SetTemplate(
        d, template_ref().__class__("face_front", 2, d.template.content_hash,
                                    PatientFit(1.1, 0.9, {"face_width": 14.8}, "per_axis")),
        rescale=True, layouter=LAYOUTER),
    "macro": lambda d: c.MacroCommand(d, "Replace a corner", [
        lambda: c.DeleteVertex(d, FOREHEAD, VertexRef(0, 0, 0)),
        lambda: c.InsertVertex(d, FOREHEAD, VertexRef(0, 0, 0), 24.5, 4.5, layouter=LAYOUTER),
        c.SetNotes(d, "macro"),
    ]),
}


@pytest.mark.parametrize("name", sorted(FACTORIES))
def test_do_undo_restores_an_identical_document(name: str) -> None:
    doc = sample_document()
    before = doc.copy()
    before_bytes = canonical_bytes(doc)
    history = c.History(doc)
    history.push(FACTORIES[name](doc))
    assert doc != before, "the command changed nothing"
    done = doc.copy()
    done_bytes = canonical_bytes(doc)
    assert [p for p in validate_document(doc) if p.severity == "error"] == []
    history.undo()
    assert doc == before
    assert canonical_bytes(doc) == before_bytes
    history.redo()
    assert doc == done
    assert canonical_bytes(doc) == done_bytes
    history.undo()
    assert canonical_bytes(doc) == before_bytes


def test_relayout_keeps_locked_and_manual_papules_and_avoids_exclusions() -> None:
    doc = sample_document()
    cheek = doc.region(CHEEK)
    fixed = cheek.papules.take(np.flatnonzero(cheek.papules.fixed_mask))
    assert len(fixed) == 3
    c.History(doc).push(c.Relayout(doc, CHEEK, LAYOUTER))
    new = doc.region(CHEEK).papules
    for p in fixed:
        kept = new[new.index_of(p.id)]  # same id, position, flags (its number may change)
        assert (kept.x_cm, kept.y_cm, kept.locked, kept.manual) == (
            p.x_cm, p.y_cm, p.locked, p.manual)
    danger = Point(5.0, 7.5).buffer(0.8 + 0.3)
    free = ~new.fixed_mask
    assert not shapely.intersects_xy(danger, new.xy[free, 0], new.xy[free, 1]).any()
    assert sorted(new.order.tolist()) == list(range(1, len(new) + 1))
    d = np.linalg.norm(new.xy[:, None] - new.xy[None], axis=2)
    np.fill_diagonal(d, np.inf)
    assert d.min() >= cheek.technique.spacing_cm * (1 - 1e-9) or fixed_too_close(cheek)


def fixed_too_close(region: Region) -> bool:
    """The sample's fixed papules are lattice points, at least one spacing apart."""
    xy = region.papules.xy[region.papules.fixed_mask]
    d = np.linalg.norm(xy[:, None] - xy[None], axis=2)
    np.fill_diagonal(d, np.inf)
    return bool(d.min() < region.technique.spacing_cm)


def test_drag_steps_with_one_gesture_merge_into_one_undo_step() -> None:
    doc = sample_document()
    before = doc.copy()
    history = c.History(doc)
    for step in range(1, 6):
        history.push(c.MoveVertex(doc, CHEEK, VertexRef(0, 0, 2), 10.0 + step * 0.3, 8.7,
                                  layouter=LAYOUTER, fast=True, gesture=("drag", 1)))
    history.push(c.Relayout(doc, CHEEK, LAYOUTER, gesture=("drag", 1)))
    assert len(history) == 1
    assert history.undo_text() == "Move corner"
    done = doc.copy()
    history.undo()
    assert doc == before
    history.redo()
    assert doc == done
    # A second drag (new gesture) is a new undo step, and nothing merges across a clean state.
    history.push(c.MoveRegion(doc, CHEEK, 1.0, 0.0, gesture=("drag", 2)))
    history.set_clean()
    history.push(c.MoveRegion(doc, CHEEK, 1.0, 0.0, gesture=("drag", 2)))
    assert len(history) == 3
    assert not history.is_clean
    history.undo()
    assert history.is_clean


def test_merged_steps_without_gesture_stay_separate() -> None:
    doc = sample_document()
    history = c.History(doc)
    history.push(c.MoveRegion(doc, CHEEK, 1.0, 0.0))
    history.push(c.MoveRegion(doc, CHEEK, 1.0, 0.0))
    assert len(history) == 2


def test_invalid_edits_are_refused_with_sentences_and_change_nothing() -> None:
    doc = sample_document()
    before = doc.copy()
    with pytest.raises(InvalidEditError) as info:
        c.SetMixture(doc, CHEEK, [MixtureItem(1, 1, "HA", "L", Decimal("-0.02"))])
    assert "negative" in info.value.message
    with pytest.raises(InvalidEditError):
        c.SetTechnique(doc, CHEEK, doc.region(CHEEK).technique.replace(spacing_cm=0.05))
    with pytest.raises(InvalidEditError):
        c.EditRegion(doc, CHEEK, color="blue")
    with pytest.raises(InvalidEditError):
        c.EditRegion(doc, SCAR, pattern="auto")  # a line is not an area
    triangle = doc.region(FOREHEAD).replace(id="9" * 32, geometry=box(0, 0, 1, 1).exterior
                                            .convex_hull, papules=doc.regions[4].papules)
    c.History(doc).push(c.AddRegion(doc, triangle.replace(
        geometry=shapely.Polygon([(50, 0), (52, 0), (51, 1)]))))
    with pytest.raises(InvalidEditError, match="corners"):
        c.DeleteVertex(doc, "9" * 32, VertexRef(0, 0, 0))
    with pytest.raises(InvalidEditError):
        c.AddPapule(doc, NECK, 1.0, 1.0)  # nappage has no papules
    with pytest.raises(InvalidEditError):
        c.MovePapule(doc, "no-such-papule", 1.0, 1.0)
    with pytest.raises(InvalidEditError):
        c.AddPapule(doc, CHEEK, float("nan"), 1.0)
    with pytest.raises(InvalidEditError):
        c.AddRegion(doc, doc.region(CHEEK).replace(id="8" * 32))  # same papule ids
    assert doc.regions[:5] == before.regions


def test_mirror_flips_x_about_the_midline_and_the_order_sense() -> None:
    doc = sample_document()
    cheek = doc.region(CHEEK)
    c.History(doc).push(c.MirrorRegion(doc, CHEEK, 2.5))
    mirrored = doc.region(CHEEK)
    expected = shapely.get_coordinates(cheek.geometry) * (-1, 1) + (5.0, 0)
    assert np.array_equal(shapely.get_coordinates(mirrored.geometry), expected)
    assert np.array_equal(mirrored.papules.xy[:, 0], 5.0 - cheek.papules.xy[:, 0])
    assert np.array_equal(mirrored.papules.order, cheek.papules.order)
    assert mirrored.start_corner == "top_right" and cheek.start_corner == "top_left"
    assert mirrored.geometry.area == pytest.approx(cheek.geometry.area)


def test_copy_gets_new_ids_and_can_be_mirrored() -> None:
    doc = sample_document()
    cmd = c.CopyRegion(doc, CHEEK, mirror_mid_x=0.0, name="Cheek right")
    c.History(doc).push(cmd)
    copy = doc.regions[-1]
    source = doc.region(CHEEK)
    assert copy.id != source.id and copy.name == "Cheek right"
    assert not set(copy.papules.ids) & set(source.papules.ids)
    assert np.array_equal(copy.papules.xy[:, 0], -source.papules.xy[:, 0])
    assert copy.mixture == source.mixture and copy.technique == source.technique


def test_added_and_moved_papules_become_manual_and_deleting_renumbers() -> None:
    doc = sample_document()
    history = c.History(doc)
    cmd = c.AddPapule(doc, CHEEK, 5.0, 8.2, locked=True)
    history.push(cmd)
    added = doc.find_papule(cmd.papule_id)
    region, index = added
    p = region.papules[index]
    assert p.manual and p.locked and p.order == len(region.papules)
    free_id = next(q.id for q in region.papules if not q.fixed)
    history.push(c.MovePapule(doc, free_id, 0.3, 0.4))
    region, index = doc.find_papule(free_id)
    assert region.papules[index].manual
    history.push(c.DeletePapules(doc, [free_id]))
    region = doc.region(CHEEK)
    assert free_id not in region.papules
    assert sorted(region.papules.order.tolist()) == list(range(1, len(region.papules) + 1))


def test_reorder_starts_from_the_chosen_corner() -> None:
    doc = sample_document()
    c.History(doc).push(c.ReorderPapules(doc, CHEEK, "bottom_left", LAYOUTER))
    region = doc.region(CHEEK)
    first = region.papules.xy[region.papules.in_injection_order()[0]]
    assert first[1] == region.papules.xy[:, 1].min()
    assert region.start_corner == "bottom_left"


def test_events_tell_views_what_changed() -> None:
    doc = sample_document()
    seen: list[DocumentEvent] = []
    conns = doc.events.connect_all(seen.append)
    history = c.History(doc)
    history.push(c.MoveVertex(doc, CHEEK, VertexRef(0, 0, 2), 12.0, 10.0, layouter=LAYOUTER))
    assert [(e.kind, e.region_id) for e in seen] == [
        (EventKind.REGION_CHANGED, CHEEK), (EventKind.PAPULES_CHANGED, CHEEK)]
    assert seen[0].aspects == {"geometry"}
    seen.clear()
    history.push(c.EditRegion(doc, SCAR, color="#010203", name="Scar 2"))
    assert [(e.kind, e.aspects) for e in seen] == [
        (EventKind.REGION_CHANGED, frozenset({"color", "name"}))]
    seen.clear()
    history.push(c.RemoveRegion(doc, KNEE))
    history.undo()
    assert [(e.kind, e.index) for e in seen] == [
        (EventKind.REGION_REMOVED, 3), (EventKind.REGION_ADDED, 3)]
    seen.clear()
    with doc.events.blocked():
        history.undo()
    assert seen == []
    for conn in conns:
        conn.disconnect()
    history.redo()
    assert seen == []
    template_events: list[DocumentEvent] = []
    doc.events.connect(EventKind.DOCUMENT_RESET, template_events.append)
    doc.reset(doc.template, doc.regions[:1], "")
    assert [e.kind for e in template_events] == [EventKind.DOCUMENT_RESET]


def test_history_labels_clean_state_and_redo_truncation() -> None:
    doc = sample_document()
    history = c.History(doc)
    assert history.is_clean and not history.can_undo
    history.push(c.SetNotes(doc, "a"))
    history.push(c.EditRegion(doc, CHEEK, name="x"))
    assert history.undo_text() == "Edit region"
    history.undo()
    assert history.redo_text() == "Edit region"
    history.push(c.SetNotes(doc, "b"))
    assert not history.can_redo and len(history) == 2
    history.undo()
    history.undo()
    assert history.is_clean and doc.notes == sample_document().notes


def test_grid_layouter_helper_is_deterministic() -> None:
    doc = sample_document(GridLayouter())
    again = sample_document(GridLayouter())
    assert [len(r.papules) for r in doc] == [len(r.papules) for r in again]
    assert all(np.array_equal(a.papules.xy, b.papules.xy) for a, b in zip(doc, again, strict=True))


def test_template_change_can_rescale_the_plan_onto_the_same_anatomy() -> None:
    doc = sample_document()
    old = doc.copy()
    new_fit = PatientFit(1.05 * 1.2, 0.95 * 0.8, {}, "per_axis")
    ref = doc.template.__class__("face_front", 2, doc.template.content_hash, new_fit)
    c.History(doc).push(c.SetTemplate(doc, ref, rescale=True))
    for before, after in zip(old, doc, strict=True):
        assert np.allclose(shapely.get_coordinates(after.geometry),
                           shapely.get_coordinates(before.geometry) * (1.2, 0.8))
        assert np.allclose(after.papules.xy, before.papules.xy * (1.2, 0.8))
    plain = sample_document()
    plain_regions = plain.regions
    c.History(plain).push(c.SetTemplate(plain, ref))
    assert plain.regions == plain_regions and plain.template == ref


def test_previous_session_papules_shift_the_new_lattice_between_them() -> None:
    square = Region("s" * 32, "Square", "#000000", box(0, 0, 10, 10), "auto",
                    sample_document().regions[0].technique.replace(margin_cm=0.0))
    first = LAYOUTER.layout(square, square.papules)
    previous_xy = first.xy
    last_session = MapDocument(template_ref(), [square.replace(papules=first)])
    repeat = EngineLayouter(previous=previous_session(last_session))
    shifted = repeat.layout(square, square.papules)
    d = np.linalg.norm(shifted.xy[:, None] - previous_xy[None], axis=2).min(axis=1)
    assert d.mean() >= 0.45 * square.technique.spacing_cm
