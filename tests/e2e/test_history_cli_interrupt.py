"""Ctrl+C during ``mat-companion import``: one sentence, status 130, and nothing written."""

import os
import signal
import subprocess
import sys
from pathlib import Path


def test_ctrl_c_while_an_import_reads(tmp_path: Path) -> None:
    fifo = tmp_path / "sessions.csv"
    os.mkfifo(fifo)
    data = tmp_path / "data"
    child = subprocess.Popen(
        [sys.executable, "-m", "mat_companion", "--data-dir", str(data), "import", str(fifo)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        # As from a terminal: a test run in the background inherits SIGINT ignored, and
        # Python then never turns Ctrl+C into KeyboardInterrupt.
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    with open(fifo, "w") as writer:  # returns once the import has opened it: it is reading
        writer.write("started_at,actual_seconds,stage\n2026-03-01T20:00:00+01:00,900,beginner\n")
        writer.flush()
        child.send_signal(signal.SIGINT)
        _, stderr = child.communicate(timeout=30)
    assert child.returncode == 130
    assert stderr == b"mat-companion: interrupted; your history was not changed.\n"
    assert not (data / "history.json").exists()
