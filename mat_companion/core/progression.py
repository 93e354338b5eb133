"""What to suggest next, from how past sessions felt: more minutes, the next stage, or a step back.

The rules are DOMAIN.md's, with their numbers in ``resources/progression.json``.
They look only at sessions, never at the calendar: a rest day or a planned
rest week can never count against anyone. Every suggestion says why, and one
the user declined is not offered again for a few sessions. After a stop sign
nothing suggests another session: only the advice, until the user says it has
healed or gone, and then a step back first.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from enum import Enum
from pathlib import Path

from mat_companion.core.data_numbers import numbers_of
from mat_companion.core.history_schema import SKIN_WARNINGS, Session
from mat_companion.core.stages import Stage
from mat_companion.core.texts import Text, text
from mat_companion.core.warning_signs import HealedAnswer, advice, question


class ProgressionError(ValueError):
    """The progression rules file is broken; the message names the problem."""


@dataclass(frozen=True)
class ProgressionRules:
    """The thresholds of the progression rules."""

    sessions_to_advance: int = 5
    comfortable_from: int = 4
    recent_comfortable: int = 3
    uncomfortable_up_to: int = 2
    uncomfortable_in_a_row: int = 2
    minutes_step: int = 2
    quiet_after_decline: int = 3

    @classmethod
    def load(cls, path: Path) -> ProgressionRules:
        """Read the rules; every value is a whole number of at least 1."""
        try:
            return numbers_of(cls, json.loads(path.read_bytes()), where="", least=1, whole=True)
        except (OSError, ValueError) as error:
            raise ProgressionError(f"The progression file {path} is broken: {error}") from None


class Kind(Enum):
    """What a suggestion proposes."""

    STAY = "stay"
    MORE_MINUTES = "more_minutes"
    NEXT_STAGE = "next_stage"
    STEP_BACK = "step_back"
    STOP = "stop"


@dataclass(frozen=True)
class Suggestion:
    """A proposal, always with its reason; the user accepts or declines.

    A ``STOP`` proposes no session: its reason is the stop sign's advice, and
    ``question`` asks whether the sign of session ``session_id`` has gone.
    """

    kind: Kind
    stage: str
    minutes: int
    reason: Text
    question: Text | None = None
    sign: str | None = None
    session_id: str | None = None

    @property
    def key(self) -> str:
        """Identifies the proposal, to remember that it was declined."""
        return f"{self.kind.value}:{self.stage}:{self.minutes}"


def _comfort(session: Session) -> int | None:
    value = (session.get("ratings") or {}).get("comfort")
    return value if isinstance(value, int) else None


def _minutes(session: Session) -> int:
    planned = session.get("planned_seconds")
    seconds = planned if isinstance(planned, int | float) else session["actual_seconds"]
    return max(1, round(seconds / 60))


def _started(session: Session) -> datetime:
    return datetime.fromisoformat(session["started_at"])


def last_stop_sign(history: list[Session]) -> Session | None:
    """The session with a stop sign, if it is the latest skin answer.

    A later session whose skin was answered otherwise says the sign has gone;
    later sessions with the skin question skipped say nothing either way.
    """
    answered = [s for s in history if s.get("skin") is not None]
    latest = max(answered, key=_started, default=None)
    return latest if latest is not None and latest["skin"] in SKIN_WARNINGS else None


def sessions_at(history: list[Session], stage: str) -> list[Session]:
    """The sessions at ``stage``, oldest first (by when they started)."""
    return sorted((s for s in history if s.get("stage") == stage), key=lambda s: s["started_at"])


def with_declined(
    declined: Mapping[str, int], suggestion: Suggestion, history: list[Session], stage: str
) -> dict[str, int]:
    """``declined`` with ``suggestion`` declined now, at the sessions done at ``stage`` so far.

    ``Progression.suggest`` counts from there: the same proposal rests for a few sessions.
    """
    return {**declined, suggestion.key: len(sessions_at(history, stage))}


@dataclass(frozen=True)
class StageProgress:
    """What has been done at a stage, and when the next one will be suggested.

    Nothing is ever locked: moving on is the user's choice, the app only suggests.
    """

    stage: Stage
    sessions: int
    minutes: int
    completed: int
    next_step: Text


class Progression:
    """The rules applied to a history: a stage leads to the next one on its track."""

    def __init__(self, stages: list[Stage], rules: ProgressionRules) -> None:
        self.stages = {stage.key: stage for stage in stages}
        self._tracks: dict[str, list[str]] = {}
        for stage in stages:
            self._tracks.setdefault(stage.track, []).append(stage.key)
        self.rules = rules

    @property
    def main_track(self) -> str:
        """The track the stages begin with: the path from the first stage on."""
        return next(iter(self.stages.values())).track

    def _track_of(self, stage: str) -> list[str]:
        known = self.stages.get(stage)
        return self._tracks[known.track] if known is not None else []

    def _neighbour(self, stage: str, step: int) -> str | None:
        order = self._track_of(stage)
        if stage not in order:
            return None
        index = order.index(stage) + step
        return order[index] if 0 <= index < len(order) else None

    def suggest(
        self,
        history: list[Session],
        stage_key: str,
        declined: dict[str, int] | None = None,
        answer: HealedAnswer | None = None,
    ) -> Suggestion:
        """The suggestion for the next session at ``stage_key``.

        ``answer`` is the user's last answer about a stop sign: only "healed"
        about the latest stop sign lets suggestions come back.
        """
        sign = last_stop_sign(history)
        if sign is not None:
            if answer is None or not answer.healed or answer.session_id != sign["id"]:
                return self._stop(sign, stage_key)
            if max(history, key=_started) is sign:
                stage = self.stages.get(sign["stage"], self.stages[stage_key])
                return self._step_back(stage, text("the first session after a stop sign"))
        proposal = self._propose(history, stage_key)
        declined = declined or {}
        done = len(sessions_at(history, stage_key))
        at_decline = declined.get(proposal.key)
        quiet = at_decline is not None and done - at_decline < self.rules.quiet_after_decline
        if proposal.kind is not Kind.STAY and quiet and proposal.kind is not Kind.STEP_BACK:
            return self._stay(history, stage_key, text("You chose to stay as you are for now."))
        return proposal

    def _stop(self, sign: Session, stage_key: str) -> Suggestion:
        skin = sign["skin"]
        words = advice(skin)
        assert words is not None, "every stop sign has its advice"
        return Suggestion(
            Kind.STOP, stage_key, 0, words, question(skin), sign=skin, session_id=sign["id"]
        )

    def _propose(self, history: list[Session], stage_key: str) -> Suggestion:
        stage = self.stages[stage_key]
        rules = self.rules
        here = sessions_at(history, stage_key)
        if not here:
            return Suggestion(
                Kind.STAY,
                stage_key,
                stage.min_minutes,
                text(
                    "A first session at {stage}: start with {minutes} minutes.",
                    stage=stage.name,
                    minutes=stage.min_minutes,
                ),
            )
        last = here[-1]
        recent = here[-rules.uncomfortable_in_a_row :]
        uncomfortable = [s for s in recent if (_comfort(s) or 99) <= rules.uncomfortable_up_to]
        if len(recent) == rules.uncomfortable_in_a_row and len(uncomfortable) == len(recent):
            return self._step_back(
                stage,
                text("your last {count} sessions were rated uncomfortable", count=len(recent)),
            )
        completed = [s for s in here if s.get("completed")]
        latest = here[-rules.recent_comfortable :]
        comfortable = all((_comfort(s) or 0) >= rules.comfortable_from for s in latest)
        clean = not any(s.get("skin") in SKIN_WARNINGS for s in latest)
        following = self._neighbour(stage_key, 1)
        if (
            len(completed) >= rules.sessions_to_advance
            and len(latest) == rules.recent_comfortable
            and comfortable
            and clean
            and following
        ):
            nxt = self.stages[following]
            return Suggestion(
                Kind.NEXT_STAGE,
                following,
                nxt.min_minutes,
                text(
                    "{count} sessions at {stage}, the last {recent} comfortable: "
                    "you could try {next} ({minutes} minutes).",
                    count=len(completed),
                    stage=stage.name,
                    recent=len(latest),
                    next=nxt.name,
                    minutes=nxt.min_minutes,
                ),
            )
        minutes = _minutes(last)
        if (_comfort(last) or 0) >= rules.comfortable_from and last.get("completed"):
            longer = min(stage.max_minutes, minutes + rules.minutes_step)
            streak = 0
            for session in reversed(here):
                if (_comfort(session) or 0) < rules.comfortable_from:
                    break
                streak += 1
            if longer > minutes:
                said = (
                    text("{count} comfortable sessions in a row", count=streak)
                    if streak > 1
                    else text("Your last session was comfortable")
                )
                return Suggestion(
                    Kind.MORE_MINUTES,
                    stage_key,
                    longer,
                    text(
                        "{said} at {minutes} min: try {longer} minutes.",
                        said=said,
                        minutes=minutes,
                        longer=longer,
                    ),
                )
        return self._stay(
            history,
            stage_key,
            text("Stay with {minutes} min at {stage}.", minutes=minutes, stage=stage.name),
        )

    def _stay(self, history: list[Session], stage_key: str, reason: Text) -> Suggestion:
        return Suggestion(Kind.STAY, stage_key, self.usual_minutes(history, stage_key), reason)

    def usual_minutes(self, history: list[Session], stage_key: str) -> int:
        """The length of the latest session at the stage (at most its longest), or its shortest."""
        here = sessions_at(history, stage_key)
        stage = self.stages[stage_key]
        minutes = _minutes(here[-1]) if here else stage.min_minutes
        return max(stage.min_minutes if not here else 1, min(stage.max_minutes, minutes))

    def _step_back(self, stage: Stage, why: Text) -> Suggestion:
        """A milder stage, or at the mildest the stage's shortest session with a towel."""
        earlier = self._neighbour(stage.key, -1)
        if earlier is not None:
            back = self.stages[earlier]
            return Suggestion(
                Kind.STEP_BACK,
                earlier,
                back.max_minutes,
                text("Step back to {stage}: {why}.", stage=back.name, why=why),
            )
        shorter = stage.min_minutes
        return Suggestion(
            Kind.STEP_BACK,
            stage.key,
            shorter,
            text(
                "Take it gently with {minutes} minutes, or a towel over the mat: {why}.",
                minutes=shorter,
                why=why,
            ),
        )

    def standing(self, history: list[Session], chosen: str) -> str:
        """Where the user stands on the path: the stage of their latest session on it.

        The whole history counts, imported sessions as much as the app's own;
        the settings only keep the stage last picked in this app. With no
        session on the path yet, the ``chosen`` stage (the first-run wizard's) stands.
        """
        path = self._tracks[self.main_track]
        on_path = [s for s in history if s.get("stage") in path]
        latest = max(on_path, key=_started, default=None)
        return str(latest["stage"]) if latest is not None else chosen

    def sessions_on_path(self, history: list[Session]) -> int:
        """How many sessions of ``history`` are on the path (kept with a stage chosen)."""
        path = self._tracks[self.main_track]
        return sum(1 for s in history if s.get("stage") in path)

    def opening_stage(self, history: list[Session], chosen: str, seen: int) -> str:
        """The stage the Session page opens at: the one chosen last, or where the history stands.

        A choice holds while no session on the path has come in since it was made
        (``seen`` is how many the history held then), so a step back taken on
        purpose stays. Sessions that came in later (an import, another device's,
        one added by hand) move it to the standing, so the Session page and the
        Progress page agree. A stage off the path (the feet, any time) is kept; one
        not known at all (a spoilt setting) is no choice.
        """
        path = self._tracks[self.main_track]
        if chosen not in self.stages:
            return self.standing(history, path[0])
        on_path = chosen in path
        if not on_path or self.sessions_on_path(history) <= seen:
            return chosen
        return self.standing(history, chosen)

    def progress(self, history: list[Session]) -> list[StageProgress]:
        """Sessions and minutes at every stage, and when the next step will be suggested."""
        rows = []
        for key, stage in self.stages.items():
            here = sessions_at(history, key)
            completed = [s for s in here if s.get("completed")]
            minutes = round(sum(s["actual_seconds"] for s in here) / 60)
            rows.append(
                StageProgress(stage, len(here), minutes, len(completed), self._next_step(key, here))
            )
        return rows

    def _next_step(self, key: str, here: list[Session]) -> Text:
        following = self._neighbour(key, 1)
        if following is None:
            alone = len(self._track_of(key)) == 1  # a track of one stage has no step to take
            return text("") if alone else text("The last stage: up to its longest session.")
        rules = self.rules
        completed = sum(1 for s in here if s.get("completed"))
        missing = max(0, rules.sessions_to_advance - completed)
        comfortable = text(
            "the last {recent} rated comfortable ({from_rating} or 5) with no warning signs",
            recent=rules.recent_comfortable,
            from_rating=rules.comfortable_from,
        )
        if not missing:
            return text(
                "{stage} is suggested after {comfortable}.",
                stage=self.stages[following].name,
                comfortable=comfortable,
            )
        more = (
            text("1 more completed session")
            if missing == 1
            else text("{count} more completed sessions", count=missing)
        )
        return text(
            "{stage} is suggested after {more} and {comfortable}.",
            stage=self.stages[following].name,
            more=more,
            comfortable=comfortable,
        )
