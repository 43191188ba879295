"""The immutability triggers after running every migration from the first revision, after a
downgrade/upgrade cycle, and the revision graph's single head."""

from __future__ import annotations

import sqlalchemy as sa
from alembic import command

from mesomap.storage import immutability
from mesomap.storage.engine import make_engine, open_database
from mesomap.storage.migrations import alembic_config, script_directory
from mesomap.storage.revisions import HEAD_REVISION
from tests.records.conftest import make_clinic
from tests.records.test_signing import assert_raw_sql_refused, signed_session
from tests.storage.helpers import create_at_revision


def test_single_head_and_constants() -> None:
    heads = script_directory().get_heads()
    assert heads == [HEAD_REVISION]


def test_triggers_hold_after_all_migrations_from_first_revision(db_url: str) -> None:
    create_at_revision(db_url, "0001_initial")
    db = open_database(db_url)  # upgrades 0001 → head
    try:
        with db.engine.connect() as conn:
            assert len(immutability.trigger_names(conn)) == \
                immutability.expected_trigger_count(conn.dialect.name)
        clinic = make_clinic(db)
        sid = signed_session(clinic)
        assert_raw_sql_refused(clinic, sid)
        assert clinic.rec().signing.verify(sid).ok
    finally:
        db.close()


def test_downgrade_removes_and_upgrade_restores(db_url: str) -> None:
    db = open_database(db_url)
    db.close()
    engine = make_engine(sa.make_url(db_url))
    try:
        with engine.connect() as conn, conn.begin():
            command.downgrade(alembic_config(conn), "0004_audit_append_only")
        with engine.connect() as conn:
            assert immutability.trigger_names(conn) == set()
        with engine.connect() as conn, conn.begin():
            command.upgrade(alembic_config(conn), "head")
        with engine.connect() as conn:
            assert len(immutability.trigger_names(conn)) == \
                immutability.expected_trigger_count(conn.dialect.name)
    finally:
        engine.dispose()


def test_install_is_idempotent(sqlite_url: str) -> None:
    db = open_database(sqlite_url)
    try:
        with db.engine.connect() as conn, conn.begin():
            for _ in range(2):
                immutability.install_triggers(conn)
        with db.engine.connect() as conn:
            assert len(immutability.trigger_names(conn)) == immutability.expected_trigger_count("sqlite")
    finally:
        db.close()
