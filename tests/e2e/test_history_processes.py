"""Real processes: killed mid-write, and writing at the same time."""

import json
import os
import random
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from mat_companion.core.history_document import serialise_history
from tests.conftest import CHECKOUT
from tests.factories import make_session

WRITER = [sys.executable, "-m", "tests.e2e.history_writer_child"]


def start_writer(path: Path, count: int) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [*WRITER, str(path), str(count)], stdout=subprocess.PIPE, text=True, cwd=CHECKOUT
    )


def saved_ids(path: Path) -> set[str]:
    return {s["id"] for s in json.loads(path.read_bytes())["sessions"]}


@pytest.mark.slow
def test_sigkill_at_random_moments_never_loses_a_saved_session(tmp_path: Path) -> None:
    path = tmp_path / "history.json"
    # A few years of sessions already, so that each save takes long enough to be hit
    # in any of its steps (serialise, write, fsync, rename).
    seed = [make_session() for _ in range(1500)]
    path.write_bytes(serialise_history(seed))
    confirmed = {s["id"] for s in seed}
    rng = random.Random(20261122)
    for _ in range(40):
        with start_writer(path, 1000) as writer:
            assert writer.stdout is not None
            for _ in range(rng.randint(1, 6)):
                confirmed.add(writer.stdout.readline().strip())
            # Then a random number of looks at the folder, which takes a random share of
            # the next save, before the kill lands somewhere inside it.
            for _ in range(rng.randint(0, 8000)):
                os.listdir(tmp_path)
            writer.send_signal(signal.SIGKILL)
            confirmed.update(line.strip() for line in writer.stdout if line.strip())
        assert writer.returncode == -signal.SIGKILL
        on_disk = saved_ids(path)
        assert confirmed <= on_disk, f"lost {len(confirmed - on_disk)} saved sessions"
    assert len(confirmed) >= 1500 + 40


@pytest.mark.slow
def test_two_processes_saving_at_once_lose_nothing(tmp_path: Path) -> None:
    path = tmp_path / "history.json"
    writers = [start_writer(path, 40) for _ in range(2)]
    outputs = [writer.communicate(timeout=120)[0] for writer in writers]
    assert [writer.returncode for writer in writers] == [0, 0]
    ids = {line for out in outputs for line in out.split()}
    assert len(ids) == 80
    assert saved_ids(path) == ids
