"""The first-run safety screening: plain questions, and advice (never a lockout) for a yes."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import Any, Final

from mat_companion.core.texts import Text, text

SEE_DOCTOR: Final = "Please check with your doctor before using the mat."


@dataclass(frozen=True)
class Question:
    """One screening question and what to say when the answer is yes."""

    key: str
    text: str
    advice: str


QUESTIONS: Final = (
    Question("pregnant", "Are you pregnant or breastfeeding?", SEE_DOCTOR),
    Question(
        "bleeding",
        "Do you take blood thinners, or have a bleeding or clotting disorder, thrombosis or "
        "phlebitis?",
        SEE_DOCTOR,
    ),
    Question(
        "skin",
        "Is your skin broken, infected or inflamed where it would touch the mat (a rash, "
        "sunburn or fragile skin)?",
        SEE_DOCTOR + " Wait until the skin has healed.",
    ),
    Question(
        "circulation",
        "Do you have diabetes, neuropathy, numbness or poor circulation?",
        SEE_DOCTOR + " Also avoid standing barefoot on the mat.",
    ),
    Question(
        "heart",
        "Do you have a heart condition, a pacemaker, or high or low blood pressure?",
        SEE_DOCTOR + " Blood pressure has been measured rising on the mat.",
    ),
    Question("epilepsy", "Do you have epilepsy?", SEE_DOCTOR),
    Question(
        "fever",
        "Do you have a fever or an acute illness today?",
        SEE_DOCTOR + " Wait until you are well again.",
    ),
    Question("cancer", "Do you have cancer, or have you had spinal surgery recently?", SEE_DOCTOR),
    Question(
        "child",
        "Is the mat for a child?",
        "Sources disagree on children; some mat makers' guides say not under 7. An adult should "
        "supervise. " + SEE_DOCTOR,
    ),
)


class Experience(StrEnum):
    """How often the user has used a mat (the wizard asks; the settings keep the value)."""

    NEVER = "never"
    SOMETIMES = "sometimes"
    REGULARLY = "regularly"

    @property
    def stage(self) -> str:
        """The stage this experience suggests starting at."""
        return _EXPERIENCE_STAGE[self]


_EXPERIENCE_STAGE: Final = {
    Experience.NEVER: "beginner",
    Experience.SOMETIMES: "intermediate",
    Experience.REGULARLY: "advanced",
}


@dataclass(frozen=True)
class Screening:
    """The answers, and when they were given."""

    answers: dict[str, bool]
    answered_at: datetime

    def advice(self) -> list[tuple[Question, str]]:
        """The advice for every yes, in question order."""
        return [(q, q.advice) for q in QUESTIONS if self.answers.get(q.key)]

    @property
    def avoid_barefoot_standing(self) -> bool:
        """Circulation problems: the feet track should be done in socks or not at all."""
        return bool(self.answers.get("circulation"))

    def with_answer(self, key: str, answer: bool, when: datetime) -> Screening:
        """This screening with one answer changed, dated ``when``: no need to redo the rest.

        Raises:
            KeyError: ``key`` is not one of the questions.
        """
        if key not in {q.key for q in QUESTIONS}:
            raise KeyError(key)
        return Screening({**self.answers, key: answer}, when)

    def to_dict(self) -> dict[str, Any]:
        """As stored in settings."""
        return {"answers": dict(self.answers), "answered_at": self.answered_at.isoformat()}

    @classmethod
    def from_dict(cls, data: Any) -> Screening | None:
        """From settings; None if absent or unusable (the screening is then offered again)."""
        if not isinstance(data, dict):
            return None
        answers = data.get("answers")
        keys = {q.key for q in QUESTIONS}
        if not isinstance(answers, dict) or set(answers) != keys:
            return None
        if not all(isinstance(value, bool) for value in answers.values()):
            return None
        try:
            when = datetime.fromisoformat(str(data.get("answered_at")))
        except ValueError:
            return None
        return cls(answers, when)


#: The keys of the layers a barefoot rule leaves out of standing sessions.
BARE: Final = "bare"
SOCKS: Final = "socks"
STANDING: Final = "feet"

#: A yes to these asks for a reminder in the setup, once a day: the risk stays while they use it.
_REMINDERS: Final = (
    (
        "pregnant",
        text(
            "You said you are pregnant or breastfeeding: please check with your doctor "
            "before using the mat."
        ),
    ),
    (
        "heart",
        text(
            "You said you have a heart condition, a pacemaker, or high or low blood pressure: "
            "please check with your doctor before using the mat."
        ),
    ),
    (
        "child",
        text(
            "You said the mat is for a child: an adult should supervise; please check with "
            "your doctor before using the mat."
        ),
    ),
)


@dataclass(frozen=True)
class LayerRule:
    """Which layers the setup offers for a position, which one it preselects, and why."""

    allowed: tuple[str, ...]
    preset: str
    reason: Text | None
    #: Whether bare skin may be preselected (from the stage or the last session).
    bare_preselect: bool

    def preselect(self, wanted: str | None) -> str:
        """The layer to show: ``wanted`` (the stage's or last time's) if the rule allows it."""
        if wanted in self.allowed and (wanted != BARE or self.bare_preselect):
            return wanted
        return self.preset


def layer_rule(
    screening: Screening | None, position: str, stage_layer: str, layers: Sequence[str]
) -> LayerRule:
    """The layers for a session at ``position``, after the screening's answers.

    A yes to circulation problems (diabetes, neuropathy, numbness) asks the user
    to avoid standing barefoot on the mat (DOMAIN), so standing is in socks only;
    bare skin is never chosen for such a user, only offered where they lie.
    """
    avoid = screening is not None and screening.avoid_barefoot_standing
    if avoid and position == STANDING:
        reason = text(
            "Socks only: you said you have diabetes, neuropathy, numbness or poor circulation, "
            "so avoid standing barefoot on the mat."
        )
        return LayerRule((SOCKS,), SOCKS, reason, bare_preselect=False)
    fallback = next((layer for layer in layers if layer != BARE), stage_layer)
    preset = fallback if avoid and stage_layer == BARE else stage_layer
    return LayerRule(tuple(layers), preset, None, bare_preselect=not avoid)


def daily_reminders(
    screening: Screening | None, today: date, last_shown: date | None
) -> list[Text]:
    """The reminders to show today; none if they were shown on ``today`` already.

    Once a day keeps the reminder in view without nagging at every session.
    """
    if screening is None or last_shown == today:
        return []
    return [reminder for key, reminder in _REMINDERS if screening.answers.get(key)]
