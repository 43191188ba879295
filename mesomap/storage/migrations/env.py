"""Alembic environment: runs migrations on the connection mesomap hands over.

mesomap calls Alembic from ``mesomap.storage.schema`` with ``config.attributes["connection"]`` set
and the transaction already open (so creation/upgrade plus the marker commit together). With only
``sqlalchemy.url`` set (developers autogenerating a revision) it opens its own engine.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import context

from mesomap.storage.models import metadata


def _run(connection: sa.Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
        transactional_ddl=True,
    )
    with context.begin_transaction():
        context.run_migrations()


config = context.config
connection = config.attributes.get("connection")
if connection is not None:
    _run(connection)
else:
    url = config.get_main_option("sqlalchemy.url")
    if not url:
        raise RuntimeError("mesomap migrations need a connection or sqlalchemy.url")
    engine = sa.create_engine(url)
    with engine.begin() as conn:
        _run(conn)
    engine.dispose()
