"""The single instance under odd paths and other users.

Every spelling of one data folder reaches the one instance; the socket sits in
a folder that is the user's alone, and nothing is sent to another user's
process, whoever bound the name first. The two-user cases run the other user's
part as ``nobody`` in a child process, so they need root.
"""

import os
import shutil
import signal
import stat
import subprocess
import sys
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from mat_companion.desktop.instance_server import InstanceServer
from mat_companion.desktop.single_instance import (
    InstanceFolderError,
    hand_over,
    instance_key,
    runtime_folder,
    socket_path,
)
from mat_companion.paths import AppPaths
from tests.conftest import CHECKOUT

NOBODY = 65534
#: A Python that nobody may run (the project's venv may sit in root's private home).
SYSTEM_PYTHON = shutil.which("python3", path="/usr/bin:/bin")
as_root = pytest.mark.skipif(
    os.geteuid() != 0 or SYSTEM_PYTHON is None,
    reason="another user's process needs root (and a system python3) to start it as nobody",
)


def test_every_spelling_of_a_folder_has_the_one_socket(
    runtime: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = tmp_path / "data"
    data.mkdir()
    (tmp_path / "link").symlink_to(data)
    (tmp_path / "other").mkdir()
    monkeypatch.chdir(tmp_path / "other")
    spellings = [
        data,
        tmp_path / "link",
        tmp_path / "other" / ".." / "data",
        Path(f"{data}/"),
        Path(f"{tmp_path}//link/./"),
        Path("../data"),
    ]
    sockets = {socket_path(AppPaths.under(spelling)) for spelling in spellings}
    assert len(sockets) == 1
    assert socket_path(AppPaths.under(tmp_path / "other")) not in sockets


def test_a_launch_through_a_symlink_reaches_the_window_open_on_the_folder(
    qtbot: QtBot, runtime: Path, tmp_path: Path
) -> None:
    data = tmp_path / "data"
    data.mkdir()
    (tmp_path / "link").symlink_to(data)
    server = InstanceServer(socket_path(AppPaths.under(data)))
    assert server.listen()
    answers: list[bool] = []
    with qtbot.waitSignal(server.requested) as received:
        path = socket_path(AppPaths.under(tmp_path / "link"))
        threading.Thread(target=lambda: answers.append(hand_over(path, {"n": 1}))).start()
    assert received.args == [{"n": 1}]
    qtbot.waitUntil(lambda: answers == [True])
    server.close()


def test_a_window_on_a_folder_not_made_yet_makes_it_first_so_its_key_holds(
    qtbot: QtBot, runtime: Path, tmp_path: Path
) -> None:
    """The key is the folder's device and inode: a folder made later would change it."""
    from mat_companion.app import AppContext
    from mat_companion.audio.output import NullAudio
    from tests.ui.session_helpers import unguarded

    paths = AppPaths.under(tmp_path / "new")
    context = AppContext(paths, audio=NullAudio())
    qtbot.addWidget(context.window, before_close_func=unguarded)
    context.listen_for_other_launches()
    assert paths.data.is_dir()
    assert context.instance_server is not None
    assert context.instance_server.path == socket_path(paths)  # type: ignore[attr-defined]
    context.shut_down()


def test_a_bind_mount_of_the_folder_is_the_same_instance(tmp_path: Path) -> None:
    """A bind mount has a path of its own but the same device and inode."""
    data, bound = tmp_path / "data", tmp_path / "bound"
    data.mkdir()
    bound.mkdir()
    keys = subprocess.run(
        [
            "unshare",
            "--user",
            "--map-root-user",
            "--mount",
            "sh",
            "-c",
            f'mount --bind "{data}" "{bound}" && exec "$@"',
            "sh",
            sys.executable,
            "-c",
            "import sys; from pathlib import Path;"
            "from mat_companion.desktop.single_instance import instance_key;"
            "print(*(instance_key(Path(p)) for p in sys.argv[1:]))",
            str(data),
            str(bound),
            str(tmp_path),
        ],
        capture_output=True,
        text=True,
        check=True,
        cwd=CHECKOUT,
        timeout=60,
    ).stdout.split()
    assert keys[0] == keys[1] != keys[2]
    assert instance_key(bound) != keys[0], "outside the mount it is another folder"


@pytest.fixture
def shared_tmp(monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A temporary folder shared by all users (1777, as /tmp), and no XDG_RUNTIME_DIR."""
    folder = Path(tempfile.mkdtemp(prefix="mc-tmp-"))
    folder.chmod(0o1777)
    monkeypatch.delenv("XDG_RUNTIME_DIR", raising=False)
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    yield folder
    shutil.rmtree(folder)


def test_without_a_runtime_folder_the_socket_is_in_a_private_folder(
    qtbot: QtBot, shared_tmp: Path, tmp_path: Path
) -> None:
    path = socket_path(AppPaths.under(tmp_path / "data"))
    folder = path.parent
    assert folder.parent == shared_tmp
    found = folder.lstat()
    assert stat.S_ISDIR(found.st_mode) and stat.S_IMODE(found.st_mode) == 0o700
    assert found.st_uid == os.getuid()
    server = InstanceServer(path)
    assert server.listen()
    assert stat.S_IMODE(path.lstat().st_mode) == 0o600
    server.close()


def test_a_folder_open_to_others_is_refused(shared_tmp: Path, tmp_path: Path) -> None:
    folder = shared_tmp / f"mat-companion-{os.getuid()}"
    folder.mkdir(mode=0o700)
    folder.chmod(0o770)
    with pytest.raises(InstanceFolderError, match="is not yours alone"):
        socket_path(AppPaths.under(tmp_path / "data"))
    folder.rmdir()
    folder.symlink_to(tmp_path)
    with pytest.raises(InstanceFolderError):
        runtime_folder()


def test_a_runtime_folder_open_to_others_is_refused(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    shared = tmp_path / "run"
    shared.mkdir(mode=0o700)
    shared.chmod(0o1777)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(shared))
    with pytest.raises(InstanceFolderError, match=f"The folder {shared} is not yours alone"):
        socket_path(AppPaths.under(tmp_path / "data"))


@as_root
def test_a_file_of_another_user_in_place_of_the_folder_is_refused(
    shared_tmp: Path, tmp_path: Path
) -> None:
    folder = shared_tmp / f"mat-companion-{os.getuid()}"
    subprocess.run(
        [str(SYSTEM_PYTHON), "-c", "import sys; open(sys.argv[1], 'w').close()", str(folder)],
        cwd="/",
        user=NOBODY,
        group=NOBODY,
        check=True,
    )
    with pytest.raises(InstanceFolderError):
        socket_path(AppPaths.under(tmp_path / "data"))
    assert folder.is_file() and folder.stat().st_uid == NOBODY, "theirs, left as it was"


def test_a_socket_left_by_a_killed_app_does_not_block_the_next_start(
    qtbot: QtBot, shared_tmp: Path, tmp_path: Path
) -> None:
    path = socket_path(AppPaths.under(tmp_path / "data"))
    killed = subprocess.run(
        [
            sys.executable,
            "-c",
            "import os, signal, socket, sys; s = socket.socket(socket.AF_UNIX);"
            "s.bind(sys.argv[1]); s.listen(); os.kill(os.getpid(), signal.SIGKILL)",
            str(path),
        ],
        check=False,
    )
    assert killed.returncode == -signal.SIGKILL and path.exists()
    assert hand_over(path, {}) is False
    server = InstanceServer(path)
    assert server.listen()
    answers: list[bool] = []
    with qtbot.waitSignal(server.requested):
        threading.Thread(target=lambda: answers.append(hand_over(path, {}))).start()
    qtbot.waitUntil(lambda: answers == [True])
    server.close()
    assert not path.exists()


SQUATTER = """
import os, socket, sys
folder, name = sys.argv[1], sys.argv[2]
if folder:
    os.mkdir(folder, 0o700)
listening = socket.socket(socket.AF_UNIX)
listening.bind(name)
os.chmod(name, 0o777)
listening.listen()
os.write(1, b"ready\\n")
while True:
    connection, _ = listening.accept()
    connection.settimeout(2)
    try:
        got = connection.recv(4096)
    except OSError:
        got = b""
    # One write, before the answer: a launch that got "ok" is counted, and a kill
    # cannot leave half a line (print writes its parts apart when unbuffered).
    os.write(1, b"got " + repr(got).encode() + b"\\n")
    connection.sendall(b"ok\\n")
"""


def squat(folder: Path | None, name: Path) -> subprocess.Popen[str]:
    """Another user's process that takes a name first and answers "ok" to anything."""
    squatter = subprocess.Popen(
        [str(SYSTEM_PYTHON), "-c", SQUATTER, str(folder or ""), str(name)],
        cwd="/",
        user=NOBODY,
        group=NOBODY,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert squatter.stdout is not None and squatter.stdout.readline() == "ready\n"
    return squatter


def what_it_got(squatter: subprocess.Popen[str]) -> str:
    """Stop the squatter and read what it was sent."""
    squatter.kill()
    return squatter.communicate()[0]


@as_root
def test_a_name_squatted_by_another_user_gets_nothing_and_a_window_of_its_own(
    qtbot: QtBot, shared_tmp: Path, tmp_path: Path
) -> None:
    from mat_companion.app import AppContext
    from mat_companion.audio.output import NullAudio
    from tests.ui.session_helpers import unguarded

    paths = AppPaths.under(tmp_path / "data")
    folder = shared_tmp / f"mat-companion-{os.getuid()}"
    name = folder / f"mc-{instance_key(paths.data)}.sock"
    squatter = squat(folder, name)
    with pytest.raises(InstanceFolderError):
        hand_over(socket_path(paths), {"start_session": True})
    context = AppContext(paths, audio=NullAudio())
    qtbot.addWidget(context.window, before_close_func=unguarded)
    context.listen_for_other_launches()
    notices = [label.text() for label in context.window.findChildren(QLabel) if label.text()]
    assert any(f"The folder {folder} is not yours alone" in notice for notice in notices)
    assert context.instance_server is None
    out = what_it_got(squatter)
    assert "got" not in out, "nothing was sent to the squatter"


@as_root
def test_a_peer_of_another_user_is_sent_nothing(
    shared_tmp: Path, runtime: Path, tmp_path: Path
) -> None:
    """Even inside the private folder: another user's socket moved there gets no request."""
    path = socket_path(AppPaths.under(tmp_path / "data"))
    elsewhere = shared_tmp / "theirs.sock"
    squatter = squat(None, elsewhere)
    os.rename(elsewhere, path)  # a bound socket keeps working under its new name
    assert hand_over(path, {"start_session": True}) is False
    out = what_it_got(squatter)
    assert all(line == "got b''" for line in out.splitlines()), out


def test_a_runtime_folder_whose_name_is_not_utf8_still_hands_over(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """Qt takes socket names as text, which such a name has none of: Python binds it."""
    folder = tempfile.mkdtemp(prefix=b"mc-caf\xe9-")
    monkeypatch.setenv("XDG_RUNTIME_DIR", os.fsdecode(folder))
    data = Path(os.fsdecode(bytes(tmp_path) + b"/d\xe9ta"))
    path = socket_path(AppPaths.under(data))
    server = InstanceServer(path)
    try:
        assert server.listen()
        answers: list[bool] = []
        with qtbot.waitSignal(server.requested):
            threading.Thread(target=lambda: answers.append(hand_over(path, {}))).start()
        qtbot.waitUntil(lambda: answers == [True])
        server.close()
        assert os.listdir(folder) == [], "closing removed the socket"
    finally:
        shutil.rmtree(folder)
