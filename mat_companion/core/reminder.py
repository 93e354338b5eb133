"""The optional daily reminder: when it is due, by the wall clock of where the user is.

Worked out from local wall time alone (never from counting timer ticks), so a
laptop that slept through the moment, or a clock change, still gets one
reminder on the right day, at most one a day, and none on a day already
practised.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

#: The reminder looks at the clock at least this often (it also aims at the exact moment).
RECHECK_SECONDS = 600


def parse_time(text: object) -> time | None:
    """``HH:MM`` as a time of day; None if it is not one."""
    if not isinstance(text, str):
        return None
    try:
        return time.fromisoformat(text).replace(second=0, microsecond=0)
    except ValueError:
        return None


def is_due(now: datetime, at: time, last_reminded: date | None, practised_today: bool) -> bool:
    """Whether to remind now: the time has come today, and not yet reminded or practised."""
    return now.time() >= at and last_reminded != now.date() and not practised_today


def seconds_until(now: datetime, at: time) -> float:
    """Seconds from ``now`` until ``at`` today, or tomorrow if it has passed (wall time)."""
    target = datetime.combine(now.date(), at, tzinfo=now.tzinfo)
    if target <= now:
        target += timedelta(days=1)
    return (target - now).total_seconds()


def next_check(now: datetime, at: time) -> float:
    """When to look again: at the moment itself, or in ten minutes, whichever is sooner."""
    return max(1.0, min(seconds_until(now, at), RECHECK_SECONDS))
