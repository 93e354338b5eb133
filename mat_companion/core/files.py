"""Durable, private file operations shared by every store the app keeps.

The user's files hold health data, so everything created here is readable by
the user alone (0600 files, 0700 folders), and a write either lands whole or
leaves the previous file exactly as it was.
"""

from __future__ import annotations

import contextlib
import errno
import functools
import itertools
import os
import stat
import sys
import tempfile
from collections.abc import Callable, Iterable, Iterator
from datetime import datetime
from pathlib import Path
from typing import cast

from mat_companion.core.texts import Text, TextError, text

PRIVATE_FILE_MODE = 0o600
PRIVATE_DIR_MODE = 0o700
#: Opening never blocks (a FIFO waits for a writer), the file is not inherited by children,
#: and Windows reads bytes as they are (not as text ending at the first Ctrl+Z).
_NONBLOCK = getattr(os, "O_NONBLOCK", 0)
_OPEN_FLAGS = _NONBLOCK | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0)
_NO_FOLLOW = getattr(os, "O_NOFOLLOW", 0)
_WRITABLE_BY_OTHERS = stat.S_IWGRP | stat.S_IWOTH
#: As many links as the system itself follows in one path before it calls them a loop.
_MAX_LINKS = 40


class StorageError(TextError):
    """A file could not be read or written; the message is one sentence for the user."""


def _kind(mode: int) -> Text:
    if stat.S_ISDIR(mode):
        return text("a folder")
    if stat.S_ISFIFO(mode):
        return text("a named pipe")
    if stat.S_ISSOCK(mode):
        return text("a socket")
    if stat.S_ISLNK(mode):
        return text("a symbolic link")
    return text("a device")


class NotAFileError(StorageError):
    """Something other than a regular file sits where the app keeps one of its files."""

    def __init__(self, path: Path, mode: int) -> None:
        self.kind = _kind(mode)
        super().__init__(
            text(
                "{path} is {kind}, not a regular file, so Mat Companion left it alone; "
                "move it away and try again.",
                path=path,
                kind=self.kind,
            )
        )


class ForeignFolderError(StorageError):
    """A folder the app would write in belongs to another user, who could swap its files."""

    def __init__(self, folder: Path) -> None:
        super().__init__(
            text(
                "The folder {path} belongs to another user, so Mat Companion will not use it; "
                "use a folder of your own (for example with --data-dir).",
                path=folder,
            )
        )


class UnavailableTargetError(StorageError):
    """A link leads into a folder that is not there: its drive or synced folder is not mounted."""

    def __init__(self, link: Path, target: Path) -> None:
        self.link, self.target = link, target
        super().__init__(
            text(
                "{path} is a link to {target}, which is not available; nothing is saved "
                "there until it is back.",
                path=link,
                target=target,
            )
        )


class ForeignLinkError(StorageError):
    """A link another user made: following it would let them pick which of our files is written."""

    def __init__(self, link: Path) -> None:
        super().__init__(
            text(
                "{path} is a link another user made, so Mat Companion will not write through it; "
                "replace it with a link of your own.",
                path=link,
            )
        )


def os_error_reason(error: OSError) -> Text | str:
    """Why the system refused, in plain words (the system's own words for rare cases)."""
    reasons = {
        errno.EACCES: text("permission denied"),
        errno.EPERM: text("permission denied"),
        errno.EROFS: text("the disk is read-only"),
        errno.ENOSPC: text("the disk is full"),
        errno.EDQUOT: text("the disk quota is exceeded"),
        errno.ENOTDIR: text("a file is in the way of the folder"),
        errno.EEXIST: text("a file is in the way of the folder"),
        errno.ENOENT: text("it does not exist"),
        errno.EISDIR: text("a folder is in the way"),
        errno.ELOOP: text("its links lead round in a loop"),
        errno.ENAMETOOLONG: text("its name is too long"),
    }
    return reasons.get(error.errno or 0, error.strerror or str(error))


def describe_os_error(error: OSError, action: Text, path: Path) -> Text:
    """Turn an OSError into one plain sentence naming the file or folder."""
    reason = os_error_reason(error)
    return text("Could not {action} {path}: {reason}.", action=action, path=path, reason=reason)


def open_regular(path: Path, flags: int, *, follow_symlinks: bool = False) -> int:
    """Open ``path`` as a regular file, or refuse at once; return the descriptor (blocking).

    A named pipe would block the open or the read forever, a device can be
    endless, and a planted symbolic link would make the app write (or chmod)
    someone else's file; all are refused with ``NotAFileError`` naming the real
    path. New files are created 0600.
    """
    flags |= _OPEN_FLAGS | (0 if follow_symlinks else _NO_FOLLOW)
    try:
        fd = os.open(path, flags, PRIVATE_FILE_MODE)
    except OSError as error:
        try:
            info = os.stat(path) if follow_symlinks else os.lstat(path)
        except OSError:
            raise error from None
        if not stat.S_ISREG(info.st_mode):
            raise NotAFileError(_real(path, follow_symlinks), info.st_mode) from None
        raise
    info = os.fstat(fd)
    if not stat.S_ISREG(info.st_mode):
        os.close(fd)
        raise NotAFileError(_real(path, follow_symlinks), info.st_mode)
    if _NONBLOCK:
        os.set_blocking(fd, True)
    return fd


def _real(path: Path, follow_symlinks: bool) -> Path:
    return Path(os.path.realpath(path)) if follow_symlinks else path


def read_regular_file(path: Path) -> bytes:
    """The bytes of ``path`` (symbolic links followed) if it is a regular file.

    Raises:
        NotAFileError: it is a folder, named pipe, socket or device.
        OSError: it could not be read (``FileNotFoundError`` if missing).
    """
    with os.fdopen(open_regular(path, os.O_RDONLY, follow_symlinks=True), "rb") as handle:
        return handle.read()


def make_private(fd: int, mode: int = PRIVATE_FILE_MODE) -> None:
    """Set ``mode`` through the descriptor, so a link swapped in since the open is never followed.

    Windows has no such modes: there the user's profile folder keeps the files private.
    """
    if hasattr(os, "fchmod"):
        os.fchmod(fd, mode)


def _make_private_dir(folder: Path) -> None:
    if sys.platform == "win32" or not hasattr(os, "fchmod"):
        return  # Windows cannot open a folder (Python 3.13 has os.fchmod there all the same)
    fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0) | _NO_FOLLOW)
    try:
        make_private(fd, PRIVATE_DIR_MODE)
    finally:
        os.close(fd)


def ensure_private_dir(path: Path) -> None:
    """Create ``path`` (and parents) if needed; folders the app creates are 0700.

    Raises:
        OSError: it could not be created (``NotADirectoryError`` if a file is in the way).
    """
    missing = []
    current = path
    while not current.exists():
        missing.append(current)
        if current.parent == current:
            break
        current = current.parent
    for folder in reversed(missing):
        try:
            folder.mkdir(mode=PRIVATE_DIR_MODE)
        except FileExistsError:
            continue  # someone else made it: not ours to chmod
        _make_private_dir(folder)
    if not path.is_dir():
        raise NotADirectoryError(errno.ENOTDIR, "not a folder", str(path))


def ensure_own_dir(path: Path) -> None:
    """``ensure_private_dir``, and refuse a folder owned by someone else.

    Its owner could replace any file in it between our checks and our writes
    (and a folder left owned by root by a run with sudo cannot be used anyway).

    Raises:
        ForeignFolderError: the folder belongs to another user.
        OSError: it could not be created (``NotADirectoryError`` if a file is in the way).
    """
    ensure_private_dir(path)
    _refuse_foreign(path)


def _refuse_dangling_folder(path: Path) -> None:
    """Raise ``UnavailableTargetError`` if ``path`` or a folder above it is a link to nowhere.

    A data folder linked into a synced folder that is not mounted must not be
    made afresh (nor read as empty): it is not there.
    """
    for folder in (path, *path.parents):
        if os.path.exists(folder):
            return
        if os.path.islink(folder):
            raise UnavailableTargetError(folder, Path(os.path.realpath(folder)))


def _refuse_foreign(folder: Path) -> None:
    """Raise ``ForeignFolderError`` if another user owns ``folder`` (Windows has no owners)."""
    if hasattr(os, "geteuid") and folder.stat().st_uid != os.geteuid():
        raise ForeignFolderError(folder)


def link_target(path: Path) -> Path:
    """The file a write to ``path`` replaces or makes: ``path``, or the end of its chain of links.

    Writing to the end keeps a link a link, so a history linked into a synced
    folder stays synced. Only the user's own (or root's) links are followed,
    and only to a regular file: a link another user planted, or one to a device,
    must not choose what the app overwrites. A link to a missing file in a
    folder that is there leads to that file; whether it may be made is the
    caller's to say (a history insists on finding its file).

    Raises:
        UnavailableTargetError: the chain ends in a missing folder (a drive not mounted).
        ForeignLinkError: a link of the chain belongs to another user.
        NotAFileError: the chain ends at a folder, pipe, socket or device.
        OSError: a link could not be read (``ELOOP`` for a loop of links).
    """
    current = path
    for _ in range(_MAX_LINKS):
        try:
            info = os.lstat(current)
        except FileNotFoundError:
            if current == path:
                _refuse_dangling_folder(path.parent)
                return path  # no file yet: the first save makes it
            end = Path(os.path.realpath(current))
            if not end.parent.is_dir():
                raise UnavailableTargetError(path, end) from None
            return end
        if current == path and not stat.S_ISLNK(info.st_mode):
            return path
        if not stat.S_ISLNK(info.st_mode):
            if not stat.S_ISREG(info.st_mode):
                raise NotAFileError(Path(os.path.realpath(current)), info.st_mode)
            return Path(os.path.realpath(current))
        if hasattr(os, "geteuid") and info.st_uid not in (os.geteuid(), 0):
            raise ForeignLinkError(current)
        current = current.parent / os.readlink(current)
    raise OSError(errno.ELOOP, os.strerror(errno.ELOOP), str(path))


def check_writable_dir(path: Path) -> None:
    """Create ``path`` if needed and prove a file can be written there.

    Raises:
        StorageError: with one sentence naming the folder.
    """
    _refuse_dangling_folder(path)
    try:
        ensure_own_dir(path)
        fd, probe = tempfile.mkstemp(prefix=".write-test-", dir=path)
        os.close(fd)
        os.unlink(probe)
    except OSError as error:
        raise StorageError(describe_os_error(error, text("write to the folder"), path)) from error


def shared_folder_warning(path: Path) -> Text | None:
    """One sentence to show if other users can change the files in ``path``.

    A warning, not a refusal: a shared or removable disk is the user's choice
    to make, and the app's own files there are written without following links.
    """
    try:
        mode = path.stat().st_mode
    except OSError:
        return None
    if not mode & _WRITABLE_BY_OTHERS or not hasattr(os, "geteuid"):
        return None
    return text(
        "Other users can change the files in {path}; keep your sessions private by "
        "making the folder yours alone (chmod 700).",
        path=path,
    )


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


def file_behind(path: Path) -> Path:
    """The file to set aside for ``path``: the one its links lead to, else ``path`` itself.

    Moving a link aside would leave the next save a plain file in its place, and
    the copy the link shared (in a synced folder, in dotfiles) would stop being
    written: the file it leads to is moved in its own folder, and the link stays.
    A link that must not be followed is moved itself, as any other odd file.
    """
    try:
        return link_target(path)
    except (StorageError, OSError):
        return path


def backup_of(path: Path) -> Path:
    """Where ``write_atomic(path, ..., backup=True)`` keeps the previous file."""
    return path.with_name(path.name + ".bak")


def _keep_backup(current: Path, path: Path) -> None:
    """Make ``path.bak`` a copy of ``current``, the file ``path`` leads to, replacing it atomically.

    Raises:
        StorageError: naming the backup (or its staging name) that is in the way.
    """
    backup = backup_of(path)
    staging = path.with_name(path.name + ".bak.tmp")
    try:
        with contextlib.suppress(FileNotFoundError):
            staging.unlink()
        try:
            os.link(current, staging)
        except OSError:  # no hard links here, or the link led to another disk
            _write_new(staging, read_regular_file(current))
    except OSError as error:
        raise StorageError(describe_os_error(error, text("keep the backup"), staging)) from error
    try:
        os.replace(staging, backup)
    except OSError as error:
        raise StorageError(describe_os_error(error, text("keep the backup"), backup)) from error


def _write_new(path: Path, data: bytes) -> None:
    """Write a file that must not exist yet (so no planted link is followed), durably, 0600."""
    fd = open_regular(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
    except OSError:
        with contextlib.suppress(OSError):
            path.unlink()
        raise


def write_atomic(path: Path, data: bytes, *, backup: bool = False) -> None:
    """Write ``data`` to ``path`` so that a crash leaves either the old or the new file.

    The bytes go to a private temporary file in the same folder, are flushed
    and fsynced, and then renamed over ``path``. A link stays a link: the file
    it leads to (``link_target``) is replaced in its own folder, which must be
    the user's own as well. With ``backup`` the previous file is kept as
    ``<name>.bak`` beside ``path``: with a link into a synced folder, that is
    this computer's own copy, which no sync tool replaces. On failure the
    temporary file is removed and the existing file is untouched.

    Raises:
        StorageError: with one sentence naming the file and the reason.
    """
    try:
        target = link_target(path)
        ensure_own_dir(path.parent)
        if target != path:
            _refuse_foreign(target.parent)
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    except OSError as error:
        raise StorageError(describe_os_error(error, text("save"), path)) from error
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if backup and target.exists():
            _keep_backup(target, path)
        os.replace(tmp, target)
    except BaseException as error:
        with contextlib.suppress(OSError):
            tmp.unlink()
        if isinstance(error, OSError):
            raise StorageError(describe_os_error(error, text("save"), path)) from error
        raise
    _fsync_dir(target.parent)


def _aside_names(path: Path, reason: str, now: datetime | None) -> Iterator[Path]:
    """``<name>.<reason>-<timestamp>``, then ``-2``, ``-3``, ... for the same second."""
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
    yield path.with_name(f"{path.name}.{reason}-{stamp}")
    for counter in itertools.count(2):
        yield path.with_name(f"{path.name}.{reason}-{stamp}-{counter}")


def set_aside(path: Path, reason: str, *, now: datetime | None = None) -> Path:
    """Move a file the app cannot use to a timestamped name beside it and return that name.

    The bytes are never altered: the user (or a later version of the app) can
    still recover whatever the file held. Two processes setting files aside in
    the same second each get a name of their own (see ``move_to_free_name``).
    """
    return move_to_free_name(path, _aside_names(path, reason, now))


def move_to_free_name(path: Path, names: Iterable[Path]) -> Path:
    """Move ``path`` to the first of ``names`` nothing has, and return it.

    Checking that a name is free and then renaming would let another process
    take the name in between and lose its file to ours: each name is taken by an
    operation that fails if it exists.

    Raises:
        OSError: ``path`` could not be moved (``FileNotFoundError`` if it is gone).
    """
    for target in names:
        try:
            _rename_no_replace(path, target)
        except FileExistsError:
            continue
        return target
    raise FileExistsError(errno.EEXIST, "no free name", str(path))


def _rename_no_replace(source: Path, target: Path) -> None:
    """Rename ``source`` to ``target``, or raise ``FileExistsError`` if ``target`` exists."""
    if os.name == "nt":
        os.rename(source, target)  # Windows never renames over an existing name
        return
    renameat2 = _renameat2()
    if renameat2 is not None:
        if renameat2(_AT_FDCWD, os.fsencode(source), _AT_FDCWD, os.fsencode(target), 1) == 0:
            return
        import ctypes  # loaded with renameat2 itself, off the start-up path

        code = ctypes.get_errno()
        if code not in (errno.EINVAL, errno.ENOSYS, errno.EOPNOTSUPP):
            raise OSError(code, os.strerror(code), str(source), None, str(target))
    _claim_and_replace(source, target)


def _claim_and_replace(source: Path, target: Path) -> None:
    """For a file system without renameat2: create ``target`` exclusively, then rename over it.

    The name is ours from the exclusive create on, so no other process renames
    onto it, and a rename replaces only the empty stand-in we made.
    """
    directory = stat.S_ISDIR(os.lstat(source).st_mode)
    if directory:
        os.mkdir(target, PRIVATE_DIR_MODE)
    else:
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | _NO_FOLLOW | getattr(os, "O_CLOEXEC", 0)
        os.close(os.open(target, flags, PRIVATE_FILE_MODE))
    try:
        os.replace(source, target)
    except OSError:
        with contextlib.suppress(OSError):
            if directory:
                os.rmdir(target)
            else:
                os.unlink(target)
        raise


_AT_FDCWD = -100
_Renameat2 = Callable[[int, bytes, int, bytes, int], int]


@functools.cache
def _renameat2() -> _Renameat2 | None:
    """Linux's ``renameat2`` from the C library (flag 1 is RENAME_NOREPLACE), if it has one."""
    if not sys.platform.startswith("linux"):
        return None
    import ctypes  # 4 ms to import: loaded when a file is first renamed, not on every start

    try:
        function = ctypes.CDLL(None, use_errno=True).renameat2
    except (OSError, AttributeError):
        return None
    function.argtypes = [
        ctypes.c_int,
        ctypes.c_char_p,
        ctypes.c_int,
        ctypes.c_char_p,
        ctypes.c_uint,
    ]
    function.restype = ctypes.c_int
    return cast(_Renameat2, function)


def copy_aside(path: Path, data: bytes, reason: str, *, now: datetime | None = None) -> Path:
    """Keep ``data`` (the bytes ``path`` held) under a new timestamped name beside it.

    The name is created exclusively, so an earlier copy from the same second is
    never overwritten and a link planted under that name is never followed.
    """
    names = _aside_names(path, reason, now)
    while True:
        target = next(names)
        try:
            _write_new(target, data)
        except (FileExistsError, NotAFileError):  # a file, link or pipe already has that name
            continue
        return target
