"""Durable, private file operations shared by every store the app keeps.

The user's files hold health data, so everything created here is readable by
the user alone (0600 files, 0700 folders), and a write either lands whole or
leaves the previous file exactly as it was.
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import tempfile
from datetime import datetime
from pathlib import Path

from mat_companion.core.texts import Text, TextError, text

PRIVATE_FILE_MODE = 0o600
PRIVATE_DIR_MODE = 0o700


class StorageError(TextError):
    """A file could not be read or written; the message is one sentence for the user."""


def describe_os_error(error: OSError, action: Text, path: Path) -> Text:
    """Turn an OSError into one plain sentence naming the file or folder."""
    reasons = {
        errno.EACCES: text("permission denied"),
        errno.EPERM: text("permission denied"),
        errno.EROFS: text("the disk is read-only"),
        errno.ENOSPC: text("the disk is full"),
        errno.EDQUOT: text("the disk quota is exceeded"),
        errno.ENOTDIR: text("a file is in the way of the folder"),
        errno.EEXIST: text("a file is in the way of the folder"),
        errno.ENOENT: text("it does not exist"),
    }
    reason = reasons.get(error.errno or 0, error.strerror or str(error))
    return text("Could not {action} {path}: {reason}.", action=action, path=path, reason=reason)


def ensure_private_dir(path: Path) -> None:
    """Create ``path`` (and parents) if needed; folders the app creates are 0700."""
    missing = []
    current = path
    while not current.exists():
        missing.append(current)
        if current.parent == current:
            break
        current = current.parent
    for folder in reversed(missing):
        with contextlib.suppress(FileExistsError):
            folder.mkdir(mode=PRIVATE_DIR_MODE)
        os.chmod(folder, PRIVATE_DIR_MODE)
    if not path.is_dir():
        raise NotADirectoryError(errno.ENOTDIR, "not a folder", str(path))


def check_writable_dir(path: Path) -> None:
    """Create ``path`` if needed and prove a file can be written there.

    Raises:
        StorageError: with one sentence naming the folder.
    """
    try:
        ensure_private_dir(path)
        fd, probe = tempfile.mkstemp(prefix=".write-test-", dir=path)
        os.close(fd)
        os.unlink(probe)
    except OSError as error:
        raise StorageError(describe_os_error(error, text("write to the folder"), path)) from error


def _fsync_dir(folder: Path) -> None:
    """Make a rename in ``folder`` durable (not possible on every platform)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _keep_backup(path: Path) -> None:
    """Make ``path.bak`` a copy of the current file, replacing any older backup atomically."""
    backup = path.with_name(path.name + ".bak")
    staging = path.with_name(path.name + ".bak.tmp")
    with contextlib.suppress(FileNotFoundError):
        staging.unlink()
    try:
        os.link(path, staging)
    except OSError:
        shutil.copyfile(path, staging)
        os.chmod(staging, PRIVATE_FILE_MODE)
    os.replace(staging, backup)


def write_atomic(path: Path, data: bytes, *, backup: bool = False) -> None:
    """Write ``data`` to ``path`` so that a crash leaves either the old or the new file.

    The bytes go to a private temporary file in the same folder, are flushed
    and fsynced, and then renamed over ``path``. With ``backup`` the previous
    file is kept as ``<name>.bak``. On failure the temporary file is removed and
    the existing file is untouched.

    Raises:
        StorageError: with one sentence naming the file and the reason.
    """
    try:
        ensure_private_dir(path.parent)
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as error:
        raise StorageError(describe_os_error(error, text("save"), path)) from error
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if backup and path.exists():
            _keep_backup(path)
        os.replace(tmp, path)
    except OSError as error:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise StorageError(describe_os_error(error, text("save"), path)) from error
    _fsync_dir(path.parent)


def set_aside(path: Path, reason: str, *, now: datetime | None = None) -> Path:
    """Move a file the app cannot use to a timestamped name beside it and return that name.

    The bytes are never altered: the user (or a later version of the app) can
    still recover whatever the file held.
    """
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.{reason}-{stamp}")
    counter = 1
    while target.exists():
        counter += 1
        target = path.with_name(f"{path.name}.{reason}-{stamp}-{counter}")
    os.replace(path, target)
    return target
