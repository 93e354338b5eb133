"""Catch any write into the real home directory, and any network connection, during the tests.

An audit hook sees every file the Python process opens for writing and every
folder it creates, renames or removes; a write under the real home (outside the
checkout and the temporary folders) is recorded and fails the test. The app
never opens a network connection either: an internet socket connecting or a
host name being looked up is recorded the same way.
"""

from __future__ import annotations

import os
import socket
import sys
import tempfile
from pathlib import Path

_WRITE_FLAGS = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_APPEND | os.O_TRUNC
_INTERNET = (socket.AF_INET, socket.AF_INET6)
_PATH_EVENTS = {"os.mkdir", "os.rename", "os.replace", "os.remove", "os.rmdir", "os.chmod"}


class ProcessGuard:
    """Records writes under ``home`` that are not under one of ``allowed``."""

    def __init__(self, home: Path, allowed: list[Path]) -> None:
        self.home = home.resolve()
        self.allowed = [path.resolve() for path in allowed]
        self.violations: list[str] = []

    def is_forbidden(self, path: object) -> bool:
        """Whether writing ``path`` would touch the real home."""
        if isinstance(path, int) or path is None:
            return False
        try:
            target = Path(os.fsdecode(path)).absolute()
        except (TypeError, ValueError):
            return False
        if not target.is_relative_to(self.home):
            return False
        return not any(target.is_relative_to(root) for root in self.allowed)

    def __call__(self, event: str, args: tuple[object, ...]) -> None:
        if event == "open":
            path, mode, flags = args
            writing = (isinstance(mode, str) and any(c in mode for c in "wax+")) or (
                isinstance(flags, int) and bool(flags & _WRITE_FLAGS)
            )
            if writing and self.is_forbidden(path):
                self.violations.append(f"open for writing: {path}")
        elif event in _PATH_EVENTS and args and self.is_forbidden(args[0]):
            self.violations.append(f"{event}: {args[0]}")
        elif event == "socket.connect" and args[0].family in _INTERNET:
            self.violations.append(f"network connection to {args[1]}")
        elif event in ("socket.getaddrinfo", "socket.gethostbyname"):
            self.violations.append(f"host name lookup of {args[0]}")


def install(checkout: Path) -> ProcessGuard:
    """Install the guard for the rest of the process (audit hooks cannot be removed)."""
    guard = ProcessGuard(Path(os.path.expanduser("~")), [checkout, Path(tempfile.gettempdir())])
    sys.addaudithook(guard)
    return guard
