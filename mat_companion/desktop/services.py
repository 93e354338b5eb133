"""The operating system's services for this system, chosen once by ``sys.platform``.

Linux (and the other freedesktop systems) speak D-Bus: the screen saver
service, the notification portal and MPRIS for the media keys. Windows and
macOS have their own calls (``keep_awake.py``) and Qt's tray messages, and no
media keys Qt reaches. Anything else, or a Linux without
QtDBus, gets the null ones: the session never depends on them.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtWidgets import QSystemTrayIcon, QWidget

from mat_companion.desktop.keep_awake import (
    KeepAwake,
    MacKeepAwake,
    NullKeepAwake,
    WindowsKeepAwake,
)
from mat_companion.desktop.media_keys import MediaKeys, NullMediaKeys, Playback
from mat_companion.desktop.notify import (
    AlertNotifier,
    NotificationKind,
    NotificationPriority,
    Notifier,
    TrayNotifier,
)

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class DesktopServices:
    """What the app asks of the system; a session gets them through its services."""

    #: A fresh hold for a session page (each holds and releases its own).
    keep_awake: Callable[[], KeepAwake]
    notifier: Notifier
    media_keys: MediaKeys


def _dbus_keep_awake() -> KeepAwake:
    try:
        from mat_companion.desktop.screensaver import ScreenSaverInhibitor
    except ImportError as error:  # a PySide6 built without QtDBus
        return NullKeepAwake(f"no QtDBus: {error}")
    return ScreenSaverInhibitor()


class _DBusNotifier:
    """The portal, loaded on the first notification so that QtDBus stays out of start-up."""

    def __init__(self, tray: Callable[[], QSystemTrayIcon | None]) -> None:
        self._tray = tray
        self._notifier: Notifier | None = None

    def notify(
        self,
        window: QWidget,
        title: str,
        body: str,
        *,
        kind: NotificationKind = NotificationKind.SESSION_END,
        priority: NotificationPriority = NotificationPriority.HIGH,
    ) -> bool:
        """Notify through the portal, or through the tray without QtDBus."""
        if self._notifier is None:
            try:
                from mat_companion.desktop.portal import PortalNotifier
            except ImportError as error:  # a PySide6 built without QtDBus
                log.info("no QtDBus for notifications, the tray instead: %s", error)
                self._notifier = TrayNotifier(self._tray)
            else:
                self._notifier = PortalNotifier()
        return self._notifier.notify(window, title, body, kind=kind, priority=priority)


class _DBusMediaKeys:
    """MPRIS, loaded when the first session starts so that QtDBus stays out of start-up."""

    def __init__(self) -> None:
        self._play_pause: Callable[[], None] = lambda: None
        self._keys: MediaKeys | None = None

    def listen(self, play_pause: Callable[[], None]) -> None:
        """Keep ``play_pause`` for the player, made on the first ``show``."""
        self._play_pause = play_pause
        if self._keys is not None:
            self._keys.listen(play_pause)

    def show(self, playback: Playback) -> None:
        """Show it through MPRIS, or nowhere without QtDBus."""
        if self._keys is None:
            if playback is Playback.STOPPED:
                return  # nothing shown yet: nothing to take back
            try:
                from mat_companion.desktop.mpris import MprisMediaKeys
            except ImportError as error:  # a PySide6 built without QtDBus
                log.info("no QtDBus for the media keys: %s", error)
                self._keys = NullMediaKeys()
            else:
                self._keys = MprisMediaKeys()
            self._keys.listen(self._play_pause)
        self._keys.show(playback)


def for_system(
    tray: Callable[[], QSystemTrayIcon | None], platform: str | None = None
) -> DesktopServices:
    """The services of ``platform`` (this system's by default); ``tray`` gives the app's tray."""
    platform = sys.platform if platform is None else platform
    if platform == "win32":
        return DesktopServices(WindowsKeepAwake, TrayNotifier(tray), NullMediaKeys())
    if platform == "darwin":
        return DesktopServices(MacKeepAwake, TrayNotifier(tray), NullMediaKeys())
    if platform.startswith(("linux", "freebsd", "openbsd", "netbsd")):
        return DesktopServices(_dbus_keep_awake, _DBusNotifier(tray), _DBusMediaKeys())
    return DesktopServices(NullKeepAwake, AlertNotifier(), NullMediaKeys())
