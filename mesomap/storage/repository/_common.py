"""Helpers shared by the repositories: conflict detection, actor names, integrity errors."""

from __future__ import annotations

import datetime as dt
from typing import Any, TypeVar

import sqlalchemy as sa
from sqlalchemy.orm import Session

from mesomap.storage.errors import ConflictError, NotFoundError
from mesomap.storage.models import UserAccount

T = TypeVar("T")


def user_name(session: Session, user_id: int | None) -> str | None:
    """Display name of a user account, or None."""
    if user_id is None:
        return None
    return session.execute(
        sa.select(UserAccount.display_name).where(UserAccount.id == user_id)
    ).scalar()


def get_or_404(session: Session, model: type[T], key: Any, record: str) -> T:
    row = session.get(model, key)
    if row is None:
        raise NotFoundError(record=record)
    return row


def conflict_for(session: Session, model: type[Any], key: Any, record: str) -> ConflictError:
    """A ConflictError naming who last changed the row (re-read fresh), or 'deleted'."""
    session.rollback()
    row = session.execute(
        sa.select(model.updated_by, model.updated_at).where(model.__mapper__.primary_key[0] == key)
    ).first()
    if row is None:
        return ConflictError(record, None, None)
    changed_by = user_name(session, row[0])
    changed_at: dt.datetime | None = row[1]
    return ConflictError(record, changed_by, changed_at or dt.datetime.now(dt.UTC))


def lock_for_update(
    session: Session, model: type[T], key: Any, expected_version: int, record: str
) -> T:
    """Load the row to change; ConflictError if it is gone or its version moved on.

    The UPDATE that follows is also guarded by ``version_id_col`` (``WHERE version = ...``), so a
    writer that slips in between raises ``StaleDataError``, which callers turn into a conflict.
    """
    row = session.get(model, key, populate_existing=True)
    if row is None or row.version != expected_version:  # type: ignore[attr-defined]
        raise conflict_for(session, model, key, record)
    return row
