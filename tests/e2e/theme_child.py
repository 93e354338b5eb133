"""The app as the desktop's settings portal sets it up: prints the colours it shows.

Arguments: the data folder, and "plain" for a bare QApplication (what the system gives).
"""

import json
import sys
from pathlib import Path

from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication


def settle(app: QApplication) -> None:
    """Wait for the portal's answer (Qt asks it at start), then deliver what it set off.

    The one answer carries both the colour scheme and the contrast; the app's
    palette follows the scheme's change signal, and its repaint events are posted.
    """
    hints = app.styleHints()
    if hints.colorScheme() == Qt.ColorScheme.Unknown:
        loop = QEventLoop()
        hints.colorSchemeChanged.connect(loop.quit)
        QTimer.singleShot(10_000, loop.quit)
        loop.exec()
    app.processEvents()


def colours(palette: QPalette) -> dict[str, str]:
    roles = ("Window", "WindowText", "Base", "Text", "Button", "ButtonText", "Highlight")
    return {role: palette.color(getattr(QPalette.ColorRole, role)).name() for role in roles}


def main() -> None:
    if sys.argv[2] == "plain":
        app = QApplication([])
        settle(app)
        print(json.dumps({"app": colours(app.palette())}))
        return
    from mat_companion.app import start
    from mat_companion.paths import AppPaths

    running = start(AppPaths.under(Path(sys.argv[1])), debug=False)
    app = running.app
    settle(app)
    page = running.window.page("session")
    view = page.run_view  # type: ignore[attr-defined]
    settle(app)
    hints = app.styleHints()
    print(
        json.dumps(
            {
                "scheme": hints.colorScheme().name,
                "contrast": hints.accessibility().contrastPreference().name,
                "app": colours(app.palette()),
                "session": colours(view.palette()),
                "stylesheet": app.styleSheet(),
            }
        )
    )


if __name__ == "__main__":
    main()
