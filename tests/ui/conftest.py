from collections.abc import Callable
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from mat_companion.app import AppContext, configure_application
from mat_companion.paths import AppPaths
from mat_companion.ui.main_window import MainWindow


@pytest.fixture
def app_paths(tmp_path: Path) -> AppPaths:
    return AppPaths.under(tmp_path / "data")


@pytest.fixture
def open_window(qtbot: QtBot, qapp: object, app_paths: AppPaths) -> Callable[[], MainWindow]:
    """Open the real main window as the app does, against a private data folder."""
    configure_application(qapp)  # type: ignore[arg-type]

    def opener() -> MainWindow:
        window = AppContext(app_paths).window
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow, timeout=2000)
        return window

    return opener
