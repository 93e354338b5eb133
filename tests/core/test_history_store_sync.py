"""The store keeps every copy's changes: change times, deletions, and files replaced under it."""

import json
import os
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import given

from mat_companion.core.history_document import serialise_history
from mat_companion.core.history_merge import HistoryCopy, fresh_sessions, merge
from mat_companion.core.history_store import HistoryStore, _merged_into
from tests.factories import make_session
from tests.strategies import random_copies, related_copies

ZONE = timezone(timedelta(hours=1))


class Wall:
    """A wall clock that moves only when told."""

    def __init__(self) -> None:
        self.moment = datetime(2026, 12, 1, 10, 0, 0, 123456, tzinfo=ZONE)

    def __call__(self) -> datetime:
        return self.moment

    def advance(self, seconds: float) -> None:
        self.moment += timedelta(seconds=seconds)


@pytest.fixture
def wall() -> Wall:
    return Wall()


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "sync" / "history.json"


def store_at(path: Path, wall: Wall) -> HistoryStore:
    store = HistoryStore(path, now=wall)
    assert store.load() is None
    return store


def document(path: Path) -> dict[str, list[dict[str, object]]]:
    return json.loads(path.read_bytes())


def ids(records: object) -> set[object]:
    return {record["id"] for record in records}  # type: ignore[attr-defined]


def replace_by_rename(path: Path, data: bytes) -> None:
    """What a sync tool does: write a temporary file and rename it over the history."""
    incoming = path.with_name(".syncthing.history.json.tmp")
    incoming.write_bytes(data)
    os.replace(incoming, path)


def test_add_stamps_the_change_time_with_microseconds(path: Path, wall: Wall) -> None:
    store = store_at(path, wall)
    store.add(make_session(changed_at="2020-01-01T00:00:00+00:00"))
    (saved,) = document(path)["sessions"]
    assert saved["changed_at"] == "2026-12-01T10:00:00.123456+01:00"
    assert store.sessions[0]["changed_at"] == saved["changed_at"]


def test_an_edit_gets_a_new_change_time(path: Path, wall: Wall) -> None:
    store = store_at(path, wall)
    session = make_session()
    store.add(session)
    wall.advance(60)
    store.update({**store.sessions[0], "note": "edited"})  # as the editor copies the record
    (saved,) = document(path)["sessions"]
    assert saved["note"] == "edited"
    assert saved["changed_at"] == "2026-12-01T10:01:00.123456+01:00"


def test_a_deletion_is_recorded_with_its_time(path: Path, wall: Wall) -> None:
    store = store_at(path, wall)
    gone, kept = make_session(), make_session()
    store.add_many([gone, kept])
    wall.advance(5)
    store.remove(gone["id"])
    saved = document(path)
    assert ids(saved["sessions"]) == {kept["id"]}
    assert saved["deleted"] == [
        {"id": gone["id"], "deleted_at": "2026-12-01T10:00:05.123456+01:00"}
    ]
    assert list(store.deleted) == saved["deleted"]
    reloaded = store_at(path, wall)
    assert ids(reloaded.sessions) == {kept["id"]} and reloaded.deleted == saved["deleted"]


def test_undoing_a_deletion_in_the_same_instant_brings_the_session_back(
    path: Path, wall: Wall
) -> None:
    store = store_at(path, wall)
    session = make_session()
    store.add(session)
    store.remove(session["id"])
    store.add(session)  # Ctrl+Z, with the clock not moved on
    saved = document(path)
    assert ids(saved["sessions"]) == {session["id"]} and saved["deleted"] == []


def test_a_deliberate_reimport_brings_a_deleted_session_back(path: Path, wall: Wall) -> None:
    store = store_at(path, wall)
    session = make_session()
    store.add(session)
    wall.advance(1)
    store.remove(session["id"])
    wall.advance(1)
    fresh = fresh_sessions([session], store.sessions)
    assert store.add_many(fresh) == 1
    assert ids(document(path)["sessions"]) == {session["id"]}
    assert document(path)["deleted"] == []


def test_a_change_wins_even_when_this_clock_is_behind(path: Path, wall: Wall) -> None:
    """Another computer's clock ran ahead: its change time is later than our now."""
    path.parent.mkdir()
    session = make_session(changed_at="2027-06-01T00:00:00+00:00")
    path.write_bytes(serialise_history([session]))
    store = store_at(path, wall)
    store.update({**session, "note": "mine"})
    (saved,) = document(path)["sessions"]
    assert saved["note"] == "mine"
    assert saved["changed_at"] == "2027-06-01T00:00:00.000001+00:00"
    store.remove(session["id"])
    assert document(path)["sessions"] == []
    assert document(path)["deleted"][0]["deleted_at"] == "2027-06-01T00:00:00.000002+00:00"


def test_a_session_replaced_under_the_window_by_a_sync_tool_is_kept(path: Path, wall: Wall) -> None:
    """The issue's case: save A, the file is replaced by a copy lacking A, save B."""
    window = store_at(path, wall)
    deleted = make_session(note="deleted on this computer")
    window.add(deleted)
    before_a = path.read_bytes()  # the other computer's copy: no A, the deleted one still there
    wall.advance(1)
    window.remove(deleted["id"])
    a, b = make_session(note="A"), make_session(note="B")
    wall.advance(1)
    window.add(a)
    replace_by_rename(path, before_a)
    wall.advance(1)
    window.add(b)
    saved = document(path)
    assert ids(saved["sessions"]) == {a["id"], b["id"]}
    assert ids(saved["deleted"]) == {deleted["id"]}
    assert ids(store_at(path, wall).sessions) == {a["id"], b["id"]}
    backup = json.loads(path.with_name("history.json.bak").read_bytes())
    assert deleted["id"] in ids(backup["sessions"]), "the backup is the copy the tool brought"


def test_another_copys_sessions_and_deletions_both_arrive(path: Path, wall: Wall) -> None:
    window = store_at(path, wall)
    shared, theirs_only = make_session(note="shared"), make_session(note="theirs")
    window.add(shared)
    wall.advance(1)
    other = serialise_history(
        [theirs_only],
        deleted=[{"id": shared["id"], "deleted_at": wall().isoformat()}],
    )
    replace_by_rename(path, other)
    wall.advance(1)
    mine = make_session(note="mine")
    window.add(mine)
    saved = document(path)
    assert ids(saved["sessions"]) == {theirs_only["id"], mine["id"]}
    assert ids(saved["deleted"]) == {shared["id"]}
    assert ids(window.sessions) == ids(saved["sessions"])


def test_the_newest_edit_of_a_session_wins_across_instances(path: Path, wall: Wall) -> None:
    first, second = store_at(path, wall), store_at(path, wall)
    session = make_session(note="original")
    first.add(session)
    second.load()
    wall.advance(1)
    second.update({**session, "note": "older edit"})
    wall.advance(1)
    first.update({**session, "note": "newer edit"})
    second.add(make_session())
    (edited,) = [s for s in document(path)["sessions"] if s["id"] == session["id"]]
    assert edited["note"] == "newer edit"


def test_old_deletions_are_forgotten_when_the_file_is_written(path: Path, wall: Wall) -> None:
    path.parent.mkdir()
    old = {"id": str(make_session()["id"]), "deleted_at": "2025-10-01T00:00:00+00:00"}
    recent = {"id": str(make_session()["id"]), "deleted_at": "2026-06-01T00:00:00+00:00"}
    path.write_bytes(serialise_history([], deleted=[old, recent]))
    store = store_at(path, wall)
    store.add(make_session())
    assert document(path)["deleted"] == [recent]


def test_a_file_holding_a_session_and_its_newer_deletion_shows_it_deleted(
    path: Path, wall: Wall
) -> None:
    path.parent.mkdir()
    session = make_session(changed_at="2026-11-30T00:00:00+00:00")
    tombstone = {"id": session["id"], "deleted_at": "2026-11-30T00:00:01+00:00"}
    path.write_bytes(serialise_history([session], deleted=[tombstone]))
    store = store_at(path, wall)
    assert list(store.sessions) == []
    store.add(make_session())
    assert session["id"] not in ids(document(path)["sessions"])


def test_invalid_deletions_are_left_out_and_the_file_kept(path: Path, wall: Wall) -> None:
    path.parent.mkdir()
    good = {"id": str(make_session()["id"]), "deleted_at": "2026-11-30T00:00:00+00:00"}
    original = json.dumps(
        {
            "schema_version": 2,
            "sessions": [make_session()],
            "deleted": [good, {"id": "not-a-uuid", "deleted_at": "yesterday"}, 7],
        }
    ).encode()
    path.write_bytes(original)
    store = HistoryStore(path, now=wall)
    message = store.load()
    (kept,) = path.parent.glob("history.json.invalid-*")
    assert kept.read_bytes() == original
    assert str(message) == (
        "2 records of deleted sessions in your history were not valid and were left out, "
        f"so those sessions may show again. The original file was kept as {kept}."
    )
    assert document(path)["deleted"] == [good]
    assert store_at(path, wall).deleted == [good]


def test_invalid_deletions_written_by_another_tool_are_said_and_kept(
    path: Path, wall: Wall
) -> None:
    store = store_at(path, wall)
    store.add(make_session())
    other = json.loads(path.read_bytes())
    other["deleted"] = [{"id": "nope"}]
    path.write_bytes(json.dumps(other).encode())
    store.add(make_session())
    (kept,) = path.parent.glob("history.json.invalid-*")
    assert json.loads(kept.read_bytes())["deleted"] == [{"id": "nope"}]
    assert [str(n) for n in store.take_notices()] == [
        "1 invalid record of a deleted session written by something else was left out; "
        f"the file was kept as {kept}."
    ]
    assert store.take_notices() == []
    assert document(path)["deleted"] == []


def test_a_version_1_file_is_upgraded_with_change_times_and_no_deletions(
    path: Path, wall: Wall
) -> None:
    path.parent.mkdir()
    session = make_session()
    path.write_bytes(json.dumps({"schema_version": 1, "sessions": [session]}).encode())
    store_at(path, wall).add(make_session())
    saved = document(path)
    assert saved["schema_version"] == 2 and saved["deleted"] == []
    (upgraded,) = [s for s in saved["sessions"] if s["id"] == session["id"]]
    assert upgraded["changed_at"] == session["ended_at"]


def test_an_import_holding_one_id_twice_saves_it_once(path: Path, wall: Wall) -> None:
    store = store_at(path, wall)
    session = make_session()
    assert store.add_many([session, {**session, "note": "again"}]) == 1
    assert [s["note"] for s in document(path)["sessions"]] == ["free text"]
    assert store_at(path, wall).sessions == document(path)["sessions"]


def test_sessions_and_deletions_stay_in_the_merged_order(path: Path, wall: Wall) -> None:
    store = store_at(path, wall)
    starts = ["2026-11-20T21:00:00+01:00", "2026-11-19T08:00:00+00:00", "2026-11-21T06:00:00+05:00"]
    sessions = [make_session(started_at=start, ended_at=None) for start in starts]
    for session in sessions:
        store.add(session)
        wall.advance(1)
    store.remove_many({sessions[0]["id"], sessions[2]["id"]})
    store.add(make_session(started_at="2026-11-18T00:00:00+00:00", ended_at=None))
    saved = document(path)
    assert [s["started_at"] for s in saved["sessions"]] == [
        "2026-11-18T00:00:00+00:00",
        "2026-11-19T08:00:00+00:00",
    ]
    assert [t["id"] for t in saved["deleted"]] == sorted([sessions[0]["id"], sessions[2]["id"]])
    merged = merge(HistoryCopy(saved["sessions"], saved["deleted"]))
    assert path.read_bytes() == serialise_history(merged.sessions, {}, merged.deleted)


@given(random_copies(), random_copies())
def test_merging_what_is_on_disk_gives_what_merge_gives(
    held: HistoryCopy, other: HistoryCopy
) -> None:
    mine = merge(held)  # what a store holds is always in merged form
    fast = _merged_into(mine, other)
    full = merge(mine, other)
    assert (list(fast.sessions), list(fast.deleted)) == (list(full.sessions), list(full.deleted))
    assert serialise_history(fast.sessions, {}, fast.deleted) == serialise_history(
        full.sessions, {}, full.deleted
    )


@given(related_copies(2))
def test_merging_a_related_copy_on_disk_gives_what_merge_gives(
    copies: list[HistoryCopy],
) -> None:
    mine, other = merge(copies[0]), copies[1]
    fast, full = _merged_into(mine, other), merge(mine, other)
    assert (list(fast.sessions), list(fast.deleted)) == (list(full.sessions), list(full.deleted))
