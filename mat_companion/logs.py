"""Logging to a private file, rotated at start-up, so a problem a user reports can be traced.

The file is rotated when the app starts rather than while it runs: one run
never writes a megabyte, and the standard rotating handler's module (with its
socket and pickle imports) would slow every start.

A log is a help, never a reason not to start: if the file cannot be used (left
owned by root by one run with sudo, a full disk, a file where the folder should
be, a link planted in its place) the app says so in one line and logs to
standard error instead.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sys
from pathlib import Path
from typing import TextIO

from mat_companion.core.files import (
    ForeignFolderError,
    NotAFileError,
    StorageError,
    ensure_own_dir,
    make_private,
    open_regular,
    os_error_reason,
)
from mat_companion.paths import AppPaths

LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
MAX_LOG_BYTES = 1_000_000
LOG_BACKUPS = 3


def rotate(log_file: Path, max_bytes: int = MAX_LOG_BYTES, backups: int = LOG_BACKUPS) -> None:
    """Shift ``log`` to ``log.1`` (``.1`` to ``.2``, ...) once it is over ``max_bytes``."""
    try:
        if log_file.lstat().st_size <= max_bytes:
            return
    except FileNotFoundError:
        return
    for number in range(backups - 1, 0, -1):
        older = log_file.with_name(f"{log_file.name}.{number}")
        with contextlib.suppress(FileNotFoundError):
            os.replace(older, log_file.with_name(f"{log_file.name}.{number + 1}"))
    os.replace(log_file, log_file.with_name(f"{log_file.name}.1"))


def open_log(log_file: Path) -> TextIO:
    """Open the log for appending: private, ours, and never through a link.

    Raises:
        StorageError: the folder is another user's, or the log is not a regular file.
        OSError: the folder or the file could not be created, rotated or made private.
    """
    ensure_own_dir(log_file.parent)
    rotate(log_file)
    fd = open_regular(log_file, os.O_WRONLY | os.O_APPEND | os.O_CREAT)
    try:
        make_private(fd)  # fails on a log another user owns: not ours to use
    except OSError:
        os.close(fd)
        raise
    return os.fdopen(fd, "a", encoding="utf-8", errors="backslashreplace")  # paths not UTF-8


def _why(error: OSError | StorageError) -> str:
    if isinstance(error, NotAFileError):
        return f"it is {error.kind}"
    if isinstance(error, ForeignFolderError):
        return "its folder belongs to another user"
    if isinstance(error, OSError):
        return str(os_error_reason(error))
    return str(error)


def _fall_back(log_file: Path, error: OSError | StorageError) -> None:
    with contextlib.suppress(OSError, ValueError, AttributeError):  # stderr may be closed too
        sys.stderr.write(
            f"mat-companion: cannot write the log file {log_file} ({_why(error)}), "
            "so messages go to standard error instead.\n"
        )


class LogFileHandler(logging.StreamHandler[TextIO]):
    """The log file; if a write fails (the disk filled up), one line, then standard error."""

    def __init__(self, stream: TextIO, log_file: Path) -> None:
        super().__init__(stream)
        self.log_file = log_file

    def handleError(self, record: logging.LogRecord) -> None:  # noqa: N802 - logging names it
        """Switch to standard error once, instead of a traceback for every later line."""
        error = sys.exc_info()[1]
        if not isinstance(error, OSError) or self.stream is sys.stderr:
            super().handleError(record)
            return
        failed, self.stream = self.stream, sys.stderr
        with contextlib.suppress(OSError):
            failed.close()
        _fall_back(self.log_file, error)
        self.emit(record)

    def close(self) -> None:
        """Close the log file (standard error is left open)."""
        self.acquire()
        try:
            if self.stream is not sys.stderr:
                with contextlib.suppress(OSError):
                    self.stream.close()
        finally:
            self.release()
        super().close()


def log_handler(log_file: Path) -> logging.Handler:
    """A handler for ``log_file``, or for standard error (said once) if it cannot be used."""
    try:
        stream = open_log(log_file)
    except (OSError, StorageError) as error:
        _fall_back(log_file, error)
        return logging.StreamHandler(sys.stderr)
    return LogFileHandler(stream, log_file)


def setup_logging(paths: AppPaths, *, debug: bool) -> logging.Handler:
    """Log to ``paths.log_file``; with ``debug`` also to stderr, at DEBUG level."""
    handler = log_handler(paths.log_file)
    handler.setFormatter(logging.Formatter(LOG_FORMAT))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.DEBUG if debug else logging.INFO)
    if debug and isinstance(handler, LogFileHandler):
        console = logging.StreamHandler(sys.stderr)
        console.setFormatter(logging.Formatter(LOG_FORMAT))
        root.addHandler(console)
    return handler
