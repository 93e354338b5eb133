"""Editing a record's times: what is left alone stays exactly as recorded."""

from datetime import datetime
from typing import Any

import pytest

from mat_companion.core.history_edit import retimed
from tests.factories import make_session

START = "2026-11-20T21:05:00+01:00"
END = "2026-11-20T21:20:12+01:00"


@pytest.mark.parametrize(
    ("recorded", "start", "minutes", "planned", "expected"),
    [
        # nothing changed: every time kept to the second
        ({}, datetime(2026, 11, 20, 21, 5), 15, 15, {}),
        # the start moved an hour back: the end goes with it, in the recorded offset
        (
            {},
            datetime(2026, 11, 20, 20, 5),
            15,
            15,
            {"started_at": "2026-11-20T20:05:00+01:00", "ended_at": "2026-11-20T20:20:12+01:00"},
        ),
        # more minutes on the mat: whole minutes; the start and end stay
        ({}, datetime(2026, 11, 20, 21, 5), 20, 15, {"actual_seconds": 1200}),
        # planned 0 is open-ended
        ({}, datetime(2026, 11, 20, 21, 5), 15, 0, {"planned_seconds": None}),
        # an open-ended record given a plan
        (
            {"planned_seconds": None},
            datetime(2026, 11, 20, 21, 5),
            15,
            10,
            {"planned_seconds": 600},
        ),
        # another tool's UTC "Z" and a fraction of a second are kept when the start is not moved
        (
            {"started_at": "2026-11-20T20:05:00.250Z", "ended_at": "2026-11-20T20:20:12Z"},
            datetime(2026, 11, 20, 20, 5, 0, 250000),
            15,
            15,
            {},
        ),
        # an end recorded before its start (a hand-made file) is not moved back further
        (
            {"ended_at": "2026-11-20T21:00:00+01:00"},
            datetime(2026, 11, 20, 22, 5),
            15,
            15,
            {"started_at": "2026-11-20T22:05:00+01:00", "ended_at": "2026-11-20T22:05:00+01:00"},
        ),
    ],
)
def test_editing_keeps_or_shifts_the_times(
    recorded: dict[str, Any],
    start: datetime,
    minutes: int,
    planned: int,
    expected: dict[str, Any],
) -> None:
    original = make_session(**{"started_at": START, "ended_at": END, **recorded})
    assert retimed(original, start, minutes, planned) == {**original, **expected}
