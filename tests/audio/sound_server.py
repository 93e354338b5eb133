"""A private PulseAudio server, a recording of what it plays, and the app's player in a child.

Shared by the end-to-end sound tests and the audio benchmark.
"""

import contextlib
import json
import os
import shutil
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from tests.conftest import CHECKOUT

RATE = 48_000


def start_server(runtime: Path) -> dict[str, str]:
    """A private PulseAudio with one null sink, as the machine's only output; its environment.

    It runs as a desktop's does, at a high priority with its sink's thread in real time
    (where the system allows it, as rtkit does on a desktop), so that the machine's other
    work does not make it fall behind.
    """
    daemon = shutil.which("pulseaudio")
    assert daemon, "pulseaudio is needed (Debian packages pulseaudio, pulseaudio-utils)"
    runtime.mkdir(mode=0o700, parents=True, exist_ok=True)
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
            "--high-priority=yes",
            "--realtime=yes",
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
    return env


def stop_server(env: dict[str, str]) -> None:
    """Stop the server ``start_server`` started."""
    subprocess.run(["pulseaudio", "-k"], env=env, capture_output=True, timeout=30)


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
    """Run the player child (tests/audio/player_child.py) in ``mode``; its events."""
    result = subprocess.run(
        [sys.executable, "-m", "tests.audio.player_child", mode, str(seconds), str(cache)],
        env={**env, "QT_QPA_PLATFORM": "offscreen"},
        cwd=CHECKOUT,
        capture_output=True,
        text=True,
        timeout=seconds + 60,
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


def latency_after(capture: Capture, samples: np.ndarray, played: float) -> float | None:
    """Seconds from ``played`` (monotonic) to the first sound captured after it; None if none."""
    offset = capture.index_at(played)
    loud = np.flatnonzero(np.abs(samples[offset:]) > 0.01)
    if not loud.size:
        return None
    return capture.time_of(offset + int(loud[0])) - played
