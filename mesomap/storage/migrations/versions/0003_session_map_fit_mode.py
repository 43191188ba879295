"""session_map.fit_mode: the patient fit's mode, so a stored map loads equal to the saved one

Existing maps were all fitted with the uniform mode (the only one before this revision).
ADD COLUMN with a server default: no table rebuild on SQLite.

Revision ID: 0003_session_map_fit_mode
Revises: 0002_session_check_in
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003_session_map_fit_mode"
down_revision: str | Sequence[str] | None = "0002_session_check_in"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("session_map") as batch_op:
        batch_op.add_column(
            sa.Column("fit_mode", sa.String(length=16), nullable=False, server_default="uniform")
        )


def downgrade() -> None:
    with op.batch_alter_table("session_map") as batch_op:
        batch_op.drop_column("fit_mode")
