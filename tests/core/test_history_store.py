import errno
import json
import os
import stat
from collections.abc import Iterable, Mapping
from pathlib import Path

import pytest

from mat_companion.core import files, history_store
from mat_companion.core.files import StorageError
from mat_companion.core.history_document import serialise_history
from mat_companion.core.history_schema import InvalidSessionError
from mat_companion.core.history_store import HistoryError, HistoryStore
from tests.factories import make_session


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "history.json"


def loaded(path: Path) -> HistoryStore:
    store = HistoryStore(path)
    assert store.load() is None
    return store


def on_disk(path: Path) -> list[dict[str, object]]:
    return json.loads(path.read_bytes())["sessions"]


def said(sessions: Iterable[Mapping[str, object]]) -> list[dict[str, object]]:
    """What the sessions say, whatever their change time, in order of their ids."""
    kept = [{k: v for k, v in s.items() if k != "changed_at"} for s in sessions]
    return sorted(kept, key=lambda s: str(s["id"]))


def test_missing_file_is_an_empty_history(path: Path) -> None:
    store = loaded(path)
    assert list(store.sessions) == []
    assert not path.exists()


def test_add_saves_atomically_with_a_backup(path: Path) -> None:
    store = loaded(path)
    first, second = make_session(), make_session()
    store.add(first)
    store.add(second)
    assert said(on_disk(path)) == said([first, second])
    assert said(json.loads(path.with_name("history.json.bak").read_bytes())["sessions"]) == [first]
    assert loaded(path).sessions == on_disk(path)


def test_every_file_and_folder_is_private(path: Path) -> None:
    store = loaded(path)
    store.add(make_session())
    store.add(make_session())
    created = [path.parent, *path.parent.iterdir()]
    assert {p.name for p in created[1:]} == {
        "history.json",
        "history.json.bak",
        "history.json.lock",
    }
    for item in created:
        expected = 0o700 if item.is_dir() else 0o600
        assert stat.S_IMODE(item.stat().st_mode) == expected, item


def test_invalid_session_is_refused_before_writing(path: Path) -> None:
    store = loaded(path)
    with pytest.raises(InvalidSessionError):
        store.add(make_session(actual_seconds=-3))
    assert not path.exists()


def test_update_and_remove(path: Path) -> None:
    store = loaded(path)
    session = make_session()
    store.add(session)
    store.update({**session, "note": "edited"})
    assert on_disk(path)[0]["note"] == "edited"
    with pytest.raises(KeyError):
        store.update(make_session())
    store.remove(session["id"])
    assert on_disk(path) == []


def test_unknown_fields_survive_a_rewrite(path: Path) -> None:
    path.parent.mkdir()
    kept = make_session(from_the_future=[1, 2, 3])
    path.write_bytes(serialise_history([kept], {"written_by": "v9 tool"}))
    store = loaded(path)
    store.add(make_session())
    document = json.loads(path.read_bytes())
    (rewritten,) = (s for s in document["sessions"] if s["id"] == kept["id"])
    assert rewritten["from_the_future"] == [1, 2, 3]
    assert document["written_by"] == "v9 tool"


def test_unreadable_file_is_moved_aside_and_reported(path: Path) -> None:
    path.parent.mkdir()
    path.write_bytes(b'{"schema_version": 1, "sessions": [')
    store = HistoryStore(path)
    loaded = store.load()
    message = None if loaded is None else str(loaded)
    (kept,) = path.parent.glob("history.json.unreadable-*")
    assert kept.read_bytes() == b'{"schema_version": 1, "sessions": ['
    assert message == (
        f"Your history file could not be read (it is not valid JSON: Expecting value: line 1 "
        f"column 36 (char 35)); it was kept as {kept} and a new history was started."
    )
    assert list(store.sessions) == []
    store.add(make_session())
    assert kept.read_bytes() == b'{"schema_version": 1, "sessions": ['


def test_an_unreadable_file_with_a_good_backup_is_restored_from_it_for_good(path: Path) -> None:
    """The walk's loss: a fresh start rotated the last good history out of the backup."""
    path.parent.mkdir()
    store = loaded(path)
    saved = [make_session() for _ in range(5)]
    for session in saved:
        store.add(session)
    backup = path.with_name("history.json.bak")
    before = backup.read_bytes()
    assert len(json.loads(before)["sessions"]) == 4  # the file before the last save
    path.write_bytes(b"\xc3\x28 garbage")
    store = HistoryStore(path)
    message = str(store.load())
    (kept,) = path.parent.glob("history.json.unreadable-*")
    assert kept.read_bytes() == b"\xc3\x28 garbage"
    assert message == (
        "Your history file could not be read (it is not UTF-8 text); it was kept as "
        f"{kept}, and your history was restored from its backup {backup} (4 sessions)."
    )
    assert said(store.sessions) == said(saved[:4])
    assert said(on_disk(path)) == said(saved[:4]), "written at once: the next start finds it"
    assert backup.read_bytes() == before, "the backup stays as it was"
    later = [make_session(), make_session()]
    for session in later:
        store.add(session)
    assert said(on_disk(path)) == said(saved[:4] + later)
    assert said(json.loads(backup.read_bytes())["sessions"]) == said(saved[:4] + later[:1])
    assert said(loaded(path).sessions) == said(saved[:4] + later), "the next start: no word"


def test_an_unreadable_file_with_an_unreadable_backup_starts_afresh(path: Path) -> None:
    path.parent.mkdir()
    path.write_bytes(b"[")
    path.with_name("history.json.bak").write_bytes(b"{")
    message = str(HistoryStore(path).load())
    assert message.endswith("and a new history was started.")
    assert path.with_name("history.json.bak").read_bytes() == b"{"


def test_partly_invalid_file_keeps_valid_sessions_and_original_bytes(path: Path) -> None:
    path.parent.mkdir()
    good = [make_session(), make_session()]
    sessions = [good[0], {**make_session(), "actual_seconds": -60}, good[1], "junk"]
    original = json.dumps({"schema_version": 2, "sessions": sessions}).encode()
    path.write_bytes(original)
    store = HistoryStore(path)
    loaded = store.load()
    message = None if loaded is None else str(loaded)
    assert said(store.sessions) == said(good)
    (kept,) = path.parent.glob("history.json.invalid-*")
    assert kept.read_bytes() == original
    assert message == (
        "2 of 4 sessions in your history were not valid and were skipped (the first, number 2: "
        f"actual_seconds must be between 0 and 86400, not -60). The original file was kept as "
        f"{kept}."
    )
    assert said(on_disk(path)) == said(good)
    assert HistoryStore(path).load() is None


def test_newer_schema_is_refused_and_untouched(path: Path) -> None:
    path.parent.mkdir()
    original = b'{"schema_version": 7, "sessions": [{"whatever": true}]}'
    path.write_bytes(original)
    store = HistoryStore(path)
    loaded = store.load()
    message = None if loaded is None else str(loaded)
    assert message is not None and "newer version of Mat Companion (schema 7)" in message
    with pytest.raises(HistoryError, match="once you update the app"):
        store.add(make_session())
    assert path.read_bytes() == original
    assert sorted(p.name for p in path.parent.iterdir()) == ["history.json"]


def test_version_0_is_migrated_and_the_original_kept(path: Path) -> None:
    path.parent.mkdir()
    original = json.dumps(
        {
            "sessions": [
                {
                    "started_at": "2026-01-02T20:00:00+00:00",
                    "actual_seconds": 640,
                    "stage": "beginner",
                }
            ]
        }
    ).encode()
    path.write_bytes(original)
    store = HistoryStore(path)
    assert store.load() is None
    document = json.loads(path.read_bytes())
    assert document["schema_version"] == 2
    assert document["sessions"][0]["id"] == store.sessions[0]["id"]
    (kept,) = path.parent.glob("history.json.schema0-*")
    assert kept.read_bytes() == original


def test_changes_made_by_another_instance_are_merged(path: Path) -> None:
    mine, theirs = loaded(path), loaded(path)
    a, b, c = make_session(), make_session(), make_session()
    mine.add(a)
    theirs.add(b)
    mine.add(c)
    assert said(on_disk(path)) == said([a, b, c])
    theirs.remove(a["id"])
    mine.add(make_session())
    assert a["id"] not in {s["id"] for s in on_disk(path)}
    assert b["id"] in {s["id"] for s in mine.sessions}


def test_file_damaged_by_another_tool_is_kept_and_rewritten_from_memory(path: Path) -> None:
    store = loaded(path)
    first = make_session()
    store.add(first)
    path.write_bytes(b"garbage from a sync tool")
    second = make_session()
    store.add(second)
    assert said(on_disk(path)) == said([first, second])
    (kept,) = path.parent.glob("history.json.unreadable-*")
    assert kept.read_bytes() == b"garbage from a sync tool"
    assert "damaged by something else" in str(store.notices[0])


def test_add_many_skips_ids_already_present(path: Path) -> None:
    store = loaded(path)
    present = make_session()
    store.add(present)
    assert store.add_many([present, make_session(note="one"), make_session(note="two")]) == 2
    assert len(on_disk(path)) == 3


def test_add_many_skips_a_twin_of_a_session_saved_meanwhile(path: Path) -> None:
    """The import's rule holds against the file as it is at the write, not as it was read."""
    store, other = loaded(path), loaded(path)
    hand_made = make_session()
    other.add(hand_made)  # another instance saved it after this one loaded
    twin = {**hand_made, "id": "1b0e7f2e-3c4a-4b6b-9a0d-2f1e5d6c7b8a"}
    assert store.add_many([twin]) == 0
    assert [s["id"] for s in on_disk(path)] == [hand_made["id"]]


@pytest.mark.parametrize(
    ("code", "reason"),
    [
        (errno.ENOSPC, "the disk is full"),
        (errno.EROFS, "the disk is read-only"),
        (errno.EACCES, "permission denied"),
    ],
)
def test_machine_errors_keep_the_old_file(
    path: Path, monkeypatch: pytest.MonkeyPatch, code: int, reason: str
) -> None:
    store = loaded(path)
    first = make_session()
    store.add(first)
    before = path.read_bytes()

    def refuse(*_args: object) -> None:
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(files.os, "fsync", refuse)
    with pytest.raises(StorageError) as caught:
        store.add(make_session())
    assert str(caught.value) == f"Could not save {path}: {reason}."
    assert path.read_bytes() == before
    assert said(store.sessions) == [first]
    assert not list(path.parent.glob(".history.json.*.tmp"))


def test_unreadable_file_blocks_writes(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path.parent.mkdir()
    path.write_bytes(serialise_history([make_session()]))
    original = path.read_bytes()

    def denied(_path: Path) -> bytes:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(history_store, "read_regular_file", denied)
    store = HistoryStore(path)
    assert str(store.load()) == f"Could not read your history file {path}: permission denied."
    with pytest.raises(HistoryError):
        store.add(make_session())
    monkeypatch.undo()
    assert path.read_bytes() == original


def test_stale_temp_files_from_a_dead_writer_are_removed(path: Path) -> None:
    store = loaded(path)
    store.add(make_session())
    leftover = path.parent / ".history.json.abc123.tmp"
    leftover.write_bytes(b"half a write")
    store.add(make_session())
    assert not leftover.exists()
