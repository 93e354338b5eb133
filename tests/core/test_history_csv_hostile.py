"""Hostile imports: hand-made and re-imported files, odd CSV, and ids that look almost right."""

import csv
import io
import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mat_companion.core.history_document import parse_history
from mat_companion.core.history_merge import fresh_sessions
from mat_companion.core.history_schema import derived_id, session_problem, validate_session
from mat_companion.core.history_transfer import (
    ImportBatch,
    UnusableImportError,
    export_sessions,
    read_import,
)
from mat_companion.core.warning_signs import HealedAnswer
from tests.factories import make_session

HEADER = "started_at,actual_seconds,stage"
ID = "0b6f3a52-9a1e-4c3a-9a51-1b2c3d4e5f60"


def imported(raw: bytes | str, fmt: str = "csv") -> ImportBatch:
    data = raw.encode() if isinstance(raw, str) else raw
    return read_import(io.BytesIO(data), fmt)  # type: ignore[arg-type]


def problems(batch: ImportBatch) -> list[str]:
    return [str(problem) for problem in batch.problems]


def refusal(raw: bytes | str) -> str:
    with pytest.raises(UnusableImportError) as refused:
        imported(raw)
    return str(refused.value)


# Point 5: re-importing never duplicates ------------------------------------------------------

HAND_MADE = (
    f"{HEADER},note\n"
    "2026-03-01T20:00:00+01:00,900,beginner,first\n"
    "2026-03-02T20:00:00+01:00,900,beginner,second\n"
)


def test_a_hand_made_csv_gives_the_same_ids_every_time() -> None:
    first, again = imported(HAND_MADE), imported(HAND_MADE)
    assert [s["id"] for s in first.sessions] == [s["id"] for s in again.sessions]
    assert len({s["id"] for s in first.sessions}) == 2
    assert all(session_problem(s) is None for s in first.sessions)


def test_the_derived_id_is_the_start_as_an_instant() -> None:
    assert derived_id("2026-03-01T20:00:00+01:00") == derived_id("2026-03-01T19:00:00+00:00")
    assert derived_id("2026-03-01T20:00:00+01:00") != derived_id("2026-03-01T20:00:01+01:00")
    assert derived_id("0001-01-01T00:00:00+01:00") != derived_id("9999-12-31T23:59:59-01:00")
    respelled = imported(f"{HEADER}\n2026-03-01T19:00:00Z,900,beginner\n")
    assert respelled.sessions[0]["id"] == imported(HAND_MADE).sessions[0]["id"]


def test_a_version_0_file_gives_the_same_ids_every_time() -> None:
    raw = json.dumps(
        {
            "sessions": [
                {
                    "started_at": "2026-03-01T20:00:00+01:00",
                    "actual_seconds": 900,
                    "stage": "beginner",
                },
                {
                    "id": None,
                    "started_at": "2026-03-02T20:00:00+01:00",
                    "actual_seconds": 900,
                    "stage": "beginner",
                },
                {
                    "id": "",
                    "started_at": "2026-03-03T20:00:00+01:00",
                    "actual_seconds": 900,
                    "stage": "beginner",
                },
            ]
        }
    ).encode()
    first, again = parse_history(raw), parse_history(raw)
    assert first.skipped == []
    assert [s["id"] for s in first.sessions] == [s["id"] for s in again.sessions]
    assert [s["id"] for s in first.sessions][:2] == [s["id"] for s in imported(HAND_MADE).sessions]
    assert len(first.sessions) == 3


def test_a_csv_whose_rows_repeat_an_id_is_refused_like_json() -> None:
    batch = imported(
        f"id,{HEADER}\n"
        f"{ID},2026-03-01T20:00:00+01:00,900,beginner\n"
        f"{ID.upper()},2026-03-02T20:00:00+01:00,900,beginner\n"
    )
    assert len(batch.sessions) == 1 and batch.invalid == 1
    assert problems(batch) == [
        "line 3: it repeats an earlier row (the same id, or the same start where there is no id)"
    ]


def test_two_id_less_rows_starting_together_are_one_session_twice() -> None:
    batch = imported(f"{HEADER}\n" + "2026-03-01T20:00:00+01:00,900,beginner\n" * 2)
    assert len(batch.sessions) == 1 and batch.invalid == 1


def test_ids_differing_only_in_case_are_one_session() -> None:
    upper = make_session(id=ID.upper())
    validate_session(upper)
    assert upper["id"] == ID
    raw = json.dumps(
        {"schema_version": 1, "sessions": [make_session(id=ID), make_session(id=ID.upper())]}
    ).encode()
    parsed = parse_history(raw)
    assert [s["id"] for s in parsed.sessions] == [ID]
    assert [str(p) for _, p in parsed.skipped] == ["the same id appears twice"]
    assert (
        imported(f"id,{HEADER}\n{ID.upper()},2026-03-01T20:00:00+01:00,9,x\n").sessions[0]["id"]
        == ID
    )


def test_a_stop_sign_answer_saved_with_an_uppercase_id_still_matches() -> None:
    answer = HealedAnswer.from_dict({"session": ID.upper(), "healed": True, "on": "2026-03-01"})
    assert answer is not None and answer.session_id == ID


@pytest.mark.parametrize(
    "junk",
    [
        ID + "\n",
        ID + " ",
        "\n" + ID,
        "{" + ID + "}",
        "urn:uuid:" + ID,
        ID.replace("-", ""),
        ID[:-1] + "\u0660",
        ID[:-1] + "g",
    ],
)
def test_an_id_with_junk_is_not_a_uuid(junk: str) -> None:
    assert str(session_problem(make_session(id=junk))) == "id must be a UUID"


# Point 10: CSV that spreadsheets and other tools write ----------------------------------------


def test_a_note_over_128_kib_round_trips() -> None:
    session = make_session(note="x" * 300_000, x_big="y" * 200_000)
    back = imported(export_sessions([session], "csv"))
    assert problems(back) == [] and back.sessions == [session]


FORMULAS = ["=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx", "=cmd|' /C calc'!A0"]


@pytest.mark.parametrize("formula", FORMULAS)
def test_no_cell_of_an_export_starts_a_formula(formula: str) -> None:
    word = formula if formula.strip() == formula else "beginner"  # names are read stripped
    session = make_session(
        note=formula,
        position=formula,
        surface=formula,
        layer=formula,
        stage=word,
        ambient=[word],
        breathing={"preset": word},
        x_field=formula,
    )
    data = export_sessions([session], "csv").decode()
    for row in csv.reader(io.StringIO(data, newline="")):
        for cell in row:
            assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), cell
    assert imported(data).sessions == [session]


@pytest.mark.parametrize("note", ["'", "''", "'=1", "''=1", "'tis", "a'", "' ", "'\t"])
def test_notes_that_really_start_with_a_quote_round_trip(note: str) -> None:
    session = make_session(note=note)
    assert imported(export_sessions([session], "csv")).sessions == [session]


def test_a_hand_made_leading_quote_is_kept() -> None:
    batch = imported(f"{HEADER},note\n2026-03-01T20:00:00+01:00,900,beginner,'tis fine\n")
    assert batch.sessions[0]["note"] == "'tis fine"


@given(st.text(st.characters(exclude_categories=("Cs",))))
def test_any_note_round_trips(note: str) -> None:
    session = make_session(note=note or None)
    back = imported(export_sessions([session], "csv"))
    assert back.sessions == [{k: v for k, v in session.items() if v is not None}]


@pytest.mark.parametrize(
    ("delimiter", "name"), [(";", "semicolons"), ("\t", "tabs"), ("|", "vertical bars")]
)
def test_another_delimiter_is_named(delimiter: str, name: str) -> None:
    header = f"{HEADER},note,a comma".replace(",", delimiter).replace("a comma", "a, comma")
    raw = f"{header}\n2026-03-01T20:00:00+01:00{delimiter}900{delimiter}b{delimiter}{delimiter}\n"
    assert refusal(raw) == (
        f"The file cannot be imported: its columns are separated by {name}, not commas; "
        "save it as CSV with commas."
    )


def test_a_bom_and_crlf_are_read() -> None:
    raw = "\ufeff" + HEADER + ',note\r\n2026-03-01T20:00:00+01:00,900,b,"two\r\nlines"\r\n'
    batch = imported(raw.encode())
    assert problems(batch) == [] and batch.sessions[0]["note"] == "two\r\nlines"


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        (b"", "it is empty"),
        (b"\n\n", "it is empty"),
        (b"\n\n\xe9,started_at\n", "line 3 is not UTF-8 text"),
        (b"\xef\xbb\xbf", "it is empty"),
        ("started_at,actual_seconds,stage\n".encode("utf-16"), "it is UTF-16 text"),
        (
            f"{HEADER},note\n2026-03-01T20:00:00+01:00,900,b,caf\xe9\n".encode("latin-1"),
            "line 2 is not UTF-8 text",
        ),
        (b"\xe9," + HEADER.encode() + b"\n", "line 1 is not UTF-8 text"),
        (f"{HEADER},note,note\n".encode(), "the column note appears twice in the header"),
    ],
)
def test_files_refused_whole_say_why(raw: bytes, reason: str) -> None:
    assert reason in refusal(raw)


def test_a_header_only_file_has_no_sessions() -> None:
    batch = imported(HEADER + "\r\n")
    assert batch.sessions == [] and batch.invalid == 0


def test_short_rows_blank_rows_and_trailing_empty_cells_are_read() -> None:
    batch = imported(
        f"{HEADER},note,comfort\n"
        "2026-03-01T20:00:00+01:00,900,beginner\n"
        ",,,,\n"
        "\n"
        "2026-03-02T20:00:00+01:00,900,beginner,n,4,,\n"
    )
    assert problems(batch) == []
    assert [s.get("note") for s in batch.sessions] == [None, "n"]


def test_cells_beyond_the_header_or_without_a_column_are_problems() -> None:
    batch = imported(
        f"{HEADER},\n2026-03-01T20:00:00+01:00,900,beginner,lost\n"
        "2026-03-02T20:00:00+01:00,900,beginner,,more\n"
    )
    assert problems(batch) == [
        "line 2: the row has more cells than the header",
        "line 3: the row has more cells than the header",
    ]


def test_a_column_this_version_does_not_know_is_kept() -> None:
    batch = imported(f"{HEADER},mood\n2026-03-01T20:00:00+01:00,900,beginner,calm\n")
    assert batch.sessions[0]["mood"] == "calm"


def test_only_the_first_problems_are_kept_but_all_are_counted() -> None:
    batch = imported(HEADER + "\n" + "not a date,900,beginner\n" * 1000)
    assert batch.invalid == 1000 and len(batch.problems) == 20


@pytest.mark.parametrize(
    "extra", ['{"x": NaN}', '{"x": Infinity}', '{"x": ' + "[" * 100_000 + "]" * 100_000 + "}"]
)
def test_an_extra_cell_json_does_not_allow_is_a_problem(extra: str) -> None:
    batch = imported(f"{HEADER},extra\n2026-03-01T20:00:00+01:00,900,b,{json.dumps(extra)}\n")
    assert problems(batch) == ["line 2: extra must be a JSON object"]


def test_a_start_in_year_1_or_9999_is_imported() -> None:
    batch = imported(
        f"{HEADER}\n0001-01-01T00:00:00+01:00,900,b\n9999-12-31T23:59:59-01:00,900,b\n"
    )
    assert problems(batch) == [] and len(batch.sessions) == 2


def test_sessions_identical_but_for_the_id_are_not_fresh() -> None:
    present = [make_session(ended_at=None, planned_seconds=None)]
    twin = {k: v for k, v in present[0].items() if v is not None} | {"id": ID}
    other_note = twin | {"id": ID.replace("0b", "0c"), "note": "changed"}
    same_id = make_session(id=present[0]["id"], note="other")
    assert fresh_sessions([twin, other_note, same_id], present) == [other_note]


@pytest.mark.parametrize("cell", [f'"{ID}\n"', f" {ID}", f"{ID} ", f'"{ID}\r\n"'])
def test_an_id_cell_with_junk_is_not_a_uuid(cell: str) -> None:
    batch = imported(f"id,{HEADER}\n{cell},2026-03-01T20:00:00+01:00,900,beginner\n")
    assert problems(batch) == ["line 2: id must be a UUID"]


def test_an_id_cell_of_spaces_is_empty() -> None:
    batch = imported(f"id,{HEADER}\n  ,2026-03-01T20:00:00+01:00,900,beginner\n")
    assert batch.sessions[0]["id"] == imported(HAND_MADE).sessions[0]["id"]


def test_a_session_twice_in_one_file_is_fresh_once() -> None:
    """The first of one id, as an import reads it: the count said is the count added."""
    session = make_session()
    again = {**session, "note": "the same id again"}
    assert fresh_sessions([session, again], []) == [session]
