"""The patterns a user can pick (presets and their own), their limits and the page's pacer."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date

from mat_companion.core.breathing import (
    BreathPattern,
    Pacer,
    Preset,
    cycle_limit,
    days_since_first_use,
)
from mat_companion.core.settings import Settings

CUSTOM_PREFIX = "custom:"
#: How long the Breathing page's ramp takes to slow a natural pace down to the pattern's.
RAMP_SECONDS = 120.0


@dataclass(frozen=True)
class PatternChoice:
    """One entry of a pattern list: a preset, or a named pattern of the user's."""

    key: str
    name: str
    pattern: BreathPattern
    preset: Preset | None = None
    cycle_limit: int | None = None


def pattern_choices(
    presets: list[Preset], settings: Settings, today: Callable[[], date] = date.today
) -> list[PatternChoice]:
    """The presets, then the user's saved patterns.

    Each preset with a limit carries the number of cycles it allows today (fewer in
    the first month of using it), so a session holds the same limit as the Breathing page.
    """
    first_used = settings.pattern_first_used
    choices = [
        PatternChoice(p.key, p.name, p.pattern, p, limit_today(p, first_used, today()))
        for p in presets
    ]
    for name, pattern in sorted(settings.custom_patterns.items()):
        choices.append(PatternChoice(CUSTOM_PREFIX + name, name, pattern))
    return choices


def limit_today(preset: Preset | None, first_used: Mapping[str, date], today: date) -> int | None:
    """The cycles a pattern allows ``today``: None for no limit (the user's own have none)."""
    if preset is None:
        return None
    return cycle_limit(preset, days_since_first_use(first_used, preset.key, today))


def save_custom_pattern(settings: Settings, name: str, pattern: BreathPattern) -> str:
    """Store ``pattern`` under ``name``; return its choice key."""
    settings.custom_patterns = {**settings.custom_patterns, name: pattern}
    return CUSTOM_PREFIX + name


def page_pacer(pattern: BreathPattern, *, ramp: bool, breaths: int = 0) -> Pacer:
    """The Breathing page's pacer: with the ramp, from a natural pace over ``RAMP_SECONDS``.

    ``breaths`` ends it after that many (0: it paces until stopped).
    """
    return Pacer(pattern, ramp_seconds=RAMP_SECONDS if ramp else 0.0, max_breaths=breaths or None)


def breathing_record(choice: PatternChoice) -> dict[str, object]:
    """What the history keeps of the pattern a session used."""
    return {"preset": choice.key, **choice.pattern.to_dict()}


def session_breathing_record(choice: PatternChoice) -> dict[str, object]:
    """What a session about to start keeps: the pattern, and the cycles it allows today."""
    record = breathing_record(choice)
    if choice.cycle_limit is not None:
        record["cycle_limit"] = choice.cycle_limit
    return record


def remember_first_use(settings: Settings, key: str, today: date) -> None:
    """Note the day a pattern is first paced: a limited pattern's first month counts from it."""
    if key not in settings.pattern_first_used:
        settings.pattern_first_used = {**settings.pattern_first_used, key: today}
