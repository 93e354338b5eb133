"""The session's numbers and words, loaded from ``resources/session.json``.

DOMAIN.md's defaults (a 20 s get-ready, the sting settling over the first
minute, a closing minute, a wake-up bell that repeats and grows louder until the
user answers) live in data so they can be tuned without touching the rules.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

from mat_companion.core.session_phases import Phase

#: DOMAIN: "never over 60 min" on the mat; no configuration may allow more.
MAT_LIMIT_CEILING_MINUTES = 60


class SessionConfigError(ValueError):
    """The session configuration file is broken; the message names the problem."""


@dataclass(frozen=True)
class SessionTimings:
    """How long each part of a session lasts, and how the end wakes a dozing user.

    The wake-up bell never gives up: it rings every ``end_bell_repeat_seconds``
    for the first ``end_bell_fast_minutes``, then every
    ``end_bell_slow_repeat_seconds`` for as long as nobody answers, each ring
    ``end_bell_volume_step`` louder than the last up to ``end_bell_max_volume``.
    Someone asleep on spikes must be woken however deeply they sleep; slowing
    down after a while keeps it from nagging someone who has merely stepped away.

    ``mat_limit_minutes`` ends every session, timed or open-ended: makers say
    never more than an hour on the mat, so the data may lower it but not raise it.
    """

    get_ready_seconds: float = 20
    settle_seconds: float = 60
    closing_seconds: float = 60
    end_bell_repeat_seconds: float = 30
    end_bell_fast_minutes: float = 5
    end_bell_slow_repeat_seconds: float = 60
    end_bell_start_volume: float = 0.35
    end_bell_volume_step: float = 0.15
    end_bell_max_volume: float = 1.0
    mat_limit_minutes: float = 60
    checkpoint_seconds: float = 10


@dataclass(frozen=True)
class SessionTexts:
    """What the app says in each phase and at reminders."""

    guidance: dict[Phase, str]
    reminders: dict[str, str]


def _timings(raw: Any) -> SessionTimings:
    if not isinstance(raw, dict):
        raise SessionConfigError("timings must be an object")
    names = [spec.name for spec in fields(SessionTimings)]
    unknown = sorted(set(raw) - set(names))
    if unknown:  # a misspelt or retired name would otherwise be ignored without a word
        raise SessionConfigError(f"timings has unknown entries: {', '.join(unknown)}")
    values: dict[str, Any] = {}
    for spec in fields(SessionTimings):
        value = raw.get(spec.name, spec.default)
        if isinstance(value, bool) or not isinstance(value, int | float) or value < 0:
            raise SessionConfigError(f"timings.{spec.name} must be a number of at least 0")
        values[spec.name] = value
    _check_end_bell(values)
    if not 0 < values["mat_limit_minutes"] <= MAT_LIMIT_CEILING_MINUTES:
        raise SessionConfigError(
            f"timings.mat_limit_minutes must be more than 0 and at most {MAT_LIMIT_CEILING_MINUTES}"
        )
    return SessionTimings(**values)


def _check_end_bell(values: dict[str, Any]) -> None:
    """The wake-up bell must keep ringing, audibly, until the user answers."""
    for name in ("end_bell_repeat_seconds", "end_bell_slow_repeat_seconds"):
        if not values[name] > 0:
            raise SessionConfigError(f"timings.{name} must be more than 0")
    if not 0 < values["end_bell_start_volume"] <= values["end_bell_max_volume"] <= 1:
        raise SessionConfigError(
            "timings.end_bell_start_volume and end_bell_max_volume must satisfy"
            " 0 < start <= max <= 1"
        )


def _texts(raw: dict[str, Any]) -> SessionTexts:
    guidance = raw.get("guidance")
    if not isinstance(guidance, dict):
        raise SessionConfigError("guidance must be an object")
    missing = [phase.value for phase in Phase if not isinstance(guidance.get(phase.value), str)]
    if missing:
        raise SessionConfigError(f"guidance has no text for {', '.join(missing)}")
    reminders = raw.get("reminders")
    if not isinstance(reminders, dict) or not all(
        isinstance(reminders.get(kind), str) for kind in ("stage_max", "hour")
    ):
        raise SessionConfigError("reminders must have texts for stage_max and hour")
    return SessionTexts({phase: guidance[phase.value] for phase in Phase}, reminders)


def load_session_config(path: Path) -> tuple[SessionTimings, SessionTexts]:
    """Read and validate the session configuration.

    Raises:
        SessionConfigError: naming the file and the problem.
    """
    try:
        raw = json.loads(path.read_bytes())
        if not isinstance(raw, dict):
            raise SessionConfigError("the file must hold an object")
        return _timings(raw.get("timings", {})), _texts(raw)
    except (OSError, ValueError) as error:
        raise SessionConfigError(f"{path}: {error}") from None
