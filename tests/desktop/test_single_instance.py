"""One instance per data folder: a second launch hands over (and --start-session with it)."""

import json
import logging
import os
import shutil
import signal
import socket
import struct
import subprocess
import sys
import threading
import time
import weakref
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtNetwork import QLocalSocket
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from mat_companion.core.safety import QUESTIONS, Screening
from mat_companion.desktop.instance_server import InstanceServer
from mat_companion.desktop.single_instance import HANDOVER_TIMEOUT, hand_over, socket_path
from mat_companion.paths import AppPaths
from tests.conftest import CHECKOUT
from tests.ui.session_helpers import unguarded


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


def screened(data: Path) -> None:
    data.mkdir(parents=True)
    answers = {question.key: False for question in QUESTIONS}
    screening = Screening(answers, datetime(2026, 11, 1, 20, 0)).to_dict()
    (data / "settings.json").write_text(json.dumps({"screening": screening}))


def launch(data: Path, *extra: str) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "mat_companion", "--data-dir", str(data), *extra],
        cwd=CHECKOUT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


@pytest.fixture
def first(
    runtime: Path, tmp_path: Path, qtbot: QtBot
) -> Iterator[tuple[Path, subprocess.Popen[bytes]]]:
    data = tmp_path / "data"
    screened(data)
    app = launch(data)
    qtbot.waitUntil(socket_path(AppPaths.under(data)).exists, timeout=15_000)
    yield data, app
    if app.poll() is None:
        app.send_signal(signal.SIGKILL)
    app.wait()


@pytest.mark.slow
def test_a_second_launch_starts_a_session_in_the_first(
    qtbot: QtBot, first: tuple[Path, subprocess.Popen[bytes]]
) -> None:
    data, app = first

    def running() -> bool:
        return any((data / "checkpoints").glob("*.json"))

    assert not running()
    started = time.monotonic()
    second = launch(data, "--start-session")
    assert second.wait(timeout=10) == 0
    assert time.monotonic() - started < 5
    qtbot.waitUntil(running, timeout=5000)  # a session runs in the first window
    assert app.poll() is None


@pytest.mark.slow
def test_an_instance_that_died_does_not_block_the_next(
    qtbot: QtBot, first: tuple[Path, subprocess.Popen[bytes]]
) -> None:
    data, app = first
    app.send_signal(signal.SIGKILL)
    app.wait()
    path = socket_path(AppPaths.under(data))
    assert path.exists(), "the dead instance left its socket"
    again = launch(data)
    try:
        qtbot.waitUntil(lambda: hand_over(path, {}), timeout=15_000)
        assert again.poll() is None, "the new launch became the instance"
    finally:
        again.send_signal(signal.SIGKILL)
        again.wait()


@pytest.mark.slow
def test_start_session_on_a_fresh_launch(qtbot: QtBot, runtime: Path, tmp_path: Path) -> None:
    data = tmp_path / "data"
    screened(data)
    app = launch(data, "--start-session")
    try:
        qtbot.waitUntil(lambda: any((data / "checkpoints").glob("*.json")), timeout=15_000)
    finally:
        app.send_signal(signal.SIGKILL)
        app.wait()


def test_the_safety_questions_and_a_crashed_session_come_before_a_session(
    qtbot: QtBot, runtime: Path, tmp_path: Path
) -> None:
    from mat_companion.app import AppContext
    from mat_companion.audio.output import NullAudio
    from tests.ui.session_helpers import page_of

    data = tmp_path / "fresh"
    context = AppContext(AppPaths.under(data), audio=NullAudio())
    qtbot.addWidget(context.window, before_close_func=unguarded)
    context.request_session()
    assert page_of(context).controller is None, "nothing starts before the window is ready"
    context.after_first_paint()
    assert context.first_run is not None and context.first_run.isVisible()
    assert page_of(context).controller is None, "the safety questions come first"
    context.first_run.reject()
    context.shut_down()

    screened(tmp_path / "crashed")
    paths = AppPaths.under(tmp_path / "crashed")
    from tests.ui.session.test_page import leave_checkpoint

    leave_checkpoint(paths, 300)
    context = AppContext(paths, audio=NullAudio())
    qtbot.addWidget(context.window, before_close_func=unguarded)
    context.request_session()
    context.after_first_paint()
    box = context.window.findChild(QMessageBox, "recover_session")
    assert box is not None and box.isVisible() and page_of(context).controller is None
    box.buttons()[0].click()  # keep it
    assert page_of(context).controller is not None, "then the session starts"
    page_of(context).controller.close()  # type: ignore[union-attr]
    context.shut_down()


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
