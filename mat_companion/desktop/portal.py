"""The end-of-session notification on Linux, through the XDG desktop portal.

``org.freedesktop.portal.Notification`` takes arguments that are all text and
variants, which Python's D-Bus bindings can send exactly, and it works inside
a Flatpak sandbox as well as outside one. Without a portal the window asks for
attention instead.
"""

from __future__ import annotations

import itertools
import logging

from PySide6.QtDBus import QDBusConnection, QDBusInterface, QDBusMessage
from PySide6.QtWidgets import QApplication, QWidget

from mat_companion.desktop.notify import NotificationKind, NotificationPriority

log = logging.getLogger(__name__)

SERVICE = "org.freedesktop.portal.Desktop"
PATH = "/org/freedesktop/portal/desktop"
INTERFACE = "org.freedesktop.portal.Notification"
_ids = itertools.count(1)


class PortalNotifier:
    """Notifications through the portal on the session bus (or the bus given)."""

    def __init__(self, bus: QDBusConnection | None = None) -> None:
        self._bus = bus

    def notify(
        self,
        window: QWidget,
        title: str,
        body: str,
        *,
        kind: NotificationKind = NotificationKind.SESSION_END,
        priority: NotificationPriority = NotificationPriority.HIGH,
    ) -> bool:
        """Show a notification, else flash the window; return whether a notification was sent."""
        bus = self._bus if self._bus is not None else QDBusConnection.sessionBus()
        if bus.isConnected():
            portal = QDBusInterface(SERVICE, PATH, INTERFACE, bus)
            if portal.isValid():
                notification = {"title": title, "body": body, "priority": priority.value}
                reply = portal.call("AddNotification", f"{kind.value}-{next(_ids)}", notification)
                if reply.type() == QDBusMessage.MessageType.ReplyMessage:
                    return True
                log.info("notification refused: %s", reply.errorMessage())
            else:
                log.info("no notification portal on the session bus")
        QApplication.alert(window)
        return False
