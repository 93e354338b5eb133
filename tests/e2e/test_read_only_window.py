"""The window on a read-only data folder opens and says so once (issue 15, point 12).

The real app in a process of its own, in a mount namespace where the folder is
read-only even for root (tests/e2e/test_read_only_disk.py has the namespace).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

from tests.conftest import CHECKOUT
from tests.e2e.test_read_only_disk import read_only_command


def test_the_window_opens_on_a_read_only_data_folder_and_says_so_once(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    runtime = tempfile.mkdtemp(prefix="mc-run-")  # short: a socket path has about 108 bytes
    window = subprocess.Popen(
        read_only_command(data, sys.executable, "-m", "mat_companion", "--data-dir", str(data)),
        cwd=CHECKOUT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_RUNTIME_DIR": runtime},
        stderr=subprocess.PIPE,
        text=True,
    )
    threading.Timer(60, window.kill).start()  # never wait for ever on a line that never comes
    said = f"notice: The folder {data} cannot be written to, so nothing kept there can be saved"
    lines: list[str] = []
    try:
        assert window.stderr is not None
        for line in window.stderr:  # the log is in the read-only folder: it goes to stderr
            lines.append(line)
            if said in line:
                break
        assert any(said in line for line in lines), "".join(lines)
        assert window.poll() is None, "the window stays open"
    finally:
        window.kill()
        rest = window.communicate()[1]
        shutil.rmtree(runtime)
    assert "Traceback" not in "".join(lines) + rest
    assert sum(said in line for line in [*lines, *rest.splitlines()]) == 1
    assert sorted(p.name for p in data.iterdir()) == []
