"""Numbers of a shipped data file read into a dataclass, each checked the same way.

The session timings and the progression thresholds are tuned in data; a value
of the wrong kind, or a misspelt or retired name that would otherwise be
ignored without a word, is refused with the entry named.
"""

from __future__ import annotations

import math
from dataclasses import fields
from typing import Any, TypeVar

T = TypeVar("T")


def numbers_of(cls: type[T], raw: object, *, where: str, least: float, whole: bool = False) -> T:
    """``cls`` with each field from ``raw`` (a JSON object), or its default where absent.

    Every value is a finite number (``whole``: a whole number) of at least ``least``;
    ``where`` names the object in messages (``timings``), or is empty for the file.

    Raises:
        ValueError: naming the entry and the problem.
    """
    prefix = f"{where}." if where else ""
    if not isinstance(raw, dict):
        raise ValueError(f"{where or 'the file'} must be an object")
    specs = fields(cls)  # type: ignore[arg-type]
    unknown = sorted(set(raw) - {spec.name for spec in specs})
    if unknown:
        raise ValueError(f"{where or 'the file'} has unknown entries: {', '.join(unknown)}")
    kinds = int if whole else int | float
    kind_name = "a whole number" if whole else "a number"
    values: dict[str, Any] = {}
    for spec in specs:
        value = raw.get(spec.name, spec.default)
        number = isinstance(value, kinds) and not isinstance(value, bool) and math.isfinite(value)
        if not number or value < least:
            raise ValueError(f"{prefix}{spec.name} must be {kind_name} of at least {least:g}")
        values[spec.name] = value
    return cls(**values)
