"""The command line and a synced history: deletions are respected, merged copies are said."""

import json
from pathlib import Path

import pytest

from mat_companion.__main__ import main
from mat_companion.core.conflict_copies import MERGED_FOLDER
from mat_companion.core.history_document import serialise_history
from tests.factories import make_session


def test_export_leaves_out_a_session_the_file_also_records_as_deleted_later(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    kept, gone = make_session(), make_session(changed_at="2026-11-30T10:00:00+00:00")
    deletion = {"id": gone["id"], "deleted_at": "2026-11-30T10:00:01+00:00"}
    (tmp_path / "history.json").write_bytes(serialise_history([kept, gone], deleted=[deletion]))
    assert main(["--data-dir", str(tmp_path), "export", "--format", "json"]) == 0
    exported = json.loads(capsys.readouterr().out)["sessions"]
    assert [s["id"] for s in exported] == [kept["id"]]


def test_import_says_what_a_conflict_copy_added(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    name = "history (conflicted copy 2026-12-01 101010).json"
    (tmp_path / name).write_bytes(serialise_history([make_session(), make_session()]))
    file = tmp_path / "new.json"
    file.write_bytes(serialise_history([make_session(note="a session of its own")]))
    assert main(["--data-dir", str(tmp_path), "import", str(file)]) == 0
    said = capsys.readouterr().err.splitlines()
    moved = tmp_path / MERGED_FOLDER / name
    assert said[0] == (
        f"The conflict copy {name} that a sync tool left beside your history added 2 sessions "
        f"to it; it was moved to {moved}."
    )
    assert said[1] == f"Imported 1 session into {tmp_path / 'history.json'}."
    assert len(json.loads((tmp_path / "history.json").read_bytes())["sessions"]) == 3
