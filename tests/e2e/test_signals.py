"""Ctrl+C, SIGTERM and SIGHUP save the running session as ended early, then the app quits.

Issue 15, point 13, with the real app in a process of its own, started as the
command line starts it (``--data-dir``, ``--start-session``, offscreen, the
real clocks). A driver inside that process only presses "I'm on the mat" and
says when the session has some time on the mat; the test then sends the signal
from outside, as a terminal or the session manager would, and reads the history.

Run as ``python -m tests.e2e.test_signals DATA_DIR MODE`` it is that child process.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import CHECKOUT
from tests.e2e.test_sessions_in_a_row import screened

SIGNALS = (signal.SIGINT, signal.SIGTERM, signal.SIGHUP)
#: How long the app may take from the signal to its exit.
EXIT_SECONDS = 5


@pytest.fixture
def runtime() -> Iterator[Path]:
    folder = Path(tempfile.mkdtemp(prefix="mc-run-"))  # socket paths must be short
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


def launch(data: Path, mode: str, runtime: Path, **extra_env: str) -> subprocess.Popen[str]:
    """The app in a process of its own, driven into ``mode`` (see ``child``)."""
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_RUNTIME_DIR": str(runtime),
        **extra_env,
    }
    return subprocess.Popen(
        [sys.executable, "-m", "tests.e2e.test_signals", str(data), mode],
        cwd=CHECKOUT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def wait_ready(app: subprocess.Popen[str]) -> None:
    assert app.stdout is not None
    line = app.stdout.readline().strip()
    if line != "ready":
        app.kill()
        _, err = app.communicate()
        pytest.fail(f"the app did not get ready ({line!r}):\n{err[-3000:]}")


def stop(app: subprocess.Popen[str], number: int) -> tuple[int, float, str]:
    """Send ``number``; the exit status, how long the app took to exit, and what it logged."""
    sent = time.monotonic()
    app.send_signal(number)
    try:
        _, err = app.communicate(timeout=EXIT_SECONDS)
    except subprocess.TimeoutExpired:
        app.kill()
        _, err = app.communicate()
        pytest.fail(f"still running {EXIT_SECONDS} s after {signal.Signals(number).name}:\n{err}")
    return app.returncode, time.monotonic() - sent, err


def history(data: Path) -> list[dict[str, object]]:
    return json.loads((data / "history.json").read_bytes())["sessions"]


@pytest.mark.slow
@pytest.mark.parametrize("number", SIGNALS, ids=lambda n: signal.Signals(n).name)
def test_a_stop_signal_saves_the_session_as_ended_early(
    tmp_path: Path, runtime: Path, number: int
) -> None:
    data = tmp_path / "data"
    screened(data)
    app = launch(data, "on_the_mat", runtime)
    wait_ready(app)
    status, took, err = stop(app, number)
    assert status == 128 + number, err[-3000:]
    (record,) = history(data)
    assert record["completed"] is False, "saved as a session ended early"
    assert 1 <= record["actual_seconds"] <= 10  # type: ignore[operator]
    assert "recovered" not in record, "saved by the app itself, not by a later recovery"
    assert not list((data / "checkpoints").glob("*.json")), "nothing left to recover"
    assert took < EXIT_SECONDS


@pytest.mark.slow
@pytest.mark.parametrize("number", SIGNALS, ids=lambda n: signal.Signals(n).name)
def test_with_no_session_a_stop_signal_just_quits(
    tmp_path: Path, runtime: Path, number: int
) -> None:
    data = tmp_path / "data"
    screened(data)
    app = launch(data, "idle", runtime)
    wait_ready(app)
    status, _took, _err = stop(app, number)
    assert status == 128 + number
    assert not (data / "history.json").exists()


@pytest.mark.slow
def test_a_stop_signal_during_the_get_ready_keeps_nothing(tmp_path: Path, runtime: Path) -> None:
    data = tmp_path / "data"
    screened(data)
    app = launch(data, "get_ready", runtime)
    wait_ready(app)
    status, _took, _err = stop(app, signal.SIGTERM)
    assert status == 128 + signal.SIGTERM
    assert not (data / "history.json").exists(), "no time on the mat: nothing to keep"
    assert not list((data / "checkpoints").glob("*.json"))


@pytest.mark.slow
def test_a_stop_signal_while_paused_keeps_the_time_before_the_pause(
    tmp_path: Path, runtime: Path
) -> None:
    data = tmp_path / "data"
    screened(data)
    app = launch(data, "paused", runtime)
    wait_ready(app)
    time.sleep(1.5)  # paused: this does not count
    status, _took, _err = stop(app, signal.SIGINT)
    assert status == 128 + signal.SIGINT
    (record,) = history(data)
    assert record["completed"] is False and record["actual_seconds"] == 1


@pytest.mark.slow
def test_a_stop_signal_on_the_end_screen_saves_the_session_it_shows(
    tmp_path: Path, runtime: Path
) -> None:
    data = tmp_path / "data"
    screened(data)
    app = launch(data, "ended", runtime)
    wait_ready(app)
    status, _took, _err = stop(app, signal.SIGHUP)
    assert status == 128 + signal.SIGHUP
    (record,) = history(data)
    assert record["completed"] is False and record["actual_seconds"] == 1


# The child process ---------------------------------------------------------------------------


def child(data: Path, mode: str) -> int:
    """The app as ``mat-companion --data-dir DATA [--start-session]``, with a small driver."""
    from PySide6.QtCore import QTimer

    from mat_companion import __main__ as entry
    from mat_companion import app as app_module
    from mat_companion.core.session_phases import Phase
    from mat_companion.ui.session.page import SessionPage

    composed = app_module.start

    def start(*args: Any, **kwargs: Any) -> app_module.RunningApp:
        running = composed(*args, **kwargs)
        poll = QTimer(running.app)

        def ready() -> None:
            poll.stop()
            print("ready", flush=True)

        def tick() -> None:
            context = running.context
            if mode == "idle":
                if context.instance_server is not None:
                    ready()
                return
            page = context.window.loaded_page("session")
            if not isinstance(page, SessionPage) or page.controller is None:
                return
            session = page.controller.session
            if mode == "get_ready":
                ready()
            elif session.phase() is Phase.GET_READY:
                page.controller.skip_get_ready()
            elif session.mat_seconds() >= 1.0:
                if mode == "paused":
                    page.controller.toggle_pause()
                elif mode == "ended":
                    page.controller.end_early()  # the end screen, not yet saved
                ready()

        poll.timeout.connect(tick)
        poll.start(20)
        return running

    app_module.start = start  # type: ignore[assignment]
    arguments = ["--data-dir", str(data)]
    return entry.main(arguments if mode == "idle" else [*arguments, "--start-session"])


if __name__ == "__main__":
    sys.exit(child(Path(sys.argv[1]), sys.argv[2]))
