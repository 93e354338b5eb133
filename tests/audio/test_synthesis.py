from functools import cache

import numpy as np
import pytest

from mat_companion.audio.synthesis import (
    BOWL_PARTIALS,
    CATALOGUE,
    SAMPLE_RATE,
    pink_noise,
    singing_bowl,
    surf,
    to_pcm16,
)
from tests.audio.signal_analysis import rms_envelope, slope_db_per_octave, spectral_peaks


@cache
def rendered(name: str) -> np.ndarray:
    """Each catalogued sound rendered once for the whole file (seeded: the same every time)."""
    sound = CATALOGUE[name].render()
    sound.flags.writeable = False
    return sound


def test_pink_noise_falls_3_db_per_octave() -> None:
    assert slope_db_per_octave(pink_noise(20), SAMPLE_RATE) == pytest.approx(-3, abs=1)


def test_brown_noise_falls_6_db_per_octave() -> None:
    from mat_companion.audio.synthesis import coloured_noise

    assert slope_db_per_octave(coloured_noise(20, -6.0), SAMPLE_RATE) == pytest.approx(-6, abs=1)


@pytest.mark.parametrize("name", ["rain", "surf"])
def test_loops_join_without_a_click(name: str) -> None:
    loop = rendered(name).astype(np.float64)
    steps = np.abs(np.diff(loop))
    seam = abs(loop[0] - loop[-1])
    assert seam <= np.percentile(steps, 99.9), "the jump at the seam is an outlier: a click"
    doubled = np.concatenate([loop, loop])
    edge = len(loop)
    curvature = np.abs(np.diff(doubled[edge - 3 : edge + 3], 2))
    assert curvature.max() <= np.percentile(np.abs(np.diff(loop, 2)), 99.9)


def test_surf_swells_slowly() -> None:
    envelope = rms_envelope(surf(30, swell_seconds=10), SAMPLE_RATE, 0.25)
    assert envelope.max() / envelope.min() > 2
    rhythm = np.abs(np.fft.rfft(envelope - envelope.mean()))
    assert int(np.argmax(rhythm)) == 3, "three swells in thirty seconds"


def test_bowl_partials_and_their_beating() -> None:
    base = 220.0
    bowl = singing_bowl(base, 6.0)
    found = spectral_peaks(bowl, SAMPLE_RATE, len(BOWL_PARTIALS))
    ratios = [f / found[0] for f in found]
    assert ratios == pytest.approx(list(BOWL_PARTIALS), rel=0.01)
    assert found[0] == pytest.approx(base, rel=0.01)
    envelope = rms_envelope(bowl, SAMPLE_RATE, 0.05)
    assert envelope[5] > envelope[-5] * 3, "it dies away"


def test_every_sound_is_normalised_and_never_clips() -> None:
    for spec in CATALOGUE.values():
        signal = rendered(spec.name)
        peak = float(np.max(np.abs(signal)))
        assert 0.1 < peak <= 0.9, spec.name
        if not spec.loops:
            assert abs(float(signal[0])) < 0.01 and abs(float(signal[-1])) < 0.01, spec.name


def test_pcm16_conversion() -> None:
    data = to_pcm16(np.array([0.0, 1.0, -1.0, 2.0], dtype=np.float32))
    assert np.frombuffer(data, "<i2").tolist() == [0, 32767, -32767, 32767]


def _centroid(signal: np.ndarray) -> float:
    spectrum = np.abs(np.fft.rfft(signal))
    freqs = np.fft.rfftfreq(signal.size, 1 / SAMPLE_RATE)
    return float(np.sum(freqs * spectrum) / np.sum(spectrum))


def _notes(signal: np.ndarray) -> int:
    """How many separate notes: rises of the 10 ms envelope through half its peak."""
    envelope = rms_envelope(signal, SAMPLE_RATE, 0.01)
    loud = envelope > envelope.max() * 0.5
    return int(np.count_nonzero(loud[1:] & ~loud[:-1]) + loud[0])


def test_in_and_out_differ_in_register_count_and_direction() -> None:
    breath_in, breath_out = rendered("breath_in"), rendered("breath_out")
    assert _centroid(breath_in) > 2.5 * _centroid(breath_out), "an octave and more apart"
    assert _notes(breath_in) == 1 and _notes(breath_out) == 2, "one note in, two out"
    early, late = breath_out[: SAMPLE_RATE // 4], breath_out[SAMPLE_RATE * 45 // 100 :]
    first = spectral_peaks(early, SAMPLE_RATE, 1, min_hz=100)[0]
    second = spectral_peaks(late, SAMPLE_RATE, 1, min_hz=100)[0]
    assert second < first * 0.85, "out steps down"
    rising = spectral_peaks(breath_in[SAMPLE_RATE // 2 :], SAMPLE_RATE, 1)[0]
    assert rising > spectral_peaks(breath_in[: SAMPLE_RATE // 10], SAMPLE_RATE, 1)[0], "in rises"


def test_holds_tick_unlike_either_breath() -> None:
    tick = rendered("hold_tick")
    assert tick.size / SAMPLE_RATE < 0.06, "a tick, not a tone"
    breaths = [rendered(name) for name in ("breath_in", "breath_out")]
    assert all(b.size > 10 * tick.size for b in breaths)
    assert np.max(np.abs(tick)) < 0.6 * min(np.max(np.abs(b)) for b in breaths), "quieter"


@pytest.mark.parametrize("name", ["end_bell", "bowl", "start_bell", "interval_bell"])
def test_bells_ring_out_to_silence_instead_of_being_cut_off(name: str) -> None:
    bell = rendered(name)
    envelope = rms_envelope(bell, SAMPLE_RATE, 0.1)
    assert envelope[-2] < envelope.max() * 10 ** (-50 / 20), "down by 50 dB before it ends"
    third = len(envelope) // 3  # the pairs beat: the loudest second around a third of the way
    assert envelope[third - 5 : third + 5].max() > envelope.max() * 10 ** (-30 / 20), "it rings"


def test_the_wake_bell_rings_for_about_twenty_seconds() -> None:
    envelope = rms_envelope(rendered("end_bell"), SAMPLE_RATE, 0.1)
    audible = np.flatnonzero(envelope > envelope.max() * 10 ** (-40 / 20))
    assert 12 <= audible[-1] / 10 <= 24
