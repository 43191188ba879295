"""`python -m mesomap` runs the same command line as the `mesomap` entry point."""

import sys

from mesomap.cli import main

if __name__ == "__main__":
    sys.exit(main())
