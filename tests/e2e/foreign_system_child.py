"""The app as Windows or macOS would run it, on this Linux machine: a child process of the tests.

``python -m tests.e2e.foreign_system_child SYSTEM DATA RECORD MODE`` takes away
what only Unix has (``os.getuid``, ``fcntl``, ``socket.AF_UNIX``) and QtDBus,
sets ``sys.platform`` to SYSTEM (``win32`` or ``darwin``; ``darwin-unix`` keeps
the Unix pieces, as macOS has them), and stands in for
the system calls this machine lacks, each writing a line to RECORD when used:
Windows' ``msvcrt.locking`` (over ``os.lockf``) and ``SetThreadExecutionState``;
macOS's ``caffeinate`` (a script on the PATH). What Python and Qt decide by the
platform while loading is loaded first, with this machine's own. MODE is
``window`` (``test_signals``' driver: a session started, on the mat, "ready"
printed) or ``second`` (a second launch with ``--start-session``).
"""

from __future__ import annotations

import ctypes
import os
import socket
import sys
import types
from collections.abc import Callable
from pathlib import Path

import PySide6.QtWidgets  # noqa: F401 - loaded as this system's, as Qt decides by the platform

from tests.e2e import test_signals


def recorder(record: Path) -> Callable[[str], None]:
    """Writes one line to ``record`` for each system call made."""

    def note(line: str) -> None:
        with record.open("a") as out:
            out.write(line + "\n")

    return note


def loopback_socketpair(*_args: object) -> tuple[socket.socket, socket.socket]:
    """``socket.socketpair`` as Python builds it without Unix sockets: two loopback TCP ends."""
    with socket.create_server(("127.0.0.1", 0)) as listener:
        one = socket.create_connection(listener.getsockname()[:2])
        other, _ = listener.accept()
    return one, other


def without_unix(system: str, record: Path) -> None:
    """Take Unix away, stand in for SYSTEM's calls, and become SYSTEM.

    SYSTEM ``darwin-unix`` is macOS as it is: Unix sockets, user ids and ``fcntl``
    kept, but no QtDBus and no ``SO_PEERCRED``.
    """
    note = recorder(record)
    sys.modules["PySide6.QtDBus"] = None  # type: ignore[assignment]
    if system == "darwin-unix":
        del socket.SO_PEERCRED
        sys.platform = "darwin"
        return
    del os.getuid
    del socket.AF_UNIX
    socket.socketpair = loopback_socketpair  # type: ignore[assignment]
    sys.modules["fcntl"] = None  # type: ignore[assignment]

    msvcrt = types.ModuleType("msvcrt")
    msvcrt.LK_NBLCK = 2  # type: ignore[attr-defined]

    def locking(fd: int, mode: int, nbytes: int) -> None:
        note(f"msvcrt.locking {mode} {nbytes}")
        os.lockf(fd, os.F_TLOCK, nbytes)  # raises OSError when held, as Windows does

    msvcrt.locking = locking  # type: ignore[attr-defined]
    sys.modules["msvcrt"] = msvcrt

    if system == "win32":
        for name in ("geteuid", "fchmod", "O_NOFOLLOW"):  # Windows has none of them either
            delattr(os, name)

        class SetThreadExecutionState:
            """A ctypes function of kernel32: typed by the caller, then called."""

            argtypes: list[type] | None = None
            restype: type | None = None

            def __call__(self, flags: int) -> int:
                assert self.argtypes == [ctypes.c_uint32] and self.restype is ctypes.c_uint32
                note(f"SetThreadExecutionState {flags:#x}")
                return 0x80000000

        def win_dll(name: str) -> types.SimpleNamespace:
            assert name == "kernel32"
            return types.SimpleNamespace(SetThreadExecutionState=SetThreadExecutionState())

        ctypes.WinDLL = win_dll  # type: ignore[attr-defined]
    sys.platform = system


def main() -> int:
    system, data, record, mode = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3]), sys.argv[4]
    without_unix(system, record)
    if mode == "second":
        from mat_companion.__main__ import main as entry

        return entry(["--data-dir", str(data), "--start-session"])
    return test_signals.child(data, "on_the_mat")


if __name__ == "__main__":
    sys.exit(main())
