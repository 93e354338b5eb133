"""Logging to a private file, rotated at start-up, so a problem a user reports can be traced.

The file is rotated when the app starts rather than while it runs: one run
never writes a megabyte, and the standard rotating handler's module (with its
socket and pickle imports) would slow every start.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sys
from pathlib import Path

from mat_companion.core.files import PRIVATE_FILE_MODE, ensure_private_dir
from mat_companion.paths import AppPaths

LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
MAX_LOG_BYTES = 1_000_000
LOG_BACKUPS = 3


def rotate(log_file: Path, max_bytes: int = MAX_LOG_BYTES, backups: int = LOG_BACKUPS) -> None:
    """Shift ``log`` to ``log.1`` (``.1`` to ``.2``, ...) once it is over ``max_bytes``."""
    try:
        if log_file.stat().st_size <= max_bytes:
            return
    except FileNotFoundError:
        return
    for number in range(backups - 1, 0, -1):
        older = log_file.with_name(f"{log_file.name}.{number}")
        with contextlib.suppress(FileNotFoundError):
            os.replace(older, log_file.with_name(f"{log_file.name}.{number + 1}"))
    os.replace(log_file, log_file.with_name(f"{log_file.name}.1"))


def setup_logging(paths: AppPaths, *, debug: bool) -> logging.Handler:
    """Log to ``paths.log_file``; with ``debug`` also to stderr, at DEBUG level."""
    ensure_private_dir(paths.logs)
    rotate(paths.log_file)
    handler = logging.FileHandler(paths.log_file, encoding="utf-8")
    os.chmod(paths.log_file, PRIVATE_FILE_MODE)
    handler.setFormatter(logging.Formatter(LOG_FORMAT))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.DEBUG if debug else logging.INFO)
    if debug:
        console = logging.StreamHandler(sys.stderr)
        console.setFormatter(logging.Formatter(LOG_FORMAT))
        root.addHandler(console)
    return handler
