"""The soak's own measuring tools, on made-up captures whose answers are known."""

import numpy as np

from tests.e2e.sound_checks import RATE, CaptureClock, silent_gaps


def steady_capture(seconds: float) -> tuple[np.ndarray, CaptureClock]:
    """Noise like the ambient bed, read in 10 ms chunks from monotonic 100.0 on."""
    samples = np.random.default_rng(3).uniform(-0.2, 0.2, round(seconds * RATE))
    chunk = RATE // 100
    reads = [(100.0 + (i + 1) * 0.01, chunk) for i in range(samples.size // chunk)]
    return samples, CaptureClock(reads)


def test_a_stretch_of_silence_under_the_bed_is_found_with_its_moment_and_length() -> None:
    samples, clock = steady_capture(10.0)
    start = clock.index_at(104.0)
    samples[start : start + round(0.08 * RATE)] = 0.0
    ((at, length),) = silent_gaps(samples, clock, 101.0, 109.0)
    assert abs(at - 104.0) < 0.001 and abs(length - 0.08) < 0.001


def test_zero_crossings_and_gaps_outside_the_span_are_not_gaps() -> None:
    samples, clock = steady_capture(10.0)
    samples[:: RATE // 10] = 0.0  # single zero samples, as any waveform has
    late = clock.index_at(109.5)
    samples[late : late + RATE // 10] = 0.0
    assert silent_gaps(samples, clock, 101.0, 109.0) == []
