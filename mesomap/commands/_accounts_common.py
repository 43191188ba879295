"""Shared by ``mesomap backup``, ``restore`` and ``audit``: who runs the command, for the audit.

The command line runs as the operating-system user who can read (and for restore, write) the
database file or reach the server; that access already is full access to the data, so these
commands do not ask for a mesomap login. Their audit entries name ``cli:<os user>``.
"""

from __future__ import annotations

import getpass

EXIT_OK = 0
EXIT_PROBLEM = 1
EXIT_UNAVAILABLE = 2


def cli_user() -> str:
    try:
        return f"cli:{getpass.getuser()}"[:64]
    except (KeyError, OSError):
        return "cli"
