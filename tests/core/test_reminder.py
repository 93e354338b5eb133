from datetime import date, datetime, time, timedelta, timezone

import pytest

from mat_companion.core.reminder import is_due, next_check, parse_time, seconds_until

WINTER = timezone(timedelta(hours=1))
SUMMER = timezone(timedelta(hours=2))


@pytest.mark.parametrize(
    ("text", "expected"),
    [("19:30", time(19, 30)), ("07:05", time(7, 5)), ("25:00", None), ("", None), (None, None)],
)
def test_times_are_read_as_hours_and_minutes(text: object, expected: time | None) -> None:
    assert parse_time(text) == expected


def test_due_once_a_day_after_the_time_and_not_after_practice() -> None:
    at = time(19, 30)
    evening = datetime(2026, 11, 22, 19, 30, tzinfo=WINTER)
    assert not is_due(evening - timedelta(minutes=1), at, None, False)
    assert is_due(evening, at, None, False)
    assert is_due(evening + timedelta(hours=3), at, date(2026, 11, 21), False), "slept through"
    assert not is_due(evening, at, date(2026, 11, 22), False), "once a day"
    assert not is_due(evening, at, None, True), "already practised today"
    after_midnight = datetime(2026, 11, 23, 0, 10, tzinfo=WINTER)
    assert not is_due(after_midnight, at, date(2026, 11, 22), False)


def test_aimed_at_the_moment_but_looking_again_within_ten_minutes() -> None:
    at = time(19, 30)
    assert seconds_until(datetime(2026, 11, 22, 19, 0, tzinfo=WINTER), at) == 1800
    assert seconds_until(datetime(2026, 11, 22, 19, 31, tzinfo=WINTER), at) == 86340
    assert next_check(datetime(2026, 11, 22, 19, 29, tzinfo=WINTER), at) == 60
    assert next_check(datetime(2026, 11, 22, 12, 0, tzinfo=WINTER), at) == 600


def test_a_clock_change_still_reminds_at_the_wall_time() -> None:
    # Clocks went forward overnight: the local time is what counts.
    at = time(19, 30)
    assert is_due(datetime(2026, 3, 29, 19, 30, tzinfo=SUMMER), at, date(2026, 3, 28), False)
    assert not is_due(datetime(2026, 3, 29, 19, 29, tzinfo=SUMMER), at, date(2026, 3, 28), False)
