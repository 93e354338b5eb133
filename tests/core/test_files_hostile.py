"""Folders and names another user could tamper with: refused, warned about, never followed."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from mat_companion.core.files import (
    StorageError,
    check_writable_dir,
    copy_aside,
    ensure_private_dir,
    shared_folder_warning,
    write_atomic,
)
from mat_companion.core.history_store import HistoryStore
from tests.factories import make_session

NOBODY = 65534
needs_root = pytest.mark.skipif(
    os.geteuid() != 0, reason="giving a folder to another user needs root"
)


def foreign_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "theirs"
    folder.mkdir(mode=0o755)
    os.chown(folder, NOBODY, NOBODY)
    return folder


def refusal(folder: Path) -> str:
    return (
        f"The folder {folder} belongs to another user, so Mat Companion will not use it; "
        "use a folder of your own (for example with --data-dir)."
    )


@needs_root
def test_a_folder_of_another_user_is_refused_at_start_up(tmp_path: Path) -> None:
    folder = foreign_folder(tmp_path)
    with pytest.raises(StorageError) as caught:
        check_writable_dir(folder)
    assert str(caught.value) == refusal(folder)
    assert list(folder.iterdir()) == []


@needs_root
def test_nothing_is_written_into_a_folder_of_another_user(tmp_path: Path) -> None:
    folder = foreign_folder(tmp_path)
    for write in (
        lambda: write_atomic(folder / "settings.json", b"{}"),
        lambda: HistoryStore(folder / "history.json", lock_wait=0).add(make_session()),
    ):
        with pytest.raises(StorageError) as caught:
            write()
        assert str(caught.value) == refusal(folder)
    assert list(folder.iterdir()) == []


@pytest.mark.parametrize("mode", [0o770, 0o707, 0o777, 0o1777])
def test_a_folder_others_can_write_is_warned_about(tmp_path: Path, mode: int) -> None:
    folder = tmp_path / "shared"
    folder.mkdir()
    folder.chmod(mode)
    warning = shared_folder_warning(folder)
    assert str(warning) == (
        f"Other users can change the files in {folder}; keep your sessions private by "
        "making the folder yours alone (chmod 700)."
    )
    assert stat.S_IMODE(folder.stat().st_mode) == mode  # the user's choice, left as it is


@pytest.mark.parametrize("mode", [0o700, 0o750, 0o755])
def test_a_private_folder_gets_no_warning(tmp_path: Path, mode: int) -> None:
    folder = tmp_path / "mine"
    folder.mkdir()
    folder.chmod(mode)
    assert shared_folder_warning(folder) is None


def test_folders_made_are_private_and_a_linked_folder_is_not_chmodded(tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir(mode=0o755)
    elsewhere.chmod(0o755)
    (tmp_path / "data").symlink_to(elsewhere)
    ensure_private_dir(tmp_path / "data" / "logs")
    assert stat.S_IMODE((elsewhere / "logs").stat().st_mode) == 0o700
    assert stat.S_IMODE(elsewhere.stat().st_mode) == 0o755


def test_copy_aside_is_private_and_never_overwrites(tmp_path: Path) -> None:
    path = tmp_path / "history.json"
    first = copy_aside(path, b"one", "invalid")
    second = copy_aside(path, b"two", "invalid")
    assert first != second
    assert (first.read_bytes(), second.read_bytes()) == (b"one", b"two")
    assert stat.S_IMODE(first.stat().st_mode) == 0o600
