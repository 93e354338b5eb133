"""The first-run safety screening: plain questions, and advice (never a lockout) for a yes."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any, Final

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
        "Is your skin broken, infected or inflamed where you would lie (a rash, sunburn or "
        "fragile skin)?",
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
        "Sources disagree on children; the articles say not under 7. An adult should "
        "supervise. " + SEE_DOCTOR,
    ),
)

EXPERIENCE_STAGE: Final = {
    "never": "beginner",
    "sometimes": "intermediate",
    "regularly": "advanced",
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
