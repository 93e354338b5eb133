"""A day of the History page's date range: "any" until a day is picked.

"Any" is the earliest date the edit allows, so its calendar would open on that
month (January 2000); it opens on today's month instead, where a user looks.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QObject
from PySide6.QtWidgets import QDateEdit, QWidget

from mat_companion.ui.widgets.qt_dates import python_date

#: The earliest date the range filter offers; at it, the filter reads "any".
ANY_DATE = QDate(2000, 1, 1)


class DayFilterEdit(QDateEdit):
    """A date edit with a calendar that reads "any" at its first date."""

    def __init__(self, name: str, today: Callable[[], date], parent: QWidget | None = None):
        super().__init__(parent)
        self._today = today
        self.setCalendarPopup(True)
        self.setMinimumDate(ANY_DATE)
        self.setSpecialValueText(QCoreApplication.translate("HistoryPage", "any"))
        self.setDate(ANY_DATE)
        self.setAccessibleName(name)
        self.calendarWidget().installEventFilter(self)

    def picked(self) -> date | None:
        """The day chosen, or None for any."""
        return None if self.date() == ANY_DATE else python_date(self.date())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """As the calendar opens on "any", turn it to today's month (no day is chosen)."""
        calendar = self.calendarWidget()
        if watched is calendar and event.type() == QEvent.Type.Show and self.picked() is None:
            today = self._today()
            calendar.setCurrentPage(today.year, today.month)
        return super().eventFilter(watched, event)
