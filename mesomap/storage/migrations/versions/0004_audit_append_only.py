"""audit_log is append-only: triggers refuse UPDATE and DELETE (and TRUNCATE on PostgreSQL)

The audit trail is hash-chained (mesomap.storage.audit); these triggers stop the application
and careless SQL from editing it. No table is rebuilt. The DDL is written out here (not imported
from mesomap.storage.audit) so this revision keeps doing what it did when it was written. A later
revision that rebuilds ``audit_log`` on SQLite (batch mode) must create these triggers again.

Revision ID: 0004_audit_append_only
Revises: 0003_session_map_fit_mode
"""
from collections.abc import Sequence

from alembic import op

revision: str = "0004_audit_append_only"
down_revision: str | Sequence[str] | None = "0003_session_map_fit_mode"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SQLITE_UP = (
    "CREATE TRIGGER IF NOT EXISTS audit_log_no_update BEFORE UPDATE ON audit_log "
    "BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END",
    "CREATE TRIGGER IF NOT EXISTS audit_log_no_delete BEFORE DELETE ON audit_log "
    "BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END",
)
SQLITE_DOWN = (
    "DROP TRIGGER IF EXISTS audit_log_no_update",
    "DROP TRIGGER IF EXISTS audit_log_no_delete",
)
PG_UP = (
    "CREATE OR REPLACE FUNCTION mesomap_audit_append_only() RETURNS trigger "
    "LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'audit_log is append-only'; END $$",
    "DROP TRIGGER IF EXISTS audit_log_no_update ON audit_log",
    "CREATE TRIGGER audit_log_no_update BEFORE UPDATE OR DELETE ON audit_log "
    "FOR EACH ROW EXECUTE FUNCTION mesomap_audit_append_only()",
    "DROP TRIGGER IF EXISTS audit_log_no_truncate ON audit_log",
    "CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log "
    "FOR EACH STATEMENT EXECUTE FUNCTION mesomap_audit_append_only()",
)
PG_DOWN = (
    "DROP TRIGGER IF EXISTS audit_log_no_update ON audit_log",
    "DROP TRIGGER IF EXISTS audit_log_no_truncate ON audit_log",
    "DROP FUNCTION IF EXISTS mesomap_audit_append_only()",
)


def upgrade() -> None:
    for statement in SQLITE_UP if op.get_bind().dialect.name == "sqlite" else PG_UP:
        op.execute(statement)


def downgrade() -> None:
    for statement in SQLITE_DOWN if op.get_bind().dialect.name == "sqlite" else PG_DOWN:
        op.execute(statement)
