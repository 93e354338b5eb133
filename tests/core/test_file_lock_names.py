"""A message about the lock or the backup names that file, not history.json (issue 19, point 5)."""

import json
from pathlib import Path

import pytest

from mat_companion.core.checkpoint_claims import leftover_checkpoints
from mat_companion.core.files import StorageError
from mat_companion.core.history_store import HistoryStore
from tests.factories import make_session


def test_a_lock_file_the_system_refuses_is_named(tmp_path: Path) -> None:
    history = tmp_path / ("h" * 246 + ".json")  # a legal name, but its lock's is too long
    store = HistoryStore(history)
    with pytest.raises(StorageError) as refused:
        store.add(make_session())
    message = str(refused.value)
    assert f"{history}.lock" in message and "lock file" in message, message


def test_a_backup_in_the_way_is_named(tmp_path: Path) -> None:
    store = HistoryStore(tmp_path / "history.json")
    store.add(make_session())
    (tmp_path / "history.json.bak").mkdir()
    with pytest.raises(StorageError) as refused:
        store.add(make_session())
    assert str(refused.value).startswith(f"Could not keep the backup {tmp_path}/history.json.bak:")


def test_an_unfinished_sessions_lock_in_the_way_is_named(tmp_path: Path) -> None:
    folder = tmp_path / "checkpoints"
    folder.mkdir(mode=0o700)
    checkpoint = folder / "0b5c7c52-3f8e-4d2e-9a55-2f1f0f0d6a11.json"
    checkpoint.write_text(json.dumps({}))
    Path(f"{checkpoint}.lock").mkdir()
    leftovers, problems = leftover_checkpoints(folder, tmp_path / "session.json")
    assert leftovers == []
    (problem,) = [str(p) for p in problems]
    assert f"{checkpoint}.lock" in problem, problem
