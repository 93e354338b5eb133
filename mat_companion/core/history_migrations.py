"""Upgrades of older history documents to the current schema, one version at a time."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from mat_companion.core.history_schema import derived_id

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
                numbers = all(isinstance(v, int | float) for v in (planned, actual))
                session["completed"] = bool(numbers and actual >= planned)  # type: ignore[operator]
        sessions.append(session)
    return {**document, "schema_version": 1, "sessions": sessions}


MIGRATIONS: Mapping[int, Migration] = {0: _from_0}


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
