"""The breathing caution in the user's language (its English lives in presets.json)."""

from __future__ import annotations

from functools import cache

from mat_companion.core.breathing import load_presets
from mat_companion.paths import resource
from mat_companion.ui.i18n.localise import tr_core


@cache
def _english_caution() -> str:
    return load_presets(resource("presets.json"))[1]


def breathing_caution() -> str:
    """The caution shown wherever a pattern is chosen or paced, in the user's language."""
    return tr_core(_english_caution())
