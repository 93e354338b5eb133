"""Keep the screen on and the computer awake while a session runs.

On Linux this is the freedesktop ScreenSaver service over D-Bus. The inhibit
is made on a private connection of its own, and released by closing that
connection: the service drops every inhibit of a client that leaves the bus
(that is also what makes a crash release it), and nothing depends on sending
``UnInhibit`` a 32-bit unsigned cookie, which Python bindings cannot type.
Where there is no session bus or no such service, a log line says so and
nothing else happens: the session itself never depends on it.
"""

from __future__ import annotations

import itertools
import logging

from PySide6.QtDBus import QDBusConnection, QDBusInterface, QDBusMessage

from mat_companion import APP_NAME

log = logging.getLogger(__name__)

SERVICE = "org.freedesktop.ScreenSaver"
PATH = "/org/freedesktop/ScreenSaver"
_names = itertools.count(1)


class ScreenSaverInhibitor:
    """Inhibit while a session runs; release on pause, end, or when the app goes away."""

    def __init__(self, address: str | None = None) -> None:
        self._address = address
        self._connection_name: str | None = None
        self.unavailable_reason: str | None = None

    @property
    def active(self) -> bool:
        """Whether the screen saver is held off now."""
        return self._connection_name is not None

    def _connect(self) -> tuple[str, QDBusConnection]:
        name = f"mat-companion-inhibit-{next(_names)}"
        if self._address is None:
            bus = QDBusConnection.connectToBus(QDBusConnection.BusType.SessionBus, name)
        else:
            bus = QDBusConnection.connectToBus(self._address, name)
        return name, bus

    def inhibit(self, reason: str) -> None:
        """Hold off the screen saver and sleep (a no-op if already held)."""
        if self._connection_name is not None:
            return
        name, bus = self._connect()
        problem = self._call_inhibit(bus, reason)
        if problem:
            QDBusConnection.disconnectFromBus(name)
            self.unavailable_reason = problem
            log.info("screen saver not inhibited: %s", problem)
            return
        self._connection_name = name
        log.info("screen saver inhibited (%s)", reason)

    @staticmethod
    def _call_inhibit(bus: QDBusConnection, reason: str) -> str | None:
        if not bus.isConnected():
            return "no D-Bus session bus"
        interface = QDBusInterface(SERVICE, PATH, SERVICE, bus)
        if not interface.isValid():
            return f"no {SERVICE} service"
        reply = interface.call("Inhibit", APP_NAME, reason)
        if reply.type() != QDBusMessage.MessageType.ReplyMessage:
            return reply.errorMessage() or "the service refused"
        return None

    @property
    def connection_id(self) -> str | None:
        """The unique bus name holding the inhibit (for checking it went away)."""
        if self._connection_name is None:
            return None
        return QDBusConnection(self._connection_name).baseService()

    def release(self) -> None:
        """Let the screen saver and sleep work again."""
        if self._connection_name is None:
            return
        QDBusConnection.disconnectFromBus(self._connection_name)
        self._connection_name = None
        log.info("screen saver released")
