"""The real app started on folders another user could tamper with, and with a log it cannot use."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import CHECKOUT

NOBODY = 65534


@pytest.fixture
def runtime() -> Iterator[str]:
    """A short runtime folder of its own (a socket path has about 108 bytes)."""
    folder = tempfile.mkdtemp(prefix="mc-run-")
    yield folder
    shutil.rmtree(folder)


def start(data: Path, runtime: str) -> subprocess.Popen[str]:
    window = subprocess.Popen(
        [sys.executable, "-m", "mat_companion", "--data-dir", str(data)],
        cwd=CHECKOUT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_RUNTIME_DIR": runtime},
        stderr=subprocess.PIPE,
        text=True,
    )
    threading.Timer(60, window.kill).start()  # never wait for ever on a line that never comes
    return window


def stderr_until(window: subprocess.Popen[str], wanted: str) -> list[str]:
    """Standard error up to the line with ``wanted``; the window must still be open then."""
    lines: list[str] = []
    assert window.stderr is not None
    for line in window.stderr:
        lines.append(line)
        if wanted in line:
            break
    assert any(wanted in line for line in lines), "".join(lines)
    assert window.poll() is None, "the window stays open"
    return lines


def stop(window: subprocess.Popen[str]) -> str:
    window.kill()
    return window.communicate()[1]


def test_a_log_folder_that_is_a_file_says_so_and_the_window_opens(
    tmp_path: Path, runtime: str
) -> None:
    data = tmp_path / "data"
    data.mkdir(mode=0o700)
    (data / "logs").write_text("in the way")
    window = start(data, runtime)
    try:
        lines = stderr_until(window, "INFO mat_companion.app: starting Mat Companion")
    finally:
        rest = stop(window)
    assert lines[0] == (
        f"mat-companion: cannot write the log file {data / 'logs' / 'mat-companion.log'} "
        "(a file is in the way of the folder), so messages go to standard error instead.\n"
    )
    assert "Traceback" not in "".join(lines) + rest
    assert (data / "logs").read_text() == "in the way"


def test_a_data_folder_others_can_write_is_warned_about_in_the_window(
    tmp_path: Path, runtime: str
) -> None:
    data = tmp_path / "data"
    data.mkdir()
    data.chmod(0o770)
    (data / "logs").write_text("in the way")  # so the window's notices come to stderr
    window = start(data, runtime)
    try:
        lines = stderr_until(window, f"notice: Other users can change the files in {data};")
    finally:
        rest = stop(window)
    assert "Traceback" not in "".join(lines) + rest
    assert oct(data.stat().st_mode & 0o777) == oct(0o770)


@pytest.mark.skipif(os.geteuid() != 0, reason="giving a folder to another user needs root")
def test_a_data_folder_of_another_user_is_refused_in_one_sentence(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir(mode=0o755)
    os.chown(data, NOBODY, NOBODY)
    done = subprocess.run(
        [sys.executable, "-m", "mat_companion", "--data-dir", str(data)],
        cwd=CHECKOUT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 1
    assert done.stderr == (
        f"mat-companion: The folder {data} belongs to another user, so Mat Companion will not "
        "use it; use a folder of your own (for example with --data-dir).\n"
    )
    assert list(data.iterdir()) == []
