"""The path of stages drawn as stops on a line, the one where the user stands marked."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QFont, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

RADIUS = 11.0


@dataclass(frozen=True)
class Stop:
    """One stage on the path: its name and the words under it (its sessions)."""

    name: str
    detail: str


class StagePath(QWidget):
    """Stages from left to right: passed ones filled, the current one ringed, later ones open."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.stops: list[Stop] = []
        self.here = -1
        self.here_words = ""

    def sizeHint(self) -> QSize:
        """As wide as the page, three lines of text under the stops."""
        return QSize(480, self._height())

    def minimumSizeHint(self) -> QSize:
        """Room for each stop's name."""
        return QSize(90 * max(1, len(self.stops)), self._height())

    def _height(self) -> int:
        return int(2 * RADIUS + 14 + 3 * self.fontMetrics().height() + 8)

    def set_stops(self, stops: list[Stop], here: int, here_words: str, summary: str) -> None:
        """Show ``stops``, the user at ``here`` (-1: off the path); ``summary`` is read aloud."""
        self.stops, self.here, self.here_words = stops, here, here_words
        self.setAccessibleDescription(summary)
        self.setToolTip(summary)
        self.setFixedHeight(self._height())
        self.updateGeometry()
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        """A line through the stops; under each its name, its sessions, and "you are here"."""
        if not self.stops:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        accent = palette.color(QPalette.ColorRole.Highlight)
        slot = self.width() / len(self.stops)
        y = RADIUS + 6
        centres = [QPointF(slot * (index + 0.5), y) for index in range(len(self.stops))]
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid), 3))
        painter.drawLine(centres[0], centres[-1])
        if self.here > 0:
            painter.setPen(QPen(accent, 3))
            painter.drawLine(centres[0], centres[self.here])
        line = self.fontMetrics().height()
        bold = QFont(self.font())
        bold.setBold(True)
        for index, (stop, centre) in enumerate(zip(self.stops, centres, strict=True)):
            passed = 0 <= index <= self.here
            painter.setPen(QPen(accent if passed else text, 2))
            painter.setBrush(accent if passed else palette.color(QPalette.ColorRole.Window))
            radius = RADIUS if index == self.here else RADIUS * 0.6
            painter.drawEllipse(centre, radius, radius)
            if index == self.here:
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawEllipse(centre, radius + 4, radius + 4)
            top = y + RADIUS + 6
            cell = QRectF(centre.x() - slot / 2, top, slot, line)
            painter.setFont(bold if index == self.here else self.font())
            painter.setPen(text)
            painter.drawText(cell, Qt.AlignmentFlag.AlignHCenter, stop.name)
            painter.setFont(self.font())
            painter.drawText(cell.translated(0, line), Qt.AlignmentFlag.AlignHCenter, stop.detail)
            if index == self.here:
                painter.setPen(accent)
                painter.setFont(bold)
                painter.drawText(
                    cell.translated(0, 2 * line), Qt.AlignmentFlag.AlignHCenter, self.here_words
                )
                painter.setFont(self.font())
