"""How loud each ambient layer plays: its volume x the overall volume x its fade x sound off."""

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from mat_companion.audio.cache import render_missing
from mat_companion.audio.qt_output import QtAudioOutput
from mat_companion.core.clock import FakeClock

# No sound server in this process: the gains are arithmetic on the clock, the same with one.
pytestmark = pytest.mark.qt_log_ignore(
    "No audio device detected",
    "PulseAudioService: pa_context_connect",
    "QSoundEffect: playback of this format is not supported",
)


def test_layer_volumes_follow_master_mute_and_fades(qtbot: QtBot, tmp_path: Path) -> None:
    clock = FakeClock()
    sounds = render_missing(tmp_path / "cache", ["rain", "surf"])
    output = QtAudioOutput(sounds, clock, master=0.5)
    output.set_mix({"rain": 0.8, "surf": 0.4})
    output.start_mix(3.0)
    clock.advance(1.5)
    assert output.layer_gain("rain") == pytest.approx(0.8 * 0.5 * 0.5)  # half-way up the S-curve
    clock.advance(1.5)
    assert output.layer_gain("rain") == pytest.approx(0.4)
    output.set_layer_volume("surf", 1.0)
    assert output.layer_gain("surf") == pytest.approx(0.5)
    output.set_muted(True)
    clock.advance(0.5)
    assert output.layer_gain("rain") == 0.0
    output.set_muted(False)
    clock.advance(0.5)
    assert output.layer_gain("rain") == pytest.approx(0.4)
    output.fade_out(10.0)
    clock.advance(10.0)
    output.set_muted(False)
    assert output.layer_gain("rain") == 0.0, "unmuting does not undo a fade-out"
