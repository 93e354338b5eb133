"""Settings of the right type but impossible content fall back, one by one, with one sentence."""

import json
import os
import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import settings as hypothesis_settings

from mat_companion.core.breathing import BreathPattern
from mat_companion.core.mixes import layers_from_json, mixes_from_json
from mat_companion.core.reminder import parse_time
from mat_companion.core.safety import Screening
from mat_companion.core.settings import FIELDS, Settings
from mat_companion.core.warning_signs import HealedAnswer
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
    assert {key: settings.get(key) for key in FIELDS} == VALID


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
    ("interests", [["back"]]),
    ("reminder_time", "25:99"),
    ("reminder_time", "x" * 1_000_000),
    ("window_geometry", "Fenster\u00e9"),
    ("window_geometry", "A" * 1_000_000),
    ("breathing_choice", "x" * 40_000),
    ("custom_patterns", {"x" * 40_000: {"inhale": 4, "exhale": 6}}),
    ("rest_weeks", ["2026-11-30"] * 10_001),
    ("stage", "x" * 1_000_000),
    ("experience", nested(900)),
]


@pytest.mark.parametrize(
    ("key", "value"), CASES, ids=[f"{k}-{n}" for n, (k, _) in enumerate(CASES)]
)
def test_an_impossible_value_falls_back_with_one_sentence(
    tmp_path: Path, key: str, value: Any
) -> None:
    settings, said = load(tmp_path, {**VALID, key: value})
    assert settings.get(key) == FIELDS[key].default
    assert said is not None and f"had invalid values for {key}," in said, said
    assert "\n" not in said and said.endswith(".")
    others = {name: settings.get(name) for name in FIELDS if name != key}
    assert others == {name: VALID[name] for name in others}, "only the bad value falls back"
    again, said_again = Settings.load(tmp_path / "settings.json")
    assert said_again is None and again.get(key) == FIELDS[key].default


def test_an_unknown_setting_nested_too_deep_is_left_out_and_the_rest_saves(
    tmp_path: Path,
) -> None:
    settings, said = load(tmp_path, {"from_a_newer_version": nested(900), "stage": "advanced"})
    assert said is not None and "from_a_newer_version" in said
    settings.set("master_volume", 0.4)
    settings.save()
    saved = json.loads((tmp_path / "settings.json").read_text())
    assert "from_a_newer_version" not in saved and saved["stage"] == "advanced"


def read_like_the_app(settings: Settings) -> None:
    """Every parser the app runs over the settings, fed what the settings let through."""
    for pattern in settings.get("custom_patterns").values():
        BreathPattern.from_dict(pattern)
    assert len(mixes_from_json(settings.get("mixes"))) == len(settings.get("mixes"))
    assert layers_from_json(settings.get("ambient")) == settings.get("ambient")
    assert parse_time(settings.get("reminder_time")) is not None
    screening = settings.get("screening")
    assert screening == {} or Screening.from_dict(screening) is not None
    answer = settings.get("warning_answer")
    assert answer == {} or HealedAnswer.from_dict(answer) is not None
    assert all(0 <= day <= 6 for day in settings.get("rest_weekdays"))
    assert 1 <= settings.get("last_session").get("minutes", 1) <= 24 * 60


@hypothesis_settings(max_examples=300)
@given(hostile_documents())
def test_any_spoilt_document_loads_saves_and_reads(document: dict[str, Any]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        settings, said = load(Path(folder), document)
        for key, field in FIELDS.items():
            value = settings.get(key)
            assert field.accepts(value)
            assert value == document.get(key, field.default) or value == field.default
        read_like_the_app(settings)
        settings.save()
        again, said_again = Settings.load(Path(folder) / "settings.json")
        assert said_again is None, said_again
        assert {key: again.get(key) for key in FIELDS} == {key: settings.get(key) for key in FIELDS}


def test_what_the_user_can_enter_is_always_accepted(tmp_path: Path) -> None:
    """The bounds refuse nothing a dialog can produce.

    A line edit's longest text, a file name that is not UTF-8, thousands of saved weeks.
    """
    settings = Settings(tmp_path / "settings.json")
    own_file = os.fsdecode(b"/home/me/caf\xe9 " + b"x" * 4000 + b".ogg")
    settings.set("ambient", {own_file: 0.5, "rain": 1})
    settings.set("mixes", [{"name": "n" * 32_767, "layers": {own_file: 0.25}}])
    settings.set("custom_patterns", {"p" * 32_767: VALID["custom_patterns"]["Mine"]})
    settings.set("rest_weeks", [f"{2000 + n // 52}-01-0{1 + n % 7}" for n in range(5000)])
    settings.save()
    again, said = Settings.load(tmp_path / "settings.json")
    assert said is None and again.get("ambient") == {own_file: 0.5, "rain": 1}
