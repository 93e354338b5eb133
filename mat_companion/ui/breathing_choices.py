"""The patterns a user can pick (presets and their own) and their cue settings."""

from __future__ import annotations

from dataclasses import dataclass

from mat_companion.core.breath_cues import CueChoices
from mat_companion.core.breathing import BreathPattern, PatternError, Preset
from mat_companion.core.settings import Settings

CUSTOM_PREFIX = "custom:"


@dataclass(frozen=True)
class PatternChoice:
    """One entry of a pattern list: a preset, or a named pattern of the user's."""

    key: str
    name: str
    pattern: BreathPattern
    preset: Preset | None = None


def pattern_choices(presets: list[Preset], settings: Settings) -> list[PatternChoice]:
    """The presets, then the user's saved patterns (any that no longer validate are left out)."""
    choices = [PatternChoice(p.key, p.name, p.pattern, p) for p in presets]
    saved = settings.get("custom_patterns")
    for name in sorted(saved):
        try:
            pattern = BreathPattern.from_dict(saved[name])
        except (PatternError, AttributeError):
            continue
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
