"""The one interface the rest of the app plays sound through.

Until the sounds are rendered and a device plays them (and wherever there is no
output device) the null output stands in: it plays nothing, says so, and
remembers what it was asked to play so that tests and the UI can see the cues
happen on time.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from mat_companion.core.mixes import FADE_IN_SECONDS

if TYPE_CHECKING:
    from mat_companion.audio.mixer import CueTrack


class AudioOutput(Protocol):
    """Play short cues (bells, breath tones) at a volume from 0 to 1."""

    @property
    def available(self) -> bool:
        """Whether sound really comes out."""
        ...

    def play(self, sound: str, volume: float = 1.0) -> None:
        """Play the named sound once."""
        ...

    def play_wake_bell(self, sound: str, volume: float = 1.0) -> None:
        """The wake-up bell: heard even with sound off, never quieter than a floor."""
        ...

    def set_cue_track(self, track: CueTrack | None, since: float | None = None) -> None:
        """Breath cues placed by ``track`` from clock time ``since`` (default now); None: none."""
        ...

    @property
    def master(self) -> float:
        """The overall volume, 0-1 on the slider's scale."""
        ...

    @property
    def muted(self) -> bool:
        """Whether "sound off" is on."""
        ...

    def stop_all(self) -> None:
        """Silence everything (fading, never cutting abruptly)."""
        ...

    def set_mix(self, layers: dict[str, float]) -> None:
        """The ambient layers (sound names or user files) and their own volumes."""
        ...

    def set_layer_volume(self, layer: str, volume: float) -> None:
        """One ambient layer's own volume, 0-1 (no effect if it is not in the mix)."""
        ...

    def start_mix(self, fade_seconds: float) -> None:
        """Start the ambient layers, fading in."""
        ...

    def fade_out(self, seconds: float) -> None:
        """Fade the ambient layers to silence."""
        ...

    def fade_in(self, seconds: float) -> None:
        """Fade the ambient layers back up."""
        ...

    def set_muted(self, muted: bool) -> None:
        """Sound off, or back on (both with a short fade)."""
        ...

    def set_master(self, volume: float) -> None:
        """The overall volume, 0-1."""
        ...


@dataclass(frozen=True)
class PlayedCue:
    """One cue the null output was asked to play, with the monotonic time it was asked."""

    at: float
    sound: str
    volume: float
    wake: bool = False


class NullAudio:
    """No sound: used when there is no output device or QtMultimedia cannot load."""

    available = False

    def __init__(self) -> None:
        self.played: list[PlayedCue] = []
        self.mix: dict[str, float] = {}
        self.mix_events: list[tuple[str, float]] = []
        self.muted = False
        self.master = 0.33
        self.track: CueTrack | None = None
        self.track_since: float | None = None

    def play(self, sound: str, volume: float = 1.0) -> None:
        """Remember the request; nothing is heard."""
        self.played.append(PlayedCue(time.monotonic(), sound, volume))

    def play_wake_bell(self, sound: str, volume: float = 1.0) -> None:
        """Remember the request; nothing is heard."""
        self.played.append(PlayedCue(time.monotonic(), sound, volume, wake=True))

    def set_cue_track(self, track: CueTrack | None, since: float | None = None) -> None:
        """Remember the track (tests ask it what it would have played)."""
        self.track = track
        self.track_since = since

    def cues_between(self, start: float, end: float) -> list[tuple[float, str, float]]:
        """What the current track would play in ``[start, end)`` (none before it was set)."""
        if self.track is None:
            return []
        since = self.track_since if self.track_since is not None else start
        return self.track.cues_between(max(start, since), end)

    def stop_all(self) -> None:
        """Nothing to stop."""
        self.mix_events.append(("stop_all", 0.0))

    def set_mix(self, layers: dict[str, float]) -> None:
        """Remember the layers."""
        self.mix = dict(layers)

    def set_layer_volume(self, layer: str, volume: float) -> None:
        """Remember the volume."""
        if layer in self.mix:
            self.mix[layer] = volume

    def start_mix(self, fade_seconds: float) -> None:
        """Remember the request."""
        self.mix_events.append(("start_mix", fade_seconds))

    def fade_out(self, seconds: float) -> None:
        """Remember the request."""
        self.mix_events.append(("fade_out", seconds))

    def fade_in(self, seconds: float) -> None:
        """Remember the request."""
        self.mix_events.append(("fade_in", seconds))

    def set_muted(self, muted: bool) -> None:
        """Remember the state."""
        self.muted = muted

    def set_master(self, volume: float) -> None:
        """Remember the volume."""
        self.master = volume


class SwitchableAudio:
    """Stands in for the real output until it is ready (sounds render off the UI thread).

    Pages keep this one object; ``switch_to`` swaps what is behind it. It keeps
    what the ambient sound should be doing, so a session started before the real
    output was ready (``--start-session`` right at start-up) gets its mix once
    it is: the new output is given the mix, the volume and "sound off" as they are.
    """

    def __init__(self, backend: AudioOutput | None = None) -> None:
        self.backend: AudioOutput = backend if backend is not None else NullAudio()
        self._mix: dict[str, float] = {}
        self._mix_playing = False
        self._muted = False
        self._master: float | None = None
        self._track: tuple[CueTrack | None, float | None] = (None, None)

    @property
    def available(self) -> bool:
        """Whether sound really comes out."""
        return self.backend.available

    def switch_to(self, backend: AudioOutput) -> None:
        """Use ``backend`` from now on, carrying over the ambient sound's state."""
        self.backend = backend
        if self._master is not None:
            backend.set_master(self._master)
        if self._muted:
            backend.set_muted(True)
        if self._mix:
            backend.set_mix(self._mix)
            if self._mix_playing:
                backend.start_mix(FADE_IN_SECONDS)
        if self._track[0] is not None:
            backend.set_cue_track(*self._track)

    def play(self, sound: str, volume: float = 1.0) -> None:
        """Play through the current backend."""
        self.backend.play(sound, volume)

    def play_wake_bell(self, sound: str, volume: float = 1.0) -> None:
        """Ring through the current backend."""
        self.backend.play_wake_bell(sound, volume)

    def set_cue_track(self, track: CueTrack | None, since: float | None = None) -> None:
        """Forward to the current backend (a track follows a switch to the real output)."""
        self._track = (track, since)
        self.backend.set_cue_track(track, since)

    @property
    def master(self) -> float:
        """The overall volume, 0-1."""
        return self._master if self._master is not None else self.backend.master

    @property
    def muted(self) -> bool:
        """Whether "sound off" is on."""
        return self._muted

    def stop_all(self) -> None:
        """Stop through the current backend."""
        self._mix_playing = False
        self.backend.stop_all()

    def set_mix(self, layers: dict[str, float]) -> None:
        """Forward to the current backend."""
        self._mix = dict(layers)
        self._mix_playing = False
        self.backend.set_mix(layers)

    def set_layer_volume(self, layer: str, volume: float) -> None:
        """Forward to the current backend."""
        if layer in self._mix:
            self._mix[layer] = volume
        self.backend.set_layer_volume(layer, volume)

    def start_mix(self, fade_seconds: float) -> None:
        """Forward to the current backend."""
        self._mix_playing = True
        self.backend.start_mix(fade_seconds)

    def fade_out(self, seconds: float) -> None:
        """Forward to the current backend."""
        self._mix_playing = False
        self.backend.fade_out(seconds)

    def fade_in(self, seconds: float) -> None:
        """Forward to the current backend."""
        self._mix_playing = True
        self.backend.fade_in(seconds)

    def set_muted(self, muted: bool) -> None:
        """Forward to the current backend."""
        self._muted = muted
        self.backend.set_muted(muted)

    def set_master(self, volume: float) -> None:
        """Forward to the current backend."""
        self._master = volume
        self.backend.set_master(volume)
