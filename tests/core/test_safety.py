"""The screening's answers change what the setup offers: layers, and the daily reminder."""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path

import pytest

from mat_companion.core.safety import (
    QUESTIONS,
    Experience,
    Screening,
    daily_reminders,
    layer_rule,
)
from mat_companion.core.settings import Settings

LAYERS = ("shirt", "bare", "socks", "towel")
WHEN = datetime(2026, 3, 1, 9, 0).astimezone()


def screening(*yes: str) -> Screening:
    return Screening({q.key: q.key in yes for q in QUESTIONS}, WHEN)


@pytest.mark.parametrize("key", [q.key for q in QUESTIONS])
def test_only_the_circulation_answer_avoids_barefoot_standing(key: str) -> None:
    rule = layer_rule(screening(key), "feet", "socks", LAYERS)
    if key == "circulation":
        assert rule.allowed == ("socks",)
        assert rule.reason is not None
        assert "avoid standing barefoot" in str(rule.reason)
    else:
        assert rule.allowed == LAYERS
        assert rule.reason is None


def test_a_circulation_yes_never_preselects_bare_skin_when_standing() -> None:
    rule = layer_rule(screening("circulation"), "feet", "socks", LAYERS)
    assert rule.preselect("bare") == "socks"
    assert rule.preselect(None) == "socks"
    assert rule.preselect("shirt") == "socks"


def test_a_circulation_yes_offers_bare_skin_lying_but_never_preselects_it() -> None:
    rule = layer_rule(screening("circulation"), "back", "bare", LAYERS)
    assert "bare" in rule.allowed
    assert rule.reason is None
    assert rule.preset == "shirt"
    assert rule.preselect("bare") == "shirt"
    assert rule.preselect("towel") == "towel"


def test_without_the_circulation_yes_the_stage_and_last_choice_stand() -> None:
    for answers in (screening(), screening("pregnant", "heart")):
        rule = layer_rule(answers, "feet", "socks", LAYERS)
        assert rule.preselect("bare") == "bare"
        assert rule.preselect(None) == "socks"


def test_no_screening_yet_limits_nothing() -> None:
    rule = layer_rule(None, "feet", "socks", LAYERS)
    assert rule.allowed == LAYERS
    assert rule.preselect("bare") == "bare"


def test_an_unknown_layer_from_last_time_falls_back_to_the_preset() -> None:
    assert layer_rule(None, "back", "shirt", LAYERS).preselect("armour") == "shirt"


@pytest.mark.parametrize(
    ("key", "words"),
    [("pregnant", "pregnant"), ("heart", "heart condition"), ("child", "for a child")],
)
def test_a_reminder_for_each_answer_that_asks_for_one(key: str, words: str) -> None:
    [reminder] = daily_reminders(screening(key), date(2026, 3, 2), None)
    assert words in str(reminder)
    assert "please check with your doctor before using the mat" in str(reminder)


@pytest.mark.parametrize("key", ["bleeding", "skin", "circulation", "epilepsy", "fever", "cancer"])
def test_other_answers_bring_no_daily_reminder(key: str) -> None:
    assert daily_reminders(screening(key), date(2026, 3, 2), None) == []


def test_the_reminder_is_shown_once_a_day() -> None:
    answers = screening("pregnant", "child")
    assert len(daily_reminders(answers, date(2026, 3, 2), date(2026, 3, 1))) == 2
    assert daily_reminders(answers, date(2026, 3, 2), date(2026, 3, 2)) == []
    assert len(daily_reminders(answers, date(2026, 3, 3), date(2026, 3, 2))) == 2


def test_no_reminder_before_the_screening() -> None:
    assert daily_reminders(None, date(2026, 3, 2), None) == []


def test_changing_one_answer_keeps_the_others_and_takes_the_new_date() -> None:
    later = datetime(2026, 4, 1, 8, 0).astimezone()
    changed = screening("heart").with_answer("circulation", True, later)
    assert changed.answers == {**screening("heart").answers, "circulation": True}
    assert changed.answered_at == later
    assert Screening.from_dict(changed.to_dict()) == changed
    with pytest.raises(KeyError):
        screening().with_answer("nonsense", True, later)


def test_the_day_the_reminder_was_shown_is_a_setting_with_a_real_date(tmp_path: Path) -> None:
    settings = Settings(tmp_path / "settings.json")
    assert settings.safety_reminder_day is None
    settings.safety_reminder_day = date(2026, 3, 2)
    settings.save()
    again, said = Settings.load(tmp_path / "settings.json")
    assert said is None and again.safety_reminder_day == date(2026, 3, 2)
    assert (
        json.loads((tmp_path / "settings.json").read_text())["safety_reminder_day"] == "2026-03-02"
    )


@pytest.mark.parametrize(
    ("experience", "stage"),
    [
        (Experience.NEVER, "beginner"),
        (Experience.SOMETIMES, "intermediate"),
        (Experience.REGULARLY, "advanced"),
    ],
)
def test_each_experience_suggests_a_stage_and_is_kept_by_its_word(
    tmp_path: Path, experience: Experience, stage: str
) -> None:
    assert experience.stage == stage
    settings = Settings(tmp_path / "settings.json")
    settings.experience = experience
    assert settings.document()["experience"] == experience.value
