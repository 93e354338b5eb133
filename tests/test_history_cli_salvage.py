"""``export`` of a damaged history gives the sessions that can be read, and leaves the file."""

import json
import subprocess
import sys
from pathlib import Path

from mat_companion.core import json_codec
from mat_companion.core.history_document import serialise_history
from tests.factories import make_session


def test_export_of_a_cut_history_gives_its_whole_sessions_and_touches_nothing(
    tmp_path: Path,
) -> None:
    saved = [make_session() for _ in range(3)]
    raw = serialise_history(saved)
    cut = raw[: raw.index(json_codec.dumps(saved[2])) + 30] + b"\0" * 4096
    (tmp_path / "history.json").write_bytes(cut)
    result = subprocess.run(
        [sys.executable, "-m", "mat_companion", "--data-dir", str(tmp_path), "export"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["sessions"] == saved[:2]
    assert "1 session in" in result.stderr and "left out of the export" in result.stderr
    assert (tmp_path / "history.json").read_bytes() == cut
    assert [p.name for p in tmp_path.iterdir()] == ["history.json"]
