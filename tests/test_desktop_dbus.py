"""Desktop services over a real D-Bus daemon with stand-in services: screen saver, notifications."""

import os
import select
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import SLOT, QObject, Signal, Slot
from PySide6.QtDBus import QDBusMessage
from pytestqt.qtbot import QtBot

from mat_companion.desktop.screensaver import ScreenSaverInhibitor
from tests.conftest import CHECKOUT


def read_line(stream: object, timeout: float = 10.0) -> str:
    ready, _, _ = select.select([stream], [], [], timeout)
    assert ready, "the stand-in service said nothing"
    return stream.readline().strip()  # type: ignore[attr-defined]


@pytest.fixture
def session_bus(tmp_path: Path) -> Iterator[str]:
    daemon = shutil.which("dbus-daemon")
    assert daemon, "dbus-daemon is needed (Debian package dbus)"
    socket = tmp_path / "bus"
    process = subprocess.Popen(
        [daemon, "--session", "--nofork", "--print-address=1", f"--address=unix:path={socket}"],
        stdout=subprocess.PIPE,
        text=True,
    )
    address = read_line(process.stdout)
    yield address
    process.terminate()
    process.wait()
    process.stdout.close()


def start_service(module: str, bus: str) -> subprocess.Popen[str]:
    env = {**os.environ, "DBUS_SESSION_BUS_ADDRESS": bus, "QT_QPA_PLATFORM": "offscreen"}
    service = subprocess.Popen(
        [sys.executable, "-m", module], cwd=CHECKOUT, stdout=subprocess.PIPE, text=True, env=env
    )
    assert read_line(service.stdout) == "ready"
    return service


@pytest.fixture
def fake_service(session_bus: str) -> Iterator[subprocess.Popen[str]]:
    with start_service("tests.fake_screensaver", session_bus) as service:
        yield service
        service.terminate()


def test_end_notification_through_the_portal(qtbot: QtBot, session_bus: str) -> None:
    from PySide6.QtDBus import QDBusConnection
    from PySide6.QtWidgets import QWidget

    from mat_companion.desktop.portal import PortalNotifier

    window = QWidget()
    qtbot.addWidget(window)
    bus = QDBusConnection.connectToBus(session_bus, "notify-test")
    notifier = PortalNotifier(bus)
    try:
        assert notifier.notify(window, "Session complete", "Roll to your side.") is False
        with start_service("tests.fake_portal", session_bus) as portal:
            assert notifier.notify(window, "Session complete", "Roll to your side.") is True
            line = read_line(portal.stdout)
            portal.terminate()
    finally:
        QDBusConnection.disconnectFromBus("notify-test")
    kind, identifier, title, body = line.split("|")
    assert (kind, title, body) == ("notify", "Session complete", "Roll to your side.")
    assert identifier.startswith("session-end-")


def test_inhibit_then_release_by_leaving_the_bus(
    qtbot: QtBot, session_bus: str, fake_service: subprocess.Popen[str]
) -> None:
    inhibitor = ScreenSaverInhibitor(session_bus)
    inhibitor.inhibit("An acupressure-mat session is running")
    assert inhibitor.active, inhibitor.unavailable_reason
    assert read_line(fake_service.stdout) == (
        "inhibit|Mat Companion|An acupressure-mat session is running|42"
    )
    holder = inhibitor.connection_id
    assert holder and holder.startswith(":")
    inhibitor.inhibit("again")  # already held: no second inhibit
    inhibitor.release()
    assert not inhibitor.active
    assert read_line(fake_service.stdout) == f"gone|{holder}"


def test_no_service_is_a_log_line_not_an_error(
    session_bus: str, caplog: pytest.LogCaptureFixture
) -> None:
    inhibitor = ScreenSaverInhibitor(session_bus)
    with caplog.at_level("INFO"):
        inhibitor.inhibit("session")
    assert not inhibitor.active
    assert inhibitor.unavailable_reason == "no org.freedesktop.ScreenSaver service"
    assert "screen saver not inhibited: no org.freedesktop.ScreenSaver service" in caplog.text
    inhibitor.release()


def test_no_bus_at_all(tmp_path: Path) -> None:
    inhibitor = ScreenSaverInhibitor(f"unix:path={tmp_path / 'nothing-here'}")
    inhibitor.inhibit("session")
    assert not inhibitor.active and inhibitor.unavailable_reason == "no D-Bus session bus"


class Listener(QObject):
    """What a desktop hears of the player."""

    changed = Signal(object)

    @Slot(QDBusMessage)
    def on_message(self, message: QDBusMessage) -> None:
        self.changed.emit(message)


def test_the_media_keys_reach_a_running_session_through_mpris(
    qtbot: QtBot, session_bus: str
) -> None:
    from PySide6.QtDBus import QDBusConnection, QDBusMessage, QDBusPendingCallWatcher

    from mat_companion.desktop.media_keys import Playback
    from mat_companion.desktop.mpris import PATH, PLAYER, PROPERTIES, ROOT, MprisMediaKeys

    bus = QDBusConnection.connectToBus(session_bus, "mpris-player")
    desktop = QDBusConnection.connectToBus(session_bus, "mpris-desktop")
    try:
        keys = MprisMediaKeys(bus)
        presses: list[str] = []
        keys.listen(lambda: presses.append("play/pause"))

        def players() -> list[str]:
            names = desktop.interface().registeredServiceNames().value()
            return [name for name in names if name.startswith(f"{ROOT}.")]

        def ask(interface: str, method: str, *args: object) -> list[object]:
            """Call as the desktop does, without blocking the player, which answers here."""
            call = QDBusMessage.createMethodCall(keys.service, PATH, interface, method)
            call.setArguments(list(args))
            watcher = QDBusPendingCallWatcher(desktop.asyncCall(call))
            qtbot.waitUntil(watcher.isFinished)
            reply = watcher.reply()
            assert not reply.errorMessage(), reply.errorMessage()
            return reply.arguments()

        def get(interface: str, name: str) -> object:
            (value,) = ask("org.freedesktop.DBus.Properties", "Get", interface, name)
            return value.variant()  # type: ignore[attr-defined]

        assert players() == [], "no player while there is no session"
        keys.show(Playback.PLAYING)
        heard = Listener()
        assert desktop.connect(
            keys.service,
            PATH,
            PROPERTIES,
            "PropertiesChanged",
            heard,
            SLOT("on_message(QDBusMessage)"),
        )
        assert players() == [keys.service]
        assert get(ROOT, "Identity") == "Mat Companion"
        assert get(ROOT, "DesktopEntry") == "org.matcompanion.MatCompanion"
        assert get(PLAYER, "PlaybackStatus") == "Playing"
        ask(PLAYER, "PlayPause")
        ask(PLAYER, "Play")  # playing already: nothing to do
        assert presses == ["play/pause"]
        with qtbot.waitSignal(heard.changed) as told:
            keys.show(Playback.PAUSED)
        [message] = told.args
        assert message.signature() == "sa{sv}as", "what desktops take (GDBusProxy checks)"
        assert message.arguments()[0] == PLAYER
        assert get(PLAYER, "PlaybackStatus") == "Paused"
        ask(PLAYER, "Play")
        assert presses == ["play/pause"] * 2
        keys.show(Playback.STOPPED)
        assert players() == [], "gone with the session"
    finally:
        QDBusConnection.disconnectFromBus("mpris-player")
        QDBusConnection.disconnectFromBus("mpris-desktop")
