"""The app's own sounds, generated with numpy: noise colours, surf, singing bowl, bells, cues.

Nothing here is recorded, so nothing needs a licence. Noise is shaped in the
frequency domain, which makes every loop periodic: its end joins its start
with no click. numpy is imported here only, and this module is imported only
when sound is first needed, so start-up stays light.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

SAMPLE_RATE = 48_000
#: Bump when any sound changes: cached renders from an older version are not reused.
SYNTHESIS_VERSION = 2
#: Singing-bowl partials as multiples of the base pitch (DOMAIN.md).
BOWL_PARTIALS = (1.0, 2.98, 5.70, 9.0, 12.8)
#: Each partial is a pair, the second this fraction higher: the beating is the bowl's voice.
BOWL_DETUNE = 0.004
#: A bell's length in time constants of its lowest partial: e^-6.9 is -60 dB, silence.
RING_OUT_TIME_CONSTANTS = 6.9
#: Loudness targets: ambient loops by RMS, one-shots by peak (dBFS).
LOOP_RMS_DBFS = -23.0
ONE_SHOT_PEAK_DBFS = -6.0

Signal = NDArray[np.float32]


def _db(value: float) -> float:
    return float(10 ** (value / 20))


def _normalise_rms(signal: NDArray[np.float64], target_dbfs: float) -> Signal:
    rms = float(np.sqrt(np.mean(signal**2))) or 1.0
    scaled = signal * (_db(target_dbfs) / rms)
    peak = float(np.max(np.abs(scaled))) or 1.0
    if peak > 0.9:
        scaled *= 0.9 / peak
    return scaled.astype(np.float32)


def _normalise_peak(signal: NDArray[np.float64], target_dbfs: float) -> Signal:
    peak = float(np.max(np.abs(signal))) or 1.0
    return (signal * (_db(target_dbfs) / peak)).astype(np.float32)


def coloured_noise(seconds: float, slope_db_per_octave: float, seed: int = 1) -> Signal:
    """A seamless loop of noise whose spectrum falls by the given dB per octave.

    -3 dB/octave is pink ("soft rain"), -6 dB/octave brown ("surf", a deep rumble).
    """
    count = int(seconds * SAMPLE_RATE)
    rng = np.random.default_rng(seed)
    spectrum = np.fft.rfft(rng.standard_normal(count))
    freqs = np.fft.rfftfreq(count, 1 / SAMPLE_RATE)
    exponent = slope_db_per_octave / (20 * math.log10(2))
    gain = np.zeros_like(freqs)
    audible = freqs >= 20.0
    gain[audible] = (freqs[audible] / 20.0) ** exponent
    noise = np.fft.irfft(spectrum * gain, count)
    return _normalise_rms(noise, LOOP_RMS_DBFS)


def pink_noise(seconds: float = 30.0, seed: int = 1) -> Signal:
    """Soft rain: noise falling 3 dB per octave."""
    return coloured_noise(seconds, -3.0, seed)


def surf(
    seconds: float = 30.0, swell_seconds: float = 10.0, depth: float = 0.6, seed: int = 2
) -> Signal:
    """Brown noise with a slow swell; the swell fits the loop a whole number of times."""
    base = coloured_noise(seconds, -6.0, seed).astype(np.float64)
    swells = max(1, round(seconds / swell_seconds))
    t = np.arange(base.size) / SAMPLE_RATE
    envelope = 1.0 - depth / 2 + (depth / 2) * np.sin(2 * np.pi * swells * t / seconds)
    return _normalise_rms(base * envelope, LOOP_RMS_DBFS)


def _fade(signal: NDArray[np.float64], attack: float = 0.005) -> NDArray[np.float64]:
    """A few milliseconds of fade in and out: no click at either end of a one-shot."""
    ramp = max(1, int(attack * SAMPLE_RATE))
    shaped = signal.copy()
    window = 0.5 - 0.5 * np.cos(np.linspace(0, np.pi, ramp))
    shaped[:ramp] *= window
    shaped[-ramp:] *= window[::-1]
    return shaped


def singing_bowl(base_hz: float = 220.0, seconds: float = 9.0) -> Signal:
    """Partials near 1, 2.98, 5.70, 9.0 and 12.8 times the base, each a beating pair, decaying.

    Higher partials are quieter and die away sooner, as on a struck bowl. The
    lowest partial has decayed by 60 dB at ``seconds``: the bell rings out to
    silence rather than being cut off while it still sounds.
    """
    t = np.arange(int(seconds * SAMPLE_RATE)) / SAMPLE_RATE
    tone = np.zeros_like(t)
    base_decay = seconds / RING_OUT_TIME_CONSTANTS
    for index, ratio in enumerate(BOWL_PARTIALS):
        amplitude = 1.0 / (1 + index * 0.9)
        decay = np.exp(-t / (base_decay / (1 + index * 0.5)))
        frequency = base_hz * ratio
        for detune in (0.0, BOWL_DETUNE):
            tone += amplitude * decay * np.sin(2 * np.pi * frequency * (1 + detune) * t + index)
    strike = 1 - np.exp(-t / 0.004)
    return _normalise_peak(_fade(tone * strike), ONE_SHOT_PEAK_DBFS)


def _envelope(t: NDArray[np.float64], attack: float, decay: float) -> NDArray[np.float64]:
    """A soft attack then an exponential decay: a struck or plucked note, never a click."""
    return (1 - np.exp(-t / attack)) * np.exp(-t / decay)


def chime(start_hz: float, end_hz: float, seconds: float) -> Signal:
    """One bright bell-like note that slides gently up: the inhale's single, high cue."""
    t = np.arange(int(seconds * SAMPLE_RATE)) / SAMPLE_RATE
    frequency = start_hz * (end_hz / start_hz) ** np.minimum(1.0, t / (seconds * 0.6))
    phase = 2 * np.pi * np.cumsum(frequency) / SAMPLE_RATE
    tone = np.sin(phase) + 0.35 * np.sin(2 * phase) * np.exp(-t / 0.15) + 0.15 * np.sin(3 * phase)
    return _normalise_peak(_fade(tone * _envelope(t, 0.01, seconds / 4)), ONE_SHOT_PEAK_DBFS)


def low_notes(first_hz: float, second_hz: float, gap: float = 0.42, note: float = 0.5) -> Signal:
    """Two soft, low, round notes stepping down: the exhale's cue.

    Unlike the inhale's in register (an octave and more lower), count (two, not
    one) and direction (falling), so a drowsy listener who missed one still knows.
    """
    length = gap + note
    t = np.arange(int(length * SAMPLE_RATE)) / SAMPLE_RATE
    tone = np.zeros_like(t)
    for onset, hz in ((0.0, first_hz), (gap, second_hz)):
        local = np.clip(t - onset, 0.0, None)
        sounding = t >= onset
        voice = np.sin(2 * np.pi * hz * local) + 0.2 * np.sin(4 * np.pi * hz * local)
        tone += sounding * voice * _envelope(local, 0.02, note / 3)
    return _normalise_peak(_fade(tone), ONE_SHOT_PEAK_DBFS)


def tick(seconds: float = 0.04, hz: float = 1200.0) -> Signal:
    """A quiet, dry wooden tick for breath holds: short, pitched high, no tone to follow."""
    t = np.arange(int(seconds * SAMPLE_RATE)) / SAMPLE_RATE
    tone = (np.sin(2 * np.pi * hz * t) + 0.5 * np.sin(2 * np.pi * hz * 2.76 * t)) * np.exp(
        -t / 0.008
    )
    return _normalise_peak(_fade(tone, 0.001), ONE_SHOT_PEAK_DBFS - 6)


@dataclass(frozen=True)
class SoundSpec:
    """A named sound: how to render it, and whether it loops."""

    name: str
    render: Callable[[], Signal]
    loops: bool


CATALOGUE: dict[str, SoundSpec] = {
    spec.name: spec
    for spec in (
        SoundSpec("rain", pink_noise, True),
        SoundSpec("surf", surf, True),
        SoundSpec("bowl", lambda: singing_bowl(196.0, 14.0), False),
        SoundSpec("start_bell", lambda: singing_bowl(262.0, 10.0), False),
        SoundSpec("interval_bell", lambda: singing_bowl(330.0, 8.0), False),
        SoundSpec("end_bell", lambda: singing_bowl(220.0, 24.0), False),
        SoundSpec("breath_in", lambda: chime(587.0, 659.0, 0.9), False),
        SoundSpec("breath_top_up", lambda: chime(784.0, 880.0, 0.45), False),
        SoundSpec("breath_out", lambda: low_notes(220.0, 165.0), False),
        SoundSpec("hold_tick", tick, False),
    )
}


def to_pcm16(signal: Signal) -> bytes:
    """16-bit little-endian PCM bytes of a float signal in [-1, 1]."""
    clipped = np.clip(signal, -1.0, 1.0)
    return (clipped * 32767).astype("<i2").tobytes()
