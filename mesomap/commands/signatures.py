"""``mesomap signatures --verify``: recompute the digest of every signed session record (and
signed amendment) and compare it with its signature.

Exit code 0 when every signature still matches the stored record, 1 when a record was changed
outside mesomap (each one is listed with its session number), 2 when the database cannot be
opened. Prints digests and session numbers only, never patient data.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from mesomap.commands._accounts_common import EXIT_OK, EXIT_PROBLEM, EXIT_UNAVAILABLE


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "signatures",
        help="check signed session records (--verify)",
        description="Check that no signed session record was changed after it was signed.",
    )
    parser.add_argument("--verify", action="store_true", required=True,
                        help="recompute each signed record's digest and compare")
    parser.add_argument("--session", type=int, action="append", metavar="ID", default=None,
                        help="only this session (repeatable)")
    parser.add_argument("--db", metavar="URL", default=argparse.SUPPRESS,
                        help="database URL (same as the global --db option)")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from mesomap.storage.engine import open_database
    from mesomap.storage.errors import StorageError
    from mesomap.storage.repository.records_signing import verify_signatures

    try:
        with open_database(args.db) as db:
            results = verify_signatures(db, args.session)
    except StorageError as exc:
        print(exc.message, file=sys.stderr)
        return EXIT_UNAVAILABLE
    bad = [r for r in results if not r.ok]
    for r in bad:
        what = "amendment" if r.signature and r.signature.amendment_id else "record"
        print(f"session {r.session_id}: the {what} no longer matches its signature "
              f"(signed {r.stored_digest}, now {r.computed_digest})")
    print(f"{len(results)} signature(s) checked, {len(bad)} not matching.")
    print("Every signed record is unchanged." if not bad else
          "Signed records were changed outside mesomap. Keep this database as evidence and "
          "restore the last good backup.")
    return EXIT_OK if not bad else EXIT_PROBLEM
