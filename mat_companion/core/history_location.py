"""Where the history lives, read from the disk each time, for the History page to tell.

The page says it so a user who linked ``history.json`` into a synced folder can
see that the link holds, and when a sync tool's conflict copy was last merged in.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from mat_companion.core.conflict_copies import MERGED_FOLDER


@dataclass(frozen=True)
class HistoryLocation:
    """The history file, the file its links lead to, and what happened there."""

    path: Path
    #: The file ``path`` leads to if it or its folder is a link (even to nowhere), else None.
    target: Path | None
    #: False for a link to what is missing (a drive or synced folder not mounted).
    available: bool
    #: When a conflict copy was last moved into ``merged-copies/`` beside the real file.
    last_merged: datetime | None


def history_location(path: Path, *, available: bool) -> HistoryLocation:
    """Where ``path`` leads now, and when the store last merged a conflict copy there.

    Whether it is ``available`` is the store's to say: it knows which missing
    file it may make afresh.

    The last merge is the time ``merged-copies/`` last gained an entry (its
    modification time), since only the store puts files there: so it counts the
    merges of every window and command (and, in a synced folder, of the other
    computers), without a record of its own to keep.
    """
    linked = path.is_symlink() or path.parent.is_symlink()
    real = Path(os.path.realpath(path))
    return HistoryLocation(
        path=path,
        target=real if linked else None,
        available=available,
        last_merged=_last_merged(real.parent / MERGED_FOLDER),
    )


def _last_merged(folder: Path) -> datetime | None:
    try:
        with os.scandir(folder) as entries:
            if next(entries, None) is None:
                return None
        return datetime.fromtimestamp(folder.stat().st_mtime).astimezone()
    except OSError:
        return None
