"""Files of the history that are not regular files: refused at once, with the real path named."""

from __future__ import annotations

import os
import socket
import stat
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from mat_companion.core.files import StorageError, read_regular_file
from mat_companion.core.history_document import serialise_history
from mat_companion.core.history_store import HistoryError, HistoryStore
from mat_companion.history_cli import CommandError, export
from mat_companion.paths import AppPaths
from tests.factories import make_session

KINDS = ["folder", "fifo", "socket", "device"]


@contextmanager
def odd_file(path: Path, kind: str) -> Iterator[None]:
    """Put a folder, named pipe, bound socket or character device at ``path``."""
    bound: socket.socket | None = None
    if kind == "folder":
        path.mkdir()
    elif kind == "fifo":
        os.mkfifo(path)
    elif kind == "socket":
        bound = socket.socket(socket.AF_UNIX)
        here = Path.cwd()
        os.chdir(path.parent)  # a socket's path must be short: bind it by its name alone
        try:
            bound.bind(path.name)
        except OSError:
            bound.close()
            raise
        finally:
            os.chdir(here)
    else:
        if os.geteuid() != 0:
            pytest.skip("making a device node needs root")
        os.mknod(path, 0o600 | stat.S_IFCHR, os.makedev(1, 5))  # /dev/zero: endless bytes
    try:
        yield
    finally:
        if bound is not None:
            bound.close()


def finishes(action: Callable[[], object]) -> object:
    """Run ``action``; fail (instead of hanging the run) if it blocks."""
    outcome: list[object] = []

    def run() -> None:
        try:
            outcome.append(action())
        except BaseException as error:  # noqa: BLE001 - handed back to the test
            outcome.append(error)

    worker = threading.Thread(target=run, daemon=True)
    worker.start()
    worker.join(timeout=10)
    assert outcome, "blocked on a file that is not a regular file"
    return outcome[0]


@pytest.mark.parametrize("kind", KINDS)
def test_history_that_is_not_a_file_is_refused_at_once(tmp_path: Path, kind: str) -> None:
    path = tmp_path / "history.json"
    with odd_file(path, kind):
        store = HistoryStore(path)
        notice = finishes(store.load)
        assert str(path) in str(notice)
        assert "not a regular file" in str(notice)
        outcome = finishes(lambda: store.add(make_session()))
        assert isinstance(outcome, HistoryError)
        assert str(path) in str(outcome)
        assert stat.S_IFMT(path.lstat().st_mode) != stat.S_IFREG  # left exactly as it was


@pytest.mark.parametrize("kind", KINDS)
def test_history_symlinked_to_an_odd_file_names_the_real_path(tmp_path: Path, kind: str) -> None:
    real = tmp_path / "elsewhere"
    path = tmp_path / "history.json"
    path.symlink_to(real)
    with odd_file(real, kind):
        notice = finishes(HistoryStore(path).load)
        assert f"{real} is " in str(notice)


@pytest.mark.parametrize("kind", KINDS)
def test_export_of_an_odd_history_is_refused_at_once(tmp_path: Path, kind: str) -> None:
    paths = AppPaths.under(tmp_path)
    with odd_file(paths.history_file, kind):
        outcome = finishes(lambda: export(paths, "json", tmp_path / "out.json"))
        assert isinstance(outcome, (CommandError, StorageError))
        assert str(paths.history_file) in str(outcome)
        assert not (tmp_path / "out.json").exists()


def test_history_symlinked_to_a_regular_file_still_loads(tmp_path: Path) -> None:
    real = tmp_path / "synced" / "history.json"
    real.parent.mkdir()
    session = make_session()
    real.write_bytes(serialise_history([session]))
    path = tmp_path / "history.json"
    path.symlink_to(real)
    store = HistoryStore(path)
    assert store.load() is None
    assert [s["id"] for s in store.sessions] == [session["id"]]


@pytest.mark.parametrize("kind", [*KINDS, "symlink"])
def test_a_lock_that_is_not_a_file_is_named(tmp_path: Path, kind: str) -> None:
    path = tmp_path / "history.json"
    store = HistoryStore(path, lock_wait=0)
    store.load()
    if kind == "symlink":
        target = tmp_path / "target"
        target.write_bytes(b"")
        store.lock_path.symlink_to(target)
        context = odd_file(tmp_path / "unused", "folder")
    else:
        context = odd_file(store.lock_path, kind)
    with context:
        outcome = finishes(lambda: store.add(make_session()))
    assert isinstance(outcome, StorageError)
    assert str(outcome).startswith(f"{store.lock_path} is ")
    assert not path.exists()


@pytest.mark.parametrize("name", ["history.json.bak", "history.json.bak.tmp"])
def test_a_backup_in_the_way_is_named(tmp_path: Path, name: str) -> None:
    path = tmp_path / "history.json"
    store = HistoryStore(path, lock_wait=0)
    store.load()
    store.add(make_session())
    before = path.read_bytes()
    (tmp_path / name).mkdir()
    with pytest.raises(StorageError) as caught:
        store.add(make_session())
    assert str(caught.value).startswith(f"Could not keep the backup {tmp_path / name}")
    assert path.read_bytes() == before


def write_with_one_invalid(path: Path, valid: int) -> None:
    sessions = [make_session() for _ in range(valid)]
    broken = make_session()
    broken["actual_seconds"] = -1
    path.write_bytes(serialise_history([*sessions, broken]))


def test_two_repairs_in_one_second_keep_both_originals(tmp_path: Path) -> None:
    path = tmp_path / "history.json"
    write_with_one_invalid(path, 1)
    first_original = path.read_bytes()
    store = HistoryStore(path, lock_wait=0)
    store.load()
    write_with_one_invalid(path, 2)  # another tool writes a second bad file
    second_original = path.read_bytes()
    store.add(make_session())
    kept = {p.read_bytes() for p in tmp_path.glob("history.json.invalid-*")}
    assert kept == {first_original, second_original}


def test_a_copy_aside_never_writes_through_a_planted_symlink(tmp_path: Path) -> None:
    path = tmp_path / "history.json"
    write_with_one_invalid(path, 1)
    victim = tmp_path / "victim"
    victim.write_bytes(b"keep me")
    victim.chmod(0o644)
    now = datetime.now()
    for second in range(-2, 20):
        stamp = (now + timedelta(seconds=second)).strftime("%Y%m%d-%H%M%S")
        (tmp_path / f"history.json.invalid-{stamp}").symlink_to(victim)
    notice = HistoryStore(path, lock_wait=0).load()
    assert victim.read_bytes() == b"keep me"
    assert stat.S_IMODE(victim.stat().st_mode) == 0o644
    copies = [p for p in tmp_path.glob("history.json.invalid-*") if not p.is_symlink()]
    assert len(copies) == 1
    assert str(copies[0]) in str(notice)


def test_read_regular_file_reads_a_file(tmp_path: Path) -> None:
    path = tmp_path / "plain"
    path.write_bytes(b"x" * 100_000)
    assert read_regular_file(path) == b"x" * 100_000


@pytest.mark.parametrize("kind", KINDS)
def test_history_swapped_for_an_odd_file_after_loading_is_refused_at_save(
    tmp_path: Path, kind: str
) -> None:
    path = tmp_path / "history.json"
    store = HistoryStore(path, lock_wait=0)
    store.load()
    store.add(make_session())
    path.unlink()
    with odd_file(path, kind):
        outcome = finishes(lambda: store.add(make_session()))
        assert isinstance(outcome, StorageError)
        assert str(outcome).startswith(f"{path} is ")
        assert stat.S_IFMT(path.lstat().st_mode) != stat.S_IFREG
