from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mat_companion.core.history_stats import (
    Change,
    Measure,
    RestPlan,
    Streaks,
    average_change,
    before_after,
    comfort_by_stage,
    entries,
    minutes_per_day,
    minutes_per_stage,
    minutes_per_week,
    streaks,
    totals,
    week_start,
)
from tests.factories import make_session

# 2026-11-22 is a Sunday.
TODAY = date(2026, 11, 22)


def on(stamp: str, minutes: float = 15, **fields: object) -> dict[str, object]:
    return make_session(
        started_at=stamp, ended_at=None, actual_seconds=round(minutes * 60), **fields
    )


def days(*spec: str) -> list[date]:
    return [date.fromisoformat(day) for day in spec]


def test_a_session_counts_for_the_day_it_started_in_its_own_time_zone() -> None:
    found = entries(
        [
            on("2026-11-20T23:50:00+01:00"),  # late evening: Friday
            on("2026-11-21T00:10:00+01:00"),  # just after midnight: Saturday
            on("2026-11-20T23:30:00-05:00"),  # recorded abroad: still Friday there
        ]
    )
    assert [entry.day for entry in found] == days("2026-11-20", "2026-11-20", "2026-11-21")


def test_a_daylight_saving_change_moves_no_session_to_another_day() -> None:
    # Europe: clocks went back at 03:00 on 2026-10-25 (+02:00 before, +01:00 after).
    found = entries(
        [
            on("2026-10-24T23:30:00+02:00"),
            on("2026-10-25T00:30:00+02:00"),
            on("2026-10-25T23:30:00+01:00"),
            on("2026-10-26T07:00:00+01:00"),
        ]
    )
    practised = [entry.day for entry in found]
    assert practised == days("2026-10-24", "2026-10-25", "2026-10-25", "2026-10-26")
    assert streaks(practised, date(2026, 10, 26)) == Streaks(3, 3)


@pytest.mark.parametrize(
    ("practised", "rest", "expected"),
    [
        ([], RestPlan(), Streaks(0, 0)),
        (["2026-11-20", "2026-11-21", "2026-11-22"], RestPlan(), Streaks(3, 3)),
        # Today is not over: yesterday's streak still stands.
        (["2026-11-20", "2026-11-21"], RestPlan(), Streaks(2, 2)),
        # A missed day breaks it.
        (["2026-11-19", "2026-11-20"], RestPlan(), Streaks(0, 2)),
        (
            ["2026-11-10", "2026-11-11", "2026-11-12", "2026-11-20", "2026-11-21"],
            RestPlan(),
            Streaks(2, 3),
        ),
        # Saturday (5) is a rest day: Friday to Sunday is unbroken; the rest day does not count.
        (["2026-11-20", "2026-11-22"], RestPlan(frozenset({5})), Streaks(2, 2)),
        # Practising on a rest day still counts.
        (["2026-11-20", "2026-11-21", "2026-11-22"], RestPlan(frozenset({5})), Streaks(3, 3)),
        # A planned rest week (Monday 2026-11-09) bridges two weeks of practice.
        (
            ["2026-11-06", "2026-11-07", "2026-11-08", "2026-11-16", "2026-11-17"],
            RestPlan(weeks=frozenset({date(2026, 11, 9)})),
            Streaks(0, 5),  # 18-21 November missed
        ),
        (
            ["2026-11-08", *[f"2026-11-{d}" for d in range(16, 23)]],
            RestPlan(weeks=frozenset({date(2026, 11, 9)})),
            Streaks(8, 8),
        ),
        # Sessions in the future (a wrong clock) are not counted.
        (["2026-11-23"], RestPlan(), Streaks(0, 0)),
    ],
)
def test_streaks(practised: list[str], rest: RestPlan, expected: Streaks) -> None:
    assert streaks(days(*practised), TODAY, rest) == expected


def test_totals_this_week_run_from_monday() -> None:
    found = entries(
        [
            on("2026-11-15T20:00:00+01:00", 30),  # last Sunday
            on("2026-11-16T20:00:00+01:00", 10),  # Monday
            on("2026-11-22T08:00:00+01:00", 20),
            on("2026-11-22T20:00:00+01:00", 12.5),
        ]
    )
    result = totals(found, TODAY)
    assert (result.sessions, result.minutes) == (4, 72.5)
    assert (result.week_sessions, result.week_minutes) == (3, 42.5)


def test_minutes_per_stage_and_week() -> None:
    found = entries(
        [
            on("2026-09-01T20:00:00+02:00", 60, stage="beginner"),  # older than 12 weeks
            on("2026-08-31T20:00:00+02:00", 11, stage="beginner"),  # week 1 of 12 starts Aug 31
            on("2026-11-16T20:00:00+01:00", 20, stage="intermediate"),
            on("2026-11-22T20:00:00+01:00", 25, stage="intermediate"),
        ]
    )
    assert minutes_per_stage(found) == {"beginner": 71, "intermediate": 45}
    weekly = minutes_per_week(found, TODAY, weeks=12)
    assert len(weekly) == 12 and weekly[0][0] == date(2026, 8, 31) == week_start(date(2026, 9, 6))
    assert weekly[0][1] == 71 and weekly[-1] == (date(2026, 11, 16), 45)
    assert sum(minutes for _, minutes in weekly[1:-1]) == 0


def test_the_average_change_covers_the_last_30_days_with_both_ratings() -> None:
    def rated(day: str, before: int, after: int) -> dict[str, object]:
        return on(f"{day}T20:00:00+01:00", ratings={"pain_before": before, "pain_after": after})

    found = entries(
        [
            rated("2026-10-23", 9, 0),  # 31 days ago: outside
            rated("2026-10-24", 6, 4),  # day 30
            rated("2026-11-22", 5, 4),
            on("2026-11-21T20:00:00+01:00", ratings={"pain_before": 7}),  # no after
        ]
    )
    assert average_change(found, Measure.PAIN, TODAY) == Change(-1.5, 2)
    assert average_change(found, Measure.STRESS, TODAY) is None
    assert before_after(found, Measure.PAIN) == [
        (date(2026, 10, 23), 9, 0),
        (date(2026, 10, 24), 6, 4),
        (date(2026, 11, 22), 5, 4),
    ]


def test_comfort_by_stage_and_minutes_per_day() -> None:
    found = entries(
        [
            on("2026-11-20T20:00:00+01:00", 10, stage="beginner", ratings={"comfort": 2}),
            on("2026-11-20T21:00:00+01:00", 5, stage="beginner", ratings={"comfort": 4}),
            on("2026-11-21T20:00:00+01:00", 20, stage="floor", ratings={}),
        ]
    )
    assert comfort_by_stage(found) == {"beginner": Change(3.0, 2)}
    first = TODAY - timedelta(days=1)
    assert minutes_per_day(found, first, TODAY) == {date(2026, 11, 21): 20}


def rated_on(stamp: str, before: int, after: int, **extra: int) -> dict[str, object]:
    return on(stamp, ratings={"pain_before": before, "pain_after": after, **extra})


def test_weekly_averages_leave_empty_weeks_out_and_count_each_week() -> None:
    from mat_companion.core.history_stats import WeekRatings, weekly_before_after

    found = entries(
        [
            rated_on("2026-11-02T20:00:00+01:00", 6, 4),  # Monday: its own week
            rated_on("2026-11-08T20:00:00+01:00", 8, 3),  # Sunday: the same week
            # Nothing in the week of 9 November; the week of 16 November has no after.
            on("2026-11-17T20:00:00+01:00", ratings={"pain_before": 9}),
            on("2026-11-18T20:00:00+01:00", ratings={"stress_before": 2, "stress_after": 1}),
            rated_on("2026-11-22T20:00:00+01:00", 0, 0),  # zeros are ratings, not gaps
        ]
    )
    weeks = weekly_before_after(found, Measure.PAIN, TODAY, weeks=4)
    assert weeks == [
        WeekRatings(date(2026, 11, 2), 7.0, 3.5, 2),
        WeekRatings(date(2026, 11, 16), 0.0, 0.0, 1),
    ]
    assert weekly_before_after(found, Measure.STRESS, TODAY, weeks=4) == [
        WeekRatings(date(2026, 11, 16), 2.0, 1.0, 1)
    ]
    assert weekly_before_after(found, Measure.PAIN, TODAY, weeks=1) == [weeks[-1]], "recent only"


def test_a_week_across_a_daylight_saving_change_is_one_week() -> None:
    from mat_companion.core.history_stats import weekly_before_after

    # Clocks went back on Sunday 2026-10-25: Monday 19 to Sunday 25 is still one week,
    # and 00:30 on Monday 26 (+01:00) is the next one, though in UTC it is Sunday.
    found = entries(
        [
            rated_on("2026-10-19T00:10:00+02:00", 4, 2),
            rated_on("2026-10-25T23:30:00+01:00", 6, 2),
            rated_on("2026-10-26T00:30:00+01:00", 9, 9),
        ]
    )
    weeks = weekly_before_after(found, Measure.PAIN, date(2026, 11, 1), weeks=3)
    assert [(w.monday, w.before, w.sessions) for w in weeks] == [
        (date(2026, 10, 19), 5.0, 2),
        (date(2026, 10, 26), 9.0, 1),
    ]


@given(
    st.lists(
        st.tuples(st.integers(0, 200), st.integers(0, 10), st.integers(0, 10), st.booleans()),
        max_size=40,
    )
)
def test_weekly_averages_agree_with_the_sessions_they_stand_for(
    spec: list[tuple[int, int, int, bool]],
) -> None:
    from mat_companion.core.history_stats import weekly_before_after

    sessions = []
    for back, before, after, both in spec:
        day = TODAY - timedelta(days=back)
        ratings = {"pain_before": before, **({"pain_after": after} if both else {})}
        sessions.append(on(f"{day.isoformat()}T20:00:00+01:00", ratings=ratings))
    found = entries(sessions)
    weeks = weekly_before_after(found, Measure.PAIN, TODAY)
    first = week_start(TODAY) - timedelta(weeks=25)
    counted_in = [e for e in found if e.day >= first and "pain_after" in e.ratings]
    assert sum(w.sessions for w in weeks) == len(counted_in)
    assert all(w.sessions > 0 and w.monday.weekday() == 0 for w in weeks)
    assert [w.monday for w in weeks] == sorted({week_start(e.day) for e in counted_in})
    for week in weeks:
        inside = [e for e in counted_in if week_start(e.day) == week.monday]
        assert week.before == pytest.approx(
            sum(e.ratings["pain_before"] for e in inside) / len(inside)
        )
        assert 0 <= week.after <= 10


@pytest.mark.parametrize(
    ("minutes", "expected"),
    [(0, (0, 0)), (59.4, (0, 59)), (59.6, (1, 0)), (60, (1, 0)), (1838, (30, 38)), (90.4, (1, 30))],
)
def test_totals_read_as_hours_and_minutes(minutes: float, expected: tuple[int, int]) -> None:
    from mat_companion.core.history_stats import hours_and_minutes

    assert hours_and_minutes(minutes) == expected


def test_the_weekly_charts_cover_26_weeks_and_name_their_months() -> None:
    from mat_companion.core.history_stats import CHART_WEEKS, chart_mondays, month_starts

    mondays = chart_mondays(TODAY)
    assert CHART_WEEKS == 26 and len(mondays) == 26
    assert mondays[0] == date(2026, 5, 25) and mondays[-1] == date(2026, 11, 16)
    starts = month_starts(mondays)
    # June 1 is a Monday (column 1); July 1 is a Wednesday in the week of June 29 (column 5).
    assert starts[:2] == [(1, date(2026, 6, 1)), (5, date(2026, 7, 1))]
    assert [day.month for _, day in starts] == [6, 7, 8, 9, 10, 11]
    assert len(minutes_per_week([], TODAY)) == 26


@pytest.mark.parametrize(
    ("largest", "top"),
    [
        (0, 1),
        (-3, 1),
        (0.3, 0.5),
        (1, 1),
        (1.5, 2),
        (4, 5),
        (5, 5),
        (147, 200),
        (35, 50),
        (980, 1000),
    ],
)
def test_a_chart_scale_ends_on_a_round_number(largest: float, top: float) -> None:
    from mat_companion.core.history_stats import chart_top

    assert chart_top(largest) == pytest.approx(top)


def test_the_first_week_names_its_month_when_there_is_room() -> None:
    from mat_companion.core.history_stats import chart_mondays, month_starts

    mondays = chart_mondays(date(2026, 12, 1))  # from Monday 8 June
    assert month_starts(mondays)[:2] == [(0, date(2026, 6, 8)), (3, date(2026, 7, 1))]
    assert month_starts([]) == []
