"""Strict, fast JSON for the user's files: orjson, with the standard library behind it.

orjson keeps a 30-year history loading and saving near raw-parse speed. What it
refuses or would round (integers beyond 64 bits, UTF-16 text, lone surrogate
escapes) goes to the standard library instead, so no valid file is rejected
and no value another tool wrote is changed. NaN and Infinity, which JSON does not
allow, are refused by both, and so is nesting deeper than the app could write back.
"""

from __future__ import annotations

import json
from typing import Any

import orjson


class JSONError(ValueError):
    """The bytes are not JSON; the message says where, briefly."""


class TooDeepError(JSONError):
    """The bytes are JSON, but nested deeper than the app could write them back."""


def _reject_constant(name: str) -> None:
    raise ValueError(f"{name} is not a number JSON allows")


#: Maps every digit to "0" and every other byte to a space, to find long runs of digits.
_DIGITS_ONLY = bytes(0x30 if 0x30 <= byte <= 0x39 else 0x20 for byte in range(256))
#: orjson reads integers from 2**64 up as floats; 19 digits in a row may be such a number.
_LONG_NUMBER = b"0" * 19
#: The deepest nesting accepted: what orjson writes, and far below Python's recursion
#: limit for the standard library's writer, so whatever loads can always be saved again.
MAX_DEPTH = 254
_TOO_DEEP = "it is nested too deeply"


def loads(raw: bytes, *, max_depth: int = MAX_DEPTH) -> Any:
    """Parse ``raw``; raise ``JSONError`` with a short reason.

    ``max_depth`` (at least ``MAX_DEPTH``) is for a document whose parts are
    written one by one, each of them at most ``MAX_DEPTH`` deep.
    """
    value = _parse(raw)
    try:  # fast, and it fails only on integers beyond 64 bits or nesting beyond MAX_DEPTH
        orjson.dumps(value)
    except orjson.JSONEncodeError:
        if _deeper_than(value, max_depth):
            raise TooDeepError(_TOO_DEEP) from None
    return value


def _parse(raw: bytes) -> Any:
    if raw.translate(_DIGITS_ONLY).find(_LONG_NUMBER) < 0:
        try:
            return orjson.loads(raw)
        except orjson.JSONDecodeError:
            pass
    try:
        return json.loads(raw, parse_constant=_reject_constant)
    except UnicodeDecodeError:
        raise JSONError("it is not UTF-8 text") from None
    except RecursionError:
        raise TooDeepError(_TOO_DEEP) from None
    except ValueError as error:
        raise JSONError(f"it is not valid JSON: {error}") from None


def _deeper_than(value: Any, limit: int) -> bool:
    """Whether containers nest more than ``limit`` levels (a loop, not recursion)."""
    pending = [(value, 1)] if isinstance(value, (dict, list)) else []
    while pending:
        container, depth = pending.pop()
        if depth > limit:
            return True
        children = container.values() if isinstance(container, dict) else container
        pending.extend((child, depth + 1) for child in children if isinstance(child, (dict, list)))
    return False


def dumps(value: Any) -> bytes:
    """Compact UTF-8 JSON for ``value``."""
    try:
        return orjson.dumps(value)
    except TypeError:
        return json.dumps(value, separators=(",", ":")).encode("ascii")
