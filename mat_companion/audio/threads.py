"""Ending a worker QThread safely when whatever owns it goes away."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QThread


def end_thread(thread: QThread) -> None:
    """Quit and wait for ``thread`` if it still runs.

    A QThread destroyed while running aborts the whole process, so every owner
    of one calls this when it is destroyed (and the app when it quits).
    """
    if shiboken6.isValid(thread) and thread.isRunning():
        thread.quit()
        thread.wait()
