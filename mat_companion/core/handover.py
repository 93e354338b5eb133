"""What a second launch asks of the window already open: one place knows the wire format.

The request travels as a JSON object over the instance socket; anything a
receiver does not know (a newer launcher, a damaged message) just brings the
window forward.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import Enum


class Handover(Enum):
    """What the open window is asked to do."""

    SHOW = "show"
    START_SESSION = "start_session"
    QUIT = "quit"  # the bundle's smoke test: leave as the tray's Quit does


def handover_request(kind: Handover) -> dict[str, bool]:
    """The JSON object a second launch sends for ``kind``."""
    return {} if kind is Handover.SHOW else {kind.value: True}


def handover_kind(request: Mapping[str, object]) -> Handover:
    """What a received request asks for (quitting first: it is asked only on purpose)."""
    for kind in (Handover.QUIT, Handover.START_SESSION):
        if request.get(kind.value) is True:
            return kind
    return Handover.SHOW
