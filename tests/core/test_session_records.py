import json
import re
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from mat_companion.core.checkin import CheckIn, session_record
from mat_companion.core.history_schema import session_problem
from mat_companion.core.session import SessionPlan
from mat_companion.core.session_checkpoint import (
    Checkpoint,
    clear_checkpoint,
    load_checkpoint,
    save_checkpoint,
)
from mat_companion.core.session_config import (
    PostureTexts,
    SessionConfigError,
    load_session_config,
)
from mat_companion.core.session_phases import Phase
from mat_companion.core.stages import Posture, load_stages, posture_of
from mat_companion.paths import resource

ZONE = timezone(timedelta(hours=1))
PLAN = SessionPlan(
    900,
    "beginner",
    position="back",
    surface="sofa",
    layer="shirt",
    breathing={"preset": "resonance", "inhale": 5.5, "exhale": 5.5},
    ambient=("rain",),
)


def test_shipped_config_carries_domain_defaults() -> None:
    timings, texts = load_session_config(resource("session.json"))
    assert timings.get_ready_seconds == 20
    assert timings.settle_seconds == 60 and timings.closing_seconds == 60
    assert timings.end_bell_repeat_seconds == 30 and timings.end_bell_fast_minutes == 5
    assert timings.end_bell_slow_repeat_seconds == 60 and timings.end_bell_max_volume == 1.0
    lying = texts.for_posture(Posture.LYING).guidance
    assert lying[Phase.FINISHED].startswith("Roll off the mat onto your side before you sit up.")
    assert lying[Phase.GET_READY].startswith("Lower yourself slowly")


STAGES = load_stages(resource("stages.json"))
TEXTS = load_session_config(resource("session.json"))[1]


def words_of(stage: str) -> PostureTexts:
    return TEXTS.for_posture(posture_of(STAGES, stage))


@pytest.mark.parametrize("stage", [stage.key for stage in STAGES])
def test_every_stage_has_every_phase_its_button_and_its_hour(stage: str) -> None:
    words = words_of(stage)
    assert set(words.guidance) == set(Phase)
    assert all(text.strip() for text in [*words.guidance.values(), words.on_mat, words.hour])


def test_each_stage_gets_on_and_off_the_mat_the_way_it_meets_it() -> None:
    assert [
        posture_of(STAGES, key) for key in ("beginner", "intermediate", "advanced", "feet")
    ] == [Posture.SITTING, Posture.LYING, Posture.LYING, Posture.STANDING]
    beginner = words_of("beginner")
    assert beginner.guidance[Phase.FINISHED].startswith("Lean forward, away from the mat")
    assert "lean forward, away from the mat" in beginner.hour
    for stage in ("intermediate", "advanced"):
        words = words_of(stage)
        assert "Roll off the mat onto your side" in words.guidance[Phase.FINISHED]
        assert "roll off it onto your side" in words.hour
    feet = words_of("feet")
    assert "step off the mat onto the floor" in feet.guidance[Phase.FINISHED]
    assert "holding the wall or chair" in feet.hour


def test_nobody_standing_is_told_to_roll_or_sit_up() -> None:
    feet = words_of("feet")
    for words in [*feet.guidance.values(), feet.on_mat, feet.hour]:
        assert not re.search(r"\broll|\bsit\b|sit up|lie\b|lying", words, re.IGNORECASE), words


def test_an_unknown_stage_gets_the_lying_words() -> None:
    assert posture_of(STAGES, "retired") is Posture.LYING
    assert TEXTS.for_posture() is TEXTS.for_posture(Posture.LYING)


@pytest.mark.parametrize("posture", ["sitting", "lying", "standing"])
@pytest.mark.parametrize(
    "text", ["get_ready", "settle_in", "main", "closing", "finished", "on_mat", "hour"]
)
def test_a_posture_missing_a_text_is_refused(tmp_path: Path, posture: str, text: str) -> None:
    document = json.loads(resource("session.json").read_text())
    del document["postures"][posture][text]
    path = tmp_path / "session.json"
    path.write_text(json.dumps(document))
    with pytest.raises(SessionConfigError, match=f"postures.{posture} has no text for {text}"):
        load_session_config(path)


@pytest.mark.parametrize(
    ("document", "problem"),
    [
        ({"timings": {"settle_seconds": -1}}, "timings.settle_seconds must be a number"),
        ({"timings": {"end_bell_count": 5}}, "timings has unknown entries: end_bell_count"),
        (
            {"timings": {"end_bell_slow_repeat_seconds": 0}},
            "timings.end_bell_slow_repeat_seconds must be more than 0",
        ),
        ({"timings": {"end_bell_start_volume": 0}}, "0 < start <= max <= 1"),
        ({"timings": {"end_bell_max_volume": 1.5}}, "0 < start <= max <= 1"),
        ({"timings": {"settle_seconds": float("nan")}}, "settle_seconds must be a number"),
        (
            {"timings": {"end_bell_slow_repeat_seconds": float("inf")}},
            "end_bell_slow_repeat_seconds must be a number",
        ),
        ({"timings": {"interval_bell_volume": 0}}, "interval_bell_volume must be more than 0"),
        ({"timings": {"reminder_bell_volume": 2}}, "reminder_bell_volume must be more than 0"),
        ({"timings": {"mat_limit_minutes": 90}}, "mat_limit_minutes must be more than 0"),
        ({"timings": {"mat_limit_minutes": 0}}, "mat_limit_minutes must be more than 0"),
        ({"reminders": {"hour": "x"}}, "reminders must have a text for stage_max"),
        ({"postures": {"lying": {}}}, "postures must be exactly sitting, lying, standing"),
        ({"guidance": {"main": "x"}}, "unknown entries: guidance"),
        ([], "the file must hold an object"),
    ],
)
def test_broken_config_names_the_problem(tmp_path: Path, document: object, problem: str) -> None:
    shipped = json.loads(resource("session.json").read_text())
    if isinstance(document, dict):
        for key, value in document.items():
            shipped[key] = {**shipped[key], **value} if key == "timings" else value
        document = shipped
    path = tmp_path / "session.json"
    path.write_text(json.dumps(document))
    with pytest.raises(SessionConfigError, match=problem):
        load_session_config(path)


def test_checkin_ranges() -> None:
    with pytest.raises(ValueError, match="pain_before must be from 0 to 10"):
        CheckIn(pain_before=11)
    with pytest.raises(ValueError, match="comfort must be from 1 to 5"):
        CheckIn(comfort=0)


def test_record_holds_plan_ratings_and_times() -> None:
    started = datetime(2026, 11, 20, 21, 5, tzinfo=ZONE)
    record = session_record(
        PLAN,
        started_at=started,
        ended_at=started + timedelta(seconds=932),
        mat_seconds=912.4,
        planned_seconds=900,
        completed=True,
        checkin=CheckIn(
            pain_before=4,
            stress_before=6,
            pain_after=2,
            comfort=4,
            skin="redness_faded",
            note="warm",
        ),
    )
    assert session_problem(record) is None
    assert record["actual_seconds"] == 912 and record["planned_seconds"] == 900
    assert record["started_at"] == "2026-11-20T21:05:00+01:00"
    assert record["ratings"] == {
        "pain_before": 4,
        "pain_after": 2,
        "stress_before": 6,
        "comfort": 4,
    }
    assert record["ambient"] == ["rain"] and record["breathing"]["preset"] == "resonance"
    skipped = session_record(
        PLAN,
        started_at=started,
        ended_at=started,
        mat_seconds=0,
        planned_seconds=None,
        completed=False,
        checkin=CheckIn(),
    )
    assert "ratings" not in skipped and "note" not in skipped and "planned_seconds" not in skipped


def test_checkpoint_round_trip_and_recovered_record(tmp_path: Path) -> None:
    path = tmp_path / "session-in-progress.json"
    started = datetime(2026, 11, 20, 21, 5, tzinfo=ZONE)
    checkpoint = Checkpoint(
        "6f1c1b7e-8a55-4e0b-9a4e-3f6a2d0c9b11",
        PLAN,
        started,
        started + timedelta(minutes=7),
        401.5,
        900,
        CheckIn(pain_before=5),
    )
    save_checkpoint(path, checkpoint)
    loaded, message = load_checkpoint(path)
    assert message is None and loaded == checkpoint
    record = loaded.record()
    assert record["completed"] is False and record["recovered"] is True
    assert record["actual_seconds"] == 402
    assert record["ended_at"] == "2026-11-20T21:12:00+01:00"
    clear_checkpoint(path)
    assert load_checkpoint(path) == (None, None)


def test_broken_checkpoint_is_kept_aside(tmp_path: Path) -> None:
    path = tmp_path / "session-in-progress.json"
    path.write_text('{"plan": 3}')
    loaded, message = load_checkpoint(path)
    assert loaded is None and message is not None
    assert str(message).startswith("An unfinished session could not be recovered")
    (kept,) = tmp_path.glob("session-in-progress.json.unreadable-*")
    assert kept.read_text() == '{"plan": 3}'
