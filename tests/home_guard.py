"""Catch any write into the real home directory during the tests.

An audit hook sees every file the Python process opens for writing and every
folder it creates, renames or removes; a write under the real home (outside the
checkout and the temporary folders) is recorded and fails the test.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

_WRITE_FLAGS = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_APPEND | os.O_TRUNC
_PATH_EVENTS = {"os.mkdir", "os.rename", "os.replace", "os.remove", "os.rmdir", "os.chmod"}


class HomeGuard:
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


def install(checkout: Path) -> HomeGuard:
    """Install the guard for the rest of the process (audit hooks cannot be removed)."""
    guard = HomeGuard(Path(os.path.expanduser("~")), [checkout, Path(tempfile.gettempdir())])
    sys.addaudithook(guard)
    return guard
