"""The running app's side of the single instance: receive what a second launch asks for."""

from __future__ import annotations

import contextlib
import json
import logging
import os
import socket
from pathlib import Path

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from mat_companion.core.files import PRIVATE_FILE_MODE

log = logging.getLogger(__name__)

#: Launches that may wait at once to be taken (a burst of clicks on the launcher).
_BACKLOG = 64


class InstanceServer(QObject):
    """Listens on the instance socket.

    The server owns each connection it takes: a child of this object, kept in
    ``_connections`` and released exactly once (on disconnect, on a bad request
    or by ``close()``), the one place that deletes it. Connection signals go to
    this object's slots, never to lambdas, so Qt cuts them when either side goes
    and a connection never keeps the server alive (the server dying inside a
    socket's destructor deleted that socket twice).

    Signals:
        requested(dict): a second launch asked for something, e.g. {"start_session": True}.
    """

    requested = Signal(dict)

    def __init__(self, path: Path | str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._server = QLocalServer(self)
        self._server.newConnection.connect(self._on_server_new_connection)
        self._connections: set[QLocalSocket] = set()
        self._bound: os.stat_result | None = None
        #: A socket file, or a pipe's name where there are no Unix sockets (``instance_address``).
        self.path = path

    def listen(self) -> bool:
        """Start listening; a socket left by an instance that died is replaced.

        A socket file is bound by Python and handed to Qt as a descriptor: Qt takes
        names as text, and a folder whose name is not UTF-8 has no text for it.
        A pipe is Qt's own, open to this user only.
        """
        if isinstance(self.path, str):
            return self._listen_on_pipe(self.path)
        name = os.fsencode(self.path)
        listening = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        try:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(name)
            listening.bind(name)
            os.chmod(name, PRIVATE_FILE_MODE)
            listening.listen(_BACKLOG)
            self._bound = os.stat(name)
        except OSError as error:
            listening.close()
            log.warning("single instance: cannot listen on %s: %s", self.path, error)
            return False
        if not self._server.listen(listening.detach()):
            log.warning(
                "single instance: cannot listen on %s: %s", self.path, self._server.errorString()
            )
            self._remove_socket()
            return False
        return True

    def _listen_on_pipe(self, name: str) -> bool:
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.setMaxPendingConnections(_BACKLOG)
        QLocalServer.removeServer(name)  # what an instance that died left (Unix only)
        if self._server.listen(name):
            return True
        log.warning("single instance: cannot listen on %s: %s", name, self._server.errorString())
        return False

    def close(self) -> None:
        """Stop listening (the socket file goes too) and cut the connections still open."""
        self._server.close()
        self._remove_socket()
        for connection in list(self._connections):
            self._release(connection)

    def _remove_socket(self) -> None:
        """Remove the socket file this server bound, not one a later instance put there."""
        bound, self._bound = self._bound, None
        if bound is None or isinstance(self.path, str):  # a pipe goes with its server
            return
        name = os.fsencode(self.path)
        with contextlib.suppress(OSError):
            now = os.lstat(name)
            if (now.st_dev, now.st_ino) == (bound.st_dev, bound.st_ino):
                os.unlink(name)

    @Slot()
    def _on_server_new_connection(self) -> None:
        while (connection := self._server.nextPendingConnection()) is not None:
            connection.setParent(self)
            self._connections.add(connection)
            connection.readyRead.connect(self._on_connection_ready_read)
            connection.disconnected.connect(self._on_connection_disconnected)

    @Slot()
    def _on_connection_ready_read(self) -> None:
        connection = self.sender()
        if connection in self._connections:
            self._answer(connection)

    @Slot()
    def _on_connection_disconnected(self) -> None:
        connection = self.sender()
        if connection in self._connections:
            self._release(connection)

    def _answer(self, connection: QLocalSocket) -> None:
        if not connection.canReadLine():
            return
        line = bytes(connection.readLine().data())
        try:
            request = json.loads(line)
        except ValueError:
            request = None
        if not isinstance(request, dict):
            log.warning("single instance: ignored a request that was not a JSON object")
            self._release(connection)
            return
        connection.write(b"ok\n")
        connection.flush()
        connection.disconnectFromServer()  # released on `disconnected`, once "ok" is written
        self.requested.emit(request)

    def _release(self, connection: QLocalSocket) -> None:
        """Forget ``connection``, cut it, and delete it when control is back in the event loop."""
        if connection not in self._connections:
            return
        self._connections.remove(connection)
        connection.abort()
        connection.deleteLater()
