"""A log that cannot be used: one line, then standard error; never a traceback, never a link."""

from __future__ import annotations

import logging
import os
import shutil
import stat
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from mat_companion.logs import setup_logging
from mat_companion.paths import AppPaths
from tests.conftest import CHECKOUT

NOBODY = 65534
SYSTEM_PYTHON = shutil.which("python3", path="/usr/bin:/bin")
as_root = pytest.mark.skipif(
    os.geteuid() != 0 or SYSTEM_PYTHON is None,
    reason="another user's files need root (and a system python3 to run as nobody)",
)
#: What the app does at start-up, in a process of its own (stdlib only, so nobody can run it).
STARTS = f"""
import logging, sys
sys.path.insert(0, {str(CHECKOUT)!r})
from pathlib import Path
from mat_companion.logs import setup_logging
from mat_companion.paths import AppPaths
setup_logging(AppPaths.under(Path(sys.argv[1])), debug=False)
logging.getLogger("mat_companion.test").warning("still logging")
print("started", flush=True)
"""


def fallback(log_file: Path, reason: str) -> str:
    return (
        f"mat-companion: cannot write the log file {log_file} ({reason}), "
        "so messages go to standard error instead.\n"
    )


@pytest.fixture
def logging_started(capfd: pytest.CaptureFixture[str]) -> Iterator[list[logging.Handler]]:
    """The handlers ``setup_logging`` adds, removed and closed after the test."""
    added: list[logging.Handler] = []
    yield added
    for handler in added:
        logging.getLogger().removeHandler(handler)
        handler.close()


def start(paths: AppPaths, added: list[logging.Handler]) -> None:
    added.append(setup_logging(paths, debug=False))
    logging.getLogger("mat_companion.test").warning("still logging")


def test_a_planted_link_is_neither_followed_nor_chmodded(
    tmp_path: Path, capfd: pytest.CaptureFixture[str], logging_started: list[logging.Handler]
) -> None:
    paths = AppPaths.under(tmp_path / "data")
    paths.logs.mkdir(parents=True)
    victim = tmp_path / "victim"
    victim.write_text("someone else's file\n")
    victim.chmod(0o644)
    paths.log_file.symlink_to(victim)
    start(paths, logging_started)
    assert victim.read_text() == "someone else's file\n"
    assert stat.S_IMODE(victim.stat().st_mode) == 0o644
    err = capfd.readouterr().err
    assert err.startswith(fallback(paths.log_file, "it is a symbolic link"))
    assert "still logging" in err


@pytest.mark.parametrize("kind", ["folder", "fifo"])
def test_a_log_that_is_not_a_file_falls_back_at_once(
    tmp_path: Path,
    capfd: pytest.CaptureFixture[str],
    logging_started: list[logging.Handler],
    kind: str,
) -> None:
    paths = AppPaths.under(tmp_path / "data")
    paths.logs.mkdir(parents=True)
    if kind == "folder":
        paths.log_file.mkdir()
    else:
        os.mkfifo(paths.log_file)
    start(paths, logging_started)
    reason = "it is a folder" if kind == "folder" else "it is a named pipe"
    assert capfd.readouterr().err.startswith(fallback(paths.log_file, reason))


def test_a_log_folder_that_is_a_file_falls_back(
    tmp_path: Path, capfd: pytest.CaptureFixture[str], logging_started: list[logging.Handler]
) -> None:
    paths = AppPaths.under(tmp_path / "data")
    paths.data.mkdir()
    paths.logs.write_text("not a folder")
    start(paths, logging_started)
    err = capfd.readouterr().err
    assert err.startswith(fallback(paths.log_file, "a file is in the way of the folder"))
    assert "still logging" in err
    assert paths.logs.read_text() == "not a folder"


@pytest.fixture
def tiny_disk() -> Iterator[Path]:
    """A 64 KiB file system of its own (root only), to fill up for real."""
    if os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("mounting a small file system to fill needs root")
    mount_point = Path(tempfile.mkdtemp(prefix="mat-companion-full-"))
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=64k,mode=0700", "tmpfs", str(mount_point)],
        capture_output=True,
        check=False,
    )
    if mounted.returncode != 0:
        mount_point.rmdir()
        pytest.skip(f"cannot mount a tmpfs here: {mounted.stderr.decode().strip()}")
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", str(mount_point)], check=True)
        mount_point.rmdir()


def fill(disk: Path) -> None:
    fd = os.open(disk / "filler", os.O_WRONLY | os.O_CREAT, 0o600)
    try:
        while os.write(fd, b"\0" * 4096):
            pass
    except OSError as error:
        assert error.strerror == os.strerror(28)
    finally:
        os.close(fd)


@pytest.mark.parametrize("when", ["before start", "while running"])
def test_a_full_disk_says_so_once_and_goes_on_on_stderr(
    tiny_disk: Path,
    capfd: pytest.CaptureFixture[str],
    logging_started: list[logging.Handler],
    when: str,
) -> None:
    paths = AppPaths.under(tiny_disk / "data")
    paths.logs.mkdir(parents=True)
    if when == "before start":
        fill(tiny_disk)
        start(paths, logging_started)
    else:
        start(paths, logging_started)
        fill(tiny_disk)
    for number in range(100):  # more than the page the log already has
        logging.getLogger("mat_companion.test").warning("line %d %s", number, "x" * 100)
    err = capfd.readouterr().err
    assert err.count("mat-companion: cannot write the log file") == 1
    assert fallback(paths.log_file, "the disk is full") in err
    assert "Traceback" not in err
    assert "--- Logging error ---" not in err
    assert "line 99 x" in err


@pytest.fixture
def shared_tmp() -> Iterator[Path]:
    """A folder outside pytest's private one, so another user can reach it."""
    folder = Path(tempfile.mkdtemp(prefix="mat-companion-logs-"))
    folder.chmod(0o755)
    try:
        yield folder
    finally:
        shutil.rmtree(folder)


def start_as_nobody(data: Path) -> subprocess.CompletedProcess[str]:
    assert SYSTEM_PYTHON is not None
    return subprocess.run(
        [SYSTEM_PYTHON, "-B", "-c", STARTS, str(data)],
        user=NOBODY,
        group=NOBODY,
        cwd="/",
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def give_to_nobody(*paths: Path) -> None:
    for path in paths:
        os.chown(path, NOBODY, NOBODY)


@as_root
def test_a_log_left_by_a_sudo_run_falls_back(shared_tmp: Path) -> None:
    paths = AppPaths.under(shared_tmp / "data")
    paths.logs.mkdir(parents=True, mode=0o700)
    give_to_nobody(paths.data, paths.logs)
    paths.log_file.write_text("root was here\n")  # owned by root, 0600
    paths.log_file.chmod(0o600)
    done = start_as_nobody(paths.data)
    assert done.returncode == 0, done.stderr
    assert done.stdout == "started\n"
    assert done.stderr.startswith(fallback(paths.log_file, "permission denied"))
    assert "still logging" in done.stderr
    assert "Traceback" not in done.stderr
    assert paths.log_file.read_text() == "root was here\n"


@as_root
def test_a_log_folder_left_by_a_sudo_run_falls_back(shared_tmp: Path) -> None:
    paths = AppPaths.under(shared_tmp / "data")
    paths.logs.mkdir(parents=True, mode=0o700)
    give_to_nobody(paths.data)  # the log folder stays root's
    done = start_as_nobody(paths.data)
    assert done.returncode == 0, done.stderr
    assert done.stderr.startswith(fallback(paths.log_file, "its folder belongs to another user"))
    assert "Traceback" not in done.stderr


@as_root
def test_a_read_only_log_of_ones_own_falls_back(shared_tmp: Path) -> None:
    paths = AppPaths.under(shared_tmp / "data")
    paths.logs.mkdir(parents=True, mode=0o700)
    paths.log_file.write_text("old\n")
    paths.log_file.chmod(0o400)
    give_to_nobody(paths.data, paths.logs, paths.log_file)
    done = start_as_nobody(paths.data)
    assert done.returncode == 0, done.stderr
    assert done.stderr.startswith(fallback(paths.log_file, "permission denied"))
    assert paths.log_file.read_text() == "old\n"


@as_root
def test_a_log_owned_by_another_user_but_writable_is_not_used(shared_tmp: Path) -> None:
    paths = AppPaths.under(shared_tmp / "data")
    paths.logs.mkdir(parents=True, mode=0o700)
    give_to_nobody(paths.data, paths.logs)
    paths.log_file.write_text("root's\n")
    paths.log_file.chmod(0o666)  # writable, but it is not ours to make private
    done = start_as_nobody(paths.data)
    assert done.returncode == 0, done.stderr
    assert done.stderr.startswith(fallback(paths.log_file, "permission denied"))
    assert paths.log_file.read_text() == "root's\n"
    assert stat.S_IMODE(paths.log_file.stat().st_mode) == 0o666
