"""``mesomap audit --verify``: recompute the audit trail's hash chain.

Exit code 0 when every entry chains to the one before it and still has its hash, 1 when an
entry was edited, deleted or inserted (each problem is listed). Prints the number of entries
and the head hash: keep it elsewhere (a printout, the backup log) to detect a rewritten tail.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from mesomap.commands._accounts_common import EXIT_OK, EXIT_PROBLEM, EXIT_UNAVAILABLE


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "audit",
        help="check the audit trail (--verify)",
        description="Check that no audit entry was edited, deleted or inserted.",
    )
    parser.add_argument("--verify", action="store_true", required=True,
                        help="recompute the hash chain and report every break")
    parser.add_argument("--expect-head", metavar="HASH", default=None,
                        help="also check that the newest entry's hash is HASH (noted earlier)")
    parser.add_argument("--db", metavar="URL", default=argparse.SUPPRESS,
                        help="database URL (same as the global --db option)")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from mesomap.storage.audit import verify_audit
    from mesomap.storage.engine import open_database
    from mesomap.storage.errors import StorageError

    try:
        with open_database(args.db) as db:
            report = verify_audit(db)
    except StorageError as exc:
        print(exc.message, file=sys.stderr)
        return EXIT_UNAVAILABLE
    for problem in report.problems:
        print(f"entry {problem.entry_id}: {problem.detail}")
    print(f"{report.count} audit entries, head hash {report.head_hash}.")
    ok = report.ok
    if args.expect_head and args.expect_head != report.head_hash:
        print("The newest entry is not the one noted earlier: entries were removed or rewritten.")
        ok = False
    print("The audit trail is intact." if ok else
          "The audit trail was changed outside mesomap. Keep this database as evidence and "
          "restore the last good backup if records are in doubt.")
    return EXIT_OK if ok else EXIT_PROBLEM
