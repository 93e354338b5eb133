"""Small charts drawn with QPainter in the palette's colours: bars, before/after lines, a calendar.

QtCharts would add a large module to load for four simple pictures; these
draw in a few milliseconds and follow the palette (dark, light, high
contrast). Each chart carries a one-line summary as its accessible
description, and the page shows the same line beside it.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from mat_companion.core.history_stats import week_start
from mat_companion.ui.i18n.language import decimal, short_date

MARGIN = 28.0
#: Up to this many bars, each is labelled; more get the first and last label only.
FEW_BARS = 6
#: A before/after line shows at most this many points.
MAX_POINTS = 160


def thinned(
    points: Sequence[tuple[date, float, float]], most: int
) -> list[tuple[date, float, float]]:
    """At most ``most`` points: runs of neighbours averaged, each dated by its last day."""
    if len(points) <= most:
        return list(points)
    size = -(-len(points) // most)
    runs = [points[start : start + size] for start in range(0, len(points), size)]
    return [
        (run[-1][0], sum(p[1] for p in run) / len(run), sum(p[2] for p in run) / len(run))
        for run in runs
    ]


class Chart(QWidget):
    """Common ground: a size, the palette's colours, and the summary for screen readers."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(name)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumHeight(160)

    def sizeHint(self) -> QSize:
        """Wide and short."""
        return QSize(480, 180)

    def set_summary(self, text: str) -> None:
        """The one line a screen reader gives for this chart."""
        self.setAccessibleDescription(text)
        self.setToolTip(text)

    def colour(self, role: QPalette.ColorRole) -> QColor:
        """A colour of the current palette."""
        return self.palette().color(role)

    def plot_area(self) -> QRectF:
        """Where the data goes, inside room for the labels."""
        return QRectF(self.rect()).adjusted(MARGIN + 8, 8, -8, -MARGIN)

    def draw_frame(self, painter: QPainter, top_label: str, left: str, right: str) -> None:
        """The baseline, the highest value and the first and last labels under it."""
        area = self.plot_area()
        painter.setPen(QPen(self.colour(QPalette.ColorRole.WindowText), 1))
        painter.drawLine(area.bottomLeft(), area.bottomRight())
        metrics = painter.fontMetrics()
        painter.drawText(
            QRectF(0, area.top() - 2, MARGIN + 4, metrics.height()),
            Qt.AlignmentFlag.AlignRight,
            top_label,
        )
        below = QRectF(area.left(), area.bottom() + 4, area.width(), metrics.height())
        painter.drawText(below, Qt.AlignmentFlag.AlignLeft, left)
        painter.drawText(below, Qt.AlignmentFlag.AlignRight, right)


class BarChart(Chart):
    """One bar per value (minutes per week, comfort per stage)."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(name, parent)
        self.labels: list[str] = []
        self.values: list[float] = []
        self.top = 1.0

    def set_data(self, labels: list[str], values: list[float], top: float | None = None) -> None:
        """Show ``values``; the scale runs to ``top`` (the largest value if not given)."""
        self.labels, self.values = labels, values
        self.top = top if top is not None else max([*values, 1.0])
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        """Bars in the highlight colour on the window's background."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        area = self.plot_area()
        if self.values:
            step = area.width() / len(self.values)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(self.colour(QPalette.ColorRole.Highlight))
            for index, value in enumerate(self.values):
                height = area.height() * min(value, self.top) / self.top
                painter.drawRect(
                    QRectF(
                        area.left() + index * step + step * 0.15,
                        area.bottom() - height,
                        step * 0.7,
                        height,
                    )
                )
        if 0 < len(self.labels) <= FEW_BARS:
            self.draw_frame(painter, self._top_label(), "", "")
            step = area.width() / len(self.labels)
            height = painter.fontMetrics().height()
            for index, label in enumerate(self.labels):
                cell = QRectF(area.left() + index * step, area.bottom() + 4, step, height)
                painter.drawText(cell, Qt.AlignmentFlag.AlignHCenter, label)
            return
        first = self.labels[0] if self.labels else ""
        last = self.labels[-1] if len(self.labels) > 1 else ""
        self.draw_frame(painter, self._top_label(), first, last)

    def _top_label(self) -> str:
        return decimal(self.top, 0 if self.top >= 10 else 1)


class BeforeAfterChart(Chart):
    """A rating (0-10) before and after each session: two lines, before dashed."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(name, parent)
        self.points: list[tuple[date, float, float]] = []

    def set_data(self, points: Sequence[tuple[date, float, float]]) -> None:
        """Show (day, before, after) for each session, oldest first.

        Many sessions are averaged in runs of neighbours down to ``MAX_POINTS``:
        a line through thousands of points is unreadable and slow to draw.
        """
        self.points = thinned(points, MAX_POINTS)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        """Before as a dashed line in the text colour, after as a solid highlight line."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        area = self.plot_area()
        count = len(self.points)
        if count:
            step = area.width() / max(1, count - 1)

            def at(index: int, value: float) -> QPointF:
                x = area.left() + (index * step if count > 1 else area.width() / 2)
                return QPointF(x, area.bottom() - area.height() * value / 10)

            lines = (
                ([p[1] for p in self.points], QPalette.ColorRole.WindowText, Qt.PenStyle.DashLine),
                ([p[2] for p in self.points], QPalette.ColorRole.Highlight, Qt.PenStyle.SolidLine),
            )
            for values, role, style in lines:
                colour = self.colour(role)
                path = QPainterPath(at(0, values[0]))
                for index, value in enumerate(values[1:], start=1):
                    path.lineTo(at(index, value))
                painter.setPen(QPen(colour, 2, style))
                painter.drawPath(path)
        first = short_date(self.points[0][0]) if self.points else ""
        last = short_date(self.points[-1][0]) if count > 1 else ""
        self.draw_frame(painter, "10", first, last)


class CalendarChart(Chart):
    """Practice days of the last weeks: a column per week, a row per weekday, darker = longer."""

    def __init__(self, name: str, weeks: int = 12, parent: QWidget | None = None) -> None:
        super().__init__(name, parent)
        self.weeks = weeks
        self.last_day = date.today()
        self.minutes: dict[date, float] = {}

    def first_day(self) -> date:
        """The Monday the calendar starts on."""
        return week_start(self.last_day) - timedelta(weeks=self.weeks - 1)

    def set_data(self, last_day: date, minutes: dict[date, float]) -> None:
        """Show ``minutes`` per day for the weeks up to ``last_day``."""
        self.last_day, self.minutes = last_day, minutes
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        """A square per day: empty outline for none, filled in proportion to the minutes."""
        painter = QPainter(self)
        area = self.plot_area()
        size = min(area.width() / self.weeks, area.height() / 7) - 3
        most = max([*self.minutes.values(), 1.0])
        fill = self.colour(QPalette.ColorRole.Highlight)
        outline = QPen(self.colour(QPalette.ColorRole.Mid), 1)
        day = self.first_day()
        for week in range(self.weeks):
            for weekday in range(7):
                if day > self.last_day:
                    break
                cell = QRectF(
                    area.left() + week * (size + 3), area.top() + weekday * (size + 3), size, size
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
                day += timedelta(days=1)
