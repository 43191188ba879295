"""``mesomap seed-demo``: fill a database with a fictional clinic for demonstrations and tests.

Refuses (exit code 3, nothing changed) a database that holds clinic records; stamps the database
as a demonstration database, which then shows DEMO in the title bar and on every printout.
"""

from __future__ import annotations

import argparse
import sys
import time
from typing import Any

EXIT_REFUSED = 3
EXIT_UNAVAILABLE = 2


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "seed-demo",
        help="fill a database with fictional patients, sessions and maps (demo only)",
        description=(
            "Fill a database with a fictional clinic: practitioners, products and lots, "
            "protocol presets, patients with treatment courses and sessions (planned, "
            "performed, signed, cancelled, no-show) with their maps. The database is stamped "
            "as a demonstration database. A database holding clinic records is refused and "
            "left untouched. Use the global --db option to choose the database, for example "
            "mesomap --db sqlite:///demo.sqlite seed-demo."
        ),
    )
    parser.add_argument("--patients", type=_positive, default=50, metavar="N",
                        help="number of fictional patients (default 50; about 10 sessions each)")
    parser.add_argument("--sessions", type=_positive, default=None, metavar="N",
                        help="exact number of sessions (default 10 per patient)")
    parser.add_argument("--papules", type=_non_negative, default=None, metavar="N",
                        help="exact number of papules (default 30 per session)")
    parser.add_argument("--seed", type=int, default=2024,
                        help="random seed; the same seed gives the same records (default 2024)")
    parser.add_argument("--quiet", action="store_true", help="print only the summary")
    # The global --db also works after the subcommand name.
    parser.add_argument("--db", metavar="URL", default=argparse.SUPPRESS,
                        help="database URL (same as the global --db option)")
    parser.set_defaults(func=run)


def _positive(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value


def _non_negative(text: str) -> int:
    value = int(text)
    if value < 0:
        raise argparse.ArgumentTypeError("must be 0 or more")
    return value


def run(args: argparse.Namespace) -> int:
    from mesomap.storage.engine import open_database
    from mesomap.storage.errors import StorageError
    from mesomap.storage.seed import DemoSeedRefusedError, SeedReport, check_seedable, seed_demo

    started = time.perf_counter()
    if not args.db:
        print("seed-demo needs a database address (--db URL, for example "
              "--db sqlite:///mesomap-demo.sqlite): it never fills the default clinic database.",
              file=sys.stderr)
        return EXIT_UNAVAILABLE

    def progress(report: SeedReport, total: int) -> None:
        if args.quiet or report.patients >= total:
            return
        print(f"  {report.patients:,} / {total:,} patients, {report.sessions:,} sessions, "
              f"{report.papules:,} papules ({time.perf_counter() - started:.0f} s)", flush=True)

    try:
        db = open_database(args.db)
    except StorageError as exc:
        print(exc.message, file=sys.stderr)
        return EXIT_UNAVAILABLE
    try:
        check_seedable(db.engine)
        if not args.quiet:
            print(f"Seeding {db.url} with {args.patients:,} fictional patients...", flush=True)
        report = seed_demo(db.engine, patients=args.patients, sessions=args.sessions,
                           papules=args.papules, seed=args.seed, progress=progress)
    except DemoSeedRefusedError as exc:
        print(exc.message, file=sys.stderr)
        return EXIT_REFUSED
    except StorageError as exc:
        print(exc.message, file=sys.stderr)
        return EXIT_UNAVAILABLE
    finally:
        db.close()
    states = ", ".join(f"{n:,} {state.replace('_', '-')}"
                       for state, n in sorted(report.by_status.items()))
    print(f"Demo database ready: {report.patients:,} patients, {report.courses:,} courses, "
          f"{report.sessions:,} sessions ({states}), {report.regions:,} regions, "
          f"{report.papules:,} papules in {report.seconds:.1f} s. Every record is fictional; "
          f"the database is marked DEMO.")
    return 0
