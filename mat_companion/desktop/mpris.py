"""Media keys on Linux: the app is an MPRIS player on the session bus while a session runs.

GNOME, KDE and the other desktops hand the play/pause key to the MPRIS player
that plays, and show it in their media controls. The player is there only
while a session runs or is paused, so an open window with no session never
takes the key from a music player.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from typing import Any, cast

from PySide6.QtCore import ClassInfo, Property, QMetaType, QObject, Slot
from PySide6.QtDBus import QDBusAbstractAdaptor, QDBusArgument, QDBusConnection, QDBusMessage

from mat_companion import APP_ID, APP_NAME
from mat_companion.desktop.media_keys import Playback

log = logging.getLogger(__name__)

PATH = "/org/mpris/MediaPlayer2"
ROOT = "org.mpris.MediaPlayer2"
PLAYER = "org.mpris.MediaPlayer2.Player"
PROPERTIES = "org.freedesktop.DBus.Properties"
#: Qt's class info and type names, which PySide6's stubs do not describe.
_CLASS_INFO: Any = ClassInfo
_STRINGS = cast(type, "QStringList")
_VARIANT_MAP = cast(type, "QVariantMap")


@_CLASS_INFO(**{"D-Bus Interface": ROOT})
class _Root(QDBusAbstractAdaptor):
    """The player's identity: the desktop shows its name and icon."""

    def _false(self) -> bool:
        return False

    def _identity(self) -> str:
        return APP_NAME

    def _desktop_entry(self) -> str:
        return APP_ID

    def _nothing(self) -> list[str]:
        return []

    CanQuit = Property(bool, _false)
    CanRaise = Property(bool, _false)
    HasTrackList = Property(bool, _false)
    Identity = Property(str, _identity)
    DesktopEntry = Property(str, _desktop_entry)
    SupportedUriSchemes = Property(_STRINGS, _nothing)
    SupportedMimeTypes = Property(_STRINGS, _nothing)

    @Slot()
    def Raise(self) -> None:  # noqa: N802 - MPRIS's name
        """Not offered (CanRaise is false)."""

    @Slot()
    def Quit(self) -> None:  # noqa: N802 - MPRIS's name
        """Not offered (CanQuit is false)."""


@_CLASS_INFO(**{"D-Bus Interface": PLAYER})
class _Player(QDBusAbstractAdaptor):
    """Play, pause and play/pause; nothing to skip or seek."""

    def __init__(self, keys: MprisMediaKeys, parent: QObject) -> None:
        super().__init__(parent)
        self._keys = keys

    def _status(self) -> str:
        return self._keys.playback.value

    def _true(self) -> bool:
        return True

    def _false(self) -> bool:
        return False

    def _metadata(self) -> dict[str, Any]:
        return {"mpris:trackid": "/org/matcompanion/MatCompanion/session", "xesam:title": APP_NAME}

    PlaybackStatus = Property(str, _status)
    CanControl = Property(bool, _true)
    CanPlay = Property(bool, _true)
    CanPause = Property(bool, _true)
    CanGoNext = Property(bool, _false)
    CanGoPrevious = Property(bool, _false)
    CanSeek = Property(bool, _false)
    Metadata = Property(_VARIANT_MAP, _metadata)

    @Slot()
    def PlayPause(self) -> None:  # noqa: N802 - MPRIS's name
        """The play/pause key."""
        self._keys.pressed(None)

    @Slot()
    def Play(self) -> None:  # noqa: N802 - MPRIS's name
        """Resume a paused session."""
        self._keys.pressed(Playback.PLAYING)

    @Slot()
    def Pause(self) -> None:  # noqa: N802 - MPRIS's name
        """Pause a running session."""
        self._keys.pressed(Playback.PAUSED)

    @Slot()
    def Stop(self) -> None:  # noqa: N802 - MPRIS's name
        """Not taken: ending a session asks first, in the window."""

    @Slot()
    def Next(self) -> None:  # noqa: N802 - MPRIS's name
        """Nothing to skip to."""

    @Slot()
    def Previous(self) -> None:  # noqa: N802 - MPRIS's name
        """Nothing to go back to."""


def _playback_changed(playback: Playback) -> QDBusMessage:
    """PropertiesChanged(sa{sv}as): desktops drop it unless the last list is typed (as)."""
    invalidated = QDBusArgument()
    invalidated.beginArray(QMetaType(QMetaType.Type.QString))
    invalidated.endArray()
    changed = QDBusMessage.createSignal(PATH, PROPERTIES, "PropertiesChanged")
    changed.setArguments([PLAYER, {"PlaybackStatus": playback.value}, invalidated])
    return changed


class MprisMediaKeys:
    """An MPRIS player named after this process, on the session bus (or the bus given)."""

    def __init__(self, bus: QDBusConnection | None = None) -> None:
        self._bus = bus
        self.service = f"{ROOT}.MatCompanion.instance{os.getpid()}"
        self.playback = Playback.STOPPED
        self._play_pause: Callable[[], None] = lambda: None
        self._object: QObject | None = None

    def listen(self, play_pause: Callable[[], None]) -> None:
        """Call ``play_pause`` when the desktop passes on a key."""
        self._play_pause = play_pause

    def pressed(self, wanted: Playback | None) -> None:
        """A key: play/pause (None), or play or pause, which toggle only when they change it."""
        if self.playback is Playback.STOPPED or wanted is self.playback:
            return
        self._play_pause()

    def show(self, playback: Playback) -> None:
        """Be a player while a session runs or is paused, and none otherwise."""
        was, self.playback = self.playback, playback
        bus = self._bus if self._bus is not None else QDBusConnection.sessionBus()
        if not bus.isConnected():
            return
        if playback is Playback.STOPPED:
            if self._object is not None:
                bus.unregisterService(self.service)
                bus.unregisterObject(PATH)
                self._object = None
            return
        if self._object is None:
            self._register(bus)
        elif playback is not was:
            bus.send(_playback_changed(playback))

    def _register(self, bus: QDBusConnection) -> None:
        player = QObject()
        _Root(player)
        _Player(self, player)
        exported = bus.registerObject(PATH, player, QDBusConnection.RegisterOption.ExportAdaptors)
        if not exported or not bus.registerService(self.service):
            log.info("no MPRIS player for the media keys: %s", bus.lastError().message())
            bus.unregisterObject(PATH)
            return
        self._object = player
