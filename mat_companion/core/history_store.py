"""The durable session history: ``history.json`` and its guarantees.

Every change is a transaction under an inter-process lock: re-read the file if
anyone else changed it since we last looked, apply the change to what is on
disk (so another instance's sessions are merged, never dropped), and write the
result atomically with the previous file kept as ``history.json.bak``.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

from mat_companion.core.file_lock import LOCK_WAIT_SECONDS, exclusive_lock
from mat_companion.core.files import (
    NotAFileError,
    StorageError,
    copy_aside,
    describe_os_error,
    read_regular_file,
    set_aside,
    write_atomic,
)
from mat_companion.core.history_document import (
    NewerHistoryError,
    ParsedHistory,
    UnusableHistoryError,
    parse_history,
    serialise_history,
)
from mat_companion.core.history_schema import SCHEMA_VERSION, Session, validate_session
from mat_companion.core.texts import Text, TextError, text

Fingerprint = tuple[int, int, int] | None
Change = Callable[[list[Session]], list[Session]]


class HistoryError(TextError):
    """The history cannot be changed; the message is one sentence for the user."""


def _fingerprint(path: Path) -> Fingerprint:
    try:
        stat = path.stat()
    except FileNotFoundError:
        return None
    return (stat.st_mtime_ns, stat.st_size, stat.st_ino)


def _newer_message(path: Path, version: int) -> Text:
    return text(
        "Your history file {path} was written by a newer version of Mat Companion "
        "(schema {version}); it was left untouched, and new sessions cannot be saved "
        "until you update the app.",
        path=path,
        version=version,
    )


class HistoryStore:
    """The sessions of ``history.json``, loaded once and changed only by transactions."""

    def __init__(self, path: Path, *, lock_wait: float = LOCK_WAIT_SECONDS) -> None:
        self.path = path
        self._lock_wait = lock_wait
        self._sessions: list[Session] = []
        self._extra: dict[str, Any] = {}
        self._fingerprint: Fingerprint = None
        self._blocked: Text | None = None
        self.notices: list[Text] = []
        #: How many invalid sessions the last load left out, and the copy that keeps them.
        self.left_out: tuple[int, Path] | None = None

    @property
    def sessions(self) -> Sequence[Session]:
        """The sessions in file order (do not modify them; use the store's methods)."""
        return self._sessions

    @property
    def lock_path(self) -> Path:
        """The lock file that serialises writers."""
        return self.path.with_name(self.path.name + ".lock")

    def load(self) -> Text | None:
        """Read the file; return one sentence for the user if something needed doing.

        A missing file is an empty history. Whatever the file holds, its bytes
        are never lost: an unusable file is moved aside, a partly valid one is
        copied aside before the valid sessions are kept, and a newer one is
        left alone (and the store refuses to write).
        """
        self._blocked = None
        self.left_out = None
        try:
            raw = read_regular_file(self.path)
        except FileNotFoundError:
            self._sessions, self._fingerprint = [], None
            return None
        except NotAFileError as error:
            self._blocked = error.text
            return self._blocked
        except OSError as error:
            self._blocked = describe_os_error(error, text("read your history file"), self.path)
            return self._blocked
        fingerprint = _fingerprint(self.path)
        try:
            parsed = parse_history(raw)
        except NewerHistoryError as newer:
            self._blocked = _newer_message(self.path, newer.version)
            return self._blocked
        except UnusableHistoryError as reason:
            return self._start_afresh(str(reason))
        self._sessions, self._extra, self._fingerprint = parsed.sessions, parsed.extra, fingerprint
        return self._repair(parsed, raw)

    def _start_afresh(self, reason: str) -> Text:
        try:
            kept = set_aside(self.path, "unreadable")
        except OSError as error:
            self._blocked = text(
                "Your history file {path} could not be read ({reason}) and could not be "
                "moved aside ({error}); it was left as it is and nothing will be saved.",
                path=self.path,
                reason=reason,
                error=error.strerror,
            )
            return self._blocked
        self._sessions, self._extra, self._fingerprint = [], {}, None
        return text(
            "Your history file could not be read ({reason}); it was kept as {kept} "
            "and a new history was started.",
            reason=reason,
            kept=kept,
        )

    def _repair(self, parsed: ParsedHistory, raw: bytes) -> Text | None:
        """Rewrite a migrated or partly invalid file, keeping its original bytes aside first."""
        if parsed.version == SCHEMA_VERSION and not parsed.skipped:
            return None
        reason = "invalid" if parsed.skipped else f"schema{parsed.version}"
        try:
            kept = copy_aside(self.path, raw, reason)
            self._transaction(lambda sessions: sessions)
        except (OSError, StorageError, HistoryError) as error:
            return text(
                "Your history file {path} needs repair but could not be rewritten: {error}",
                path=self.path,
                error=error.text if isinstance(error, TextError) else str(error),
            )
        if not parsed.skipped:
            return None
        self.left_out = (len(parsed.skipped), kept)
        total = len(parsed.sessions) + len(parsed.skipped)
        first_index, first_problem = parsed.skipped[0]
        return text(
            "{count} of {total} sessions in your history were not valid and were "
            "skipped (the first, number {number}: {problem}); the original file "
            "was kept as {kept}.",
            count=len(parsed.skipped),
            total=total,
            number=first_index + 1,
            problem=first_problem,
            kept=kept,
        )

    def add(self, session: Session) -> None:
        """Validate ``session`` and save it (an id already present is replaced)."""
        validate_session(session)
        self._transaction(lambda sessions: _upsert(sessions, session))

    def add_many(self, new_sessions: Iterable[Session]) -> int:
        """Save every session whose id is not yet present, in one write; return how many."""
        incoming = list(new_sessions)
        for session in incoming:
            validate_session(session)
        added = 0

        def change(sessions: list[Session]) -> list[Session]:
            nonlocal added
            present = {s["id"] for s in sessions}
            fresh = [s for s in incoming if s["id"] not in present]
            added = len(fresh)
            return sessions + fresh

        self._transaction(change)
        return added

    def update(self, session: Session) -> None:
        """Replace the saved session with the same id."""
        validate_session(session)
        if not any(s["id"] == session["id"] for s in self._sessions):
            raise KeyError(session["id"])
        self._transaction(lambda sessions: _upsert(sessions, session))

    def remove(self, session_id: str) -> None:
        """Delete the session ``session_id`` (also if another instance saved more since)."""
        self.remove_many({session_id})

    def remove_many(self, session_ids: set[str]) -> None:
        """Delete every session in ``session_ids``, in one write."""
        self._transaction(lambda sessions: [s for s in sessions if s["id"] not in session_ids])

    def _transaction(self, change: Change) -> None:
        """Lock, merge what is on disk, apply ``change``, write atomically.

        Raises:
            HistoryError: the history is refused (newer schema) or unreadable.
            StorageError: the machine refused the write; nothing changed.
        """
        if self._blocked:
            raise HistoryError(self._blocked)
        try:
            with exclusive_lock(self.lock_path, wait=self._lock_wait):
                self._remove_stale_temp_files()
                base = self._current_on_disk()
                result = change(list(base))
                write_atomic(self.path, serialise_history(result, self._extra), backup=True)
                self._sessions, self._fingerprint = result, _fingerprint(self.path)
        except OSError as error:
            raise StorageError(
                describe_os_error(error, text("save your history to"), self.path)
            ) from error

    def _current_on_disk(self) -> list[Session]:
        """The sessions as they are on disk now: ours, or re-read if someone else wrote."""
        if _fingerprint(self.path) == self._fingerprint:
            return self._sessions
        try:
            raw = read_regular_file(self.path)
            parsed = parse_history(raw)
        except FileNotFoundError:
            return self._sessions
        except NewerHistoryError as newer:
            self._blocked = _newer_message(self.path, newer.version)
            raise HistoryError(self._blocked) from None
        except UnusableHistoryError as reason:
            kept = set_aside(self.path, "unreadable")
            self.notices.append(
                text(
                    "Your history file was damaged by something else ({reason}); it was kept as "
                    "{kept} and your sessions were saved again from memory.",
                    reason=reason,
                    kept=kept,
                )
            )
            return self._sessions
        if parsed.skipped:
            self.notices.append(
                text(
                    "{count} invalid sessions written by something else were left "
                    "out; the file was kept as {kept}.",
                    count=len(parsed.skipped),
                    kept=copy_aside(self.path, raw, "invalid"),
                )
            )
        self._extra = parsed.extra
        return parsed.sessions

    def _remove_stale_temp_files(self) -> None:
        """Temp files left by a writer that died mid-write (only safe under the lock)."""
        for leftover in self.path.parent.glob(f".{self.path.name}.*.tmp"):
            with contextlib.suppress(OSError):
                leftover.unlink()


def _upsert(sessions: list[Session], session: Session) -> list[Session]:
    for index, existing in enumerate(sessions):
        if existing["id"] == session["id"]:
            sessions[index] = session
            return sessions
    sessions.append(session)
    return sessions
