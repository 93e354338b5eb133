import csv
import io

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mat_companion.core.history_csv import COLUMNS, read_csv, to_csv
from mat_companion.core.history_document import parse_history
from mat_companion.core.history_transfer import (
    UnusableImportError,
    export_format,
    export_sessions,
    guess_format,
    read_import,
)
from tests.factories import make_session
from tests.strategies import sessions


def from_csv(document: str) -> tuple[list[dict[str, object]], list[tuple[int, object]]]:
    """The sessions of CSV text, and ``(line, problem)`` for the rows that are not valid."""
    found = list(read_csv(io.StringIO(document, newline="")))
    valid = [item for _, item in found if isinstance(item, dict)]
    return valid, [(line, item) for line, item in found if not isinstance(item, dict)]


def test_csv_round_trip_of_a_full_session() -> None:
    session = make_session(note='a "quoted", multi-line\nnote', future={"a": 1})
    text = to_csv([session])
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[0] == list(COLUMNS)
    back, problems = from_csv(text)
    assert problems == []
    assert back == [session]


def without_empty(session: dict[str, object]) -> dict[str, object]:
    """CSV cannot tell an absent known field from a null or empty one (extras travel as JSON)."""
    return {k: v for k, v in session.items() if k.startswith("x_") or v not in (None, "", [], {})}


@given(st.lists(sessions(), max_size=5, unique_by=lambda s: str(s["id"])))
def test_generated_sessions_round_trip_through_csv(generated: list[dict[str, object]]) -> None:
    back, problems = from_csv(to_csv(generated))
    assert problems == []
    assert back == [without_empty(s) for s in generated]


def test_json_export_is_the_history_format() -> None:
    session = make_session()
    assert parse_history(export_sessions([session], "json")).sessions == [session]


def test_hand_made_csv_needs_only_the_essentials() -> None:
    text = (
        "started_at,actual_seconds,planned_seconds,stage,pain_before,pain_after\n"
        "2026-03-01T20:00:00+01:00,900,900,beginner,5,3\n"
        "2026-03-02T20:00:00+01:00,400,900,beginner,,\n"
    )
    sessions, problems = from_csv(text)
    assert problems == []
    assert [s["completed"] for s in sessions] == [True, False]
    assert sessions[0]["ratings"] == {"pain_before": 5, "pain_after": 3}
    assert "ratings" not in sessions[1]
    assert len({s["id"] for s in sessions}) == 2


def test_invalid_rows_are_located_by_line_even_after_a_multiline_note() -> None:
    text = (
        "started_at,actual_seconds,stage,note,comfort\n"
        '2026-03-01T20:00:00+01:00,900,beginner,"two\nlines",4\n'
        "2026-03-02T20:00:00+01:00,-5,beginner,,4\n"
        "2026-03-03T20:00:00+01:00,900,beginner,,9\n"
        "2026-03-04T20:00:00+01:00,900,beginner,,4,extra cell\n"
        "not a date,900,beginner,,\n"
    )
    sessions, located = from_csv(text)
    problems = [(line, str(problem)) for line, problem in located]
    assert len(sessions) == 1
    assert problems == [
        (4, "actual_seconds must be between 0 and 86400, not -5"),
        (5, "ratings.comfort must be a whole number from 1 to 5"),
        (6, "the row has more cells than the header"),
        (7, "started_at is not a valid date and time: 'not a date'"),
    ]


@pytest.mark.parametrize(
    ("raw", "fmt", "reason"),
    [
        (
            b"date,minutes\n2026-01-01,10\n",
            "csv",
            "the CSV header has no column started_at, actual_seconds, stage",
        ),
        (b"\xff\xfe", "csv", "it is UTF-16 text"),
        (b"started_at,actual_seconds,stage\n\xff\n", "csv", "line 2 is not UTF-8 text"),
        (b"{nope", "json", "it is not valid JSON"),
        (b'{"schema_version": 9, "sessions": []}', "json", "newer version of Mat Companion"),
    ],
)
def test_unusable_files_are_refused_whole(raw: bytes, fmt: str, reason: str) -> None:
    with pytest.raises(UnusableImportError, match=reason):
        read_import(io.BytesIO(raw), fmt)  # type: ignore[arg-type]


def test_json_import_locates_invalid_sessions() -> None:
    raw = export_sessions([make_session(), make_session(stage="")], "json")
    batch = read_import(io.BytesIO(raw), "json")
    assert len(batch.sessions) == 1
    assert [str(problem) for problem in batch.problems] == ["session 2: stage must be a stage name"]


def test_format_is_guessed_from_name_then_content() -> None:
    assert guess_format("x.CSV", b"{") == "csv"
    assert guess_format("x.json", b"id,") == "json"
    assert guess_format("backup", b'  {"sessions": []}') == "json"
    assert guess_format("backup", b"id,started_at") == "csv"


def test_csv_export_survives_text_utf8_cannot_hold() -> None:
    session = make_session(note="odd \ud800 text", x_extra="\udfff")
    data = export_sessions([session], "csv")
    back = read_import(io.BytesIO(data), "csv")
    assert back.problems == []
    assert back.sessions[0]["note"] == "odd ? text"
    assert back.sessions[0]["x_extra"] == "\udfff"


@pytest.mark.parametrize(
    ("name", "fmt"),
    [
        ("history.json", "json"),
        ("HISTORY.JSON", "json"),
        (".json", "json"),
        ("history.csv", "csv"),
        ("history.json.csv", "csv"),
        ("history", "csv"),
        ("history.txt", "csv"),
    ],
)
def test_an_export_writes_the_format_its_name_ends_with(name: str, fmt: str) -> None:
    assert export_format(name) == fmt
