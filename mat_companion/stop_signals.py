"""Ctrl+C, SIGTERM and SIGHUP end the app the way "End it and quit" does, never mid-write.

Python runs its signal handlers only between bytecodes, and Qt's event loop
sits in C for as long as nothing happens, so a plain handler would wait for
the next event (or, for SIGTERM and SIGHUP, the default would kill the app and
lose the session). Instead the signal number is written to a socket by
``signal.set_wakeup_fd`` and a ``QSocketNotifier`` wakes the event loop, which
saves the partial session and quits with the conventional status 128 + signal.
A second signal while that runs gets the system's default (a stuck save can
still be interrupted).
"""

from __future__ import annotations

import logging
import signal
import socket
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QSocketNotifier, Slot

log = logging.getLogger(__name__)

STOP_SIGNALS = tuple(
    getattr(signal, name) for name in ("SIGINT", "SIGTERM", "SIGHUP") if hasattr(signal, name)
)


def _noted(_signum: int, _frame: object) -> None:
    """The Python-level handler: nothing to do, the wake-up socket carries the signal."""


class StopSignals(QObject):
    """Turns a stop signal into ``stop()`` on the event loop, then quits with 128 + signal."""

    def __init__(self, stop: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._stop = stop
        self._reader, self._writer = socket.socketpair()
        for end in (self._reader, self._writer):
            end.setblocking(False)
        self._notifier = QSocketNotifier(self._reader.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._on_notifier_activated)
        self._previous_fd: int | None = None

    def install(self) -> StopSignals:
        """Start listening (on the main thread, where Python signal handlers must be set)."""
        self._previous_fd = signal.set_wakeup_fd(self._writer.fileno(), warn_on_full_buffer=False)
        for number in STOP_SIGNALS:
            signal.signal(number, _noted)
        return self

    def uninstall(self) -> None:
        """Give the signals back to the system: a second one now ends the process at once."""
        for number in STOP_SIGNALS:
            signal.signal(number, signal.SIG_DFL)
        signal.set_wakeup_fd(-1 if self._previous_fd is None else self._previous_fd)
        self._notifier.setEnabled(False)

    @Slot()
    def _on_notifier_activated(self) -> None:
        try:
            received = self._reader.recv(64)
        except BlockingIOError:
            return
        stops = [number for number in received if number in STOP_SIGNALS]
        if not stops:
            return
        number = stops[0]
        log.info("%s received: ending the session and quitting", signal.Signals(number).name)
        self.uninstall()
        self._stop()
        QCoreApplication.exit(128 + number)
