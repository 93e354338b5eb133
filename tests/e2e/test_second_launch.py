"""A second launch of the real app hands over to the first, which may have died meanwhile."""

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from mat_companion.desktop.single_instance import hand_over, socket_path
from mat_companion.paths import AppPaths
from tests.conftest import CHECKOUT
from tests.test_app import screened


def launch(data: Path, *extra: str) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "mat_companion", "--data-dir", str(data), *extra],
        cwd=CHECKOUT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


@pytest.fixture
def first(
    runtime: Path, tmp_path: Path, qtbot: QtBot
) -> Iterator[tuple[Path, subprocess.Popen[bytes]]]:
    data = tmp_path / "data"
    screened(data)
    app = launch(data)
    qtbot.waitUntil(socket_path(AppPaths.under(data)).exists, timeout=15_000)
    yield data, app
    if app.poll() is None:
        app.send_signal(signal.SIGKILL)
    app.wait()


def test_a_second_launch_starts_a_session_in_the_first(
    qtbot: QtBot, first: tuple[Path, subprocess.Popen[bytes]]
) -> None:
    data, app = first

    def running() -> bool:
        return any((data / "checkpoints").glob("*.json"))

    assert not running()
    started = time.monotonic()
    second = launch(data, "--start-session")
    assert second.wait(timeout=10) == 0
    assert time.monotonic() - started < 5
    qtbot.waitUntil(running, timeout=5000)  # a session runs in the first window
    assert app.poll() is None


def test_an_instance_that_died_does_not_block_the_next(
    qtbot: QtBot, first: tuple[Path, subprocess.Popen[bytes]]
) -> None:
    data, app = first
    app.send_signal(signal.SIGKILL)
    app.wait()
    path = socket_path(AppPaths.under(data))
    assert path.exists(), "the dead instance left its socket"
    again = launch(data)
    try:
        qtbot.waitUntil(lambda: hand_over(path, {}), timeout=15_000)
        assert again.poll() is None, "the new launch became the instance"
    finally:
        again.send_signal(signal.SIGKILL)
        again.wait()


def test_start_session_on_a_fresh_launch(qtbot: QtBot, runtime: Path, tmp_path: Path) -> None:
    data = tmp_path / "data"
    screened(data)
    app = launch(data, "--start-session")
    try:
        qtbot.waitUntil(lambda: any((data / "checkpoints").glob("*.json")), timeout=15_000)
    finally:
        app.send_signal(signal.SIGKILL)
        app.wait()
