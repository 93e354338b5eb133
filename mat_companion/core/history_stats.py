"""Honest numbers from the history: totals, streaks, minutes per stage and week, trends.

A session belongs to the calendar day on which it started, in the time zone
it was recorded in: a session at 23:50 counts for that evening, and a clock
change in between moves nothing. "Today" is always passed in, so every
figure can be tested on any date. Trends are the user's own averages and are
described as such, never as a finding about their health.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from enum import Enum
from statistics import fmean

from mat_companion.core.history_schema import Session

TREND_DAYS = 30
#: The weekly charts and the calendar show half a year: long enough to see a trend.
CHART_WEEKS = 26


@dataclass(frozen=True)
class Entry:
    """What the statistics need of one session."""

    day: date
    minutes: float
    stage: str
    ratings: dict[str, int] = field(default_factory=dict)


def session_day(session: Session) -> date:
    """The calendar day a session counts for: the day it started, where it was recorded."""
    return datetime.fromisoformat(session["started_at"]).date()


def entries(sessions: Iterable[Session]) -> list[Entry]:
    """One entry per session, oldest first."""
    found = [
        Entry(
            session_day(session),
            session["actual_seconds"] / 60,
            session["stage"],
            session.get("ratings") or {},
        )
        for session in sessions
    ]
    found.sort(key=lambda entry: entry.day)
    return found


def week_start(day: date) -> date:
    """The Monday of ``day``'s week."""
    return day - timedelta(days=day.weekday())


@dataclass(frozen=True)
class RestPlan:
    """Days that do not break a streak: rest weekdays (0 Monday) and whole planned rest weeks."""

    weekdays: frozenset[int] = frozenset()
    weeks: frozenset[date] = frozenset()  # the Monday of each rest week

    def excuses(self, day: date) -> bool:
        """Whether ``day`` is a planned day off."""
        return day.weekday() in self.weekdays or week_start(day) in self.weeks

    def with_week_of(self, day: date) -> RestPlan:
        """This plan with the whole week of ``day`` off (a week is kept as its Monday)."""
        return RestPlan(self.weekdays, self.weeks | {week_start(day)})


@dataclass(frozen=True)
class Streaks:
    """Practice days in a row, rest days skipped over (they neither count nor break)."""

    current: int
    longest: int


def streaks(days: Iterable[date], today: date, rest: RestPlan = RestPlan()) -> Streaks:
    """The current and longest streaks of practice days up to ``today``.

    Today not practised yet does not end the current streak: the day is not over.
    """
    practised = {day for day in days if day <= today}
    if not practised:
        return Streaks(0, 0)
    longest = run = 0
    day = min(practised)
    while day <= today:
        if day in practised:
            run += 1
            longest = max(longest, run)
        elif not rest.excuses(day) and day != today:
            run = 0
        day += timedelta(days=1)
    return Streaks(run, longest)


@dataclass(frozen=True)
class Totals:
    """How much practice, in all and this week (Monday to Sunday)."""

    sessions: int
    minutes: float
    week_sessions: int
    week_minutes: float


def totals(found: Sequence[Entry], today: date) -> Totals:
    """Sessions and minutes in all, and in ``today``'s week."""
    monday = week_start(today)
    this_week = [entry for entry in found if monday <= entry.day <= today]
    return Totals(
        len(found),
        sum(entry.minutes for entry in found),
        len(this_week),
        sum(entry.minutes for entry in this_week),
    )


def minutes_per_stage(found: Iterable[Entry]) -> dict[str, float]:
    """Minutes on the mat at each stage."""
    minutes: dict[str, float] = defaultdict(float)
    for entry in found:
        minutes[entry.stage] += entry.minutes
    return dict(minutes)


def hours_and_minutes(minutes: float) -> tuple[int, int]:
    """Whole hours and the minutes left over, ``minutes`` rounded to the nearest minute."""
    hours, rest = divmod(round(minutes), 60)
    return hours, rest


def chart_top(largest: float) -> float:
    """The top of a chart's scale: ``largest`` rounded up to 1, 2 or 5 times a power of ten.

    Round tops give round ticks (0, 75, 150 rather than 0, 73.5, 147).
    """
    if largest <= 0:
        return 1.0
    power = 10.0 ** math.floor(math.log10(largest))
    return next(step * power for step in (1, 2, 5, 10) if step * power >= largest - 1e-9)


def chart_mondays(today: date, weeks: int = CHART_WEEKS) -> list[date]:
    """The Mondays of the last ``weeks`` weeks up to ``today``'s, oldest first."""
    last = week_start(today)
    return [last - timedelta(weeks=back) for back in range(weeks - 1, -1, -1)]


def month_starts(mondays: Sequence[date]) -> list[tuple[int, date]]:
    """Where a chart of ``mondays``' weeks names a month: (week index, a day of that month).

    A month is named at the week it begins in, and the first week's month too
    when its name has room (the next month begins three weeks or more later).
    """
    starts = []
    for index, monday in enumerate(mondays):
        first = (monday + timedelta(days=6)).replace(day=1)
        if monday <= first:
            starts.append((index, first))
    if mondays and (not starts or starts[0][0] >= 3):
        starts.insert(0, (0, mondays[0]))
    return starts


def minutes_per_week(
    found: Iterable[Entry], today: date, weeks: int = CHART_WEEKS
) -> list[tuple[date, float]]:
    """Minutes in each of the last ``weeks`` weeks (Mondays, oldest first; empty weeks are 0)."""
    minutes = dict.fromkeys(chart_mondays(today, weeks), 0.0)
    for entry in found:
        monday = week_start(entry.day)
        if monday in minutes and entry.day <= today:
            minutes[monday] += entry.minutes
    return list(minutes.items())


@dataclass(frozen=True)
class Change:
    """The average of (after - before) over the sessions that have both ratings."""

    average: float
    sessions: int


class Measure(Enum):
    """A rating given before and after a session."""

    PAIN = "pain"
    STRESS = "stress"

    @property
    def before(self) -> str:
        """The rating's name before the session (``pain_before``)."""
        return f"{self.value}_before"

    @property
    def after(self) -> str:
        """The rating's name after the session (``pain_after``)."""
        return f"{self.value}_after"


def average_change(
    found: Iterable[Entry], measure: Measure, today: date, days: int = TREND_DAYS
) -> Change | None:
    """How ``measure`` changed across sessions of the last ``days`` days."""
    since = today - timedelta(days=days - 1)
    differences = [
        entry.ratings[measure.after] - entry.ratings[measure.before]
        for entry in found
        if since <= entry.day <= today
        and measure.before in entry.ratings
        and measure.after in entry.ratings
    ]
    if not differences:
        return None
    return Change(fmean(differences), len(differences))


def before_after(found: Iterable[Entry], measure: Measure) -> list[tuple[date, int, int]]:
    """Every session's ``measure`` before and after, where both were given, oldest first."""
    before, after = measure.before, measure.after
    return [
        (entry.day, entry.ratings[before], entry.ratings[after])
        for entry in found
        if before in entry.ratings and after in entry.ratings
    ]


@dataclass(frozen=True)
class WeekRatings:
    """A week's average rating before and after, over its sessions that gave both."""

    monday: date
    before: float
    after: float
    sessions: int


def weekly_before_after(
    found: Iterable[Entry], measure: Measure, today: date, weeks: int = CHART_WEEKS
) -> list[WeekRatings]:
    """``measure``'s weekly averages over the last ``weeks`` weeks, oldest first.

    One average a week reads as a trend where a line through every session
    reads as noise. A week with no session rated both before and after is left
    out (a gap in the line, never a zero), and so is a session missing either.
    """
    rated: dict[date, list[tuple[int, int]]] = {
        monday: [] for monday in chart_mondays(today, weeks)
    }
    for day, before, after in before_after(found, measure):
        week = rated.get(week_start(day))
        if week is not None and day <= today:
            week.append((before, after))
    return [
        WeekRatings(monday, fmean(p[0] for p in pairs), fmean(p[1] for p in pairs), len(pairs))
        for monday, pairs in rated.items()
        if pairs
    ]


def comfort_by_stage(found: Iterable[Entry]) -> dict[str, Change]:
    """The average comfort (1-5) at each stage, with how many sessions rated it."""
    ratings: dict[str, list[int]] = defaultdict(list)
    for entry in found:
        if "comfort" in entry.ratings:
            ratings[entry.stage].append(entry.ratings["comfort"])
    return {stage: Change(fmean(values), len(values)) for stage, values in ratings.items()}


def minutes_per_day(found: Iterable[Entry], first: date, last: date) -> dict[date, float]:
    """Minutes on each day from ``first`` to ``last`` that has any practice."""
    minutes: dict[date, float] = defaultdict(float)
    for entry in found:
        if first <= entry.day <= last:
            minutes[entry.day] += entry.minutes
    return dict(minutes)
