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


def test_pink_noise_falls_3_db_per_octave() -> None:
    assert slope_db_per_octave(pink_noise(20), SAMPLE_RATE) == pytest.approx(-3, abs=1)


def test_brown_noise_falls_6_db_per_octave() -> None:
    from mat_companion.audio.synthesis import coloured_noise

    assert slope_db_per_octave(coloured_noise(20, -6.0), SAMPLE_RATE) == pytest.approx(-6, abs=1)


@pytest.mark.parametrize("name", ["rain", "surf"])
def test_loops_join_without_a_click(name: str) -> None:
    loop = CATALOGUE[name].render().astype(np.float64)
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
        signal = spec.render()
        peak = float(np.max(np.abs(signal)))
        assert 0.1 < peak <= 0.9, spec.name
        if not spec.loops:
            assert abs(float(signal[0])) < 0.01 and abs(float(signal[-1])) < 0.01, spec.name


def test_pcm16_conversion() -> None:
    data = to_pcm16(np.array([0.0, 1.0, -1.0, 2.0], dtype=np.float32))
    assert np.frombuffer(data, "<i2").tolist() == [0, 32767, -32767, 32767]
