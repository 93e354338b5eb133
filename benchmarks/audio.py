"""Sound: synthesis speed, CPU of a mix and of a whole session, underruns, cue timing, latency.

Synthesis is timed in this process (seconds of sound rendered per second of
work, against the time numpy takes for plain white noise of the same length).
Playback runs the app's real QtMultimedia output in a child process against a
private PulseAudio server with a null sink (as the end-to-end tests do):

- the CPU share of rain + surf + one of the user's files, against the same
  process with nothing playing, and against a bare QAudioSink fed silence (what
  QtMultimedia's stream costs by itself, the floor of any output through it);
- the whole app through a session (tests/e2e/soak_child.py: pacer, tones and
  ticks, rain and surf): its CPU share over a minute of the session, with the
  everyday resonance breathing (5.5 s in, 5.5 s out) and with the soak's fast
  pattern (a cue every half second, the pacer moving fastest);
- each cue's onset against the pacer's ideal grid, captured from the sink (raw:
  the capture's 10 ms fragments are included), in the soak's sessions;
- the same session for five minutes beside two processes that burn a core each:
  the stream's underruns, gaps in what the sink played, and the cues' onsets again;
- the latency of a cue, the first one after sound is switched on.

Goals: synthesis >= 100x real time, mix <= 3% of a core, session <= 2%, underruns 0,
cue onset error <= 20 ms worst (on a machine at rest), latency <= 300 ms.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

CHECKOUT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(CHECKOUT))


def synthesis_speed() -> dict[str, float]:
    """Seconds of sound per second of rendering, for every sound in the catalogue."""
    from mat_companion.audio.synthesis import CATALOGUE, SAMPLE_RATE

    speeds = {}
    for name, spec in CATALOGUE.items():
        start = time.perf_counter()
        signal = spec.render()
        spent = time.perf_counter() - start
        speeds[name] = signal.size / SAMPLE_RATE / spent
    return speeds


def white_noise_speed() -> float:
    """The baseline: numpy's own white noise, 30 s of it, in seconds of sound per second."""
    import numpy as np

    start = time.perf_counter()
    np.random.default_rng(1).standard_normal(30 * 48_000).astype(np.float32)
    return 30 / (time.perf_counter() - start)


BARE_SINK = r"""
import sys, time
from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtMultimedia import QAudioSink, QMediaDevices
from mat_companion.audio.stream import BUFFER_SECONDS, RATE, TICK_MS, stream_format
app = QGuiApplication([])
sink = QAudioSink(QMediaDevices.defaultAudioOutput(), stream_format())
sink.setBufferSize(round(BUFFER_SECONDS * RATE) * 2)
device = sink.start()
def feed():
    free = sink.bytesFree()
    if free:
        device.write(bytes(free))
timer = QTimer()
timer.timeout.connect(feed)
timer.start(TICK_MS)
begun = {}
def start():
    begun["cpu"], begun["wall"] = time.process_time(), time.monotonic()
def done():
    print((time.process_time() - begun["cpu"]) / (time.monotonic() - begun["wall"]), flush=True)
    app.quit()
QTimer.singleShot(2000, start)
QTimer.singleShot(2000 + round(float(sys.argv[1]) * 1000), done)
app.exec()
"""


def bare_sink_share(env: dict[str, str], seconds: float) -> float:
    """CPU share of a process that only keeps one QAudioSink fed with silence."""
    from mat_companion.audio.latency_request import LATENCY_VARIABLE, SERVER_LATENCY_MS

    result = subprocess.run(
        [sys.executable, "-c", BARE_SINK, str(seconds)],
        # the server queue the app asks for, so that the two streams compare like for like
        env={LATENCY_VARIABLE: str(SERVER_LATENCY_MS), **env, "QT_QPA_PLATFORM": "offscreen"},
        cwd=CHECKOUT,
        capture_output=True,
        text=True,
        timeout=seconds + 60,
        check=True,
    )
    return float(result.stdout.split()[-1])


def session_soak(
    env: dict[str, str], folder: Path, minutes: int, *, burn: bool, breathing: str | None = None
) -> tuple[list[dict[str, object]], object]:
    """The whole app through sessions (soak_child), captured; optionally beside CPU burners.

    ``breathing`` names a preset in place of the soak's fast pattern.
    """
    from tests.audio.sound_server import record, stop

    burners = [
        subprocess.Popen([sys.executable, "-c", "while True: pass"])
        for _ in range(2 if burn else 0)
    ]
    capture = record(env)
    try:
        result = subprocess.run(
            [sys.executable, "-m", "tests.e2e.soak_child", str(folder), "-", str(minutes)]
            + ([breathing] if breathing else []),
            env={**env, "QT_QPA_PLATFORM": "offscreen"},
            cwd=CHECKOUT,
            capture_output=True,
            text=True,
            timeout=minutes * 60 + 240,
            check=True,
        )
    finally:
        for burner in burners:
            burner.kill()
            burner.wait()
        samples = stop(capture)
    events = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    chunks = [(at, len(chunk) // 2) for at, chunk in capture.chunks]
    return events, (samples, chunks)


def cue_errors(events: list[dict[str, object]], captured: object) -> list[float]:
    """Each cue's onset minus its moment on the pacer's grid (seconds), in both sessions."""
    from tests.e2e.sound_checks import CaptureClock, expected_cues, find_cues
    from tests.e2e.test_sound_soak import CHOICES, PATTERN

    samples, chunks = captured  # type: ignore[misc]
    clock = CaptureClock(chunks)
    errors = []
    for session in (1, 2):
        anchor = next(
            float(e["anchor"])  # type: ignore[arg-type]
            for e in events
            if e["event"] == "mat_start" and e["session"] == session
        )
        end = next(
            float(e["at"]) for e in events if e["event"] == "finished" and e["session"] == session
        )  # type: ignore[arg-type]
        if session == 1:
            end = next(float(e["at"]) for e in events if e["event"] == "mute")  # type: ignore[arg-type]
        begin = anchor + 0.2 if session == 1 else anchor - 0.01  # "I'm on the mat" first
        found = find_cues(samples, clock, expected_cues(PATTERN, CHOICES, anchor, begin, end))
        errors += [cue.error for cue in found]
    return errors


def sink_gaps(
    events: list[dict[str, object]], captured: object, minutes: int
) -> list[tuple[float, float]]:
    """Where the sink played silence under the steady ambient bed (see the soak test)."""
    from tests.e2e.sound_checks import CaptureClock
    from tests.e2e.test_sound_soak import Soak

    samples, chunks = captured  # type: ignore[misc]
    return Soak(events, samples, CaptureClock(chunks), "").gaps(minutes)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=60.0, help="length of each CPU run")
    parser.add_argument("--cues", type=int, default=5, help="how many first cues to time")
    parser.add_argument("--soak-minutes", type=int, default=5, help="length of the loaded soak")
    args = parser.parse_args()

    from tests.audio.sound_server import (
        latency_after,
        play,
        record,
        start_server,
        stop,
        stop_server,
    )

    speeds = synthesis_speed()
    slowest = min(speeds, key=lambda name: speeds[name])
    median = statistics.median(speeds.values())
    print(
        f"synthesis: {speeds[slowest]:.0f}x real time at the slowest ({slowest}), median"
        f" {median:.0f}x; numpy's white noise alone {white_noise_speed():.0f}x (goal >= 100x)"
    )

    with tempfile.TemporaryDirectory() as folder:
        env = start_server(Path(folder) / "runtime")
        try:
            cache = Path(folder) / "cache"
            shares = {}
            for mode in ("idle", "mix3"):
                events = play(env, mode, args.seconds, cache)
                shares[mode] = next(float(e["share"]) for e in events if e["event"] == "cpu")
            bare = bare_sink_share(env, args.seconds)
            print(
                f"three-layer mix for {args.seconds:.0f} s: {shares['mix3'] * 100:.2f}% of a core"
                f" (nothing playing: {shares['idle'] * 100:.2f}%; a bare QAudioSink fed silence:"
                f" {bare * 100:.2f}%, ratio {shares['mix3'] / bare:.2f}; goal <= 3%)"
            )
            for label, breathing in (("resonance breathing", "resonance"), ("the soak's", None)):
                events, captured = session_soak(
                    env, Path(folder) / f"session-{breathing}", 2, burn=False, breathing=breathing
                )
                share = next(float(e["share"]) for e in events if e["event"] == "cpu")
                print(
                    f"whole app through a session with {label} pacer, tones and ticks, rain and"
                    f" surf, 60 s: {share * 100:.2f}% of a core, {share / bare:.2f}x the bare"
                    " sink (goal <= 2%)"
                )
            errors = [abs(error) for error in cue_errors(events, captured)]
            print(
                f"the soak's sessions (2 min and 1 min) on a machine otherwise at rest:"
                f" {len(errors)} cues, onset error median"
                f" {statistics.median(errors) * 1000:.1f} ms,"
                f" worst {max(errors) * 1000:.1f} ms (goal <= 20 ms)"
            )
            events, captured = session_soak(
                env, Path(folder) / "soak", args.soak_minutes, burn=True
            )
            done = next(e for e in events if e["event"] == "done")
            errors = [abs(error) for error in cue_errors(events, captured)]
            gaps = sink_gaps(events, captured, args.soak_minutes)
            print(
                f"{args.soak_minutes} min session beside two CPU burners: {done['underruns']}"
                f" underruns (goal 0), {len(gaps)} gaps in what the sink played"
                f" ({sum(length for _, length in gaps) * 1000:.0f} ms in all);"
                f" {len(errors)} cues, onset error median"
                f" {statistics.median(errors) * 1000:.1f} ms, worst {max(errors) * 1000:.1f} ms"
                f" (no goal: a machine kept fully busy); longest main-loop gap"
                f" {float(done['longest_gap']):.2f} s"
            )
            latencies = []
            for _ in range(args.cues):
                capture = record(env)
                events = play(env, "cue", 1.0, cache)
                samples = stop(capture)
                played = float(next(e["at"] for e in events if e["event"] == "play"))
                latency = latency_after(capture, samples, played)
                latencies.append(float("inf") if latency is None else latency)
            middle, worst = statistics.median(latencies) * 1000, max(latencies) * 1000
            print(
                f"play() to first captured sound, first cue of a process: median {middle:.0f} ms,"
                f" worst {worst:.0f} ms over {args.cues} (goal <= 300 ms)"
            )
        finally:
            stop_server(env)


if __name__ == "__main__":
    main()
