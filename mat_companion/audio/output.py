"""The one interface the rest of the app plays sound through.

Until real playback lands (and wherever no output device exists) the null
output stands in: it plays nothing, says so, and remembers what it was asked
to play so that tests and the UI can see the cues happen on time.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Protocol


class AudioOutput(Protocol):
    """Play short cues (bells, breath tones) at a volume from 0 to 1."""

    @property
    def available(self) -> bool:
        """Whether sound really comes out."""
        ...

    def play(self, sound: str, volume: float = 1.0) -> None:
        """Play the named sound once."""
        ...

    def stop_all(self) -> None:
        """Silence everything (fading, never cutting abruptly)."""
        ...


@dataclass(frozen=True)
class PlayedCue:
    """One cue the null output was asked to play, with the monotonic time it was asked."""

    at: float
    sound: str
    volume: float


class NullAudio:
    """No sound: used when there is no output device or QtMultimedia cannot load."""

    available = False

    def __init__(self) -> None:
        self.played: list[PlayedCue] = []

    def play(self, sound: str, volume: float = 1.0) -> None:
        """Remember the request; nothing is heard."""
        self.played.append(PlayedCue(time.monotonic(), sound, volume))

    def stop_all(self) -> None:
        """Nothing to stop."""
