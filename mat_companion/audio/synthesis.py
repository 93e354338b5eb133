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
SYNTHESIS_VERSION = 1
#: Singing-bowl partials as multiples of the base pitch (DOMAIN.md).
BOWL_PARTIALS = (1.0, 2.98, 5.70, 9.0, 12.8)
#: Each partial is a pair, the second this fraction higher: the beating is the bowl's voice.
BOWL_DETUNE = 0.004
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

    Higher partials are quieter and die away sooner, as on a struck bowl.
    """
    t = np.arange(int(seconds * SAMPLE_RATE)) / SAMPLE_RATE
    tone = np.zeros_like(t)
    for index, ratio in enumerate(BOWL_PARTIALS):
        amplitude = 1.0 / (1 + index * 0.9)
        decay = np.exp(-t / (seconds / (1.5 + index * 0.8)))
        frequency = base_hz * ratio
        for detune in (0.0, BOWL_DETUNE):
            tone += amplitude * decay * np.sin(2 * np.pi * frequency * (1 + detune) * t + index)
    strike = 1 - np.exp(-t / 0.004)
    return _normalise_peak(_fade(tone * strike), ONE_SHOT_PEAK_DBFS)


def glide(start_hz: float, end_hz: float, seconds: float) -> Signal:
    """A soft tone sliding from one pitch to another (rising in, falling out)."""
    t = np.arange(int(seconds * SAMPLE_RATE)) / SAMPLE_RATE
    frequency = start_hz * (end_hz / start_hz) ** (t / seconds)
    phase = 2 * np.pi * np.cumsum(frequency) / SAMPLE_RATE
    envelope = np.sin(np.pi * t / seconds) ** 2
    tone = np.sin(phase) + 0.25 * np.sin(2 * phase)
    return _normalise_peak(_fade(tone * envelope), ONE_SHOT_PEAK_DBFS)


def tick(seconds: float = 0.04, hz: float = 1200.0) -> Signal:
    """A quiet wooden tick for breath holds."""
    t = np.arange(int(seconds * SAMPLE_RATE)) / SAMPLE_RATE
    tone = np.sin(2 * np.pi * hz * t) * np.exp(-t / 0.008)
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
        SoundSpec("bowl", lambda: singing_bowl(196.0, 9.0), False),
        SoundSpec("start_bell", lambda: singing_bowl(262.0, 6.0), False),
        SoundSpec("interval_bell", lambda: singing_bowl(330.0, 4.0), False),
        SoundSpec("end_bell", lambda: singing_bowl(220.0, 8.0), False),
        SoundSpec("breath_in", lambda: glide(220.0, 330.0, 0.9), False),
        SoundSpec("breath_top_up", lambda: glide(330.0, 392.0, 0.4), False),
        SoundSpec("breath_out", lambda: glide(330.0, 220.0, 0.9), False),
        SoundSpec("hold_tick", tick, False),
    )
}


def to_pcm16(signal: Signal) -> bytes:
    """16-bit little-endian PCM bytes of a float signal in [-1, 1]."""
    clipped = np.clip(signal, -1.0, 1.0)
    return (clipped * 32767).astype("<i2").tobytes()
