"""Helpers shared by the clinical-record repositories (``records_*.py``)."""

from __future__ import annotations

import contextlib
import datetime as dt
import enum
from collections.abc import Callable, Iterator
from typing import Any, TypeVar

import sqlalchemy as sa
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from mesomap.core.i18n import QT_TRANSLATE_NOOP
from mesomap.core.records import RecordWarning
from mesomap.storage import audit
from mesomap.storage.engine import Database
from mesomap.storage.errors import InvalidInputError, NotFoundError, SignedRecordError
from mesomap.storage.immutability import is_immutability_error
from mesomap.storage.models import SessionStatus, TreatmentSession, UserAccount
from mesomap.storage.permissions import ActorLike, Permission, actor_id_of, require
from mesomap.storage.repository._common import conflict_for

SESSION = "session"


class RecordsBase:
    """One database and the acting user (an ``Actor`` or an account id)."""

    def __init__(self, db: Database, actor_id: ActorLike = None) -> None:
        self.db = db
        self.actor = actor_id
        self.actor_id = actor_id_of(actor_id)

    @contextlib.contextmanager
    def _write(self, permission: Permission) -> Iterator[Session]:
        """A write transaction after checking ``permission``; trigger refusals become
        ``SignedRecordError``."""
        try:
            with self.db.session() as session:
                require(session, self.actor, permission)
                yield session
        except sa.exc.DBAPIError as exc:
            if is_immutability_error(exc):
                raise SignedRecordError(record=SESSION) from exc
            raise

    @contextlib.contextmanager
    def _read(self) -> Iterator[Session]:
        with self.db.session(read_only=True) as session:
            require(session, self.actor, Permission.PATIENT_READ)
            yield session

    def _audit(self, session: Session, action: str, table: str, key: object,
               patient_id: int | None, details: dict[str, Any]) -> None:
        audit.record(session, self.actor, action, table=table, record_id=key,
                     patient_id=patient_id, details=details)


def flush_or_conflict(session: Session, model: type[Any], key: Any, record: str) -> None:
    try:
        session.flush()
    except StaleDataError:
        raise conflict_for(session, model, key, record) from None


def session_row(session: Session, session_id: int, *, lock: bool = False) -> TreatmentSession:
    """The session row (``NotFoundError`` if none). ``lock``: ``SELECT ... FOR UPDATE`` on
    PostgreSQL, so every change of a session's record and its signing are serialised (SQLite's
    write transactions are serialised by ``BEGIN IMMEDIATE`` already)."""
    row = session.get(TreatmentSession, session_id, with_for_update=lock or None,
                      populate_existing=lock)
    if row is None:
        raise NotFoundError(record=SESSION)
    return row


def unsigned_session(session: Session, session_id: int) -> TreatmentSession:
    """The session row, locked for the transaction, or ``SignedRecordError`` when it is signed."""
    row = session_row(session, session_id, lock=True)
    if row.status == SessionStatus.SIGNED:
        raise SignedRecordError(record=SESSION)
    return row


def names(session: Session, ids: set[int | None]) -> dict[int, str]:
    wanted = {i for i in ids if i is not None}
    if not wanted:
        return {}
    rows = session.execute(
        sa.select(UserAccount.id, UserAccount.display_name).where(UserAccount.id.in_(wanted)))
    return {int(i): str(n) for i, n in rows}


def require_aware(value: dt.datetime | None, field: str) -> None:
    if value is not None and (value.tzinfo is None or value.utcoffset() is None):
        raise InvalidInputError(
            QT_TRANSLATE_NOOP("storage", "The time has no time zone; it cannot be stored."),
            field=field)


def required_text(value: str, field: str) -> str:
    text = value.strip()
    if not text:
        raise InvalidInputError(QT_TRANSLATE_NOOP("storage", "This field is required."),
                                field=field)
    return text


def local_day(value: dt.datetime, tz: dt.tzinfo | None = None) -> dt.date:
    """The calendar day of an instant in ``tz`` (default: this computer's zone)."""
    return value.astimezone(tz).date() if tz is not None else value.astimezone().date()


class RuleRefusedError(InvalidInputError):
    """A record rule refused the action (an expired lot, an incomplete checklist): ``warning`` is
    the rule's ``RecordWarning``, whose template is translated with the context "records"."""

    def __init__(self, warning: RecordWarning, *, field: str) -> None:
        self.warning = warning
        super().__init__(warning.template, field=field, **dict(warning.params))

    def translated(self, translate: Callable[[str, str], str]) -> str:
        return self.warning.translated(translate)


E = TypeVar("E", bound=enum.Enum)


def enum_value(kind: type[E], value: object, field: str) -> E:
    """``kind(value)``, or ``InvalidInputError(field=...)`` for a value outside the list."""
    try:
        return kind(value)
    except ValueError:
        raise InvalidInputError(QT_TRANSLATE_NOOP(
            "storage", "“{value}” is not one of the allowed choices."), field=field,
            value=value) from None
