"""Reading and writing the ``history.json`` document as bytes, with no file access.

Parsing is strict (no NaN, no duplicate ids, every session validated) but
forgiving where it can be: a few bad sessions are skipped and counted, not a
reason to throw the whole history away.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from mat_companion.core import json_codec
from mat_companion.core.history_merge import read_deletions
from mat_companion.core.history_migrations import migrate
from mat_companion.core.history_schema import (
    SCHEMA_VERSION,
    InvalidSessionError,
    Session,
    Tombstone,
    validate_session,
)
from mat_companion.core.texts import Text, TextError, text

#: Each session is written on its own, as deep as the codec writes, two levels down
#: (the document and its list): so a session the store accepted always reads back.
DOCUMENT_DEPTH = json_codec.MAX_DEPTH + 2


class UnusableHistoryError(TextError):
    """The bytes are not a history document at all; the message says why, briefly."""


class NotJSONError(UnusableHistoryError):
    """The bytes are not JSON as a whole (cut short, padded, one bad token): worth a salvage."""


class NewerHistoryError(ValueError):
    """The document was written by a newer version of the app."""

    def __init__(self, version: int) -> None:
        super().__init__(f"schema version {version}")
        self.version = version


@dataclass
class ParsedHistory:
    """A parsed document: its valid sessions and deletions, what was skipped, where it came from."""

    sessions: list[Session]
    skipped: list[tuple[int, Text]] = field(default_factory=list)
    version: int = SCHEMA_VERSION
    extra: dict[str, Any] = field(default_factory=dict)
    deleted: list[Tombstone] = field(default_factory=list)
    #: The deletion records left out, by index in ``deleted``, with their problem.
    skipped_deletions: list[tuple[int, Text]] = field(default_factory=list)
    #: Read record by record from bytes that are not JSON as a whole (see history_salvage).
    salvaged: bool = False


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while building acyclic JSON data.

    A parse allocates tens of thousands of containers, which would trigger
    full collections that traverse everything else the app holds, for nothing:
    JSON values cannot form cycles.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def parse_history(raw: bytes) -> ParsedHistory:
    """Parse and validate a history document, migrating older versions.

    Raises:
        NotJSONError: the bytes are not JSON.
        UnusableHistoryError: not shaped like a history (or nested too deeply to write back).
        NewerHistoryError: a ``schema_version`` newer than this app knows.
    """
    try:
        with collector_paused():
            document = json_codec.loads(raw, max_depth=DOCUMENT_DEPTH)
    except json_codec.TooDeepError as reason:
        raise UnusableHistoryError(text("{problem}", problem=str(reason))) from None
    except json_codec.JSONError as reason:
        raise NotJSONError(text("{problem}", problem=str(reason))) from None
    return read_document(document)


def read_document(document: Any) -> ParsedHistory:
    """Validate a parsed document and its sessions and deletions, migrating older versions.

    Raises:
        UnusableHistoryError: not shaped like a history.
        NewerHistoryError: a ``schema_version`` newer than this app knows.
    """
    if not isinstance(document, dict):
        raise UnusableHistoryError(text("it is not a history document (no sessions object)"))
    version = document.get("schema_version", 0)
    if not isinstance(version, int) or isinstance(version, bool) or version < 0:
        raise UnusableHistoryError(text("its schema_version is not a version number"))
    if version > SCHEMA_VERSION:
        raise NewerHistoryError(version)
    if not isinstance(document.get("sessions"), list):
        raise UnusableHistoryError(text("it has no list of sessions"))
    if version < SCHEMA_VERSION:
        document = migrate(document, version, SCHEMA_VERSION)
    sessions: list[Session] = []
    skipped: list[tuple[int, Text]] = []
    seen: set[str] = set()
    for index, session in enumerate(document["sessions"]):
        try:
            validate_session(session)
        except InvalidSessionError as problem:
            skipped.append((index, problem.text))
            continue
        if session["id"] in seen:
            skipped.append((index, text("the same id appears twice")))
            continue
        seen.add(session["id"])
        sessions.append(session)
    deleted, skipped_deletions = read_deletions(document.get("deleted"))
    extra = {k: v for k, v in document.items() if k not in _OWN_KEYS}
    return ParsedHistory(sessions, skipped, version, extra, deleted, skipped_deletions)


_OWN_KEYS = frozenset({"schema_version", "sessions", "deleted"})


def serialise_history(
    sessions: Sequence[Session],
    extra: dict[str, Any] | None = None,
    deleted: Sequence[Tombstone] = (),
) -> bytes:
    """The document's bytes: one session or deletion a line, so the file reads and diffs well.

    Each line is appended to one buffer and dropped at once: orjson gives every
    result a 4 KiB block, so a list of a million lines would hold 4 GB.
    """
    # The document's own keys come from the arguments: a stray one in ``extra`` would repeat.
    kept = {k: v for k, v in (extra or {}).items() if k not in _OWN_KEYS}
    out = bytearray(json_codec.dumps({"schema_version": SCHEMA_VERSION, **kept})[:-1])
    _append_list(out, b"sessions", sessions)
    _append_list(out, b"deleted", deleted)
    out += b"}\n"
    return bytes(out)


def _append_list(out: bytearray, key: bytes, records: Sequence[dict[str, Any]]) -> None:
    if not records:
        out += b',"' + key + b'":[]'
        return
    out += b',"' + key + b'":[\n'
    separator = b""
    for record in records:
        out += separator
        out += json_codec.dumps(record)
        separator = b",\n"
    out += b"\n]"
