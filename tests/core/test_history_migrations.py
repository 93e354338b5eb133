"""Version 1 histories become version 2: a change time per session and a list of deletions."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from mat_companion.core.history_document import parse_history, serialise_history
from mat_companion.core.history_merge import fresh_sessions
from mat_companion.core.history_migrations import migrate
from mat_companion.core.history_schema import SCHEMA_VERSION, last_changed, session_problem
from mat_companion.core.history_store import HistoryStore
from tests.factories import make_session
from tests.strategies import sessions

ENDED = "2026-11-20T21:20:12+01:00"


def version_1(sessions: list[Any], **extra: Any) -> dict[str, Any]:
    return {"schema_version": 1, "sessions": sessions, **extra}


def test_the_current_version_is_2() -> None:
    assert SCHEMA_VERSION == 2


def test_a_session_of_version_1_was_last_changed_when_it_ended_or_else_when_it_started() -> None:
    ended, open_ended = make_session(ended_at=ENDED), make_session(ended_at=None)
    migrated = migrate(version_1([ended, open_ended]), 1, 2)
    assert migrated["schema_version"] == 2
    assert [s["changed_at"] for s in migrated["sessions"]] == [ENDED, open_ended["started_at"]]
    assert [s for s in migrated["sessions"] if session_problem(s)] == []
    assert "changed_at" not in ended, "the document read is left as it was"


def test_a_version_1_document_gets_an_empty_list_of_deletions_whatever_it_held() -> None:
    """A ``deleted`` field version 1 never read must not start deleting sessions now."""
    session = make_session()
    planted = [{"id": session["id"], "deleted_at": "2099-01-01T00:00:00+00:00"}]
    migrated = migrate(version_1([session], deleted=planted, exported_by="a tool"), 1, 2)
    assert migrated["deleted"] == [] and migrated["exported_by"] == "a tool"


def test_a_change_time_another_tool_left_in_version_1_is_kept_if_it_is_a_time() -> None:
    kept = make_session(changed_at="2026-11-21T08:00:00+01:00")
    naive = make_session(changed_at="2026-11-21T08:00:00")
    junk = make_session(changed_at=["not", "a", "time"])
    migrated = migrate(version_1([kept, naive, junk]), 1, 2)["sessions"]
    assert [s["changed_at"] for s in migrated] == ["2026-11-21T08:00:00+01:00", ENDED, ENDED]


def test_records_that_are_no_sessions_are_left_for_the_parser_to_skip() -> None:
    migrated = migrate(version_1(["junk", None, [1]]), 1, 2)
    assert migrated["sessions"] == ["junk", None, [1]]


@given(st.lists(sessions(), max_size=5, unique_by=lambda s: s["id"]))
def test_every_version_1_history_reads_as_version_2_with_nothing_else_changed(
    generated: list[dict[str, Any]],
) -> None:
    parsed = parse_history(json.dumps(version_1(generated)).encode())
    assert parsed.version == 1 and parsed.skipped == []
    assert parsed.extra == {} and parsed.deleted == []
    assert parsed.sessions == [{**s, "changed_at": last_changed(s)} for s in generated]


def test_a_hand_made_version_0_file_is_brought_up_to_version_2() -> None:
    hand_made = {"sessions": [{"started_at": ENDED, "actual_seconds": 60, "stage": "feet"}]}
    parsed = parse_history(json.dumps(hand_made).encode())
    (session,) = parsed.sessions
    assert parsed.version == 0 and parsed.extra == {} and parsed.deleted == []
    assert session["changed_at"] == ENDED and session["completed"] is False and session["id"]


def test_a_version_2_document_round_trips_its_deletions_and_change_times() -> None:
    session = make_session(changed_at="2026-12-01T09:00:00+00:00")
    deleted = [{"id": make_session()["id"], "deleted_at": "2026-12-01T10:00:00+01:00"}]
    parsed = parse_history(serialise_history([session], deleted=deleted))
    assert parsed.version == 2 and parsed.sessions == [session]
    assert parsed.deleted == deleted and parsed.extra == {}


def test_a_version_1_file_on_disk_is_upgraded_and_its_original_kept(tmp_path: Path) -> None:
    path = tmp_path / "history.json"
    session = make_session()
    original = json.dumps(version_1([session])).encode()
    path.write_bytes(original)
    store = HistoryStore(path)
    assert store.load() is None
    document = json.loads(path.read_bytes())
    assert document["schema_version"] == 2 and document["deleted"] == []
    assert document["sessions"] == [{**session, "changed_at": ENDED}]
    (kept,) = tmp_path.glob("history.json.schema1-*")
    assert kept.read_bytes() == original


def test_a_copy_that_lost_its_ids_is_a_twin_whatever_its_change_time() -> None:
    """Reading a hand-made copy stamps its sessions anew; they are still the sessions present."""
    present = [
        make_session(changed_at="2026-12-01T09:00:00+00:00"),
        make_session(started_at="2026-11-20T21:00:00+01:00"),
    ]
    hand_made = {"sessions": [{k: v for k, v in s.items() if k != "id"} for s in present]}
    upgraded = parse_history(json.dumps(hand_made).encode()).sessions
    assert [s["changed_at"] for s in upgraded] == ["2026-12-01T09:00:00+00:00", ENDED]
    assert fresh_sessions(upgraded, present) == []
    assert fresh_sessions([{**upgraded[0], "changed_at": ENDED}], present) == []
    changed = {**upgraded[0], "note": "another note"}
    assert fresh_sessions([changed], present) == [changed]


def test_the_readme_example_is_a_valid_version_2_history() -> None:
    readme = (Path(__file__).parents[2] / "README.md").read_text()
    section = readme.split("## The history format", 1)[1]
    example = section.split("```json\n", 1)[1].split("```", 1)[0]
    parsed = parse_history(example.encode())
    assert parsed.version == SCHEMA_VERSION and parsed.skipped == []
    assert [s["changed_at"] for s in parsed.sessions] == ["2026-11-21T07:45:03.120511+01:00"]
    assert len(parsed.deleted) == 1 and parsed.skipped_deletions == []
