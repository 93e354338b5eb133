"""Notifications from a tray icon (Windows, macOS), against a fake of the system tray."""

from __future__ import annotations

from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import QSystemTrayIcon, QWidget
from pytestqt.qtbot import QtBot

from mat_companion.desktop.notify import MESSAGE_MS, AlertNotifier, TrayNotifier, _own_icon


class FakeTrayIcon:
    """QSystemTrayIcon as the system shows it: messages only while the icon is shown."""

    def __init__(self, visible: bool) -> None:
        self.visible = visible
        self.messages: list[tuple[str, str, QSystemTrayIcon.MessageIcon, int]] = []

    def isVisible(self) -> bool:  # noqa: N802 - Qt's name
        return self.visible

    def show(self) -> None:
        self.visible = True

    def showMessage(  # noqa: N802 - Qt's name
        self, title: str, body: str, icon: QSystemTrayIcon.MessageIcon, ms: int
    ) -> None:
        assert self.visible, "Windows shows no message for a hidden icon"
        self.messages.append((title, body, icon, ms))


def window(qtbot: QtBot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


INFO = QSystemTrayIcon.MessageIcon.Information


def test_the_apps_own_tray_says_it(qtbot: QtBot) -> None:
    tray = FakeTrayIcon(visible=True)
    notifier = TrayNotifier(lambda: tray, available=lambda: True)  # type: ignore[arg-type,return-value]
    assert notifier.notify(window(qtbot), "Session complete", "Roll to your side.")
    assert tray.messages == [("Session complete", "Roll to your side.", INFO, MESSAGE_MS)]


def test_without_the_apps_tray_an_icon_of_its_own_says_it(qtbot: QtBot) -> None:
    hidden = FakeTrayIcon(visible=False)  # the app's tray, turned off in Settings
    made: list[FakeTrayIcon] = []

    def make_icon(_window: QWidget) -> FakeTrayIcon:
        made.append(FakeTrayIcon(visible=False))
        return made[-1]

    notifier = TrayNotifier(lambda: hidden, available=lambda: True, make_icon=make_icon)  # type: ignore[arg-type,return-value]
    shown = window(qtbot)
    assert notifier.notify(shown, "Session complete", "Roll to your side.")
    assert notifier.notify(shown, "Time for your mat", "A session today?", kind="reminder")
    [own] = made
    assert own.visible and [m[0] for m in own.messages] == ["Session complete", "Time for your mat"]
    assert hidden.messages == []


def test_without_a_system_tray_the_window_asks_for_attention(qtbot: QtBot) -> None:
    notifier = TrayNotifier(lambda: None, available=lambda: False)
    assert notifier.notify(window(qtbot), "Session complete", "Roll to your side.") is False
    assert AlertNotifier().notify(window(qtbot), "Session complete", "Roll.") is False


def test_its_own_icon_is_the_windows(qtbot: QtBot) -> None:
    shown = window(qtbot)
    pixmap = QPixmap(16, 16)
    pixmap.fill()
    shown.setWindowIcon(QIcon(pixmap))
    shown.setWindowTitle("Mat Companion")
    icon = _own_icon(shown)
    assert icon.parent() is shown and icon.toolTip() == "Mat Companion"
    assert not icon.icon().isNull()
