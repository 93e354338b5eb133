"""The volume slider goes by loudness: Qt's logarithmic scale, not the signal's size."""

import math

import pytest

from mat_companion.audio.qt_output import WAKE_FLOOR
from mat_companion.audio.volume import perceptual_to_gain, speech_volume


def test_a_third_is_about_minus_21_db_and_the_ends_are_silence_and_full() -> None:
    assert perceptual_to_gain(0.0) == 0.0 and perceptual_to_gain(1.0) == 1.0
    assert 20 * math.log10(perceptual_to_gain(1 / 3)) == pytest.approx(-21.1, abs=0.2)


def test_each_step_of_the_slider_is_louder_and_halving_it_is_about_10_db_quieter() -> None:
    gains = [perceptual_to_gain(step / 20) for step in range(21)]
    assert all(b > a for a, b in zip(gains, gains[1:], strict=False))
    drop = 20 * math.log10(perceptual_to_gain(0.4) / perceptual_to_gain(0.8))
    assert -12 < drop < -8, "half the slider, about half as loud (-10 dB)"


def test_the_wake_floor_is_well_above_the_default_volume() -> None:
    assert 20 * math.log10(perceptual_to_gain(WAKE_FLOOR) / perceptual_to_gain(0.33)) > 6


def test_speech_follows_the_slider_like_the_tones_do() -> None:
    assert speech_volume(0.7, 0.0) == 0.0 and speech_volume(0.0, 1.0) == 0.0
    assert speech_volume(1.0, 1.0) == pytest.approx(0.86)
    default = speech_volume(0.5, 0.33)  # measured: level with a breath tone at volume 0.5
    assert default == pytest.approx(0.01 + 0.85 * 0.5 * perceptual_to_gain(0.33))
    assert default < 0.05, "not the raw slider (0.5 x 0.33 came out about 15 dB too loud)"
    quieter = 20 * math.log10((speech_volume(0.5, 0.4) - 0.01) / (speech_volume(0.5, 0.8) - 0.01))
    assert quieter == pytest.approx(
        20 * math.log10(perceptual_to_gain(0.4) / perceptual_to_gain(0.8)), abs=0.01
    ), "half the slider lowers words as much as tones"
