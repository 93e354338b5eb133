"""The session in progress, saved every few seconds, so a crash or power cut loses little.

The checkpoint is a small JSON file beside the history. On the next start the
user may keep the partial session (up to the last checkpoint) or discard it.
"""

from __future__ import annotations

import contextlib
import json
from dataclasses import asdict, dataclass, fields
from datetime import datetime
from pathlib import Path
from typing import Any

from mat_companion.core.checkin import CheckIn, session_record
from mat_companion.core.files import set_aside, write_atomic
from mat_companion.core.history_schema import Session, parse_timestamp
from mat_companion.core.session import SessionPlan
from mat_companion.core.texts import Text, text

CHECKPOINT_FILE_NAME = "session-in-progress.json"


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
        }
        return json.dumps(document).encode("utf-8")

    @classmethod
    def from_json(cls, raw: bytes) -> Checkpoint:
        """Parse a checkpoint file; raises ``ValueError`` for anything unusable."""
        document: Any = json.loads(raw)
        if not isinstance(document, dict):
            raise ValueError("not an object")
        try:
            plan_fields = {f.name for f in fields(SessionPlan)}
            plan_data = {k: v for k, v in document["plan"].items() if k in plan_fields}
            plan = SessionPlan(**{**plan_data, "ambient": tuple(plan_data.get("ambient", ()))})
            checkin = CheckIn(**document.get("checkin", {}))
            return cls(
                session_id=str(document["session_id"]),
                plan=plan,
                started_at=parse_timestamp(document["started_at"], "started_at"),
                saved_at=parse_timestamp(document["saved_at"], "saved_at"),
                mat_seconds=float(document["mat_seconds"]),
                planned_seconds=document.get("planned_seconds"),
                checkin=checkin,
            )
        except (KeyError, TypeError, AttributeError) as error:
            raise ValueError(f"missing or wrong field: {error}") from None

    def record(self) -> Session:
        """The partial session as a history record, marked as recovered."""
        record = session_record(
            self.plan,
            started_at=self.started_at,
            ended_at=self.saved_at,
            mat_seconds=self.mat_seconds,
            planned_seconds=self.planned_seconds,
            completed=False,
            checkin=self.checkin,
            session_id=self.session_id,
        )
        record["recovered"] = True
        return record


def save_checkpoint(path: Path, checkpoint: Checkpoint) -> None:
    """Write the checkpoint atomically (raises ``StorageError``)."""
    write_atomic(path, checkpoint.to_json())


def load_checkpoint(path: Path) -> tuple[Checkpoint | None, Text | None]:
    """The checkpoint left by a session that did not end, and a message if it was unusable."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return None, None
    except OSError as error:
        return None, text(
            "The unfinished session in {path} could not be read ({error}).",
            path=path,
            error=error.strerror,
        )
    try:
        return Checkpoint.from_json(raw), None
    except ValueError as error:
        kept = set_aside(path, "unreadable")
        return None, text(
            "An unfinished session could not be recovered ({error}); it was kept as {kept}.",
            error=str(error),
            kept=kept,
        )


def clear_checkpoint(path: Path) -> None:
    """Remove the checkpoint once the session is saved or discarded."""
    with contextlib.suppress(FileNotFoundError):
        path.unlink()
