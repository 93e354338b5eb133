import errno
import os
import stat
from datetime import datetime
from pathlib import Path

import pytest

from mat_companion.core import files
from mat_companion.core.files import (
    StorageError,
    check_writable_dir,
    ensure_private_dir,
    set_aside,
    write_atomic,
)


def mode_of(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_write_atomic_creates_private_folders_and_file(tmp_path: Path) -> None:
    target = tmp_path / "a" / "b" / "history.json"
    write_atomic(target, b"one")
    assert target.read_bytes() == b"one"
    assert mode_of(target) == 0o600
    assert mode_of(tmp_path / "a") == 0o700
    assert mode_of(tmp_path / "a" / "b") == 0o700


def test_write_atomic_keeps_previous_file_as_backup(tmp_path: Path) -> None:
    target = tmp_path / "history.json"
    write_atomic(target, b"first", backup=True)
    assert not (tmp_path / "history.json.bak").exists()
    write_atomic(target, b"second", backup=True)
    write_atomic(target, b"third", backup=True)
    assert target.read_bytes() == b"third"
    backup = tmp_path / "history.json.bak"
    assert backup.read_bytes() == b"second"
    assert mode_of(backup) == 0o600
    assert sorted(p.name for p in tmp_path.iterdir()) == ["history.json", "history.json.bak"]


def test_backup_survives_without_hard_links(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_links(*_args: object) -> None:
        raise OSError(errno.EPERM, "links not supported")

    monkeypatch.setattr(files.os, "link", no_links)
    target = tmp_path / "history.json"
    write_atomic(target, b"first", backup=True)
    write_atomic(target, b"second", backup=True)
    assert (tmp_path / "history.json.bak").read_bytes() == b"first"


@pytest.mark.parametrize(
    ("code", "reason"),
    [(errno.ENOSPC, "the disk is full"), (errno.EIO, "Input/output error")],
)
def test_failed_write_leaves_old_file_and_no_temp(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, code: int, reason: str
) -> None:
    target = tmp_path / "history.json"
    write_atomic(target, b"precious")

    def failing_fsync(_fd: int) -> None:
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(files.os, "fsync", failing_fsync)
    with pytest.raises(StorageError) as caught:
        write_atomic(target, b"new", backup=True)
    assert str(caught.value) == f"Could not save {target}: {reason}."
    assert target.read_bytes() == b"precious"
    assert [p.name for p in tmp_path.iterdir()] == ["history.json"]


def test_read_only_folder_gives_one_sentence(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "history.json"
    target.write_bytes(b"precious")

    def read_only(*_args: object, **_kwargs: object) -> None:
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(files.tempfile, "mkstemp", read_only)
    with pytest.raises(StorageError, match=r"^Could not save .*: the disk is read-only\.$"):
        write_atomic(target, b"new")
    assert target.read_bytes() == b"precious"


def test_check_writable_dir_names_the_folder(tmp_path: Path) -> None:
    blocker = tmp_path / "afile"
    blocker.write_text("x")
    with pytest.raises(StorageError) as caught:
        check_writable_dir(blocker / "data")
    message = str(caught.value)
    assert str(blocker / "data") in message
    assert message.endswith("a file is in the way of the folder.")
    check_writable_dir(tmp_path / "fine")
    assert list((tmp_path / "fine").iterdir()) == []


def test_ensure_private_dir_refuses_a_file(tmp_path: Path) -> None:
    blocker = tmp_path / "afile"
    blocker.write_text("x")
    with pytest.raises(NotADirectoryError):
        ensure_private_dir(blocker)


def test_set_aside_keeps_bytes_under_a_timestamped_name(tmp_path: Path) -> None:
    target = tmp_path / "history.json"
    target.write_bytes(b"{broken")
    when = datetime(2026, 11, 22, 21, 5, 0)
    first = set_aside(target, "corrupt", now=when)
    assert first.name == "history.json.corrupt-20261122-210500"
    assert first.read_bytes() == b"{broken"
    assert not target.exists()
    target.write_bytes(b"{again")
    second = set_aside(target, "corrupt", now=when)
    assert second.name == "history.json.corrupt-20261122-210500-2"
    assert first.read_bytes() == b"{broken"
