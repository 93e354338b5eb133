"""Every sound the app plays, summed into one stream: cues, bells, ambient loops, the user's files.

QtMultimedia gets a single long-lived stream fed from here, because many short
streams (one ``QSoundEffect`` per cue) wedge its event loop on PulseAudio
(``../shared/probes``). Times are the app clock's monotonic seconds: each block
is rendered for the moment its first sample will be heard, so a sound asked for
at time T starts on the sample heard at T, and every fade is computed per
sample. The breath cues come from a ``CueTrack`` that the render thread asks
for each block, so their timing never depends on a UI timer firing.

No Qt here; calls come from the UI thread and ``render`` from the audio thread,
so the state is guarded by one lock held only for short, bounded work.
"""

from __future__ import annotations

import math
import threading
from collections import deque
from dataclasses import dataclass, field
from enum import Enum
from typing import Protocol

import numpy as np
from numpy.typing import NDArray

from mat_companion.core.fades import Fade, steady

Samples = NDArray[np.float32]

#: How quickly a volume change takes effect: fast, but never a click.
SMOOTHING_SECONDS = 0.05
MUTE_SECONDS = 0.5
STOP_SECONDS = 1.0
#: Two cues of one sound this close together are one cue placed twice.
SAME_MOMENT_SECONDS = 0.005
#: How many placed cues are remembered for that check (more than fit in a stream's buffer).
RECENT_CUES = 16


class Bus(Enum):
    """Where a one-shot sound goes, which decides what turns it down.

    CUE: breath cues and interval bells: the master volume and "sound off".
    WAKE: the wake-up bell: never silenced by "sound off", and never quieter
    than the mixer's wake floor, whatever the (quiet) master volume is.
    """

    CUE = "cue"
    WAKE = "wake"


class CueTrack(Protocol):
    """Sounds placed in time by a rule (the breathing pacer), asked for block by block."""

    def cues_between(self, start: float, end: float) -> list[tuple[float, str, float]]:
        """Each (monotonic time, sound name, volume 0-1) due in ``[start, end)``."""
        ...


def fade_curve(fade: Fade, start: float, frames: int, rate: int) -> float | NDArray[np.float64]:
    """``fade``'s gain at each of ``frames`` samples from time ``start``: a number if steady."""
    end = start + frames / rate
    if fade.seconds <= 0 or start >= fade.at + fade.seconds:
        return float(fade.end)
    if end <= fade.at:
        return float(fade.start)
    times = start + np.arange(frames) / rate
    fraction = np.clip((times - fade.at) / fade.seconds, 0.0, 1.0)
    return fade.start + (fade.end - fade.start) * np.sin(fraction * math.pi / 2) ** 2


@dataclass
class _Voice:
    """A one-shot sound: from its start time to its last sample, then gone."""

    samples: Samples
    start: float
    volume: float
    bus: Bus
    position: int = -1  # samples already played; -1 until its first block
    fade: Fade = field(default_factory=lambda: steady(1.0))


#: A layer that arrives while the others play (a file still decoding) joins over this long.
JOIN_SECONDS = 1.0


@dataclass
class _Loop:
    """An ambient layer: a seamless loop with its own volume (the fade is the group's)."""

    samples: Samples
    volume: Fade
    join: Fade = field(default_factory=lambda: steady(1.0))
    position: int = 0


class Mixer:
    """Sums what is playing into blocks of float samples in [-1, 1]."""

    def __init__(
        self, sounds: dict[str, Samples], rate: int, *, master: float, wake_floor: float
    ) -> None:
        self.rate = rate
        self._sounds = sounds
        self._lock = threading.Lock()
        self._voices: list[_Voice] = []
        self._loops: dict[str, _Loop] = {}
        self._ambient = steady(0.0)
        self._ambient_playing = False
        self._master = steady(master)
        self._mute = steady(1.0)
        self._wake_floor = wake_floor
        self._track: CueTrack | None = None
        self._track_from = -math.inf
        self._recent_cues: deque[tuple[Samples, float]] = deque(maxlen=RECENT_CUES)

    # What the UI asks for -----------------------------------------------------------------

    def play(
        self, sound: str, volume: float, now: float, *, at: float | None = None, bus: Bus = Bus.CUE
    ) -> bool:
        """Play ``sound`` once at ``at`` (or as soon as possible); False if no such sound."""
        samples = self._sounds.get(sound)
        if samples is None:
            return False
        with self._lock:
            self._voices.append(_Voice(samples, now if at is None else at, volume, bus))
        return True

    def set_track(self, track: CueTrack | None, since: float) -> None:
        """Follow ``track`` from time ``since`` (None: no more track cues)."""
        with self._lock:
            self._track = track
            self._track_from = since

    def set_master(self, gain: float, now: float) -> None:
        """The overall (linear) gain, changed smoothly."""
        with self._lock:
            self._master = Fade(now, self._master.gain(now), gain, SMOOTHING_SECONDS)

    def set_muted(self, muted: bool, now: float) -> None:
        """Sound off (ambient and cues, never the wake-up bell) or back on, with a short fade."""
        with self._lock:
            target = 0.0 if muted else 1.0
            self._mute = Fade(now, self._mute.gain(now), target, MUTE_SECONDS)

    def set_layers(self, layers: dict[str, tuple[Samples, float]]) -> None:
        """Replace the ambient layers: name -> (loop, volume 0-1); silent until started."""
        with self._lock:
            self._loops = {name: _Loop(samples, steady(v)) for name, (samples, v) in layers.items()}

    def add_layer(self, name: str, samples: Samples, volume: float, now: float) -> None:
        """Add (or replace) one layer; if the others are playing it fades in to join them."""
        with self._lock:
            loop = _Loop(samples, steady(volume))
            if self._ambient_playing:
                loop.join = Fade(now, 0.0, 1.0, JOIN_SECONDS)
            self._loops[name] = loop

    def set_layer_volume(self, name: str, volume: float, now: float) -> None:
        """One layer's own volume, changed smoothly."""
        with self._lock:
            loop = self._loops.get(name)
            if loop is not None:
                loop.volume = Fade(now, loop.volume.gain(now), volume, SMOOTHING_SECONDS)

    def fade_layers(self, level: float, seconds: float, now: float) -> None:
        """Fade every layer from where it is to ``level`` (0-1) over ``seconds``."""
        with self._lock:
            start = self._ambient.gain(now) if self._ambient_playing else 0.0
            self._ambient = Fade(now, start, level, seconds)
            self._ambient_playing = self._ambient_playing or level > 0

    def stop_all(self, now: float) -> None:
        """Fade every sound (bells and cues too) and every layer to silence over a second."""
        with self._lock:
            for voice in self._voices:
                voice.fade = Fade(now, voice.fade.gain(now), 0.0, STOP_SECONDS)
            self._ambient = Fade(now, self._ambient.gain(now), 0.0, STOP_SECONDS)
            self._track = None

    # What is playing ----------------------------------------------------------------------

    @property
    def layers(self) -> list[str]:
        """The names of the ambient layers."""
        with self._lock:
            return list(self._loops)

    def layer_gain(self, name: str, now: float) -> float:
        """The gain a layer plays at now (its volume x fade x master x sound-off)."""
        with self._lock:
            loop = self._loops[name]
            fade = self._ambient.gain(now) * loop.join.gain(now) if self._ambient_playing else 0.0
            return loop.volume.gain(now) * fade * self._master.gain(now) * self._mute.gain(now)

    @property
    def busy(self) -> bool:
        """Whether anything at all is sounding or due (an idle stream may stay quiet)."""
        with self._lock:
            return bool(self._voices) or self._track is not None or self._ambient_playing

    # The audio thread ---------------------------------------------------------------------

    def render(self, frames: int, start: float) -> Samples:
        """The next ``frames`` samples, the first of which is heard at monotonic ``start``."""
        out = np.zeros(frames, np.float64)
        with self._lock:
            end = start + frames / self.rate
            self._take_track(end)
            master = fade_curve(self._master, start, frames, self.rate)
            mute = fade_curve(self._mute, start, frames, self.rate)
            buses = {Bus.CUE: master * mute, Bus.WAKE: np.maximum(master, self._wake_floor)}
            self._voices = [v for v in self._voices if self._mix_voice(v, out, start, buses)]
            if self._ambient_playing:
                ambient = master * mute * fade_curve(self._ambient, start, frames, self.rate)
                for loop in self._loops.values():
                    self._mix_loop(loop, out, start, ambient)
                if self._ambient.end == 0.0 and self._ambient.done(end):
                    self._ambient_playing = False
        np.clip(out, -1.0, 1.0, out=out)
        return out.astype(np.float32)

    def _take_track(self, end: float) -> None:
        if self._track is None or end <= self._track_from:
            return
        for at, sound, volume in self._track.cues_between(self._track_from, end):
            samples = self._sounds.get(sound)
            if samples is not None and volume > 0 and not self._placed(samples, at):
                self._voices.append(_Voice(samples, at, volume, Bus.CUE))
                self._recent_cues.append((samples, at))
        self._track_from = end

    def _placed(self, samples: Samples, at: float) -> bool:
        """Whether this cue is already placed (a track set again over the same moments)."""
        return any(
            placed is samples and abs(when - at) < SAME_MOMENT_SECONDS
            for placed, when in self._recent_cues
        )

    def _mix_voice(
        self,
        voice: _Voice,
        out: NDArray[np.float64],
        start: float,
        buses: dict[Bus, float | NDArray[np.float64]],
    ) -> bool:
        """Add the voice's part of this block; False once it has finished."""
        frames = out.size
        offset = 0
        if voice.position < 0:
            offset = max(0, round((voice.start - start) * self.rate))  # late: from its start now
            if offset >= frames:
                return True
            voice.position = 0
        count = min(frames - offset, voice.samples.size - voice.position)
        piece = voice.samples[voice.position : voice.position + count]
        at = start + offset / self.rate
        gain = _slice(buses[voice.bus], offset, count)
        gain = gain * voice.volume * fade_curve(voice.fade, at, count, self.rate)
        out[offset : offset + count] += piece * gain
        voice.position += count
        faded_out = voice.fade.end == 0.0 and voice.fade.done(at + count / self.rate)
        return voice.position < voice.samples.size and not faded_out

    def _mix_loop(
        self,
        loop: _Loop,
        out: NDArray[np.float64],
        start: float,
        bus: float | NDArray[np.float64],
    ) -> None:
        frames = out.size
        join = fade_curve(loop.join, start, frames, self.rate)
        gain = bus * join * fade_curve(loop.volume, start, frames, self.rate)
        out += _wrapped(loop.samples, loop.position, frames) * gain
        loop.position = (loop.position + frames) % loop.samples.size


def _wrapped(samples: Samples, position: int, frames: int) -> Samples:
    """``frames`` samples of a loop from ``position``, round its end as often as needed."""
    if position + frames <= samples.size:
        return samples[position : position + frames]
    indices = np.arange(position, position + frames) % samples.size
    return samples[indices]


def _slice(
    gain: float | NDArray[np.float64], offset: int, count: int
) -> float | NDArray[np.float64]:
    return gain if isinstance(gain, float) else gain[offset : offset + count]
