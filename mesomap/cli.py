"""mesomap's command line (argparse).

`mesomap` with no subcommand opens the main window. Subcommands live one per module in
:mod:`mesomap.commands`; each module defines ``register(subparsers)`` and is discovered
automatically, so adding a command never edits this file. Heavy imports happen inside the
command functions, not at parse time, to keep start-up fast.
"""

from __future__ import annotations

import argparse
import importlib
import os
import pkgutil
import sys
from collections.abc import Sequence

from mesomap import __version__


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="mesomap",
        description=(
            "Plan and record mesotherapy injection maps on real-scale anatomical templates. "
            "Without a command, opens the main window."
        ),
    )
    parser.add_argument("--version", action="version", version=f"mesomap {__version__}")
    parser.add_argument(
        "--db",
        metavar="URL",
        default=os.environ.get("MESOMAP_DB"),
        help=(
            "database URL (also the MESOMAP_DB environment variable). Default: an SQLite file in "
            "the user data folder. Clinics with several workstations use PostgreSQL: "
            "postgresql+psycopg://USER@HOST:PORT/DBNAME"
        ),
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    import mesomap.commands as commands_pkg

    for info in sorted(pkgutil.iter_modules(commands_pkg.__path__), key=lambda m: m.name):
        if info.name.startswith("_"):
            continue
        module = importlib.import_module(f"mesomap.commands.{info.name}")
        module.register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(list(argv) if argv is not None else None)
    func = getattr(args, "func", None)
    if func is None:
        from mesomap.app import run_gui

        return int(run_gui(args.db))
    result = func(args)
    return int(result or 0)


if __name__ == "__main__":
    sys.exit(main())
