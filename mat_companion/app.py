"""Composition root: builds the stores and windows and wires them together."""

from __future__ import annotations

import logging
import sys

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


def start(paths: AppPaths, *, debug: bool) -> tuple[QApplication, MainWindow]:
    """Set up logging and Qt and show the main window, ready for the event loop."""
    setup_logging(paths, debug=debug)
    sys.excepthook = make_excepthook(paths.log_file)
    log.info("starting %s %s, data in %s", APP_NAME, __version__, paths.data)
    app = QApplication(sys.argv[:1])
    configure_application(app)
    window = build_main_window(paths)
    window.show()
    return app, window


def run(paths: AppPaths, *, debug: bool) -> int:
    """Open the main window and run the event loop; return the exit status."""
    app, _window = start(paths, debug=debug)
    status = app.exec()
    log.info("exiting with status %s", status)
    return status
