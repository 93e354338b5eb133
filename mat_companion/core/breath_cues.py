"""Which sound marks each part of a breath, placed on the clock by the pacer itself.

A user lying with eyes closed follows by ear, so the cues are a track: the
pacer's exact boundaries turned into (time, sound, volume), which the audio
thread asks for block by block. Nothing here waits for a timer.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from mat_companion.core.breathing import BreathPhase, Pacer
from mat_companion.core.session_phases import Phase

#: The sound that starts each phase: one bright rising chime in, two low notes out,
#: a higher short chime for the top-up, and a dry wooden tick on holds.
CUE_SOUNDS = {
    BreathPhase.INHALE: "breath_in",
    BreathPhase.TOP_UP: "breath_top_up",
    BreathPhase.HOLD_IN: "hold_tick",
    BreathPhase.EXHALE: "breath_out",
    BreathPhase.HOLD_OUT: "hold_tick",
}
HOLDS = (BreathPhase.HOLD_IN, BreathPhase.HOLD_OUT)


@dataclass(frozen=True)
class CueChoices:
    """Which cues sound, and how loud (0-1); from the user's settings."""

    tones: bool = True
    tone_volume: float = 0.5
    hold_tick: bool = False
    tick_volume: float = 0.3
    spoken: bool = False
    spoken_volume: float = 0.7

    @property
    def any_sound(self) -> bool:
        """Whether any cue is a sound of the mixer (without one, the stream may rest)."""
        return (self.tones and self.tone_volume > 0) or (self.hold_tick and self.tick_volume > 0)

    def sound_for(self, phase: BreathPhase) -> tuple[str, float] | None:
        """The sound and volume that mark ``phase``, or None if that cue is off."""
        if phase in HOLDS:
            return (CUE_SOUNDS[phase], self.tick_volume) if self.hold_tick else None
        return (CUE_SOUNDS[phase], self.tone_volume) if self.tones else None


@dataclass(frozen=True)
class PacerCueTrack:
    """A pacer's cues on the monotonic clock: the pacer's elapsed time is ``now - anchor``."""

    pacer: Pacer
    choices: CueChoices
    anchor: float

    def cues_between(self, start: float, end: float) -> list[tuple[float, str, float]]:
        """Each (monotonic time, sound, volume) due in ``[start, end)``."""
        cues = []
        for at, phase in self.pacer.boundaries(start - self.anchor, end - self.anchor):
            sound = self.choices.sound_for(phase)
            if sound is not None:
                cues.append((at + self.anchor, *sound))
        return cues


class CueStep(Enum):
    """What a session's breath cues do after a change of the session."""

    KEEP = "keep"
    PLACE = "place"
    STOP = "stop"


@dataclass
class SessionCueRule:
    """When a session's breath cues are placed on the clock again, and when they stop.

    They are placed at Start, ahead of the countdown (the first inhale on its
    last moment); leaving the countdown early ("I'm on the mat") moves the mat
    time, so they are placed again when it begins. A pause stops them and
    resuming places them from where the pacer is (no catching up); the end
    stops them. Nothing sounds while the session is paused.
    """

    mat_begun: bool = False

    def phase_changed(self, phase: Phase, *, paused: bool) -> CueStep:
        """The session moved into ``phase`` (while ``paused``: "I'm on the mat" during a pause)."""
        if phase is Phase.FINISHED:
            return CueStep.STOP
        if phase is Phase.GET_READY or self.mat_begun:
            return CueStep.KEEP
        self.mat_begun = True
        return CueStep.KEEP if paused else CueStep.PLACE

    def paused_changed(self, paused: bool) -> CueStep:
        """The session was paused or resumed."""
        return CueStep.STOP if paused else CueStep.PLACE
