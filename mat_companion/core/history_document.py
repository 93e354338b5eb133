"""Reading and writing the ``history.json`` document as bytes, with no file access.

Parsing is strict (no NaN, no duplicate ids, every session validated) but
forgiving where it can be: a few bad sessions are skipped and counted, not a
reason to throw the whole history away.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from mat_companion.core.history_migrations import migrate
from mat_companion.core.history_schema import (
    SCHEMA_VERSION,
    InvalidSessionError,
    Session,
    validate_session,
)


class UnusableHistoryError(ValueError):
    """The bytes are not a history document at all; the message says why, briefly."""


class NewerHistoryError(ValueError):
    """The document was written by a newer version of the app."""

    def __init__(self, version: int) -> None:
        super().__init__(f"schema version {version}")
        self.version = version


@dataclass
class ParsedHistory:
    """A parsed document: its valid sessions, what was skipped, and where it came from."""

    sessions: list[Session]
    skipped: list[tuple[int, str]] = field(default_factory=list)
    version: int = SCHEMA_VERSION
    extra: dict[str, Any] = field(default_factory=dict)


def _reject_constant(name: str) -> None:
    raise ValueError(f"{name} is not a number JSON allows")


def _load_json(raw: bytes) -> Any:
    try:
        return json.loads(raw, parse_constant=_reject_constant)
    except UnicodeDecodeError:
        raise UnusableHistoryError("it is not UTF-8 text") from None
    except RecursionError:
        raise UnusableHistoryError("it is nested too deeply") from None
    except ValueError as error:
        raise UnusableHistoryError(f"it is not valid JSON: {error}") from None


def parse_history(raw: bytes) -> ParsedHistory:
    """Parse and validate a history document, migrating older versions.

    Raises:
        UnusableHistoryError: not JSON, or not shaped like a history.
        NewerHistoryError: a ``schema_version`` newer than this app knows.
    """
    document = _load_json(raw)
    if not isinstance(document, dict):
        raise UnusableHistoryError("it is not a history document (no sessions object)")
    version = document.get("schema_version", 0)
    if not isinstance(version, int) or isinstance(version, bool) or version < 0:
        raise UnusableHistoryError("its schema_version is not a version number")
    if version > SCHEMA_VERSION:
        raise NewerHistoryError(version)
    if not isinstance(document.get("sessions"), list):
        raise UnusableHistoryError("it has no list of sessions")
    if version < SCHEMA_VERSION:
        document = migrate(document, version, SCHEMA_VERSION)
    sessions: list[Session] = []
    skipped: list[tuple[int, str]] = []
    seen: set[str] = set()
    for index, session in enumerate(document["sessions"]):
        try:
            validate_session(session)
        except InvalidSessionError as problem:
            skipped.append((index, str(problem)))
            continue
        if session["id"] in seen:
            skipped.append((index, "the same id appears twice"))
            continue
        seen.add(session["id"])
        sessions.append(session)
    extra = {k: v for k, v in document.items() if k not in ("schema_version", "sessions")}
    return ParsedHistory(sessions, skipped, version, extra)


def serialise_history(sessions: list[Session], extra: dict[str, Any] | None = None) -> bytes:
    """The document's bytes: one session a line, so the file reads and diffs well."""
    head = json.dumps({"schema_version": SCHEMA_VERSION, **(extra or {})})[:-1]
    lines = ",\n".join(json.dumps(session) for session in sessions)
    body = f'{head}, "sessions": [\n{lines}\n]}}\n' if sessions else f'{head}, "sessions": []}}\n'
    return body.encode("utf-8")
