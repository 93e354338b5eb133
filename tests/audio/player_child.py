"""Plays through the app's real QtMultimedia output, for the end-to-end sound tests.

Prints one JSON line per event with its monotonic time, then quits after the
given seconds. Run with the environment pointing at the test's sound server.

Modes: ``cue`` (two cues 1.5 s apart), ``mix:<fade s>`` (rain fading in),
``files`` (the user's files, good and bad), ``unplug`` (rain while the default
sink is unloaded), ``mix3`` and ``idle`` (CPU share of a three-layer mix, or of
nothing playing, measured after two seconds of settling).
"""

import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QGuiApplication

from mat_companion.audio.latency_request import ask_for_server_latency
from mat_companion.audio.output import SwitchableAudio
from mat_companion.audio.qt_output import QtAudioOutput


def say(event: str, **fields: object) -> None:
    print(json.dumps({"event": event, "at": time.monotonic(), **fields}), flush=True)


def own_files(cache: Path, names: tuple[str, ...]) -> dict[str, float]:
    """The user's files for the ``files`` and ``mix3`` modes: some good, some not."""
    folder = cache / "mine"
    folder.mkdir(exist_ok=True)
    (folder / "notes.txt").write_text("not a sound")
    (folder / "song.mp3").write_bytes(b"this is not an mp3 file" * 200)
    shutil.copy(next((cache / "sounds").glob("surf-*.wav")), folder / "sea.wav")
    return {str(folder / name): 1.0 for name in names}


def precise_once(milliseconds: int, slot: Callable[[], object]) -> None:
    """``slot`` once after ``milliseconds``, to the millisecond (the app keeps the timer)."""
    timer = QTimer(QCoreApplication.instance())
    timer.setSingleShot(True)
    timer.setTimerType(Qt.TimerType.PreciseTimer)
    timer.timeout.connect(slot)
    timer.start(milliseconds)


def measure_cpu(seconds: float) -> None:
    """Print the share of one core this process uses over ``seconds`` from now."""
    start_cpu, start_wall = time.process_time(), time.monotonic()

    def done() -> None:
        share = (time.process_time() - start_cpu) / (time.monotonic() - start_wall)
        say("cpu", share=share)

    # Precise: a coarse timer of a minute may be 3 s late, after the quit (the benchmark
    # once found no figure).
    precise_once(round(seconds * 1000), done)


def play(mode: str, seconds: float, cache: Path, audio: SwitchableAudio) -> float:
    """Start what ``mode`` plays; return how long to keep running."""
    output = audio.backend
    assert isinstance(output, QtAudioOutput)
    output.problem.connect(lambda text: say("problem", text=text))
    say("play")
    if mode == "cue":
        audio.play("breath_in", 1.0)
        QTimer.singleShot(1500, lambda: (say("play_again"), audio.play("breath_out", 1.0)))
    elif mode == "files":
        audio.set_mix(own_files(cache, ("notes.txt", "gone.flac", "song.mp3", "sea.wav")))
        audio.start_mix(0.5)
        QTimer.singleShot(round(seconds * 1000) - 100, lambda: say("layers", layers=output.layers))
        # Qt's coarse timers may fire 5% early or late: quitting at ``seconds`` sometimes came
        # before the layers were told (CI, and once here).
        return seconds + 0.5
    elif mode == "unplug":
        audio.set_mix({"rain": 1.0})
        audio.start_mix(0.2)
        QTimer.singleShot(1500, unplug)
    elif mode in ("mix3", "idle"):
        if mode == "mix3":
            audio.set_mix({"rain": 0.5, "surf": 0.5, **own_files(cache, ("sea.wav",))})
            audio.start_mix(0.5)
        QTimer.singleShot(2000, lambda: measure_cpu(seconds))
        return seconds + 2.2
    else:
        audio.set_mix({"rain": 1.0})
        audio.start_mix(float(mode.split(":")[1]))
    return seconds


def unplug() -> None:
    say("unplug")
    subprocess.run(["pactl", "unload-module", os.environ["MC_UNPLUG_MODULE"]], check=True)


def main() -> None:
    mode, seconds, cache = sys.argv[1], float(sys.argv[2]), Path(sys.argv[3])
    ask_for_server_latency(os.environ)  # as the app does at its start
    app = QGuiApplication([])
    from mat_companion.audio.startup import AudioStarter
    from mat_companion.core.clock import MonotonicClock

    audio = SwitchableAudio()
    starter = AudioStarter(audio, cache, MonotonicClock(), master=1.0)

    def ready(problem: str) -> None:
        say("ready", problem=problem, available=audio.available)
        if problem:
            app.quit()
            return
        running = play(mode, seconds, cache, audio)
        precise_once(round(running * 1000), app.quit)

    starter.finished.connect(ready)
    QTimer.singleShot(0, starter.start)
    app.exec()


if __name__ == "__main__":
    main()
