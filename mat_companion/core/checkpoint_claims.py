"""Which checkpoints belong to a session still running, and which were left by a crash.

Every running session keeps its own checkpoint, ``<session id>.json`` in the
checkpoints folder, and holds an exclusive lock on ``<name>.lock`` beside it
for as long as it runs. The operating system drops the lock when the process
dies, so a checkpoint whose lock can be taken was left behind: it may be
offered for recovery, while one still locked belongs to another window and is
never offered or touched. The one checkpoint of earlier versions,
``session-in-progress.json`` beside the history, is read the same way.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Collection
from dataclasses import dataclass
from pathlib import Path

from mat_companion.core.file_lock import try_lock
from mat_companion.core.files import (
    PRIVATE_FILE_MODE,
    ensure_private_dir,
    os_error_reason,
    set_aside,
)
from mat_companion.core.session_checkpoint import Checkpoint, clear_checkpoint, load_checkpoint
from mat_companion.core.texts import Text, text


def checkpoint_path(folder: Path, session_id: str) -> Path:
    """Where the session ``session_id`` keeps its checkpoint."""
    return folder / f"{session_id}.json"


def _lock_path(checkpoint: Path) -> Path:
    return checkpoint.with_name(checkpoint.name + ".lock")


class CheckpointClaim:
    """The lock on one checkpoint: while it is held, no other window offers or removes it."""

    def __init__(self, path: Path, fd: int) -> None:
        self.path = path
        self._fd: int | None = fd

    @classmethod
    def take(cls, path: Path) -> CheckpointClaim | None:
        """Claim ``path``'s checkpoint; None if a running session holds it.

        The lock file is never followed if it is a link, nor waited on if it is a FIFO.

        Raises:
            OSError: the lock file cannot be opened (a read-only folder, a planted link).
        """
        ensure_private_dir(path.parent)
        flags = os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
        fd = os.open(_lock_path(path), flags, PRIVATE_FILE_MODE)
        try:
            locked = try_lock(fd)
        except OSError:
            os.close(fd)
            raise
        if locked:
            return cls(path, fd)
        os.close(fd)
        return None

    def release(self, *, remove: bool) -> None:
        """Let go of the lock; with ``remove`` the checkpoint is gone too (saved or discarded)."""
        if self._fd is None:
            return
        if remove:
            clear_checkpoint(self.path)
        with contextlib.suppress(OSError):  # another window may already be waiting on it
            _lock_path(self.path).unlink()
        os.close(self._fd)
        self._fd = None


@dataclass(frozen=True)
class Leftover:
    """A checkpoint no running session owns, claimed until the user decides about it."""

    claim: CheckpointClaim
    checkpoint: Checkpoint


def _candidates(folder: Path, legacy: Path) -> tuple[list[Path], list[Text]]:
    problems: list[Text] = []
    paths = [legacy] if legacy.exists() or legacy.is_symlink() else []
    if folder.is_symlink() or (folder.exists() and not folder.is_dir()):
        kept = set_aside(folder, "not-a-folder")
        problems.append(
            text("{path} was not a folder, so it was moved to {kept}.", path=folder, kept=kept)
        )
        return paths, problems
    with contextlib.suppress(FileNotFoundError):
        paths += sorted(
            entry
            for entry in folder.iterdir()
            if entry.suffix == ".json" and not entry.name.startswith(".")
        )
    return paths, problems


def leftover_checkpoints(
    folder: Path, legacy: Path, saved_ids: Collection[str] = ()
) -> tuple[list[Leftover], list[Text]]:
    """The checkpoints left by sessions that are no longer running, and what was wrong.

    Unusable ones are set aside with a sentence each. Two leave nothing worth
    asking about and are removed: a session that ended in its get-ready (no
    time on the mat), and one already in the history (``saved_ids``, lowercase;
    the app stopped between saving it and removing its checkpoint), which
    "Keep it" would overwrite with its shorter, check-in-less self. Those still
    running in another window are left alone.
    """
    found: list[Leftover] = []
    paths, problems = _candidates(folder, legacy)
    for path in paths:
        try:
            claim = CheckpointClaim.take(path)
        except OSError as error:
            problems.append(
                text(
                    "The lock file {lock} of an unfinished session could not be opened ({error}).",
                    lock=_lock_path(path),
                    error=os_error_reason(error),
                )
            )
            continue
        if claim is None:
            continue  # a session running in another window
        checkpoint, problem = load_checkpoint(path)
        if problem is not None:
            problems.append(problem)
        if (
            checkpoint is None
            or checkpoint.mat_seconds <= 0
            or checkpoint.session_id.lower() in saved_ids
        ):
            claim.release(remove=checkpoint is not None)
            continue
        found.append(Leftover(claim, checkpoint))
    return found, problems
