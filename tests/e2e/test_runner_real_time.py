"""The session against the real clock and a real event loop, and a real crash."""

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from mat_companion.core.session_checkpoint import load_checkpoint
from tests.conftest import CHECKOUT


@pytest.mark.slow
def test_the_end_fires_on_time_after_a_one_second_stall(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "tests.ui.lateness_child", str(tmp_path)],
        cwd=CHECKOUT,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    figures = json.loads(result.stdout.strip().splitlines()[-1])
    assert -0.01 <= figures["late"] <= 0.1, f"the end fired {figures['late'] * 1000:.0f} ms late"
    assert figures["mat_seconds"] == 3


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
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    ) as app:
        assert app.stdout is not None and app.stdout.readline().strip() == "started"
        qtbot.waitUntil(lambda: any((data / "checkpoints").glob("*.json")), timeout=5000)
        (checkpoint_file,) = (data / "checkpoints").glob("*.json")
        app.send_signal(signal.SIGKILL)
    assert app.returncode == -signal.SIGKILL
    checkpoint, problem = load_checkpoint(checkpoint_file)
    assert problem is None and checkpoint is not None
    record = checkpoint.record()
    assert record["completed"] is False and record["recovered"] is True
    assert record["ratings"] == {"pain_before": 4}
    assert json.loads(checkpoint_file.read_text())["plan"]["stage"] == "beginner"
