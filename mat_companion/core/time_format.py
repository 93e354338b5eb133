"""Minutes and seconds as people read them on a clock."""

from __future__ import annotations

import math


def clock_text(seconds: float) -> str:
    """``m:ss`` (or ``h:mm:ss``), rounding up so a countdown shows 0:00 only at the end."""
    whole = max(0, math.ceil(seconds - 1e-9))
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def elapsed_text(seconds: float) -> str:
    """``m:ss`` counting up (rounding down)."""
    return clock_text(math.floor(seconds))
