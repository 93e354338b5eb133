"""The watchdog against a main thread really blocked for a second and a half (real time)."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator

import pytest
from pytestqt.qtbot import QtBot

from mat_companion.watchdog import MainLoopWatchdog

STALL = 1.5


def sleep_in_c(seconds: float) -> None:
    """Blocked outside Python, as in a wedged Qt call (the GIL is free)."""
    time.sleep(seconds)


def spin_in_python(seconds: float) -> None:
    """Busy in Python code, as in a slow handler (the GIL is shared out)."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        pass


@pytest.fixture
def watchdog(qtbot: QtBot) -> Iterator[MainLoopWatchdog]:
    watchdog = MainLoopWatchdog(threshold=0.5, beat_ms=50, check_every=0.1)
    watchdog.start()
    yield watchdog
    watchdog.stop()


@pytest.mark.parametrize("block", [sleep_in_c, spin_in_python])
def test_a_blocked_main_loop_is_logged_once_and_its_end_too(
    watchdog: MainLoopWatchdog,
    qtbot: QtBot,
    caplog: pytest.LogCaptureFixture,
    block: Callable[[float], None],
) -> None:
    qtbot.wait(300)  # the loop turns: beats, and no stall
    assert watchdog.stalls == 0

    block(STALL)
    qtbot.waitUntil(lambda: watchdog.longest_stall > 0, timeout=3000)

    messages = [r.getMessage() for r in caplog.records if r.name == "mat_companion.watchdog"]
    assert len(messages) == 2
    assert messages[0].startswith("main loop has not run for")
    assert block.__name__ in messages[0]  # the stack says where the main thread was stuck
    assert messages[1].startswith("main loop runs again after a stall of")
    assert watchdog.stalls == 1
    # From the last beat before to the first beat after: the block plus up to one beat.
    assert STALL <= watchdog.longest_stall < STALL + 0.5
