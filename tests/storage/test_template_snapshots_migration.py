"""Revision 0006 on a database made at 0005 with sessions (signed ones included): every row is
kept, the new table starts empty with its append-only triggers, the signed-record triggers still
hold, and the sessions saved before it resolve as before (installed file of the same version)
or, when that template is not installed, say so in a sentence without writing anything."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from mesomap.core.document import TemplateRef
from mesomap.core.templates import PatientFit, load_library
from mesomap.storage import immutability
from mesomap.storage.engine import make_engine, open_database
from mesomap.storage.models import SessionMap
from mesomap.storage.revisions import HEAD_REVISION
from mesomap.storage.template_snapshots import (
    TemplateUnavailableError,
    read_snapshot,
    resolve_stored_template,
    store_snapshot,
)
from tests.storage.helpers import (
    create_at_revision,
    dump_tables,
    populate_every_table,
    table_counts,
)

NEW_TABLES = {"template_snapshots"}


def test_upgrade_from_0005_keeps_every_row_and_adds_an_empty_append_only_table(db_url: str) -> None:
    create_at_revision(db_url, "0005_signed_immutable")
    engine = make_engine(sa.make_url(db_url))
    try:
        with engine.connect() as conn, conn.begin():
            inserted = populate_every_table(conn, skip_tables=NEW_TABLES)
            # one map on a shipped template (content changed since: another hash), one on a
            # template that is not installed at all
            conn.execute(sa.text("UPDATE session_map SET template_id = 'lower_back', "
                                 "template_version = 1 WHERE id = (SELECT min(id) FROM session_map)"))
        with engine.connect() as conn:
            counts = table_counts(conn, skip_tables=NEW_TABLES)
            dump = dump_tables(conn, skip_tables=NEW_TABLES)
            signed = conn.execute(sa.text("SELECT count(*) FROM session WHERE status = 'signed'")).scalar()
    finally:
        engine.dispose()
    assert inserted["session_map"] == 3 and signed  # sessions, some of them signed

    with open_database(db_url) as db:
        with db.engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == HEAD_REVISION
            assert table_counts(conn, skip_tables=NEW_TABLES) == counts
            assert dump_tables(conn, skip_tables=NEW_TABLES) == dump
            assert conn.execute(sa.text("SELECT count(*) FROM template_snapshots")).scalar() == 0
            names = immutability.trigger_names(conn)
            assert len(names) == immutability.expected_trigger_count(conn.dialect.name)
            if conn.dialect.name == "sqlite":
                assert conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall() == []

        # the populated rows are not drawable maps; their template references are what counts
        with db.session(read_only=True) as s:
            refs = [TemplateRef(r.template_id, r.template_version, r.template_content_hash,
                                PatientFit.identity())
                    for r in s.execute(sa.select(SessionMap).order_by(SessionMap.id)).scalars()]
            assert all(read_snapshot(s, ref.content_hash) is None for ref in refs)
        library = load_library()
        first, *others = refs
        assert first.template_id == "lower_back"
        # saved before snapshots: the installed file of that version, as before
        assert resolve_stored_template(library, first, None) is library.get("lower_back", 1)
        # not installed and no snapshot: a sentence, nothing written
        for ref in others:
            with pytest.raises(TemplateUnavailableError) as info:
                resolve_stored_template(library, ref, None)
            assert ref.template_id in info.value.message
            assert "no longer installed" in info.value.message
        with db.engine.connect() as conn:
            assert dump_tables(conn, skip_tables=NEW_TABLES) == dump

        # the new table takes rows; signed sessions do not stop it; rows are never changed
        template = library.get("lower_back", 1)
        with db.session() as s:
            assert store_snapshot(s, template)
        with db.session(read_only=True) as s:
            assert read_snapshot(s, template.content_hash) == template.snapshot()
        for statement in ("UPDATE template_snapshots SET template_id = 'x'",
                          "DELETE FROM template_snapshots"):
            with pytest.raises(sa.exc.DBAPIError), db.engine.begin() as conn:
                conn.execute(sa.text(statement))
        with db.engine.connect() as conn:
            assert conn.execute(sa.text("SELECT count(*) FROM template_snapshots")).scalar() == 1
            assert dump_tables(conn, skip_tables=NEW_TABLES) == dump
        ref = TemplateRef("lower_back", 1, template.content_hash, PatientFit.identity())
        assert resolve_stored_template(load_library(include_shipped=False), ref,
                                       template.snapshot()).content_hash == template.content_hash


def test_downgrade_to_0005_removes_the_table(sqlite_url: str) -> None:
    from alembic import command

    from mesomap.storage.migrations import alembic_config

    create_at_revision(sqlite_url, HEAD_REVISION)
    engine = make_engine(sa.make_url(sqlite_url))
    try:
        with engine.connect() as conn, conn.begin():
            command.downgrade(alembic_config(conn), "0005_signed_immutable")
        with engine.connect() as conn:
            assert "template_snapshots" not in sa.inspect(conn).get_table_names()
            assert not conn.exec_driver_sql(
                "SELECT name FROM sqlite_master WHERE name LIKE 'template_snapshots%'").fetchall()
    finally:
        engine.dispose()


def test_upgrade_stores_the_installed_templates_of_older_maps(db_url: str) -> None:
    """Right after the upgrade, a map saved before 0006 whose template file is still installed
    unchanged gets that template stored with it; one whose content is not installed gets none."""
    create_at_revision(db_url, "0005_signed_immutable")
    installed = load_library().get("lower_back", 1)
    engine = make_engine(sa.make_url(db_url))
    try:
        with engine.connect() as conn, conn.begin():
            populate_every_table(conn, skip_tables=NEW_TABLES)
            first = conn.execute(sa.text("SELECT min(id) FROM session_map")).scalar()
            conn.execute(sa.text("UPDATE session_map SET template_id = 'lower_back', template_version = 1, "
                                 "template_content_hash = :h WHERE id = :id"),
                         {"h": installed.content_hash, "id": first})
            hashes = set(conn.execute(sa.text("SELECT template_content_hash FROM session_map")).scalars())
    finally:
        engine.dispose()
    assert len(hashes) > 1  # other maps name contents that are not installed

    with open_database(db_url) as db, db.engine.connect() as conn:
        rows = conn.execute(sa.text(
            "SELECT content_hash, template_id, template_version FROM template_snapshots")).all()
        assert [tuple(r) for r in rows] == [(installed.content_hash, "lower_back", 1)]
        stored = read_snapshot(conn, installed.content_hash)
    assert stored is not None
