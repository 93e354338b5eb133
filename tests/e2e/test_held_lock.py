"""A real second process holds the history lock (running, or stopped as by Ctrl+Z).

Saves and the ``import`` command wait a bounded time, then say so in one
sentence; nothing hangs, nothing is lost, and the next save after the holder
lets go works.
"""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from mat_companion.core.file_lock import LOCK_WAIT_SECONDS
from mat_companion.core.history_document import serialise_history
from tests.conftest import CHECKOUT
from tests.factories import make_session

HOLDER = """
import sys, time
from pathlib import Path
from mat_companion.core.file_lock import exclusive_lock
with exclusive_lock(Path(sys.argv[1])):
    print("held", flush=True)
    time.sleep(600)
"""
SAVER = """
import sys
from pathlib import Path
from mat_companion.core.files import StorageError
from mat_companion.core.history_store import HistoryStore
from tests.factories import make_session
store = HistoryStore(Path(sys.argv[1]))
store.load()
try:
    store.add(make_session())
except StorageError as error:
    print(error)
"""
#: Far past the bounded wait, but short of a freeze: a run that needs it has failed.
PATIENCE = LOCK_WAIT_SECONDS + 20


@pytest.fixture(params=["running", "stopped"])
def held(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Path]:
    """The data folder, whose history lock a live (or SIGSTOPped) process holds."""
    data = tmp_path / "data"
    data.mkdir(mode=0o700)
    (data / "history.json").write_bytes(serialise_history([make_session()]))
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(data / "history.json.lock")],
        stdout=subprocess.PIPE,
        text=True,
        cwd=CHECKOUT,
    )
    assert holder.stdout is not None
    assert holder.stdout.readline() == "held\n"
    if request.param == "stopped":
        holder.send_signal(signal.SIGSTOP)
    try:
        yield data
    finally:
        holder.send_signal(signal.SIGCONT)
        holder.kill()
        holder.wait()
        holder.stdout.close()


def run(args: list[str]) -> tuple[subprocess.CompletedProcess[str], float]:
    start = time.monotonic()
    done = subprocess.run(
        args, capture_output=True, text=True, cwd=CHECKOUT, timeout=PATIENCE, check=False
    )
    return done, time.monotonic() - start


def busy(data: Path) -> str:
    return (
        f"Another Mat Companion window or an import is using {data / 'history.json'}; "
        "try again in a moment."
    )


def test_a_save_waits_a_bounded_time_then_says_so(held: Path) -> None:
    before = (held / "history.json").read_bytes()
    done, took = run([sys.executable, "-c", SAVER, str(held / "history.json")])
    assert done.stdout == busy(held) + "\n"
    assert done.stderr == ""
    assert LOCK_WAIT_SECONDS * 0.9 <= took < PATIENCE
    assert (held / "history.json").read_bytes() == before


def test_import_waits_a_bounded_time_then_says_so_in_one_line(held: Path, tmp_path: Path) -> None:
    source = tmp_path / "sessions.json"
    another_day = make_session(started_at="2026-11-21T21:05:00+01:00", ended_at=None)
    source.write_bytes(serialise_history([another_day]))
    before = (held / "history.json").read_bytes()
    command = [sys.executable, "-m", "mat_companion", "--data-dir", str(held)]
    done, took = run([*command, "import", str(source)])
    assert done.returncode == 1
    assert done.stderr == f"mat-companion: {busy(held)}\n"
    assert took < PATIENCE
    assert (held / "history.json").read_bytes() == before
    exported, _ = run([*command, "export"])  # reading needs no lock
    assert exported.returncode == 0
    assert len(json.loads(exported.stdout)["sessions"]) == 1
