"""Setting a file aside takes a name of its own, even one another process takes meanwhile."""

import os
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path

import pytest

from mat_companion.core import files
from mat_companion.core.files import move_to_free_name, set_aside

WHEN = datetime(2026, 12, 1, 21, 0, 0)
FIRST = "history.json.unreadable-20261201-210000"


def _file(path: Path) -> None:
    path.write_bytes(b"someone else's copy")


def _folder(path: Path) -> None:
    path.mkdir()


def _dangling_link(path: Path) -> None:
    path.symlink_to("nowhere")


@pytest.mark.parametrize("taken", [_file, _folder, _dangling_link], ids=lambda f: f.__name__)
def test_a_taken_name_is_never_replaced(tmp_path: Path, taken: Callable[[Path], None]) -> None:
    history = tmp_path / "history.json"
    history.write_bytes(b"{broken")
    taken(tmp_path / FIRST)
    kept = set_aside(history, "unreadable", now=WHEN)
    assert kept.name == FIRST + "-2"
    assert kept.read_bytes() == b"{broken"
    assert os.path.lexists(tmp_path / FIRST)


def test_a_name_taken_after_the_first_was_tried_is_skipped(tmp_path: Path) -> None:
    """What a check-then-rename lost: the name is taken between the look and the move."""
    source = tmp_path / "history.json"
    source.write_bytes(b"ours")
    first, second = tmp_path / "a", tmp_path / "b"

    def names() -> Iterator[Path]:
        yield first
        second.write_bytes(b"theirs")  # another process, just after we looked at "a"
        yield second
        yield tmp_path / "c"

    first.write_bytes(b"earlier")
    kept = move_to_free_name(source, names())
    assert kept == tmp_path / "c"
    assert [p.read_bytes() for p in (first, second, kept)] == [b"earlier", b"theirs", b"ours"]


@pytest.mark.parametrize("kind", ["file", "folder", "link"])
def test_without_renameat2_a_stand_in_claims_the_name(tmp_path: Path, kind: str) -> None:
    """The fallback for file systems without renameat2 (and systems without it)."""
    source = tmp_path / "thing"
    if kind == "file":
        source.write_bytes(b"bytes")
    elif kind == "folder":
        source.mkdir()
        (source / "inside").write_bytes(b"bytes")
    else:
        source.symlink_to("nowhere")
    taken = tmp_path / "taken"
    taken.write_bytes(b"theirs")
    with pytest.raises(FileExistsError):
        files._claim_and_replace(source, taken)
    assert taken.read_bytes() == b"theirs"
    files._claim_and_replace(source, tmp_path / "free")
    moved = tmp_path / "free"
    assert not os.path.lexists(source)
    if kind == "file":
        assert moved.read_bytes() == b"bytes"
    elif kind == "folder":
        assert (moved / "inside").read_bytes() == b"bytes"
    else:
        assert os.readlink(moved) == "nowhere"


def test_a_move_that_fails_leaves_no_stand_in(tmp_path: Path) -> None:
    folder = tmp_path / "folder"
    folder.mkdir()
    with pytest.raises(OSError):
        files._claim_and_replace(folder, folder / "into itself")
    assert list(folder.iterdir()) == []
