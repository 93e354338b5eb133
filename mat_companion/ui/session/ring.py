"""A ring that fills as the session goes on, drawn in the palette's colours."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

#: Repaint only when the ring moves by at least this much (a quarter degree).
_STEP = 1 / 1440


class ProgressRing(QWidget):
    """Shows a fraction from 0 to 1 as an arc; cheap to update many times a second."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._fraction = 0.0
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(120, 120)

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

    def paintEvent(self, event: QPaintEvent) -> None:
        """Track in the mid colour, progress in the highlight colour."""
        side = min(self.width(), self.height())
        thickness = max(6.0, side / 16)
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
