"""The copies of the history that sync tools leave beside it when two computers changed it.

A sync tool never merges: when both computers changed ``history.json`` it keeps
one version under the name and renames the other. These are the names the
tools give it (for ``history.json``):

- Syncthing: ``history.sync-conflict-20261201-101010-ABCDEFG.json`` (the date,
  the time and the first seven characters of the other device's id; versions
  before 0.14 left the id out).
- Nextcloud and ownCloud 2.5 and later: ``history (conflicted copy 2026-12-01
  101010).json``, with the user's name before the date when the client knows it.
- ownCloud before 2.5: ``history_conflict-20261201-101010.json``.
- Dropbox: ``history (Anna's conflicted copy 2026-12-01).json``, then ``... (1).json``
  for a second one of the same day.

The store merges each into the history and then files it away in
``merged-copies/``, so the folder stays clean and the copy's bytes stay at hand.
"""

from __future__ import annotations

import itertools
import os
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Final

from mat_companion.core.files import ensure_own_dir, move_to_free_name

#: Where merged conflict copies are kept, beside the history.
MERGED_FOLDER: Final = "merged-copies"

_PATTERNS: Final = (
    r"{stem}\.sync-conflict-\d{{8}}-\d{{6}}(?:-[A-Z0-9]{{7}})?{suffix}",
    r"{stem} \((?:[^()/]+['’]s )?conflicted copy(?: [^()/]+?)? \d{{4}}-\d{{2}}-\d{{2}}"
    r"(?: \d{{6}})?\)(?: \(\d+\))?{suffix}",
    r"{stem}_conflict-\d{{8}}-\d{{6}}{suffix}",
)


def _matcher(history: Path) -> re.Pattern[str]:
    stem, suffix = re.escape(history.stem), re.escape(history.suffix)
    return re.compile(
        "|".join(f"(?:{pattern.format(stem=stem, suffix=suffix)})" for pattern in _PATTERNS),
        re.IGNORECASE,
    )


def conflict_copies(history: Path) -> list[Path]:
    """The conflict copies of ``history`` in its folder, oldest name first.

    A folder that cannot be listed has none that can be merged.
    """
    matcher = _matcher(history)
    try:
        names = os.listdir(history.parent)
    except OSError:
        return []
    return [history.parent / name for name in sorted(names) if matcher.fullmatch(name)]


def file_away(copy: Path) -> Path:
    """Move a merged ``copy`` into ``merged-copies/`` under a name no earlier copy has.

    Raises:
        OSError: the folder could not be made or the copy could not be moved.
    """
    folder = copy.parent / MERGED_FOLDER
    ensure_own_dir(folder)
    return move_to_free_name(copy, _free_names(folder, copy))


def _free_names(folder: Path, copy: Path) -> Iterator[Path]:
    yield folder / copy.name
    for counter in itertools.count(2):
        yield folder / f"{copy.stem}-{counter}{copy.suffix}"
