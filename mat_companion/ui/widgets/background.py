"""Slow work (reading or writing a large file) off the UI thread, with a busy indicator."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QEventLoop, QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

#: Work finished sooner than this shows no indicator at all.
SHOW_AFTER_MS = 300
#: Work waited for finished sooner than this is waited for plainly: no event is handled
#: meanwhile, so a quick save (nearly every one) behaves exactly like a direct call.
SPIN_AFTER_SECONDS = 0.05

T = TypeVar("T")


def _busy_indicator(label: str, parent: QWidget | None) -> QProgressDialog:
    """A modal "working" indicator that appears only if the work takes noticeably long."""
    progress = QProgressDialog(label, "", 0, 0, parent)
    progress.setCancelButton(None)
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(SHOW_AFTER_MS)
    progress.setAutoClose(False)
    progress.setValue(0)
    return progress


def _outcome(work: Callable[[], T]) -> T | Exception:
    try:
        return work()
    except Exception as error:  # noqa: BLE001 - handed to the UI thread, which says why
        return error


class _Finished(QObject):
    """Tells the UI thread's waiting loop, from the worker thread, that the work is done."""

    done = Signal()


def wait_responsively(work: Callable[[], T], label: str, parent: QWidget | None) -> T:
    """Run ``work`` on a thread and return its result (or raise its exception) here.

    The caller reads as if it had called ``work()`` itself, but if the work takes
    longer than a moment (a large history written, a lock held elsewhere waited for)
    the window keeps painting, its timers and sound keep running, and the watchdog
    sees a turning loop. User input waits until the work is done, so nothing the
    user does can start a second change in between.
    """
    outcome: list[T | Exception] = []
    finished = _Finished()
    loop = QEventLoop()
    finished.done.connect(loop.quit, Qt.ConnectionType.QueuedConnection)

    def body() -> None:
        outcome.append(_outcome(work))
        finished.done.emit()

    worker = threading.Thread(target=body, name="background-wait", daemon=True)
    worker.start()
    worker.join(SPIN_AFTER_SECONDS)
    if worker.is_alive():
        progress = _busy_indicator(label, parent)
        loop.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
        progress.reset()
        progress.deleteLater()
        worker.join()  # it is ending: its last reference to ``finished`` goes here, not there
    result = outcome[0]
    if isinstance(result, Exception):
        raise result
    return result


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
        self._label = label
        self._parent = parent
        self.progress: QProgressDialog | None = None
        self._done.connect(self._on_done)

    def run(self, work: Callable[[], Any]) -> None:
        """Start ``work`` in a thread."""
        self.progress = _busy_indicator(self._label, self._parent)
        threading.Thread(
            target=lambda: self._done.emit(_outcome(work)), name="background-task", daemon=True
        ).start()

    @Slot(object)
    def _on_done(self, result: object) -> None:
        assert self.progress is not None
        self.progress.reset()
        self.progress.deleteLater()
        self.finished.emit(result)
        self.deleteLater()
