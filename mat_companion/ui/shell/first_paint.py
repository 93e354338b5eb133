"""Work that waits for the window's first paint, so history, sound and the wizard never delay it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from mat_companion.qt_app import running_app


class FirstPaintWatcher(QObject):
    """Calls ``then`` once, just after ``window`` (or anything in it) has first been painted."""

    def __init__(self, window: QWidget, then: Callable[[], None]) -> None:
        super().__init__(window)
        self._window = window
        self._then = then

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Wait for a paint event in the window, then stop watching."""
        if (
            event.type() == QEvent.Type.Paint
            and isinstance(watched, QWidget)
            and watched.window() is self._window
        ):
            running_app(QApplication).removeEventFilter(self)
            QTimer.singleShot(0, self._then)
        return False
