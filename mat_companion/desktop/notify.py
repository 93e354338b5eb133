"""A notification when the session ends (or the daily reminder is due), on each system.

Linux has the desktop portal (``desktop/portal.py``); Windows and macOS show a
tray icon's message, the one way Qt reaches their notification centres. Where
neither can be had, the window asks for attention (a flashing task bar entry,
a bouncing Dock icon).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from enum import StrEnum
from typing import Protocol

from PySide6.QtWidgets import QApplication, QSystemTrayIcon, QWidget

log = logging.getLogger(__name__)


class NotificationKind(StrEnum):
    """What a notification is about: the portal's id for it starts with this."""

    SESSION_END = "session-end"
    REMINDER = "reminder"


class NotificationPriority(StrEnum):
    """How urgently the desktop should show it (the portal's words)."""

    NORMAL = "normal"
    HIGH = "high"


#: How long a tray message stays, in milliseconds (the system may shorten it).
MESSAGE_MS = 15_000


class Notifier(Protocol):
    """Says one thing outside the window."""

    def notify(
        self,
        window: QWidget,
        title: str,
        body: str,
        *,
        kind: NotificationKind = NotificationKind.SESSION_END,
        priority: NotificationPriority = NotificationPriority.HIGH,
    ) -> bool:
        """Show a notification, else flash ``window``; return whether a notification was shown."""
        ...


class AlertNotifier:
    """No notifications here: the window asks for attention."""

    def notify(
        self,
        window: QWidget,
        title: str,
        body: str,
        *,
        kind: NotificationKind = NotificationKind.SESSION_END,
        priority: NotificationPriority = NotificationPriority.HIGH,
    ) -> bool:
        """Flash the window; nothing was shown."""
        QApplication.alert(window)
        return False


class TrayNotifier:
    """A tray icon's message: the app's tray when it has one, else an icon of this class's own.

    Its own icon appears for the message and goes when the message is clicked
    or the window is closed; Windows shows no message for a hidden icon.
    """

    def __init__(
        self,
        tray: Callable[[], QSystemTrayIcon | None],
        available: Callable[[], bool] = QSystemTrayIcon.isSystemTrayAvailable,
        make_icon: Callable[[QWidget], QSystemTrayIcon] | None = None,
    ) -> None:
        self._tray = tray
        self._available = available
        self._make_icon = make_icon or _own_icon
        self._own: QSystemTrayIcon | None = None

    def notify(
        self,
        window: QWidget,
        title: str,
        body: str,
        *,
        kind: NotificationKind = NotificationKind.SESSION_END,
        priority: NotificationPriority = NotificationPriority.HIGH,
    ) -> bool:
        """Show the message from a tray icon, else flash the window."""
        icon = self._tray()
        if icon is None or not icon.isVisible():
            if not self._available():
                log.info("no system tray for a notification")
                QApplication.alert(window)
                return False
            if self._own is None:
                self._own = self._make_icon(window)
            icon = self._own
            icon.show()
        icon.showMessage(title, body, QSystemTrayIcon.MessageIcon.Information, MESSAGE_MS)
        return True


def _own_icon(window: QWidget) -> QSystemTrayIcon:
    icon = QSystemTrayIcon(window.windowIcon(), window)
    icon.setToolTip(window.windowTitle())
    icon.messageClicked.connect(icon.hide)
    icon.messageClicked.connect(window.showNormal)
    return icon
