"""Two windows and the CLI share a synced folder while a sync tool meddles: nothing is lost.

The test plays the sync tool the way Syncthing does when two computers changed
the file: the local ``history.json`` is renamed to a conflict copy and an older
version (the other computer's) is renamed into its place, while the writers run.
Between rounds it also edits the file in place, adding a session by hand. Every
session a writer was told is saved, every import and every hand-added session
must be in the file at the end (once each writer has saved after the tool's last
move), and every deletion stays deleted.
"""

import contextlib
import json
import os
import subprocess
import sys
from pathlib import Path

from mat_companion.core.conflict_copies import MERGED_FOLDER, conflict_copies
from mat_companion.core.history_document import serialise_history
from tests.conftest import CHECKOUT
from tests.factories import make_session

ROUNDS = 5


class Writer:
    """A child process holding a store, as a running window does."""

    def __init__(self, path: Path, name: str) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tests.e2e.sync_writer_child", str(path), name],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            cwd=CHECKOUT,
        )
        self.saved: set[str] = set()
        self.deleted: set[str] = set()

    def send(self, *commands: str) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write("".join(f"{command}\n" for command in commands))
        self.process.stdin.flush()

    def wait(self, commands: int) -> None:
        assert self.process.stdout is not None
        while commands:
            line = self.process.stdout.readline()
            assert line, "the writer died"
            word, *rest = line.split()
            if word == "done":
                commands -= 1
            elif word == "saved":
                self.saved.add(rest[0])
            else:
                self.deleted.add(rest[0])
                self.saved.discard(rest[0])

    def close(self) -> None:
        assert self.process.stdin is not None and self.process.stdout is not None
        self.process.stdin.close()
        assert self.process.wait(timeout=30) == 0
        self.process.stdout.close()


def import_file(data: Path, tmp_path: Path, round_: int) -> tuple[subprocess.Popen[str], set[str]]:
    sessions = [make_session(note=f"imported in round {round_}") for _ in range(3)]
    file = tmp_path / f"import-{round_}.json"
    file.write_bytes(serialise_history(sessions))
    child = subprocess.Popen(
        [sys.executable, "-m", "mat_companion", "--data-dir", str(data), "import", str(file)],
        stderr=subprocess.PIPE,
        text=True,
    )
    return child, {s["id"] for s in sessions}


def syncthing_replaces(path: Path, older: bytes, round_: int) -> None:
    """The local version becomes a conflict copy and the other computer's takes its place."""
    incoming = path.with_name(".syncthing.history.json.tmp")
    incoming.write_bytes(older)
    conflict = path.with_name(f"history.sync-conflict-20261201-10101{round_}-ABCDEFG.json")
    with contextlib.suppress(FileNotFoundError):  # no file before the first save
        os.rename(path, conflict)
    os.replace(incoming, path)


def edit_in_place(path: Path, round_: int) -> str:
    """Another tool adds a session by hand, writing over the file where it is."""
    document = json.loads(path.read_bytes())
    added = make_session(note=f"typed in round {round_}", changed_at="2026-12-01T09:00:00+00:00")
    document["sessions"].append(added)
    with path.open("r+b") as handle:
        handle.write(serialise_history(document["sessions"], deleted=document["deleted"]))
        handle.truncate()
    return str(added["id"])


def test_windows_and_the_cli_lose_nothing_to_a_meddling_sync_tool(tmp_path: Path) -> None:
    data = tmp_path / "Sync" / "MatCompanion"
    data.mkdir(parents=True)
    path = data / "history.json"
    writers = [Writer(path, name) for name in ("laptop", "desktop")]
    imported: set[str] = set()
    typed: set[str] = set()
    older = serialise_history([])
    try:
        for round_ in range(ROUNDS):
            for writer in writers:
                writer.send("add 3")
            for writer in writers:
                writer.wait(1)
            for writer in writers:
                writer.send("delete", "add 2")
            importer, ids = import_file(data, tmp_path, round_)
            # The older version lacks what was saved since: the case, while the
            # writers and the import run.
            syncthing_replaces(path, older, round_)
            _, said = importer.communicate(timeout=60)
            assert importer.returncode == 0, said
            imported |= ids
            for writer in writers:
                writer.wait(2)
            older = path.read_bytes()
            typed.add(edit_in_place(path, round_))
        for writer in writers:  # each saves once after the tool's last move
            writer.send("add 1")
            writer.wait(1)
    finally:
        for writer in writers:
            writer.close()
    document = json.loads(path.read_bytes())
    on_disk = {s["id"] for s in document["sessions"]}
    saved = set.union(*(w.saved for w in writers))
    deleted = set.union(*(w.deleted for w in writers))
    assert len(deleted) == 2 * ROUNDS
    assert saved - on_disk == set(), "sessions saved by a window were lost"
    assert imported - on_disk == set(), "imported sessions were lost"
    assert typed - on_disk == set(), "sessions added by another tool were lost"
    assert deleted & on_disk == set(), "deleted sessions came back"
    assert deleted <= {t["id"] for t in document["deleted"]}
    assert on_disk == saved | imported | typed
    assert conflict_copies(path) == []
    assert len(list((data / MERGED_FOLDER).iterdir())) >= 1
