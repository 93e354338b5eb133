"""Real sound out of the app's QtMultimedia output, captured from a PulseAudio null sink."""

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest

from tests.audio.signal_analysis import rms_envelope, slope_db_per_octave
from tests.audio.sound_server import (
    RATE,
    latency_after,
    play,
    record,
    start_server,
    stop,
    stop_server,
)
from tests.conftest import CHECKOUT


@pytest.fixture(scope="module")
def sound_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, str]]:
    """A private PulseAudio with one null sink, as the machine's only output."""
    env = start_server(tmp_path_factory.mktemp("pulse-runtime"))
    yield env
    stop_server(env)


@pytest.mark.slow
def test_rain_really_comes_out_pink_and_fades_in(
    sound_server: dict[str, str], tmp_path: Path
) -> None:
    capture = record(sound_server)
    events = play(sound_server, "mix:3", 6.5, tmp_path)
    samples = stop(capture)
    assert events[0]["problem"] == "" and events[0]["available"] is True
    started = float(next(e["at"] for e in events if e["event"] == "play"))
    heard = samples[capture.index_at(started) :]
    assert len(heard) >= 4.75 * RATE, f"only {len(heard) / RATE:.2f} s captured after play()"
    envelope = rms_envelope(heard, RATE, 0.25)
    steady = envelope[16:19]  # 4.0-4.75 s: after the fade
    assert steady.mean() > 0.02, "not silent"
    assert slope_db_per_octave(heard[4 * RATE : int(4.75 * RATE)], RATE) == pytest.approx(-3, abs=1)
    rising = envelope[:12]  # the 3 s fade
    smoothed = np.convolve(rising, np.ones(2) / 2, mode="valid")
    assert all(b >= a * 0.9 for a, b in zip(smoothed, smoothed[1:], strict=False)), envelope
    half = np.argmax(envelope >= steady.mean() / 2) * 0.25
    assert 0.75 <= half <= 2.25, f"half volume after {half} s of a 3 s fade"


@pytest.mark.slow
def test_cues_are_heard_promptly(sound_server: dict[str, str], tmp_path: Path) -> None:
    capture = record(sound_server)
    events = play(sound_server, "cue", 3.0, tmp_path)
    samples = stop(capture)
    latencies = []
    for name in ("play", "play_again"):
        played = float(next(e["at"] for e in events if e["event"] == name))
        latency = latency_after(capture, samples, played)
        assert latency is not None, f"the cue after {name} was not heard"
        latencies.append(latency)
    first, later = latencies
    # The first cue is played the moment sound is switched on (the output waits for the sound
    # system to get going, which takes over a second in a new process).
    assert first <= 0.3, f"the first cue came {first * 1000:.0f} ms after play()"
    assert later <= 0.3, f"a later cue came {later * 1000:.0f} ms after play()"


def test_no_sound_server_means_the_null_output(tmp_path: Path) -> None:
    runtime = tmp_path / "empty-runtime"
    runtime.mkdir(mode=0o700)
    env = {
        **os.environ,
        "XDG_RUNTIME_DIR": str(runtime),
        "HOME": str(runtime),
        "PULSE_SERVER": f"unix:{runtime}/nothing",
    }
    events = play(env, "cue", 0.1, tmp_path)
    assert events[0]["available"] is False
    assert events[0]["problem"] == (
        "No audio output was found, so the app runs silently; everything else works."
    )


@pytest.mark.slow
def test_the_users_files_play_and_bad_ones_are_skipped_with_a_sentence(
    sound_server: dict[str, str], tmp_path: Path
) -> None:
    capture = record(sound_server)
    events = play(sound_server, "files", 3.0, tmp_path)
    samples = stop(capture)
    problems = sorted(str(e["text"]) for e in events if e["event"] == "problem")
    assert problems[0] == "gone.flac was skipped: it could not be read (No such file or directory)."
    assert problems[1] == "notes.txt was skipped: only WAV, Ogg, MP3 and FLAC files can be played."
    assert problems[2].startswith("song.mp3 was skipped: ")
    assert len(problems) == 3
    (layers,) = [e["layers"] for e in events if e["event"] == "layers"]
    assert [Path(str(layer)).name for layer in layers] == ["sea.wav"]  # type: ignore[union-attr]
    started = float(next(e["at"] for e in events if e["event"] == "play"))
    heard = samples[capture.index_at(started) + RATE : capture.index_at(started) + 2 * RATE]
    assert np.sqrt(np.mean(heard**2)) > 0.02, "the good file is heard"


@pytest.mark.slow
def test_a_device_that_disappears_falls_back_to_the_default(
    sound_server: dict[str, str], tmp_path: Path
) -> None:
    loaded = subprocess.run(
        ["pactl", "load-module", "module-null-sink", "sink_name=mc_headphones", f"rate={RATE}"],
        env=sound_server,
        capture_output=True,
        text=True,
        check=True,
    )
    subprocess.run(["pactl", "set-default-sink", "mc_headphones"], env=sound_server, check=True)
    capture = record(sound_server)  # the sink that stays
    env = {**sound_server, "MC_UNPLUG_MODULE": loaded.stdout.strip()}
    events = play(env, "unplug", 4.0, tmp_path)
    samples = stop(capture)
    kinds = [e["event"] for e in events]
    assert kinds[:3] == ["ready", "play", "unplug"]
    unplugged = float(next(e["at"] for e in events if e["event"] == "unplug"))
    before = samples[capture.index_at(unplugged) - RATE // 2 : capture.index_at(unplugged)]
    after = samples[capture.index_at(unplugged) + RATE : capture.index_at(unplugged) + 2 * RATE]
    assert np.sqrt(np.mean(before**2)) < 0.001, "nothing reached this sink before the unplug"
    assert np.sqrt(np.mean(after**2)) > 0.02, "the rain carried on through the default sink"


@pytest.mark.slow
def test_the_server_keeps_more_of_the_stream_queued_than_qts_16_ms(
    sound_server: dict[str, str], tmp_path: Path
) -> None:
    """A machine stopping for a moment finds the server with 60 ms or more still to play."""
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.audio.player_child", "mix:0.2", "4", str(tmp_path)],
        env={**sound_server, "QT_QPA_PLATFORM": "offscreen"},
        cwd=CHECKOUT,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert child.stdout is not None
        for line in child.stdout:  # playing from "play" on; the queue fills at once
            if '"play"' in line:
                break
        queues = []
        for _ in range(50):  # each listing is a round trip to the server: no sleep between
            listing = subprocess.run(
                ["pactl", "list", "sink-inputs"], env=sound_server, capture_output=True, text=True
            ).stdout
            queues += [
                int(line.split()[-2])
                for line in listing.splitlines()
                if line.strip().startswith("Buffer Latency:")
            ]
            if queues:
                break
    finally:
        child.communicate(timeout=60)
    assert queues and min(queues) >= 60_000, f"{queues} µs queued in the server"
