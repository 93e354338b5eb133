"""The patterns a user can pick (presets and their own) and their cue settings."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from mat_companion.core.breath_cues import CueChoices
from mat_companion.core.breathing import (
    BreathPattern,
    Preset,
    cycle_limit,
    days_since_first_use,
)
from mat_companion.core.settings import Settings

CUSTOM_PREFIX = "custom:"


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
    first_used = settings.get("pattern_first_used")
    choices = [
        PatternChoice(
            p.key,
            p.name,
            p.pattern,
            p,
            cycle_limit(p, days_since_first_use(first_used, p.key, today())),
        )
        for p in presets
    ]
    saved = settings.get("custom_patterns")  # each one a valid pattern: the settings checked
    for name in sorted(saved):
        pattern = BreathPattern.from_dict(saved[name])
        choices.append(PatternChoice(CUSTOM_PREFIX + name, name, pattern))
    return choices


def save_custom_pattern(settings: Settings, name: str, pattern: BreathPattern) -> str:
    """Store ``pattern`` under ``name``; return its choice key."""
    saved = dict(settings.get("custom_patterns"))
    saved[name] = pattern.to_dict()
    settings.set("custom_patterns", saved)
    return CUSTOM_PREFIX + name


def cue_choices(settings: Settings) -> CueChoices:
    """The cue settings as the cue player takes them."""
    return CueChoices(
        tones=settings.get("cue_tones"),
        tone_volume=settings.get("cue_tone_volume"),
        hold_tick=settings.get("cue_hold_tick"),
        tick_volume=settings.get("cue_tick_volume"),
        spoken=settings.get("cue_spoken"),
        spoken_volume=settings.get("cue_spoken_volume"),
    )


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
    first_used = dict(settings.get("pattern_first_used"))
    first_used.setdefault(key, today.isoformat())
    settings.set("pattern_first_used", first_used)
