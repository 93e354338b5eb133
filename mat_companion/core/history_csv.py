"""The history as CSV, for spreadsheets: one session a row, the known fields as columns.

Top-level fields this version does not know travel in the ``extra`` column as
JSON. CSV written here imports back to the same sessions; a hand-made CSV may
leave ``id`` and ``completed`` empty (the id is derived from the start, so the
same file imported twice adds nothing twice; ``completed`` is inferred).
"""

from __future__ import annotations

import csv
import io
import sys
from collections.abc import Iterable, Iterator
from typing import Any, Final

from mat_companion.core import json_codec
from mat_companion.core.history_schema import (
    RATINGS,
    InvalidSessionError,
    Session,
    derived_id,
    validate_session,
)
from mat_companion.core.texts import Text, text

_SIMPLE: Final = (
    "id",
    "started_at",
    "ended_at",
    "planned_seconds",
    "actual_seconds",
    "completed",
    "stage",
    "position",
    "surface",
    "layer",
)
_BREATHING: Final = ("preset", "inhale", "top_up", "hold_in", "exhale", "hold_out")
_TAIL: Final = ("ambient", *RATINGS, "skin", "note", "extra")
COLUMNS: Final = (*_SIMPLE, *(f"breathing_{name}" for name in _BREATHING), *_TAIL)
REQUIRED_COLUMNS: Final = ("started_at", "actual_seconds", "stage")
_COLUMN_SET: Final = frozenset(COLUMNS)
#: The longest cell read: C long's limit, the most ``csv.field_size_limit`` takes everywhere.
_LONGEST_CELL: Final = 2**31 - 1
#: Kept as written. These, the stage and the skin are interned: a few words over many rows.
_FREE_TEXT: Final = frozenset(("position", "surface", "layer"))
_KNOWN_TOP_LEVEL: Final = frozenset((*_SIMPLE, "breathing", "ambient", "ratings", "skin", "note"))
#: What spreadsheets run as a formula at the start of a cell (OWASP's CSV injection list).
_FORMULA_STARTS: Final = ("=", "+", "-", "@", "\t", "\r")
_QUOTED_STARTS: Final = (*_FORMULA_STARTS, "'")
#: Delimiters spreadsheets use instead of commas, and their name for the refusal.
_DELIMITERS: Final = (
    (";", text("semicolons")),
    ("\t", text("tabs")),
    ("|", text("vertical bars")),
)
_NUMERIC: Final = frozenset(
    ("planned_seconds", "actual_seconds", *(f"breathing_{n}" for n in _BREATHING[1:]))
)


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def session_row(session: Session) -> list[str]:
    """One session as CSV cells in ``COLUMNS`` order."""
    breathing = session.get("breathing") or {}
    ratings = session.get("ratings") or {}
    extra = {k: v for k, v in session.items() if k not in _KNOWN_TOP_LEVEL}
    return [
        *(_cell(session.get(name)) for name in _SIMPLE),
        *(_cell(breathing.get(name)) for name in _BREATHING),
        ";".join(session.get("ambient") or []),
        *(_cell(ratings.get(name)) for name in RATINGS),
        _cell(session.get("skin")),
        _cell(session.get("note")),
        json_codec.dumps(extra).decode() if extra else "",
    ]


def _neutralised(cell: str) -> str:
    """The cell as a spreadsheet must show it: as text, never as a formula (OWASP's advice).

    A quote goes before a formula start, and before a quote too, so that ``_restored``
    can undo exactly this and a note that really starts with a quote comes back whole.
    """
    return "'" + cell if cell.startswith(_QUOTED_STARTS) else cell


def _restored(cell: str) -> str:
    """The cell as it was before ``_neutralised``; other cells are left as they are."""
    return cell[1:] if cell.startswith("'") and cell[1:].startswith(_QUOTED_STARTS) else cell


def to_csv(sessions: list[Session]) -> str:
    """The sessions as CSV text with a header row, no cell readable as a formula."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(COLUMNS)
    for session in sessions:
        writer.writerow([_neutralised(cell) for cell in session_row(session)])
    return out.getvalue()


def _number(value: str, column: str) -> int | float:
    try:
        return int(value)
    except ValueError:
        pass
    try:
        return float(value)
    except ValueError:
        raise InvalidSessionError(
            text("{column} must be a number, not {value}", column=column, value=repr(value))
        ) from None


def _whole(value: str, column: str) -> int:
    try:
        return int(value)
    except ValueError:
        raise InvalidSessionError(
            text("{column} must be a whole number, not {value}", column=column, value=repr(value))
        ) from None


def _boolean(value: str, column: str) -> bool:
    lowered = value.strip().lower()
    if lowered in ("true", "yes", "1"):
        return True
    if lowered in ("false", "no", "0"):
        return False
    raise InvalidSessionError(
        text("{column} must be true or false, not {value}", column=column, value=repr(value))
    )


def row_session(row: dict[str, str]) -> Session:
    """Build and validate a session from one CSV row (cells by column name).

    Columns this version does not know are kept as top-level fields, as text.
    """
    session: Session = {
        name: cell for name, cell in row.items() if name not in _COLUMN_SET and cell
    }
    for name in _SIMPLE:
        cell = row.get(name) or ""
        if not cell:
            continue
        if name in _NUMERIC:
            session[name] = _number(cell.strip(), name)
        elif name == "completed":
            session[name] = _boolean(cell, name)
        elif name in _FREE_TEXT:
            session[name] = sys.intern(cell)
        elif name == "stage":
            session[name] = sys.intern(cell.strip())
        elif name == "id":  # taken whole, as in JSON: " <uuid>" or "<uuid>\n" is no id
            session[name] = cell if cell.strip() else ""
        else:
            session[name] = cell.strip()
    if not session.get("id"):
        session["id"] = derived_id(session.get("started_at"))
    if "completed" not in session:
        planned, actual = session.get("planned_seconds"), session.get("actual_seconds")
        session["completed"] = planned is not None and actual is not None and actual >= planned
    breathing: dict[str, Any] = {}
    for name in _BREATHING:
        cell = (row.get(f"breathing_{name}") or "").strip()
        if cell:
            column = f"breathing_{name}"
            breathing[name] = cell if name == "preset" else _number(cell, column)
    if breathing:
        session["breathing"] = breathing
    ambient = (row.get("ambient") or "").strip()
    if ambient:
        session["ambient"] = [part.strip() for part in ambient.split(";") if part.strip()]
    ratings = {
        name: _whole(cell, name) for name in RATINGS if (cell := (row.get(name) or "").strip())
    }
    if ratings:
        session["ratings"] = ratings
    skin = (row.get("skin") or "").strip()
    if skin:
        session["skin"] = sys.intern(skin)
    if row.get("note"):
        session["note"] = row["note"]
    extra_text = (row.get("extra") or "").strip()
    if extra_text:
        try:
            extra = json_codec.loads(extra_text.encode("utf-8", "surrogatepass"))
        except json_codec.JSONError:
            raise InvalidSessionError(text("extra must be a JSON object")) from None
        if not isinstance(extra, dict):
            raise InvalidSessionError(text("extra must be a JSON object"))
        session = {**extra, **session}
    validate_session(session)
    return session


def _header(first: list[str] | None, line: int) -> list[str]:
    """The column names from the first row (on ``line``), or why the file is not our CSV."""
    if first is None:
        raise InvalidSessionError(text("it is empty"))
    header = [name.strip() for name in first]
    if header and header[0].startswith(("\udcff\udcfe", "\udcfe\udcff")):
        raise InvalidSessionError(text("it is UTF-16 text; save it as CSV in UTF-8"))
    if not _is_utf8(first):
        raise InvalidSessionError(text("line {line} is not UTF-8 text", line=line))
    repeated = sorted({name for name in header if name and header.count(name) > 1})
    if repeated:
        raise InvalidSessionError(
            text("the column {columns} appears twice in the header", columns=", ".join(repeated))
        )
    missing = [name for name in REQUIRED_COLUMNS if name not in header]
    if not missing:
        return header
    commas = len(header) - 1  # the first row is never empty
    for delimiter, name in _DELIMITERS:
        if sum(cell.count(delimiter) for cell in header) > commas:
            raise InvalidSessionError(
                text(
                    "its columns are separated by {delimiter}, not commas; save it as CSV "
                    "with commas",
                    delimiter=name,
                )
            )
    raise InvalidSessionError(
        text("the CSV header has no column {columns}", columns=", ".join(missing))
    )


def _is_utf8(cells: list[str]) -> bool:
    """Bytes that are not UTF-8 arrive as lone surrogates (``surrogateescape``)."""
    try:
        "".join(cells).encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _cells(header: list[str], cells: list[str]) -> dict[str, str]:
    """A row's cells by column name, quotes against formulas taken off.

    A short row has empty cells at its end; cells beyond the header (or under a
    column without a name) must be empty.
    """
    if any(cells[len(header) :]) or any(c for n, c in zip(header, cells, strict=False) if not n):
        raise InvalidSessionError(text("the row has more cells than the header"))
    return {name: _restored(cell) for name, cell in zip(header, cells, strict=False) if name}


def read_csv(lines: Iterable[str]) -> Iterator[tuple[int, Session | Text]]:
    """Read CSV text one row at a time: each session, or its problem, with its first line.

    The lines come from a file opened with ``newline=""`` and ``errors="surrogateescape"``.
    A row whose id (given, or derived from its start) was already read is a problem,
    as a repeated id is in a JSON file.

    Raises:
        InvalidSessionError: the file as a whole is unusable (empty, not UTF-8, another
            delimiter, a header without a required column, or not CSV at some line).
    """
    _allow_long_cells()
    reader = csv.reader(lines)
    line = 1
    try:
        header = _header(next((row for row in reader if any(row)), None), reader.line_num)
        seen: set[str] = set()
        line = reader.line_num + 1
        for cells in reader:
            if not _is_utf8(cells):
                raise InvalidSessionError(text("line {line} is not UTF-8 text", line=line))
            if any(cells):
                yield line, _located_session(header, cells, seen)
            line = reader.line_num + 1
    except csv.Error:
        raise InvalidSessionError(text("line {line} is not valid CSV", line=line)) from None


def _located_session(header: list[str], cells: list[str], seen: set[str]) -> Session | Text:
    try:
        session = row_session(_cells(header, cells))
    except InvalidSessionError as problem:
        return problem.text
    if session["id"] in seen:
        return text(
            "it repeats an earlier row (the same id, or the same start where there is no id)"
        )
    seen.add(session["id"])
    return session


def _allow_long_cells() -> None:
    """Let a cell be as long as a note can be (the csv module stops at 128 KiB by default).

    The limit is process-wide; raising it only ever lets more files be read.
    """
    if csv.field_size_limit() < _LONGEST_CELL:
        csv.field_size_limit(_LONGEST_CELL)
