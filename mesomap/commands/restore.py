"""``mesomap restore FILE``: replace the SQLite database with a checked backup.

The backup is checked first (a mesomap database this version can open, ``integrity_check`` and
``foreign_key_check`` clean); a damaged or foreign file is refused and the database is left as it
was. The database being replaced is kept next to it as ``<name>-replaced-<time>.sqlite``.
Close mesomap on every computer using this database before restoring.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from mesomap.commands._accounts_common import EXIT_OK, EXIT_PROBLEM, EXIT_UNAVAILABLE, cli_user


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "restore",
        help="replace the database with a backup (checked first; the current one is kept)",
        description=(
            "Replace the SQLite database with the backup FILE. The backup is checked first and "
            "refused if damaged; the replaced database is kept next to it. Close mesomap "
            "everywhere first. For PostgreSQL, use pg_restore (docs/backup.md)."
        ),
    )
    parser.add_argument("file", type=Path, metavar="FILE", help="the backup to restore")
    parser.add_argument("--db", metavar="URL", default=argparse.SUPPRESS,
                        help="database URL (same as the global --db option)")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from sqlalchemy.engine import make_url

    from mesomap.storage import audit
    from mesomap.storage.backup import BadBackupError, restore_backup
    from mesomap.storage.engine import default_database_path, open_database
    from mesomap.storage.errors import StorageError

    if args.db:
        url = make_url(args.db)
        if url.get_backend_name() != "sqlite" or not url.database:
            print("restore replaces an SQLite database file; restore a PostgreSQL database with "
                  "pg_restore (docs/backup.md).", file=sys.stderr)
            return EXIT_PROBLEM
        live = Path(url.database).expanduser()
    else:
        live = default_database_path()
    try:
        kept = restore_backup(args.file, live)
    except BadBackupError as exc:
        print(exc.message, file=sys.stderr)
        return EXIT_PROBLEM
    try:
        with open_database(f"sqlite:///{live}") as db:
            audit.record_in_new_transaction(
                db, None, audit.Action.RESTORE, user_login=cli_user(), table="database",
                details={"from": args.file.name, "replaced_copy": kept.name if kept else None})
    except StorageError as exc:
        print(exc.message, file=sys.stderr)
        return EXIT_UNAVAILABLE
    print(f"Restored {live} from {args.file}.")
    if kept is not None:
        print(f"The replaced database was kept as {kept}.")
    return EXIT_OK
