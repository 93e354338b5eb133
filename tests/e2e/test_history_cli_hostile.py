"""The data commands against hostile outputs and inputs, as real processes.

Each refusal is one sentence, never a traceback, with a non-zero status where it failed.
"""

import json
import os
import resource
import stat
import subprocess
import sys
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from mat_companion.core.history_document import serialise_history
from tests.factories import make_session

COMMAND = [sys.executable, "-m", "mat_companion"]
START = datetime(2000, 1, 1, 20, tzinfo=UTC)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    folder.mkdir()
    return folder


@pytest.fixture
def dev(tmp_path: Path) -> Path:
    """``/dev``, or as root a private copy of its null, full and stdout.

    A regression here replaces the output with a file: as root, on the real ``/dev``,
    that would break the machine for everyone.
    """
    if os.geteuid() != 0:
        return Path("/dev")
    folder = tmp_path / "dev"
    folder.mkdir()
    try:
        os.mknod(folder / "null", 0o666 | stat.S_IFCHR, os.makedev(1, 3))
        os.mknod(folder / "full", 0o666 | stat.S_IFCHR, os.makedev(1, 7))
    except PermissionError:
        pytest.skip("root without CAP_MKNOD: no private devices, and the real ones are at risk")
    (folder / "stdout").symlink_to("/proc/self/fd/1")
    return folder


def seed(data_dir: Path, count: int, *invalid: dict[str, object]) -> None:
    sessions = [
        make_session(
            id=str(uuid.UUID(int=i, version=4)),
            started_at=(START + timedelta(hours=i)).isoformat(),
            ended_at=None,
        )
        for i in range(count)
    ]
    (data_dir / "history.json").write_bytes(serialise_history([*sessions, *invalid]))


def run(data_dir: Path, *args: str, **options: object) -> subprocess.CompletedProcess[bytes]:
    options.setdefault("stdout", subprocess.PIPE)
    options.setdefault("stderr", subprocess.PIPE)
    return subprocess.run(  # type: ignore[call-overload, no-any-return]
        [*COMMAND, "--data-dir", str(data_dir), *args], timeout=60, **options
    )


def one_sentence(stderr: bytes) -> str:
    message = stderr.decode()
    assert "Traceback" not in message and "Exception ignored" not in message, message
    assert message.count("\n") == 1 and message.endswith(".\n"), message
    return message


def test_export_to_a_full_disk(data_dir: Path, dev: Path) -> None:
    seed(data_dir, 3)
    with open("/dev/full", "wb") as full:
        result = run(data_dir, "export", stdout=full)
    assert result.returncode == 1
    assert one_sentence(result.stderr) == (
        "mat-companion: Could not write the export to standard output: the disk is full.\n"
    )
    result = run(data_dir, "export", "--output", str(dev / "full"))
    assert result.returncode == 1
    assert f"Could not write the export to {dev / 'full'}: the disk is full." in one_sentence(
        result.stderr
    )
    assert stat.S_ISCHR(os.lstat(dev / "full").st_mode)


def test_export_with_standard_output_closed(data_dir: Path) -> None:
    seed(data_dir, 3)
    result = subprocess.run(
        ["sh", "-c", 'exec "$@" >&-', "sh", *COMMAND, "--data-dir", str(data_dir), "export"],
        capture_output=True,
        timeout=60,
    )
    assert result.returncode == 1
    assert one_sentence(result.stderr) == (
        "mat-companion: Standard output is closed; give a file with --output.\n"
    )


def test_export_into_a_pipe_closed_after_one_byte(data_dir: Path) -> None:
    seed(data_dir, 5000)
    export = subprocess.Popen(
        [*COMMAND, "--data-dir", str(data_dir), "export"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert export.stdout is not None and export.stderr is not None
    assert export.stdout.read(1) == b"{"
    export.stdout.close()
    stderr = export.stderr.read()
    export.stderr.close()
    assert export.wait(timeout=60) == 1
    assert one_sentence(stderr) == (
        "mat-companion: The export was cut short: its reader stopped reading.\n"
    )


def test_output_dash_is_standard_output(data_dir: Path, tmp_path: Path) -> None:
    seed(data_dir, 2)
    result = run(data_dir, "export", "--format", "csv", "--output", "-", cwd=tmp_path)
    assert result.returncode == 0
    assert result.stdout.decode().count("\n") == 3
    assert not (tmp_path / "-").exists()


def test_output_dev_stdout_is_written_in_place_and_keeps_an_append(
    data_dir: Path, tmp_path: Path, dev: Path
) -> None:
    seed(data_dir, 2)
    piped = run(data_dir, "export", "--format", "csv", "--output", str(dev / "stdout"))
    assert piped.returncode == 0 and piped.stdout.decode().count("\n") == 3
    log = tmp_path / "log.csv"
    log.write_text("earlier line\n")
    with open(log, "ab") as appended:
        result = run(
            data_dir, "export", "--format", "csv", "--output", str(dev / "stdout"), stdout=appended
        )
    assert result.returncode == 0, result.stderr
    assert log.read_text().startswith("earlier line\nid,started_at,")
    assert log.read_text().count("\n") == 4
    assert os.path.islink(dev / "stdout"), "the device link is never replaced by a file"


def test_output_to_a_device_or_a_link_keeps_what_is_there(
    data_dir: Path, tmp_path: Path, dev: Path
) -> None:
    seed(data_dir, 2)
    assert run(data_dir, "export", "--output", str(dev / "null")).returncode == 0
    assert stat.S_ISCHR(os.lstat(dev / "null").st_mode)
    target = tmp_path / "synced" / "history-export.csv"
    target.parent.mkdir()
    target.write_text("old")
    link = tmp_path / "export.csv"
    link.symlink_to(target)
    result = run(data_dir, "export", "--format", "csv", "--output", str(link))
    assert result.returncode == 0, result.stderr
    assert link.is_symlink() and target.read_text().count("\n") == 3
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    reader = subprocess.Popen(["cat", str(fifo)], stdout=subprocess.PIPE)
    result = run(data_dir, "export", "--output", str(fifo))
    assert result.returncode == 0, result.stderr
    assert reader.communicate(timeout=60)[0].startswith(b'{"schema_version":2')
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)


def limited(megabytes: int) -> object:
    def limit() -> None:
        size = megabytes * 2**20
        resource.setrlimit(resource.RLIMIT_AS, (size, size))

    return limit


def test_a_history_too_large_for_memory(data_dir: Path, tmp_path: Path) -> None:
    seed(data_dir, 40_000)
    before = (data_dir / "history.json").read_bytes()
    expected = "mat-companion: there is not enough memory for this; your history was not changed.\n"
    result = run(data_dir, "export", "--format", "csv", preexec_fn=limited(80))
    assert result.returncode == 1 and one_sentence(result.stderr) == expected
    other = tmp_path / "other"
    result = run(other, "import", str(data_dir / "history.json"), preexec_fn=limited(80))
    assert result.returncode == 1 and one_sentence(result.stderr) == expected
    assert (data_dir / "history.json").read_bytes() == before
    assert not (other / "history.json").exists()


def test_export_says_how_many_invalid_sessions_were_left_out(data_dir: Path) -> None:
    history = data_dir / "history.json"
    seed(data_dir, 1, make_session(stage=""), make_session(actual_seconds=-1))
    result = run(data_dir, "export", "--output", str(data_dir / "out.json"))
    assert result.returncode == 0
    assert result.stderr.decode().splitlines() == [
        f"Exported 1 session to {data_dir / 'out.json'}.",
        f"2 sessions in {history} are not valid and were left out of the export; they stay "
        "in that file (the first, number 2: stage must be a stage name).",
    ]
    seed(data_dir, 2, make_session(stage=""))
    result = run(data_dir, "export")
    assert result.stderr.decode().splitlines() == [
        f"1 session in {history} is not valid and was left out of the export; it stays in "
        "that file (number 3: stage must be a stage name).",
    ]


def test_re_importing_a_hand_made_csv_adds_nothing(data_dir: Path, tmp_path: Path) -> None:
    hand_made = tmp_path / "mine.csv"
    hand_made.write_text(
        "started_at,actual_seconds,stage\n"
        "2026-03-01T20:00:00+01:00,900,beginner\n"
        "2026-03-02T20:00:00+01:00,900,beginner\n"
    )
    first = run(data_dir, "import", str(hand_made))
    assert first.stderr.decode() == f"Imported 2 sessions into {data_dir / 'history.json'}.\n"
    again = run(data_dir, "import", str(hand_made))
    assert again.stderr.decode() == (
        f"Imported 0 sessions into {data_dir / 'history.json'} (2 already present were skipped).\n"
    )


def test_import_from_standard_input(data_dir: Path) -> None:
    rows = b"started_at,actual_seconds,stage\n2026-03-01T20:00:00+01:00,900,beginner\n"
    result = run(data_dir, "import", "-", input=rows)
    assert result.returncode == 0
    assert result.stderr.decode() == f"Imported 1 session into {data_dir / 'history.json'}.\n"
    empty = run(data_dir, "import", "-", input=b"")
    assert empty.returncode == 1
    assert one_sentence(empty.stderr) == (
        "mat-companion: standard input: The file cannot be imported: it is empty.\n"
    )
    closed = subprocess.run(
        ["sh", "-c", 'exec "$@" <&-', "sh", *COMMAND, "--data-dir", str(data_dir), "import", "-"],
        capture_output=True,
        timeout=60,
    )
    assert closed.returncode == 1
    assert one_sentence(closed.stderr) == (
        "mat-companion: Standard input is closed; give a file to import.\n"
    )


@pytest.mark.parametrize(
    "args", [["import"], ["export", "--output"], ["import", "a", "b"], ["export", "--bogus"]]
)
def test_invalid_arguments_give_usage_not_a_traceback(data_dir: Path, args: list[str]) -> None:
    result = run(data_dir, *args)
    assert result.returncode == 2
    assert b"Traceback" not in result.stderr and b"usage:" in result.stderr


def test_importing_something_that_is_not_a_file(data_dir: Path, tmp_path: Path) -> None:
    result = run(data_dir, "import", str(tmp_path))
    assert result.returncode == 1
    assert one_sentence(result.stderr).startswith(f"mat-companion: Could not read {tmp_path}")


def test_an_export_that_lost_its_ids_adds_nothing_when_imported_back(
    data_dir: Path, tmp_path: Path
) -> None:
    seed(data_dir, 3)
    exported = run(data_dir, "export", "--format", "csv").stdout.decode()
    rows = [line.split(",", 1)[1] for line in exported.splitlines()]
    without_ids = tmp_path / "edited.csv"
    without_ids.write_text("\n".join(rows) + "\n")
    result = run(data_dir, "import", str(without_ids))
    assert result.stderr.decode() == (
        f"Imported 0 sessions into {data_dir / 'history.json'} (3 already present were skipped).\n"
    )
    document = json.loads(run(data_dir, "export").stdout)
    hand_made = {
        "sessions": [{k: v for k, v in s.items() if k != "id"} for s in document["sessions"]]
    }
    version_0 = tmp_path / "version-0.json"
    version_0.write_text(json.dumps(hand_made))
    result = run(data_dir, "import", str(version_0))
    assert result.stderr.decode().startswith("Imported 0 sessions into")
    assert len(json.loads((data_dir / "history.json").read_bytes())["sessions"]) == 3


def test_a_history_that_is_a_named_pipe_is_refused_at_once(data_dir: Path) -> None:
    os.mkfifo(data_dir / "history.json")
    result = run(data_dir, "export")
    assert result.returncode == 1
    assert "is a named pipe, not a regular file" in one_sentence(result.stderr)
    rows = b"started_at,actual_seconds,stage\n2026-03-01T20:00:00+01:00,900,beginner\n"
    result = run(data_dir, "import", "-", input=rows)
    assert result.returncode == 1
    assert "is a named pipe, not a regular file" in one_sentence(result.stderr), "said once"
