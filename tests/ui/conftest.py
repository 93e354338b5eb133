from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from mat_companion.app import AppContext, configure_application
from mat_companion.audio.output import NullAudio
from mat_companion.core.clock import FakeClock
from mat_companion.paths import AppPaths
from mat_companion.ui.i18n.language import install_translations
from mat_companion.ui.shell.main_window import MainWindow
from tests.desktop.fakes import RecordingNotifier, quiet_desktop
from tests.ui.session_helpers import Wall, page_of, unguarded


@pytest.fixture
def german(qapp: QApplication) -> Iterator[None]:
    """The app in German, as on a German system: its words, Qt's and the locale's formats."""
    before = QLocale()
    translators = install_translations(
        qapp, QLocale(QLocale.Language.German, QLocale.Country.Germany)
    )
    assert len(translators) >= 1
    yield
    for translator in translators:
        qapp.removeTranslator(translator)
    QLocale.setDefault(before)


@pytest.fixture
def app_paths(tmp_path: Path) -> AppPaths:
    return AppPaths.under(tmp_path / "data")


def activate(qtbot: QtBot, window: QWidget) -> None:
    """Show ``window`` and make it the active one, as a click on it would.

    The activation arrives as a window-system event: delivering it at once spares
    each test waitUntil's first 10 ms sleep (a second of the fast tier in all).
    """
    window.show()
    window.activateWindow()
    QApplication.processEvents()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)


@pytest.fixture
def open_window(qtbot: QtBot, qapp: object, app_paths: AppPaths) -> Callable[[], MainWindow]:
    """Open the real main window as the app does, against a private data folder."""
    configure_application(qapp)  # type: ignore[arg-type]

    def opener() -> MainWindow:
        window = AppContext(app_paths).window
        qtbot.addWidget(window)
        activate(qtbot, window)
        return window

    return opener


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def audio() -> NullAudio:
    return NullAudio()


@pytest.fixture
def notifier() -> RecordingNotifier:
    """What the app's window shows outside itself (notifications)."""
    return RecordingNotifier()


@pytest.fixture
def context(
    qtbot: QtBot,
    app_paths: AppPaths,
    clock: FakeClock,
    audio: NullAudio,
    notifier: RecordingNotifier,
) -> Iterator[AppContext]:
    desktop = quiet_desktop(notifier)
    ctx = AppContext(app_paths, clock=clock, audio=audio, wall_clock=Wall(clock), desktop=desktop)
    qtbot.addWidget(ctx.window, before_close_func=unguarded)
    activate(qtbot, ctx.window)
    yield ctx
    controller = page_of(ctx).controller
    if controller is not None:  # a session left running: stop its timers
        controller.close()
