"""Upgrades of older history documents to the current schema, one version at a time."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from mat_companion.core.history_schema import (
    InvalidSessionError,
    derived_id,
    last_changed,
    parse_timestamp,
)

Document = dict[str, Any]
Migration = Callable[[Document], Document]


def _from_0(document: Document) -> Document:
    """Version 0: a hand-made file without ``schema_version``.

    People build their first history by hand or from a spreadsheet, following
    the README's example but leaving out the version, the ids or ``completed``.
    Sessions get an id derived from their start where they have none (so loading
    or importing the same file twice gives the same ids), and ``completed`` is inferred
    from the times where it is missing.
    """
    sessions = []
    for session in document.get("sessions", []):
        if isinstance(session, dict):
            session = dict(session)
            if session.get("id") in (None, ""):
                session["id"] = derived_id(session.get("started_at"))
            if "completed" not in session:
                planned, actual = session.get("planned_seconds"), session.get("actual_seconds")
                session["completed"] = (
                    isinstance(planned, int | float)
                    and isinstance(actual, int | float)
                    and actual >= planned
                )
        sessions.append(session)
    return {**document, "schema_version": 1, "sessions": sessions}


def _from_1(document: Document) -> Document:
    """Version 1 knew neither when a session was last changed nor what was deleted.

    Each session gets ``changed_at`` from the best known: its end, else its start
    (a field of that name another tool left is kept if it is a time with an offset).
    A ``deleted`` list another tool may have put beside the sessions is replaced by
    an empty one: a field version 1 never read must not start deleting sessions.
    The original file is kept aside by the store before it is rewritten.
    """
    sessions = []
    for session in document.get("sessions", []):
        if isinstance(session, dict):
            session = {**session, "changed_at": _known_change(session)}
        sessions.append(session)
    return {**document, "schema_version": 2, "sessions": sessions, "deleted": []}


def _known_change(session: Document) -> object:
    kept = session.get("changed_at")
    try:
        parse_timestamp(kept, "changed_at")
    except InvalidSessionError:
        return last_changed({**session, "changed_at": None})
    return kept


MIGRATIONS: Mapping[int, Migration] = {0: _from_0, 1: _from_1}


def migrate(
    document: Document, version: int, target: int, migrations: Mapping[int, Migration] = MIGRATIONS
) -> Document:
    """Apply the migrations from ``version`` up to ``target`` in order.

    Raises:
        KeyError: a step in between has no migration.
    """
    for step in range(version, target):
        document = migrations[step](document)
        document["schema_version"] = step + 1
    return document
