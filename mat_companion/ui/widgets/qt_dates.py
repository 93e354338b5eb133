"""Python's dates and times to Qt's and back, with the types written out.

PySide6 converts ``datetime`` values on its own, but its stubs know neither that
nor what ``toPython()`` gives (``object``): these say both, field by field.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, QTime, QTimeZone

#: Where a recorded wall-clock time is kept in Qt: UTC has no daylight-saving changes, while in
#: this machine's zone a time in the spring-forward gap (02:30 when clocks jump from 02:00 to
#: 03:00) does not exist and Qt would move it an hour on.
WALL_CLOCK = QTimeZone(QTimeZone.Initialization.UTC)


def qt_date(day: date) -> QDate:
    """``day`` as a QDate."""
    return QDate(day.year, day.month, day.day)


def qt_date_time(moment: datetime) -> QDateTime:
    """The wall-clock time of ``moment`` (its offset dropped) in ``WALL_CLOCK``, to the ms."""
    clock = QTime(moment.hour, moment.minute, moment.second, moment.microsecond // 1000)
    return QDateTime(qt_date(moment), clock, WALL_CLOCK)


def python_date(day: QDate) -> date:
    """``day`` as a date."""
    return date(day.year(), day.month(), day.day())


def python_date_time(moment: QDateTime) -> datetime:
    """``moment`` as a naive datetime: the wall-clock time it shows, in its own zone."""
    day, clock = moment.date(), moment.time()
    return datetime(
        day.year(),
        day.month(),
        day.day(),
        clock.hour(),
        clock.minute(),
        clock.second(),
        clock.msec() * 1000,
    )
