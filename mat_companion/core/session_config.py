"""The session's numbers and words, loaded from ``resources/session.json``.

DOMAIN.md's defaults (a 20 s get-ready, the sting settling over the first
minute, a closing minute, a wake-up bell that repeats and grows louder until the
user answers) live in data so they can be tuned without touching the rules.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from mat_companion.core.data_numbers import numbers_of
from mat_companion.core.session_phases import Phase
from mat_companion.core.stages import DEFAULT_POSTURE, POSTURES, Posture

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
    The interval bell and the reminder's bell are softer: nobody needs waking.
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
    interval_bell_volume: float = 0.5
    reminder_bell_volume: float = 0.4
    mat_limit_minutes: float = 60
    checkpoint_seconds: float = 10


@dataclass(frozen=True)
class PostureTexts:
    """What the session says to someone sitting against, lying on or standing on the mat.

    Getting on and off is where people get hurt: someone standing must not be
    told to roll to their side, someone lying must roll off the spikes, not
    onto them. ``on_mat`` names the button that ends the get-ready; ``hour``
    is said when the hour on the mat is up.
    """

    guidance: dict[Phase, str]
    on_mat: str
    hour: str


@dataclass(frozen=True)
class SessionTexts:
    """What the app says in each phase and at reminders, for each posture."""

    postures: dict[Posture, PostureTexts]
    stage_max: str

    def for_posture(self, posture: Posture = DEFAULT_POSTURE) -> PostureTexts:
        """The words for ``posture`` (lying unless said otherwise)."""
        return self.postures[posture]


def _timings(raw: Any) -> SessionTimings:
    timings = numbers_of(SessionTimings, raw, where="timings", least=0)
    _check_end_bell(timings)
    if not 0 < timings.mat_limit_minutes <= MAT_LIMIT_CEILING_MINUTES:
        raise SessionConfigError(
            f"timings.mat_limit_minutes must be more than 0 and at most {MAT_LIMIT_CEILING_MINUTES}"
        )
    return timings


def _check_end_bell(timings: SessionTimings) -> None:
    """The wake-up bell must keep ringing, audibly, until the user answers."""
    values = vars(timings)
    for name in ("end_bell_repeat_seconds", "end_bell_slow_repeat_seconds"):
        if not values[name] > 0:
            raise SessionConfigError(f"timings.{name} must be more than 0")
    if not 0 < timings.end_bell_start_volume <= timings.end_bell_max_volume <= 1:
        raise SessionConfigError(
            "timings.end_bell_start_volume and end_bell_max_volume must satisfy"
            " 0 < start <= max <= 1"
        )
    for name in ("interval_bell_volume", "reminder_bell_volume"):
        if not 0 < values[name] <= 1:
            raise SessionConfigError(f"timings.{name} must be more than 0 and at most 1")


def _posture(name: str, raw: Any) -> PostureTexts:
    if not isinstance(raw, dict):
        raise SessionConfigError(f"postures.{name} must be an object")
    wanted = [phase.value for phase in Phase] + ["on_mat", "hour"]
    missing = [key for key in wanted if not isinstance(raw.get(key), str) or not raw[key].strip()]
    if missing:
        raise SessionConfigError(f"postures.{name} has no text for {', '.join(missing)}")
    unknown = sorted(set(raw) - set(wanted))
    if unknown:
        raise SessionConfigError(f"postures.{name} has unknown entries: {', '.join(unknown)}")
    return PostureTexts({phase: raw[phase.value] for phase in Phase}, raw["on_mat"], raw["hour"])


def _texts(raw: dict[str, Any]) -> SessionTexts:
    postures = raw.get("postures")
    if not isinstance(postures, dict):
        raise SessionConfigError("postures must be an object")
    names = set(postures)
    if names != set(POSTURES):
        raise SessionConfigError(
            f"postures must be exactly {', '.join(POSTURES)}; found {', '.join(sorted(names))}"
        )
    reminders = raw.get("reminders")
    if not isinstance(reminders, dict) or not isinstance(reminders.get("stage_max"), str):
        raise SessionConfigError("reminders must have a text for stage_max")
    return SessionTexts(
        {posture: _posture(posture.value, postures[posture.value]) for posture in Posture},
        reminders["stage_max"],
    )


def load_session_config(path: Path) -> tuple[SessionTimings, SessionTexts]:
    """Read and validate the session configuration.

    Raises:
        SessionConfigError: naming the file and the problem.
    """
    try:
        raw = json.loads(path.read_bytes())
        if not isinstance(raw, dict):
            raise SessionConfigError("the file must hold an object")
        unknown = sorted(set(raw) - {"timings", "postures", "reminders"})
        if unknown:  # a retired section (the old one-posture guidance) must not be kept unused
            raise SessionConfigError(f"the file has unknown entries: {', '.join(unknown)}")
        return _timings(raw.get("timings", {})), _texts(raw)
    except (OSError, ValueError) as error:
        raise SessionConfigError(f"{path}: {error}") from None
