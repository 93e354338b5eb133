"""The durable session history: ``history.json`` and its guarantees.

Every change is a transaction under an inter-process lock: re-read the file if
anyone else changed it since we last looked, merge it with what this store
holds (so another instance's or a sync tool's sessions are kept, and so are
ours), merge in the conflict copies sync tools left beside it, apply the change,
and write the result atomically with the previous file kept as ``history.json.bak``.
Every change is stamped with the wall-clock time, so the merge knows which is newest.
"""

from __future__ import annotations

import bisect
import contextlib
import hashlib
import os
from collections.abc import Callable, Collection, Iterable, Sequence
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from mat_companion.core import json_codec
from mat_companion.core.clock import WallClock, local_now
from mat_companion.core.conflict_copies import conflict_copies, file_away
from mat_companion.core.file_lock import LOCK_WAIT_SECONDS, exclusive_lock
from mat_companion.core.files import (
    NotAFileError,
    StorageError,
    UnavailableTargetError,
    backup_of,
    copy_aside,
    describe_os_error,
    file_behind,
    link_target,
    read_regular_file,
    set_aside,
    write_atomic,
)
from mat_companion.core.history_document import (
    NewerHistoryError,
    ParsedHistory,
    UnusableHistoryError,
    serialise_history,
)
from mat_companion.core.history_location import HistoryLocation, history_location
from mat_companion.core.history_merge import (
    HistoryCopy,
    deletions,
    fresh_sessions,
    merge,
    prune_deletions,
)
from mat_companion.core.history_salvage import read_history
from mat_companion.core.history_schema import (
    SCHEMA_VERSION,
    Session,
    Tombstone,
    last_changed,
    validate_session,
)
from mat_companion.core.texts import Text, TextError, text

Fingerprint = tuple[int, int, int, bytes] | None
Change = Callable[[HistoryCopy], HistoryCopy]

#: The least step between two records of one id, so a change always beats what it replaces.
_TICK = timedelta(microseconds=1)


class HistoryError(TextError):
    """The history cannot be changed; the message is one sentence for the user."""


def _fingerprint(path: Path, data: bytes) -> Fingerprint:
    """What tells that someone else changed the file: its stat, and a hash of ``data``, its bytes.

    The hash catches what the stat misses: another tool editing in place, keeping
    the size and putting the time back. It is of the bytes just read or written,
    so a change made since is seen even if the stat was taken after it.
    """
    try:
        stat = path.stat()
    except FileNotFoundError:
        return None
    digest = hashlib.sha256(data).digest()
    return (stat.st_mtime_ns, stat.st_size, stat.st_ino, digest)


def _unavailable_message(target: Path) -> Text:
    return text(
        "Your history is on {target}, which is not available; nothing will be saved "
        "until it is back.",
        target=target,
    )


def _newer_message(path: Path, version: int) -> Text:
    return text(
        "Your history file {path} was written by a newer version of Mat Companion "
        "(schema {version}), so it was left untouched. New sessions can be saved once you "
        "update the app.",
        path=path,
        version=version,
    )


class HistoryStore:
    """The sessions of ``history.json``, loaded once and changed only by transactions."""

    def __init__(
        self, path: Path, *, lock_wait: float = LOCK_WAIT_SECONDS, now: WallClock = local_now
    ) -> None:
        self.path = path
        self._lock_wait = lock_wait
        self._now = now
        self._sessions: list[Session] = []
        self._deleted: list[Tombstone] = []
        self._extra: dict[str, Any] = {}
        self._fingerprint: Fingerprint = None
        #: Whether the file on disk is damaged (its bytes are kept aside): the next save
        #: then leaves the backup, the last good history, as it is.
        self._disk_damaged = False
        self._blocked: Text | None = None
        #: The file a link leads to that this store moved aside, and so may make afresh.
        self._moved_aside: Path | None = None
        #: Whether the load restored the history from its backup, to be written at once.
        self._restored = False
        #: The conflict copies that could not be read, named to the user once each.
        self._unreadable_copies: set[Path] = set()
        self.notices: list[Text] = []
        #: How many invalid sessions the last load left out, and the copy that keeps them.
        self.left_out: tuple[int, Path] | None = None

    @property
    def sessions(self) -> Sequence[Session]:
        """The sessions by start, as the file lists them (change them only through the store)."""
        return self._sessions

    @property
    def deleted(self) -> Sequence[Tombstone]:
        """The deletions the history remembers, so that other copies delete them too."""
        return self._deleted

    def take_notices(self) -> list[Text]:
        """The sentences the changes since the last call have to tell the user, said once."""
        taken, self.notices = self.notices, []
        return taken

    @property
    def location(self) -> HistoryLocation:
        """Where the history lives now (through a link, and whether that is there)."""
        try:
            self._real_file()
        except (HistoryError, OSError):  # not there, or a loop of links
            return history_location(self.path, available=False)
        except StorageError:
            pass  # there, but refused at the next save, which says why
        return history_location(self.path, available=True)

    @property
    def lock_path(self) -> Path:
        """The lock file that serialises writers."""
        return self.path.with_name(self.path.name + ".lock")

    def load(self) -> Text | None:
        """Read the file; return one sentence for the user if something needed doing.

        A missing file is an empty history. Whatever the file holds, its bytes
        are never lost: an unusable file is moved aside, a partly valid one is
        copied aside before the valid sessions are kept, and a newer one is
        left alone (and the store refuses to write). Conflict copies a sync tool
        left beside it are merged in (each said in ``notices``). A link to a file
        that is not there (a drive or synced folder not mounted) is said, and no
        change is saved until it is back.
        """
        try:
            self._real_file()
        except HistoryError as unavailable:
            self._sessions, self._deleted, self._extra, self._fingerprint = [], [], {}, None
            self.left_out = None
            return unavailable.text
        except (StorageError, OSError):
            pass  # the read, or the first save, says it
        message = self._read()
        if self._blocked:
            return message
        self._tell_other_names()
        _, readable = self._merge_conflict_copies(HistoryCopy(self._sessions, self._deleted))
        restored, self._restored = self._restored, False
        # Not for a copy left unreadable only: the file would be rewritten at each start.
        if readable or restored:
            try:
                self._transaction(lambda copy: copy)
            except (StorageError, HistoryError) as error:
                self.notices.append(error.text)
        return message

    def _tell_other_names(self) -> None:
        """Say that a hard link shares the file: a save (a new file renamed in) leaves it behind.

        The backup is made as a hard link: a save cut short between the two may
        leave it the only other name, which needs no word.
        """
        with contextlib.suppress(OSError):
            info = os.stat(self.path)
            backup = backup_of(self.path)
            others = info.st_nlink - 1
            if backup.exists() and os.path.samestat(info, os.stat(backup)):
                others -= 1
            if others > 0:
                self.notices.append(
                    text(
                        "Your history file {path} has a second name (a hard link), which keeps "
                        "the old version once the history is saved. To share the file, use a "
                        "symbolic link instead.",
                        path=self.path,
                    )
                )

    def _real_file(self) -> Path:
        """The file the history is written to: ``path``, or the end of its links.

        A link to a missing file is not available (in a folder that is there,
        that may be the empty mount point of a drive not mounted), unless this
        store moved that file aside itself.

        Raises:
            HistoryError: it is a link to a file that is not available.
            StorageError: the link must not be followed (see ``link_target``).
            OSError: the link cannot be read.
        """
        try:
            real = link_target(self.path)
        except UnavailableTargetError:  # the file or a folder above it is a link to nowhere
            raise HistoryError(_unavailable_message(Path(os.path.realpath(self.path)))) from None
        if real != self.path and real != self._moved_aside and not real.exists():
            raise HistoryError(_unavailable_message(real))
        return real

    def _move_aside(self, reason: str) -> Path:
        """Set the file aside; through a link, the file it leads to, so the link stays a link."""
        real = file_behind(self.path)
        kept = set_aside(real, reason)
        if real != self.path:
            self._moved_aside = real
        return kept

    def _conflict_copies(self) -> list[Path]:
        """The sync tools' copies beside the real file (a linked history is synced there)."""
        try:
            real = self.path.resolve()
        except (OSError, RuntimeError):  # a loop of links: the history cannot be read either
            return []
        return conflict_copies(real)

    def _read(self) -> Text | None:
        self._blocked = None
        self.left_out = None
        try:
            raw = read_regular_file(self.path)
        except FileNotFoundError:
            self._sessions, self._deleted, self._fingerprint = [], [], None
            return None
        except NotAFileError as error:
            self._blocked = error.text
            return self._blocked
        except OSError as error:
            self._blocked = describe_os_error(error, text("read your history file"), self.path)
            return self._blocked
        fingerprint = _fingerprint(self.path, raw)
        try:
            parsed = read_history(raw)
        except NewerHistoryError as newer:
            self._blocked = _newer_message(self.path, newer.version)
            return self._blocked
        except UnusableHistoryError as reason:
            return self._start_afresh(str(reason))
        held = _normal(HistoryCopy(parsed.sessions, parsed.deleted))
        self._sessions, self._deleted = list(held.sessions), list(held.deleted)
        self._extra, self._fingerprint = parsed.extra, fingerprint
        self._disk_damaged = _damaged(parsed)
        return self._repair(parsed, raw)

    def _start_afresh(self, reason: str) -> Text:
        try:
            kept = self._move_aside("unreadable")
        except OSError as error:
            self._blocked = text(
                "Your history file {path} could not be read ({reason}) and could not be "
                "moved aside ({error}); it was left as it is and nothing will be saved.",
                path=self.path,
                reason=reason,
                error=error.strerror,
            )
            return self._blocked
        self._sessions, self._deleted, self._extra, self._fingerprint = [], [], {}, None
        backup = self._backup()
        if backup is None:
            return text(
                "Your history file could not be read ({reason}); it was kept as {kept} "
                "and a new history was started.",
                reason=reason,
                kept=kept,
            )
        held, self._extra, path = backup
        self._sessions, self._deleted = list(held.sessions), list(held.deleted)
        # Written at once, the backup left as it is: a start afresh rotated it away at the
        # second save, and with it the last good history.
        self._disk_damaged = self._restored = True
        return text(
            "Your history file could not be read ({reason}); it was kept as {kept}, and "
            "your history was restored from its backup {backup} ({sessions}).",
            reason=reason,
            kept=kept,
            backup=path,
            sessions=_counted_sessions(len(self._sessions)),
        )

    def _backup(self) -> tuple[HistoryCopy, dict[str, Any], Path] | None:
        """What the backup holds and where it is, if it can be read."""
        path = backup_of(self.path)
        try:
            parsed = read_history(read_regular_file(path))
        except (OSError, NotAFileError, UnusableHistoryError, NewerHistoryError):
            return None
        return _normal(HistoryCopy(parsed.sessions, parsed.deleted)), parsed.extra, path

    def _repair(self, parsed: ParsedHistory, raw: bytes) -> Text | None:
        """Rewrite a migrated, salvaged or partly invalid file; its bytes are kept aside first."""
        invalid = _damaged(parsed)
        if parsed.version == SCHEMA_VERSION and not invalid:
            return None
        reason = "invalid" if invalid else f"schema{parsed.version}"
        try:
            kept = copy_aside(self.path, raw, reason)
            self._transaction(lambda copy: copy)
        except (OSError, StorageError, HistoryError) as error:
            return text(
                "Your history file {path} needs repair but could not be rewritten: {error}",
                path=self.path,
                error=error.text if isinstance(error, TextError) else str(error),
            )
        if parsed.skipped:
            self.left_out = (len(parsed.skipped), kept)
        if parsed.salvaged:
            if parsed.skipped_deletions:
                self.notices.append(_deletions_left_out(len(parsed.skipped_deletions), kept))
            return _salvaged(parsed, kept)
        if parsed.skipped:
            total = len(parsed.sessions) + len(parsed.skipped)
            first_index, first_problem = parsed.skipped[0]
            return text(
                "{count} of {total} sessions in your history were not valid and were "
                "skipped (the first, number {number}: {problem}). The original file "
                "was kept as {kept}.",
                count=len(parsed.skipped),
                total=total,
                number=first_index + 1,
                problem=first_problem,
                kept=kept,
            )
        if parsed.skipped_deletions:
            return _deletions_left_out(len(parsed.skipped_deletions), kept)
        return None

    def add(self, session: Session) -> None:
        """Validate ``session`` and save it, stamped as changed now (an id present is replaced).

        Adding a deleted session's id again (an undone deletion) brings it back.
        """
        validate_session(session)
        self._transaction(lambda copy: self._put(copy, [session]))

    def add_many(self, new_sessions: Iterable[Session]) -> int:
        """Save the sessions the history lacks (``fresh_sessions``), in one write; return how many.

        A session deleted before counts as absent: importing it again on purpose
        brings it back.
        """
        incoming = list(new_sessions)
        for session in incoming:
            validate_session(session)
        added = 0

        def change(copy: HistoryCopy) -> HistoryCopy:
            nonlocal added
            fresh = fresh_sessions(incoming, copy.sessions)  # the copy on disk, as it is now
            added = len(fresh)
            return self._put(copy, fresh)

        self._transaction(change)
        return added

    def update(self, session: Session) -> None:
        """Replace the saved session with the same id, stamped as changed now."""
        validate_session(session)
        if not any(s["id"] == session["id"] for s in self._sessions):
            raise KeyError(session["id"])
        self._transaction(lambda copy: self._put(copy, [session]))

    def remove(self, session_id: str) -> None:
        """Delete the session ``session_id`` (also if another instance saved more since)."""
        self.remove_many({session_id})

    def remove_many(self, session_ids: set[str]) -> None:
        """Delete every session in ``session_ids``, in one write, remembering each deletion."""

        def change(copy: HistoryCopy) -> HistoryCopy:
            latest = _latest_moments(copy, session_ids)
            deleted = [t for t in copy.deleted if t["id"] not in session_ids]
            for session_id in session_ids:
                (tombstone,) = deletions([session_id], self._after(latest.get(session_id)))
                bisect.insort(deleted, tombstone, key=_deletion_order)
            kept = [s for s in copy.sessions if s["id"] not in session_ids]
            return HistoryCopy(kept, deleted)

        self._transaction(change)

    def _put(self, copy: HistoryCopy, sessions: Sequence[Session]) -> HistoryCopy:
        """``copy`` with ``sessions`` in it, each stamped as changed after any record of its id.

        Stamped so, each wins over its id's records, which go: the result is what
        ``merge`` would give, without the cost of comparing every other session.
        """
        ids = {s["id"] for s in sessions}
        latest = _latest_moments(copy, ids)
        kept = [s for s in copy.sessions if s["id"] not in ids]
        for session in sessions:
            moment = self._after(latest.get(session["id"]))
            stamped = {**session, "changed_at": moment.isoformat(timespec="microseconds")}
            bisect.insort(kept, stamped, key=_session_order)
        return HistoryCopy(kept, [t for t in copy.deleted if t["id"] not in ids])

    def _after(self, moment: datetime | None) -> datetime:
        """Now, or just after ``moment`` if this computer's clock is behind it.

        Another computer's clock may run ahead, or this one was set back: a change
        the user makes now must still win over the record it replaces.
        """
        now = self._now()
        return now if moment is None or moment < now else moment + _TICK

    def _transaction(self, change: Change) -> None:
        """Lock, merge what is on disk and any conflict copies, apply ``change``, write atomically.

        Raises:
            HistoryError: the history is refused (newer schema), unreadable or not available.
            StorageError: the machine refused the write; nothing changed.
        """
        if self._blocked:
            raise HistoryError(self._blocked)
        try:
            real = self._real_file()
            with exclusive_lock(self.lock_path, wait=self._lock_wait):
                self._remove_stale_temp_files(real)
                base, merged_copies = self._merge_conflict_copies(self._current_on_disk())
                result = change(base)  # keeps the merged form: one record an id, the newest
                deleted = prune_deletions(result.deleted, self._now())
                data = serialise_history(result.sessions, self._extra, deleted)
                write_atomic(self.path, data, backup=not self._disk_damaged)
                self._disk_damaged = False
                self._sessions, self._deleted = list(result.sessions), deleted
                self._fingerprint = _fingerprint(self.path, data)
                self._moved_aside = None
                self._file_away(merged_copies)
        except OSError as error:
            raise StorageError(
                describe_os_error(error, text("save your history to"), self.path)
            ) from error

    def _current_on_disk(self) -> HistoryCopy:
        """Ours, merged with the file if someone else wrote it since we last looked."""
        held = HistoryCopy(self._sessions, self._deleted)
        try:
            raw = read_regular_file(self.path)
        except FileNotFoundError:
            return held
        if _fingerprint(self.path, raw) == self._fingerprint:
            return held
        try:
            parsed = read_history(raw)
        except NewerHistoryError as newer:
            self._blocked = _newer_message(self.path, newer.version)
            raise HistoryError(self._blocked) from None
        except UnusableHistoryError as reason:
            kept = self._move_aside("unreadable")
            self.notices.append(
                text(
                    "Your history file was damaged by something else ({reason}); it was kept as "
                    "{kept} and your sessions were saved again from memory.",
                    reason=reason,
                    kept=kept,
                )
            )
            return held
        self._disk_damaged = _damaged(parsed)
        if parsed.salvaged:
            self.notices.append(_salvaged(parsed, copy_aside(self.path, raw, "invalid")))
        elif parsed.skipped or parsed.skipped_deletions:
            self._left_out_by_others(parsed, copy_aside(self.path, raw, "invalid"))
        self._extra = parsed.extra
        return _merged_into(held, HistoryCopy(parsed.sessions, parsed.deleted))

    def _left_out_by_others(self, parsed: ParsedHistory, kept: Path) -> None:
        count = len(parsed.skipped)
        if count:
            self.notices.append(
                text(
                    "1 invalid session written by something else was left out; the file "
                    "was kept as {kept}.",
                    kept=kept,
                )
                if count == 1
                else text(
                    "{count} invalid sessions written by something else were left "
                    "out; the file was kept as {kept}.",
                    count=count,
                    kept=kept,
                )
            )
        count = len(parsed.skipped_deletions)
        if count:
            self.notices.append(
                text(
                    "1 invalid record of a deleted session written by something else "
                    "was left out; the file was kept as {kept}.",
                    kept=kept,
                )
                if count == 1
                else text(
                    "{count} invalid records of deleted sessions written by something else "
                    "were left out; the file was kept as {kept}.",
                    count=count,
                    kept=kept,
                )
            )

    def _merge_conflict_copies(
        self, base: HistoryCopy
    ) -> tuple[HistoryCopy, list[tuple[Path, int]]]:
        """``base`` with every readable conflict copy merged in, and what each added.

        One that cannot be read is left where it is (the user may open it) and named once.
        """
        merged = []
        for path in self._conflict_copies():
            try:
                parsed = read_history(read_regular_file(path))
            except (OSError, StorageError, UnusableHistoryError, NewerHistoryError) as error:
                self._name_unreadable(path, error)
                continue
            known = {s["id"] for s in base.sessions}
            base = _merged_into(base, HistoryCopy(parsed.sessions, parsed.deleted))
            merged.append((path, sum(1 for s in base.sessions if s["id"] not in known)))
        return base, merged

    def _name_unreadable(self, path: Path, error: Exception) -> None:
        if path in self._unreadable_copies:
            return
        self._unreadable_copies.add(path)
        if isinstance(error, NewerHistoryError):
            reason: Text | str = text("a newer version of Mat Companion wrote it")
        elif isinstance(error, TextError):
            reason = error.text
        else:
            reason = str(error)
        self.notices.append(
            text(
                "The conflict copy {path} that a sync tool left beside your history could "
                "not be read ({reason}); it was left where it is.",
                path=path,
                reason=reason,
            )
        )

    def _file_away(self, merged_copies: list[tuple[Path, int]]) -> None:
        """Move the merged copies into ``merged-copies/``, saying what each added.

        The history already holds them: a copy that cannot be moved is merged again
        next time, which changes nothing.
        """
        for path, added in merged_copies:
            try:
                kept = file_away(path)
            except (OSError, StorageError):
                continue
            self.notices.append(
                text(
                    "The conflict copy {name} that a sync tool left beside your history "
                    "added {count} to it; it was moved to {kept}.",
                    name=path.name,
                    count=_counted_sessions(added),
                    kept=kept,
                )
            )

    def _remove_stale_temp_files(self, real: Path) -> None:
        """Temp files left beside ``real`` by a writer that died mid-write (safe under the lock)."""
        for leftover in real.parent.glob(f".{real.name}.*.tmp"):
            with contextlib.suppress(OSError):
                leftover.unlink()


def _salvaged(parsed: ParsedHistory, kept: Path) -> Text:
    """What a salvage kept and what it could not read, in one sentence."""
    if not parsed.skipped:
        return text(
            "Your history file was damaged, but every session in it ({sessions}) could be "
            "read; the original file was kept as {kept}.",
            sessions=_counted_sessions(len(parsed.sessions)),
            kept=kept,
        )
    return text(
        "Your history file was damaged: {sessions} could be read and kept, {count} "
        "could not, and the original file was kept as {kept}.",
        sessions=_counted_sessions(len(parsed.sessions)),
        count=len(parsed.skipped),
        kept=kept,
    )


def _deletions_left_out(count: int, kept: Path) -> Text:
    if count == 1:
        return text(
            "1 record of a deleted session in your history was not valid and was left "
            "out, so that session may show again. The original file was kept as {kept}.",
            kept=kept,
        )
    return text(
        "{count} records of deleted sessions in your history were not valid and "
        "were left out, so those sessions may show again. The original file was "
        "kept as {kept}.",
        count=count,
        kept=kept,
    )


def _damaged(parsed: ParsedHistory) -> bool:
    """Whether a file read held damage (salvaged, or with records left out)."""
    return bool(parsed.salvaged or parsed.skipped or parsed.skipped_deletions)


def _counted_sessions(count: int) -> Text:
    """The count with the word in its form: 1 session, 3 sessions."""
    if count == 1:
        return text("{n} session", n=count)
    return text("{n} sessions", n=count)


def _normal(copy: HistoryCopy) -> HistoryCopy:
    """A copy as read, merged only if it holds a session and a deletion of one id.

    Merging sorts and compares every record: too slow to do for nothing at each
    start with a long history, and a file we wrote never needs it.
    """
    if {t["id"] for t in copy.deleted}.isdisjoint(s["id"] for s in copy.sessions):
        return copy
    return merge(copy)


def _merged_into(held: HistoryCopy, other: HistoryCopy) -> HistoryCopy:
    """``merge(held, other)`` for a ``held`` in merged form, comparing only what differs.

    Two copies of one history mostly hold the same records, byte for byte: those
    are kept as they are, and ``merge`` decides only the ids where the copies
    differ, so a save after another copy's costs little more than reading it.
    """
    held_sessions = {s["id"]: s for s in held.sessions}
    differing = [
        s
        for s in other.sessions
        if s["id"] not in held_sessions
        or json_codec.dumps(s) != json_codec.dumps(held_sessions[s["id"]])
    ]
    involved = {s["id"] for s in differing} | {t["id"] for t in other.deleted}
    if not involved:
        return held
    decided = merge(
        HistoryCopy(
            [s for s in held.sessions if s["id"] in involved],
            [t for t in held.deleted if t["id"] in involved],
        ),
        HistoryCopy(differing, other.deleted),
    )
    sessions = [s for s in held.sessions if s["id"] not in involved]
    for session in decided.sessions:
        bisect.insort(sessions, session, key=_session_order)
    deleted = [t for t in held.deleted if t["id"] not in involved]
    for tombstone in decided.deleted:
        bisect.insort(deleted, tombstone, key=_deletion_order)
    return HistoryCopy(sessions, deleted)


def _latest_moments(copy: HistoryCopy, ids: Collection[str]) -> dict[str, datetime]:
    """For each of ``ids``, the time of the newest record ``copy`` holds of it."""
    latest: dict[str, datetime] = {}
    records = [(s, last_changed(s)) for s in copy.sessions if s["id"] in ids]
    records += [(t, t["deleted_at"]) for t in copy.deleted if t["id"] in ids]
    for record, moment_text in records:
        moment = datetime.fromisoformat(moment_text)
        if record["id"] not in latest or latest[record["id"]] < moment:
            latest[record["id"]] = moment
    return latest


def _session_order(session: Session) -> tuple[datetime, str]:
    """Where ``merge`` lists a session: by start, then id."""
    return datetime.fromisoformat(session["started_at"]), session["id"]


def _deletion_order(tombstone: Tombstone) -> tuple[datetime, str]:
    """Where ``merge`` lists a deletion: by its time, then id."""
    return datetime.fromisoformat(tombstone["deleted_at"]), tombstone["id"]
