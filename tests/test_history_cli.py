import json
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from mat_companion.__main__ import main
from mat_companion.core.history_document import serialise_history
from tests.factories import make_session


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "mat_companion", *args], capture_output=True, text=True, timeout=60
    )


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    folder.mkdir()
    return folder


def seed(data_dir: Path, count: int) -> list[dict[str, object]]:
    sessions = [make_session() for _ in range(count)]
    (data_dir / "history.json").write_bytes(serialise_history(sessions))
    return sessions


def test_export_json_to_stdout_without_loading_qt(data_dir: Path) -> None:
    sessions = seed(data_dir, 3)
    code = (
        "import sys\n"
        "from mat_companion.__main__ import main\n"
        f"status = main(['--data-dir', {str(data_dir)!r}, 'export'])\n"
        "qt = [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))]\n"
        "sys.stderr.write(repr(qt))\n"
        "sys.exit(status)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0
    assert json.loads(result.stdout)["sessions"] == sessions
    assert result.stderr == "[]"


def test_export_csv_to_a_private_file_then_import_elsewhere(data_dir: Path, tmp_path: Path) -> None:
    sessions = seed(data_dir, 4)
    out = tmp_path / "out" / "sessions.csv"
    result = cli("--data-dir", str(data_dir), "export", "--format", "csv", "--output", str(out))
    assert result.returncode == 0, result.stderr
    assert result.stderr == f"Exported 4 sessions to {out}.\n"
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert out.read_text().count("\n") == 5

    other = tmp_path / "other"
    result = cli("--data-dir", str(other), "import", str(out))
    assert result.returncode == 0, result.stderr
    assert result.stderr == f"Imported 4 sessions into {other / 'history.json'}.\n"
    imported = json.loads((other / "history.json").read_bytes())["sessions"]
    by_id = {s["id"]: s for s in sessions}
    assert {s["id"] for s in imported} == set(by_id)
    for session in imported:  # stamped as changed when imported, the rest as exported
        assert session.pop("changed_at") > "2026-11-20T21:20:12"
        assert session == by_id[session["id"]]

    again = cli("--data-dir", str(other), "import", str(out))
    assert again.stderr.endswith("(4 already present were skipped).\n")


def test_invalid_rows_are_listed_and_nothing_is_written(data_dir: Path, tmp_path: Path) -> None:
    seed(data_dir, 1)
    before = (data_dir / "history.json").read_bytes()
    bad = tmp_path / "bad.csv"
    bad.write_text(
        "started_at,actual_seconds,stage\n"
        "2026-03-01T20:00:00+01:00,900,beginner\n"
        "2026-03-02T20:00:00+01:00,-1,beginner\n"
        "2026-03-03,900,beginner\n"
    )
    result = cli("--data-dir", str(data_dir), "import", str(bad))
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        f"{bad}: line 3: actual_seconds must be between 0 and 86400, not -1",
        f"{bad}: line 4: started_at has no UTC offset: '2026-03-03'",
        f"mat-companion: 2 sessions in {bad} are not valid; nothing was imported (fix them, or use "
        "--skip-invalid to import the valid ones).",
    ]
    assert (data_dir / "history.json").read_bytes() == before

    skipping = cli("--data-dir", str(data_dir), "import", "--skip-invalid", str(bad))
    assert skipping.returncode == 0
    assert len(json.loads((data_dir / "history.json").read_bytes())["sessions"]) == 2


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "Could not read {file}: it does not exist."),
        (
            b"{not json",
            "{file}: The file cannot be imported: it is not valid JSON: Expecting "
            "property name enclosed in double quotes: line 1 column 2 (char 1).",
        ),
    ],
)
def test_unusable_import_is_one_line(
    data_dir: Path, tmp_path: Path, content: bytes | None, message: str
) -> None:
    file = tmp_path / "in.json"
    if content is not None:
        file.write_bytes(content)
    result = cli("--data-dir", str(data_dir), "import", str(file))
    assert result.returncode == 1
    assert result.stderr == "mat-companion: " + message.format(file=file) + "\n"
    assert not (data_dir / "history.json").exists()


def test_export_of_a_broken_history_is_one_line_and_touches_nothing(data_dir: Path) -> None:
    (data_dir / "history.json").write_bytes(b"[1, 2")
    result = cli("--data-dir", str(data_dir), "export")
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and "cannot be exported" in result.stderr
    assert (data_dir / "history.json").read_bytes() == b"[1, 2"
    assert sorted(p.name for p in data_dir.iterdir()) == ["history.json"]


def test_export_of_no_history_is_an_empty_document(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--data-dir", str(data_dir), "export", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out) == {
        "schema_version": 2,
        "sessions": [],
        "deleted": [],
    }


def test_unknown_export_format_exits_2(data_dir: Path) -> None:
    result = cli("--data-dir", str(data_dir), "export", "--format", "xml")
    assert result.returncode == 2
    assert "invalid choice: 'xml'" in result.stderr
