"""Sync tools' conflict copies beside the history are merged in and filed away, never lost."""

import json
import os
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from mat_companion.core.conflict_copies import MERGED_FOLDER, conflict_copies
from mat_companion.core.history_document import serialise_history
from mat_companion.core.history_store import HistoryStore
from tests.factories import make_session

ZONE = timezone(timedelta(hours=1))

#: A name each tool gives, from their documentation and files seen in the wild.
CONFLICT_NAMES = [
    "history.sync-conflict-20261201-101010-ABCDEFG.json",  # Syncthing
    "history.sync-conflict-20261201-101010.json",  # Syncthing before 0.14
    "history (conflicted copy 2026-12-01 101010).json",  # Nextcloud, ownCloud 2.5+
    "history (conflicted copy anna 2026-12-01 101010).json",  # the same with the user
    "history (conflicted copy 2026-12-01).json",  # the example
    "history_conflict-20261201-101010.json",  # ownCloud before 2.5
    "history (Anna's conflicted copy 2026-12-01).json",  # Dropbox
    "history (Anna Smith’s conflicted copy 2026-12-01) (1).json",  # Dropbox, second of a day
    "history (Laptop's Conflicted Copy 2026-12-01).json",  # Dropbox, other case
]

LOOK_ALIKES = [
    "history-backup.json",
    "history.json.bak",
    "history (copy).json",
    "history (conflicted copy).json",
    "history.sync-conflict.json",
    "history.sync-conflict-20261201-101010-ABCDEFG.json.tmp",
    "history.json.sync-conflict-20261201-101010-ABCDEFG",
    "settings.sync-conflict-20261201-101010-ABCDEFG.json",
    "myhistory (conflicted copy 2026-12-01 101010).json",
    "history (conflicted copy 2026-12-01 101010).txt",
    "history_conflict-2026-12-01.json",
]


def wall() -> datetime:
    return datetime(2026, 12, 1, 12, 0, tzinfo=ZONE)


@pytest.fixture
def path(tmp_path: Path) -> Path:
    folder = tmp_path / "Sync"
    folder.mkdir()
    return folder / "history.json"


def ids(path: Path) -> set[str]:
    return {s["id"] for s in json.loads(path.read_bytes())["sessions"]}


@pytest.mark.parametrize("name", CONFLICT_NAMES)
def test_each_tools_conflict_copy_is_merged_and_moved(path: Path, name: str) -> None:
    mine, theirs = make_session(note="mine"), make_session(note="theirs")
    path.write_bytes(serialise_history([mine]))
    copy = path.with_name(name)
    copy.write_bytes(serialise_history([mine, theirs]))
    original = copy.read_bytes()
    store = HistoryStore(path, now=wall)
    assert store.load() is None
    assert ids(path) == {mine["id"], theirs["id"]}
    moved = path.parent / MERGED_FOLDER / name
    assert not copy.exists() and moved.read_bytes() == original
    assert [str(n) for n in store.take_notices()] == [
        f"The conflict copy {name} that a sync tool left beside your history added "
        f"1 session to it; it was moved to {moved}."
    ]


@pytest.mark.parametrize("name", LOOK_ALIKES)
def test_a_name_that_only_looks_like_a_conflict_copy_is_left_alone(path: Path, name: str) -> None:
    path.write_bytes(serialise_history([make_session()]))
    other = path.with_name(name)
    other.write_bytes(serialise_history([make_session()]))
    store = HistoryStore(path, now=wall)
    store.load()
    store.add(make_session())
    assert other.exists() and not (path.parent / MERGED_FOLDER).exists()
    assert conflict_copies(path) == []
    assert len(ids(path)) == 2


def test_a_copy_that_appears_while_running_is_merged_at_the_next_save(path: Path) -> None:
    store = HistoryStore(path, now=wall)
    store.load()
    store.add(make_session())
    theirs = [make_session(), make_session(), make_session()]
    path.with_name("history.sync-conflict-20261201-101010-ABCDEFG.json").write_bytes(
        serialise_history(theirs)
    )
    store.add(make_session())
    assert ids(path) >= {s["id"] for s in theirs} and len(ids(path)) == 5
    (notice,) = store.take_notices()
    assert "added 3 sessions to it" in str(notice)
    assert conflict_copies(path) == []


def test_a_copys_deletions_and_newer_edits_are_merged_too(path: Path) -> None:
    edited, gone = make_session(note="old"), make_session()
    path.write_bytes(serialise_history([edited, gone]))
    later = "2026-12-01T11:00:00+01:00"
    path.with_name("history (conflicted copy 2026-12-01 110000).json").write_bytes(
        serialise_history(
            [{**edited, "note": "new", "changed_at": later}],
            deleted=[{"id": gone["id"], "deleted_at": later}],
        )
    )
    store = HistoryStore(path, now=wall)
    store.load()
    saved = json.loads(path.read_bytes())
    assert [s["note"] for s in saved["sessions"]] == ["new"]
    assert [t["id"] for t in saved["deleted"]] == [gone["id"]]
    assert "added 0 sessions to it" in str(store.take_notices()[0])


def test_an_unreadable_copy_is_left_where_it_is_and_named_once(path: Path) -> None:
    bad = path.with_name("history.sync-conflict-20261201-101010-ABCDEFG.json")
    bad.write_bytes(b'{"schema_version": 2, "sessions": [')
    newer = path.with_name("history (Anna's conflicted copy 2026-12-01).json")
    newer.write_bytes(b'{"schema_version": 99, "sessions": []}')
    store = HistoryStore(path, now=wall)
    assert store.load() is None
    store.add(make_session())
    store.add(make_session())
    notices = [str(n) for n in store.take_notices()]
    assert len(notices) == 2, notices
    assert notices[0].startswith(f"The conflict copy {newer} that a sync tool left beside")
    assert "(a newer version of Mat Companion wrote it); it was left where it is." in notices[0]
    assert notices[1].startswith(f"The conflict copy {bad} that a sync tool left beside")
    assert bad.exists() and newer.exists() and len(ids(path)) == 2


@pytest.mark.parametrize("kind", ["folder", "fifo"])
def test_a_conflict_name_that_is_not_a_file_is_left_alone(path: Path, kind: str) -> None:
    odd = path.with_name("history.sync-conflict-20261201-101010-ABCDEFG.json")
    if kind == "folder":
        odd.mkdir()
    else:
        os.mkfifo(odd)
    store = HistoryStore(path, now=wall)
    store.load()
    store.add(make_session())  # a pipe is not opened for reading: this must not hang
    (notice,) = store.take_notices()
    assert "could not be read" in str(notice)
    assert os.path.lexists(odd) and len(ids(path)) == 1


def test_a_copy_merged_before_is_never_overwritten(path: Path) -> None:
    name = "history (conflicted copy 2026-12-01 101010).json"
    store = HistoryStore(path, now=wall)
    store.load()
    contents = []
    for _ in range(3):
        data = serialise_history([make_session()])
        contents.append(data)
        path.with_name(name).write_bytes(data)
        store.add(make_session())
    folder = path.parent / MERGED_FOLDER
    stem = "history (conflicted copy 2026-12-01 101010)"
    kept = [folder / name, folder / f"{stem}-2.json", folder / f"{stem}-3.json"]
    assert [p.read_bytes() for p in kept] == contents
    assert len(ids(path)) == 6


def test_a_partly_valid_copy_gives_its_valid_sessions_and_is_kept_whole(path: Path) -> None:
    good = make_session()
    copy = path.with_name("history_conflict-20261201-101010.json")
    copy.write_bytes(json.dumps({"schema_version": 2, "sessions": [good, {"id": 1}]}).encode())
    original = copy.read_bytes()
    store = HistoryStore(path, now=wall)
    store.load()
    assert ids(path) == {good["id"]}
    assert (path.parent / MERGED_FOLDER / copy.name).read_bytes() == original


def test_a_linked_history_merges_the_copies_beside_its_target(tmp_path: Path) -> None:
    synced = tmp_path / "Dropbox" / "mat"
    synced.mkdir(parents=True)
    target = synced / "sessions.json"
    target.write_bytes(serialise_history([make_session()]))
    data = tmp_path / "data"
    data.mkdir()
    (data / "history.json").symlink_to(target)
    copy = synced / "sessions (Anna's conflicted copy 2026-12-01).json"
    copy.write_bytes(serialise_history([make_session()]))
    store = HistoryStore(data / "history.json", now=wall)
    store.load()
    assert len(store.sessions) == 2
    assert (synced / MERGED_FOLDER / copy.name).exists() and not copy.exists()


def test_copies_are_merged_at_start_up_after_a_repair_too(path: Path) -> None:
    path.write_bytes(b"not json at all")
    copy = path.with_name("history.sync-conflict-20261201-101010-ABCDEFG.json")
    theirs = make_session()
    copy.write_bytes(serialise_history([theirs]))
    store = HistoryStore(path, now=wall)
    assert "could not be read" in str(store.load())
    assert ids(path) == {theirs["id"]} and not copy.exists()


def test_an_unreadable_copy_does_not_rewrite_the_history_at_each_start(path: Path) -> None:
    path.write_bytes(serialise_history([make_session()]))
    path.with_name("history_conflict-20261201-101010.json").write_bytes(b"[")
    HistoryStore(path, now=wall).load()
    written = path.stat().st_mtime_ns, path.stat().st_ino
    store = HistoryStore(path, now=wall)
    store.load()
    assert len(store.take_notices()) == 1
    assert (path.stat().st_mtime_ns, path.stat().st_ino) == written
