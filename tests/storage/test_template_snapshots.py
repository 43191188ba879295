"""A stored session keeps the template it was planned on (revision 0006, template_snapshots):
saving a map stores the template's snapshot once per content; after the installed file changes
or disappears, the session resolves to the stored outline; rows are append-only and inserting
one is not blocked by signed sessions; a session whose template is neither installed nor stored
gets a sentence and nothing is written; an altered snapshot is refused."""

from __future__ import annotations

import json
from typing import Any

import pytest
import sqlalchemy as sa

from mesomap.core.document import TemplateRef
from mesomap.core.templates import PatientFit, Template, load_library
from mesomap.storage import template_snapshots
from mesomap.storage.engine import Database
from mesomap.storage.errors import SignedRecordError
from mesomap.storage.models import TemplateSnapshot
from mesomap.storage.repository.sheets import SheetRepository
from mesomap.storage.template_snapshots import (
    TemplateUnavailableError,
    read_snapshot,
    resolve_stored_template,
)
from tests.storage.helpers import dump_tables
from tests.storage.snapshot_helpers import (
    TEMPLATE_ID,
    Practice,
    install_template,
    make_practice,
    outline_wkb,
    plan_on,
    ref_of,
    remove_template,
)


@pytest.fixture
def practice(db: Database) -> Practice:
    return make_practice(db)


def _rows(db: Database) -> list[Any]:
    with db.engine.connect() as conn:
        return conn.execute(sa.select(TemplateSnapshot.__table__).order_by(  # type: ignore[arg-type]
            TemplateSnapshot.content_hash)).all()


def test_saving_maps_stores_each_template_content_once(practice: Practice) -> None:
    original = install_template()
    first = plan_on(practice, ref_of(original))
    second = plan_on(practice, ref_of(original), days=2)
    rows = _rows(practice.db)
    assert [(r.content_hash, r.template_id, r.template_version) for r in rows] == [
        (original.content_hash, TEMPLATE_ID, 1)]
    rebuilt = Template.from_snapshot(json.loads(rows[0].snapshot_json))
    assert rebuilt.content_hash == original.content_hash
    assert outline_wkb(rebuilt) == outline_wkb(original)
    # both sessions name that row; a second content gets its own
    with practice.db.session(read_only=True) as s:
        for sid in (first, second):
            snap = template_snapshots.session_snapshot(s, sid)
            assert snap is not None and snap["content_hash"] == original.content_hash
    changed = install_template(scale=1.03)
    plan_on(practice, ref_of(changed), days=3)
    assert {r.content_hash for r in _rows(practice.db)} == {original.content_hash,
                                                           changed.content_hash}


def test_changed_then_removed_template_resolves_to_the_stored_outline(practice: Practice) -> None:
    original = install_template()
    sid = plan_on(practice, ref_of(original))
    changed = install_template(scale=1.03)  # same id and version, new content
    assert changed.content_hash != original.content_hash
    assert outline_wkb(changed) != outline_wkb(original)
    rec = practice.rec()
    ref = rec.sessions.open(sid).map.template  # type: ignore[union-attr]

    library = load_library()
    assert library.get(TEMPLATE_ID, 1).content_hash == changed.content_hash  # installed now
    editor_template = rec.sessions.template(ref, library)  # what the session editor draws
    assert editor_template.content_hash == original.content_hash
    assert outline_wkb(editor_template) == outline_wkb(original)
    sheet = SheetRepository(practice.db, practice.doctor).get(sid)
    assert sheet.template_snapshot is not None
    printed = resolve_stored_template(library, sheet.map.template, sheet.template_snapshot)  # type: ignore[union-attr]
    assert outline_wkb(printed) == outline_wkb(original)

    remove_template()
    library = load_library()
    assert TEMPLATE_ID not in library
    assert outline_wkb(rec.sessions.template(ref, library)) == outline_wkb(original)
    # saving the map again (template no longer installed) keeps the stored row as it was
    plan = rec.sessions.open(sid)
    rec.sessions.save_map(sid, plan.map, plan.map_version)  # type: ignore[arg-type]
    assert [r.content_hash for r in _rows(practice.db)] == [original.content_hash]


def test_installed_copy_is_used_when_it_matches(practice: Practice) -> None:
    original = install_template()
    sid = plan_on(practice, ref_of(original))
    library = load_library()
    ref = practice.rec().sessions.open(sid).map.template  # type: ignore[union-attr]
    assert practice.rec().sessions.template(ref, library) is library.get(TEMPLATE_ID, 1)


def test_snapshots_are_append_only_and_signed_sessions_do_not_block_new_ones(
        practice: Practice) -> None:
    original = install_template()
    signed = plan_on(practice, ref_of(original))
    with practice.db.engine.begin() as conn:
        conn.execute(sa.text("UPDATE session SET status = 'signed' WHERE id = :i"), {"i": signed})
    with pytest.raises(SignedRecordError):  # the 0005 triggers still hold
        plan = practice.rec().sessions.open(signed)
        practice.rec().sessions.save_map(signed, plan.map, plan.map_version)  # type: ignore[arg-type]

    other = install_template(template_id="snapshot_test_other")
    plan_on(practice, ref_of(other), days=2)  # a new snapshot row while a session is signed
    assert {r.content_hash for r in _rows(practice.db)} == {original.content_hash,
                                                           other.content_hash}
    before = _rows(practice.db)
    for statement in ("UPDATE template_snapshots SET snapshot_json = '{}'",
                      "UPDATE template_snapshots SET template_version = 2",
                      "DELETE FROM template_snapshots"):
        with pytest.raises(sa.exc.DBAPIError) as info, practice.db.engine.begin() as conn:
            conn.execute(sa.text(statement))
        assert "template snapshots cannot be changed" in str(info.value)
    assert _rows(practice.db) == before
    # the signed session still resolves to its stored outline once the file is gone
    remove_template()
    ref = practice.rec().sessions.open(signed).map.template  # type: ignore[union-attr]
    assert outline_wkb(practice.rec().sessions.template(ref, load_library())) == outline_wkb(original)


def test_storing_twice_inserts_nothing(practice: Practice) -> None:
    original = install_template()
    with practice.db.session() as s:
        assert template_snapshots.store_snapshot(s, original) is True
        assert template_snapshots.store_snapshot(s, original) is False
        assert template_snapshots.ensure_snapshot(s, ref_of(original)) is False
    assert len(_rows(practice.db)) == 1


def test_template_neither_installed_nor_stored_says_what_to_do(practice: Practice) -> None:
    gone = TemplateRef("retired_template", 3, "ab" * 32, PatientFit.identity())
    sid = plan_on(practice, gone)
    assert _rows(practice.db) == []  # not installed when saved: nothing to copy
    with practice.db.engine.connect() as conn:
        before = dump_tables(conn)
    with pytest.raises(TemplateUnavailableError) as info:
        practice.rec().sessions.template(gone, load_library())
    message = info.value.message
    assert "retired_template" in message and "version 3" in message
    assert "no longer installed" in message and "Install that template version again" in message
    assert "Nothing was changed" in message
    sheet = SheetRepository(practice.db, practice.doctor).get(sid)
    assert sheet.template_snapshot is None
    with pytest.raises(TemplateUnavailableError):
        resolve_stored_template(load_library(), gone, sheet.template_snapshot)
    with practice.db.engine.connect() as conn:
        assert dump_tables(conn) == before


def test_map_saved_without_a_snapshot_uses_the_installed_version(practice: Practice) -> None:
    """Maps saved before revision 0006 (or on content that was not installed): drawn on the
    installed file of the same id and version, as before snapshots existed."""
    installed = load_library().get("lower_back")
    old = TemplateRef("lower_back", installed.version, "cd" * 32, PatientFit.identity())
    plan_on(practice, old)
    assert _rows(practice.db) == []
    assert practice.rec().sessions.template(old, load_library()).content_hash == installed.content_hash


def test_altered_snapshot_is_refused_with_a_sentence(practice: Practice) -> None:
    original = install_template()
    snapshot = original.snapshot()
    snapshot["document"]["width_cm"] = snapshot["document"]["width_cm"] + 1.0  # altered copy
    with practice.db.session() as s:
        s.add(TemplateSnapshot(content_hash=original.content_hash, template_id=original.id,
                               template_version=1, snapshot_json=json.dumps(snapshot)))
    sid = plan_on(practice, ref_of(original))
    install_template(scale=1.03)
    with practice.db.session(read_only=True) as s:
        assert read_snapshot(s, original.content_hash) == snapshot  # the altered row was kept
    ref = practice.rec().sessions.open(sid).map.template  # type: ignore[union-attr]
    with pytest.raises(TemplateUnavailableError) as info:
        practice.rec().sessions.template(ref, load_library())
    assert "altered" in info.value.message and "Restore the database from a backup" in info.value.message


def test_demo_seeding_stores_the_templates_of_its_maps(db: Database) -> None:
    from mesomap.storage.seed import seed_demo

    seed_demo(db.engine, patients=3)
    with db.engine.connect() as conn:
        used = set(conn.execute(sa.text(
            "SELECT DISTINCT template_content_hash FROM session_map")).scalars())
        signed = conn.execute(sa.text("SELECT count(*) FROM session WHERE status = 'signed'")).scalar()
    rows = _rows(db)
    assert used and {r.content_hash for r in rows} == used
    assert signed  # the demo's signed sessions print on their stored templates too
    library = load_library()
    for r in rows:
        assert Template.from_snapshot(json.loads(r.snapshot_json)).content_hash == \
            library.get(r.template_id, r.template_version).content_hash == r.content_hash
    seed_demo(db.engine, patients=1)  # a second seeding adds only what is missing
    assert {r.content_hash for r in _rows(db)} >= used
    assert len({r.content_hash for r in _rows(db)}) == len(_rows(db))
