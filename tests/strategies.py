"""Hypothesis strategies for session records, copies of a history, and broken documents."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

from hypothesis import strategies as st

from mat_companion.core.history_merge import HistoryCopy, merge
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
        "schema_version": draw(st.sampled_from([0, 1, 2, 2, 2, 3, "1", None])),
        "sessions": damaged,
    }
    return draw(st.sampled_from([document, damaged, {"sessions": draw(json_values)}]))


def utc_now() -> datetime:
    return datetime.now(UTC)


#: The ids copies of one history share, few enough that copies often hold the same one.
shared_ids = [str(uuid.UUID(int=number, version=4)) for number in range(1, 7)]
_EPOCH = datetime(2026, 12, 1, 8, tzinfo=UTC)


def change_times(first_hour: int = 0, last_hour: int = 6) -> st.SearchStrategy[str]:
    """Whole hours after a fixed moment, each written in any zone: copies often tie."""
    return st.builds(
        lambda hour, zone: (_EPOCH + timedelta(hours=hour)).astimezone(zone).isoformat(),
        st.integers(first_hour, last_hour),
        zones,
    )


@st.composite
def changed_sessions(
    draw: st.DrawFn,
    ids: st.SearchStrategy[str] | None = None,
    when: st.SearchStrategy[str] | None = None,
) -> dict[str, Any]:
    """A session of version 2, with ``changed_at`` (now and then without, as other tools write)."""
    session = draw(sessions())
    if ids is not None:
        session["id"] = draw(ids)
    if draw(st.integers(0, 9)):
        session["changed_at"] = draw(change_times() if when is None else when)
    return session


def tombstones(ids: st.SearchStrategy[str]) -> st.SearchStrategy[dict[str, Any]]:
    return st.fixed_dictionaries({"id": ids, "deleted_at": change_times()})


@st.composite
def random_copies(draw: st.DrawFn) -> HistoryCopy:
    """Any copy: sessions and deletions of a few shared ids at a few shared times."""
    pool = st.sampled_from(shared_ids)
    return HistoryCopy(
        draw(st.lists(changed_sessions(pool), max_size=5, unique_by=lambda s: s["id"])),
        draw(st.lists(tombstones(pool), max_size=3)),
    )


@st.composite
def related_copies(draw: st.DrawFn, count: int) -> list[HistoryCopy]:
    """``count`` copies of one saved history, each then edited on its own computer.

    Each copy keeps, edits or deletes every session of the common history, may
    delete again what was deleted or bring it back (an import), and adds
    sessions of its own; all of that happens after the common history was saved.
    """
    pool = st.sampled_from(shared_ids)
    common = draw(st.lists(changed_sessions(pool), max_size=5, unique_by=lambda s: s["id"]))
    stamped = [{**session, "changed_at": draw(change_times())} for session in common]
    ancestor = merge(HistoryCopy(stamped, draw(st.lists(tombstones(pool), max_size=3))))
    later = change_times(7, 12)
    copies = []
    for _ in range(count):
        kept: list[dict[str, Any]] = []
        deleted = list(ancestor.deleted)
        for session in ancestor.sessions:
            fate = draw(st.sampled_from(["keep", "edit", "delete"]))
            if fate == "keep":
                kept.append(session)
            elif fate == "edit":
                kept.append({**session, "note": draw(text), "changed_at": draw(later)})
            else:
                deleted.append({"id": session["id"], "deleted_at": draw(later)})
        for tombstone in ancestor.deleted:
            fate = draw(st.sampled_from(["keep", "delete again", "bring back"]))
            if fate == "delete again":
                deleted.append({**tombstone, "deleted_at": draw(later)})
            elif fate == "bring back":
                back = draw(changed_sessions(st.just(tombstone["id"]), later))
                kept.append({**back, "changed_at": draw(later)})
        kept += draw(st.lists(changed_sessions(when=later), max_size=3))
        copies.append(merge(HistoryCopy(kept, deleted)))
    return copies
