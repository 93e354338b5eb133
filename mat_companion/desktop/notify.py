"""A desktop notification when the session ends and the window is not in front."""

from __future__ import annotations

import logging

from PySide6.QtDBus import QDBusConnection, QDBusInterface, QDBusMessage
from PySide6.QtWidgets import QApplication, QWidget

from mat_companion import APP_ID, APP_NAME

log = logging.getLogger(__name__)

SERVICE = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"


def notify(window: QWidget, title: str, body: str) -> bool:
    """Show a notification (freedesktop D-Bus), else flash the window; return if one showed."""
    bus = QDBusConnection.sessionBus()
    interface = QDBusInterface(SERVICE, PATH, SERVICE, bus) if bus.isConnected() else None
    if interface is not None and interface.isValid():
        reply = interface.call("Notify", APP_NAME, 0, APP_ID, title, body, [], {"urgency": 1}, -1)
        if reply.type() == QDBusMessage.MessageType.ReplyMessage:
            return True
        log.info("notification failed: %s", reply.errorMessage())
    QApplication.alert(window)
    return False
