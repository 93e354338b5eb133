"""Slow work (reading or writing a large file) off the UI thread, with a busy indicator."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

#: Work finished sooner than this shows no indicator at all.
SHOW_AFTER_MS = 300


class BackgroundTask(QObject):
    """Runs one function in a thread; ``finished`` carries its result or the exception it raised.

    A busy indicator appears over ``parent`` if the work takes a noticeable time.

    Signals:
        finished(object): the return value, or the exception.
    """

    finished = Signal(object)
    _done = Signal(object)

    def __init__(self, label: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.progress = QProgressDialog(label, "", 0, 0, parent)
        self.progress.setCancelButton(None)
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(SHOW_AFTER_MS)
        self.progress.setAutoClose(False)
        self._done.connect(self._on_done)

    def run(self, work: Callable[[], Any]) -> None:
        """Start ``work`` in a thread."""
        self.progress.setValue(0)

        def body() -> None:
            try:
                result = work()
            except Exception as error:  # noqa: BLE001 - handed to the UI thread, which says why
                result = error
            self._done.emit(result)

        threading.Thread(target=body, name="background-task", daemon=True).start()

    @Slot(object)
    def _on_done(self, result: object) -> None:
        self.progress.reset()
        self.progress.deleteLater()
        self.finished.emit(result)
        self.deleteLater()
