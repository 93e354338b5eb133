"""What the volume slider means: loudness as heard, by Qt's own logarithmic scale."""

from __future__ import annotations

from PySide6.QtMultimedia import QtAudio

#: Speech through QTextToSpeech (speech-dispatcher and espeak-ng on Linux) is linear in its
#: volume above a small dead zone; these put a spoken word level with a breath tone of the
#: same volume at every slider position (measured through a null sink, within about 3 dB).
SPEECH_DEAD_ZONE = 0.01
SPEECH_SCALE = 0.85


def perceptual_to_gain(volume: float) -> float:
    """A slider position (0-1, as loudness is heard) as a linear gain."""
    scale = QtAudio.VolumeScale
    return float(
        QtAudio.convertVolume(volume, scale.LogarithmicVolumeScale, scale.LinearVolumeScale)
    )


def speech_volume(spoken: float, master: float) -> float:
    """QTextToSpeech's volume for words at ``spoken`` (0-1) under the master slider."""
    gain = spoken * perceptual_to_gain(master)
    return 0.0 if gain <= 0 else min(1.0, SPEECH_DEAD_ZONE + SPEECH_SCALE * gain)
