import time
from datetime import UTC, datetime, timedelta

import pytest

from mat_companion.core.clock import FakeClock, local_now


def test_fake_clock_moves_only_when_told() -> None:
    clock = FakeClock(start=10.0)
    assert clock.now() == 10.0
    clock.advance(2.5)
    assert clock.now() == 12.5
    with pytest.raises(ValueError):
        clock.advance(-1)


def test_the_recorded_wall_time_carries_the_local_utc_offset(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """History records say where in the world they happened; a naive or UTC time would not."""
    monkeypatch.setenv("TZ", "Asia/Kolkata")
    time.tzset()
    try:
        now = local_now()
    finally:
        monkeypatch.undo()
        time.tzset()
    assert now.utcoffset() == timedelta(hours=5, minutes=30)
    assert abs(now - datetime.now(UTC)) < timedelta(minutes=1)
