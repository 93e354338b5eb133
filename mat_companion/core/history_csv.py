"""The history as CSV, for spreadsheets: one session a row, the known fields as columns.

Top-level fields this version does not know travel in the ``extra`` column as
JSON. CSV written here imports back to the same sessions; a hand-made CSV may
leave ``id`` and ``completed`` empty (an id is made, ``completed`` is inferred).
"""

from __future__ import annotations

import csv
import io
import json
import uuid
from typing import Any, Final

from mat_companion.core.history_schema import (
    RATINGS,
    InvalidSessionError,
    Session,
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
_FREE_TEXT: Final = frozenset(("position", "surface", "layer"))
_KNOWN_TOP_LEVEL: Final = frozenset((*_SIMPLE, "breathing", "ambient", "ratings", "skin", "note"))
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
        json.dumps(extra) if extra else "",
    ]


def to_csv(sessions: list[Session]) -> str:
    """The sessions as CSV text with a header row."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(COLUMNS)
    writer.writerows(session_row(session) for session in sessions)
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
    """Build and validate a session from one CSV row (a ``csv.DictReader`` row)."""
    session: Session = {}
    for name in _SIMPLE:
        cell = row.get(name) or ""
        if not cell:
            continue
        if name in _NUMERIC:
            session[name] = _number(cell.strip(), name)
        elif name == "completed":
            session[name] = _boolean(cell, name)
        else:
            session[name] = cell if name in _FREE_TEXT else cell.strip()
    session.setdefault("id", str(uuid.uuid4()))
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
        session["skin"] = skin
    if row.get("note"):
        session["note"] = row["note"]
    extra_text = (row.get("extra") or "").strip()
    if extra_text:
        try:
            extra = json.loads(extra_text)
        except ValueError:
            raise InvalidSessionError(text("extra must be a JSON object")) from None
        if not isinstance(extra, dict):
            raise InvalidSessionError(text("extra must be a JSON object"))
        session = {**extra, **session}
    validate_session(session)
    return session


def from_csv(document: str) -> tuple[list[Session], list[tuple[int, Text]]]:
    """Parse CSV text; return the valid sessions and ``(line, problem)`` for the others.

    Raises:
        InvalidSessionError: the header lacks a required column (the whole file is unusable).
    """
    reader = csv.DictReader(io.StringIO(document, newline=""))
    header = reader.fieldnames or []
    missing = [name for name in REQUIRED_COLUMNS if name not in header]
    if missing:
        raise InvalidSessionError(
            text("the CSV header has no column {columns}", columns=", ".join(missing))
        )
    sessions: list[Session] = []
    problems: list[tuple[int, Text]] = []
    line = reader.line_num + 1
    for row in reader:
        if None in row:
            problems.append((line, text("the row has more cells than the header")))
        else:
            try:
                sessions.append(row_session(row))
            except InvalidSessionError as problem:
                problems.append((line, problem.text))
        line = reader.line_num + 1
    return sessions, problems
