"""Keep the screen on and the computer awake while a session runs.

On Linux this is the freedesktop ScreenSaver service over D-Bus. Where there
is no session bus or no such service, a log line says so and nothing else
happens: the session itself never depends on it.
"""

from __future__ import annotations

import logging

from PySide6.QtDBus import QDBusConnection, QDBusInterface, QDBusMessage

from mat_companion import APP_NAME

log = logging.getLogger(__name__)

SERVICE = "org.freedesktop.ScreenSaver"
PATH = "/org/freedesktop/ScreenSaver"


class ScreenSaverInhibitor:
    """Inhibit while a session runs; release on pause, end, or when the app goes away."""

    def __init__(self, bus: QDBusConnection | None = None) -> None:
        self._bus = bus if bus is not None else QDBusConnection.sessionBus()
        self._cookie: int | None = None
        self.unavailable_reason: str | None = None

    @property
    def active(self) -> bool:
        """Whether the screen saver is held off now."""
        return self._cookie is not None

    def _interface(self) -> QDBusInterface | None:
        if not self._bus.isConnected():
            self.unavailable_reason = "no D-Bus session bus"
            return None
        interface = QDBusInterface(SERVICE, PATH, SERVICE, self._bus)
        if not interface.isValid():
            self.unavailable_reason = f"no {SERVICE} service"
            return None
        return interface

    def inhibit(self, reason: str) -> None:
        """Hold off the screen saver and sleep (a no-op if already held)."""
        if self._cookie is not None:
            return
        interface = self._interface()
        reply = interface.call("Inhibit", APP_NAME, reason) if interface else None
        if reply is None or reply.type() != QDBusMessage.MessageType.ReplyMessage:
            detail = self.unavailable_reason or (reply.errorMessage() if reply else "")
            log.info("screen saver not inhibited: %s", detail)
            return
        self._cookie = int(reply.arguments()[0])
        log.info("screen saver inhibited (%s)", reason)

    def release(self) -> None:
        """Let the screen saver and sleep work again."""
        if self._cookie is None:
            return
        interface = self._interface()
        if interface is not None:
            interface.call("UnInhibit", self._cookie)
        self._cookie = None
        log.info("screen saver released")
