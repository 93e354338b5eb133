"""Qt's own messages in the app's log, with a flood counted instead of written.

Qt writes its warnings to stderr, where nobody who reports a problem ever looks,
and a wedged QtMultimedia once wrote ``QSocketNotifier: Invalid socket N ...``
fifteen gigabytes in seven minutes. Routed through :mod:`logging`, the messages
land in the log file (and on stderr with ``--debug``, since logging goes there
then); the limiter keeps the first few of each kind and only counts the rest.
"""

from __future__ import annotations

import functools
import logging
import re
import threading
import time
from collections.abc import Callable
from typing import NamedTuple

from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler

MessageHandler = Callable[[QtMsgType, QMessageLogContext, str], object]

DEFAULT_LIMIT = 5
DEFAULT_INTERVAL = 10.0
_DIGITS = re.compile(r"\d+")

_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


@functools.lru_cache(maxsize=512)
def message_kind(text: str) -> str:
    """The text with every run of digits as ``#``: socket 12 and socket 13 are one kind.

    Cached because a flood repeats the very same strings: a hit is one dict look-up.
    """
    return _DIGITS.sub("#", text)


class Repeat(NamedTuple):
    """A kind of message that was held back: how often, and the last one of them."""

    level: int
    text: str
    times: int


_NONE_DUE: tuple[Repeat, ...] = ()


class _Window:
    """One kind's current interval: when it began and what was written and held back.

    Slots, not a dataclass: defining one costs start-up a millisecond, for nothing here.
    """

    __slots__ = ("started", "level", "written", "suppressed", "last_text")

    def __init__(self, started: float, level: int) -> None:
        self.started = started
        self.level = level
        self.written = 1
        self.suppressed = 0
        self.last_text = ""


class RepeatLimiter:
    """Let through the first ``limit`` messages of a kind per ``interval``; count the rest.

    Pure Python and driven by ``clock``, so a fake clock tests it. Call :meth:`due`
    before :meth:`admit`, so that a kind's count is written before its next interval
    begins. Not thread-safe: the caller holds a lock.
    """

    def __init__(
        self,
        limit: int = DEFAULT_LIMIT,
        interval: float = DEFAULT_INTERVAL,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.limit = limit
        self.interval = interval
        self.clock = clock
        self._windows: dict[str, _Window] = {}
        self._next_due = float("inf")  # the earliest end of a window holding something back

    def admit(self, text: str, level: int = logging.WARNING) -> bool:
        """Whether ``text`` should be written now; if not, it is counted for :meth:`due`."""
        kind = message_kind(text)
        window = self._windows.get(kind)
        if window is None or (
            not window.suppressed and self.clock() >= window.started + self.interval
        ):
            now = self.clock()
            if len(self._windows) >= 1024:
                self._forget_quiet(now)
            self._windows[kind] = _Window(now, level)
            return True
        if window.written < self.limit:
            window.written += 1
            return True
        if window.suppressed == 0:
            self._next_due = min(self._next_due, window.started + self.interval)
        window.suppressed += 1
        window.last_text = text
        return False

    def due(self) -> tuple[Repeat, ...]:
        """The counts of the kinds whose interval has ended; each kind then starts afresh.

        Cheap when nothing is due (one clock read and a comparison), so it can run
        before every message.
        """
        now = self.clock()
        if now < self._next_due:
            return _NONE_DUE
        ended = [
            kind
            for kind, window in self._windows.items()
            if window.suppressed and now >= window.started + self.interval
        ]
        repeats = tuple(self._close(kind) for kind in ended)
        self._next_due = min(
            (w.started + self.interval for w in self._windows.values() if w.suppressed),
            default=float("inf"),
        )
        return repeats

    def flush(self) -> tuple[Repeat, ...]:
        """Every count still held back, whether or not its interval has ended (at exit)."""
        held = [kind for kind, window in self._windows.items() if window.suppressed]
        repeats = tuple(self._close(kind) for kind in held)
        self._next_due = float("inf")
        return repeats

    def _close(self, kind: str) -> Repeat:
        window = self._windows.pop(kind)
        return Repeat(window.level, window.last_text, window.suppressed)

    def _forget_quiet(self, now: float) -> None:
        """Drop kinds whose interval has ended with nothing held back, so memory stays small."""
        for kind in [
            kind
            for kind, window in self._windows.items()
            if not window.suppressed and now >= window.started + self.interval
        ]:
            del self._windows[kind]


class QtMessageLog:
    """Qt's message handler while installed: Qt messages to ``logger``, floods counted.

    Qt may call it from any thread (audio, network), so the limiter is used under a
    lock; logging happens outside it, in case a log handler itself makes Qt talk.
    """

    def __init__(
        self, logger: logging.Logger | None = None, limiter: RepeatLimiter | None = None
    ) -> None:
        self.logger = logger or logging.getLogger("qt")
        self.limiter = limiter or RepeatLimiter()
        self._lock = threading.Lock()
        self._previous: MessageHandler | None = None
        self._installed = False

    def handle(self, mode: QtMsgType, context: QMessageLogContext, text: str) -> None:
        """Write ``text`` at the level of ``mode``, unless its kind is flooding."""
        level = _LEVELS.get(mode, logging.WARNING)
        if not self.logger.isEnabledFor(level):
            return
        fatal = mode == QtMsgType.QtFatalMsg
        with self._lock:
            repeats = self.limiter.due()
            admitted = self.limiter.admit(text, level) or fatal
        if repeats:
            self._write_repeats(repeats)
        if not admitted:
            return
        category = context.category
        if category and category != "default":
            self.logger.log(level, "[%s] %s", category, text)
        else:
            self.logger.log(level, "%s", text)
        if fatal:  # Qt aborts as soon as this returns
            self.flush()
            for handler in logging.getLogger().handlers:
                handler.flush()

    def flush(self) -> None:
        """Write the counts still held back (at exit, so a flood's size is never lost)."""
        with self._lock:
            repeats = self.limiter.flush()
        self._write_repeats(repeats)

    def install(self) -> QtMessageLog:
        """Become Qt's message handler (the one before it is kept for :meth:`uninstall`)."""
        self._previous = qInstallMessageHandler(self.handle)
        self._installed = True
        return self

    def uninstall(self) -> None:
        """Write what is held back and give Qt back the handler it had before."""
        self.flush()
        if self._installed:
            qInstallMessageHandler(self._previous)
            self._installed = False

    def _write_repeats(self, repeats: tuple[Repeat, ...]) -> None:
        for repeat in repeats:
            self.logger.log(
                repeat.level,
                "the previous message was repeated %d more times: %s",
                repeat.times,
                repeat.text,
            )
