import time

import pytest

from mat_companion.core.clock import FakeClock, MonotonicClock


def test_fake_clock_moves_only_when_told() -> None:
    clock = FakeClock(start=10.0)
    assert clock.now() == 10.0
    clock.advance(2.5)
    assert clock.now() == 12.5
    with pytest.raises(ValueError):
        clock.advance(-1)


def test_monotonic_clock_follows_time_monotonic() -> None:
    before = time.monotonic()
    reading = MonotonicClock().now()
    assert before <= reading <= time.monotonic()
