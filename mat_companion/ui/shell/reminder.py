"""The daily reminder while the app (or its tray icon) runs: a gentle note, at most once a day.

Never while a session runs: someone on the mat has already come.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from mat_companion.core.clock import WallClock
from mat_companion.core.history_stats import session_day
from mat_companion.core.reminder import is_due, next_check
from mat_companion.core.settings import Settings


class DailyReminder(QObject):
    """Looks at the wall clock at the reminder time (and every ten minutes) and says when it is due.

    Signals:
        due(str, str): a title and a line to show the user.
    """

    due = Signal(str, str)

    def __init__(
        self,
        settings: Settings,
        wall_clock: WallClock,
        history: Callable[[], Sequence[dict[str, Any]]],
        parent: QObject | None = None,
        on_the_mat: Callable[[], bool] = lambda: False,
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        self._wall_clock = wall_clock
        self._history = history
        self._on_the_mat = on_the_mat
        self._last: date | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.check)

    @property
    def armed(self) -> bool:
        """Whether the reminder is waiting for its moment."""
        return self._timer.isActive()

    def rearm(self) -> None:
        """The setting changed: start from the next reminder time (none for a time just passed)."""
        at = self._settings.reminder_time
        now = self._wall_clock()
        if now.time() >= at:
            self._last = now.date()
        self.check()

    @Slot()
    def check(self) -> None:
        """Remind if due; then aim at the next moment (nothing while the reminder is off)."""
        at = self._settings.reminder_time
        if not self._settings.reminder_enabled:
            self._timer.stop()
            return
        now = self._wall_clock()
        if is_due(now, at, self._last, self._practised(now)):
            self._last = now.date()
            self.due.emit(
                self.tr("Time for your mat?"),
                self.tr("If you would like a session today, Mat Companion is ready."),
            )
        self._timer.start(round(next_check(now, at) * 1000))

    def _practised(self, now: datetime) -> bool:
        today = now.date()
        return self._on_the_mat() or any(
            session_day(session) == today for session in self._history()
        )
