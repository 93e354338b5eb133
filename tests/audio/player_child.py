"""Plays through the app's real QtMultimedia output, for the end-to-end sound tests.

Prints one JSON line per event with its monotonic time, then quits after the
given seconds. Run with the environment pointing at the test's sound server.
"""

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication


def say(event: str, **fields: object) -> None:
    print(json.dumps({"event": event, "at": time.monotonic(), **fields}), flush=True)


def say_layers(output: object) -> None:
    say("layers", layers=output.layers)  # type: ignore[attr-defined]


def main() -> None:
    mode, seconds, cache = sys.argv[1], float(sys.argv[2]), Path(sys.argv[3])
    app = QGuiApplication([])
    from mat_companion.audio.output import SwitchableAudio
    from mat_companion.audio.startup import AudioStarter
    from mat_companion.core.clock import MonotonicClock

    audio = SwitchableAudio()
    starter = AudioStarter(audio, cache, MonotonicClock(), master=1.0)

    def ready(problem: str) -> None:
        say("ready", problem=problem, available=audio.available)
        if problem:
            app.quit()
            return
        QTimer.singleShot(0, play)

    def again() -> None:
        say("play_again")
        audio.play("breath_out", 1.0)

    def unplug() -> None:
        say("unplug")
        subprocess.run(["pactl", "unload-module", os.environ["MC_UNPLUG_MODULE"]], check=True)

    def play() -> None:
        output = starter.output
        output.problem.connect(lambda text: say("problem", text=text))  # type: ignore[attr-defined]
        output.device_changed.connect(lambda: say("device_changed"))  # type: ignore[attr-defined]
        if mode == "cue":
            say("play")
            audio.play("breath_in", 1.0)
            QTimer.singleShot(1500, again)
        elif mode == "files":
            folder = cache / "mine"
            folder.mkdir()
            (folder / "notes.txt").write_text("not a sound")
            (folder / "song.mp3").write_bytes(b"this is not an mp3 file" * 200)
            shutil.copy(next((cache / "sounds").glob("surf-*.wav")), folder / "sea.wav")
            names = ("notes.txt", "gone.flac", "song.mp3", "sea.wav")
            audio.set_mix({str(folder / name): 1.0 for name in names})
            say("play")
            audio.start_mix(0.5)
            QTimer.singleShot(
                round(seconds * 1000) - 100, lambda: say("layers", layers=output.layers)
            )  # type: ignore[attr-defined]
        elif mode == "unplug":
            audio.set_mix({"rain": 1.0})
            say("play")
            audio.start_mix(0.2)
            QTimer.singleShot(1500, unplug)
        else:
            audio.set_mix({"rain": 1.0})
            say("play")
            audio.start_mix(float(mode.split(":")[1]))
        QTimer.singleShot(round(seconds * 1000), app.quit)

    starter.finished.connect(ready)
    QTimer.singleShot(0, starter.start)
    app.exec()


if __name__ == "__main__":
    main()
