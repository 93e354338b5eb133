"""Composition root: builds the stores and windows and wires them together."""

from __future__ import annotations

import logging
import sys
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QWidget

from mat_companion import APP_ID, APP_NAME, ORGANIZATION_DOMAIN, ORGANIZATION_NAME, __version__
from mat_companion.core.settings import Settings
from mat_companion.logs import setup_logging
from mat_companion.paths import AppPaths, resource
from mat_companion.ui.error_report import make_excepthook
from mat_companion.ui.main_window import MainWindow
from mat_companion.ui.pages import PlaceholderPage, page_infos
from mat_companion.ui.settings_page import SettingsPage

if TYPE_CHECKING:
    from mat_companion.core.history_store import HistoryStore

log = logging.getLogger(__name__)

_COMING = {
    "session": "Session setup and the session timer are coming in a later version.",
    "breathing": "The breathing pacer is coming in a later version.",
    "progress": "The stage progression is coming in a later version.",
    "history": "The history table, stats and charts are coming in a later version.",
}


def configure_application(app: QApplication) -> None:
    """Set the names Qt, the desktop and the window manager know the app by."""
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(ORGANIZATION_NAME)
    app.setOrganizationDomain(ORGANIZATION_DOMAIN)
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(QIcon(str(resource("icons", "mat-companion.svg"))))


def build_main_window(paths: AppPaths) -> MainWindow:
    """The main window with its pages, and any notices from loading the user's files."""
    settings, settings_notice = Settings.load(paths.settings_file)
    pages: dict[str, QWidget] = {}
    for info in page_infos():
        if info.key == "settings":
            pages[info.key] = SettingsPage(info, paths)
        else:
            pages[info.key] = PlaceholderPage(
                info, QApplication.translate("App", _COMING[info.key])
            )
    window = MainWindow(settings, pages)
    if settings_notice:
        window.show_notice(settings_notice)
    return window


def open_history(paths: AppPaths, window: MainWindow) -> HistoryStore:
    """Load the session history, telling the user in the window if anything needed doing."""
    from mat_companion.core.history_store import HistoryStore

    store = HistoryStore(paths.history_file)
    notice = store.load()
    if notice:
        window.show_notice(notice)
    log.info("history: %d sessions from %s", len(store.sessions), paths.history_file)
    return store


@dataclass
class RunningApp:
    """What the composition root built: the Qt application, its window and the stores."""

    app: QApplication
    window: MainWindow
    paths: AppPaths
    history: HistoryStore | None = None

    def load_history(self) -> None:
        """Load the history (scheduled after the first paint, so start-up stays light)."""
        self.history = open_history(self.paths, self.window)


def start(paths: AppPaths, *, debug: bool) -> RunningApp:
    """Set up logging and Qt and show the main window, ready for the event loop."""
    setup_logging(paths, debug=debug)
    sys.excepthook = make_excepthook(paths.log_file)
    log.info("starting %s %s, data in %s", APP_NAME, __version__, paths.data)
    app = QApplication(sys.argv[:1])
    configure_application(app)
    window = build_main_window(paths)
    window.show()
    running = RunningApp(app, window, paths)
    QTimer.singleShot(0, running.load_history)
    return running


def run(paths: AppPaths, *, debug: bool) -> int:
    """Open the main window and run the event loop; return the exit status."""
    status = start(paths, debug=debug).app.exec()
    log.info("exiting with status %s", status)
    return status
