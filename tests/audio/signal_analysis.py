"""Measurements of recorded or generated sound: spectra, slopes, levels, envelopes."""

from __future__ import annotations

import numpy as np
from numpy.typing import NDArray


def power_spectrum(
    signal: NDArray[np.floating], rate: int, segment: int = 8192
) -> tuple[NDArray[np.float64], NDArray[np.float64]]:
    """Welch's averaged power spectrum: frequencies and power."""
    window = np.hanning(segment)
    hops = range(0, len(signal) - segment + 1, segment // 2)
    power = np.mean(
        [np.abs(np.fft.rfft(signal[i : i + segment] * window)) ** 2 for i in hops], axis=0
    )
    return np.fft.rfftfreq(segment, 1 / rate), power


def slope_db_per_octave(
    signal: NDArray[np.floating], rate: int, low: float = 100.0, high: float = 5000.0
) -> float:
    """The straight-line fit of the spectrum between ``low`` and ``high``, in dB per octave."""
    freqs, power = power_spectrum(signal, rate)
    band = (freqs >= low) & (freqs <= high)
    fitted = np.polyfit(np.log2(freqs[band]), 10 * np.log10(power[band]), 1)
    return float(fitted[0])


def rms_envelope(
    signal: NDArray[np.floating], rate: int, window_seconds: float = 0.1
) -> NDArray[np.float64]:
    """RMS level in consecutive windows."""
    size = int(rate * window_seconds)
    count = len(signal) // size
    frames = np.asarray(signal[: count * size], dtype=np.float64).reshape(count, size)
    return np.sqrt(np.mean(frames**2, axis=1))


def spectral_peaks(
    signal: NDArray[np.floating], rate: int, count: int, min_hz: float = 50.0
) -> list[float]:
    """The frequencies of the ``count`` strongest separate peaks, lowest first."""
    spectrum = np.abs(np.fft.rfft(signal * np.hanning(len(signal))))
    freqs = np.fft.rfftfreq(len(signal), 1 / rate)
    spectrum[freqs < min_hz] = 0
    peaks: list[float] = []
    order = np.argsort(spectrum)[::-1]
    for index in order:
        frequency = float(freqs[index])
        if all(abs(frequency - p) > p * 0.05 for p in peaks):
            peaks.append(frequency)
        if len(peaks) == count:
            break
    return sorted(peaks)
