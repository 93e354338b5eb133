"""Real processes writing a history linked into a synced folder, and a link to nowhere."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from mat_companion.core.history_document import serialise_history
from mat_companion.core.history_store import HistoryStore
from tests.factories import make_session


def cli(data: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "mat_companion", "--data-dir", str(data), *args],
        capture_output=True,
        text=True,
        timeout=60,
    )


@pytest.fixture
def linked(tmp_path: Path) -> tuple[Path, Path]:
    """A data folder whose history.json links (relatively) into a synced folder."""
    data, synced = tmp_path / "data", tmp_path / "Sync"
    data.mkdir()
    synced.mkdir()
    (data / "history.json").symlink_to(Path("..") / "Sync" / "history.json")
    return data, synced / "history.json"


def test_an_import_and_a_window_store_both_write_through_the_link(
    linked: tuple[Path, Path], tmp_path: Path
) -> None:
    data, target = linked
    target.write_bytes(serialise_history([]))
    store = HistoryStore(data / "history.json")
    assert store.load() is None
    ours = make_session(note="ours")
    store.add(ours)
    imported = [make_session(note="imported one"), make_session(note="imported two")]
    source = tmp_path / "import.json"
    source.write_bytes(serialise_history(imported))
    result = cli(data, "import", str(source))
    assert result.returncode == 0, result.stderr
    later = make_session(note="later")
    store.add(later)  # the window saves after the import: it merges, never forks
    assert (data / "history.json").is_symlink()
    saved = {s["id"] for s in json.loads(target.read_bytes())["sessions"]}
    assert saved == {ours["id"], later["id"], *(s["id"] for s in imported)}
    exported = cli(data, "export")
    assert exported.returncode == 0, exported.stderr
    assert len(json.loads(exported.stdout)["sessions"]) == 4


def test_a_dangling_link_is_said_and_neither_import_nor_export_pretends_it_is_empty(
    linked: tuple[Path, Path], tmp_path: Path
) -> None:
    data, target = linked
    source = tmp_path / "import.json"
    source.write_bytes(serialise_history([make_session()]))
    before = sorted(p.name for p in data.iterdir())
    result = cli(data, "import", str(source))
    assert result.returncode == 1
    sentence = f"Your history is on {target.resolve()}, which is not available"
    assert sentence in result.stderr and "Traceback" not in result.stderr
    exported = cli(data, "export")
    assert exported.returncode == 1 and exported.stdout == ""
    assert sentence in exported.stderr and "nothing was exported" in exported.stderr
    assert sorted(p.name for p in data.iterdir()) == before
    assert (data / "history.json").is_symlink() and not target.exists()


def test_two_processes_writing_through_the_same_link_keep_every_session(
    linked: tuple[Path, Path],
) -> None:
    data, target = linked
    target.write_bytes(serialise_history([]))
    path = data / "history.json"
    child = (
        "import sys\n"
        "from pathlib import Path\n"
        "from mat_companion.core.history_store import HistoryStore\n"
        "from tests.factories import make_session\n"
        "store = HistoryStore(Path(sys.argv[1]))\n"
        "store.load()\n"
        "for _ in range(20):\n"
        "    session = make_session()\n"
        "    store.add(session)\n"
        "    print(session['id'], flush=True)\n"
    )
    others = subprocess.Popen(
        [sys.executable, "-c", child, str(path)],
        stdout=subprocess.PIPE,
        text=True,
        cwd=Path(__file__).parents[2],
    )
    store = HistoryStore(path)
    store.load()
    ours = set()
    for _ in range(20):
        session = make_session()
        store.add(session)
        ours.add(session["id"])
    out, _ = others.communicate(timeout=60)
    assert others.returncode == 0
    theirs = set(out.split())
    assert len(theirs) == 20
    assert path.is_symlink()
    assert {s["id"] for s in json.loads(target.read_bytes())["sessions"]} == ours | theirs
