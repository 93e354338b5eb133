"""When a session asked for at launch (``--start-session``, a second launch) may start.

Not before the history is loaded, and not while a question that has to come
first is open (the safety questions, the offer to keep a crashed session): the
wish waits, and is dropped if the safety questions go unanswered. The states
and their transitions are data, so the whole start-up is read (and tested) in
one table.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import Enum


class GateState(Enum):
    """Where the start-up is, and whether a session waits for it."""

    LOADING = "loading"  # the window is up, the history not loaded yet
    LOADING_WANTED = "loading, a session wanted"
    ASKING = "asking"  # a question that comes before any session is open
    ASKING_WANTED = "asking, a session wanted"
    OPEN = "open"  # a session may start at once


class GateEvent(Enum):
    """What happened at start-up."""

    REQUESTED = "a session was asked for"
    READY = "the history is loaded and nothing is to be asked"
    ASKED = "a question that comes first was opened"
    ANSWERED = "the question was answered"
    DECLINED = "the safety questions were left unanswered"


#: (state, event) -> (next state, start the session now). An event not listed
#: for a state leaves it as it is and starts nothing.
TRANSITIONS: Mapping[tuple[GateState, GateEvent], tuple[GateState, bool]] = {
    (GateState.LOADING, GateEvent.REQUESTED): (GateState.LOADING_WANTED, False),
    (GateState.LOADING, GateEvent.READY): (GateState.OPEN, False),
    (GateState.LOADING, GateEvent.ASKED): (GateState.ASKING, False),
    (GateState.LOADING_WANTED, GateEvent.READY): (GateState.OPEN, True),
    (GateState.LOADING_WANTED, GateEvent.ASKED): (GateState.ASKING_WANTED, False),
    (GateState.ASKING, GateEvent.REQUESTED): (GateState.ASKING_WANTED, False),
    (GateState.ASKING, GateEvent.ANSWERED): (GateState.OPEN, False),
    (GateState.ASKING, GateEvent.DECLINED): (GateState.OPEN, False),
    (GateState.ASKING_WANTED, GateEvent.ANSWERED): (GateState.OPEN, True),
    (GateState.ASKING_WANTED, GateEvent.DECLINED): (GateState.OPEN, False),
    (GateState.OPEN, GateEvent.REQUESTED): (GateState.OPEN, True),
    (GateState.OPEN, GateEvent.ASKED): (GateState.ASKING, False),
}


class StartupGate:
    """Follows :data:`TRANSITIONS` from ``LOADING``; each event says whether to start now."""

    def __init__(self) -> None:
        self.state = GateState.LOADING

    def handle(self, event: GateEvent) -> bool:
        """Take ``event``; return True when the waiting session should start now."""
        self.state, start = TRANSITIONS.get((self.state, event), (self.state, False))
        return start

    @property
    def loaded(self) -> bool:
        """Whether the start-up has loaded the history (a page built later acts at once)."""
        return self.state not in (GateState.LOADING, GateState.LOADING_WANTED)
