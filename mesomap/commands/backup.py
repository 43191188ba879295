"""``mesomap backup``: a verified online backup of the SQLite database, with rotation.

The copy goes to the ``backups`` folder next to the database (or ``--to FOLDER``), is opened and
checked with ``integrity_check`` and ``foreign_key_check``, and old backups are rotated (newest of
each of the last 7 days and of each of the last 5 weeks). A PostgreSQL database is backed up
with ``pg_dump`` instead; the command prints how (docs/backup.md).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from mesomap.commands._accounts_common import EXIT_OK, EXIT_PROBLEM, EXIT_UNAVAILABLE, cli_user


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "backup",
        help="back up the database now (verified copy, old copies rotated)",
        description=(
            "Copy the SQLite database while it may be in use (SQLite online backup), verify "
            "the copy and rotate old copies: the newest of each of the last 7 days and of each "
            "of the last 5 weeks are kept. For PostgreSQL, use pg_dump (docs/backup.md)."
        ),
    )
    parser.add_argument("--to", metavar="FOLDER", type=Path, default=None,
                        help="backup folder (default: 'backups' next to the database file)")
    parser.add_argument("--no-rotate", action="store_true", help="keep every older backup")
    parser.add_argument("--label", default="manual", help=argparse.SUPPRESS)
    parser.add_argument("--db", metavar="URL", default=argparse.SUPPRESS,
                        help="database URL (same as the global --db option)")
    parser.set_defaults(func=run)


PG_HELP = (
    "This is a PostgreSQL database: back it up on the server with pg_dump, for example\n"
    "  pg_dump -Fc -f mesomap-$(date +%Y%m%d).dump DBNAME\n"
    "and check the dump by restoring it into a new database (docs/backup.md)."
)


def run(args: argparse.Namespace) -> int:
    from mesomap.storage import audit
    from mesomap.storage.backup import BackupError, create_backup, rotate_backups
    from mesomap.storage.engine import open_database
    from mesomap.storage.errors import StorageError

    try:
        db = open_database(args.db)
    except StorageError as exc:
        print(exc.message, file=sys.stderr)
        return EXIT_UNAVAILABLE
    try:
        if db.sqlite_path is None:
            print(PG_HELP, file=sys.stderr)
            return EXIT_PROBLEM
        source = db.sqlite_path
        head = audit.verify_audit(db).head_hash
        # Recorded before the copy, so the backup holds its own entry.
        audit.record_in_new_transaction(
            db, None, audit.Action.BACKUP, user_login=cli_user(), table="database",
            details={"label": args.label, "audit_head_before": head})
    except StorageError as exc:
        print(exc.message, file=sys.stderr)
        return EXIT_UNAVAILABLE
    finally:
        db.close()
    try:
        result = create_backup(source, args.to, label=args.label)
    except BackupError as exc:
        print(exc.message, file=sys.stderr)
        return EXIT_PROBLEM
    print(f"Backup written and verified: {result.path} ({result.size_bytes / 1e6:.1f} MB in "
          f"{result.seconds:.1f} s).")
    if not args.no_rotate:
        removed = rotate_backups(result.path.parent, source.stem)
        if removed:
            print(f"Rotation removed {len(removed)} older backup(s).")
    return EXIT_OK
