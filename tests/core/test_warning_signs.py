from datetime import date
from typing import Any

import pytest

from mat_companion.core.history_schema import SKIN_ANSWERS, SKIN_WARNINGS, session_problem
from mat_companion.core.warning_signs import HealedAnswer, advice, question, valid_answer_setting
from tests.factories import make_session

#: DOMAIN.md's stop signs, and marks that stayed.
STOP_SIGNS = {
    "marks_stayed",
    "broken_skin",
    "blisters",
    "numbness",
    "bruises_lasting",
    "faint_or_unwell",
}
#: DOMAIN.md, "What the app may and may not claim".
NEVER_SAY = ("treat", "cure", "detox", "endorphin", "improves sleep", "blood pressure", "proven")


def test_the_stop_signs_are_domains_and_marks_that_stayed() -> None:
    assert SKIN_WARNINGS == STOP_SIGNS


@pytest.mark.parametrize("sign", sorted(STOP_SIGNS))
def test_every_stop_sign_says_stop_and_asks_whether_it_has_gone(sign: str) -> None:
    words = str(advice(sign))
    assert words.startswith(("Stop", "Marks that stay are a sign to rest: stop"))
    assert "check with your doctor" in words.lower()
    assert "common and normal" not in words, "no reassurance under a warning"
    assert not any(claim in words.lower() for claim in NEVER_SAY)
    assert str(question(sign)).endswith("?")


def test_numbness_has_its_own_advice_not_the_skins() -> None:
    assert "skin" not in str(advice("numbness"))
    assert "feeling has fully come back" in str(advice("numbness"))
    assert "numbness" in str(question("numbness"))
    assert len({str(advice(sign)) for sign in STOP_SIGNS}) == len(STOP_SIGNS), "each its own"


def test_redness_that_faded_is_reassured_and_nothing_is_silent() -> None:
    assert str(advice("redness_faded")) == (
        "Redness that fades after getting off is common and normal."
    )
    assert advice("none") is None and advice(None) is None


@pytest.mark.parametrize("skin", SKIN_ANSWERS)
def test_every_skin_answer_old_and_new_is_a_valid_record(skin: str) -> None:
    assert session_problem(make_session(skin=skin)) is None


def test_an_unknown_skin_answer_is_refused() -> None:
    assert "skin must be one of none, redness_faded, marks_stayed" in str(
        session_problem(make_session(skin="rash"))
    )


def test_the_healed_answer_round_trips_with_its_date() -> None:
    answer = HealedAnswer("0b5c7c52-3f8e-4d2e-9a55-2f1f0f0d6a11", True, date(2026, 12, 1))
    stored = answer.to_dict()
    assert stored == {
        "session": "0b5c7c52-3f8e-4d2e-9a55-2f1f0f0d6a11",
        "healed": True,
        "on": "2026-12-01",
    }
    assert HealedAnswer.from_dict(stored) == answer
    assert valid_answer_setting(stored) and valid_answer_setting({})


@pytest.mark.parametrize(
    "value",
    [
        None,
        [],
        {"session": "x", "healed": True},
        {"session": "x", "healed": 1, "on": "2026-12-01"},
        {"session": "", "healed": True, "on": "2026-12-01"},
        {"session": "x", "healed": True, "on": "1 December"},
        {"session": "x", "healed": True, "on": 20261201},
        {"session": "x", "healed": True, "on": "2026-12-01", "extra": 1},
    ],
)
def test_a_malformed_healed_answer_is_none(value: Any) -> None:
    assert HealedAnswer.from_dict(value) is None
    assert not valid_answer_setting(value)
