"""What the session screen's clock shows, and when it next changes.

The screen is redrawn when the shown second changes, not on a fixed beat: one
wake a second, on the moment (the clock is read from the session's monotonic
time, so a late wake shows the right second and the next one is aimed afresh).
"""

from __future__ import annotations

import math

from mat_companion.core.session import RunningSession
from mat_companion.core.time_format import clock_text, elapsed_text

#: How far past the moment a redraw is aimed, so it lands on the new second.
_PAST_THE_SECOND = 0.002


def _counts_down(session: RunningSession) -> float | None:
    """The seconds a countdown shows, or None when the clock counts up."""
    if session.ended:
        return None
    return session.remaining_seconds()


def clock_face(session: RunningSession) -> str:
    """The time as the screen shows it: time left, or time on the mat when open-ended or done."""
    left = _counts_down(session)
    return elapsed_text(session.mat_seconds()) if left is None else clock_text(left)


def seconds_to_next_tick(session: RunningSession) -> float:
    """Seconds until ``clock_face`` shows another second (a second while time stands still)."""
    if session.paused or session.ended:
        return 1.0
    left = _counts_down(session)
    if left is None:
        shown = session.mat_seconds()
        wait = math.floor(shown) + 1 - shown
    else:
        wait = left - (max(0, math.ceil(left - 1e-9)) - 1)
    return min(1.0, max(0.0, wait)) + _PAST_THE_SECOND
