"""Dates and times to Qt and back: the same day, the same wall-clock time, in any zone."""

import time
from collections.abc import Iterator
from datetime import date, datetime, timedelta, timezone

import pytest

from mat_companion.ui.widgets.qt_dates import python_date, python_date_time, qt_date, qt_date_time

#: Central Europe, whose clocks jump from 02:00 to 03:00 on 29 March 2026.
CENTRAL_EUROPE = "CET-1CEST,M3.5.0,M10.5.0/3"


@pytest.fixture
def central_europe(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """This machine's zone is Central Europe's for the test."""
    monkeypatch.setenv("TZ", CENTRAL_EUROPE)
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.mark.parametrize("day", [date(2000, 1, 1), date(2026, 2, 28), date(2028, 2, 29)])
def test_a_date_goes_to_qt_and_back(day: date) -> None:
    assert qt_date(day).toString("yyyy-MM-dd") == day.isoformat()
    assert python_date(qt_date(day)) == day


@pytest.mark.parametrize(
    "moment",
    [
        datetime(2026, 11, 20, 21, 5, 7, 250_000, tzinfo=timezone(timedelta(hours=1))),
        datetime(2026, 3, 29, 2, 30, tzinfo=timezone(timedelta(hours=-5))),  # the gap
        datetime(2026, 10, 25, 2, 30),  # the hour that comes twice
    ],
)
def test_a_wall_clock_time_goes_to_qt_and_back_unchanged(
    central_europe: None, moment: datetime
) -> None:
    shown = qt_date_time(moment)
    assert shown.toString("yyyy-MM-dd HH:mm:ss.zzz") == moment.strftime("%Y-%m-%d %H:%M:%S.%f")[:-3]
    assert python_date_time(shown) == moment.replace(tzinfo=None)
