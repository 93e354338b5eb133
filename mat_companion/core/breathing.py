"""Breath patterns and where in a breath the pacer is at any moment.

The pacer's shape is a pure function of elapsed time, ``phase_at``: the widget
asks it on every frame, the cue scheduler asks when the next boundary comes,
and nothing is counted. An optional ramp starts near a natural resting pace and
slows to the target; with it the breath count is the integral of 1/cycle length,
which has a closed form for a linear ramp, so ``phase_at`` stays exact.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from dataclasses import dataclass, fields
from datetime import date
from enum import Enum
from pathlib import Path
from typing import Any

from mat_companion.core.texts import Text, TextError, text

MAX_PHASE_SECONDS = 20.0
STEP_SECONDS = 0.5
#: A resting adult breathes about 12 times a minute; the ramp starts there.
NATURAL_CYCLE_SECONDS = 5.0
#: A ramp shorter than this is no ramp (and would divide by almost nothing).
_SHORTEST_RAMP = 0.001


class BreathPhase(Enum):
    """The parts of one breath, in order."""

    INHALE = "inhale"
    TOP_UP = "top_up"
    HOLD_IN = "hold_in"
    EXHALE = "exhale"
    HOLD_OUT = "hold_out"


#: The parts of a breath as messages name them.
_PART_NAMES: dict[str, Text] = {
    "inhale": text("inhale"),
    "exhale": text("exhale"),
    "hold_in": text("hold in"),
    "hold_out": text("hold out"),
    "top_up": text("top up"),
}


class PatternError(TextError):
    """A pattern value is out of range; the message names it."""


@dataclass(frozen=True)
class BreathPattern:
    """Seconds for each part of a breath; ``top_up`` is the cyclic sigh's second inhale."""

    inhale: float
    exhale: float
    hold_in: float = 0.0
    hold_out: float = 0.0
    top_up: float = 0.0

    def __post_init__(self) -> None:
        for spec in fields(self):
            value = getattr(self, spec.name)
            part = _PART_NAMES[spec.name]
            if isinstance(value, bool) or not isinstance(value, int | float):
                raise PatternError(text("{part} must be a number of seconds", part=part))
            if not 0 <= value <= MAX_PHASE_SECONDS:
                raise PatternError(
                    text(
                        "{part} must be from 0 to {most} seconds",
                        part=part,
                        most=MAX_PHASE_SECONDS,
                    )
                )
            if abs(value / STEP_SECONDS - round(value / STEP_SECONDS)) > 1e-9:
                raise PatternError(
                    text(
                        "{part} must be in steps of {step} seconds",
                        part=part,
                        step=STEP_SECONDS,
                    )
                )
        if self.inhale <= 0:
            raise PatternError(
                text("{part} must be longer than 0 seconds", part=_PART_NAMES["inhale"])
            )
        if self.exhale <= 0:
            raise PatternError(
                text("{part} must be longer than 0 seconds", part=_PART_NAMES["exhale"])
            )

    @property
    def parts(self) -> list[tuple[BreathPhase, float]]:
        """The non-empty phases of one breath with their lengths, in order."""
        order = [
            (BreathPhase.INHALE, self.inhale),
            (BreathPhase.TOP_UP, self.top_up),
            (BreathPhase.HOLD_IN, self.hold_in),
            (BreathPhase.EXHALE, self.exhale),
            (BreathPhase.HOLD_OUT, self.hold_out),
        ]
        return [(phase, seconds) for phase, seconds in order if seconds > 0]

    @property
    def cycle_seconds(self) -> float:
        """How long one whole breath takes."""
        return self.inhale + self.top_up + self.hold_in + self.exhale + self.hold_out

    @property
    def breaths_per_minute(self) -> float:
        """Breaths a minute at this pattern."""
        return 60.0 / self.cycle_seconds

    def to_dict(self) -> dict[str, float]:
        """As stored in settings and in the history."""
        return {spec.name: getattr(self, spec.name) for spec in fields(self)}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> BreathPattern:
        """From stored values (unknown keys ignored); raises ``PatternError``."""
        try:
            return cls(**{spec.name: data.get(spec.name, 0.0) for spec in fields(cls)})
        except TypeError as error:
            raise PatternError(text("{problem}", problem=str(error))) from None


@dataclass(frozen=True)
class BreathState:
    """Where the pacer is: the phase, how far through it, and how full the lungs are."""

    phase: BreathPhase
    progress: float
    seconds_left: float
    breath: int
    fullness: float


#: How full the lungs are at the end of the first inhale when a top-up follows.
_BEFORE_TOP_UP = 0.8


def _fullness(phase: BreathPhase, progress: float, has_top_up: bool) -> float:
    if phase is BreathPhase.INHALE:
        return progress * (_BEFORE_TOP_UP if has_top_up else 1.0)
    if phase is BreathPhase.TOP_UP:
        return _BEFORE_TOP_UP + (1 - _BEFORE_TOP_UP) * progress
    if phase is BreathPhase.HOLD_IN:
        return 1.0
    if phase is BreathPhase.EXHALE:
        return 1.0 - progress
    return 0.0


@dataclass(frozen=True)
class Pacer:
    """A pattern in time: optional ramp from a natural pace, optional number of breaths.

    With ``then``, the breaths after ``max_breaths`` follow that pattern instead of
    stopping: a pattern with a limit (4-7-8) hands over to a gentle one on a whole
    breath, and every answer below stays a pure, continuous function of elapsed time,
    so the widget and the cue track need nothing new to follow the switch.
    """

    pattern: BreathPattern
    ramp_seconds: float = 0.0
    max_breaths: int | None = None
    then: BreathPattern | None = None

    def _start_cycle(self) -> float:
        return min(NATURAL_CYCLE_SECONDS, self.pattern.cycle_seconds)

    def _handover(self) -> tuple[float, int, BreathPattern] | None:
        """When ``then`` takes over, after how many breaths, and ``then``; None: it never does."""
        if self.then is None or self.max_breaths is None:
            return None
        return self._first_elapsed_for(self.max_breaths), self.max_breaths, self.then

    @property
    def switch_seconds(self) -> float | None:
        """When ``then`` takes over: the end of the last breath of ``pattern`` (None: never)."""
        handover = self._handover()
        return None if handover is None else handover[0]

    def pattern_of(self, breath: int) -> BreathPattern:
        """The pattern that breath number ``breath`` (from 0) follows."""
        if self.then is not None and self.max_breaths is not None and breath >= self.max_breaths:
            return self.then
        return self.pattern

    @property
    def longest_cycle_seconds(self) -> float:
        """The longest breath this pacer gives: a look-ahead that always holds a boundary."""
        later = self.then.cycle_seconds if self.then is not None else 0.0
        return max(self.pattern.cycle_seconds, later)

    def breaths_at(self, elapsed: float) -> float:
        """Breaths done (fractional) after ``elapsed`` seconds; never decreases."""
        handover = self._handover()
        if handover is not None and elapsed > handover[0]:
            switch, done, then = handover
            return done + (elapsed - switch) / then.cycle_seconds
        return self._first_breaths_at(elapsed)

    def _first_breaths_at(self, elapsed: float) -> float:
        elapsed = max(0.0, elapsed)
        target = self.pattern.cycle_seconds
        start = self._start_cycle()
        ramp = self.ramp_seconds
        if ramp < _SHORTEST_RAMP or math.isclose(start, target):
            return elapsed / target
        slope = (target - start) / ramp
        if elapsed <= ramp:
            return math.log((start + slope * elapsed) / start) / slope
        return math.log(target / start) / slope + (elapsed - ramp) / target

    def elapsed_for(self, breaths: float) -> float:
        """The inverse of ``breaths_at``: when the given (fractional) breath count is reached."""
        handover = self._handover()
        if handover is not None and breaths > handover[1]:
            switch, done, then = handover
            return switch + (breaths - done) * then.cycle_seconds
        return self._first_elapsed_for(breaths)

    def _first_elapsed_for(self, breaths: float) -> float:
        target = self.pattern.cycle_seconds
        start = self._start_cycle()
        ramp = self.ramp_seconds
        if ramp < _SHORTEST_RAMP or math.isclose(start, target):
            return breaths * target
        slope = (target - start) / ramp
        at_ramp_end = math.log(target / start) / slope
        if breaths <= at_ramp_end:
            return (start * math.exp(slope * breaths) - start) / slope
        return ramp + (breaths - at_ramp_end) * target

    def phase_at(self, elapsed: float) -> BreathState:
        """The pacer's state after ``elapsed`` seconds (the last exhale's end once done)."""
        count = self.breaths_at(elapsed)
        if self.finished(elapsed):
            return BreathState(BreathPhase.HOLD_OUT, 1.0, 0.0, self.max_breaths or 0, 0.0)
        breath = int(count)
        pattern = self.pattern_of(breath)
        position = (count - breath) * pattern.cycle_seconds
        has_top_up = pattern.top_up > 0
        start = 0.0
        for phase, length in pattern.parts:
            if position < start + length or phase is pattern.parts[-1][0]:
                progress = min(1.0, (position - start) / length)
                ends_at = self.elapsed_for(breath + (start + length) / pattern.cycle_seconds)
                return BreathState(
                    phase,
                    progress,
                    max(0.0, ends_at - elapsed),
                    breath,
                    _fullness(phase, progress, has_top_up),
                )
            start += length
        raise AssertionError("unreachable: the last part always matches")

    def boundaries(self, start: float, end: float) -> list[tuple[float, BreathPhase]]:
        """Each phase that begins in ``[start, end)``, with the second it begins."""
        found: list[tuple[float, BreathPhase]] = []
        breath = int(self.breaths_at(start))
        while True:
            if self.then is None and self.max_breaths is not None and breath >= self.max_breaths:
                return found
            pattern = self.pattern_of(breath)
            position = 0.0
            for phase, length in pattern.parts:
                at = self.elapsed_for(breath + position / pattern.cycle_seconds)
                if at >= end:
                    return found
                if at >= start:
                    found.append((at, phase))
                position += length
            breath += 1

    def whole_breath_end(self, requested: float) -> float:
        """When to stop if asked at ``requested``: after the exhale of the breath in progress."""
        count = self.breaths_at(requested)
        breath = int(count)
        pattern = self.pattern_of(breath)
        position = (count - breath) * pattern.cycle_seconds
        exhale_ends = pattern.cycle_seconds - pattern.hold_out
        if position <= 1e-9:
            return requested
        if position >= exhale_ends:
            return requested
        return self.elapsed_for(breath + exhale_ends / pattern.cycle_seconds)

    def finished(self, elapsed: float) -> bool:
        """Whether a cycle-count pacer has done its breaths (one with ``then`` never is)."""
        return (
            self.then is None
            and self.max_breaths is not None
            and self.breaths_at(elapsed) >= self.max_breaths
        )


@dataclass(frozen=True)
class Preset:
    """A named pattern from the literature, with its note."""

    key: str
    name: str
    pattern: BreathPattern
    note: str
    cycles_first_month: int | None = None
    cycles_later: int | None = None
    suggested_minutes: int | None = None


#: The preset a new user is offered first: slow, even breathing with no holds.
DEFAULT_PATTERN_KEY = "resonance"


def load_presets(path: Path) -> tuple[list[Preset], str]:
    """The presets and the caution shown with every one.

    Raises:
        PatternError: naming the file and the broken preset.
    """
    try:
        document = json.loads(path.read_bytes())
        presets = []
        for raw in document["presets"]:
            presets.append(
                Preset(
                    key=str(raw["key"]),
                    name=str(raw["name"]),
                    pattern=BreathPattern.from_dict(raw),
                    note=str(raw.get("note", "")),
                    cycles_first_month=raw.get("cycles_first_month"),
                    cycles_later=raw.get("cycles_later"),
                    suggested_minutes=raw.get("suggested_minutes"),
                )
            )
        return presets, str(document["caution"])
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise PatternError(
            text("The breathing patterns file {path} is broken: {error}", path=path, error=error)
        ) from None


#: Weil's advice for 4-7-8: a short limit while it is new.
FIRST_MONTH_DAYS = 30


def cycle_limit(preset: Preset, days_since_first_use: int | None) -> int | None:
    """How many cycles a preset with a limit allows: fewer in the first month of using it."""
    if preset.cycles_first_month is None:
        return None
    if days_since_first_use is None or days_since_first_use < FIRST_MONTH_DAYS:
        return preset.cycles_first_month
    return preset.cycles_later or preset.cycles_first_month


def days_since_first_use(first_used: Mapping[str, date], key: str, today: date) -> int | None:
    """Days since a pattern was first paced (``Settings.pattern_first_used``); None if never."""
    used = first_used.get(key)
    return None if used is None else (today - used).days


#: What a mat session breathes once a limited pattern's cycles are done: Longer exhale,
#: 4 s in and 6 s out. Of the two gentle presets it changes least at the switch: the
#: inhale stays the 4 s of 4-7-8, so the breath does not grow deeper (slow paced
#: breathing tempts beginners to over-breathe, Szulczewski 2019, which is what the
#: caution warns of), the exhale stays longer than the inhale, the part of 4-7-8 that
#: calms (Van Diest et al. 2014), and 6 breaths a minute is within the resonance range
#: with no hold, easy to keep for the rest of a 45-minute session, even dozing.
#: Resonance (5.5 s in) would lengthen every inhale by 1.5 s at once.
GENTLE_PATTERN = BreathPattern(inhale=4.0, exhale=6.0)


def session_pacer(breathing: Mapping[str, Any]) -> Pacer:
    """The pacer of a mat session's breathing record (``SessionPlan.breathing``).

    A record with a ``cycle_limit`` (set when the pattern was chosen, from the
    preset's limit and the first-use date) runs that many cycles, then goes on
    with ``GENTLE_PATTERN`` on a whole breath: a session lasts 10-45 minutes and
    the limit must hold in it as on the Breathing page.

    Raises:
        PatternError: the record's timings are not a valid pattern.
    """
    pattern = BreathPattern.from_dict(dict(breathing))
    limit = breathing.get("cycle_limit")
    if isinstance(limit, bool) or not isinstance(limit, int) or limit <= 0:
        return Pacer(pattern)
    return Pacer(pattern, max_breaths=limit, then=GENTLE_PATTERN)


def pattern_label(pattern: BreathPattern) -> str:
    """A pattern as its seconds, the way 4-7-8 is named: "4-7-8", "4-4-4-4"."""
    return "-".join(f"{seconds:g}" for _, seconds in pattern.parts)


def handover_text(pacer: Pacer) -> Text | None:
    """The one line that says the pacer has moved to its gentle pattern; None if it never does."""
    if pacer.then is None or pacer.max_breaths is None:
        return None
    values = {
        "pattern": pattern_label(pacer.pattern),
        "inhale": pacer.then.inhale,
        "exhale": pacer.then.exhale,
    }
    if pacer.max_breaths == 1:
        return text(
            "1 cycle of {pattern} done: now breathing gently, {inhale} s in, {exhale} s out",
            **values,
        )
    return text(
        "{cycles} cycles of {pattern} done: now breathing gently, {inhale} s in, {exhale} s out",
        cycles=pacer.max_breaths,
        **values,
    )
