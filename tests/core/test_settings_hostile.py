"""Settings of the right type but impossible content fall back, one by one, with one sentence."""

import json
import os
import tempfile
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import settings as hypothesis_settings

from mat_companion.core.breathing import BreathPattern
from mat_companion.core.history_stats import RestPlan
from mat_companion.core.mixes import Mix
from mat_companion.core.reminder import parse_time
from mat_companion.core.settings import FIELDS, Settings
from tests.conftest import examples
from tests.settings_values import VALID, hostile_documents, nested


def load(folder: Path, document: dict[str, Any]) -> tuple[Settings, str | None]:
    path = folder / "settings.json"
    path.write_text(json.dumps(document))
    settings, said = Settings.load(path)
    return settings, None if said is None else str(said)


def test_every_setting_has_a_valid_example_that_is_kept(tmp_path: Path) -> None:
    assert set(VALID) == set(FIELDS)
    settings, said = load(tmp_path, VALID)
    assert said is None
    assert {key: settings.document()[key] for key in FIELDS} == VALID


CASES = [
    ("master_volume", 10**400),
    ("cue_tone_volume", -(10**400)),
    ("cue_spoken_volume", float("nan")),
    ("cue_tick_volume", float("inf")),
    ("fade_out_seconds", 10**400),
    ("last_session", {**VALID["last_session"], "minutes": 10**12}),
    ("last_session", {**VALID["last_session"], "interval_bell_minutes": -5}),
    ("last_session", {**VALID["last_session"], "layer": ["shirt"]}),
    ("last_session", {**VALID["last_session"], "open_ended": "no"}),
    ("rest_weekdays", [[5, 6]]),
    ("rest_weekdays", ["5"]),
    ("rest_weekdays", [7]),
    ("rest_weekdays", [True]),
    ("rest_weekdays", [5, 5]),
    ("rest_weeks", ["next week"]),
    ("rest_weeks", [20261130]),
    ("rest_weeks", [["2026-11-30"]]),
    ("pattern_first_used", {"4-7-8": "2026-02-30"}),
    ("pattern_first_used", {"4-7-8": 20261101}),
    ("custom_patterns", {"Mine": {"inhale": float("nan"), "exhale": 6}}),
    ("custom_patterns", {"Mine": {"inhale": 10**400, "exhale": 6}}),
    ("custom_patterns", {"Mine": [4, 6]}),
    ("ambient", {"rain": 10**400}),
    ("ambient", {"rain": "loud"}),
    ("mixes", [{"name": "Mine", "layers": {"rain": float("nan")}}]),
    ("mixes", [{"name": ["Mine"], "layers": {}}]),
    ("mixes", ["Mine"]),
    ("screening", {"answers": [], "answered_at": "2026-11-01T20:00:00"}),
    ("screening", {**VALID["screening"], "answered_at": "soon"}),
    ("declined", {"beginner:longer": "three"}),
    ("declined", {"beginner:longer": 10**400}),
    ("stage_seen_sessions", -1),
    ("stage_seen_sessions", 1.5),
    ("reminder_time", "25:99"),
    ("reminder_time", "x" * 1_000_000),
    ("window_geometry", "Fenster\u00e9"),
    ("window_geometry", "A" * 1_000_000),
    ("breathing_choice", "x" * 40_000),
    ("custom_patterns", {"x" * 40_000: {"inhale": 4, "exhale": 6}}),
    ("rest_weeks", ["2026-11-30"] * 10_001),
    ("stage", "x" * 1_000_000),
    ("experience", nested(900)),
    ("experience", "often"),
    ("reduced_motion", 1),
    ("colour_scheme", "sepia"),
    ("cue_tones", "yes"),
    ("cue_hold_tick", None),
    ("cue_spoken", "no"),
    ("breathing_ramp", [True]),
    ("show_streaks", "false"),
    ("reminder_enabled", 1.0),
    ("safety_reminder_day", "2026-02-30"),
    ("safety_reminder_day", 20261130),
    ("warning_answer", {**VALID["warning_answer"], "on": "yesterday"}),
    ("warning_answer", {**VALID["warning_answer"], "healed": "yes"}),
    ("warning_answer", {"session": "", "healed": True, "on": "2026-11-30"}),
    ("fade_out_seconds", 5),
    ("fade_out_seconds", 30.5),
    ("master_volume", True),
    ("stage", 3),
]


def test_every_setting_has_an_impossible_value_among_the_cases() -> None:
    assert {key for key, _ in CASES} == set(FIELDS)


@pytest.mark.parametrize(
    ("key", "value"), CASES, ids=[f"{k}-{n}" for n, (k, _) in enumerate(CASES)]
)
def test_an_impossible_value_falls_back_with_one_sentence(
    tmp_path: Path, key: str, value: Any
) -> None:
    settings, said = load(tmp_path, {**VALID, key: value})
    assert settings.document()[key] == FIELDS[key].default
    assert said is not None and f"had invalid values for {key}," in said, said
    assert "\n" not in said and said.endswith(".")
    others = {name: settings.document()[name] for name in FIELDS if name != key}
    assert others == {name: VALID[name] for name in others}, "only the bad value falls back"
    again, said_again = Settings.load(tmp_path / "settings.json")
    assert said_again is None and again.document()[key] == FIELDS[key].default


def test_an_unknown_setting_nested_too_deep_is_left_out_and_the_rest_saves(
    tmp_path: Path,
) -> None:
    settings, said = load(tmp_path, {"from_a_newer_version": nested(900), "stage": "advanced"})
    assert said is not None and "from_a_newer_version" in said
    settings.master_volume = 0.4
    settings.save()
    saved = json.loads((tmp_path / "settings.json").read_text())
    assert "from_a_newer_version" not in saved and saved["stage"] == "advanced"


def read_like_the_app(settings: Settings) -> None:
    """Every typed value the app reads, decoded from what the settings let through."""
    document = settings.document()
    assert all(isinstance(p, BreathPattern) for p in settings.custom_patterns.values())
    assert [mix.to_json() for mix in settings.mixes] == document["mixes"]
    assert settings.ambient == document["ambient"]
    assert settings.reminder_time == parse_time(document["reminder_time"])
    assert (settings.screening is None) == (document["screening"] == {})
    assert (settings.warning_answer is None) == (document["warning_answer"] == {})
    assert settings.rest_plan.weekdays <= set(range(7))
    assert all(monday.weekday() == 0 for monday in settings.rest_plan.weeks)
    assert 1 <= settings.last_session.get("minutes", 1) <= 24 * 60
    assert settings.experience is None or settings.experience.stage
    assert all(isinstance(day, date) for day in settings.pattern_first_used.values())
    assert settings.safety_reminder_day is None or isinstance(settings.safety_reminder_day, date)
    assert isinstance(settings.cues.tone_volume, float)
    assert isinstance(settings.fade_out_seconds, int)


@hypothesis_settings(max_examples=examples(300))
@given(hostile_documents())
def test_any_spoilt_document_loads_saves_and_reads(document: dict[str, Any]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        settings, said = load(Path(folder), document)
        for key, field in FIELDS.items():
            value = settings.document()[key]
            assert field.accepts(value)
            assert value == document.get(key, field.default) or value == field.default
        read_like_the_app(settings)
        settings.save()
        again, said_again = Settings.load(Path(folder) / "settings.json")
        assert said_again is None, said_again
        assert again.document() == settings.document()


def test_what_the_user_can_enter_is_always_accepted(tmp_path: Path) -> None:
    """The bounds refuse nothing a dialog can produce.

    A line edit's longest text, a file name that is not UTF-8, thousands of saved weeks.
    """
    settings = Settings(tmp_path / "settings.json")
    own_file = os.fsdecode(b"/home/me/caf\xe9 " + b"x" * 4000 + b".ogg")
    settings.ambient = {own_file: 0.5, "rain": 1}
    settings.mixes = [Mix("n" * 32_767, {own_file: 0.25})]
    settings.custom_patterns = {
        "p" * 32_767: BreathPattern.from_dict(VALID["custom_patterns"]["Mine"])
    }
    weeks = frozenset(date(2000, 1, 3) + timedelta(weeks=n) for n in range(5000))
    settings.rest_plan = RestPlan(frozenset(range(7)), weeks)
    settings.save()
    again, said = Settings.load(tmp_path / "settings.json")
    assert said is None and again.ambient == {own_file: 0.5, "rain": 1}
    assert again.rest_plan.weeks == weeks and again.mixes == settings.mixes
