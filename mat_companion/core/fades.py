"""Volume ramps that never cut sound abruptly: smooth S-curves (raised cosine) of a set length."""

from __future__ import annotations

import math
from dataclasses import dataclass


@dataclass(frozen=True)
class Fade:
    """A ramp from ``start`` gain to ``end`` gain over ``seconds``, beginning at clock ``at``."""

    at: float
    start: float
    end: float
    seconds: float

    def gain(self, now: float) -> float:
        """The gain at clock time ``now`` (held at either end outside the ramp)."""
        if self.seconds <= 0 or now >= self.at + self.seconds:
            return self.end
        if now <= self.at:
            return self.start
        fraction = (now - self.at) / self.seconds
        shaped = math.sin(fraction * math.pi / 2) ** 2
        return self.start + (self.end - self.start) * shaped

    def done(self, now: float) -> bool:
        """Whether the ramp has reached its end."""
        return now >= self.at + self.seconds


def steady(gain: float) -> Fade:
    """A gain that does not change."""
    return Fade(0.0, gain, gain, 0.0)
