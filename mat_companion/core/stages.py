"""The stages of the progression, as data from ``resources/stages.json``.

Each stage is on a track: the stages of one track follow each other in the
file's order (sitting against the mat, lying on it, then on the floor), while a
track of its own (standing on the mat) goes alongside, any time.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import Any

_TEXT_FIELDS = (
    "key",
    "name",
    "mat",
    "wear",
    "pillow",
    "surface",
    "layer",
    "position",
    "guidance",
    "track",
)


class Posture(Enum):
    """How the body meets the mat: the session's words for getting on and off follow it."""

    SITTING = "sitting"
    LYING = "lying"
    STANDING = "standing"


POSTURES = tuple(posture.value for posture in Posture)

#: The posture of a stage the file does not know (an old record, a retired stage):
#: lying is how the mat is most often used.
DEFAULT_POSTURE = Posture.LYING


class StagesError(ValueError):
    """The stages file is broken; the message names the file and the problem."""


@dataclass(frozen=True)
class Stage:
    """Where the mat goes, what to wear, and how long a session at this stage lasts."""

    key: str
    track: str
    name: str
    mat: str
    wear: str
    pillow: str
    min_minutes: int
    max_minutes: int
    surface: str
    layer: str
    position: str
    guidance: str
    posture: Posture = DEFAULT_POSTURE


def _minutes(raw: dict[str, Any], name: str, label: object) -> int:
    value = raw.get(name)
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 60:
        raise StagesError(f"stage {label}: {name} must be a whole number from 1 to 60")
    return value


def _stage(raw: Any, index: int) -> Stage:
    if not isinstance(raw, dict):
        raise StagesError(f"stage {index + 1} must be an object")
    label = raw.get("key", f"number {index + 1}")
    for name in _TEXT_FIELDS:
        if not isinstance(raw.get(name), str) or not raw[name].strip():
            raise StagesError(f"stage {label}: {name} must be non-empty text")
    low, high = (_minutes(raw, name, label) for name in ("min_minutes", "max_minutes"))
    if low > high:
        raise StagesError(f"stage {label}: min_minutes is above max_minutes")
    if raw.get("posture") not in POSTURES:
        raise StagesError(f"stage {label}: posture must be one of {', '.join(POSTURES)}")
    fields = {name: raw[name] for name in Stage.__dataclass_fields__}
    return Stage(**{**fields, "posture": Posture(raw["posture"])})


def load_stages(path: Path) -> list[Stage]:
    """Read and validate the stages, in progression order.

    Raises:
        StagesError: naming the file and the first problem.
    """
    try:
        document = json.loads(path.read_bytes())
        stages_raw = document.get("stages") if isinstance(document, dict) else None
        if not isinstance(stages_raw, list) or not stages_raw:
            raise StagesError("it must hold a non-empty list of stages")
        stages = [_stage(raw, index) for index, raw in enumerate(stages_raw)]
        keys = [stage.key for stage in stages]
        if len(set(keys)) != len(keys):
            raise StagesError("two stages have the same key")
        return stages
    except (OSError, ValueError) as error:
        raise StagesError(f"The stages file {path} is broken: {error}") from None


def posture_of(stages: list[Stage], key: str) -> Posture:
    """How a session at the stage ``key`` is spent on the mat (lying if the stage is unknown)."""
    return next((stage.posture for stage in stages if stage.key == key), DEFAULT_POSTURE)
