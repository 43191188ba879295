"""Errors the storage layer raises at its boundary, each with a sentence for the user.

Every error has ``message_template`` (a literal marked with ``QT_TRANSLATE_NOOP`` in the
``"storage"`` context, with ``{name}`` placeholders), ``message_args`` and ``message`` (the English
sentence, formatted). The GUI shows ``err.translated(translate)``, which translates the template
first and formats afterwards, so translations find their source string. The technical cause is
chained (``raise ... from exc``) and goes to the log, never to the user.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from mesomap.core.i18n import QT_TRANSLATE_NOOP

CONTEXT = "storage"


class StorageError(Exception):
    """Base of everything mesomap.storage raises on purpose."""

    default_template: str = QT_TRANSLATE_NOOP(
        "storage", "The database could not be used. The log file has the technical details."
    )

    def __init__(self, message_template: str | None = None, /, **message_args: Any) -> None:
        self.message_template = message_template or self.default_template
        self.message_args = message_args
        self.message = self.message_template.format(**message_args)
        super().__init__(self.message)

    def translated(self, translate: Callable[[str, str], str]) -> str:
        """The message in the user's language: ``translate(context, template)``, then formatted."""
        return translate(CONTEXT, self.message_template).format(**self.message_args)


class DatabaseUnavailableError(StorageError):
    """Wrong URL, missing driver, unreachable or refusing server, unwritable folder."""

    default_template = QT_TRANSLATE_NOOP(
        "storage",
        "mesomap could not open the database at {url}. Check the address, that the server is "
        "running and that you may use it, then try again.",
    )


class NetworkLocationError(StorageError):
    """A SQLite file on a network share or a cloud-synced folder."""

    default_template = QT_TRANSLATE_NOOP(
        "storage",
        "The database file {path} is on a network or cloud-synchronised location ({reason}). "
        "SQLite files there can be corrupted when two computers or the sync service write at "
        "the same time, so mesomap refuses to use it. Keep the file on this computer's own "
        "disk, or let several workstations share a PostgreSQL server (--db postgresql+psycopg://...).",
    )


class ForeignDatabaseError(StorageError):
    """A non-empty database that mesomap did not create."""

    default_template = QT_TRANSLATE_NOOP(
        "storage",
        "{location} already holds data that does not belong to mesomap. mesomap left it "
        "untouched. Choose another file or an empty database.",
    )


class NewerSchemaError(StorageError):
    """The database was written by a newer mesomap."""

    default_template = QT_TRANSLATE_NOOP(
        "storage",
        "This database was last used by a newer version of mesomap (schema {revision}). "
        "Install that version or a later one to open it; this version left it untouched.",
    )


class CorruptDatabaseError(StorageError):
    """The file is not a readable SQLite database (random bytes, truncated, damaged)."""

    default_template = QT_TRANSLATE_NOOP(
        "storage",
        "The file {path} is damaged or is not a mesomap database, so it cannot be opened. "
        "mesomap did not change it. Restore it from a backup or choose another file.",
    )


class MigrationError(StorageError):
    """Upgrading an older database failed; the database was left as it was."""

    default_template = QT_TRANSLATE_NOOP(
        "storage",
        "Updating the database to this version of mesomap failed, so nothing was changed. "
        "{backup_note} The log file has the technical details.",
    )


class NotFoundError(StorageError):
    """A record asked for by id does not exist (any more)."""

    default_template = QT_TRANSLATE_NOOP(
        "storage", "The {record} you asked for no longer exists. It may have been deleted."
    )


class RecordInUseError(StorageError):
    """A delete refused because other records (often signed ones) depend on this one."""

    default_template = QT_TRANSLATE_NOOP(
        "storage",
        "The {record} cannot be deleted because other records depend on it. "
        "Nothing was deleted.",
    )


class ConflictError(StorageError):
    """Someone else saved the same record since it was read (optimistic locking)."""

    default_template = QT_TRANSLATE_NOOP(
        "storage",
        "{changed_by} changed this {record} at {changed_at} while you were editing it. "
        "Your changes were not saved and are still in the form: compare, then save again.",
    )

    def __init__(
        self,
        record: str,
        changed_by: str | None,
        changed_at: dt.datetime | None,
        message_template: str | None = None,
    ) -> None:
        self.record = record
        self.changed_by = changed_by
        self.changed_at = changed_at
        if changed_at is not None and changed_by is not None:
            super().__init__(
                message_template,
                record=record,
                changed_by=changed_by,
                changed_at=changed_at.astimezone().strftime("%Y-%m-%d %H:%M"),
            )
        elif changed_at is None:
            super().__init__(
                QT_TRANSLATE_NOOP(
                    "storage",
                    "This {record} was deleted by someone else while you were editing it. "
                    "Your changes were not saved and are still in the form.",
                ),
                record=record,
            )
        else:
            super().__init__(
                QT_TRANSLATE_NOOP(
                    "storage",
                    "Someone else changed this {record} at {changed_at} while you were editing "
                    "it. Your changes were not saved and are still in the form: compare, then "
                    "save again.",
                ),
                record=record,
                changed_at=changed_at.astimezone().strftime("%Y-%m-%d %H:%M"),
            )


class InvalidInputError(StorageError):
    """A value the repository refuses; ``field`` names the form field to show it next to."""

    def __init__(self, message_template: str, /, *, field: str, **message_args: object) -> None:
        self.field = field
        super().__init__(message_template, **message_args)


class InvalidTransitionError(StorageError):
    """A session status change that is not allowed (e.g. signed → planned)."""

    default_template = QT_TRANSLATE_NOOP(
        "storage", "A {current} session cannot be marked {requested}. Nothing was changed."
    )


class SignedRecordError(StorageError):
    """An attempt to change a signed record; corrections are amendments."""

    default_template = QT_TRANSLATE_NOOP(
        "storage",
        "This {record} is signed and cannot be changed. Record a correction as an amendment.",
    )
