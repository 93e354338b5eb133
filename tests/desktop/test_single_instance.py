"""One instance per data folder: a second launch hands over (and --start-session with it)."""

import logging
import os
import shutil
import socket
import struct
import threading
import weakref
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtNetwork import QLocalSocket
from pytestqt.qtbot import QtBot

from mat_companion.desktop.instance_server import InstanceServer
from mat_companion.desktop.single_instance import HANDOVER_TIMEOUT, hand_over, socket_path
from mat_companion.paths import AppPaths


def test_each_data_folder_has_its_own_socket(runtime: Path, tmp_path: Path) -> None:
    one = socket_path(AppPaths.under(tmp_path / "a"))
    two = socket_path(AppPaths.under(tmp_path / "b"))
    assert one != two and one.parent == runtime == two.parent
    assert len(one.name) < 50, "Unix socket paths allow about 108 bytes in all"


def test_no_running_instance_means_no_handover(runtime: Path, tmp_path: Path) -> None:
    path = socket_path(AppPaths.under(tmp_path / "a"))
    assert hand_over(path, {"start_session": True}) is False
    path.write_text("left behind")  # not a socket at all
    assert hand_over(path, {}) is False


def test_the_running_instance_receives_the_request(
    qtbot: QtBot, runtime: Path, tmp_path: Path
) -> None:
    path = socket_path(AppPaths.under(tmp_path / "a"))
    path.write_text("")  # a stale file where the socket goes is replaced
    server = InstanceServer(path)
    assert server.listen()
    answers: list[bool] = []
    with qtbot.waitSignal(server.requested) as received:
        threading.Thread(
            target=lambda: answers.append(hand_over(path, {"start_session": True}))
        ).start()
    assert received.args == [{"start_session": True}]
    qtbot.waitUntil(lambda: answers == [True])
    server.close()


@pytest.fixture
def server(runtime: Path, tmp_path: Path) -> Iterator[InstanceServer]:
    listening = InstanceServer(socket_path(AppPaths.under(tmp_path / "a")))
    assert listening.listen()
    yield listening
    listening.close()


def open_connections(server: InstanceServer) -> list[QLocalSocket]:
    """The server's connections once the deletes it queued have run, as the event loop would."""
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    return server.findChildren(QLocalSocket)


def connect(path: Path, data: bytes) -> socket.socket:
    """A launch that has sent ``data`` and waits (close it to leave)."""
    connection = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    connection.settimeout(HANDOVER_TIMEOUT)
    connection.connect(str(path))
    connection.sendall(data)
    return connection


def wait_until_taken(qtbot: QtBot, server: InstanceServer) -> None:
    qtbot.waitUntil(lambda: bool(open_connections(server)))


def test_many_launches_at_once_are_each_answered(qtbot: QtBot, server: InstanceServer) -> None:
    received: list[dict[str, int]] = []
    server.requested.connect(received.append)
    answers: list[bool] = []
    for n in range(20):
        threading.Thread(
            target=lambda n=n: answers.append(hand_over(server.path, {"n": n}))
        ).start()
    qtbot.waitUntil(lambda: len(answers) == 20)
    assert answers == [True] * 20
    assert sorted(request["n"] for request in received) == list(range(20))
    qtbot.waitUntil(lambda: not open_connections(server))


def test_launches_that_leave_early_or_ask_nonsense_are_dropped(
    qtbot: QtBot, server: InstanceServer, caplog: pytest.LogCaptureFixture
) -> None:
    received: list[dict[str, bool]] = []
    server.requested.connect(received.append)
    connect(server.path, b"").close()
    connect(server.path, b'{"start_sess').close()
    connect(server.path, b'{"start_session": true}\n').close()  # does not wait for "ok"
    answers: list[bytes] = []

    def ask(request: bytes) -> None:
        with connect(server.path, request) as connection:
            answers.append(connection.recv(16))

    with caplog.at_level(logging.WARNING, logger=InstanceServer.__module__):
        for request in (b"[1, 2]\n", b"not json\n"):
            threading.Thread(target=ask, args=(request,)).start()
        qtbot.waitUntil(lambda: len(answers) == 2)  # so the three before are taken too
        qtbot.waitUntil(lambda: not open_connections(server))
    assert answers == [b"", b""], "hung up on without an answer"
    assert received == [{"start_session": True}]
    assert [record.getMessage() for record in caplog.records] == [
        "single instance: ignored a request that was not a JSON object"
    ] * 2


def test_closing_the_server_cuts_a_connection_still_open(
    qtbot: QtBot, server: InstanceServer
) -> None:
    with connect(server.path, b'{"start_sess') as waiting:
        wait_until_taken(qtbot, server)
        server.close()
        assert waiting.recv(16) == b"", "the server hung up"
    assert not server.path.exists()
    assert open_connections(server) == []


def test_a_connection_does_not_keep_a_dropped_server_alive(
    qtbot: QtBot, runtime: Path, tmp_path: Path
) -> None:
    server = InstanceServer(socket_path(AppPaths.under(tmp_path / "a")))
    assert server.listen()
    with connect(server.path, b'{"start_sess') as waiting:
        wait_until_taken(qtbot, server)
        dropped = weakref.ref(server)
        del server
        assert dropped() is None, "a connection kept the server alive"
        assert waiting.recv(16) == b"", "the server went and its connection with it"
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # nothing deleted twice


def test_the_socket_fits_the_short_limit_of_macos(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A socket path on macOS has 103 bytes, and its temporary folder (/var/folders/…/T) 48."""
    like_macos = Path("/tmp") / ("T" * 43)
    like_macos.mkdir(mode=0o700)
    try:
        monkeypatch.delenv("XDG_RUNTIME_DIR", raising=False)
        monkeypatch.setattr(os, "getuid", lambda: 4_294_967_294)  # the longest user id
        monkeypatch.setattr("tempfile.tempdir", str(like_macos))
        (like_macos / "mat-companion-4294967294").mkdir(mode=0o700)
        monkeypatch.setattr(
            "mat_companion.desktop.single_instance._is_private", lambda _found: True
        )
        path = socket_path(AppPaths.under(tmp_path / "a"))
        assert path.parent == like_macos / "mat-companion-4294967294"
        assert len(os.fsencode(path)) <= 103
    finally:
        shutil.rmtree(like_macos)


@pytest.fixture
def no_unix_sockets(monkeypatch: pytest.MonkeyPatch) -> None:
    """A system without Unix sockets or user ids, as Windows is."""
    monkeypatch.delattr(socket, "AF_UNIX")
    monkeypatch.delattr(os, "getuid")


def test_without_unix_sockets_the_instance_is_a_pipe(no_unix_sockets: None, tmp_path: Path) -> None:
    """Windows: a named pipe of Qt's (tests/e2e/test_instance_pipe.py hands over through it)."""
    from mat_companion.desktop.single_instance import instance_address

    name = instance_address(AppPaths.under(tmp_path / "a"))
    assert isinstance(name, str) and "/" not in name and "\\" not in name
    assert name != instance_address(AppPaths.under(tmp_path / "b"))
    assert hand_over(name, {"start_session": True}) is False, "nobody listens"


def test_a_pipe_is_the_users_own(
    no_unix_sockets: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from mat_companion.desktop.single_instance import pipe_name

    paths = AppPaths.under(tmp_path / "a")
    monkeypatch.setenv("HOME", "/home/ada")
    monkeypatch.setenv("USERPROFILE", r"C:\Users\ada")
    ada = pipe_name(paths)
    monkeypatch.setenv("HOME", "/home/grace")
    monkeypatch.setenv("USERPROFILE", r"C:\Users\grace")
    assert pipe_name(paths) != ada, "pipes are shared by all users of a machine"


class FakePeer:
    """A connected socket whose system answers ``getsockopt`` with given credentials."""

    def __init__(self, level: int, option: int, credentials: bytes) -> None:
        self.asked = (level, option)
        self.credentials = credentials

    def getsockopt(self, level: int, option: int, size: int) -> bytes:
        assert (level, option) == self.asked and size >= len(self.credentials)
        return self.credentials


def test_the_peer_is_known_on_macos_too(monkeypatch: pytest.MonkeyPatch) -> None:
    """On macOS it is LOCAL_PEERCRED, an xucred at level 0 (SOL_LOCAL), not SO_PEERCRED."""
    from mat_companion.desktop.single_instance import _peer_uid

    monkeypatch.delattr(socket, "SO_PEERCRED")
    monkeypatch.setattr(socket, "LOCAL_PEERCRED", 1, raising=False)
    xucred = struct.pack("=IIh2x16I", 0, 501, 1, 20, *[0] * 15)
    assert _peer_uid(FakePeer(0, 1, xucred)) == 501  # type: ignore[arg-type]
    monkeypatch.delattr(socket, "LOCAL_PEERCRED")
    assert _peer_uid(FakePeer(0, 1, xucred)) is None  # type: ignore[arg-type]
