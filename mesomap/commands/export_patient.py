"""``mesomap export-patient``: one patient's complete record for a data-access request.

    mesomap export-patient PATIENT_ID [--json FILE] [--pdf FILE] [--paper A4|Letter]

``--json`` writes every row of every table that belongs to the patient (machine-readable);
``--pdf`` writes the same record laid out for a person to read. Both files are owner-only. Like
``mesomap backup`` and ``mesomap print``, the command runs with the operating-system user's
access to the database (no mesomap login); each file written is audited as an export by
``cli:<os user>``. An unknown patient or an unwritable path prints one sentence on stderr and
exits with 1 (2 when the database cannot be opened).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any

EXIT_PROBLEM = 1
EXIT_UNAVAILABLE = 2
PAPERS = {"a4": "A4", "letter": "Letter"}


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "export-patient",
        help="export one patient's complete record to JSON and/or PDF (data-access request)",
        description=(
            "Export one patient's complete record (identity, consents, courses, sessions with "
            "their maps, products and lots, checklist answers, adverse events, outcome "
            "measures, amendments, signatures and the audit entries about the patient) for a "
            "data-access request: --json for the machine-readable file, --pdf for a document "
            "a person can read. Give at least one of them."
        ),
    )
    parser.add_argument("patient_id", type=int, metavar="PATIENT_ID",
                        help="the patient's number (shown in the patient's window)")
    parser.add_argument("--json", metavar="FILE", help="write the JSON export here")
    parser.add_argument("--pdf", metavar="FILE", help="write the readable PDF here")
    parser.add_argument("--paper", default=None, metavar="A4|Letter",
                        help="PDF paper size (default: the clinic's setting, else A4)")
    parser.add_argument("--db", metavar="URL", default=argparse.SUPPRESS,
                        help="database URL (same as the global --db option)")
    parser.set_defaults(func=run)


def _fail(message: str, code: int = EXIT_PROBLEM) -> int:
    print(message, file=sys.stderr)
    return code


def _check_target(path: Path) -> str | None:
    """A sentence when ``path`` cannot be written, else None (nothing is created)."""
    if path.is_dir():
        return f"{path} is a folder; give a file name."
    folder = path.parent
    if folder.exists() and not folder.is_dir():
        return f"{folder} is a file, not a folder; choose another place."
    if not folder.is_dir():
        return f"The folder {folder} does not exist; create it or choose another place."
    if not os.access(folder, os.W_OK) or (path.exists() and not os.access(path, os.W_OK)):
        return f"{path} cannot be written (no permission); choose another place."
    return None


def _write_private(path: Path, text: str) -> None:
    """Write ``text`` to a new or replaced owner-only (0600) file."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(text)


def run(args: argparse.Namespace) -> int:
    if not args.json and not args.pdf:
        return _fail("Say what to write: --json FILE, --pdf FILE or both.")
    if args.paper is not None and args.paper.lower() not in PAPERS:
        return _fail(f"Unknown paper size {args.paper!r}: use A4 or Letter.")
    targets = [Path(p) for p in (args.json, args.pdf) if p]
    if args.json and args.pdf and Path(args.json).resolve() == Path(args.pdf).resolve():
        return _fail("--json and --pdf name the same file; give two different names.")
    for target in targets:
        problem = _check_target(target)
        if problem:
            return _fail(problem)

    from mesomap.commands._accounts_common import cli_user
    from mesomap.storage import patient_export
    from mesomap.storage.engine import open_database
    from mesomap.storage.errors import NotFoundError, StorageError

    try:
        db = open_database(args.db)
    except StorageError as exc:
        return _fail(exc.message, EXIT_UNAVAILABLE)
    written: list[str] = []
    try:
        try:
            if args.json:
                import json

                data = patient_export.export_patient(db, None, args.patient_id, target="json",
                                                     user_login=cli_user(),
                                                     check_permission=False)
                _write_private(Path(args.json), json.dumps(data, indent=2, ensure_ascii=False,
                                                          sort_keys=True))
                written.append(args.json)
            if args.pdf:
                from mesomap.printing.batch import ensure_qt
                from mesomap.printing.patient_record import export_patient_pdf

                ensure_qt()
                pages = export_patient_pdf(
                    db, None, args.patient_id, args.pdf,
                    paper=PAPERS[args.paper.lower()] if args.paper else None,
                    user_login=cli_user(), check_permission=False)
                written.append(f"{args.pdf} ({pages} page{'s' if pages != 1 else ''})")
        except NotFoundError:
            return _fail(f"There is no patient {args.patient_id} in this database; check the "
                         "number (it is shown in the patient's window).")
        except OSError as exc:
            return _fail(f"The export could not be written ({exc.strerror or exc}); "
                         "choose another place.")
    except StorageError as exc:
        return _fail(exc.message, EXIT_UNAVAILABLE)
    finally:
        db.close()
    print("Patient data exported: " + ", ".join(written))
    return 0
