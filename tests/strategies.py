"""Hypothesis strategies for session records and broken history documents."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

from hypothesis import strategies as st

from mat_companion.core.history_schema import RATINGS, SKIN_ANSWERS

text = st.text(max_size=30)
zones = st.integers(-12 * 60, 14 * 60).map(lambda minutes: timezone(timedelta(minutes=minutes)))
moments = st.datetimes(
    min_value=datetime(2000, 1, 1), max_value=datetime(2100, 1, 1), timezones=zones
)
seconds = st.integers(0, 86400) | st.floats(0, 86400, allow_nan=False).map(lambda f: round(f, 1))
optional = st.none


@st.composite
def sessions(draw: st.DrawFn) -> dict[str, Any]:
    started = draw(moments)
    actual = draw(st.integers(0, 7200))
    session: dict[str, Any] = {
        "id": str(uuid.UUID(int=draw(st.integers(0, 2**128 - 1)), version=4)),
        "started_at": started.isoformat(),
        "ended_at": draw(optional() | st.just((started + timedelta(seconds=actual)).isoformat())),
        "planned_seconds": draw(optional() | seconds),
        "actual_seconds": actual,
        "completed": draw(st.booleans()),
        "stage": draw(st.sampled_from(["beginner", "intermediate", "advanced", "feet"])),
    }
    for name in ("position", "surface", "layer", "note"):
        if draw(st.booleans()):
            session[name] = draw(text)
    if draw(st.booleans()):
        session["skin"] = draw(st.sampled_from(SKIN_ANSWERS))
    if draw(st.booleans()):
        session["ambient"] = draw(
            st.lists(text.filter(lambda t: ";" not in t and t.strip() == t and t), max_size=3)
        )
    if draw(st.booleans()):
        session["ratings"] = {
            name: draw(st.integers(low, high))
            for name, (low, high) in RATINGS.items()
            if draw(st.booleans())
        }
    if draw(st.booleans()):
        session["breathing"] = {
            "preset": draw(st.sampled_from(["resonance", "box", "custom"])),
            "inhale": draw(st.integers(1, 40)) / 2,
            "hold_in": draw(st.integers(0, 40)) / 2,
            "exhale": draw(st.integers(1, 40)) / 2,
            "hold_out": draw(st.integers(0, 40)) / 2,
        }
    if draw(st.booleans()):
        session["x_" + draw(st.text("abcdef", min_size=1, max_size=5))] = draw(
            st.integers() | text | st.lists(st.integers(), max_size=3)
        )
    return session


json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | text,
    lambda children: st.lists(children, max_size=4) | st.dictionaries(text, children, max_size=4),
    max_leaves=20,
)


@st.composite
def broken_documents(draw: st.DrawFn) -> Any:
    """Documents shaped roughly like a history, with any part possibly wrong."""
    good = draw(st.lists(sessions(), max_size=4))
    damaged = []
    for session in good:
        if draw(st.booleans()):
            key = draw(st.sampled_from(sorted(session)))
            session = {**session, key: draw(json_values)}
        damaged.append(session)
    damaged += draw(st.lists(json_values, max_size=2))
    document: Any = {
        "schema_version": draw(st.sampled_from([0, 1, 1, 1, 2, "1", None])),
        "sessions": damaged,
    }
    return draw(st.sampled_from([document, damaged, {"sessions": draw(json_values)}]))


def utc_now() -> datetime:
    return datetime.now(UTC)
