import math

import pytest

from mat_companion.core.history_schema import session_problem
from tests.factories import make_session


def test_the_readme_example_is_valid() -> None:
    assert session_problem(make_session()) is None


def test_optional_fields_may_be_absent_or_null() -> None:
    minimal = {
        key: make_session()[key]
        for key in ("id", "started_at", "actual_seconds", "completed", "stage")
    }
    assert session_problem(minimal) is None
    nulls = make_session(
        ended_at=None,
        planned_seconds=None,
        note=None,
        ratings=None,
        breathing=None,
        ambient=None,
        skin=None,
        position=None,
    )
    assert session_problem(nulls) is None
    assert session_problem(make_session(ratings={"pain_before": None})) is None


@pytest.mark.parametrize(
    ("overrides", "problem"),
    [
        ({"id": "not-a-uuid"}, "id must be a UUID"),
        ({"id": 7}, "id must be a UUID"),
        ({"started_at": "yesterday"}, "started_at is not a valid date and time"),
        ({"started_at": "2026-11-20T21:05:00"}, "started_at has no UTC offset"),
        ({"started_at": None}, "started_at must be a date and time text"),
        ({"ended_at": "2026-11-20T20:00:00+01:00"}, "ended_at is before started_at"),
        ({"actual_seconds": -1}, "actual_seconds must be between 0 and 86400"),
        ({"actual_seconds": 90000}, "actual_seconds must be between 0 and 86400"),
        ({"actual_seconds": "900"}, "actual_seconds must be a number of seconds"),
        ({"actual_seconds": True}, "actual_seconds must be a number of seconds"),
        ({"actual_seconds": math.nan}, "actual_seconds must be a number of seconds"),
        ({"planned_seconds": -5}, "planned_seconds must be between 0 and 86400"),
        ({"completed": "yes"}, "completed must be true or false"),
        ({"stage": ""}, "stage must be a stage name"),
        ({"note": 5}, "note must be text"),
        ({"skin": "bruised"}, "skin must be one of"),
        ({"ambient": "rain"}, "ambient must be a list of sound names"),
        ({"ambient": ["rain", 3]}, "ambient must be a list of sound names"),
        ({"ratings": []}, "ratings must be an object"),
        ({"ratings": {"pain_before": 11}}, "ratings.pain_before must be a whole number from 0"),
        ({"ratings": {"comfort": 0}}, "ratings.comfort must be a whole number from 1 to 5"),
        ({"ratings": {"stress_after": 2.5}}, "ratings.stress_after must be a whole number"),
        ({"breathing": {"inhale": 25}}, "breathing.inhale must be from 0 to 20 seconds"),
        ({"breathing": {"preset": 1}}, "breathing.preset must be text"),
        ({"breathing": "box"}, "breathing must be an object"),
        ({"changed_at": "later"}, "changed_at is not a valid date and time"),
        ({"changed_at": "2026-11-20T21:30:00"}, "changed_at has no UTC offset"),
        ({"changed_at": 1764600000}, "changed_at must be a date and time text"),
    ],
)
def test_impossible_values_are_named(overrides: dict[str, object], problem: str) -> None:
    found = session_problem(make_session(**overrides))
    assert found is not None and str(found).startswith(problem), found


def test_missing_required_field() -> None:
    session = make_session()
    del session["completed"]
    assert str(session_problem(session)) == "completed must be true or false"
    assert str(session_problem([])) == "a session must be an object"


def test_a_change_time_may_be_absent_null_or_before_the_start() -> None:
    """Another computer's clock may be behind: its edit is still an edit."""
    assert session_problem(make_session(changed_at=None)) is None
    assert session_problem(make_session(changed_at="2026-11-20T21:00:00+01:00")) is None
    assert session_problem(make_session(changed_at="2026-12-01T09:00:00.123456+00:00")) is None
