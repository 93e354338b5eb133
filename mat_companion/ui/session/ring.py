"""A ring that fills as the session goes on, drawn in the palette's colours, the time inside."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette, QPen, QResizeEvent
from PySide6.QtWidgets import QGridLayout, QSizePolicy, QWidget

from mat_companion.ui.session.clock_label import ClockLabel

#: Repaint only when the ring moves by at least this much (a quarter degree).
_STEP = 1 / 1440
#: The room kept between the time and the ring's inner edge, as a share of that edge.
_INSIDE = 0.92


class ProgressRing(QWidget):
    """Shows a fraction from 0 to 1 as an arc, with ``clock`` centred inside it.

    Cheap to update many times a second. The clock is told the room inside the
    ring whenever the ring's size changes, so its text always fits there.
    """

    def __init__(self, clock: ClockLabel | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._fraction = 0.0
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(96, 96)
        self.clock = clock
        if clock is not None:
            layout = QGridLayout(self)
            layout.setContentsMargins(0, 0, 0, 0)
            layout.addWidget(clock, 0, 0, Qt.AlignmentFlag.AlignCenter)

    def sizeHint(self) -> QSize:
        """A comfortable size for the session screen."""
        return QSize(320, 320)

    @property
    def fraction(self) -> float:
        """The fraction shown."""
        return self._fraction

    def set_fraction(self, fraction: float) -> None:
        """Show ``fraction``; repaints only for a visible change."""
        fraction = min(1.0, max(0.0, fraction))
        visible = abs(fraction - self._fraction) >= _STEP or fraction in (0.0, 1.0)
        if visible and fraction != self._fraction:
            self._fraction = fraction
            self.update()

    def thickness(self) -> float:
        """The ring's line width at its size now."""
        return max(6.0, min(self.width(), self.height()) / 24)

    def inner_diameter(self) -> float:
        """How wide the space inside the ring's line is."""
        return min(self.width(), self.height()) - 2 * self.thickness()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """The time is sized again to fit inside the ring."""
        super().resizeEvent(event)
        if self.clock is not None:
            self.clock.fit_into(self.inner_diameter() * _INSIDE)

    def paintEvent(self, event: QPaintEvent) -> None:
        """Track in the mid colour, progress in the highlight colour."""
        side = min(self.width(), self.height())
        thickness = self.thickness()
        box = QRectF(
            (self.width() - side) / 2 + thickness / 2,
            (self.height() - side) / 2 + thickness / 2,
            side - thickness,
            side - thickness,
        )
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        track = QPen(self.palette().color(QPalette.ColorRole.Mid), thickness)
        track.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(track)
        painter.drawEllipse(box)
        if self._fraction > 0:
            done = QPen(self.palette().color(QPalette.ColorRole.Highlight), thickness)
            done.setCapStyle(Qt.PenCapStyle.RoundCap)
            painter.setPen(done)
            painter.drawArc(box, 90 * 16, -round(self._fraction * 360 * 16))
        painter.end()
