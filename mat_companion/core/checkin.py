"""How the session felt: the check-in before and after, and what goes into the history."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from mat_companion.core.history_schema import RATINGS, Session, validate_session
from mat_companion.core.session import SessionPlan


def recorded_seconds(seconds: float) -> int:
    """Whole seconds, as the history record keeps a session's time (never below zero)."""
    return max(0, round(seconds))


@dataclass
class CheckIn:
    """Ratings on the scales of DOMAIN.md; every answer is optional."""

    pain_before: int | None = None
    stress_before: int | None = None
    pain_after: int | None = None
    stress_after: int | None = None
    comfort: int | None = None
    skin: str | None = None
    note: str = ""

    def __post_init__(self) -> None:
        for name, (low, high) in RATINGS.items():
            value = getattr(self, name, None)
            if value is not None and not low <= value <= high:
                raise ValueError(f"{name} must be from {low} to {high}, not {value}")

    def ratings(self) -> dict[str, int]:
        """The answered ratings, for the history record."""
        values = {name: getattr(self, name, None) for name in RATINGS}
        return {name: value for name, value in values.items() if value is not None}


def session_record(
    plan: SessionPlan,
    *,
    started_at: datetime,
    ended_at: datetime,
    mat_seconds: float,
    planned_seconds: float | None,
    completed: bool,
    checkin: CheckIn,
    session_id: str | None = None,
) -> Session:
    """A validated history record for one session."""
    record: Session = {
        "id": session_id or str(uuid.uuid4()),
        "started_at": started_at.isoformat(timespec="seconds"),
        "ended_at": ended_at.isoformat(timespec="seconds"),
        "planned_seconds": None if planned_seconds is None else round(planned_seconds),
        "actual_seconds": recorded_seconds(mat_seconds),
        "completed": completed,
        "stage": plan.stage,
        "position": plan.position,
        "surface": plan.surface,
        "layer": plan.layer,
        "breathing": plan.breathing,
        "ambient": list(plan.ambient),
        "ratings": checkin.ratings() or None,
        "skin": checkin.skin,
        "note": checkin.note or None,
    }
    record = {key: value for key, value in record.items() if value is not None}
    validate_session(record)
    return record
