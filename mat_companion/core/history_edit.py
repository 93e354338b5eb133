"""How editing a recorded session keeps or shifts its times.

The editor shows whole minutes and a start to the second; what the user did
not change must stay exactly as recorded (to the second, in its own text), and
a start moved takes the end with it.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from mat_companion.core.history_schema import Session


def _shown(moment: datetime) -> datetime:
    """The wall-clock time the editor shows of ``moment``: no offset, to the millisecond."""
    return moment.replace(tzinfo=None, microsecond=moment.microsecond // 1000 * 1000)


def retimed(original: Session, start: datetime, minutes: int, planned_minutes: int) -> Session:
    """``original`` with the times as edited: ``start`` (wall-clock, naive) and the minutes.

    A start left as it was keeps its text (another tool's ``Z`` or fraction of a
    second included); one moved keeps the recorded offset and moves the end by
    as much. Minutes on the mat or planned that still round to what was recorded
    keep the seconds; 0 planned minutes is open-ended (``planned_seconds`` None).
    """
    session = dict(original)
    old_start = datetime.fromisoformat(original["started_at"])
    if start != _shown(old_start):
        moved = start.replace(tzinfo=old_start.tzinfo, microsecond=0)
        session["started_at"] = moved.isoformat(timespec="seconds")
        if original.get("ended_at"):
            gap = datetime.fromisoformat(original["ended_at"]) - old_start
            session["ended_at"] = (moved + max(gap, timedelta(0))).isoformat(timespec="seconds")
    if minutes != round(original["actual_seconds"] / 60):
        session["actual_seconds"] = minutes * 60
    old_planned = original.get("planned_seconds")
    if old_planned is None or planned_minutes != round(old_planned / 60):
        session["planned_seconds"] = planned_minutes * 60 if planned_minutes else None
    return session
