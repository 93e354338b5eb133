"""Real sound out of the app's QtMultimedia output, captured from a PulseAudio null sink."""

import contextlib
import json
import os
import shutil
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pytest

from tests.audio.signal_analysis import rms_envelope, slope_db_per_octave
from tests.conftest import CHECKOUT

RATE = 48_000


@pytest.fixture(scope="module")
def sound_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, str]]:
    """A private PulseAudio with one null sink, as the machine's only output."""
    daemon = shutil.which("pulseaudio")
    assert daemon, "pulseaudio is needed (Debian packages pulseaudio, pulseaudio-utils)"
    runtime = tmp_path_factory.mktemp("pulse-runtime")
    runtime.chmod(0o700)
    env = {**os.environ, "XDG_RUNTIME_DIR": str(runtime), "HOME": str(runtime)}
    env.pop("PULSE_SERVER", None)
    subprocess.run(
        [
            daemon,
            "-n",
            "--daemonize=yes",
            "--exit-idle-time=-1",
            "--disable-shm=yes",
            "-L",
            f"module-null-sink sink_name=mc_sink rate={RATE}",
            "-L",
            "module-native-protocol-unix",
        ],
        env=env,
        check=True,
        capture_output=True,
        timeout=30,
    )
    # --daemonize returns once the server accepts clients.
    assert subprocess.run(["pactl", "info"], env=env, capture_output=True).returncode == 0
    yield env
    subprocess.run([daemon, "-k"], env=env, capture_output=True, timeout=30)


@dataclass
class Capture:
    """parec reading the sink's monitor, with the monotonic time of every chunk read.

    A stream of silence keeps the sink running throughout, so that the monitor
    delivers samples at a steady rate and sample times map onto the clock.
    """

    process: subprocess.Popen[bytes]
    silence: subprocess.Popen[bytes]
    chunks: list[tuple[float, bytes]] = field(default_factory=list)

    def samples(self) -> np.ndarray:
        data = b"".join(chunk for _, chunk in self.chunks)
        return np.frombuffer(data[: len(data) // 2 * 2], "<i2").astype(np.float64) / 32768

    def index_at(self, moment: float) -> int:
        """The sample captured at ``moment``, counted back from the last chunk read."""
        total = sum(len(chunk) // 2 for _, chunk in self.chunks)
        last_read = self.chunks[-1][0]
        return max(0, total - round((last_read - moment) * RATE))

    def time_of(self, index: int) -> float:
        """Monotonic time of sample ``index`` (an upper bound: reading lags capture)."""
        seen = 0
        for at, chunk in self.chunks:
            seen += len(chunk) // 2
            if seen > index:
                return at - (seen - index) / RATE
        raise IndexError(index)


def record(env: dict[str, str]) -> Capture:
    silence = subprocess.Popen(
        [
            "pacat",
            "--playback",
            "--device=mc_sink",
            "--raw",
            "--format=s16le",
            f"--rate={RATE}",
            "--channels=1",
            "--latency-msec=20",
        ],
        stdin=subprocess.PIPE,
        env=env,
    )
    threading.Thread(target=_feed_silence, args=(silence,), daemon=True).start()
    process = subprocess.Popen(
        [
            "parec",
            "--device=mc_sink.monitor",
            "--raw",
            "--format=s16le",
            f"--rate={RATE}",
            "--channels=1",
            "--latency-msec=10",
        ],
        stdout=subprocess.PIPE,
        env=env,
    )
    capture = Capture(process, silence)

    def reader() -> None:
        assert process.stdout is not None
        while chunk := process.stdout.read1(4096):
            capture.chunks.append((time.monotonic(), chunk))

    threading.Thread(target=reader, daemon=True).start()
    return capture


def _feed_silence(process: subprocess.Popen[bytes]) -> None:
    zeros = bytes(RATE // 10 * 2)
    try:
        while process.poll() is None:
            process.stdin.write(zeros)  # type: ignore[union-attr]
            process.stdin.flush()  # type: ignore[union-attr]
    except (BrokenPipeError, ValueError, OSError):
        return


def play(env: dict[str, str], mode: str, seconds: float, cache: Path) -> list[dict[str, object]]:
    result = subprocess.run(
        [sys.executable, "-m", "tests.audio.player_child", mode, str(seconds), str(cache)],
        env={**env, "QT_QPA_PLATFORM": "offscreen"},
        cwd=CHECKOUT,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    return [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]


def stop(capture: Capture) -> np.ndarray:
    for process in (capture.process, capture.silence):
        process.terminate()
        process.wait()
    capture.process.stdout.close()  # type: ignore[union-attr]
    with contextlib.suppress(BrokenPipeError):
        capture.silence.stdin.close()  # type: ignore[union-attr]
    return capture.samples()


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
        offset = capture.index_at(played)
        loud = np.flatnonzero(np.abs(samples[offset:]) > 0.01)
        assert loud.size, f"the cue after {name} was not heard"
        latencies.append(capture.time_of(offset + int(loud[0])) - played)
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
    assert kinds[:3] == ["ready", "play", "unplug"] and "device_changed" in kinds
    unplugged = float(next(e["at"] for e in events if e["event"] == "unplug"))
    before = samples[capture.index_at(unplugged) - RATE // 2 : capture.index_at(unplugged)]
    after = samples[capture.index_at(unplugged) + RATE : capture.index_at(unplugged) + 2 * RATE]
    assert np.sqrt(np.mean(before**2)) < 0.001, "nothing reached this sink before the unplug"
    assert np.sqrt(np.mean(after**2)) > 0.02, "the rain carried on through the default sink"
