"""The main-loop watchdog's judgement on a fake clock; its thread and timer start and stop."""

from __future__ import annotations

import itertools

import pytest
from pytestqt.qtbot import QtBot

from mat_companion.watchdog import MainLoopWatchdog


class FakeClock:
    def __init__(self) -> None:
        self.now = 50.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def watchdog(qtbot: QtBot, clock: FakeClock) -> MainLoopWatchdog:
    return MainLoopWatchdog(threshold=5.0, clock=clock)


def warnings(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.name == "mat_companion.watchdog"]


def test_a_loop_that_keeps_turning_is_never_logged(
    watchdog: MainLoopWatchdog, clock: FakeClock, caplog: pytest.LogCaptureFixture
) -> None:
    for _ in range(100):
        clock.now += 4.9  # late, but not as late as the threshold
        watchdog.check()
        watchdog.beat()
    assert warnings(caplog) == []
    assert watchdog.stalls == 0


def test_a_stall_is_logged_once_with_the_main_stack_then_its_end_with_its_length(
    watchdog: MainLoopWatchdog, clock: FakeClock, caplog: pytest.LogCaptureFixture
) -> None:
    watchdog.beat()
    clock.now += 6
    for _ in range(20):
        watchdog.check()
        clock.now += 1
    (stalled,) = warnings(caplog)
    assert stalled.startswith("main loop has not run for 6.0 s; the main thread is at:")
    # The check ran on the thread that built the watchdog, so that is the stack shown.
    assert "test_a_stall_is_logged_once_with_the_main_stack" in stalled
    assert watchdog.stalls == 1
    assert watchdog.longest_stall == 0.0  # not over yet

    watchdog.beat()
    watchdog.check()
    watchdog.check()
    assert warnings(caplog)[1:] == ["main loop runs again after a stall of 26.0 s"]
    assert watchdog.longest_stall == 26.0


def test_stalls_are_counted_and_the_longest_kept(
    watchdog: MainLoopWatchdog, clock: FakeClock
) -> None:
    for length in (7, 12, 9):
        watchdog.beat()
        clock.now += length
        watchdog.check()
        watchdog.beat()
        watchdog.check()
    assert watchdog.stalls == 3
    assert watchdog.longest_stall == 12


def test_start_and_stop_join_the_thread(watchdog: MainLoopWatchdog) -> None:
    watchdog.start()
    assert watchdog.running
    watchdog.stop()
    assert not watchdog.running
    watchdog.stop()  # twice is harmless


def test_the_timer_beats_on_the_main_loop(qtbot: QtBot) -> None:
    ticks = itertools.count()
    watchdog = MainLoopWatchdog(beat_ms=10, clock=lambda: float(next(ticks)))
    watchdog.start()
    try:
        started = watchdog.last_beat
        qtbot.waitUntil(lambda: watchdog.last_beat >= started + 3)
    finally:
        watchdog.stop()
