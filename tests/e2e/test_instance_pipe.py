"""The single instance where there are no Unix sockets (Windows): a pipe of Qt's, both ways.

The window listens in a process of its own, as it does when a second launch
hands over; Qt's blocking socket calls cannot share one Python process with
the server that answers them.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from mat_companion.desktop.single_instance import hand_over, instance_address
from mat_companion.paths import AppPaths
from tests.conftest import CHECKOUT

LISTENER = """
import json, socket, sys
del socket.AF_UNIX
from PySide6.QtCore import QCoreApplication
from mat_companion.desktop.instance_server import InstanceServer
app = QCoreApplication([])
server = InstanceServer(sys.argv[1])
server.requested.connect(lambda request: print(json.dumps(request), flush=True))
print("ready" if server.listen() else "refused", flush=True)
app.exec()
"""


def test_a_launch_hands_over_through_a_pipe_of_qt(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delattr(socket, "AF_UNIX")
    monkeypatch.delattr(os, "getuid")
    name = instance_address(AppPaths.under(tmp_path / "data"))
    assert isinstance(name, str)
    with subprocess.Popen(
        [sys.executable, "-c", LISTENER, name],
        cwd=CHECKOUT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        stdout=subprocess.PIPE,
        text=True,
    ) as window:
        assert window.stdout is not None and window.stdout.readline() == "ready\n"
        assert [hand_over(name, {"n": n}) for n in range(5)] == [True] * 5
        got = [json.loads(window.stdout.readline()) for _ in range(5)]
        assert got == [{"n": n} for n in range(5)]
        window.kill()
    assert hand_over(name, {}) is False, "the window went"
