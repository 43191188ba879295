"""Signed sessions are immutable: triggers refuse UPDATE/DELETE of a signed session and its
record rows (map, regions, mixtures, papules, checklist answers, actuals, adverse events,
outcome measures), and of any signature or amendment (SQLite and PostgreSQL).

The DDL lives in ``mesomap.storage.immutability.install_triggers``, which every later revision
that rebuilds one of these tables calls again at its end (see docs/records.md). No table is
rebuilt here.

Revision ID: 0005_signed_immutable
Revises: 0004_audit_append_only
"""
from collections.abc import Sequence

from alembic import op

from mesomap.storage import immutability

revision: str = "0005_signed_immutable"
down_revision: str | Sequence[str] | None = "0004_audit_append_only"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    immutability.install_triggers(op.get_bind())


def downgrade() -> None:
    immutability.drop_triggers(op.get_bind())
