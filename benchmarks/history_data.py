"""Synthetic histories for the benchmarks: about 30 years of daily sessions."""

from __future__ import annotations

import random
import uuid
from datetime import datetime, timedelta, timezone

from mat_companion.core.history_schema import Session
from tests.factories import make_session

STAGES = ("beginner", "intermediate", "advanced", "feet")


def random_session(rng: random.Random, started: datetime) -> Session:
    """One realistic, valid session record: the tests' record with its numbers drawn."""
    planned = rng.choice((600, 900, 1200, 1800, 2700))
    actual = planned + rng.randint(-120, 60)
    return make_session(
        id=str(uuid.UUID(int=rng.getrandbits(128), version=4)),
        started_at=started.isoformat(timespec="seconds"),
        ended_at=(started + timedelta(seconds=actual)).isoformat(timespec="seconds"),
        planned_seconds=planned,
        actual_seconds=actual,
        completed=actual >= planned,
        stage=rng.choice(STAGES),
        surface=rng.choice(("sofa", "bed", "floor")),
        layer=rng.choice(("shirt", "bare")),
        ratings={
            "pain_before": rng.randint(0, 10),
            "pain_after": rng.randint(0, 10),
            "stress_before": rng.randint(0, 10),
            "stress_after": rng.randint(0, 10),
            "comfort": rng.randint(1, 5),
        },
        note="felt warm after a few minutes",
    )


def make_sessions(count: int, seed: int = 7) -> list[Session]:
    """``count`` daily sessions ending today."""
    rng = random.Random(seed)
    zone = timezone(timedelta(hours=1))
    first = datetime(2026, 11, 20, 21, 5, tzinfo=zone) - timedelta(days=count)
    return [random_session(rng, first + timedelta(days=day)) for day in range(count)]
