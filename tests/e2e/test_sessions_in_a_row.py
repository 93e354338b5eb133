"""Three sessions in a row in one app process, on the real clock, each started another way.

The app runs in a process of its own, composed as ``app.start`` composes it
(the context, the window, the work after the first paint), with the shipped
timings and the real monotonic clock; only the sound is the null output, whose
log says which bells rang. A driver in that process uses the window as a user
would: the Start button, R, and a real second launch with ``--start-session``
handing over through the instance socket; "I'm on the mat" each time, so a
session is its one minute on the mat (the shortest the app allows); then the
bell is answered (the button, Space, Enter) and the check-in saved. Any
exception in the app fails the run, as the app's error dialog would tell a user.

Run as ``python -m tests.e2e.test_sessions_in_a_row DATA_DIR`` it is that child
process; pytest runs it and reads the one JSON line it prints.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import traceback
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path
from types import TracebackType

import pytest

from tests.conftest import CHECKOUT

#: How each session starts and how its bell is answered.
RUN = (("button", "click"), ("repeat", "space"), ("hand_over", "enter"))
#: The longest any one wait may take (a session is a minute of real time).
WAIT_SECONDS = 90

Wait = tuple[Callable[[], bool], float, str]


def screened(data: Path) -> None:
    """Settings of someone who has answered the safety questions (no first-run wizard)."""
    from mat_companion.core.safety import QUESTIONS, Screening

    data.mkdir(parents=True)
    answers = {question.key: False for question in QUESTIONS}
    screening = Screening(answers, datetime(2026, 11, 1, 20, 0)).to_dict()
    (data / "settings.json").write_text(json.dumps({"screening": screening}))


@pytest.mark.slow
def test_three_sessions_in_a_row_each_started_another_way(tmp_path: Path) -> None:
    data = tmp_path / "data"
    screened(data)
    runtime = Path(tempfile.mkdtemp(prefix="mc-run-"))  # socket paths must be short
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_RUNTIME_DIR": str(runtime)}
    try:
        child = subprocess.run(
            [sys.executable, "-m", "tests.e2e.test_sessions_in_a_row", str(data)],
            cwd=CHECKOUT,
            env=env,
            capture_output=True,
            text=True,
            timeout=len(RUN) * WAIT_SECONDS + 60,
        )
    finally:
        shutil.rmtree(runtime, ignore_errors=True)
    lines = [line for line in child.stdout.splitlines() if line.startswith("{")]
    assert lines, f"no result (exit {child.returncode}):\n{child.stderr[-3000:]}"
    result = json.loads(lines[-1])
    assert result["errors"] == [], "\n".join(result["errors"])
    assert child.returncode == 0, child.stderr[-3000:]
    assert result["started"] == [way for way, _ in RUN]
    ids = result["ids"]
    assert len(set(ids)) == len(RUN), "each session has its own id"
    records = json.loads((data / "history.json").read_bytes())["sessions"]
    assert [record["id"] for record in records] == ids, "each one saved, in order"
    for record in records:
        assert record["completed"] is True and record["actual_seconds"] == 60
        assert record["ratings"] == {"comfort": 4}
    assert result["bells"] == [True] * len(RUN), "each end rang its bell"
    assert result["left_connected"] == [0] * len(RUN), "no signal outlives its session"
    assert result["hand_over_exit"] == 0, "the second launch handed over and left"
    assert not list((data / "checkpoints").glob("*.json"))


# The child process ---------------------------------------------------------------------------


def drive(data: Path, result: dict[str, object]) -> Iterator[Wait]:
    """Use the window as a user would; each yield waits for something to become true."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from mat_companion.app import AppContext
    from mat_companion.audio.output import NullAudio
    from mat_companion.ui.session.page import SessionPage
    from tests.ui.session_helpers import receivers

    context: AppContext = result.pop("context")  # type: ignore[assignment]
    audio: NullAudio = context.audio  # type: ignore[assignment]
    window = context.window
    yield (lambda: context.instance_server is not None, 15, "the app is ready")
    page = window.page("session")
    assert isinstance(page, SessionPage)
    started: list[str] = []
    ids: list[str] = []
    bells: list[bool] = []
    left: list[int] = []
    result.update(started=started, ids=ids, bells=bells, left_connected=left)

    for way, answer in RUN:
        yield (window.isActiveWindow, 5, "the window is in front")
        rung_before = len(audio.played)
        if way == "button":
            page.setup.minutes.setValue(1)
            QTest.mouseClick(page.setup.start_button, Qt.MouseButton.LeftButton)
        elif way == "repeat":
            QTest.keyClick(page.setup, Qt.Key.Key_R)
        else:
            launch = subprocess.Popen(
                [sys.executable, "-m", "mat_companion", "--data-dir", str(data), "--start-session"]
            )
        yield (lambda: page.controller is not None, 15, f"a session started by {way}")
        if way == "hand_over":
            result["hand_over_exit"] = launch.wait(timeout=15)
        started.append(way)
        controller = page.controller
        assert controller is not None
        ids.append(controller.session_id)
        view = page.run_view
        yield (view.skip_button.isVisible, 5, "the get-ready countdown")
        QTest.mouseClick(view.skip_button, Qt.MouseButton.LeftButton)
        yield (lambda c=controller: c.session.ended, WAIT_SECONDS, f"session {len(ids)} ends")
        yield (
            lambda n=rung_before: any(cue.wake for cue in audio.played[n:]),
            5,
            "the wake-up bell rings",
        )
        bells.append(True)
        yield (window.isActiveWindow, 5, "the window is in front at the end")
        if answer == "click":
            QTest.mouseClick(view.awake_button, Qt.MouseButton.LeftButton)
        else:
            key = Qt.Key.Key_Space if answer == "space" else Qt.Key.Key_Return
            QTest.keyClick(view, key)
        yield (
            lambda: page.completion_card is not None and page.completion_card.isVisible(),
            5,
            f"the check-in after answering with {answer}",
        )
        dialog = page.completion_card
        assert dialog is not None
        dialog.comfort.button(4).click()
        QTest.mouseClick(dialog.done_button, Qt.MouseButton.LeftButton)
        yield (lambda: page.controller is None, 5, "the session is saved and put away")
        left.append(sum(receivers(controller).values()))
        window.activateWindow()  # the check-in had the focus; a window manager gives it back


class Driver:
    """Steps through ``drive`` from a timer, failing on a wait that takes too long."""

    def __init__(self, steps: Iterator[Wait], errors: list[str], done: Callable[[], None]) -> None:
        from PySide6.QtCore import QTimer

        self._steps = steps
        self._errors = errors
        self._done = done
        self._wait: Wait | None = None
        self._since = time.monotonic()
        self._timer = QTimer()
        self._timer.setInterval(50)
        self._timer.timeout.connect(self._on_timer_timeout)
        self._timer.start()

    def _on_timer_timeout(self) -> None:
        try:
            while True:
                if self._wait is not None:
                    condition, seconds, what = self._wait
                    if not condition():
                        if time.monotonic() - self._since > seconds:
                            self._errors.append(f"waited {seconds} s in vain for: {what}")
                            self._finish()
                        return
                self._wait = next(self._steps)
                self._since = time.monotonic()
        except StopIteration:
            self._finish()
        except Exception:  # a failed step ends the run, with its traceback
            self._errors.append(traceback.format_exc())
            self._finish()

    def _finish(self) -> None:
        self._timer.stop()
        self._done()


def main() -> None:
    """Compose the app as ``app.start`` does, drive three sessions, print the result."""
    data = Path(sys.argv[1])
    errors: list[str] = []

    def excepthook(
        kind: type[BaseException], error: BaseException, tb: TracebackType | None
    ) -> None:
        errors.append("".join(traceback.format_exception(kind, error, tb)))

    sys.excepthook = excepthook  # an exception in a slot: the app would show its error dialog
    from PySide6.QtWidgets import QApplication

    from mat_companion.app import AppContext, configure_application
    from mat_companion.audio.output import NullAudio
    from mat_companion.paths import AppPaths
    from mat_companion.ui.shell.first_paint import FirstPaintWatcher

    app = QApplication(sys.argv[:1])
    configure_application(app)
    context = AppContext(AppPaths.under(data), audio=NullAudio())
    context.window.show()
    FirstPaintWatcher(context.window, context.after_first_paint)
    result: dict[str, object] = {"context": context}
    driver = Driver(drive(data, result), errors, app.quit)
    app.exec()
    del driver
    context.shut_down()
    result.pop("context", None)
    print(json.dumps({**result, "errors": errors}), flush=True)
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
