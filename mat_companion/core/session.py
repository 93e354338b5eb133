"""A running mat session: phases, pause, time changes and the end, all from a clock.

Nothing here counts ticks. The session keeps the monotonic moment it last
resumed and the time banked before that; everything else (elapsed, remaining,
phase, which bells are due) is computed from the clock whenever it is asked,
so a stalled event loop or a sleeping laptop can never stretch a session.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from enum import Enum
from typing import Any

from mat_companion.core.breathing import Pacer, session_pacer
from mat_companion.core.clock import Clock
from mat_companion.core.mixes import DEFAULT_FADE_OUT_SECONDS, QUICK_FADE_SECONDS
from mat_companion.core.session_config import SessionTimings
from mat_companion.core.session_phases import Phase

#: The shortest session the time controls allow, and the least time they leave.
MIN_DURATION_SECONDS = 60
MIN_LEFT_SECONDS = 10


class Confirmation(Enum):
    """Why adding time must be asked first: past the stage's longest session, or past the hour."""

    STAGE_MAX = "stage_max"
    HOUR = "hour"


class ReminderKind(Enum):
    """What a reminder during a session is about."""

    STAGE_MAX = "stage_max"


@dataclass(frozen=True)
class SessionPlan:
    """What the user set up before lying down."""

    duration_seconds: int | None
    stage: str
    position: str = "back"
    surface: str | None = None
    layer: str | None = None
    breathing: dict[str, Any] | None = None
    ambient: tuple[str, ...] = ()
    ambient_fade_out_seconds: int = DEFAULT_FADE_OUT_SECONDS
    interval_bell_minutes: int = 0
    stage_max_minutes: int | None = None

    @property
    def open_ended(self) -> bool:
        """Counts up with no planned end."""
        return self.duration_seconds is None


@dataclass(frozen=True)
class PhaseChanged:
    """The session moved into ``phase``."""

    phase: Phase


@dataclass(frozen=True)
class IntervalBell:
    """The ``number``-th interval bell is due, at ``volume`` (0-1)."""

    number: int
    volume: float


@dataclass(frozen=True)
class Reminder:
    """An open-ended session reached the longest session suggested for its stage.

    A bell at ``volume`` (0-1) goes with it; the hour is not a reminder but the
    end (``Finished``).
    """

    kind: ReminderKind
    volume: float


@dataclass(frozen=True)
class Finished:
    """The session ended: on time or at the hour (``completed``), or early."""

    completed: bool


@dataclass(frozen=True)
class EndBell:
    """The ``number``-th wake-up bell at ``volume`` (0-1); they go on until acknowledged."""

    number: int
    volume: float


@dataclass(frozen=True)
class AmbientFade:
    """Ambient sound should fade to ``level`` (0 silent, 1 full) over ``seconds``.

    It fades out over the plan's last ``ambient_fade_out_seconds``, and back in
    if time is added during that fade; it goes quiet at once for a pause and at
    the end, and comes back on resuming (unless its closing fade has begun).
    """

    level: float
    seconds: float


Event = PhaseChanged | IntervalBell | Reminder | Finished | EndBell | AmbientFade


class _Moment(Enum):
    """What changes at a moment of a running session's schedule."""

    MAT_BEGINS = "mat_begins"
    SETTLED = "settled"
    CLOSING = "closing"
    END = "end"
    AMBIENT_FADE = "ambient_fade"
    INTERVAL_BELL = "interval_bell"
    STAGE_MAX = "stage_max"


@dataclass
class _Progress:
    """What ``poll`` has already announced, so each event is announced once."""

    phase: Phase = Phase.GET_READY
    finished: bool = False
    interval_bells: int = 0
    reminders: set[ReminderKind] = field(default_factory=set)
    end_bells: int = 0
    #: Whether the ambient sound was last told the session is paused, and in its closing fade.
    ambient: tuple[bool, bool] = (False, False)


class RunningSession:
    """One session from pressing Start to acknowledging the end."""

    def __init__(self, plan: SessionPlan, clock: Clock, timings: SessionTimings) -> None:
        self.plan = plan
        self.timings = timings
        #: The breathing pacer of the plan, if it has one: the one the session screen
        #: draws and the breath cues follow, so the two can never disagree.
        self.pacer: Pacer | None = session_pacer(plan.breathing) if plan.breathing else None
        self._clock = clock
        limit = timings.mat_limit_minutes * 60
        self._limit: float = limit
        self._duration: float | None = (
            None if plan.duration_seconds is None else min(plan.duration_seconds, limit)
        )
        self._banked = 0.0
        self._resumed_at: float | None = clock.now()
        self._end_active: float | None = None
        self._completed = False
        self._finished_at: float | None = None
        self._acknowledged = False
        self._announced = _Progress()

    # Time ---------------------------------------------------------------------------------

    def active_seconds(self) -> float:
        """Seconds since Start, not counting pauses; frozen once the session has ended."""
        if self._end_active is not None:
            return self._end_active
        running = self._clock.now() - self._resumed_at if self._resumed_at is not None else 0.0
        return self._banked + running

    def mat_seconds(self) -> float:
        """Seconds on the mat: after the get-ready countdown, not counting pauses."""
        return max(0.0, self.active_seconds() - self.timings.get_ready_seconds)

    def pacer_seconds(self) -> float:
        """Mat seconds, negative during the get-ready countdown.

        The breath cues are placed on the clock before the mat time begins, so
        the first inhale sounds on the very moment the countdown ends.
        """
        return self.active_seconds() - self.timings.get_ready_seconds

    @property
    def duration_seconds(self) -> float | None:
        """The planned time on the mat now (after any changes); None when open-ended."""
        return self._duration

    def remaining_seconds(self) -> float | None:
        """Planned time left on the mat (the get-ready countdown during get-ready)."""
        if self.phase() is Phase.GET_READY:
            return self.timings.get_ready_seconds - self.active_seconds()
        if self._duration is None:
            return None
        return max(0.0, self._duration - self.mat_seconds())

    def fraction_done(self) -> float:
        """How far through the planned time, 0-1 (0 for an open-ended session)."""
        if self._duration is None or self._duration <= 0:
            return 0.0
        return min(1.0, self.mat_seconds() / self._duration)

    @property
    def paused(self) -> bool:
        """Whether time is standing still."""
        return self._resumed_at is None and self._end_active is None

    @property
    def ended(self) -> bool:
        """Whether the session has finished (completed or ended early)."""
        return self._end_active is not None

    @property
    def completed(self) -> bool:
        """Whether it ran its full planned time (or, open-ended, reached the hour)."""
        return self._completed

    @property
    def limit_seconds(self) -> float:
        """The most mat time any session may have (an hour): it ends there, whatever the plan."""
        return self._limit

    @property
    def limit_reached(self) -> bool:
        """Whether the session ended because its mat time reached the limit (time to get off)."""
        return self.ended and self.mat_seconds() >= self._limit

    @property
    def reached_the_mat(self) -> bool:
        """Whether any mat time passed: a session ended during the get-ready has none to keep."""
        return self.mat_seconds() > 0

    # Phases -------------------------------------------------------------------------------

    def _closing_starts(self) -> float | None:
        """The last minute; in a session that short, its second half (the sting comes first)."""
        if self._duration is None:
            return None
        return max(self._duration / 2, self._duration - self.timings.closing_seconds)

    def _schedule(self) -> dict[_Moment, float]:
        """The mat seconds (negative: in the get-ready) at which each next change comes.

        ``phase`` and ``poll`` read what has passed, ``seconds_to_next_event`` aims
        at what is ahead: one schedule, so the timer never wakes for nothing and
        never sleeps through something due.
        """
        closing = self._closing_starts()
        settle = self.timings.settle_seconds
        moments = {
            _Moment.MAT_BEGINS: 0.0,
            _Moment.SETTLED: settle if closing is None else min(settle, closing),
            _Moment.END: self._end_seconds(),
        }
        if closing is not None:
            moments[_Moment.CLOSING] = closing
        fade = self._ambient_fade_starts()
        if fade is not None:
            moments[_Moment.AMBIENT_FADE] = fade
        every = self.plan.interval_bell_minutes * 60
        if every > 0:
            moments[_Moment.INTERVAL_BELL] = every * (self._announced.interval_bells + 1)
        stage_max = self.plan.stage_max_minutes
        reminded = ReminderKind.STAGE_MAX in self._announced.reminders
        if self.plan.open_ended and stage_max and not reminded:
            moments[_Moment.STAGE_MAX] = stage_max * 60
        return moments

    def _end_seconds(self) -> float:
        """Mat seconds at which the session ends by itself: its plan, or the hour."""
        return self._limit if self._duration is None else self._duration

    def _ambient_fade_starts(self) -> float | None:
        """Mat seconds at which ambient sound starts its closing fade (None: it never does)."""
        if self._duration is None or not self.plan.ambient:
            return None
        return max(0.0, self._duration - self.plan.ambient_fade_out_seconds)

    def phase(self) -> Phase:
        """The phase at this moment."""
        if self._end_active is not None:
            return Phase.FINISHED
        at = self.pacer_seconds()
        moments = self._schedule()
        if at < moments[_Moment.MAT_BEGINS]:
            return Phase.GET_READY
        if _Moment.CLOSING in moments and at >= moments[_Moment.CLOSING]:
            return Phase.CLOSING
        if at < moments[_Moment.SETTLED]:
            return Phase.SETTLE_IN
        return Phase.MAIN

    # Controls -----------------------------------------------------------------------------

    def pause(self) -> None:
        """Stop time; a no-op when paused or ended."""
        if self._resumed_at is not None and self._end_active is None:
            self._banked += self._clock.now() - self._resumed_at
            self._resumed_at = None

    def resume(self) -> None:
        """Let time run again."""
        if self._resumed_at is None and self._end_active is None:
            self._resumed_at = self._clock.now()

    def toggle_pause(self) -> None:
        """Pause if running, resume if paused."""
        if self.paused:
            self.resume()
        else:
            self.pause()

    def skip_get_ready(self) -> None:
        """Start the mat time now (the user is already lying down)."""
        if self.phase() is Phase.GET_READY:
            self._banked += self.timings.get_ready_seconds - self.active_seconds()

    def can_adjust(self, seconds: float) -> bool:
        """Whether ``adjust(seconds)`` would change anything."""
        if self._duration is None or self.ended:
            return False
        return self._adjusted(seconds) != self._duration

    def _adjusted(self, seconds: float) -> float:
        assert self._duration is not None
        floor = max(MIN_DURATION_SECONDS, math.ceil(self.mat_seconds()) + MIN_LEFT_SECONDS)
        wanted = min(self._duration + seconds, self._limit)
        return max(wanted, min(floor, self._duration))

    def adjust_needs_confirmation(self, seconds: float) -> Confirmation | None:
        """Whether adding ``seconds`` must be asked first, and why.

        ``HOUR`` when the user asks for more than the limit allows (the session
        would stop at the hour, not where they asked); ``STAGE_MAX`` when it
        takes the plan past the longest session suggested for the stage. Asked
        once per crossing: time added beyond the stage maximum once agreed
        is not asked about again.
        """
        if seconds <= 0 or not self.can_adjust(seconds):
            return None
        assert self._duration is not None
        if self._duration + seconds > self._limit:
            return Confirmation.HOUR
        stage_max = self.plan.stage_max_minutes
        if stage_max and self._duration <= stage_max * 60 < self._duration + seconds:
            return Confirmation.STAGE_MAX
        return None

    def adjust(self, seconds: float) -> None:
        """Add (positive) or take off (negative) planned time; never below what is needed.

        Never beyond the limit either: a request past it stops at the hour.
        """
        if self.can_adjust(seconds):
            self._duration = self._adjusted(seconds)

    def end_early(self) -> None:
        """End now; the real time is recorded and the session is not completed."""
        if not self.ended:
            self._finish(self.active_seconds(), completed=False)

    def acknowledge_end(self) -> None:
        """The user is awake: stop the wake-up bells (the only thing that stops them)."""
        self._acknowledged = True

    @property
    def acknowledged(self) -> bool:
        """Whether the end has been acknowledged."""
        return self._acknowledged

    def _finish(self, active: float, *, completed: bool) -> None:
        self._end_active = active
        self._completed = completed
        self._resumed_at = None
        self._finished_at = self._clock.now()

    # Events -------------------------------------------------------------------------------

    def poll(self) -> list[Event]:
        """What has become due since the last poll, each event announced once."""
        events: list[Event] = []
        moments = self._schedule()
        end = moments[_Moment.END]
        if not self.ended and self.pacer_seconds() >= end:
            self._finish(self.timings.get_ready_seconds + end, completed=True)
        phase = self.phase()
        if phase is not self._announced.phase:
            self._announced.phase = phase
            events.append(PhaseChanged(phase))
        if phase is Phase.FINISHED:
            if not self._announced.finished:
                self._announced.finished = True
                if self.plan.ambient:
                    events.append(AmbientFade(0.0, QUICK_FADE_SECONDS))
                events.append(Finished(self._completed))
            events.extend(self._due_end_bell())
            return events
        at = self.pacer_seconds()
        events.extend(self._due_interval_bell(at, moments))
        events.extend(self._due_reminders(at, moments))
        events.extend(self._due_ambient_fade(at, moments))
        return events

    def _due_ambient_fade(self, at: float, moments: dict[_Moment, float]) -> list[Event]:
        """The fade the ambient sound owes to a pause, a resume or the closing fade."""
        if not self.plan.ambient:
            return []
        starts = moments.get(_Moment.AMBIENT_FADE)
        closing = starts is not None and at >= max(starts, moments[_Moment.MAT_BEGINS])
        was_paused, was_closing = self._announced.ambient
        if self.paused:  # quiet at once; time changed meanwhile is heard on resuming
            self._announced.ambient = (True, was_closing)
            return [] if was_paused else [AmbientFade(0.0, QUICK_FADE_SECONDS)]
        self._announced.ambient = (False, closing)
        if closing:  # resumed into a closing fade already heard: it stays quiet
            return [] if was_closing else [AmbientFade(0.0, moments[_Moment.END] - at)]
        if was_paused or was_closing:
            return [AmbientFade(1.0, QUICK_FADE_SECONDS)]
        return []

    def _due_interval_bell(self, at: float, moments: dict[_Moment, float]) -> list[Event]:
        due_at = moments.get(_Moment.INTERVAL_BELL)
        if due_at is None or at < due_at:
            return []
        passed = int(at // (self.plan.interval_bell_minutes * 60))  # after a stall, the latest
        self._announced.interval_bells = max(self._announced.interval_bells + 1, passed)
        return [IntervalBell(self._announced.interval_bells, self.timings.interval_bell_volume)]

    def _due_reminders(self, at: float, moments: dict[_Moment, float]) -> list[Event]:
        due_at = moments.get(_Moment.STAGE_MAX)
        if due_at is None or at < due_at:
            return []
        self._announced.reminders.add(ReminderKind.STAGE_MAX)
        return [Reminder(ReminderKind.STAGE_MAX, self.timings.reminder_bell_volume)]

    def _end_bell_ringing(self) -> bool:
        """Whether wake-up bells are due: a completed session nobody has answered yet."""
        return self._completed and not self._acknowledged and self._finished_at is not None

    def _fast_end_bells(self) -> int:
        """How many bells ring at the quick rhythm (the first at the end itself)."""
        timings = self.timings
        return int(timings.end_bell_fast_minutes * 60 // timings.end_bell_repeat_seconds) + 1

    def _end_bell_at(self, number: int) -> float:
        """Seconds after the end at which the ``number``-th wake-up bell rings (1 at once)."""
        timings = self.timings
        fast = self._fast_end_bells()
        if number <= fast:
            return (number - 1) * timings.end_bell_repeat_seconds
        last_fast = (fast - 1) * timings.end_bell_repeat_seconds
        return last_fast + (number - fast) * timings.end_bell_slow_repeat_seconds

    def _end_bells_due(self, since: float) -> int:
        """How many wake-up bells have come due ``since`` seconds after the end."""
        timings = self.timings
        fast = self._fast_end_bells()
        last_fast = self._end_bell_at(fast)
        if since < last_fast:
            return int(since // timings.end_bell_repeat_seconds) + 1
        return fast + int((since - last_fast) // timings.end_bell_slow_repeat_seconds)

    def _end_bell_volume(self, number: int) -> float:
        """The ``number``-th bell's volume: a little louder each ring, up to the ceiling."""
        timings = self.timings
        volume = timings.end_bell_start_volume + timings.end_bell_volume_step * (number - 1)
        return min(timings.end_bell_max_volume, volume)

    def _due_end_bell(self) -> list[Event]:
        if not self._end_bell_ringing():
            return []
        assert self._finished_at is not None
        due = self._end_bells_due(self._clock.now() - self._finished_at)
        if due <= self._announced.end_bells:
            return []
        self._announced.end_bells = due  # after a stall, the latest bell only: never a burst
        return [EndBell(due, self._end_bell_volume(due))]

    def seconds_to_next_event(self) -> float | None:
        """Clock seconds until something may become due (for a precise single-shot timer)."""
        if self.ended:
            if not self._end_bell_ringing():
                return None
            assert self._finished_at is not None
            next_bell = self._end_bell_at(self._announced.end_bells + 1)
            return max(0.0, next_bell - (self._clock.now() - self._finished_at))
        if self.paused:
            return None
        at = self.pacer_seconds()
        return min(
            (moment - at for moment in self._schedule().values() if moment > at), default=None
        )
