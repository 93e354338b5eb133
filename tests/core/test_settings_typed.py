"""Settings read and written as typed values, over the JSON file the app has always written."""

from __future__ import annotations

import json
import shutil
import typing
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

import pytest

from mat_companion.core.breath_cues import CueChoices
from mat_companion.core.breathing import BreathPattern
from mat_companion.core.history_stats import RestPlan
from mat_companion.core.mixes import Mix
from mat_companion.core.safety import QUESTIONS, Experience, Screening
from mat_companion.core.settings import (
    FIELDS,
    LAST_SESSION_CHECKS,
    ColourScheme,
    LastSession,
    Settings,
)
from mat_companion.core.warning_signs import HealedAnswer
from tests.settings_values import VALID

BEFORE = Path(__file__).parent / "data" / "settings_before_typing.json"


def load(folder: Path, document: dict[str, Any]) -> Settings:
    path = folder / "settings.json"
    path.write_text(json.dumps(document))
    settings, said = Settings.load(path)
    assert said is None, said
    return settings


def test_a_file_written_before_typed_settings_loads_and_saves_unchanged(tmp_path: Path) -> None:
    """A settings.json the untyped code wrote loads without a word and saves back unchanged.

    It holds whole numbers for volumes, a Wednesday as a rest week, an upper-case session
    id and a key of a newer version; each reads as its typed value.
    """
    path = tmp_path / "settings.json"
    shutil.copyfile(BEFORE, path)
    settings, said = Settings.load(path)
    assert said is None
    assert settings.master_volume == 1.0 and isinstance(settings.master_volume, float)
    assert settings.cues == CueChoices(
        tones=False,
        tone_volume=0.0,
        hold_tick=True,
        tick_volume=0.2,
        spoken=True,
        spoken_volume=0.6,
    )
    assert settings.ambient == {"rain": 1.0, "/home/me/own.ogg": 0.25}
    assert settings.custom_patterns["Mine"] == BreathPattern(inhale=4.0, exhale=6.0)
    assert settings.rest_plan == RestPlan(frozenset({5, 6}), frozenset({date(2026, 11, 30)}))
    assert settings.warning_answer == HealedAnswer("0b5c7c52", False, date(2026, 11, 30))
    assert settings.last_session == {
        "stage": "beginner",
        "minutes": 12,
        "breathing": None,
        "layer": None,
    }
    assert settings.mixes == [Mix("Mine", {"rain": 1.0}), Mix("Evening", {})]
    assert settings.experience is Experience.SOMETIMES
    settings.save()
    # Settings added since, written with their defaults.
    since = {"colour_scheme": "system", "stage_seen_sessions": 0}
    kept = json.dumps({**json.loads(BEFORE.read_bytes()), **since}, indent=2, sort_keys=True)
    assert path.read_bytes() == kept.encode("utf-8") + b"\n"


SCREENING = Screening(
    {q.key: False for q in QUESTIONS}, datetime.fromisoformat("2026-11-01T20:00:00+01:00")
)

#: What each setting of ``VALID`` reads as.
TYPED: dict[str, Any] = {
    "window_geometry": "AdnQywADAAAAAAAA",
    "reduced_motion": True,
    "colour_scheme": ColourScheme.DARK,
    "breathing_choice": "box",
    "breathing_ramp": True,
    "custom_patterns": {"Mine": BreathPattern(inhale=4.0, exhale=6.0, hold_in=1.0)},
    "pattern_first_used": {"4-7-8": date(2026, 11, 1)},
    "screening": SCREENING,
    "safety_reminder_day": date(2026, 11, 30),
    "experience": Experience.SOMETIMES,
    "stage": "intermediate",
    "stage_seen_sessions": 57,
    "declined": {"beginner:longer": 3},
    "warning_answer": HealedAnswer("0b5c7c52", True, date(2026, 11, 30)),
    "master_volume": 0.5,
    "ambient": {"rain": 0.5, "surf": 0.25},
    "mixes": [Mix("Mine", {"rain": 0.2})],
    "fade_out_seconds": 20,
    "show_streaks": True,
    "reminder_enabled": True,
    "reminder_time": time(20, 15),
    "last_session": VALID["last_session"],
    "cues": CueChoices(False, 0.4, True, 0.2, True, 0.6),
    "rest_plan": RestPlan(frozenset({5, 6}), frozenset({date(2026, 11, 30)})),
}
#: How the app writes a value back where it is not how ``VALID`` has it: a pattern with every part.
WRITTEN = {
    "custom_patterns": {
        "Mine": {"inhale": 4.0, "exhale": 6.0, "hold_in": 1.0, "hold_out": 0.0, "top_up": 0.0}
    }
}
#: What each typed setting is made of in the file (the cues and the rest plan span several keys).
PARTS = {
    "cues": [key for key in FIELDS if key.startswith("cue_")],
    "rest_plan": ["rest_weekdays", "rest_weeks"],
}


@pytest.mark.parametrize("name", sorted(TYPED))
def test_every_setting_reads_as_its_type_and_writes_back_the_same_json(
    tmp_path: Path, name: str
) -> None:
    settings = load(tmp_path, VALID)
    value = getattr(settings, name)
    assert value == TYPED[name]
    fresh = Settings(tmp_path / "other.json")
    setattr(fresh, name, value)
    for key in PARTS.get(name, [name]):
        assert fresh.document()[key] == WRITTEN.get(key, VALID[key]), key


def test_the_typed_settings_cover_every_key_of_the_file() -> None:
    parts = {key for keys in PARTS.values() for key in keys}
    assert set(FIELDS) == (set(TYPED) - set(PARTS)) | parts


@pytest.mark.parametrize(
    ("name", "empty", "stored"),
    [
        ("screening", None, {}),
        ("warning_answer", None, {}),
        ("experience", None, ""),
        ("safety_reminder_day", None, ""),
        ("last_session", {}, {}),
        ("rest_plan", RestPlan(), None),
    ],
)
def test_a_setting_never_given_reads_as_nothing(
    tmp_path: Path, name: str, empty: Any, stored: Any
) -> None:
    settings = Settings(tmp_path / "settings.json")
    assert getattr(settings, name) == empty
    setattr(settings, name, getattr(load(tmp_path, VALID), name))
    setattr(settings, name, empty)
    if stored is not None:
        assert settings.document()[name] == stored


def test_a_change_the_file_could_not_load_is_refused_whole(tmp_path: Path) -> None:
    settings = load(tmp_path, VALID)
    with pytest.raises(ValueError):
        settings.cues = CueChoices(tones=True, tone_volume=1.5)
    assert settings.cues == TYPED["cues"], "not even the tones changed"
    with pytest.raises(ValueError):
        settings.rest_plan = RestPlan(frozenset({7}), frozenset({date(2026, 12, 7)}))
    assert settings.rest_plan == TYPED["rest_plan"]
    with pytest.raises(ValueError):
        settings.fade_out_seconds = 61
    with pytest.raises(ValueError):
        settings.mixes = [Mix("Soft rain", {})]  # a built-in mix's name: it would be dropped
    with pytest.raises(ValueError):
        settings.last_session = {"minutes": 0}
    assert settings.document() == load(tmp_path, VALID).document()


def test_a_rest_week_is_kept_as_its_monday(tmp_path: Path) -> None:
    settings = Settings(tmp_path / "settings.json")
    settings.rest_plan = settings.rest_plan.with_week_of(date(2026, 12, 24))  # a Thursday
    settings.rest_plan = settings.rest_plan.with_week_of(date(2026, 12, 27))  # its Sunday
    settings.rest_plan = settings.rest_plan.with_week_of(date(2026, 12, 7))
    assert settings.document()["rest_weeks"] == ["2026-12-07", "2026-12-21"]


def test_the_remembered_setup_has_a_check_for_each_of_its_keys() -> None:
    assert set(LAST_SESSION_CHECKS) == set(typing.get_type_hints(LastSession))


def test_the_cue_defaults_are_the_cue_players() -> None:
    assert Settings(Path("unused.json")).cues == CueChoices()
