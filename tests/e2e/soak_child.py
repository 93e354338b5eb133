"""The whole app, on the real sound server, through two sessions in a row, as a user would.

Run by tests/e2e/test_sound_soak.py and benchmarks/audio.py with the environment pointing at
a private PulseAudio. Prints one JSON line per event with its monotonic time.

Session 1 (``--start-session``'s way in): MINUTES on the mat with a fast pattern (so hundreds
of cues; or the preset named after MINUTES, as the benchmark's everyday session), hold ticks,
rain and surf and one of the user's own files (``-`` for none); "I'm on the mat" after two
seconds; the app's CPU share over a minute from ten seconds in; sound off two seconds before
the end; the wake-up bell rings twice before Enter.
Session 2 (the Start button): one minute after the whole get-ready countdown, the same
cues, acknowledged after one bell.
Both are checked in and saved. A heartbeat timer measures the longest gap of the main loop.
"""

import json
import sys
import time
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtTest import QTest

from mat_companion.app import start
from mat_companion.core.safety import QUESTIONS, Screening
from mat_companion.paths import AppPaths

PATTERN = {"inhale": 1.0, "hold_in": 0.5, "exhale": 1.0, "hold_out": 0.5, "top_up": 0.0}


def say(event: str, **fields: object) -> None:
    print(json.dumps({"event": event, "at": time.monotonic(), **fields}), flush=True)


def prepare(
    folder: Path, user_file: Path | None, minutes: int, breathing: str = "custom:Soak"
) -> AppPaths:
    """Settings as a returning user would have them: screening done, a setup and a mix."""
    paths = AppPaths.under(folder)
    paths.config.mkdir(parents=True, exist_ok=True)
    settings = {
        "screening": Screening(
            dict.fromkeys((q.key for q in QUESTIONS), False), datetime(2026, 11, 1, 20, 0)
        ).to_dict(),
        "custom_patterns": {"Soak": PATTERN},
        "cue_tones": True,
        "cue_tone_volume": 0.5,
        "cue_hold_tick": True,
        "cue_tick_volume": 0.5,
        "master_volume": 0.5,
        "ambient": {"rain": 0.4, "surf": 0.3, **({str(user_file): 0.5} if user_file else {})},
        "fade_out_seconds": 30,
        "last_session": {
            "stage": "beginner",
            "minutes": minutes,
            "open_ended": False,
            "position": "back",
            "breathing": breathing,
            "interval_bell_minutes": 0,
        },
    }
    paths.settings_file.write_text(json.dumps(settings))
    return paths


#: Often enough to see a stall of the main loop well under the soak's limit of a second,
#: seldom enough not to weigh on the app's CPU share measured in the same process.
HEARTBEAT_MS = 250


class Heartbeat(QObject):
    """The longest time the main loop went without running a HEARTBEAT_MS timer."""

    def __init__(self) -> None:
        super().__init__()
        self.last = time.monotonic()
        self.longest = 0.0
        self._timer = QTimer(self)
        self._timer.timeout.connect(self._beat)
        self._timer.start(HEARTBEAT_MS)

    def _beat(self) -> None:
        now = time.monotonic()
        self.longest = max(self.longest, now - self.last)
        self.last = now


def main() -> None:
    folder, minutes = Path(sys.argv[1]), int(sys.argv[3])
    user_file = None if sys.argv[2] == "-" else Path(sys.argv[2])
    paths = prepare(folder, user_file, minutes, *sys.argv[4:5])
    running = start(paths, debug=False)
    context = running.context
    heartbeat = Heartbeat()
    state = {"session": 0}

    def page():
        return context.window.page("session")

    def run_view():
        return page().run_view

    def later(seconds: float, action) -> None:
        QTimer.singleShot(round(seconds * 1000), action)

    def skip_get_ready() -> None:
        QTest.mouseClick(run_view().skip_button, Qt.MouseButton.LeftButton)
        say_anchor()
        later(minutes * 60 - 2, mute)
        later(10, measure_cpu)

    def measure_cpu() -> None:
        """The app's share of one core over a minute of the session (all its threads)."""
        begun = time.process_time(), time.monotonic()

        def done() -> None:
            spent, wall = time.process_time() - begun[0], time.monotonic() - begun[1]
            say("cpu", share=spent / wall)

        later(min(60, minutes * 60 - 15), done)

    def say_anchor() -> None:
        """When the mat time begins (or began), on the monotonic clock."""
        session = page().controller.session
        say(
            "mat_start", session=state["session"], anchor=time.monotonic() - session.pacer_seconds()
        )

    def mute() -> None:
        QTest.keyClick(run_view(), Qt.Key.Key_M)
        say("mute", muted=page().controller.muted)

    def on_controller(controller) -> None:
        if controller is None:
            say("saved", session=state["session"])
            if state["session"] == 1:
                later(1.0, second_session)
            else:
                later(1.0, finish)
            return
        state["session"] += 1
        say("session", session=state["session"], audio=context.audio.available)
        controller.finished.connect(on_finished)
        if state["session"] == 1:
            later(2.0, skip_get_ready)
        else:
            say_anchor()

    def on_finished(completed: bool) -> None:
        say("finished", session=state["session"], completed=completed)
        later(31.0 if state["session"] == 1 else 3.0, acknowledge)

    def acknowledge() -> None:
        if state["session"] == 1:
            QTest.keyClick(run_view(), Qt.Key.Key_Return)
        else:  # the check-in window had the focus: the offscreen platform gives none back
            QTest.mouseClick(run_view().awake_button, Qt.MouseButton.LeftButton)
        say("acknowledged", session=state["session"])
        later(0.5, check_in)

    def check_in() -> None:
        dialog = page().completion_card
        dialog.done_button.click()

    def second_session() -> None:
        setup = page().setup
        setup.minutes.setValue(1)
        QTest.mouseClick(setup.start_button, Qt.MouseButton.LeftButton)

    def finish() -> None:
        history = json.loads(paths.history_file.read_bytes())["sessions"]
        output = context.audio_starter.output
        say(
            "done",
            saved=len(history),
            underruns=output.underruns,
            playback_moves=output.playback_moves,
            longest_gap=heartbeat.longest,
            watchdog_stalls=running.watchdog.stalls if running.watchdog else None,
        )
        context.quit()

    def on_audio(problem: str) -> None:
        say("audio", problem=problem, available=context.audio.available)
        page().controller_changed.connect(on_controller)
        context.request_session()  # what --start-session does

    def when_ready() -> None:
        if context.audio_starter is None:
            later(0.05, when_ready)
            return
        context.audio_starter.finished.connect(on_audio)

    later(0.0, when_ready)
    status = running.app.exec()
    running.watchdog.stop()
    context.shut_down()
    say("exit", status=status)


if __name__ == "__main__":
    main()
