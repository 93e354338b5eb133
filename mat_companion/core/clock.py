"""Clocks that the core reads time from.

Durations are always measured on a monotonic clock so that a changed system
time, a suspended laptop or a stalled event loop never stretches a session.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import datetime
from typing import Protocol

WallClock = Callable[[], datetime]


def local_now() -> datetime:
    """Wall-clock time with the local UTC offset: only for what is recorded, never for durations."""
    return datetime.now().astimezone()


class Clock(Protocol):
    """Anything that tells monotonic seconds."""

    def now(self) -> float:
        """Return monotonic seconds from an arbitrary origin."""
        ...


class MonotonicClock:
    """The real clock: ``time.monotonic``."""

    def now(self) -> float:
        """Return ``time.monotonic()``."""
        return time.monotonic()


class FakeClock:
    """A clock that only moves when told, for tests."""

    def __init__(self, start: float = 1000.0) -> None:
        self._now = start

    def now(self) -> float:
        """Return the current fake time."""
        return self._now

    def advance(self, seconds: float) -> None:
        """Move time forward; moving it back is a bug in the test."""
        if seconds < 0:
            raise ValueError("a clock cannot go backwards")
        self._now += seconds
