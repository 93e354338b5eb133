"""The user's settings: a small JSON file with defaults and validation.

Settings live apart from the history (config dir). A hand-edited file with a
bad value loses only that value: it falls back to its default, the original
file is kept aside untouched, and the user is told in one sentence.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from mat_companion.core.breathing import BreathPattern, PatternError
from mat_companion.core.files import (
    NotAFileError,
    StorageError,
    describe_os_error,
    file_behind,
    os_error_reason,
    read_regular_file,
    set_aside,
    write_atomic,
)
from mat_companion.core.mixes import (
    DEFAULT_FADE_OUT_SECONDS,
    FADE_OUT_RANGE,
    layers_from_json,
    mixes_from_json,
)
from mat_companion.core.reminder import parse_time
from mat_companion.core.safety import Screening
from mat_companion.core.texts import Text, text
from mat_companion.core.warning_signs import valid_answer_setting

#: Bounds on any value in the file, known or not: beyond them a value is only an attack
#: or an accident, and a deeper one could not even be written back (recursion). The
#: longest text is what a line edit takes, so nothing the user types is ever refused.
MAX_DEPTH = 8
MAX_TEXT = 32_767
MAX_ITEMS = 10_000
#: A remembered session length or bell interval, in minutes (the widgets narrow it further).
MAX_MINUTES = 24 * 60


def is_plain(value: Any, depth: int = 0) -> bool:
    """Whether ``value`` is modest JSON: finite numbers, text of a line, shallow and small."""
    if value is None or isinstance(value, bool | int):
        return True
    if isinstance(value, float):
        return math.isfinite(value)
    if isinstance(value, str):
        return len(value) <= MAX_TEXT
    if depth >= MAX_DEPTH or not isinstance(value, list | dict) or len(value) > MAX_ITEMS:
        return False
    if isinstance(value, dict):
        return all(
            is_plain(key, depth + 1) and is_plain(item, depth + 1) for key, item in value.items()
        )
    return all(is_plain(item, depth + 1) for item in value)


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


@dataclass(frozen=True)
class Field:
    """One setting: its default and what values it accepts."""

    default: Any
    minimum: float | None = None
    maximum: float | None = None
    choices: tuple[Any, ...] | None = None
    #: A further check for values with a shape of their own.
    check: Callable[[Any], bool] | None = None

    def accepts(self, value: Any) -> bool:
        """Return whether ``value`` is a valid value for this setting."""
        if not is_plain(value):
            return False
        expected = type(self.default)
        if expected is float:
            if not _is_number(value):
                return False
        elif expected is int:
            if isinstance(value, bool) or not isinstance(value, int):
                return False
        elif not isinstance(value, expected):
            return False
        if self.minimum is not None and value < self.minimum:
            return False
        if self.maximum is not None and value > self.maximum:
            return False
        if self.choices is not None and value not in self.choices:
            return False
        return self.check is None or self.check(value)


def _is_iso_day(value: Any) -> bool:
    if not isinstance(value, str):
        return False
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return True


def _is_whole(value: Any, low: int, high: int) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and low <= value <= high


def _is_optional_text(value: Any) -> bool:
    return value is None or isinstance(value, str)


def _each(check: Callable[[Any], bool]) -> Callable[[Any], bool]:
    """A check for a list whose every item passes ``check``."""
    return lambda items: all(check(item) for item in items)


def _each_value(check: Callable[[Any], bool]) -> Callable[[Any], bool]:
    """A check for a mapping whose every value passes ``check`` (keys are JSON text)."""
    return lambda mapping: all(check(item) for item in mapping.values())


def _is_pattern(value: Any) -> bool:
    if not isinstance(value, dict):
        return False
    try:
        BreathPattern.from_dict(value)
    except PatternError:
        return False
    return True


def _is_weekdays(value: list[Any]) -> bool:
    return all(_is_whole(day, 0, 6) for day in value) and len(set(value)) == len(value)


def _is_layers(value: Any) -> bool:
    return isinstance(value, dict) and layers_from_json(value) == value


def _is_mixes(value: list[Any]) -> bool:
    return [mix.to_json() for mix in mixes_from_json(value)] == value


#: What ``last_session`` may remember, each with its check (absent keys are not remembered).
_LAST_SESSION: Mapping[str, Callable[[Any], bool]] = {
    "stage": lambda value: isinstance(value, str),
    "minutes": lambda value: _is_whole(value, 1, MAX_MINUTES),
    "open_ended": lambda value: isinstance(value, bool),
    "position": _is_optional_text,
    "surface": _is_optional_text,
    "layer": _is_optional_text,
    "interval_bell_minutes": lambda value: _is_whole(value, 0, MAX_MINUTES),
    "breathing": _is_optional_text,
}


def _is_last_session(value: dict[str, Any]) -> bool:
    return all(key in _LAST_SESSION and _LAST_SESSION[key](item) for key, item in value.items())


def _is_screening(value: dict[str, Any]) -> bool:
    return value == {} or Screening.from_dict(value) is not None


def _is_geometry(value: str) -> bool:
    """Qt's saved window geometry, as base64 text."""
    return value.isascii() and all(char.isalnum() or char in "+/=" for char in value)


FIELDS: Mapping[str, Field] = {
    "window_geometry": Field("", check=_is_geometry),
    "last_page": Field(
        "session", choices=("session", "breathing", "progress", "history", "settings")
    ),
    "reduced_motion": Field(False),
    "cue_tones": Field(True),
    "cue_tone_volume": Field(0.5, minimum=0.0, maximum=1.0),
    "cue_hold_tick": Field(False),
    "cue_tick_volume": Field(0.3, minimum=0.0, maximum=1.0),
    "cue_spoken": Field(False),
    "cue_spoken_volume": Field(0.7, minimum=0.0, maximum=1.0),
    "breathing_choice": Field("resonance"),
    "breathing_ramp": Field(False),
    "custom_patterns": Field({}, check=_each_value(_is_pattern)),
    "pattern_first_used": Field({}, check=_each_value(_is_iso_day)),
    "screening": Field({}, check=_is_screening),
    #: The day (ISO) the setup last showed the screening's reminders, or "" for never.
    "safety_reminder_day": Field("", check=lambda day: day == "" or _is_iso_day(day)),
    "experience": Field("", choices=("", "never", "sometimes", "regularly")),
    "interests": Field([], check=_each(lambda interest: isinstance(interest, str))),
    "stage": Field("beginner"),
    "declined": Field({}, check=_each_value(lambda done: _is_whole(done, 0, 2**31 - 1))),
    "warning_answer": Field({}, check=valid_answer_setting),
    "master_volume": Field(0.33, minimum=0.0, maximum=1.0),
    "ambient": Field({}, check=_is_layers),
    "mixes": Field([], check=_is_mixes),
    "fade_out_seconds": Field(
        DEFAULT_FADE_OUT_SECONDS, minimum=FADE_OUT_RANGE[0], maximum=FADE_OUT_RANGE[1]
    ),
    "rest_weekdays": Field([], check=_is_weekdays),
    "rest_weeks": Field([], check=_each(_is_iso_day)),
    "show_streaks": Field(False),  # off until asked for: streaks cause stress (DOMAIN)
    "reminder_enabled": Field(False),
    "reminder_time": Field("19:30", check=lambda at: parse_time(at) is not None),
    "last_session": Field({}, check=_is_last_session),
}


class Settings:
    """Validated settings backed by ``settings.json``; unknown keys are kept for newer versions."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._values: dict[str, Any] = {key: field.default for key, field in FIELDS.items()}
        self._unknown: dict[str, Any] = {}

    @classmethod
    def load(cls, path: Path) -> tuple[Settings, Text | None]:
        """Read settings from ``path``; return them and a message for the user, if any.

        A missing file gives the defaults silently. A file that cannot be used
        whole is moved aside (its bytes kept) and the usable values are kept.
        """
        settings = cls(path)
        try:
            raw = read_regular_file(path)
        except FileNotFoundError:
            return settings, None
        except NotAFileError as error:  # a named pipe would hang the start, a device never end
            return settings, error.text
        except OSError as error:
            return settings, text(
                "{problem} Default settings are used.",
                problem=describe_os_error(error, text("read the settings file"), path),
            )
        try:
            document = json.loads(raw)
        except (ValueError, RecursionError):
            document = None
        if not isinstance(document, dict):
            return settings, settings._set_aside_because(text("is not a valid settings file"), {})
        bad = settings._take(document)
        if not bad:
            return settings, None
        return settings, settings._set_aside_because(
            text("had invalid values for {names}", names=", ".join(sorted(bad))), document
        )

    def _take(self, document: dict[str, Any]) -> list[str]:
        """Adopt the valid values of ``document``; return the names of the invalid ones."""
        bad = []
        for key, value in document.items():
            field = FIELDS.get(key)
            if field is None and is_plain(value):
                self._unknown[key] = value
            elif field is not None and field.accepts(value):
                self._values[key] = value
            else:
                bad.append(key)
        return bad

    def _set_aside_because(self, problem: Text, document: dict[str, Any]) -> Text:
        """Keep the unusable file aside, save what was usable, and describe it in one sentence."""
        try:
            kept = set_aside(file_behind(self.path), "invalid")
        except OSError as error:
            return text(
                "The settings file {path} {problem}; defaults are used for those, "
                "but the file could not be moved aside ({error}).",
                path=self.path,
                problem=problem,
                error=os_error_reason(error),
            )
        described = text(
            "The settings file {path} {problem}, so defaults are used for those; "
            "the original was kept as {kept}.",
            path=self.path,
            problem=problem,
            kept=kept,
        )
        try:
            self.save()
        except StorageError as error:
            return text("{described} {error}", described=described, error=error.text)
        return described

    def get(self, key: str) -> Any:
        """Return the value of setting ``key``."""
        return self._values[key]

    def set(self, key: str, value: Any) -> None:
        """Change setting ``key``; an invalid value raises ``ValueError`` and changes nothing."""
        field = FIELDS.get(key)
        if field is None:
            raise KeyError(key)
        if not field.accepts(value):
            raise ValueError(f"{value!r} is not a valid value for the setting {key!r}")
        self._values[key] = value

    def save_or_tell(self, tell: Callable[[Text], None]) -> bool:
        """Save; if the machine refuses, pass its one sentence to ``tell`` and return False."""
        try:
            self.save()
        except StorageError as error:
            tell(error.text)
            return False
        return True

    def save(self) -> None:
        """Write the settings atomically.

        Raises:
            StorageError: with one sentence for the user.
        """
        document = {**self._unknown, **self._values}
        data = json.dumps(document, indent=2, sort_keys=True).encode("utf-8") + b"\n"
        write_atomic(self.path, data)
