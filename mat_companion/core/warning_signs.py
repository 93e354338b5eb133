"""The stop signs after a session (DOMAIN.md): the advice for each, and the answer that it has gone.

A stop sign means no more sessions until the user says it has healed or
gone; that answer is kept in the settings with its date, so the app never
has to guess from the calendar when skin has healed. The advice says what to
do and when to see a doctor, and never what the mat does to the body.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any, Final

from mat_companion.core.texts import Text, text

_ADVICE: Final[Mapping[str, Text]] = {
    "redness_faded": text("Redness that fades after getting off is common and normal."),
    "marks_stayed": text(
        "Marks that stay are a sign to rest: stop using the mat until they have gone, then "
        "start again gently, with a shirt or a towel over the mat. Check with your doctor "
        "if they do not fade."
    ),
    "broken_skin": text(
        "Stop using the mat until your skin has healed, and check with your doctor if it does "
        "not improve."
    ),
    "blisters": text(
        "Stop using the mat until the blisters have healed, and check with your doctor if they "
        "do not improve."
    ),
    "numbness": text(
        "Stop using the mat until the feeling has fully come back. If the numbness lasts or "
        "comes back, check with your doctor before you use the mat again."
    ),
    "bruises_lasting": text(
        "Stop using the mat until the bruises have gone, and check with your doctor if they do "
        "not fade or you bruise easily."
    ),
    "faint_or_unwell": text(
        "Stop for today and rest somewhere safe, off the mat, until you feel well. If it does "
        "not pass or happens again, check with your doctor before you use the mat again."
    ),
}

_QUESTIONS: Final[Mapping[str, Text]] = {
    "marks_stayed": text("Have the marks gone?"),
    "broken_skin": text("Has your skin healed?"),
    "blisters": text("Have the blisters healed?"),
    "numbness": text("Has the numbness gone, with the feeling fully back?"),
    "bruises_lasting": text("Have the bruises gone?"),
    "faint_or_unwell": text("Do you feel well again?"),
}


def advice(skin: str | None) -> Text | None:
    """What to do after this skin answer: a stop sign's advice, the reassurance, or nothing."""
    return _ADVICE.get(skin) if skin is not None else None


def question(sign: str) -> Text:
    """The question that lets suggestions come back once the stop sign has gone."""
    return _QUESTIONS[sign]


@dataclass(frozen=True)
class HealedAnswer:
    """The user's answer about one session's stop sign, and the day it was given."""

    session_id: str
    healed: bool
    on: date

    def to_dict(self) -> dict[str, Any]:
        """The settings value."""
        return {"session": self.session_id, "healed": self.healed, "on": self.on.isoformat()}

    @classmethod
    def from_dict(cls, value: Any) -> HealedAnswer | None:
        """The answer in a settings value, or ``None`` if there is none or it is malformed."""
        if not isinstance(value, dict) or set(value) != {"session", "healed", "on"}:
            return None
        session, healed, on = value["session"], value["healed"], value["on"]
        if not isinstance(session, str) or not session or not isinstance(healed, bool):
            return None
        try:
            day = date.fromisoformat(on) if isinstance(on, str) else None
        except ValueError:
            return None
        # The history keeps ids lowercase; an answer saved before it did still matches.
        return None if day is None else cls(session.lower(), healed, day)


def valid_answer_setting(value: Any) -> bool:
    """An empty object (never asked) or a well-formed answer."""
    return value == {} or HealedAnswer.from_dict(value) is not None
