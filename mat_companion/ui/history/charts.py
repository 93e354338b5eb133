"""Small charts drawn with QPainter in the palette's colours: bars, weekly before/after, a calendar.

QtCharts would add a large module to load for four simple pictures; these
draw in a few milliseconds and follow the palette (dark, light, high
contrast). Every chart names its axes and its scale, so it reads without the
text beside it; and each carries a one-line summary as its accessible
description, which the page shows beside it too.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from PySide6.QtCore import QLocale, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from mat_companion.core.history_stats import WeekRatings, chart_top, month_starts
from mat_companion.ui.i18n.language import decimal

GAP = 6.0
#: The room left of the plot for the rotated axis title and the tick labels.
LEFT = 64.0


def month_name(day: date) -> str:
    """The month's short name in the user's language ("Jun", "Juni")."""
    return QLocale().monthName(day.month, QLocale.FormatType.ShortFormat)


def month_labels(mondays: Sequence[date]) -> list[str]:
    """One label per week: the month's name where a month begins, empty elsewhere."""
    labels = [""] * len(mondays)
    for index, first in month_starts(mondays):
        labels[index] = month_name(first)
    return labels


class Chart(QWidget):
    """Common ground: a size, the palette's colours, the axes, the summary for screen readers."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(name)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumHeight(190)
        self.y_title = ""
        self.x_title = ""

    def sizeHint(self) -> QSize:
        """Wide and short."""
        return QSize(480, 200)

    def set_axes(self, y_title: str, x_title: str) -> None:
        """What the axes measure, written along them."""
        self.y_title, self.x_title = y_title, x_title
        self.update()

    def set_summary(self, text: str) -> None:
        """The one line a screen reader gives for this chart."""
        self.setAccessibleDescription(text)
        self.setToolTip(text)

    def colour(self, role: QPalette.ColorRole) -> QColor:
        """A colour of the current palette."""
        return self.palette().color(role)

    def line_height(self) -> float:
        """The height of a line of the chart's text."""
        return float(self.fontMetrics().height())

    def plot_area(self) -> QRectF:
        """Where the data goes, inside room for the ticks, their labels and the axis titles."""
        below = 2 * self.line_height() + GAP
        return QRectF(self.rect()).adjusted(LEFT, self.line_height() / 2 + 2, -12, -below)

    def x_at(self, index: int, count: int) -> float:
        """The middle of slot ``index`` of ``count`` across the plot."""
        area = self.plot_area()
        return area.left() + area.width() * (index + 0.5) / max(1, count)

    def y_at(self, value: float, top: float) -> float:
        """The height of ``value`` on a scale from 0 to ``top``."""
        area = self.plot_area()
        return area.bottom() - area.height() * min(value, top) / top

    def draw_axes(
        self, painter: QPainter, ticks: Sequence[float], top: float, labels: Sequence[str]
    ) -> None:
        """The value axis with ``ticks`` and faint lines, a label under each slot, both titles."""
        area = self.plot_area()
        text = self.colour(QPalette.ColorRole.WindowText)
        height = self.line_height()
        faint = QColor(self.colour(QPalette.ColorRole.Mid))
        for tick in ticks:
            y = self.y_at(tick, top)
            painter.setPen(QPen(faint, 1, Qt.PenStyle.DotLine))
            painter.drawLine(QPointF(area.left(), y), QPointF(area.right(), y))
            painter.setPen(text)
            painter.drawText(
                QRectF(0, y - height / 2, LEFT - 6, height),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                decimal(tick, 0 if top >= 10 or all(t == int(t) for t in ticks) else 1),
            )
        painter.setPen(QPen(text, 1))
        painter.drawLine(area.bottomLeft(), area.bottomRight())
        painter.drawLine(area.bottomLeft(), area.topLeft())
        self.draw_slot_labels(painter, labels, area.bottom() + 2)
        painter.drawText(
            QRectF(area.left(), self.height() - height - 2, area.width(), height),
            Qt.AlignmentFlag.AlignHCenter,
            self.x_title,
        )
        painter.save()
        painter.translate(2, area.center().y())
        painter.rotate(-90)
        painter.drawText(
            QRectF(-area.height() / 2 - 20, 0, area.height() + 40, height),
            Qt.AlignmentFlag.AlignHCenter,
            self.y_title,
        )
        painter.restore()

    def draw_slot_labels(self, painter: QPainter, labels: Sequence[str], y: float) -> None:
        """Each non-empty label from the start of its slot (a month from its first week)."""
        area = self.plot_area()
        width = area.width() / max(1, len(labels))
        height = self.line_height()
        centred = all(labels)  # few slots, each named: under its middle
        for index, label in enumerate(labels):
            if not label:
                continue
            left = area.left() + index * width
            if centred:
                cell = QRectF(left, y, width, height)
                painter.drawText(cell, Qt.AlignmentFlag.AlignHCenter, label)
            else:
                room = self.fontMetrics().horizontalAdvance(label) + 4
                left = min(left, self.width() - room)  # the last month stays inside the chart
                painter.drawText(QRectF(left, y, room, height), Qt.AlignmentFlag.AlignLeft, label)


class BarChart(Chart):
    """One bar per value (minutes per week, comfort per stage), each slot with its label."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(name, parent)
        self.labels: list[str] = []
        self.values: list[float] = []
        self.top = 1.0
        self.ticks: Sequence[float] = (0.0, 0.5, 1.0)

    def set_data(
        self,
        labels: list[str],
        values: list[float],
        top: float | None = None,
        ticks: Sequence[float] | None = None,
    ) -> None:
        """Show ``values`` on a scale to ``top`` (by default a round number above them all).

        The scale is marked at ``ticks``, by default at its bottom, middle and top.
        """
        self.labels, self.values = labels, values
        self.top = top if top is not None else chart_top(max(values, default=0.0))
        self.ticks = ticks if ticks is not None else (0.0, self.top / 2, self.top)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        """Bars in the highlight colour on the window's background, over the axes."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.draw_axes(painter, self.ticks, self.top, self.labels)
        area = self.plot_area()
        count = len(self.values)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self.colour(QPalette.ColorRole.Highlight))
        width = min(area.width() / max(1, count) * 0.7, 6 * self.line_height())
        for index, value in enumerate(self.values):
            y = self.y_at(value, self.top)
            x = self.x_at(index, count) - width / 2
            painter.drawRect(QRectF(x, y, width, area.bottom() - y))


class BeforeAfterChart(Chart):
    """A rating (0-10) before and after, a point per week: before dashed, after solid.

    Weeks follow one another across the chart; a week without ratings is a gap
    in the lines. Under each point stands the number of sessions behind it.
    """

    TOP = 10.0

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(name, parent)
        self.mondays: list[date] = []
        self.weeks: list[WeekRatings] = []
        self.before_words = ""
        self.after_words = ""

    def set_data(self, weeks: Sequence[WeekRatings], mondays: Sequence[date]) -> None:
        """Show each week's averages among the weeks beginning on ``mondays``."""
        self.weeks, self.mondays = list(weeks), list(mondays)
        self.update()

    def set_legend(self, before: str, after: str) -> None:
        """The words for the two lines, drawn in the corner."""
        self.before_words, self.after_words = before, after
        self.update()

    def plot_area(self) -> QRectF:
        """Room above the month labels for the row of session counts."""
        return super().plot_area().adjusted(0, self.line_height(), 0, -self.line_height())

    def paintEvent(self, event: QPaintEvent) -> None:
        """Lines between neighbouring weeks, a dot on every week, its count under it."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.draw_axes(painter, (0.0, 5.0, 10.0), self.TOP, month_labels(self.mondays))
        index_of = {monday: index for index, monday in enumerate(self.mondays)}
        placed = [(index_of[week.monday], week) for week in self.weeks if week.monday in index_of]
        count = len(self.mondays)
        lines = (
            (QPalette.ColorRole.WindowText, Qt.PenStyle.DashLine, [w.before for _, w in placed]),
            (QPalette.ColorRole.Highlight, Qt.PenStyle.SolidLine, [w.after for _, w in placed]),
        )
        for role, style, values in lines:
            before = style is Qt.PenStyle.DashLine
            colour = self.colour(role)
            points = [
                (i, QPointF(self.x_at(i, count), self.y_at(value, self.TOP)))
                for (i, _), value in zip(placed, values, strict=True)
            ]
            painter.setPen(QPen(colour, 2, style))
            for (i, here), (j, there) in zip(points, points[1:], strict=False):
                if j == i + 1:
                    painter.drawLine(here, there)
            # Before as a ring around after's dot: equal values still show both.
            painter.setPen(QPen(colour, 1.5 if before else 1))
            painter.setBrush(Qt.BrushStyle.NoBrush if before else colour)
            radius = 6.0 if before else 3.5
            for _, point in points:
                painter.drawEllipse(point, radius, radius)
        self._draw_counts(painter, placed, count)
        self._draw_legend(painter)

    def _draw_counts(
        self, painter: QPainter, placed: list[tuple[int, WeekRatings]], count: int
    ) -> None:
        area = self.plot_area()
        painter.setPen(self.colour(QPalette.ColorRole.WindowText))
        small = QFont(painter.font())
        small.setPointSizeF(max(6.0, small.pointSizeF() * 0.8))
        painter.setFont(small)
        height = self.line_height()
        width = area.width() / max(1, count)
        for index, week in placed:
            x = self.x_at(index, count)
            cell = QRectF(x - width, area.bottom() + 2, 2 * width, height)
            painter.drawText(cell, Qt.AlignmentFlag.AlignHCenter, str(week.sessions))
        painter.setFont(self.font())

    def draw_slot_labels(self, painter: QPainter, labels: Sequence[str], y: float) -> None:
        """The months, under the row of counts."""
        super().draw_slot_labels(painter, labels, y + self.line_height())

    def _draw_legend(self, painter: QPainter) -> None:
        area = self.plot_area()
        metrics = self.fontMetrics()
        y = area.top() - self.line_height() / 2 - 2
        x = area.right()
        for words, role, style in (
            (self.after_words, QPalette.ColorRole.Highlight, Qt.PenStyle.SolidLine),
            (self.before_words, QPalette.ColorRole.WindowText, Qt.PenStyle.DashLine),
        ):
            if not words:
                continue
            x -= metrics.horizontalAdvance(words) + 4
            painter.setPen(self.colour(QPalette.ColorRole.WindowText))
            painter.drawText(QPointF(x, y + metrics.ascent()), words)
            x -= 30
            painter.setPen(QPen(self.colour(role), 2, style))
            middle = y + metrics.height() / 2
            painter.drawLine(QPointF(x, middle), QPointF(x + 24, middle))
            x -= 16


class CalendarChart(Chart):
    """Practice days of the last weeks: a column per week, a row per weekday, darker = longer.

    The weekdays are named down the side and the months along the top.
    """

    def __init__(self, name: str, weeks: int = 26, parent: QWidget | None = None) -> None:
        super().__init__(name, parent)
        self.weeks = weeks
        self.mondays: list[date] = []
        self.last_day = date.today()
        self.minutes: dict[date, float] = {}

    def set_data(self, mondays: Sequence[date], last_day: date, minutes: dict[date, float]) -> None:
        """Show ``minutes`` per day in the weeks beginning on ``mondays``, up to ``last_day``."""
        self.mondays, self.last_day, self.minutes = list(mondays), last_day, minutes
        self.weeks = len(self.mondays)
        self.update()

    def cell_size(self) -> float:
        """The side of a day's square (with room for the gap between squares)."""
        area = self.plot_area()
        return min(area.width() / max(1, self.weeks), area.height() / 7)

    def plot_area(self) -> QRectF:
        """The grid: the weekday names to the left, the months above."""
        height = self.line_height()
        return QRectF(self.rect()).adjusted(LEFT, height + 4, -12, -4)

    def paintEvent(self, event: QPaintEvent) -> None:
        """A square per day: empty outline for none, filled in proportion to the minutes."""
        painter = QPainter(self)
        area = self.plot_area()
        size = self.cell_size()
        most = max([*self.minutes.values(), 1.0])
        fill = self.colour(QPalette.ColorRole.Highlight)
        outline = QPen(self.colour(QPalette.ColorRole.Mid), 1)
        text = self.colour(QPalette.ColorRole.WindowText)
        height = self.line_height()
        locale = QLocale()
        painter.setPen(text)
        for weekday in range(7):
            row = QRectF(0, area.top() + weekday * size, LEFT - 6, size - 3)
            name = locale.dayName(weekday + 1, QLocale.FormatType.ShortFormat)
            painter.drawText(row, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, name)
        for index, first in month_starts(self.mondays):
            place = QRectF(area.left() + index * size, 0, 4 * size, height)
            painter.drawText(place, Qt.AlignmentFlag.AlignLeft, month_name(first))
        for week, monday in enumerate(self.mondays):
            for weekday in range(7):
                day = monday + timedelta(days=weekday)
                if day > self.last_day:
                    break
                cell = QRectF(
                    area.left() + week * size, area.top() + weekday * size, size - 3, size - 3
                )
                minutes = self.minutes.get(day, 0.0)
                painter.setPen(outline)
                if minutes:
                    shade = QColor(fill)
                    shade.setAlphaF(0.35 + 0.65 * minutes / most)
                    painter.setBrush(shade)
                else:
                    painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRect(cell)
