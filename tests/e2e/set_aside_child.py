"""One process of the set-aside race: puts new files in place, or sets aside what is there.

``put FOLDER COUNT`` places COUNT files of its own bytes at ``FOLDER/history.json``
one after another, each once the last was moved away (an exclusive link, so it
never replaces one itself), then writes ``FOLDER/done``. ``move FOLDER`` sets aside
whatever is at ``FOLDER/history.json``, all with one fixed time, until ``done`` is
there and nothing is left to move.
"""

import os
import sys
from datetime import datetime
from pathlib import Path

from mat_companion.core.files import set_aside

SAME_SECOND = datetime(2026, 12, 1, 21, 0, 0)


def put(folder: Path, count: int) -> None:
    history = folder / "history.json"
    for number in range(count):
        staged = folder / f"staged-{number}"
        staged.write_bytes(f"copy {number}".encode())
        while True:
            try:
                os.link(staged, history)
            except FileExistsError:
                continue
            break
        staged.unlink()
    (folder / "done").write_bytes(b"")


def move(folder: Path) -> None:
    history = folder / "history.json"
    while True:
        finished = (folder / "done").exists()
        try:
            set_aside(history, "unreadable", now=SAME_SECOND)
        except FileNotFoundError:
            if finished:
                return


if __name__ == "__main__":
    role, place = sys.argv[1], Path(sys.argv[2])
    if role == "put":
        put(place, int(sys.argv[3]))
    else:
        move(place)
