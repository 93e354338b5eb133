"""The session in progress, saved every few seconds, so a crash or power cut loses little.

Each running session has its own small JSON file (see ``checkpoint_claims``).
On the next start the user may keep the partial session (up to the last
checkpoint) or discard it. A checkpoint is checked as strictly as the history:
it is only offered if the record it makes would be accepted there, so "Keep
it" can always succeed.
"""

from __future__ import annotations

import contextlib
import json
import os
from dataclasses import asdict, dataclass, fields
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from mat_companion.core.checkin import CheckIn, session_record
from mat_companion.core.files import (
    NotAFileError,
    open_regular,
    os_error_reason,
    set_aside,
    write_atomic,
)
from mat_companion.core.history_schema import (
    MAX_SECONDS,
    RATINGS,
    InvalidSessionError,
    Session,
    parse_timestamp,
)
from mat_companion.core.json_codec import JSONError, loads
from mat_companion.core.session import SessionPlan
from mat_companion.core.texts import Text, TextError, text

#: A checkpoint is well under a kilobyte; anything far larger is not one.
MAX_CHECKPOINT_BYTES = 64 * 1024
#: How far past the wall clock a checkpoint may be saved before it counts as from the future.
FUTURE_TOLERANCE = timedelta(minutes=1)
#: The time on the mat is part of the time since the start (both from one monotonic clock),
#: up to the moments between reading the two.
SPAN_TOLERANCE_SECONDS = 1.0

#: The plan's fields, the JSON types each may have, and whether it may be missing or null.
_PLAN_TYPES: dict[str, tuple[type, ...]] = {
    "duration_seconds": (int, type(None)),
    "stage": (str,),
    "position": (str,),
    "surface": (str, type(None)),
    "layer": (str, type(None)),
    "breathing": (dict, type(None)),
    "ambient": (list,),
    "ambient_fade_out_seconds": (int,),
    "interval_bell_minutes": (int,),
    "stage_max_minutes": (int, type(None)),
}


class UnusableCheckpointError(TextError):
    """A checkpoint file that cannot make a valid history record; the message says why."""


def _seconds(value: Any, field: str) -> float:
    """A finite, non-negative number of seconds no longer than a session may be."""
    kind = type(value)
    if (kind is not int and kind is not float) or value != value:
        raise InvalidSessionError(text("{field} must be a number of seconds", field=field))
    if not 0 <= value <= MAX_SECONDS:  # also infinities and integers too large for a float
        raise InvalidSessionError(
            text("{field} must be from 0 to {most} seconds", field=field, most=MAX_SECONDS)
        )
    return float(value)


def _plan(data: Any) -> SessionPlan:
    if type(data) is not dict:
        raise InvalidSessionError(text("plan must be an object"))
    known = {f.name for f in fields(SessionPlan)}
    for name, value in data.items():
        if name in known and type(value) not in _PLAN_TYPES[name]:
            raise InvalidSessionError(text("plan.{field} has the wrong type", field=name))
    breathing = data.get("breathing") or {}
    if any(isinstance(value, (dict, list)) for value in breathing.values()):
        raise InvalidSessionError(text("plan.{field} has the wrong type", field="breathing"))
    values = {name: value for name, value in data.items() if name in known}
    for name in ("duration_seconds", "ambient_fade_out_seconds"):
        if values.get(name) is not None:
            _seconds(values[name], f"plan.{name}")
    values["ambient"] = tuple(values.get("ambient", ()))
    return SessionPlan(**values)


def _checkin(data: Any) -> CheckIn:
    if type(data) is not dict:
        raise InvalidSessionError(text("checkin must be an object"))
    for name in RATINGS:
        if name in data and data[name] is not None and type(data[name]) is not int:
            raise InvalidSessionError(text("checkin.{field} has the wrong type", field=name))
    if type(data.get("note", "")) is not str:
        raise InvalidSessionError(text("checkin.note has the wrong type"))
    known = {f.name for f in fields(CheckIn)}
    return CheckIn(**{name: value for name, value in data.items() if name in known})


@dataclass(frozen=True)
class Checkpoint:
    """Enough of a running session to record it if the app never comes back."""

    session_id: str
    plan: SessionPlan
    started_at: datetime
    saved_at: datetime
    mat_seconds: float
    planned_seconds: float | None
    checkin: CheckIn
    #: The session ended and was checked in, but the history could not take it then (it
    #: was not available): kept whole, to be saved as it was.
    finished: bool = False
    completed: bool = False

    def to_json(self) -> bytes:
        """The checkpoint file's bytes."""
        document = {
            "session_id": self.session_id,
            "plan": {**asdict(self.plan), "ambient": list(self.plan.ambient)},
            "started_at": self.started_at.isoformat(),
            "saved_at": self.saved_at.isoformat(),
            "mat_seconds": self.mat_seconds,
            "planned_seconds": self.planned_seconds,
            "checkin": asdict(self.checkin),
            "finished": self.finished,
            "completed": self.completed,
        }
        return json.dumps(document).encode("utf-8")

    @classmethod
    def from_json(cls, raw: bytes) -> Checkpoint:
        """Parse and check a checkpoint file; raises ``UnusableCheckpointError`` saying why."""
        try:
            document: Any = loads(raw)
        except JSONError:
            raise UnusableCheckpointError(text("it is not valid JSON")) from None
        if type(document) is not dict:
            raise UnusableCheckpointError(text("it is not a JSON object"))
        try:
            checkpoint = cls._from_document(document)
            checkpoint.record()  # exactly what "Keep it" will save: it must be valid
        except InvalidSessionError as problem:
            raise UnusableCheckpointError(problem.text) from None
        except (ValueError, TypeError, RecursionError):
            raise UnusableCheckpointError(text("it is not a session checkpoint")) from None
        return checkpoint

    @classmethod
    def _from_document(cls, document: dict[str, Any]) -> Checkpoint:
        session_id = document.get("session_id")
        if type(session_id) is not str or not session_id:
            raise InvalidSessionError(text("id must be a UUID"))
        started_at = parse_timestamp(document.get("started_at"), "started_at")
        saved_at = parse_timestamp(document.get("saved_at"), "saved_at")
        if saved_at < started_at:
            raise InvalidSessionError(text("saved_at is before started_at"))
        mat_seconds = _seconds(document.get("mat_seconds"), "mat_seconds")
        if mat_seconds > (saved_at - started_at).total_seconds() + SPAN_TOLERANCE_SECONDS:
            raise InvalidSessionError(
                text("mat_seconds is longer than the time from started_at to saved_at")
            )
        planned = document.get("planned_seconds")
        finished, completed = document.get("finished", False), document.get("completed", False)
        if type(finished) is not bool or type(completed) is not bool:
            raise InvalidSessionError(text("finished and completed must be true or false"))
        return cls(
            session_id=session_id,
            plan=_plan(document.get("plan")),
            started_at=started_at,
            saved_at=saved_at,
            mat_seconds=mat_seconds,
            planned_seconds=None if planned is None else _seconds(planned, "planned_seconds"),
            checkin=_checkin(document.get("checkin", {})),
            finished=finished,
            completed=completed,
        )

    def record(self) -> Session:
        """The session (partial, or finished but unsaved) as a validated record, recovered."""
        record = session_record(
            self.plan,
            started_at=self.started_at,
            ended_at=self.saved_at,
            mat_seconds=self.mat_seconds,
            planned_seconds=self.planned_seconds,
            completed=self.completed,
            checkin=self.checkin,
            session_id=self.session_id,
        )
        record["recovered"] = True
        return record

    def from_the_future(self, now: datetime) -> bool:
        """Whether it was saved later than ``now``: the wall clock has been put back since."""
        return self.saved_at > now + FUTURE_TOLERANCE


def save_checkpoint(path: Path, checkpoint: Checkpoint) -> None:
    """Write the checkpoint atomically (raises ``StorageError``)."""
    write_atomic(path, checkpoint.to_json())


def _read_regular_file(path: Path) -> bytes:
    """The bytes of a small regular file; a link, FIFO, device or folder is refused at once."""
    try:
        fd = open_regular(path, os.O_RDONLY)
    except NotAFileError as error:
        raise UnusableCheckpointError(
            text("it is {kind}, not a regular file", kind=error.kind)
        ) from None
    with os.fdopen(fd, "rb") as handle:
        if os.fstat(fd).st_size > MAX_CHECKPOINT_BYTES:
            raise UnusableCheckpointError(text("it is too large to be a checkpoint"))
        return handle.read(MAX_CHECKPOINT_BYTES + 1)


def load_checkpoint(path: Path) -> tuple[Checkpoint | None, Text | None]:
    """The checkpoint left by a session that did not end, and a message if it was unusable.

    An unusable file is set aside (its bytes untouched) so it is never offered again.
    """
    try:
        return Checkpoint.from_json(_read_regular_file(path)), None
    except FileNotFoundError:
        return None, None
    except UnusableCheckpointError as error:
        problem = error.text
    except OSError as error:
        return None, text(
            "The unfinished session in {path} could not be read ({error}).",
            path=path,
            error=os_error_reason(error),
        )
    try:
        kept = set_aside(path, "unreadable")
    except OSError as error:
        return None, text(
            "An unfinished session could not be recovered ({error}) or moved aside ({reason}): "
            "{path}.",
            error=problem,
            reason=os_error_reason(error),
            path=path,
        )
    return None, text(
        "An unfinished session could not be recovered ({error}); it was kept as {kept}.",
        error=problem,
        kept=kept,
    )


def clear_checkpoint(path: Path) -> None:
    """Remove the checkpoint once the session is saved or discarded."""
    with contextlib.suppress(FileNotFoundError):
        path.unlink()
