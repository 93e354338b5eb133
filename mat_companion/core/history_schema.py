"""What one recorded session and one deletion look like, and the checks that keep bad data out.

A session is kept as the plain dict it is in ``history.json``: fields this
version does not know (written by a newer version or another tool) ride along
untouched, and loading 10,000 sessions costs little more than parsing them.
"""

from __future__ import annotations

import re
import uuid
from datetime import datetime, timedelta
from typing import Any, Final

from mat_companion.core.texts import Text, TextError, text

SCHEMA_VERSION: Final = 2

#: How long a deletion is remembered: more than a year, so a copy on a computer used
#: once a year (a holiday laptop) still learns of it before it is forgotten.
TOMBSTONE_DAYS: Final = 400

#: A session can last at most a day; anything longer is a broken record.
MAX_SECONDS: Final = 24 * 60 * 60

RATINGS: Final[dict[str, tuple[int, int]]] = {
    "pain_before": (0, 10),
    "pain_after": (0, 10),
    "stress_before": (0, 10),
    "stress_after": (0, 10),
    "comfort": (1, 5),
    "sleep_quality": (0, 10),
}

#: What the check-in records under "skin": the skin and DOMAIN.md's other stop signs.
#: Values are only ever added, so every older file stays valid.
SKIN_ANSWERS: Final = (
    "none",
    "redness_faded",
    "marks_stayed",
    "broken_skin",
    "numbness",
    "blisters",
    "bruises_lasting",
    "faint_or_unwell",
)
#: The stop signs: no more sessions are suggested until the user says it has gone.
SKIN_WARNINGS: Final = frozenset(SKIN_ANSWERS) - {"none", "redness_faded"}

BREATHING_TIMES: Final = ("inhale", "top_up", "hold_in", "exhale", "hold_out")
MAX_BREATH_PHASE_SECONDS: Final = 20.0

_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", re.I | re.A)
#: The namespace of the ids made for sessions that come without one (see ``derived_id``).
_DERIVED_IDS: Final = uuid.UUID("5d0f6a3e-8c2b-4b61-9a57-3f1e2c7d9b40")
_TEXT_FIELDS: Final = ("position", "surface", "layer", "note")
_BREATHING_TIME_SET: Final = frozenset(BREATHING_TIMES)

Session = dict[str, Any]
#: A deletion: ``{"id": ..., "deleted_at": ...}``, kept so other copies delete the session too.
Tombstone = dict[str, Any]


class InvalidSessionError(TextError):
    """A session or deletion record that breaks the format; the message names the field."""


def _in_range(value: Any, low: float, high: float) -> bool:
    """An int or float (not bool) within bounds; NaN and infinities fail the comparison."""
    kind = type(value)
    return (kind is int or kind is float) and low <= value <= high


def parse_timestamp(value: Any, field: str) -> datetime:
    """Parse an ISO 8601 timestamp with a UTC offset, or raise ``InvalidSessionError``."""
    try:
        moment = datetime.fromisoformat(value)
    except TypeError:
        raise InvalidSessionError(
            text("{field} must be a date and time text", field=field)
        ) from None
    except ValueError:
        raise InvalidSessionError(
            text("{field} is not a valid date and time: {value}", field=field, value=repr(value))
        ) from None
    if moment.tzinfo is None:
        raise InvalidSessionError(
            text("{field} has no UTC offset: {value}", field=field, value=repr(value))
        )
    return moment


def derived_id(started_at: Any) -> str:
    """A stable id for a session that came without one (a hand-made CSV, a version-0 file).

    It is the UUID5 of the start as an instant, in microseconds since 0001-01-01 UTC:
    importing the same file again, or a copy re-saved with another offset or spelling
    of the same moment, gives the same ids and so adds nothing twice. (Counting from
    there cannot overflow, as converting year 1 or 9999 to UTC can.) A start that is
    no time is hashed as written (the session is refused for it anyway).
    """
    try:
        moment = parse_timestamp(started_at, "started_at")
    except InvalidSessionError:
        key = repr(started_at)
    else:
        instant = moment.replace(tzinfo=None) - datetime.min - (moment.utcoffset() or timedelta())
        key = str(instant // timedelta(microseconds=1))
    return str(uuid.uuid5(_DERIVED_IDS, key))


def last_changed(session: Session) -> Any:
    """When the session was last changed: ``changed_at``, else the best known, its end or start.

    A session written before version 2, or added by another tool, has no ``changed_at``;
    it has not changed since it ended, as far as anyone can tell.
    """
    for field in ("changed_at", "ended_at"):
        moment = session.get(field)
        if moment is not None:
            return moment
    return session.get("started_at")


def _canonical_id(record: dict[str, Any]) -> None:
    """Check the record's id and put it in its canonical lowercase form in place."""
    record_id = record.get("id")
    if type(record_id) is not str or not _UUID.fullmatch(record_id):
        raise InvalidSessionError(text("id must be a UUID"))
    canonical = record_id.lower()
    if canonical != record_id:
        record["id"] = canonical


def _check_seconds(session: Session, field: str, *, optional: bool) -> None:
    value: Any = session.get(field)
    if value is None and optional:
        return
    if _in_range(value, 0, MAX_SECONDS):
        return
    if type(value) not in (int, float) or value != value:
        raise InvalidSessionError(text("{field} must be a number of seconds", field=field))
    raise InvalidSessionError(
        text(
            "{field} must be between 0 and {most}, not {value}",
            field=field,
            most=MAX_SECONDS,
            value=value,
        )
    )


def _check_ratings(ratings: Any) -> None:
    if not isinstance(ratings, dict):
        raise InvalidSessionError(text("ratings must be an object"))
    for name, value in ratings.items():
        bounds = RATINGS.get(name)
        if bounds is None or value is None:
            continue
        low, high = bounds
        if type(value) is int and low <= value <= high:
            continue
        raise InvalidSessionError(
            text(
                "ratings.{name} must be a whole number from {low} to {high}",
                name=name,
                low=low,
                high=high,
            )
        )


def _check_breathing(breathing: Any) -> None:
    if not isinstance(breathing, dict):
        raise InvalidSessionError(text("breathing must be an object"))
    preset = breathing.get("preset")
    if preset is not None and not isinstance(preset, str):
        raise InvalidSessionError(text("breathing.preset must be text"))
    for name, value in breathing.items():
        if name not in _BREATHING_TIME_SET or value is None:
            continue
        kind = type(value)
        if not ((kind is int or kind is float) and 0 <= value <= MAX_BREATH_PHASE_SECONDS):
            raise InvalidSessionError(
                text(
                    "breathing.{name} must be from 0 to {most} seconds",
                    name=name,
                    most=MAX_BREATH_PHASE_SECONDS,
                )
            )


def validate_session(session: Any) -> None:
    """Raise ``InvalidSessionError`` naming the first problem, or return if the record is valid.

    The id is put in its canonical lowercase form in place: every load, import and
    save passes here, so ids differing only in case are one session everywhere.
    This runs for every session of every load, so the common case is inlined.
    """
    if type(session) is not dict:
        raise InvalidSessionError(text("a session must be an object"))
    get = session.get
    _canonical_id(session)
    started = parse_timestamp(get("started_at"), "started_at")
    ended_text = get("ended_at")
    if ended_text is not None and parse_timestamp(ended_text, "ended_at") < started:
        raise InvalidSessionError(text("ended_at is before started_at"))
    changed_text = get("changed_at")
    if changed_text is not None:
        parse_timestamp(changed_text, "changed_at")
    planned = get("planned_seconds")
    if planned is not None and not _in_range(planned, 0, MAX_SECONDS):
        _check_seconds(session, "planned_seconds", optional=True)
    if not _in_range(get("actual_seconds"), 0, MAX_SECONDS):
        _check_seconds(session, "actual_seconds", optional=False)
    if type(get("completed")) is not bool:
        raise InvalidSessionError(text("completed must be true or false"))
    stage = get("stage")
    if type(stage) is not str or not stage:
        raise InvalidSessionError(text("stage must be a stage name"))
    for field in _TEXT_FIELDS:
        value = get(field)
        if value is not None and type(value) is not str:
            raise InvalidSessionError(text("{field} must be text", field=field))
    skin = get("skin")
    if skin is not None and skin not in SKIN_ANSWERS:
        raise InvalidSessionError(
            text("skin must be one of {answers}", answers=", ".join(SKIN_ANSWERS))
        )
    ambient = get("ambient")
    if ambient is not None and (
        type(ambient) is not list or any(type(name) is not str for name in ambient)
    ):
        raise InvalidSessionError(text("ambient must be a list of sound names"))
    ratings = get("ratings")
    if ratings is not None:
        _check_ratings(ratings)
    breathing = get("breathing")
    if breathing is not None:
        _check_breathing(breathing)


def session_problem(session: Any) -> Text | None:
    """The first problem with a session record, or ``None`` if it is valid."""
    try:
        validate_session(session)
    except InvalidSessionError as problem:
        return problem.text
    return None


def validate_tombstone(tombstone: Any) -> None:
    """Raise ``InvalidSessionError`` naming the problem with a deletion record, or return.

    The id is made canonical in place, as a session's is, so a deletion written
    in capitals still deletes the session.
    """
    if type(tombstone) is not dict:
        raise InvalidSessionError(text("a deletion must be an object"))
    _canonical_id(tombstone)
    parse_timestamp(tombstone.get("deleted_at"), "deleted_at")
