"""session: arrival time for the front desk's Today view; number_in_course must be >= 1

Adding a CHECK constraint rebuilds the ``session`` table on SQLite (batch mode: create a new
table, copy, drop the old one). ``session`` has children with ON DELETE CASCADE (its map,
regions, papules...), so this revision only runs with foreign keys OFF (mesomap.storage.schema
does that and runs ``PRAGMA foreign_key_check`` afterwards) — the test that migrates a populated
database proves no child row is lost.

Revision ID: 0002_session_check_in
Revises: 0001_initial
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002_session_check_in"
down_revision: str | Sequence[str] | None = "0001_initial"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.execute("UPDATE session SET number_in_course = NULL WHERE number_in_course < 1")
    with op.batch_alter_table("session", recreate="auto") as batch_op:
        batch_op.add_column(sa.Column("checked_in_at", sa.DateTime(timezone=True), nullable=True))
        batch_op.create_check_constraint(
            "number_in_course_positive", "number_in_course IS NULL OR number_in_course >= 1"
        )


def downgrade() -> None:
    with op.batch_alter_table("session", recreate="auto") as batch_op:
        batch_op.drop_constraint("number_in_course_positive", type_="check")
        batch_op.drop_column("checked_in_at")
