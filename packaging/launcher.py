"""The bundle's entry point (PyInstaller needs a script): the same as ``mat-companion``."""

import sys

from mat_companion.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
