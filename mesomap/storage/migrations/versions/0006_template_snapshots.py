"""template_snapshots: one stored copy of each template content a session map was saved on

A session's map records its template by id, version and content hash; until this revision the
template itself was whatever file was installed when the session was drawn or printed. This
table keeps ``Template.snapshot()`` (JSON text) keyed by the content hash, one row per distinct
content shared by every session that used it, written by ``mesomap.storage.maps.save_map`` in
the map's own transaction. Maps saved before this revision have no row; they are drawn on the
installed template as before (``mesomap.storage.template_snapshots``).

The rows are append-only: triggers refuse UPDATE and DELETE (and TRUNCATE on PostgreSQL).
INSERT stays allowed, also while a session is signed elsewhere: the signed-record triggers of
0005 guard other tables only. The DDL is written out here so this revision keeps doing what it
did when it was written. A new table: nothing is rebuilt, no other trigger is touched.

Revision ID: 0006_template_snapshots
Revises: 0005_signed_immutable
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006_template_snapshots"
down_revision: str | Sequence[str] | None = "0005_signed_immutable"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

MESSAGE = "mesomap: template snapshots cannot be changed"

SQLITE_UP = (
    "CREATE TRIGGER IF NOT EXISTS template_snapshots_no_update BEFORE UPDATE ON template_snapshots "
    f"BEGIN SELECT RAISE(ABORT, '{MESSAGE}'); END",
    "CREATE TRIGGER IF NOT EXISTS template_snapshots_no_delete BEFORE DELETE ON template_snapshots "
    f"BEGIN SELECT RAISE(ABORT, '{MESSAGE}'); END",
)
SQLITE_DOWN = (
    "DROP TRIGGER IF EXISTS template_snapshots_no_update",
    "DROP TRIGGER IF EXISTS template_snapshots_no_delete",
)
PG_UP = (
    "CREATE OR REPLACE FUNCTION mesomap_template_snapshots_append_only() RETURNS trigger "
    f"LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION '{MESSAGE}' "
    "USING ERRCODE = 'restrict_violation'; END $$",
    "DROP TRIGGER IF EXISTS template_snapshots_append_only ON template_snapshots",
    "CREATE TRIGGER template_snapshots_append_only BEFORE UPDATE OR DELETE ON template_snapshots "
    "FOR EACH ROW EXECUTE FUNCTION mesomap_template_snapshots_append_only()",
    "DROP TRIGGER IF EXISTS template_snapshots_no_truncate ON template_snapshots",
    "CREATE TRIGGER template_snapshots_no_truncate BEFORE TRUNCATE ON template_snapshots "
    "FOR EACH STATEMENT EXECUTE FUNCTION mesomap_template_snapshots_append_only()",
)
PG_DOWN = (
    "DROP TRIGGER IF EXISTS template_snapshots_append_only ON template_snapshots",
    "DROP TRIGGER IF EXISTS template_snapshots_no_truncate ON template_snapshots",
    "DROP FUNCTION IF EXISTS mesomap_template_snapshots_append_only()",
)


def upgrade() -> None:
    op.create_table(
        "template_snapshots",
        sa.Column("content_hash", sa.String(length=64), nullable=False),
        sa.Column("template_id", sa.String(length=128), nullable=False),
        sa.Column("template_version", sa.Integer(), nullable=False),
        sa.Column("snapshot_json", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("content_hash", name=op.f("pk_template_snapshots")),
    )
    for statement in SQLITE_UP if op.get_bind().dialect.name == "sqlite" else PG_UP:
        op.execute(statement)


def downgrade() -> None:
    for statement in SQLITE_DOWN if op.get_bind().dialect.name == "sqlite" else PG_DOWN:
        op.execute(statement)
    op.drop_table("template_snapshots")
