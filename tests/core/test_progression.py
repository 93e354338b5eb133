from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest

from mat_companion.core.history_schema import SKIN_WARNINGS
from mat_companion.core.progression import (
    Kind,
    Progression,
    ProgressionError,
    ProgressionRules,
    with_declined,
)
from mat_companion.core.stages import load_stages
from mat_companion.core.warning_signs import HealedAnswer, advice, question
from mat_companion.paths import resource
from tests.factories import make_session

STAGES = load_stages(resource("stages.json"))
RULES = ProgressionRules.load(resource("progression.json"))
PROGRESSION = Progression(STAGES, RULES)
ZONE = timezone(timedelta(hours=1))


def history(*specs: tuple[Any, ...], gap_days: int = 1) -> list[dict[str, Any]]:
    """Sessions from (stage, minutes, comfort[, skin][, completed]) tuples, oldest first."""
    sessions = []
    start = datetime(2026, 1, 1, 21, 0, tzinfo=ZONE)
    for index, spec in enumerate(specs):
        stage, minutes, comfort, *rest = spec
        skin = rest[0] if rest else "redness_faded"
        completed = rest[1] if len(rest) > 1 else True
        when = start + timedelta(days=index * gap_days)
        sessions.append(
            make_session(
                stage=stage,
                planned_seconds=minutes * 60,
                actual_seconds=minutes * 60,
                completed=completed,
                started_at=when.isoformat(),
                ended_at=(when + timedelta(minutes=minutes)).isoformat(),
                ratings={"comfort": comfort} if comfort else {},
                skin=skin,
            )
        )
    return sessions


def test_shipped_rules_are_domain_defaults() -> None:
    assert ProgressionRules() == RULES
    assert (RULES.sessions_to_advance, RULES.recent_comfortable, RULES.comfortable_from) == (
        5,
        3,
        4,
    )


def test_default_stages_carry_the_domain_numbers() -> None:
    numbers = {s.key: (s.min_minutes, s.max_minutes) for s in STAGES}
    assert numbers == {
        "beginner": (10, 15),
        "intermediate": (20, 45),
        "advanced": (20, 45),
        "feet": (5, 15),
    }
    assert [s.key for s in STAGES][:3] == ["beginner", "intermediate", "advanced"]


@pytest.mark.parametrize(
    ("specs", "stage", "kind", "target", "minutes", "reason"),
    [
        ((), "beginner", Kind.STAY, "beginner", 10, "A first session at Beginner"),
        (
            (("beginner", 10, 4),),
            "beginner",
            Kind.MORE_MINUTES,
            "beginner",
            12,
            "Your last session was comfortable at 10 min: try 12 minutes.",
        ),
        (
            (("beginner", 10, 5), ("beginner", 12, 4), ("beginner", 14, 5)),
            "beginner",
            Kind.MORE_MINUTES,
            "beginner",
            15,
            "3 comfortable sessions in a row at 14 min",
        ),
        ((("beginner", 15, 5),), "beginner", Kind.STAY, "beginner", 15, "Stay with 15 min at"),
        ((("beginner", 12, 3),), "beginner", Kind.STAY, "beginner", 12, "Stay with 12 min at"),
        ((("beginner", 1, 3),), "beginner", Kind.STAY, "beginner", 1, "Stay with 1 min at"),
        (
            tuple(("beginner", 15, 5) for _ in range(5)),
            "beginner",
            Kind.NEXT_STAGE,
            "intermediate",
            20,
            "5 sessions at Beginner, the last 3 comfortable",
        ),
        (tuple(("beginner", 15, 5) for _ in range(4)), "beginner", Kind.STAY, "beginner", 15, ""),
        (
            (*(("beginner", 15, 5) for _ in range(4)), ("beginner", 15, 3)),
            "beginner",
            Kind.STAY,
            "beginner",
            15,
            "",
        ),
        (
            (("intermediate", 25, 2), ("intermediate", 25, 1)),
            "intermediate",
            Kind.STEP_BACK,
            "beginner",
            15,
            "your last 2 sessions were rated uncomfortable",
        ),
        (
            (("beginner", 12, 2), ("beginner", 12, 2)),
            "beginner",
            Kind.STEP_BACK,
            "beginner",
            10,
            "Take it gently with 10 minutes",
        ),
        ((("advanced", 45, 5),) * 6, "advanced", Kind.STAY, "advanced", 45, ""),
        ((("feet", 5, 5),), "feet", Kind.MORE_MINUTES, "feet", 7, ""),
    ],
)
def test_rules_on_synthetic_histories(
    specs: tuple[tuple[Any, ...], ...],
    stage: str,
    kind: Kind,
    target: str,
    minutes: int,
    reason: str,
) -> None:
    suggestion = PROGRESSION.suggest(history(*specs), stage)
    assert (suggestion.kind, suggestion.stage, suggestion.minutes) == (kind, target, minutes)
    assert reason in str(suggestion.reason) and str(suggestion.reason)


def test_rest_days_and_rest_weeks_never_count_against() -> None:
    daily = history(*(("beginner", 15, 5) for _ in range(5)), gap_days=1)
    with_rests = history(*(("beginner", 15, 5) for _ in range(5)), gap_days=9)
    assert PROGRESSION.suggest(daily, "beginner") == PROGRESSION.suggest(with_rests, "beginner")


def test_an_early_end_does_not_add_minutes() -> None:
    suggestion = PROGRESSION.suggest(history(("beginner", 12, 5, "none", False)), "beginner")
    assert suggestion.kind is Kind.STAY and suggestion.minutes == 12


def test_a_declined_suggestion_rests_for_a_few_sessions() -> None:
    sessions = history(*(("beginner", 15, 5) for _ in range(5)))
    offer = PROGRESSION.suggest(sessions, "beginner")
    assert offer.kind is Kind.NEXT_STAGE
    declined = {offer.key: 5}
    assert PROGRESSION.suggest(sessions, "beginner", declined).kind is Kind.STAY
    two_more = sessions + history(*(("beginner", 15, 5) for _ in range(7)))[5:7]
    assert PROGRESSION.suggest(two_more, "beginner", declined).kind is Kind.STAY
    three_more = sessions + history(*(("beginner", 15, 5) for _ in range(8)))[5:8]
    assert PROGRESSION.suggest(three_more, "beginner", declined).kind is Kind.NEXT_STAGE


def test_a_step_back_is_never_silenced() -> None:
    sessions = history(("intermediate", 25, 2), ("intermediate", 25, 1))
    offer = PROGRESSION.suggest(sessions, "intermediate")
    assert offer.kind is Kind.STEP_BACK
    assert PROGRESSION.suggest(sessions, "intermediate", {offer.key: 1}).kind is Kind.STEP_BACK


STOP_SIGNS = sorted(SKIN_WARNINGS)
TODAY = date(2026, 12, 1)


def healed(session: dict[str, Any], yes: bool = True) -> HealedAnswer:
    return HealedAnswer(session["id"], yes, TODAY)


@pytest.mark.parametrize("sign", STOP_SIGNS)
@pytest.mark.parametrize(
    ("stage", "minutes"), [("beginner", 10), ("intermediate", 25), ("feet", 5)]
)
def test_after_a_stop_sign_no_session_is_suggested(sign: str, stage: str, minutes: int) -> None:
    sessions = history((stage, minutes, 5), (stage, minutes, 5, sign))
    for looking_at in ("beginner", "intermediate", "advanced", "feet"):
        suggestion = PROGRESSION.suggest(sessions, looking_at)
        assert suggestion.kind is Kind.STOP, "whichever stage is picked"
        assert (suggestion.sign, suggestion.session_id) == (sign, sessions[-1]["id"])
        assert suggestion.reason == advice(sign) and suggestion.question == question(sign)
        words = str(suggestion.reason)
        assert "minutes" not in words and "try" not in words


def test_the_stop_holds_until_the_latest_sign_is_said_to_have_healed() -> None:
    sessions = history(("intermediate", 25, 5, "broken_skin"))
    assert PROGRESSION.suggest(
        sessions, "intermediate", answer=healed(sessions[0], False)
    ).kind is (Kind.STOP)
    older = history(("intermediate", 25, 5, "blisters"))[0]
    assert PROGRESSION.suggest(sessions, "intermediate", answer=healed(older)).kind is Kind.STOP
    skipped = sessions + [
        {**history(("intermediate", 25, 5))[0], "started_at": "2026-01-03T21:00:00+01:00"}
    ]
    del skipped[-1]["skin"]
    assert PROGRESSION.suggest(skipped, "intermediate").kind is Kind.STOP, (
        "a session with the skin question skipped says nothing about healing"
    )


@pytest.mark.parametrize(
    ("stage", "target", "minutes", "reason"),
    [
        (
            "intermediate",
            "beginner",
            15,
            "Step back to Beginner: the first session after a stop sign.",
        ),
        (
            "advanced",
            "intermediate",
            45,
            "Step back to Intermediate: the first session after a stop sign.",
        ),
        (
            "beginner",
            "beginner",
            10,
            "Take it gently with 10 minutes, or a towel over the mat: "
            "the first session after a stop sign.",
        ),
        (
            "feet",
            "feet",
            5,
            "Take it gently with 5 minutes, or a towel over the mat: "
            "the first session after a stop sign.",
        ),
    ],
)
@pytest.mark.parametrize("sign", STOP_SIGNS)
def test_after_healed_suggestions_come_back_with_a_step_back_first(
    sign: str, stage: str, target: str, minutes: int, reason: str
) -> None:
    sessions = history(*((stage, 20, 5) for _ in range(5)), (stage, 20, 5, sign))
    suggestion = PROGRESSION.suggest(sessions, stage, answer=healed(sessions[-1]))
    assert (suggestion.kind, suggestion.stage, suggestion.minutes) == (
        Kind.STEP_BACK,
        target,
        minutes,
    )
    assert str(suggestion.reason) == reason
    declined = {suggestion.key: len(sessions)}
    assert PROGRESSION.suggest(sessions, stage, declined, healed(sessions[-1])) == suggestion


def test_the_step_back_is_never_below_the_stage_minimum() -> None:
    sessions = history(("beginner", 10, 2), ("beginner", 10, 1))
    suggestion = PROGRESSION.suggest(sessions, "beginner")
    assert (suggestion.kind, suggestion.minutes) == (Kind.STEP_BACK, 10)


def test_after_the_step_back_the_usual_rules_return_but_no_next_stage_yet() -> None:
    sessions = history(
        *(("intermediate", 25, 5) for _ in range(5)),
        ("intermediate", 25, 5, "numbness"),
        ("intermediate", 25, 5),
    )
    answer = healed(sessions[-2])
    suggestion = PROGRESSION.suggest(sessions, "intermediate", answer=answer)
    assert suggestion.kind is Kind.MORE_MINUTES, "the stop sign is still among the last three"
    assert PROGRESSION.suggest(sessions, "intermediate").kind is Kind.MORE_MINUTES, (
        "a later session with clear skin says the sign has gone"
    )


def test_redness_that_faded_is_no_stop_sign() -> None:
    sessions = history(("beginner", 10, 4, "redness_faded"))
    assert PROGRESSION.suggest(sessions, "beginner").kind is Kind.MORE_MINUTES


def test_progress_per_stage_and_when_the_next_is_suggested() -> None:
    sessions = history(
        ("beginner", 10, 4), ("beginner", 12, 5), ("beginner", 14, 2, "none", False), ("feet", 5, 5)
    )
    rows = {row.stage.key: row for row in PROGRESSION.progress(sessions)}
    assert (rows["beginner"].sessions, rows["beginner"].minutes, rows["beginner"].completed) == (
        3,
        36,
        2,
    )
    assert str(rows["beginner"].next_step) == (
        "Intermediate is suggested after 3 more completed sessions and the last 3 rated"
        " comfortable (4 or 5) with no warning signs."
    )
    assert str(rows["advanced"].next_step) == "The last stage: up to its longest session."
    assert rows["feet"].sessions == 1 and str(rows["feet"].next_step) == ""


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        ('{"sessions_to_advance": 0}', "sessions_to_advance must be a whole number of at least 1"),
        ('{"minutes_step": 2.5}', "minutes_step must be a whole number"),
        ('{"minutes_step": true}', "minutes_step must be a whole number"),
        # a misspelt or retired name would otherwise be ignored without a word
        ('{"sessions_to_advanse": 4}', "the file has unknown entries: sessions_to_advanse"),
        ("[5]", "the file must be an object"),
    ],
)
def test_broken_rules_file(tmp_path: Path, content: str, problem: str) -> None:
    path = tmp_path / "progression.json"
    path.write_text(content)
    with pytest.raises(ProgressionError, match=problem):
        ProgressionRules.load(path)


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        ('{"stages": []}', "a non-empty list of stages"),
        ('{"stages": [{"key": "x"}]}', "stage x: name must be non-empty text"),
        ("not json", "is broken"),
    ],
)
def test_broken_stages_file_names_the_problem(tmp_path: Path, content: str, problem: str) -> None:
    from mat_companion.core.stages import StagesError

    path = tmp_path / "stages.json"
    path.write_text(content)
    with pytest.raises(StagesError, match=problem):
        load_stages(path)


def test_stage_minutes_are_checked(tmp_path: Path) -> None:
    import json

    from mat_companion.core.stages import StagesError

    document = json.loads(resource("stages.json").read_text())
    document["stages"][0]["min_minutes"] = 20
    path = tmp_path / "stages.json"
    path.write_text(json.dumps(document))
    with pytest.raises(StagesError, match="stage beginner: min_minutes is above max_minutes"):
        load_stages(path)


@pytest.mark.parametrize("posture", [None, "kneeling"])
def test_a_stage_names_how_it_meets_the_mat(tmp_path: Path, posture: str | None) -> None:
    import json

    from mat_companion.core.stages import StagesError

    document = json.loads(resource("stages.json").read_text())
    document["stages"][3]["posture"] = posture
    path = tmp_path / "stages.json"
    path.write_text(json.dumps(document))
    with pytest.raises(StagesError, match="stage feet: posture must be one of sitting, lying"):
        load_stages(path)


def test_a_stage_follows_the_stages_of_its_own_track(tmp_path: Path) -> None:
    """Standing on the mat is a track of its own, whatever its stage is called."""
    import json

    document = json.loads(resource("stages.json").read_text())
    document["stages"][3]["key"] = "standing"
    document["stages"].append({**document["stages"][3], "key": "standing_longer"})
    path = tmp_path / "stages.json"
    path.write_text(json.dumps(document))
    progression = Progression(load_stages(path), RULES)
    rows = {row.stage.key: row for row in progression.progress([])}
    assert str(rows["advanced"].next_step) == "The last stage: up to its longest session."
    assert "is suggested after" in str(rows["standing"].next_step)
    assert str(rows["standing_longer"].next_step) == "The last stage: up to its longest session."
    assert progression.main_track == "mat"
    assert [stage.track for stage in STAGES] == ["mat", "mat", "mat", "feet"]


def test_a_stage_without_a_track_is_refused(tmp_path: Path) -> None:
    import json

    from mat_companion.core.stages import StagesError

    document = json.loads(resource("stages.json").read_text())
    del document["stages"][0]["track"]
    path = tmp_path / "stages.json"
    path.write_text(json.dumps(document))
    with pytest.raises(StagesError, match="stage beginner: track must be non-empty text"):
        load_stages(path)


def test_a_decline_is_recorded_at_the_sessions_done_at_the_stage_looked_at() -> None:
    """The offer to move on from beginner rests until three more beginner sessions are done."""
    sessions = history(*[("beginner", 15, 5)] * 5, ("intermediate", 20, 4))
    offer = PROGRESSION.suggest(sessions, "beginner")
    assert offer.kind is Kind.NEXT_STAGE
    declined = with_declined({"more_minutes:feet:7": 2}, offer, sessions, "beginner")
    assert declined == {"more_minutes:feet:7": 2, offer.key: 5}
    assert PROGRESSION.suggest(sessions, "beginner", declined).kind is Kind.STAY


@pytest.mark.parametrize(
    ("specs", "chosen", "expected"),
    [
        # 57 imported Advanced sessions: the settings still hold the first-run Beginner.
        ((("advanced", 30, 5),) * 57, "beginner", "advanced"),
        # The latest session on the path says where one stands, whatever came before.
        ((("advanced", 30, 5), ("beginner", 10, 4)), "advanced", "beginner"),
        # Feet sessions are any time, off the path: they move nobody along it.
        ((("intermediate", 20, 4), ("feet", 10, 4)), "beginner", "intermediate"),
        # Nothing on the path yet: the stage chosen (the first-run wizard's) stands.
        ((), "intermediate", "intermediate"),
        ((("feet", 10, 4),), "beginner", "beginner"),
    ],
)
def test_where_one_stands_reads_the_whole_history(
    specs: tuple[tuple[Any, ...], ...], chosen: str, expected: str
) -> None:
    assert PROGRESSION.standing(history(*specs), chosen) == expected


def test_where_one_stands_goes_by_when_sessions_started_not_their_order() -> None:
    sessions = history(("beginner", 10, 4), ("advanced", 30, 5))
    assert PROGRESSION.standing(sessions[::-1], "beginner") == "advanced"


@pytest.mark.parametrize(
    ("specs", "chosen", "seen", "expected"),
    [
        # 57 Advanced sessions imported after the first-run wizard chose Beginner.
        ((("advanced", 30, 5),) * 57, "beginner", 0, "advanced"),
        # Chosen (a step back accepted) with 57 sessions there, none since: the choice holds.
        ((("advanced", 30, 5),) * 57, "intermediate", 57, "intermediate"),
        # Sessions came in since: the latest on the path says where one stands.
        ((("intermediate", 20, 4), ("advanced", 30, 5)), "intermediate", 1, "advanced"),
        # A session at the chosen stage was the last to come in: the two agree.
        ((("advanced", 30, 5), ("beginner", 10, 4)), "beginner", 1, "beginner"),
        # Fewer sessions than when chosen (some deleted): the choice holds.
        ((("advanced", 30, 5),), "beginner", 3, "beginner"),
        # The feet are any time, off the path: chosen, they stay, whatever came in.
        ((("advanced", 30, 5),) * 3, "feet", 0, "feet"),
        # Feet sessions coming in move nobody along the path.
        ((("feet", 10, 4),) * 3, "beginner", 0, "beginner"),
        # Nothing in the history: the choice (the wizard's).
        ((), "intermediate", 0, "intermediate"),
        # A stage no longer known (a spoilt setting, one a later version dropped) is no
        # choice: where the history stands, else the path's first stage.
        ((("intermediate", 20, 4),), "2026-02-30", 5, "intermediate"),
        ((), "2026-02-30", 0, "beginner"),
    ],
)
def test_the_session_page_opens_at_the_choice_until_sessions_come_in_after_it(
    specs: tuple[tuple[Any, ...], ...], chosen: str, seen: int, expected: str
) -> None:
    assert PROGRESSION.opening_stage(history(*specs), chosen, seen) == expected


def test_the_sessions_kept_with_a_choice_are_those_on_the_path() -> None:
    sessions = history(("beginner", 10, 4), ("feet", 10, 4), ("advanced", 30, 5))
    assert PROGRESSION.sessions_on_path(sessions) == 2
