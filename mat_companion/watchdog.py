"""A watchdog that logs when the main loop stops turning, and for how long it stopped.

A frozen window says nothing about why it froze, and the person on the mat has
their eyes closed. A timer on the main thread leaves a heartbeat; a plain Python
thread looks at it and, when it is stale, logs once with the main thread's stack
(where it is stuck), then once more when the loop runs again (how long it was).
"""

from __future__ import annotations

import logging
import sys
import threading
import time
import traceback
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

DEFAULT_THRESHOLD = 5.0
BEAT_MS = 500
CHECK_EVERY = 1.0

log = logging.getLogger(__name__)


class MainLoopWatchdog(QObject):
    """Notices a main loop that has not run for ``threshold`` seconds and logs it.

    Build and start it on the main thread (its timer beats there). The checking
    thread only reads the heartbeat; ``check()`` is what it runs each time, public
    so a test can drive it with a fake clock and no thread.

    Attributes:
        stalls: How many stalls were seen (counted when each one is noticed).
        longest_stall: The longest stall that has ended, in seconds.
    """

    def __init__(
        self,
        threshold: float = DEFAULT_THRESHOLD,
        *,
        beat_ms: int = BEAT_MS,
        check_every: float = CHECK_EVERY,
        clock: Callable[[], float] = time.monotonic,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.threshold = threshold
        self.check_every = check_every
        self.clock = clock
        self.stalls = 0
        self.longest_stall = 0.0
        self.last_beat = clock()
        self._stalled_since: float | None = None  # the last beat before the current stall
        self._main_thread = threading.get_ident()
        self._timer = QTimer(self)
        self._timer.setInterval(beat_ms)
        self._timer.timeout.connect(self.beat)
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        """Start the heartbeat and the checking thread."""
        if self._thread is not None:
            return
        self.beat()
        self._timer.start()
        self._stop.clear()
        self._thread = threading.Thread(target=self._watch, name="main-loop-watchdog", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        """Stop the heartbeat and wait for the checking thread to end."""
        self._timer.stop()
        self._stop.set()
        if self._thread is not None:
            self._thread.join()
            self._thread = None

    @property
    def running(self) -> bool:
        """Whether the checking thread is alive."""
        return self._thread is not None and self._thread.is_alive()

    def beat(self) -> None:
        """The main loop has turned (the timer calls this on the main thread)."""
        self.last_beat = self.clock()

    def check(self) -> None:
        """Log a stall once when it begins and once when it ends, never per check."""
        last = self.last_beat
        if self._stalled_since is not None:
            if last != self._stalled_since:
                self._recovered(last - self._stalled_since)
            return
        age = self.clock() - last
        if age >= self.threshold:
            self._stalled_since = last
            self.stalls += 1
            log.warning(
                "main loop has not run for %.1f s; the main thread is at:\n%s",
                age,
                self._main_stack(),
            )

    def _recovered(self, length: float) -> None:
        self._stalled_since = None
        self.longest_stall = max(self.longest_stall, length)
        log.warning("main loop runs again after a stall of %.1f s", length)

    def _main_stack(self) -> str:
        frame = sys._current_frames().get(self._main_thread)
        if frame is None:
            return "  (no Python frame)"
        return "".join(traceback.format_stack(frame)).rstrip()

    def _watch(self) -> None:
        while not self._stop.wait(self.check_every):
            self.check()
