"""Ambient mixes: which sounds play under a session, each at its own volume.

A mix maps a layer to a volume from 0 to 1. A layer is one of the app's
generated loops ("rain", "surf") or the path of one of the user's own files.
The built-in mixes start with silence: sound is something the user turns on.
Saved mixes live in the settings as plain data and are checked when read, so
a hand-edited entry that makes no sense is dropped rather than played.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import PurePath
from typing import Any

from mat_companion.core.texts import TextError, text

GENERATED_LAYERS: dict[str, str] = {"rain": "Soft rain", "surf": "Surf"}
#: How long ambient sound takes to fade out at the end of a session: allowed range and default.
FADE_OUT_RANGE = (10, 60)
DEFAULT_FADE_OUT_SECONDS = 30
#: A pause, a resume, or time added during the closing fade changes the level this quickly.
QUICK_FADE_SECONDS = 2.0
FADE_IN_SECONDS = 3.0
QUIET = "Quiet"


@dataclass(frozen=True)
class Mix:
    """A named set of layers and their volumes."""

    name: str
    layers: Mapping[str, float] = field(default_factory=dict)
    built_in: bool = False

    def to_json(self) -> dict[str, Any]:
        """The mix as stored in the settings."""
        return {"name": self.name, "layers": dict(self.layers)}


BUILT_IN_MIXES: tuple[Mix, ...] = (
    Mix(QUIET, {}, built_in=True),
    Mix("Soft rain", {"rain": 0.5}, built_in=True),
    Mix("Surf", {"surf": 0.5}, built_in=True),
    Mix("Rain and surf", {"rain": 0.4, "surf": 0.3}, built_in=True),
)


def is_user_file(layer: str) -> bool:
    """Whether a layer is one of the user's own files (not a generated loop)."""
    return layer not in GENERATED_LAYERS


def layer_label(layer: str) -> str:
    """What to call a layer on screen: the loop's name, or the file's name."""
    return GENERATED_LAYERS.get(layer) or PurePath(layer).name


def recorded_names(layers: Mapping[str, float]) -> tuple[str, ...]:
    """What a session records of the mix it plays: each layer heard, a file by its name only.

    A layer at 0 is not heard; a file's folder stays on this computer (a history is
    shared and exported, and a path says more about its owner than the sound).
    """
    return tuple(
        layer_label(layer) if is_user_file(layer) else layer
        for layer, volume in layers.items()
        if volume > 0
    )


def layers_from_json(value: object) -> dict[str, float]:
    """The valid layers of a stored mapping; anything else is left out."""
    if not isinstance(value, dict):
        return {}
    layers = {}
    for layer, volume in value.items():
        if (
            isinstance(layer, str)
            and layer
            and isinstance(volume, int | float)
            and not isinstance(volume, bool)
            and 0.0 <= volume <= 1.0  # False for NaN; a huge int compares without overflow
        ):
            layers[layer] = float(volume)
    return layers


def mixes_from_json(value: object) -> list[Mix]:
    """The user's saved mixes from the settings; malformed entries and clashing names dropped."""
    if not isinstance(value, list):
        return []
    taken = {mix.name.casefold() for mix in BUILT_IN_MIXES}
    mixes = []
    for entry in value:
        if not isinstance(entry, dict):
            continue
        name = entry.get("name")
        if not isinstance(name, str) or not name.strip() or name.strip().casefold() in taken:
            continue
        taken.add(name.strip().casefold())
        mixes.append(Mix(name.strip(), layers_from_json(entry.get("layers"))))
    return mixes


def all_mixes(saved: list[Mix]) -> list[Mix]:
    """The built-in mixes, then the user's."""
    return [*BUILT_IN_MIXES, *saved]


def save_mix(saved: list[Mix], name: str, layers: Mapping[str, float]) -> list[Mix]:
    """The saved mixes with ``name`` added, or replaced if it exists.

    Raises:
        TextError: the name is empty or belongs to a built-in mix.
    """
    name = name.strip()
    if not name:
        raise TextError(text("A mix needs a name."))
    if any(mix.name.casefold() == name.casefold() for mix in BUILT_IN_MIXES):
        raise TextError(
            text("“{name}” is one of the app's own mixes; choose another name.", name=name)
        )
    kept = [mix for mix in saved if mix.name.casefold() != name.casefold()]
    return [*kept, Mix(name, dict(layers))]


def delete_mix(saved: list[Mix], name: str) -> list[Mix]:
    """The saved mixes without ``name``."""
    return [mix for mix in saved if mix.name != name]


def find_mix(mixes: list[Mix], layers: Mapping[str, float]) -> Mix | None:
    """The mix with exactly these layers and volumes, if one exists."""
    wanted = {layer: round(volume, 2) for layer, volume in layers.items() if volume > 0}
    for mix in mixes:
        if {k: round(v, 2) for k, v in mix.layers.items() if v > 0} == wanted:
            return mix
    return None


def recorded_choices() -> list[tuple[tuple[str, ...], str]]:
    """What a session's record can say played, as the history editor offers it.

    Each built-in mix as its record names it (``("rain", "surf")``), with the mix's name.
    """
    return [(recorded_names(mix.layers), mix.name) for mix in BUILT_IN_MIXES]
