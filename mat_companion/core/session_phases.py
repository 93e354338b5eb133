"""The phases a mat session goes through, in order."""

from __future__ import annotations

from enum import Enum


class Phase(Enum):
    """Getting on, the sting that settles, relaxing, coming back, and done."""

    GET_READY = "get_ready"
    SETTLE_IN = "settle_in"
    MAIN = "main"
    CLOSING = "closing"
    FINISHED = "finished"
