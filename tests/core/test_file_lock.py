"""The history lock waits a bounded time, then says who is in the way (no real waiting here)."""

from __future__ import annotations

from pathlib import Path

import pytest

from mat_companion.core.file_lock import exclusive_lock
from mat_companion.core.files import StorageError
from mat_companion.core.history_store import HistoryStore
from tests.factories import make_session


def busy_message(history: Path) -> str:
    return f"Another Mat Companion window or an import is using {history}; try again in a moment."


def test_a_held_lock_is_refused_with_one_sentence(tmp_path: Path) -> None:
    lock = tmp_path / "history.json.lock"
    with (
        exclusive_lock(lock, wait=0),
        pytest.raises(StorageError) as caught,
        exclusive_lock(lock, wait=0),
    ):
        pass
    assert str(caught.value) == busy_message(tmp_path / "history.json")
    with exclusive_lock(lock, wait=0):
        pass  # free again once the holder let go


def test_a_store_save_while_the_lock_is_held_changes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "history.json"
    store = HistoryStore(path, lock_wait=0)
    store.load()
    first = make_session()
    store.add(first)
    before = path.read_bytes()
    with exclusive_lock(store.lock_path, wait=0):
        with pytest.raises(StorageError) as caught:
            store.add(make_session())
        with pytest.raises(StorageError):
            store.remove(first["id"])
    assert str(caught.value) == busy_message(path)
    assert path.read_bytes() == before
    assert [s["id"] for s in store.sessions] == [first["id"]]
    store.add(make_session())
    assert len(store.sessions) == 2
