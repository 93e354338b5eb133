"""A corrupt checkpoint is set aside with one sentence; one that loads can always be kept.

Issue 15, point 2: NaN, infinities, huge or negative seconds, a save before the
start, bad ids, wrong types, deep nesting, non-object JSON, and things that are
not files at all, each in every field it can reach.
"""

import json
import os
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mat_companion.core.checkin import CheckIn
from mat_companion.core.history_schema import session_problem
from mat_companion.core.session import SessionPlan
from mat_companion.core.session_checkpoint import Checkpoint, load_checkpoint
from tests.conftest import examples

ZONE = timezone(timedelta(hours=1))
STARTED = datetime(2026, 11, 20, 21, 0, tzinfo=ZONE)


def good_document() -> dict[str, Any]:
    checkpoint = Checkpoint(
        "0b5c7c52-3f8e-4d2e-9a55-2f1f0f0d6a11",
        SessionPlan(
            900, "beginner", breathing={"preset": "resonance", "inhale": 5.5}, ambient=("rain",)
        ),
        STARTED,
        STARTED + timedelta(minutes=8),
        440.0,
        900,
        CheckIn(pain_before=3, note="before"),
    )
    document: dict[str, Any] = json.loads(checkpoint.to_json())
    return document


def with_value(path: str, value: Any) -> dict[str, Any]:
    """The good document with the field at ``path`` ("plan.stage") replaced (or removed)."""
    document = good_document()
    *parents, last = path.split(".")
    target = document
    for name in parents:
        target = target[name]
    if value is REMOVED:
        del target[last]
    else:
        target[last] = value
    return document


REMOVED = object()
NUMBERS = ("mat_seconds", "planned_seconds", "plan.duration_seconds")
NOT_SECONDS = (float("nan"), float("inf"), float("-inf"), 1e300, 10**400, -1, -0.5, 86401)
NESTED: Any = {"x": 1}
for _ in range(900):
    NESTED = {"x": NESTED}

CASES = {
    **{
        f"{field}={value!r}": with_value(field, value) for field in NUMBERS for value in NOT_SECONDS
    },
    **{
        f"{field} wrong type {value!r}": with_value(field, value)
        for field in (*NUMBERS, "plan.interval_bell_minutes", "plan.ambient_fade_out_seconds")
        for value in ("600", True, [600], {"s": 1})
    },
    "saved before started": with_value("saved_at", (STARTED - timedelta(hours=1)).isoformat()),
    "saved a second before started": with_value(
        "saved_at", (STARTED - timedelta(seconds=0.5)).isoformat()
    ),
    "more mat time than time since the start": with_value("mat_seconds", 8 * 60 + 2),
    "saved_at without offset": with_value("saved_at", "2026-11-20T21:08:00"),
    "started_at a number": with_value("started_at", 1763668800),
    "started_at missing": with_value("started_at", REMOVED),
    "started_at garbage": with_value("started_at", "yesterday"),
    "id not a uuid": with_value("session_id", "../../history"),
    "id a number": with_value("session_id", 7),
    "id empty": with_value("session_id", ""),
    "id missing": with_value("session_id", REMOVED),
    "mat_seconds missing": with_value("mat_seconds", REMOVED),
    "plan missing": with_value("plan", REMOVED),
    "plan a list": with_value("plan", [1, 2]),
    "plan.stage empty": with_value("plan.stage", ""),
    "plan.stage a number": with_value("plan.stage", 3),
    "plan.position a list": with_value("plan.position", ["back"]),
    "plan.surface a number": with_value("plan.surface", 1),
    "plan.ambient a string": with_value("plan.ambient", "rain"),
    "plan.ambient numbers": with_value("plan.ambient", [1, 2]),
    "plan.breathing a list": with_value("plan.breathing", [4, 7, 8]),
    "plan.breathing nan phase": with_value("plan.breathing.inhale", float("nan")),
    "plan.breathing huge phase": with_value("plan.breathing.inhale", 1e9),
    "plan.breathing nested deep": with_value("plan.breathing.extra", NESTED),
    **{
        f"{field} {value!r}": with_value(field, value)
        for field in ("finished", "completed")
        for value in ("yes", 1, None, [True])
    },
    "checkin a list": with_value("checkin", []),
    "checkin rating text": with_value("checkin.pain_before", "3"),
    "checkin rating out of range": with_value("checkin.pain_before", 11),
    "checkin rating fraction": with_value("checkin.pain_before", 2.5),
    "checkin rating nan": with_value("checkin.pain_before", float("nan")),
    "checkin skin unknown": with_value("checkin.skin", "green"),
    "checkin note a list": with_value("checkin.note", ["x"]),
    "checkin note a number": with_value("checkin.note", 0),
}
RAW_CASES = {
    "a list": b"[]",
    "a number": b"3",
    "a string": b'"checkpoint"',
    "null": b"null",
    "empty": b"",
    "not utf-8": b'{"session_id": "\xff"}',
    "truncated": json.dumps(good_document()).encode()[:-5],
    "deeply nested": b"[" * 100_000 + b"]" * 100_000,
    "NaN literal": json.dumps(good_document()).replace("440.0", "NaN").encode(),
    "Infinity literal": json.dumps(good_document()).replace("440.0", "Infinity").encode(),
    "huge": b" " * (2 * 1024 * 1024) + json.dumps(good_document()).encode(),
}


def assert_set_aside(path: Path, raw: bytes) -> None:
    loaded, message = load_checkpoint(path)
    assert loaded is None, "a corrupt checkpoint is never offered"
    assert message is not None
    assert str(message).startswith("An unfinished session could not be recovered (")
    assert not path.exists(), "set aside, not offered again at every start"
    (kept,) = path.parent.glob(f"{path.name}.unreadable-*")
    assert kept.read_bytes() == raw, "the bytes are kept untouched"


@pytest.mark.parametrize("document", CASES.values(), ids=CASES.keys())
def test_a_corrupt_field_sets_the_checkpoint_aside(tmp_path: Path, document: Any) -> None:
    path = tmp_path / "session-in-progress.json"
    raw = json.dumps(document).encode()
    path.write_bytes(raw)
    assert_set_aside(path, raw)


@pytest.mark.parametrize("raw", RAW_CASES.values(), ids=RAW_CASES.keys())
def test_a_checkpoint_that_is_not_one_is_set_aside(tmp_path: Path, raw: bytes) -> None:
    path = tmp_path / "session-in-progress.json"
    path.write_bytes(raw)
    assert_set_aside(path, raw)


def test_a_folder_in_its_place_is_set_aside(tmp_path: Path) -> None:
    path = tmp_path / "session-in-progress.json"
    path.mkdir()
    loaded, message = load_checkpoint(path)
    assert loaded is None and "not a regular file" in str(message)
    assert not path.exists() and len(list(tmp_path.glob("*.unreadable-*"))) == 1


def test_a_fifo_in_its_place_never_blocks(tmp_path: Path) -> None:
    path = tmp_path / "session-in-progress.json"
    os.mkfifo(path)
    loaded, message = load_checkpoint(path)  # a blocking read would hang here for ever
    assert loaded is None and "not a regular file" in str(message)
    assert not path.exists()


def test_a_symlink_is_not_followed(tmp_path: Path) -> None:
    target = tmp_path / "elsewhere.json"
    target.write_text(json.dumps(good_document()))
    path = tmp_path / "session-in-progress.json"
    path.symlink_to(target)
    loaded, message = load_checkpoint(path)
    assert loaded is None and "not a regular file" in str(message)
    assert target.exists(), "the file it pointed at is left alone"


@pytest.mark.parametrize("field", ["extra", "plan.extra", "checkin.mood"])
def test_the_good_document_loads_with_fields_of_a_newer_version(tmp_path: Path, field: str) -> None:
    path = tmp_path / "c.json"
    path.write_text(json.dumps(with_value(field, 3)))
    loaded, message = load_checkpoint(path)
    assert message is None and loaded is not None
    assert session_problem(loaded.record()) is None


def test_a_checkpoint_from_the_future_is_noticed() -> None:
    checkpoint = Checkpoint.from_json(json.dumps(good_document()).encode())
    saved = checkpoint.saved_at
    assert not checkpoint.from_the_future(saved)
    assert not checkpoint.from_the_future(saved - timedelta(seconds=30)), "a little skew is fine"
    assert checkpoint.from_the_future(saved - timedelta(hours=2))


JSON_VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(10**20), max_value=10**20)
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text(max_size=40),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner),
    max_leaves=8,
)
FIELDS = st.sampled_from(
    [
        "session_id",
        "started_at",
        "saved_at",
        "mat_seconds",
        "planned_seconds",
        "plan",
        "checkin",
        *[f"plan.{name}" for name in good_document()["plan"]],
        *[f"checkin.{name}" for name in good_document()["checkin"]],
        "plan.breathing.inhale",
    ]
)


@settings(max_examples=examples(300), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(changes=st.lists(st.tuples(FIELDS, JSON_VALUES), min_size=1, max_size=3))
def test_whatever_a_checkpoint_holds_it_loads_as_a_keepable_session_or_not_at_all(
    changes: list[tuple[str, Any]],
) -> None:
    document = good_document()
    for field, value in changes:
        *parents, last = field.split(".")
        target: Any = document
        for name in parents:
            target = target.get(name) if isinstance(target, dict) else None
        if isinstance(target, dict):
            target[last] = value
    raw = json.dumps(document).encode()
    try:
        checkpoint = Checkpoint.from_json(raw)
    except ValueError:
        return  # refused with a reason: set aside by load_checkpoint
    assert session_problem(checkpoint.record()) is None, "Keep it can always succeed"


@pytest.mark.parametrize("completed", [True, False])
def test_a_finished_checkpoint_keeps_its_end_and_whether_it_ran_its_length(
    tmp_path: Path, completed: bool
) -> None:
    document = {**good_document(), "finished": True, "completed": completed}
    path = tmp_path / "checkpoint.json"
    path.write_text(json.dumps(document))
    checkpoint, problem = load_checkpoint(path)
    assert problem is None and checkpoint is not None and checkpoint.finished
    assert checkpoint.record()["completed"] is completed
    assert Checkpoint.from_json(checkpoint.to_json()) == checkpoint
