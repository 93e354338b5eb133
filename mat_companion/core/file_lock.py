"""An exclusive lock between processes, held around read-merge-write of a file."""

from __future__ import annotations

import importlib
import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from mat_companion.core.files import (
    StorageError,
    describe_os_error,
    ensure_own_dir,
    open_regular,
)
from mat_companion.core.texts import text

#: How long a save waits for another writer. A save takes well under a second even
#: for decades of sessions; a holder that takes longer is stuck (a suspended import,
#: a hung window), and waiting for it would freeze the window or the command for good.
LOCK_WAIT_SECONDS = 5.0
_POLL_SECONDS = 0.05


class LockBusyError(StorageError):
    """Another process held the lock for longer than the app waits."""

    def __init__(self, guarded: Path) -> None:
        super().__init__(
            text(
                "Another Mat Companion window or an import is using {path}; try again in a moment.",
                path=guarded,
            )
        )


def try_lock(fd: int) -> bool:
    """Take an exclusive lock on ``fd`` if it is free, without waiting; False if it is held.

    Unix (Linux, macOS) locks the whole file with ``flock``; Windows, which has no
    ``fcntl``, locks its first byte with ``msvcrt.locking``. Either is released
    when the file is closed or its process dies.
    """
    try:
        import fcntl
    except ImportError:
        return _try_lock_first_byte(fd)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def _try_lock_first_byte(fd: int) -> bool:
    msvcrt = importlib.import_module("msvcrt")  # by name: type checkers know it on Windows only
    os.lseek(fd, 0, os.SEEK_SET)  # the lock starts where the file is read
    try:
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
    except OSError:  # held by another process
        return False
    return True


@contextmanager
def exclusive_lock(lock_path: Path, *, wait: float = LOCK_WAIT_SECONDS) -> Iterator[None]:
    """Hold an exclusive lock on ``lock_path`` (created 0600) for the ``with`` block.

    The lock file is named after the file it guards plus a suffix (``history.json.lock``).
    The operating system releases the lock when the process dies, so a crash
    never leaves the history locked; a live holder that keeps it longer than
    ``wait`` seconds makes this raise ``LockBusyError`` instead of freezing.

    Raises:
        LockBusyError: the lock stayed held for ``wait`` seconds.
        StorageError: the lock file cannot be used (left by a run with sudo, a read-only or
            full disk); the sentence names the lock file, not the file it guards.
    """
    ensure_own_dir(lock_path.parent)
    try:
        fd = open_regular(lock_path, os.O_RDWR | os.O_CREAT)
    except OSError as error:
        raise StorageError(
            describe_os_error(error, text("open the lock file"), lock_path)
        ) from error
    try:
        deadline = time.monotonic() + wait
        while not try_lock(fd):
            if time.monotonic() >= deadline:
                raise LockBusyError(lock_path.with_suffix(""))
            time.sleep(_POLL_SECONDS)
        yield
    finally:
        os.close(fd)
