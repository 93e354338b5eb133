"""The whole launch whose socket folder another user took first (issue 15, point 14).

As a user starts it, in a process of its own, with no ``XDG_RUNTIME_DIR``: it
neither exits silently nor asks the squatter (run as ``nobody``, so root only).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from pytestqt.qtbot import QtBot

from mat_companion.desktop.single_instance import instance_key
from tests.conftest import CHECKOUT
from tests.desktop.test_single_instance_hostile import as_root, squat, what_it_got


@as_root
def test_the_launch_a_squatter_waits_for_opens_its_own_window_and_says_why(
    qtbot: QtBot, tmp_path: Path
) -> None:
    shared = Path(tempfile.mkdtemp(prefix="mc-tmp-"))  # shared by all users, as /tmp is
    shared.chmod(0o1777)
    data = tmp_path / "data"
    data.mkdir()
    folder = shared / f"mat-companion-{os.getuid()}"
    squatter = squat(folder, folder / f"mc-{instance_key(data)}.sock")
    env = {key: value for key, value in os.environ.items() if key != "XDG_RUNTIME_DIR"}
    window = subprocess.Popen(
        [sys.executable, "-m", "mat_companion", "--data-dir", str(data), "--start-session"],
        cwd=CHECKOUT,
        env={**env, "TMPDIR": str(shared), "QT_QPA_PLATFORM": "offscreen"},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    log = data / "logs" / "mat-companion.log"
    said = f"notice: The folder {folder} is not yours alone"
    try:
        qtbot.waitUntil(lambda: log.exists() and said in log.read_text(), timeout=30_000)
        assert window.poll() is None, "the launch opened a window of its own"
    finally:
        window.kill()
        window.wait()
        out = what_it_got(squatter)
        shutil.rmtree(shared)
    assert "got" not in out, "nothing was sent to the squatter"
