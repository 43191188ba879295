"""Alembic migrations of mesomap's schema, configured programmatically (no alembic.ini).

``alembic_config(connection)`` gives a Config whose env.py runs on the caller's connection and
transaction. Developers create a revision with ``tools``-free Python::

    from alembic import command
    from mesomap.storage.migrations import alembic_config
    command.revision(alembic_config(url="sqlite:///dev.sqlite"), "message", autogenerate=True)
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from alembic.config import Config
from alembic.script import ScriptDirectory

MIGRATIONS_DIR = Path(__file__).resolve().parent


def alembic_config(connection: Any | None = None, *, url: str | None = None) -> Config:
    """Alembic configuration for mesomap's migrations, bound to ``connection`` (or ``url``)."""
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.set_main_option("version_path_separator", "os")
    if url is not None:
        cfg.set_main_option("sqlalchemy.url", url)
    cfg.attributes["connection"] = connection
    return cfg


def script_directory() -> ScriptDirectory:
    """The revisions this mesomap knows."""
    return ScriptDirectory.from_config(alembic_config())


def head_revision() -> str:
    """The newest revision this mesomap knows."""
    head = script_directory().get_current_head()
    assert head is not None
    return head


def known_revisions() -> set[str]:
    """Every revision id this mesomap knows."""
    return {rev.revision for rev in script_directory().walk_revisions()}
