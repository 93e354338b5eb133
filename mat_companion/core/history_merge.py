"""Merging copies of one history so that no copy's sessions or deletions are lost.

Two computers sharing a history through a sync tool each change their own copy.
Every session records when it was last changed and every deletion when it was
made, so for each id the newest of all the records any copy holds wins: a
session edited later than another copy's version replaces it, a deletion removes
every version changed before it (or at the same moment: the user's last word was
to delete), and a session changed after a deletion comes back with the deletion
forgotten. Ties between different records of the same moment go to the larger
JSON with sorted keys, so the outcome never depends on which copy is read first.

Because each id keeps the maximum of a total order, merging is commutative,
associative and idempotent: copies merged in any order and grouping agree, and
merging a copy with itself changes nothing.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import IntEnum
from typing import Any, Final

import orjson

from mat_companion.core.history_schema import (
    TOMBSTONE_DAYS,
    InvalidSessionError,
    Session,
    Tombstone,
    last_changed,
    validate_tombstone,
)
from mat_companion.core.texts import Text, text


class _Kind(IntEnum):
    """What a record of an id is; a session loses a tie with a deletion of the same moment."""

    SESSION = 0
    DELETION = 1


@dataclass(frozen=True)
class HistoryCopy:
    """The sessions and deletions of one copy of the history (validated records)."""

    sessions: Sequence[Session] = ()
    deleted: Sequence[Tombstone] = ()


@dataclass(slots=True)
class _Entry:
    """One copy's record of an id, ordered by its time, then kind, then canonical JSON."""

    moment: datetime
    kind: _Kind
    record: dict[str, Any]

    def beats(self, other: _Entry) -> bool:
        if (self.moment, self.kind) != (other.moment, other.kind):
            return (self.moment, self.kind) > (other.moment, other.kind)
        return _canonical(self.record) > _canonical(other.record)


def _canonical(record: dict[str, Any]) -> tuple[bytes, bytes]:
    """The record's JSON with sorted keys, then as written: equal only for identical bytes.

    Python's equality would not do: it takes ``900`` for ``900.0`` and ``true`` for
    ``1``, which another tool may write differently and the files would then differ.
    """
    try:
        return orjson.dumps(record, option=orjson.OPT_SORT_KEYS), orjson.dumps(record)
    except TypeError:  # an integer beyond 64 bits or a lone surrogate: the standard library
        return (
            json.dumps(record, sort_keys=True, separators=(",", ":")).encode(),
            json.dumps(record, separators=(",", ":")).encode(),
        )


def merge(*copies: HistoryCopy) -> HistoryCopy:
    """The one history every copy agrees on: per id, the newest session or deletion.

    Sessions come out in order of their start (then id) and deletions in order of
    their time (then id), so equal merges give equal files whatever the order of
    the copies, and sync tools see nothing to sync.
    """
    newest: dict[str, _Entry] = {}
    for copy in copies:
        for session in copy.sessions:
            _offer(newest, _Entry(_instant(last_changed(session)), _Kind.SESSION, session))
        for tombstone in copy.deleted:
            _offer(newest, _Entry(_instant(tombstone["deleted_at"]), _Kind.DELETION, tombstone))
    sessions = [e.record for e in newest.values() if e.kind is _Kind.SESSION]
    deleted = [e.record for e in newest.values() if e.kind is _Kind.DELETION]
    sessions.sort(key=lambda s: (_instant(s["started_at"]), s["id"]))
    deleted.sort(key=lambda t: (_instant(t["deleted_at"]), t["id"]))
    return HistoryCopy(sessions, deleted)


def _offer(newest: dict[str, _Entry], entry: _Entry) -> None:
    record_id = entry.record["id"]
    held = newest.get(record_id)
    if held is None or entry.beats(held):
        newest[record_id] = entry


def _instant(moment: str) -> datetime:
    return datetime.fromisoformat(moment)


def deletions(session_ids: Iterable[str], moment: datetime) -> list[Tombstone]:
    """The deletion records for ``session_ids`` made at ``moment`` (a time with its offset)."""
    stamp = moment.isoformat()
    return [{"id": session_id, "deleted_at": stamp} for session_id in sorted(set(session_ids))]


def prune_deletions(
    deleted: Iterable[Tombstone], now: datetime, *, keep_days: int = TOMBSTONE_DAYS
) -> list[Tombstone]:
    """The deletions made less than ``keep_days`` before ``now``; older ones are forgotten.

    A copy that has not been merged for longer than that may bring a session it
    deleted back: the cost of forgetting is a session shown again, never one lost.
    """
    oldest = now - timedelta(days=keep_days)
    return [t for t in deleted if _instant(t["deleted_at"]) >= oldest]


def read_deletions(value: Any) -> tuple[list[Tombstone], list[tuple[int, Text]]]:
    """The valid deletion records of a document's ``deleted`` list, and the problems of the rest.

    A missing list is no deletions. An invalid record is left out rather than
    failing the file: the worst it can do is let a deleted session be shown again.
    """
    if value is None:
        return [], []
    if type(value) is not list:
        return [], [(0, text("deleted must be a list of deletions"))]
    valid: list[Tombstone] = []
    problems: list[tuple[int, Text]] = []
    for index, tombstone in enumerate(value):
        try:
            validate_tombstone(tombstone)
        except InvalidSessionError as problem:
            problems.append((index, problem.text))
            continue
        valid.append(tombstone)
    return valid, problems


#: What identifies a record rather than says something about the session.
_BOOKKEEPING: Final = frozenset({"id", "changed_at"})


def fresh_sessions(incoming: list[Session], present: Sequence[Session]) -> list[Session]:
    """The incoming sessions the history lacks: by id, and not identical but for the id.

    Of sessions sharing an id the first is taken, as an import reads them.

    A copy that lost its ids (an export with the id column deleted, a hand-made file
    of sessions already imported) adds nothing twice. Only sessions that start at the
    same moment and an unknown id are compared, so a re-import costs little more than
    the ids.
    """
    ids = {session["id"] for session in present}
    first_of_id: dict[str, Session] = {}
    for session in incoming:
        if session["id"] not in ids:
            first_of_id.setdefault(session["id"], session)
    unknown = list(first_of_id.values())
    starts = {session["started_at"] for session in unknown}
    same_start: dict[str, list[dict[str, Any]]] = {}
    for session in present:
        if session["started_at"] in starts:
            same_start.setdefault(session["started_at"], []).append(_but_the_id(session))

    def is_new(session: Session) -> bool:
        twins = same_start.get(session["started_at"])
        return not twins or _but_the_id(session) not in twins

    return [session for session in unknown if is_new(session)]


def _but_the_id(session: Session) -> dict[str, Any]:
    """What a session says: not its id or change time, nor the empty fields a CSV drops.

    A copy that lost its ids was stamped with another change time when it was read
    (a hand-made file is upgraded as changed when the session ended), yet is a twin.
    """
    return {
        k: v for k, v in session.items() if k not in _BOOKKEEPING and v not in (None, "", [], {})
    }
