"""Each system gets its own services, and a system without them the null ones."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from mat_companion.desktop.keep_awake import MacKeepAwake, NullKeepAwake, WindowsKeepAwake
from mat_companion.desktop.media_keys import NullMediaKeys, Playback
from mat_companion.desktop.notify import AlertNotifier, TrayNotifier
from mat_companion.desktop.services import for_system


def no_tray() -> None:
    return None


def test_windows_and_macos_have_their_own_calls_and_the_tray() -> None:
    windows = for_system(no_tray, "win32")
    assert isinstance(windows.keep_awake(), WindowsKeepAwake)
    assert isinstance(windows.notifier, TrayNotifier)
    mac = for_system(no_tray, "darwin")
    assert isinstance(mac.keep_awake(), MacKeepAwake)
    assert isinstance(mac.notifier, TrayNotifier)
    assert isinstance(windows.media_keys, NullMediaKeys), "Qt reaches no media controls there"
    assert isinstance(mac.media_keys, NullMediaKeys)


def test_linux_speaks_dbus() -> None:
    from mat_companion.desktop.screensaver import ScreenSaverInhibitor

    assert isinstance(for_system(no_tray, "linux").keep_awake(), ScreenSaverInhibitor)


def test_linux_without_qtdbus_holds_nothing_and_uses_the_tray(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in (
        "PySide6.QtDBus",
        "mat_companion.desktop.screensaver",
        "mat_companion.desktop.portal",
    ):
        monkeypatch.setitem(sys.modules, name, None)  # an import of it fails
    linux = for_system(no_tray, "linux")
    hold = linux.keep_awake()
    assert isinstance(hold, NullKeepAwake)
    hold.inhibit("session")
    assert hold.unavailable_reason is not None and "QtDBus" in hold.unavailable_reason
    window = QWidget()
    qtbot.addWidget(window)
    # the tray instead of the portal; offscreen there is none either, so the window is flashed
    assert linux.notifier.notify(window, "Session complete", "Roll to your side.") is False
    linux.media_keys.listen(lambda: None)
    linux.media_keys.show(Playback.PLAYING)  # no MPRIS, and no error


def test_another_system_gets_the_null_ones() -> None:
    other = for_system(no_tray, "sunos5")
    assert isinstance(other.keep_awake(), NullKeepAwake)
    assert isinstance(other.notifier, AlertNotifier)
    assert isinstance(other.media_keys, NullMediaKeys)
