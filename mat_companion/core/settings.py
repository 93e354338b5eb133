"""The user's settings: a small JSON file with defaults and validation, read and written typed.

Settings live apart from the history (config dir). A hand-edited file with a
bad value loses only that value: it falls back to its default, the original
file is kept aside untouched, and the user is told in one sentence.

Each setting is an attribute of ``Settings`` with its type (``settings.master_volume``
is a float, ``settings.screening`` a ``Screening`` or None), so mypy checks every key
and value; this module is the one place that turns the file's JSON into those values
and back. The file keeps the JSON it always had: a value is stored as it was read
until the app changes it.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, time
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any, Generic, TypedDict, TypeVar, cast, overload

from mat_companion.core.breath_cues import CueChoices
from mat_companion.core.breathing import DEFAULT_PATTERN_KEY, BreathPattern, PatternError
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
    Mix,
    layers_from_json,
    mixes_from_json,
)
from mat_companion.core.reminder import parse_time
from mat_companion.core.safety import Experience, Screening
from mat_companion.core.texts import Text, text
from mat_companion.core.warning_signs import HealedAnswer, valid_answer_setting

if TYPE_CHECKING:
    from mat_companion.core.history_stats import RestPlan

#: Bounds on any value in the file, known or not: beyond them a value is only an attack
#: or an accident, and a deeper one could not even be written back (recursion). The
#: longest text is what a line edit takes, so nothing the user types is ever refused.
MAX_DEPTH = 8
MAX_TEXT = 32_767
MAX_ITEMS = 10_000
#: A remembered session length or bell interval, in minutes (the widgets narrow it further).
MAX_MINUTES = 24 * 60

T = TypeVar("T")


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
    """How a setting looks in the file: its default and what values it accepts."""

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


class Setting(Generic[T]):
    """One setting: its ``Field`` in the file, and how its JSON becomes a ``T`` and back.

    A descriptor on ``Settings``: reading decodes the stored JSON (which the field has
    checked), writing encodes the value and refuses one the field would not load.
    """

    def __init__(
        self,
        field: Field,
        decode: Callable[[Any], T],
        encode: Callable[[T], object],
        key: str = "",
    ) -> None:
        self.field = field
        self.decode = decode
        self.encode = encode
        self.key = key

    def __set_name__(self, owner: type, name: str) -> None:
        self.key = self.key or name

    @overload
    def __get__(self, settings: None, owner: type | None = None) -> Setting[T]: ...

    @overload
    def __get__(self, settings: Settings, owner: type | None = None) -> T: ...

    def __get__(self, settings: Settings | None, owner: type | None = None) -> Setting[T] | T:
        if settings is None:
            return self
        return self.decode(settings._values[self.key])

    def __set__(self, settings: Settings, value: T) -> None:
        settings._put({self.key: self.encode(value)})


def _flag(default: bool, key: str = "") -> Setting[bool]:
    return Setting(Field(default), bool, bool, key)


def _share(default: float, key: str = "") -> Setting[float]:
    """A volume from 0 to 1."""
    return Setting(Field(default, minimum=0.0, maximum=1.0), float, float, key)


def _words(
    default: str,
    *,
    choices: tuple[str, ...] | None = None,
    check: Callable[[Any], bool] | None = None,
) -> Setting[str]:
    return Setting(Field(default, choices=choices, check=check), str, str)


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


class LastSession(TypedDict, total=False):
    """The setup's choices, offered again at the next start (a key absent: not remembered)."""

    stage: str
    minutes: int
    open_ended: bool
    position: str | None
    surface: str | None
    layer: str | None
    interval_bell_minutes: int
    breathing: str | None


#: The check of each key ``LastSession`` may hold (a test keeps the two in step).
LAST_SESSION_CHECKS: Mapping[str, Callable[[Any], bool]] = {
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
    return all(
        key in LAST_SESSION_CHECKS and LAST_SESSION_CHECKS[key](item) for key, item in value.items()
    )


def _last_session(value: dict[str, Any]) -> LastSession:
    """The checked mapping as the typed one (each key and type is what the check let in)."""
    return cast(LastSession, dict(value))


def _is_screening(value: dict[str, Any]) -> bool:
    return value == {} or Screening.from_dict(value) is not None


def _is_geometry(value: str) -> bool:
    """Qt's saved window geometry, as base64 text."""
    return value.isascii() and all(char.isalnum() or char in "+/=" for char in value)


def _optional_day(value: str) -> date | None:
    return date.fromisoformat(value) if value else None


def _reminder_time(value: str) -> time:
    at = parse_time(value)
    if at is None:  # the field's check refused such a value
        raise ValueError(value)
    return at


_CUES = CueChoices()


class ColourScheme(StrEnum):
    """The app's colours: the system's light or dark scheme, or one of them always."""

    SYSTEM = "system"
    LIGHT = "light"
    DARK = "dark"


class Settings:
    """Validated settings backed by ``settings.json``; unknown keys are kept for newer versions."""

    __slots__ = ("_unknown", "_values", "path")

    window_geometry = _words("", check=_is_geometry)
    reduced_motion = _flag(False)
    colour_scheme: Setting[ColourScheme] = Setting(
        Field(ColourScheme.SYSTEM.value, choices=tuple(ColourScheme)),
        ColourScheme,
        lambda scheme: scheme.value,
    )
    _cue_tones = _flag(_CUES.tones, "cue_tones")
    _cue_tone_volume = _share(_CUES.tone_volume, "cue_tone_volume")
    _cue_hold_tick = _flag(_CUES.hold_tick, "cue_hold_tick")
    _cue_tick_volume = _share(_CUES.tick_volume, "cue_tick_volume")
    _cue_spoken = _flag(_CUES.spoken, "cue_spoken")
    _cue_spoken_volume = _share(_CUES.spoken_volume, "cue_spoken_volume")
    breathing_choice = _words(DEFAULT_PATTERN_KEY)
    breathing_ramp = _flag(False)
    custom_patterns: Setting[Mapping[str, BreathPattern]] = Setting(
        Field({}, check=_each_value(_is_pattern)),
        lambda saved: {name: BreathPattern.from_dict(value) for name, value in saved.items()},
        lambda saved: {name: pattern.to_dict() for name, pattern in saved.items()},
    )
    #: The day each preset was first paced (a limited pattern's first month counts from it).
    pattern_first_used: Setting[Mapping[str, date]] = Setting(
        Field({}, check=_each_value(_is_iso_day)),
        lambda used: {key: date.fromisoformat(day) for key, day in used.items()},
        lambda used: {key: day.isoformat() for key, day in used.items()},
    )
    #: The safety answers; None until they are given (the file's empty object).
    screening: Setting[Screening | None] = Setting(
        Field({}, check=_is_screening),
        Screening.from_dict,
        lambda screening: {} if screening is None else screening.to_dict(),
    )
    #: The day the setup last showed the screening's reminders; None for never.
    safety_reminder_day: Setting[date | None] = Setting(
        Field("", check=lambda day: day == "" or _is_iso_day(day)),
        _optional_day,
        lambda day: "" if day is None else day.isoformat(),
    )
    #: How often the user had used a mat when they started; None until the wizard asks.
    experience: Setting[Experience | None] = Setting(
        Field("", choices=("", *Experience)),
        lambda value: Experience(value) if value else None,
        lambda experience: "" if experience is None else experience.value,
    )
    stage = _words("beginner")
    #: How many sessions on the path the history held when ``stage`` was chosen: sessions
    #: coming in later (an import) move the setup to where the history stands.
    stage_seen_sessions: Setting[int] = Setting(
        Field(0, check=lambda seen: _is_whole(seen, 0, 2**31 - 1)), int, int
    )
    #: Per suggestion key, how many sessions were done at its stage when it was declined.
    declined: Setting[dict[str, int]] = Setting(
        Field({}, check=_each_value(lambda done: _is_whole(done, 0, 2**31 - 1))), dict, dict
    )
    warning_answer: Setting[HealedAnswer | None] = Setting(
        Field({}, check=valid_answer_setting),
        HealedAnswer.from_dict,
        lambda answer: {} if answer is None else answer.to_dict(),
    )
    master_volume = _share(0.33)
    #: The ambient layers that play under a session, each with its volume.
    ambient: Setting[dict[str, float]] = Setting(
        Field({}, check=_is_layers), layers_from_json, dict
    )
    #: The user's own mixes (the built-in ones are not stored).
    mixes: Setting[list[Mix]] = Setting(
        Field([], check=_is_mixes), mixes_from_json, lambda mixes: [mix.to_json() for mix in mixes]
    )
    fade_out_seconds: Setting[int] = Setting(
        Field(DEFAULT_FADE_OUT_SECONDS, minimum=FADE_OUT_RANGE[0], maximum=FADE_OUT_RANGE[1]),
        int,
        int,
    )
    _rest_weekdays: Setting[frozenset[int]] = Setting(
        Field([], check=_is_weekdays), frozenset, sorted, "rest_weekdays"
    )
    _rest_weeks: Setting[frozenset[date]] = Setting(
        Field([], check=_each(_is_iso_day)),
        lambda days: frozenset(date.fromisoformat(day) for day in days),
        lambda days: [day.isoformat() for day in sorted(days)],
        "rest_weeks",
    )
    show_streaks = _flag(False)  # off until asked for: streaks cause stress (DOMAIN)
    reminder_enabled = _flag(False)
    reminder_time: Setting[time] = Setting(
        Field("19:30", check=lambda at: parse_time(at) is not None),
        _reminder_time,
        lambda at: at.strftime("%H:%M"),
    )
    last_session: Setting[LastSession] = Setting(
        Field({}, check=_is_last_session), _last_session, dict
    )

    def __init__(self, path: Path) -> None:
        self.path = path
        self._values: dict[str, Any] = {key: field.default for key, field in FIELDS.items()}
        self._unknown: dict[str, Any] = {}

    @property
    def cues(self) -> CueChoices:
        """Which breath cues sound, and how loud."""
        return CueChoices(
            tones=self._cue_tones,
            tone_volume=self._cue_tone_volume,
            hold_tick=self._cue_hold_tick,
            tick_volume=self._cue_tick_volume,
            spoken=self._cue_spoken,
            spoken_volume=self._cue_spoken_volume,
        )

    @cues.setter
    def cues(self, choices: CueChoices) -> None:
        self._put(
            {
                "cue_tones": choices.tones,
                "cue_tone_volume": choices.tone_volume,
                "cue_hold_tick": choices.hold_tick,
                "cue_tick_volume": choices.tick_volume,
                "cue_spoken": choices.spoken,
                "cue_spoken_volume": choices.spoken_volume,
            }
        )

    @property
    def rest_plan(self) -> RestPlan:
        """The rest weekdays and planned rest weeks (each kept as its week's Monday)."""
        from mat_companion.core.history_stats import RestPlan, week_start

        weeks = frozenset(week_start(day) for day in self._rest_weeks)
        return RestPlan(self._rest_weekdays, weeks)

    @rest_plan.setter
    def rest_plan(self, plan: RestPlan) -> None:
        self._put(
            {
                "rest_weekdays": sorted(plan.weekdays),
                "rest_weeks": [monday.isoformat() for monday in sorted(plan.weeks)],
            }
        )

    def document(self) -> dict[str, object]:
        """The settings as the file holds them: every key, and the unknown ones kept."""
        return {**self._unknown, **self._values}

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

    def _put(self, changes: Mapping[str, object]) -> None:
        """Store encoded values; if any is one the file could not load, raise ``ValueError``."""
        for key, value in changes.items():
            if not FIELDS[key].accepts(value):
                raise ValueError(f"{value!r} is not a valid value for the setting {key!r}")
        self._values.update(changes)

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
        data = json.dumps(self.document(), indent=2, sort_keys=True).encode("utf-8") + b"\n"
        write_atomic(self.path, data)


#: Every setting's field, by its key in the file.
FIELDS: Mapping[str, Field] = {
    setting.key: setting.field
    for setting in vars(Settings).values()
    if isinstance(setting, Setting)
}
