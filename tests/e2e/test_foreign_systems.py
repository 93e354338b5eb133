"""Start-up, a session and its save as on Windows and on macOS (issue 20, point 4).

The app runs in a child process (``foreign_system_child.py``) with no
``os.getuid``, no ``fcntl``, no ``AF_UNIX`` and no QtDBus, and ``sys.platform``
set to ``win32`` or ``darwin``: each fallback is chosen and works; and as macOS
is, with the Unix pieces but no QtDBus (``darwin-unix``). The window
starts a session; a second launch hands over to it through Qt's pipe and
exits; a stop signal ends the session, which is saved under the lock; what
kept the system awake was taken and let go.
"""

from __future__ import annotations

import os
import signal
import stat
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from mat_companion.desktop.single_instance import instance_key
from tests.conftest import CHECKOUT
from tests.e2e.test_sessions_in_a_row import screened
from tests.e2e.test_signals import history, stop, wait_ready

CAFFEINATE = """#!/bin/sh
echo "caffeinate $*" >> "$RECORD"
trap 'echo "caffeinate ended" >> "$RECORD"; exit 0' TERM
while :; do sleep 0.1; done
"""


def launch(
    system: str, data: Path, record: Path, mode: str, bin_dir: Path
) -> subprocess.Popen[str]:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "PATH": f"{bin_dir}{os.pathsep}{os.environ['PATH']}",
        "RECORD": str(record),
    }
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "tests.e2e.foreign_system_child",
            system,
            str(data),
            str(record),
            mode,
        ],
        cwd=CHECKOUT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


@pytest.mark.slow
@pytest.mark.parametrize("system", ["win32", "darwin", "darwin-unix"])
def test_start_a_session_and_its_save_without_unix(tmp_path: Path, system: str) -> None:
    data = tmp_path / "data"
    screened(data)
    record = tmp_path / "record.txt"
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    (bin_dir / "caffeinate").write_text(CAFFEINATE)
    (bin_dir / "caffeinate").chmod(stat.S_IRWXU)

    window = launch(system, data, record, "window", bin_dir)
    wait_ready(window)
    # no XDG_RUNTIME_DIR on macOS: the user's own folder in the temporary one (as tests have it)
    own = Path(tempfile.gettempdir()) / f"mat-companion-{os.getuid()}"
    socket = own / f"mc-{instance_key(data)}.sock"
    assert socket.exists() is (system == "darwin-unix"), "a socket only where there is Unix"
    second = launch(system, data, record, "second", bin_dir)
    try:
        assert second.wait(timeout=15) == 0, "handed over to the window and left"
    finally:
        second.kill()
        second.communicate()
    status, _took, err = stop(window, signal.SIGTERM)

    assert status == 128 + signal.SIGTERM, err[-3000:]
    (saved,) = history(data)
    assert saved["completed"] is False and saved["actual_seconds"] >= 1  # type: ignore[operator]
    log = (data / "logs" / "mat-companion.log").read_text()
    assert "Traceback" not in log and "Traceback" not in err, err[-3000:]
    assert "single instance: cannot listen" not in log
    used = record.read_text().splitlines()
    if system == "darwin-unix":
        assert not any(line.startswith("msvcrt") for line in used), "flock, as on Linux"
    else:
        assert "msvcrt.locking 2 1" in used, "the history and the checkpoint were locked"
    if system == "win32":
        held = [line for line in used if line.startswith("SetThreadExecutionState")]
        assert held == ["SetThreadExecutionState 0x80000003", "SetThreadExecutionState 0x80000000"]
    else:
        held = [line for line in used if line.startswith("caffeinate")]
        assert held == [f"caffeinate -d -i -w {window.pid}", "caffeinate ended"]
