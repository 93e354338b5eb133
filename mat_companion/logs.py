"""Logging to a private rotating file, so a problem a user reports can be traced."""

from __future__ import annotations

import logging
import logging.handlers
import os
import sys

from mat_companion.core.files import PRIVATE_FILE_MODE, ensure_private_dir
from mat_companion.paths import AppPaths

LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
MAX_LOG_BYTES = 1_000_000
LOG_BACKUPS = 3


def setup_logging(paths: AppPaths, *, debug: bool) -> logging.Handler:
    """Log to ``paths.log_file`` (rotating); with ``debug`` also to stderr, at DEBUG level."""
    ensure_private_dir(paths.logs)
    handler = logging.handlers.RotatingFileHandler(
        paths.log_file, maxBytes=MAX_LOG_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8"
    )
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
