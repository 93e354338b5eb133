"""Sound: synthesis speed, CPU of a three-layer mix, and latency from play() to sound.

Synthesis is timed in this process (seconds of sound rendered per second of
work, against the time numpy takes for plain white noise of the same length).
Playback runs the app's real QtMultimedia output in a child process against a
private PulseAudio server with a null sink (as the end-to-end tests do): the
CPU share of rain + surf + one of the user's files for the given seconds,
against the same process with nothing playing; and the latency of a cue, the
first one after sound is switched on, captured from the sink's monitor.

Goals: synthesis >= 100x real time, mix <= 3% of a core, latency <= 300 ms.
"""

from __future__ import annotations

import argparse
import statistics
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=60.0, help="length of each CPU run")
    parser.add_argument("--cues", type=int, default=5, help="how many first cues to time")
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
            print(
                f"three-layer mix for {args.seconds:.0f} s: {shares['mix3'] * 100:.2f}% of a core"
                f" (nothing playing: {shares['idle'] * 100:.2f}%, goal <= 3%)"
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
