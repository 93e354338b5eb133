"""The pattern list, each preset's limit today, and the Breathing page's pacer."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from mat_companion.core.breathing import BreathPattern, load_presets
from mat_companion.core.breathing_choices import (
    RAMP_SECONDS,
    limit_today,
    page_pacer,
    pattern_choices,
    remember_first_use,
    save_custom_pattern,
)
from mat_companion.core.settings import Settings
from mat_companion.paths import resource

PRESETS = {preset.key: preset for preset in load_presets(resource("presets.json"))[0]}
TODAY = date(2026, 12, 1)
PATTERN = BreathPattern(inhale=4.0, exhale=6.0)


@pytest.mark.parametrize(
    ("key", "first_used", "limit"),
    [
        ("4-7-8", {}, 4),  # never paced: its first month
        ("4-7-8", {"4-7-8": date(2026, 11, 2)}, 4),  # 29 days ago
        ("4-7-8", {"4-7-8": date(2026, 11, 1)}, 8),  # 30 days ago
        ("4-7-8", {"box": date(2026, 1, 1)}, 4),  # another pattern's first use
        ("box", {}, None),  # no limit
        (None, {}, None),  # the user's own pattern
    ],
)
def test_the_limit_today(key: str | None, first_used: dict[str, date], limit: int | None) -> None:
    preset = None if key is None else PRESETS[key]
    assert limit_today(preset, first_used, TODAY) == limit


@pytest.mark.parametrize(
    ("ramp", "breaths", "ramp_seconds", "max_breaths"),
    [
        (False, 0, 0.0, None),
        (True, 0, RAMP_SECONDS, None),
        (False, 8, 0.0, 8),
        (True, 4, RAMP_SECONDS, 4),
    ],
)
def test_the_page_pacer(
    ramp: bool, breaths: int, ramp_seconds: float, max_breaths: int | None
) -> None:
    pacer = page_pacer(PATTERN, ramp=ramp, breaths=breaths)
    assert (pacer.pattern, pacer.ramp_seconds, pacer.max_breaths) == (
        PATTERN,
        ramp_seconds,
        max_breaths,
    )
    assert RAMP_SECONDS == 120.0


def test_the_first_use_is_noted_once(tmp_path: Path) -> None:
    settings = Settings(tmp_path / "settings.json")
    remember_first_use(settings, "4-7-8", TODAY)
    remember_first_use(settings, "4-7-8", date(2026, 12, 20))
    assert settings.pattern_first_used == {"4-7-8": TODAY}
    assert settings.document()["pattern_first_used"] == {"4-7-8": "2026-12-01"}


def test_the_choices_carry_todays_limit_and_the_users_patterns(tmp_path: Path) -> None:
    settings = Settings(tmp_path / "settings.json")
    settings.pattern_first_used = {"4-7-8": date(2026, 10, 1)}
    key = save_custom_pattern(settings, "Evening", PATTERN)
    choices = {
        choice.key: choice
        for choice in pattern_choices(list(PRESETS.values()), settings, lambda: TODAY)
    }
    assert choices["4-7-8"].cycle_limit == 8
    assert choices[key].pattern == PATTERN and choices[key].cycle_limit is None
