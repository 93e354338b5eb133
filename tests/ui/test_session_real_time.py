"""The session against the real clock and a real event loop, and a real crash."""

import json
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from mat_companion.audio.output import NullAudio
from mat_companion.core.checkin import CheckIn
from mat_companion.core.clock import MonotonicClock
from mat_companion.core.session import SessionPlan
from mat_companion.core.session_checkpoint import load_checkpoint
from mat_companion.core.session_config import SessionTimings
from mat_companion.ui.session_controller import SessionController
from tests.conftest import CHECKOUT


def stall_event_loop(seconds: float) -> None:
    """Block the UI thread with work, as a slow disk or a heavy redraw would."""
    until = time.monotonic() + seconds
    while time.monotonic() < until:
        sum(range(1000))


@pytest.mark.slow
def test_the_end_fires_on_time_after_a_one_second_stall(qtbot: QtBot, tmp_path: Path) -> None:
    timings = SessionTimings(
        get_ready_seconds=0.1, settle_seconds=0.5, closing_seconds=0.5, checkpoint_seconds=60
    )
    controller = SessionController(
        SessionPlan(2, "beginner"),
        clock=MonotonicClock(),
        timings=timings,
        audio=NullAudio(),
        checkpoint_path=tmp_path / "checkpoint.json",
        checkin_before=CheckIn(),
    )
    planned_end = time.monotonic() + 0.1 + 2
    controller.start()
    controller.set_visible(True)
    QTimer.singleShot(300, lambda: stall_event_loop(1.0))
    with qtbot.waitSignal(controller.finished, timeout=5000):
        pass
    lateness = time.monotonic() - planned_end
    assert -0.01 <= lateness <= 0.1, f"the end fired {lateness * 1000:.0f} ms late"
    assert controller.session.mat_seconds() == 2
    controller.close()
    shiboken6.delete(controller)  # no Qt object left for interpreter shutdown


CRASHING_APP = r"""
import sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
from mat_companion.app import AppContext
from mat_companion.paths import AppPaths
app = QApplication([])
context = AppContext(AppPaths.under(Path(sys.argv[1])))
page = context.window.page("session")
page.setup.pain_before.setValue(4)
page.setup.start_button.click()
page.controller.skip_get_ready()
print("started", flush=True)
app.exec()
"""


@pytest.mark.slow
def test_a_killed_app_leaves_a_session_to_recover(tmp_path: Path, qtbot: QtBot) -> None:
    data = tmp_path / "data"
    with subprocess.Popen(
        [sys.executable, "-c", CRASHING_APP, str(data)],
        stdout=subprocess.PIPE,
        text=True,
        cwd=CHECKOUT,
        env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"},
    ) as app:
        assert app.stdout is not None and app.stdout.readline().strip() == "started"
        checkpoint_file = data / "session-in-progress.json"
        qtbot.waitUntil(checkpoint_file.exists, timeout=5000)
        app.send_signal(signal.SIGKILL)
    assert app.returncode == -signal.SIGKILL
    checkpoint, problem = load_checkpoint(checkpoint_file)
    assert problem is None and checkpoint is not None
    record = checkpoint.record()
    assert record["completed"] is False and record["recovered"] is True
    assert record["ratings"] == {"pain_before": 4}
    assert json.loads(checkpoint_file.read_text())["plan"]["stage"] == "beginner"
