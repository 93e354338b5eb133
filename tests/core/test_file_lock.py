"""The history lock waits a bounded time, then says who is in the way (no real waiting here)."""

from __future__ import annotations

import os
import sys
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


class FakeMsvcrt:
    """Windows' ``msvcrt.locking``: a byte range of a file, refused with OSError while held."""

    LK_UNLCK, LK_LOCK, LK_NBLCK = 0, 1, 2

    def __init__(self) -> None:
        self.held: set[int] = set()  # the inodes locked by "another process"
        self.calls: list[tuple[int, int, int]] = []

    def locking(self, fd: int, mode: int, nbytes: int) -> None:
        self.calls.append((os.lseek(fd, 0, os.SEEK_CUR), mode, nbytes))
        if os.fstat(fd).st_ino in self.held:
            raise PermissionError(13, "Permission denied")


@pytest.fixture
def windows_locks(monkeypatch: pytest.MonkeyPatch) -> FakeMsvcrt:
    """No ``fcntl``, as on Windows, and its ``msvcrt`` instead."""
    fake = FakeMsvcrt()
    monkeypatch.setitem(sys.modules, "fcntl", None)
    monkeypatch.setitem(sys.modules, "msvcrt", fake)
    return fake


def test_without_fcntl_the_first_byte_is_locked_as_windows_does(
    tmp_path: Path, windows_locks: FakeMsvcrt
) -> None:
    lock = tmp_path / "history.json.lock"
    with exclusive_lock(lock, wait=0):
        pass
    assert windows_locks.calls == [(0, FakeMsvcrt.LK_NBLCK, 1)]
    windows_locks.held.add(lock.stat().st_ino)
    with pytest.raises(StorageError) as caught, exclusive_lock(lock, wait=0):
        pass
    assert str(caught.value) == busy_message(tmp_path / "history.json")
