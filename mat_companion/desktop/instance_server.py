"""The running app's side of the single instance: receive what a second launch asks for."""

from __future__ import annotations

import json
import logging
from pathlib import Path

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger(__name__)


class InstanceServer(QObject):
    """Listens on the instance socket.

    Signals:
        requested(dict): a second launch asked for something, e.g. {"start_session": True}.
    """

    requested = Signal(dict)

    def __init__(self, path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._on_server_new_connection)
        self.path = path

    def listen(self) -> bool:
        """Start listening; a socket left by an instance that died is replaced."""
        QLocalServer.removeServer(str(self.path))
        if not self._server.listen(str(self.path)):
            log.warning(
                "single instance: cannot listen on %s: %s", self.path, self._server.errorString()
            )
            return False
        return True

    def close(self) -> None:
        """Stop listening (the socket file goes too)."""
        self._server.close()

    @Slot()
    def _on_server_new_connection(self) -> None:
        while (connection := self._server.nextPendingConnection()) is not None:
            connection.readyRead.connect(lambda c=connection: self._read(c))
            connection.disconnected.connect(connection.deleteLater)

    def _read(self, connection: QLocalSocket) -> None:
        if not connection.canReadLine():
            return
        line = bytes(connection.readLine().data())
        try:
            request = json.loads(line)
        except ValueError:
            request = None
        if not isinstance(request, dict):
            log.warning("single instance: ignored a request that was not a JSON object")
            connection.disconnectFromServer()
            return
        connection.write(b"ok\n")
        connection.flush()
        connection.disconnectFromServer()
        self.requested.emit(request)
