"""One window per data folder: a second launch hands its request to the first and exits.

The running app listens on an address named after its data folder (so a
portable ``--data-dir`` copy is an instance of its own). Where there are Unix
sockets (Linux, macOS) it is a socket file that a new launch tries with plain
Python before loading Qt, so handing over costs a few milliseconds; only the
listening side uses Qt (QLocalServer). Elsewhere (Windows) it is a named pipe,
which both sides reach through Qt's QLocalServer and QLocalSocket.

The socket lives in a folder only the user can enter: ``XDG_RUNTIME_DIR``, or
without one a folder of the user's own in the temporary folder (on macOS the
user's own already). Another local user could otherwise bind the name first
and take the requests; a folder that is not the user's alone is refused, and
so is a peer of another user. A pipe is named after the user too, and Qt makes
it reachable by that user only.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import json
import logging
import os
import socket
import stat
import struct
import tempfile
from pathlib import Path
from typing import Any

from mat_companion.core.files import PRIVATE_DIR_MODE
from mat_companion.core.texts import TextError, text
from mat_companion.paths import AppPaths

log = logging.getLogger(__name__)

#: How long a new launch waits for the running one to answer.
HANDOVER_TIMEOUT = 2.0


class InstanceFolderError(TextError):
    """The socket's folder is not the user's alone, so there is no single instance this time."""


def instance_key(data: Path) -> str:
    """A short key for a data folder, the same for every spelling of it.

    A symlink, ``..`` or a trailing slash resolve to one real path; a bind mount
    of the same folder has another path but the same device and inode.
    """
    real = os.path.realpath(data)
    try:
        found = os.stat(real)
    except OSError:
        identity = os.fsencode(real)
    else:
        identity = f"{found.st_dev}:{found.st_ino}".encode()
    return hashlib.sha256(identity).hexdigest()[:16]


def _is_private(found: os.stat_result) -> bool:
    return (
        stat.S_ISDIR(found.st_mode)
        and found.st_uid == os.getuid()
        and stat.S_IMODE(found.st_mode) & 0o077 == 0
    )


def runtime_folder() -> Path:
    """The user's private folder for the socket.

    ``XDG_RUNTIME_DIR`` where it exists, else ``mat-companion-UID`` in the
    temporary folder, made 0700 on first use (and never a symlink).

    Raises:
        InstanceFolderError: the folder belongs to someone else or others may enter it.
    """
    runtime = os.environ.get("XDG_RUNTIME_DIR", "")
    own = not (runtime and os.path.isdir(runtime))
    folder = Path(tempfile.gettempdir()) / f"mat-companion-{os.getuid()}" if own else Path(runtime)
    try:
        if own:
            with contextlib.suppress(FileExistsError):
                folder.mkdir(mode=PRIVATE_DIR_MODE)
        found = os.lstat(folder) if own else os.stat(folder)
    except OSError as error:
        raise _refused(folder) from error
    if not _is_private(found):
        raise _refused(folder)
    return folder


def _refused(folder: Path) -> InstanceFolderError:
    return InstanceFolderError(
        text(
            "The folder {folder} is not yours alone, so a second launch of the app "
            "opens a second window instead of bringing this one forward.",
            folder=folder,
        )
    )


def socket_path(paths: AppPaths) -> Path:
    """The socket of the instance that owns ``paths``.

    Short enough for any Unix: macOS allows 103 bytes, and its temporary
    folder alone takes 48 of them.

    Raises:
        InstanceFolderError: there is no private folder to keep it in.
    """
    return runtime_folder() / f"mc-{instance_key(paths.data)}.sock"


def pipe_name(paths: AppPaths) -> str:
    """The local server name of the instance that owns ``paths``, where there are no sockets.

    Named pipes are shared by every user of the machine, so the name is the user's
    too: their profile folder, which every Windows user has (unlike a user name in
    the environment) and no two share.
    """
    user = hashlib.sha256(os.fsencode(os.path.expanduser("~"))).hexdigest()[:8]
    return f"mat-companion-{user}-{instance_key(paths.data)}"


def has_unix_sockets() -> bool:
    """Whether this system has Unix sockets and user ids (not Windows)."""
    return hasattr(socket, "AF_UNIX") and hasattr(os, "getuid")


def instance_address(paths: AppPaths) -> Path | str:
    """Where the instance that owns ``paths`` listens: a socket file, or else a pipe's name.

    Raises:
        InstanceFolderError: there is no private folder to keep a socket in.
    """
    return socket_path(paths) if has_unix_sockets() else pipe_name(paths)


def _peer_uid(connection: socket.socket) -> int | None:
    """The user id of the process at the other end, where the system tells.

    Linux says it with ``SO_PEERCRED`` (pid, uid, gid); macOS with ``LOCAL_PEERCRED``,
    an ``xucred`` (version, uid, groups) at the socket's own level, 0.
    """
    linux = getattr(socket, "SO_PEERCRED", None)
    if linux is not None:
        credentials = connection.getsockopt(socket.SOL_SOCKET, linux, struct.calcsize("3i"))
        return int(struct.unpack("3i", credentials)[1])
    macos = getattr(socket, "LOCAL_PEERCRED", None)
    if macos is not None:
        credentials = connection.getsockopt(0, macos, _XUCRED_SIZE)
        return int(struct.unpack_from("=2I", credentials)[1])
    return None


#: ``struct xucred``: version, uid, a short count and 16 group ids (76 bytes).
_XUCRED_SIZE = struct.calcsize("=IIh2x16I")


def hand_over(address: Path | str, request: dict[str, Any]) -> bool:
    """Pass ``request`` to a running instance; False if none answers (start one then).

    Nothing is sent to a socket that another user owns or listens on.
    """
    if isinstance(address, str):
        return _hand_over_to_pipe(address, request)
    path = address
    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as connection:
            connection.settimeout(HANDOVER_TIMEOUT)
            connection.connect(os.fsencode(path))
            peer = _peer_uid(connection)
            if peer is not None and peer != os.getuid():
                log.warning("single instance: %s is another user's (uid %d)", path, peer)
                return False
            connection.sendall(json.dumps(request).encode() + b"\n")
            return connection.recv(16).startswith(b"ok")
    except OSError as error:
        if error.errno not in (errno.ENOENT, errno.ECONNREFUSED):
            log.warning("single instance: no answer on %s: %s", path, error)
        return False


def _hand_over_to_pipe(name: str, request: dict[str, Any]) -> bool:
    """``hand_over`` through Qt, for a system without Unix sockets."""
    from PySide6.QtNetwork import QLocalSocket

    wait = int(HANDOVER_TIMEOUT * 1000)
    connection = QLocalSocket()
    connection.connectToServer(name)
    if not connection.waitForConnected(wait):
        if connection.error() not in (
            QLocalSocket.LocalSocketError.ServerNotFoundError,
            QLocalSocket.LocalSocketError.ConnectionRefusedError,
        ):
            log.warning("single instance: no answer on %s: %s", name, connection.errorString())
        return False
    connection.write(json.dumps(request).encode() + b"\n")
    answer = b""
    if connection.waitForBytesWritten(wait):
        while b"\n" not in answer and connection.waitForReadyRead(wait):
            answer += bytes(connection.readAll().data())
        answer += bytes(connection.readAll().data())
    connection.abort()
    return answer.startswith(b"ok")
