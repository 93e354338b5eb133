"""What a notice in the window is: news that something worked, or something to look at.

The kind decides how it looks and how it is logged: a warning stands out and is
logged as one; news ("12 sessions exported to …") is calm and logged as info,
so a log read after a problem shows the problems, not every export.
"""

from __future__ import annotations

from enum import Enum


class NoticeKind(Enum):
    """How much a notice asks of the user."""

    INFO = "info"
    WARNING = "warning"
