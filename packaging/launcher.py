"""The bundle's entry point (PyInstaller needs a script): the same as ``mat-companion``.

A windowed bundle on Windows has no console, so Python starts it with no
``sys.stdout`` or ``sys.stderr``; ``--version``, ``--help`` and a message on
stderr would fail writing to None. They go to the null device instead.
"""

import os
import sys

from mat_companion.__main__ import main

if __name__ == "__main__":
    for stream in ("stdout", "stderr"):
        if getattr(sys, stream) is None:
            setattr(sys, stream, open(os.devnull, "w"))  # noqa: SIM115 - for the whole run
    sys.exit(main())
