"""The start-up gate's whole table, and the start-ups a user meets (issue 17, point 4)."""

import pytest

from mat_companion.core.startup_gate import GateEvent, GateState, StartupGate

LOAD, LOAD_W, ASK, ASK_W, OPEN = (
    GateState.LOADING,
    GateState.LOADING_WANTED,
    GateState.ASKING,
    GateState.ASKING_WANTED,
    GateState.OPEN,
)
START = True

# Every state against every event: (next state, start the session now).
TABLE = {
    #          REQUESTED         READY           ASKED            ANSWERED         DECLINED
    LOAD: [(LOAD_W, False), (OPEN, False), (ASK, False), (LOAD, False), (LOAD, False)],
    LOAD_W: [(LOAD_W, False), (OPEN, START), (ASK_W, False), (LOAD_W, False), (LOAD_W, False)],
    ASK: [(ASK_W, False), (ASK, False), (ASK, False), (OPEN, False), (OPEN, False)],
    ASK_W: [(ASK_W, False), (ASK_W, False), (ASK_W, False), (OPEN, START), (OPEN, False)],
    OPEN: [(OPEN, START), (OPEN, False), (ASK, False), (OPEN, False), (OPEN, False)],
}
CASES = [
    (state, event, *outcome)
    for state, row in TABLE.items()
    for event, outcome in zip(GateEvent, row, strict=True)
]


@pytest.mark.parametrize(("state", "event", "after", "start"), CASES)
def test_the_table(state: GateState, event: GateEvent, after: GateState, start: bool) -> None:
    gate = StartupGate()
    gate.state = state
    assert (gate.handle(event), gate.state) == (start, after)


def run(*events: GateEvent) -> list[bool]:
    gate = StartupGate()
    return [gate.handle(event) for event in events]


def test_a_session_asked_for_at_launch_starts_once_the_history_is_loaded() -> None:
    assert run(GateEvent.REQUESTED, GateEvent.REQUESTED, GateEvent.READY) == [False, False, True]


def test_the_questions_that_come_first_hold_it_until_answered() -> None:
    events = (GateEvent.REQUESTED, GateEvent.ASKED, GateEvent.REQUESTED, GateEvent.ANSWERED)
    assert run(*events) == [False, False, False, True]


def test_safety_questions_left_unanswered_drop_it() -> None:
    events = (GateEvent.REQUESTED, GateEvent.ASKED, GateEvent.DECLINED, GateEvent.READY)
    assert run(*events) == [False, False, False, False]


def test_once_open_a_request_starts_at_once_and_the_wizard_from_settings_holds_it() -> None:
    gate = StartupGate()
    assert not gate.loaded
    gate.handle(GateEvent.READY)
    assert gate.loaded
    assert gate.handle(GateEvent.REQUESTED)
    gate.handle(GateEvent.ASKED)
    assert not gate.handle(GateEvent.REQUESTED)
    assert gate.handle(GateEvent.ANSWERED)
