import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mat_companion.core.history_document import (
    NewerHistoryError,
    UnusableHistoryError,
    parse_history,
    serialise_history,
)
from mat_companion.core.history_migrations import MIGRATIONS, migrate
from mat_companion.core.history_schema import SCHEMA_VERSION, session_problem
from tests.factories import make_session
from tests.strategies import broken_documents, sessions


def test_round_trip_keeps_unknown_fields_and_order() -> None:
    first = make_session(future_field={"nested": [1, 2]})
    second = make_session(note='ünïcode ✓ and "quotes"\nnew line')
    raw = serialise_history([first, second], {"exported_by": "another tool"})
    parsed = parse_history(raw)
    assert parsed.sessions == [first, second]
    assert parsed.extra == {"exported_by": "another tool"}
    assert parsed.skipped == [] and parsed.version == SCHEMA_VERSION
    assert json.loads(raw)["schema_version"] == 2
    assert raw.count(b"\n") == 4, "one session a line"


def test_empty_history_serialises_to_a_valid_document() -> None:
    assert json.loads(serialise_history([])) == {"schema_version": 2, "sessions": [], "deleted": []}


@given(st.lists(sessions(), max_size=6, unique_by=lambda s: s["id"]))
def test_generated_sessions_round_trip(generated: list[dict[str, object]]) -> None:
    for session in generated:
        assert session_problem(session) is None
    assert parse_history(serialise_history(generated)).sessions == generated


@given(broken_documents())
def test_broken_documents_never_crash_and_keep_only_valid_sessions(document: object) -> None:
    raw = json.dumps(document).encode()
    try:
        parsed = parse_history(raw)
    except (UnusableHistoryError, NewerHistoryError):
        return
    for session in parsed.sessions:
        assert session_problem(session) is None
    ids = [s["id"] for s in parsed.sessions]
    assert len(ids) == len(set(ids))
    assert len(parsed.sessions) + len(parsed.skipped) == len(json.loads(raw)["sessions"])


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        (b"", "it is not valid JSON"),
        (b"[]", "it is not a history document"),
        (b'{"schema_version": 1}', "it has no list of sessions"),
        (b'{"schema_version": "one", "sessions": []}', "its schema_version is not a version"),
        (b'{"schema_version": 1, "sessions": [], "x": NaN}', "it is not valid JSON"),
        (b"\xff\xfe\xfa", "it is not UTF-8 text"),
        (b"[" * 100000, "it is nested too deeply"),
    ],
)
def test_unusable_documents_say_why(raw: bytes, reason: str) -> None:
    with pytest.raises(UnusableHistoryError, match=f"^{reason}"):
        parse_history(raw)


def test_newer_schema_is_refused() -> None:
    with pytest.raises(NewerHistoryError) as refused:
        parse_history(b'{"schema_version": 3, "sessions": []}')
    assert refused.value.version == 3


def test_duplicate_ids_keep_the_first() -> None:
    session = make_session()
    parsed = parse_history(serialise_history([session, make_session(id=session["id"], note="b")]))
    assert parsed.sessions == [session]
    assert [(index, str(problem)) for index, problem in parsed.skipped] == [
        (1, "the same id appears twice")
    ]


def test_version_0_gets_ids_and_completed() -> None:
    hand_made = {
        "sessions": [
            {
                "started_at": "2026-01-02T20:00:00+00:00",
                "planned_seconds": 600,
                "actual_seconds": 640,
                "stage": "beginner",
            },
            {
                "started_at": "2026-01-03T20:00:00+00:00",
                "planned_seconds": 600,
                "actual_seconds": 300,
                "stage": "beginner",
                "completed": False,
            },
            {"started_at": "2026-01-04T20:00:00+00:00", "actual_seconds": 300, "stage": "feet"},
        ]
    }
    parsed = parse_history(json.dumps(hand_made).encode())
    assert parsed.version == 0 and parsed.skipped == []
    assert [s["completed"] for s in parsed.sessions] == [True, False, False]
    assert len({s["id"] for s in parsed.sessions}) == 3


def test_migrations_apply_in_order_and_stamp_each_version() -> None:
    steps: list[int] = []

    def step(number: int):  # type: ignore[no-untyped-def]
        def apply(document: dict[str, object]) -> dict[str, object]:
            steps.append(number)
            assert document["schema_version"] == number
            return {**document, f"touched_by_{number}": True}

        return apply

    migrated = migrate(
        {"schema_version": 0, "sessions": []}, 0, 3, {0: step(0), 1: step(1), 2: step(2)}
    )
    assert steps == [0, 1, 2]
    assert migrated["schema_version"] == 3
    assert all(migrated[f"touched_by_{n}"] for n in range(3))
    with pytest.raises(KeyError):
        migrate({"sessions": []}, 0, 2, {0: step(0)})


def test_every_older_version_has_a_migration() -> None:
    assert sorted(MIGRATIONS) == list(range(SCHEMA_VERSION))
