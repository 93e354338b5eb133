"""What the card after a session says: the time on the mat, and the streak where it is shown.

Streaks stay hidden unless the user turned them on (users of practice apps say
they cause stress), so the card has no streak at all then, not even a zero.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date

from mat_companion.core.checkin import recorded_seconds
from mat_companion.core.history_schema import Session
from mat_companion.core.history_stats import RestPlan, hours_and_minutes, session_day, streaks
from mat_companion.core.texts import Text, text


def length(seconds: float) -> Text:
    """A session's length as a table shows it: "40 s" under a minute, else "14 min".

    Rounded as the history record rounds it; "0 min" said nothing of a 20-second session.
    """
    whole = recorded_seconds(seconds)
    if whole < 60:
        return text("{seconds} s", seconds=whole)
    return text("{minutes} min", minutes=round(whole / 60))


def mat_time(seconds: float) -> Text:
    """The time on the mat as people say it: "40 s", "14 min", "1 h 5 min" on the mat.

    Under a minute it is whole seconds: "1 min" for a 20-second session would
    claim time the user did not spend. The seconds are rounded as the history
    record rounds them, so the card and the record agree.
    """
    whole = recorded_seconds(seconds)
    if whole < 60:
        return text("{seconds} s on the mat", seconds=whole)
    hours, minutes = hours_and_minutes(whole / 60)
    if not hours:
        return text("{minutes} min on the mat", minutes=minutes)
    if not minutes:
        return text("{hours} h on the mat", hours=hours)
    return text("{hours} h {minutes} min on the mat", hours=hours, minutes=minutes)


@dataclass(frozen=True)
class Completion:
    """The card's figures: the time on the mat, and the days in a row (None: not shown)."""

    time: Text
    streak: int | None


def completion(
    mat_seconds: float,
    day: date,
    history: Callable[[], Iterable[Session]],
    *,
    show_streaks: bool,
    rest: RestPlan,
) -> Completion:
    """The card for a session of ``mat_seconds`` on ``day``, not yet in ``history()``.

    The history is read only for a streak that is shown (a long one takes a moment to load).
    """
    if not show_streaks:
        return Completion(mat_time(mat_seconds), None)
    days = (*(session_day(session) for session in history()), day)
    return Completion(mat_time(mat_seconds), streaks(days, day, rest).current)
