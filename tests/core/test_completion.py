from datetime import date

import pytest

from mat_companion.core.completion import Completion, completion, length, mat_time
from mat_companion.core.history_schema import Session
from mat_companion.core.history_stats import RestPlan
from tests.factories import make_session

# 2026-11-22 is a Sunday.
TODAY = date(2026, 11, 22)


@pytest.mark.parametrize(
    ("seconds", "said"),
    [
        (0, "0 s on the mat"),
        (20.4, "20 s on the mat"),
        (20.7, "21 s on the mat"),
        (59.4, "59 s on the mat"),
        (59.6, "1 min on the mat"),
        (60, "1 min on the mat"),
        (14 * 60 + 10, "14 min on the mat"),
        (14 * 60 + 40, "15 min on the mat"),
        (59 * 60 + 50, "1 h on the mat"),
        (65 * 60, "1 h 5 min on the mat"),
        (-3, "0 s on the mat"),
    ],
)
def test_the_time_on_the_mat_in_words(seconds: float, said: str) -> None:
    assert str(mat_time(seconds)) == said


@pytest.mark.parametrize(
    ("seconds", "said"),
    [(10, "10 s"), (24.4, "24 s"), (59.6, "1 min"), (90, "2 min"), (25 * 60, "25 min")],
)
def test_a_length_under_a_minute_is_in_seconds(seconds: float, said: str) -> None:
    """The History table said "0 min" for 10 and 24 s (a new user's walk)."""
    assert str(length(seconds)) == said


def on(day: str) -> Session:
    return make_session(started_at=f"{day}T20:00:00+01:00", ended_at=None, actual_seconds=600)


HISTORY = [on("2026-11-19"), on("2026-11-20"), on("2026-11-21")]


def unread() -> list[Session]:
    raise AssertionError("the history is not read for a streak that is not shown")


def test_no_streak_when_streaks_are_off() -> None:
    found = completion(600, TODAY, unread, show_streaks=False, rest=RestPlan())
    assert found == Completion(mat_time(600), None)


@pytest.mark.parametrize(
    ("history", "rest", "streak"),
    [
        ([], RestPlan(), 1),
        (HISTORY, RestPlan(), 4),
        ([on("2026-11-22")], RestPlan(), 1),  # a second session today is the same day
        ([on("2026-11-19"), on("2026-11-20")], RestPlan(), 1),  # yesterday missed
        ([on("2026-11-19"), on("2026-11-20")], RestPlan(frozenset({5})), 3),  # Saturday off
    ],
)
def test_the_streak_counts_this_session(
    history: list[Session], rest: RestPlan, streak: int
) -> None:
    found = completion(600, TODAY, lambda: history, show_streaks=True, rest=rest)
    assert found.streak == streak
