"""A real read-only folder: a read-only bind mount in a private mount namespace.

Permission bits do not stop root (and CI runs as root), so the data folder is
made read-only the way a read-only disk is: ``unshare`` gives the command its
own mount namespace in which the folder is remounted read-only.
"""

import os
import shutil
import subprocess
import sys
from pathlib import Path

from mat_companion.core.history_document import serialise_history
from tests.conftest import CHECKOUT
from tests.factories import make_session


def read_only_command(folder: Path, *args: str) -> list[str]:
    """``args`` run as root in a mount namespace where ``folder`` is mounted read-only."""
    unshare = shutil.which("unshare")
    assert unshare, "unshare (util-linux) is needed for the read-only folder test"
    script = (
        f'mount --bind "{folder}" "{folder}" && mount -o remount,bind,ro "{folder}" && exec "$@"'
    )
    return [unshare, "--user", "--map-root-user", "--mount", "sh", "-c", script, "sh", *args]


def run_with_read_only(folder: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """``mat-companion args`` with ``folder`` read-only."""
    return subprocess.run(
        read_only_command(folder, sys.executable, "-m", "mat_companion", *args),
        capture_output=True,
        text=True,
        timeout=60,
        cwd=CHECKOUT,
    )


def test_import_into_a_read_only_folder_is_one_sentence(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    history = data / "history.json"
    history.write_bytes(serialise_history([make_session()]))
    before = history.read_bytes()
    incoming = tmp_path / "incoming.json"
    another_day = {
        "started_at": "2026-11-21T21:05:00+01:00",
        "ended_at": "2026-11-21T21:20:12+01:00",
    }
    incoming.write_bytes(serialise_history([make_session(**another_day)]))  # not a duplicate

    result = run_with_read_only(data, "--data-dir", str(data), "import", str(incoming))

    assert result.returncode == 1, result.stderr
    assert result.stderr == (
        f"mat-companion: Could not open the lock file {history}.lock: the disk is read-only.\n"
    )
    assert history.read_bytes() == before
    assert sorted(p.name for p in data.iterdir()) == ["history.json"]


def test_a_session_on_a_read_only_data_folder_runs_and_saving_says_why_not(
    tmp_path: Path,
) -> None:
    data = tmp_path / "data"
    data.mkdir()
    (data / "settings.json").write_text('{"rest_weeks": ["not a day"]}')
    child = subprocess.run(
        read_only_command(
            data,
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            "tests/ui/read_only_child.py",
        ),
        cwd=CHECKOUT,
        env={**os.environ, "MC_READ_ONLY": str(data)},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert child.returncode == 0, child.stdout + child.stderr


def test_sounds_are_made_in_memory_where_the_cache_cannot_be_written(tmp_path: Path) -> None:
    """The walk: a read-only data folder turned every sound off, the wake-up bell too."""
    cache = tmp_path / "cache"
    cache.mkdir()
    probe = (
        "import sys; from pathlib import Path;"
        "from mat_companion.audio.cache import prepared_sounds;"
        "sounds = prepared_sounds(Path(sys.argv[1]), ['end_bell', 'breath_in']);"
        "print(sorted((n, len(s) > 0, float(abs(s).max()) > 0.05) for n, s in sounds.items()))"
    )
    result = subprocess.run(
        read_only_command(cache, sys.executable, "-c", probe, str(cache)),
        capture_output=True,
        text=True,
        timeout=120,
        cwd=CHECKOUT,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[('breath_in', True, True), ('end_bell', True, True)]"
    assert list(cache.iterdir()) == [], "nothing could be kept, and nothing was"
    writable = subprocess.run(
        [sys.executable, "-c", probe, str(cache)], capture_output=True, text=True, cwd=CHECKOUT
    )
    assert writable.stdout == result.stdout
    assert len(list((cache / "sounds").glob("*.wav"))) == 2, "kept where the disk lets it"
