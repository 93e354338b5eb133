"""Which sound marks each part of a breath, placed on the clock by the pacer itself.

A user lying with eyes closed follows by ear, so the cues are a track: the
pacer's exact boundaries turned into (time, sound, volume), which the audio
thread asks for block by block. Nothing here waits for a timer.
"""

from __future__ import annotations

from dataclasses import dataclass

from mat_companion.core.breathing import BreathPhase, Pacer

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
