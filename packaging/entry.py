"""Entry script of the frozen mesomap programs (PyInstaller): the same command line as the
``mesomap`` and ``mesomap-cli`` entry points of the wheel."""

import sys

from mesomap.cli import main

if __name__ == "__main__":
    sys.exit(main())
