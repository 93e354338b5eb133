"""Valid session records for tests and benchmarks, with any field overridden."""

from __future__ import annotations

import uuid
from typing import Any

from mat_companion.core.history_schema import Session


def make_session(**overrides: Any) -> Session:
    """A complete, valid record (every field the app writes), with ``overrides`` applied."""
    session: Session = {
        "id": str(uuid.uuid4()),
        "started_at": "2026-11-20T21:05:00+01:00",
        "ended_at": "2026-11-20T21:20:12+01:00",
        "planned_seconds": 900,
        "actual_seconds": 912,
        "completed": True,
        "stage": "beginner",
        "position": "back",
        "surface": "sofa",
        "layer": "shirt",
        "breathing": {
            "preset": "resonance",
            "inhale": 5.5,
            "hold_in": 0,
            "exhale": 5.5,
            "hold_out": 0,
        },
        "ambient": ["rain"],
        "ratings": {
            "pain_before": 4,
            "pain_after": 2,
            "stress_before": 6,
            "stress_after": 3,
            "comfort": 4,
        },
        "skin": "redness_faded",
        "note": "free text",
    }
    session.update(overrides)
    return session
