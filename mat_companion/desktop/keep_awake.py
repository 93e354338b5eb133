"""Keep the screen on and the computer awake while a session runs, on each system.

Each way is a small class with ``inhibit(reason)`` and ``release()``; none of
them may fail a session: where the system refuses, ``unavailable_reason`` says
why and a log line records it. What the system does when the app dies matters
as much as ``release``: every hold here ends with the process.
"""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol, cast

if TYPE_CHECKING:
    import subprocess

log = logging.getLogger(__name__)

#: Windows' EXECUTION_STATE flags (winbase.h).
ES_CONTINUOUS = 0x80000000
ES_SYSTEM_REQUIRED = 0x00000001
ES_DISPLAY_REQUIRED = 0x00000002


class KeepAwake(Protocol):
    """Holds off the screen saver and sleep while a session runs."""

    unavailable_reason: str | None

    @property
    def active(self) -> bool:
        """Whether the screen and the computer are held awake now."""
        ...

    def inhibit(self, reason: str) -> None:
        """Hold the screen on and the computer awake (a no-op if already held)."""
        ...

    def release(self) -> None:
        """Let the screen saver and sleep work again."""
        ...


class NullKeepAwake:
    """For a system the app knows no way to keep awake: the session runs all the same."""

    def __init__(self, why: str = "no way to keep this system awake") -> None:
        self._why = why
        self.unavailable_reason: str | None = None

    @property
    def active(self) -> bool:
        """Never: nothing is held."""
        return False

    def inhibit(self, reason: str) -> None:
        """Say, once per session, that nothing is held."""
        self.unavailable_reason = self._why
        log.info("screen saver not inhibited: %s", self._why)

    def release(self) -> None:
        """Nothing to let go of."""


def _set_thread_execution_state() -> Callable[[int], int]:
    """kernel32's ``SetThreadExecutionState``, typed (it takes and returns a DWORD).

    Raises:
        OSError: this is not Windows, or kernel32 will not load.
    """
    if sys.platform != "win32":
        raise OSError("kernel32 is Windows' own")
    import ctypes

    function = ctypes.WinDLL("kernel32").SetThreadExecutionState
    function.argtypes = [ctypes.c_uint32]
    function.restype = ctypes.c_uint32
    return cast("Callable[[int], int]", function)


class WindowsKeepAwake:
    """``SetThreadExecutionState``: the display and the system are required while held.

    The state belongs to the calling thread (the GUI thread, which makes every call)
    and ends with it, so a crash releases it too.
    """

    def __init__(self, set_state: Callable[[int], int] | None = None) -> None:
        self._set_state = set_state
        self._active = False
        self.unavailable_reason: str | None = None

    @property
    def active(self) -> bool:
        """Whether the display and the system are held on now."""
        return self._active

    def inhibit(self, reason: str) -> None:
        """Require the display and the system until ``release``."""
        if self._active:
            return
        try:
            if self._set_state is None:
                self._set_state = _set_thread_execution_state()
            previous = self._set_state(ES_CONTINUOUS | ES_SYSTEM_REQUIRED | ES_DISPLAY_REQUIRED)
        except OSError as error:  # no kernel32 to be had
            previous, problem = 0, f"SetThreadExecutionState is not available: {error}"
        else:
            problem = "SetThreadExecutionState refused"
        if previous == 0:
            self.unavailable_reason = problem
            log.info("screen saver not inhibited: %s", problem)
            return
        self._active = True
        log.info("screen saver inhibited (%s)", reason)

    def release(self) -> None:
        """Back to the system's own timers."""
        if not self._active or self._set_state is None:
            return
        self._set_state(ES_CONTINUOUS)
        self._active = False
        log.info("screen saver released")


class MacKeepAwake:
    """``caffeinate -d -i -w PID``: the display and idle sleep held off while this app lives.

    ``-w`` makes caffeinate end when the app does, so a crash releases it too;
    ``release`` ends it at once.
    """

    def __init__(
        self,
        popen: Callable[..., subprocess.Popen[bytes]] | None = None,
        which: Callable[[str], str | None] = shutil.which,
    ) -> None:
        self._popen = popen  # subprocess.Popen, loaded when first needed (not at start-up)
        self._which = which
        self._process: subprocess.Popen[bytes] | None = None
        self.unavailable_reason: str | None = None

    @property
    def active(self) -> bool:
        """Whether caffeinate is holding the system awake now."""
        return self._process is not None and self._process.poll() is None

    def inhibit(self, reason: str) -> None:
        """Start caffeinate for this process (a no-op if it already runs)."""
        if self.active:
            return
        import subprocess

        program = self._which("caffeinate")
        popen = self._popen or subprocess.Popen
        try:
            if program is None:
                raise FileNotFoundError("caffeinate is not on the PATH")
            self._process = popen(
                [program, "-d", "-i", "-w", str(os.getpid())],
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
        except OSError as error:
            self.unavailable_reason = f"caffeinate could not start: {error}"
            log.info("screen saver not inhibited: %s", self.unavailable_reason)
            return
        log.info("screen saver inhibited (%s)", reason)

    def release(self) -> None:
        """End caffeinate and wait for it (it ends at once on SIGTERM)."""
        import subprocess

        process, self._process = self._process, None
        if process is None:
            return
        process.terminate()
        try:
            process.wait(timeout=2)
        except subprocess.TimeoutExpired:
            process.kill()
            with contextlib.suppress(subprocess.TimeoutExpired):
                process.wait(timeout=2)
        log.info("screen saver released")
