"""``mesomap print``: write session sheets to PDF from the command line.

    mesomap print SESSION_ID --output FILE.pdf [--paper A4|Letter] [--orientation portrait|landscape]
                  [--scale fit|1:1] [--aftercare]
    mesomap print --day YYYY-MM-DD [--to YYYY-MM-DD] [--practitioner USER_ID] --output FILE.pdf
                  [--per-session]      (with --per-session, --output is a folder)

A missing session, an unwritable path or an unknown paper prints one sentence on stderr and
exits with 1 (2 when the database cannot be opened). Like ``mesomap backup``, the command runs
with the operating-system user's access to the database (no mesomap login); each sheet written
is audited as an export by ``cli:<os user>``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path
from typing import Any

EXIT_USAGE = 1
EXIT_UNAVAILABLE = 2
PAPERS = {"a4": "A4", "letter": "Letter", "us-letter": "Letter"}


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "print",
        help="write session sheets (map, technique, lots, checklist, signature) to PDF",
        description=(
            "Write the sheet of one session, or of every session of a day or date range, to a "
            "PDF file. The map is printed at a stated standard scale (1:1, 1:2, 1:2.5, 1:5, "
            "1:10); --scale 1:1 prints it at actual size, on several overlapping tiles when it "
            "is larger than the paper."
        ),
    )
    parser.add_argument("session_id", nargs="?", type=int, metavar="SESSION_ID",
                        help="the session to print")
    parser.add_argument("--day", metavar="YYYY-MM-DD", help="print every session of this day")
    parser.add_argument("--to", metavar="YYYY-MM-DD", help="with --day: last day of the range")
    parser.add_argument("--practitioner", type=int, metavar="USER_ID",
                        help="with --day: only this practitioner's sessions")
    parser.add_argument("--output", "-o", required=True, metavar="FILE.pdf",
                        help="the PDF to write (a folder with --per-session)")
    parser.add_argument("--per-session", action="store_true",
                        help="with --day: one PDF per session in the --output folder")
    parser.add_argument("--paper", default=None, metavar="A4|Letter",
                        help="paper size (default: the clinic's setting, else by language)")
    parser.add_argument("--orientation", default="portrait", metavar="portrait|landscape",
                        help="page orientation (default portrait)")
    parser.add_argument("--scale", default="fit", metavar="fit|1:1",
                        help="fit: largest standard scale that fits; 1:1: actual size")
    parser.add_argument("--aftercare", action="store_true",
                        help="add the patient's aftercare page")
    parser.add_argument("--db", metavar="URL", default=argparse.SUPPRESS,
                        help="database URL (same as the global --db option)")
    parser.set_defaults(func=run)


def _fail(message: str, code: int = EXIT_USAGE) -> int:
    print(message, file=sys.stderr)
    return code


def _day(text: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        return None


def run(args: argparse.Namespace) -> int:
    if args.paper is not None and args.paper.lower() not in PAPERS:
        return _fail(f"Unknown paper size {args.paper!r}: use A4 or Letter.")
    if args.orientation not in ("portrait", "landscape"):
        return _fail(f"Unknown orientation {args.orientation!r}: use portrait or landscape.")
    if args.scale not in ("fit", "1:1"):
        return _fail(f"Unknown scale {args.scale!r}: use fit (largest standard scale that fits) "
                     "or 1:1 (actual size).")
    if (args.session_id is None) == (args.day is None):
        return _fail("Give either a session number or --day YYYY-MM-DD (not both).")
    day = end = None
    if args.day is not None:
        day = _day(args.day)
        end = _day(args.to) if args.to else day
        if day is None or end is None:
            return _fail("Write dates as YYYY-MM-DD, for example --day 2026-03-14.")
        if end < day:
            return _fail("The --to day is before the --day day; swap them.")
    elif args.per_session or args.to or args.practitioner is not None:
        return _fail("--per-session, --to and --practitioner only go with --day.")

    output = Path(args.output)
    if not args.per_session and output.is_dir():
        return _fail(f"{output} is a folder; give a file name ending in .pdf.")

    from mesomap.commands._accounts_common import cli_user
    from mesomap.core import settings as registry
    from mesomap.core.localeformat import default_format
    from mesomap.printing.batch import BatchCancelled, PrintError, export_sessions
    from mesomap.printing.sheet import SheetOptions
    from mesomap.storage.engine import open_database
    from mesomap.storage.errors import NotFoundError, StorageError
    from mesomap.storage.repository.clinic_settings import ClinicSettingsRepository
    from mesomap.storage.repository.sheets import SheetRepository

    try:
        db = open_database(args.db)
    except StorageError as exc:
        return _fail(exc.message, EXIT_UNAVAILABLE)
    try:
        paper = PAPERS[args.paper.lower()] if args.paper else None
        if paper is None:
            stored = ClinicSettingsRepository(db).read(registry.PAPER_SIZE.key) or ""
            paper = stored if stored in ("A4", "Letter") else default_format().paper_size()
        options = SheetOptions(paper=paper, orientation=args.orientation, scale=args.scale,
                               aftercare=args.aftercare)
        repo = SheetRepository(db)
        if args.session_id is not None:
            ids = [args.session_id]
            try:
                repo.get(args.session_id)
            except NotFoundError:
                return _fail(f"There is no session {args.session_id} in this database; check "
                             "the number (it is shown in the session's window).")
        else:
            assert day is not None
            ids = repo.session_ids(day, end, practitioner_id=args.practitioner)
            if not ids:
                return _fail(f"No sessions to print on {args.day}"
                             + (f" to {args.to}" if args.to and args.to != args.day else "")
                             + ".")
        try:
            result = export_sessions(db, ids, output, options, per_session=args.per_session,
                                     fmt=default_format(), audit_login=cli_user(),
                                     check_permission=False)
        except PrintError as exc:
            return _fail(exc.message)
        except BatchCancelled:
            return _fail("Printing was interrupted.")
        except OSError as exc:
            return _fail(f"The PDF could not be written to {output} ({exc.strerror or exc}). "
                         "Choose another place.")
    except StorageError as exc:
        return _fail(exc.message, EXIT_UNAVAILABLE)
    finally:
        db.close()
    where = str(result.files[0]) if len(result.files) == 1 else f"{len(result.files)} files in {output}"
    print(f"Wrote {result.sheets} sheet(s), {result.pages} page(s): {where}")
    return 0
