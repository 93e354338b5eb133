"""The heard clock: when each written sample will be heard, steady on a busy machine."""

import math

import pytest

from mat_companion.audio.stream import (
    FRESH_SECONDS,
    RATE,
    READING_SECONDS,
    RESYNC_SECONDS,
    SMOOTHING_SECONDS,
    HeardClock,
)

#: Readings 0.04 s apart: this many in a row of strays last RESYNC_SECONDS.
STRAYS_TO_RESYNC = math.ceil(RESYNC_SECONDS / 0.04 - 1e-9) + 1


def test_it_follows_the_sinks_clock_and_its_slow_drift() -> None:
    clock = HeardClock()
    drift = 250e-6  # the sink's clock runs 250 ppm slow against the monotonic one
    for tick in range(2000):
        now = 100.0 + tick * 0.04
        clock.observe(now, (now - 100.2) * (1 - drift) * RATE)
    now = 100.0 + 1999 * 0.04
    assert clock.time_of(round((now - 100.2) * (1 - drift) * RATE)) == pytest.approx(now, abs=5e-4)


def test_a_late_reading_now_and_then_moves_nothing() -> None:
    clock = HeardClock()
    for tick in range(500):
        now = 10.0 + tick * 0.04
        late = 0.07 if tick % 7 == 3 else 0.0  # the reading was made, then this thread waited
        clock.observe(now + late, (now - 10.2) * RATE)
    assert clock.time_of(0) == pytest.approx(10.2, abs=1e-3)


def test_a_stream_that_really_moved_is_followed_after_a_few_readings() -> None:
    clock = HeardClock()
    for tick in range(100):
        clock.observe(10.0 + tick * 0.04, (tick * 0.04 - 0.2) * RATE)
    for tick in range(100, 100 + STRAYS_TO_RESYNC):  # 0.5 s stood still (a stall)
        clock.observe(10.5 + tick * 0.04, (tick * 0.04 - 0.2) * RATE)
    assert clock.time_of(0) == pytest.approx(10.7, abs=1e-3)
    ((at, moved),) = clock.moves  # said, so that a cue already written is known to be late
    last = 10.5 + (100 + STRAYS_TO_RESYNC - 1) * 0.04
    assert moved == pytest.approx(0.5, abs=1e-3) and at == pytest.approx(last)


def test_a_busy_spell_of_late_readings_moves_nothing() -> None:
    clock = HeardClock()
    for tick in range(200):
        now = 10.0 + tick * 0.04
        late = 0.05 if 100 <= tick < 100 + STRAYS_TO_RESYNC - 1 else 0.0  # nearly a second
        clock.observe(now + late, (now - 10.2) * RATE)
    assert clock.time_of(0) == pytest.approx(10.2, abs=1e-3)
    assert clock.moves == []


def test_a_new_stream_is_followed_as_it_settles_not_held_to_its_first_guess() -> None:
    clock = HeardClock()
    clock.observe(10.0, -0.15 * RATE, settling=True)  # nothing played yet: a guess
    for tick in range(1, 8):  # the server starts 0.3 s later than that guess said
        now = 10.0 + tick * 0.04
        clock.observe(now, (now - 10.45) * RATE, settling=True)
    for tick in range(8, 12):
        now = 10.0 + tick * 0.04
        clock.observe(now, (now - 10.45) * RATE)
    assert clock.time_of(0) == pytest.approx(10.45, abs=1e-3)


def test_a_fresh_estimate_after_a_resume_is_not_misled_by_one_late_reading() -> None:
    clock = HeardClock()
    for tick in range(12):  # the first 0.44 s after a resume
        now = 20.0 + tick * 0.04
        late = 0.03 if tick == 0 else 0.0  # the very first reading, made late
        clock.observe(now + late, (now - 20.2) * RATE)
    assert clock.time_of(0) == pytest.approx(20.2, abs=1e-3)


@pytest.mark.parametrize("interval", [0.04, 0.1, READING_SECONDS])
def test_smoothing_is_set_in_seconds_whatever_the_interval_between_readings(
    interval: float,
) -> None:
    clock = HeardClock()
    clock.observe(10.0, -0.2 * RATE)  # offset 10.2
    now = 10.0
    while now < 10.0 + FRESH_SECONDS:  # past the fresh estimate's readings
        now += interval
        clock.observe(now, (now - 10.2) * RATE)
    start = now
    while now < start + 1.0 - 1e-9:  # a second of readings 10 ms later than the estimate
        now += interval
        clock.observe(now, (now - 10.21) * RATE)
    left = (10.21 - clock.time_of(0)) / 0.01
    assert left == pytest.approx(math.exp(-1 / SMOOTHING_SECONDS), abs=1e-6)


def test_a_steady_clock_is_read_every_half_second_a_new_or_doubtful_one_at_every_top_up() -> None:
    clock = HeardClock()
    assert clock.wants_reading(10.0)  # nothing known yet
    clock.observe(10.0, -0.15 * RATE, settling=True)
    assert clock.wants_reading(10.1)  # the server is still filling up
    clock.observe(10.1, (10.1 - 10.2) * RATE)
    assert clock.wants_reading(10.2)  # a fresh estimate takes its first readings as they come
    now = 10.1
    while now < 10.1 + FRESH_SECONDS:
        now += 0.1
        clock.observe(now, (now - 10.2) * RATE)
    assert not clock.wants_reading(now + 0.1)
    assert not clock.wants_reading(now + READING_SECONDS - 0.01)
    assert clock.wants_reading(now + READING_SECONDS)
    now += READING_SECONDS
    clock.observe(now, (now - 10.3) * RATE)  # a stray: read again at once, to see if it moved
    assert clock.wants_reading(now + 0.1)
    clock.observe(now + 0.1, (now + 0.1 - 10.2) * RATE)  # it did not
    assert not clock.wants_reading(now + 0.2)
    assert clock.time_of(0) == pytest.approx(10.2, abs=1e-3)
