"""The session's big time, sized for the widest text of its shape and to fit its ring.

Each new second changes the text; a label that fits its text asks its window to
lay itself out again, and the layouts then measure every wrapped text of every
page (half of what a session cost the main thread). Fixed to the widest text of
the shape shown ("0:00", "00:00", "0:00:00"), a new second repaints the label alone.
Given the room of a circle (``fit_into``), the font is as large as that shape
allows inside it, so "1:00:00" fits the ring as "0:45" does.
"""

from __future__ import annotations

import math
import re

from PySide6.QtCore import QEvent
from PySide6.QtGui import QFont, QFontMetricsF
from PySide6.QtWidgets import QLabel, QWidget

_DIGIT = re.compile(r"\d")
#: The font size the shape is measured at before it is scaled to the circle.
_PROBE_PIXELS = 100


class ClockLabel(QLabel):
    """A label for ``m:ss`` and ``h:mm:ss`` that is re-laid out only when the shape changes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._shape = ""
        self._diameter = 0.0

    def setText(self, text: str) -> None:  # noqa: N802 (Qt's name)
        """Show ``text``; the size changes only with the shape of the text or the font."""
        super().setText(text)
        shape = _DIGIT.sub("0", text)
        if shape != self._shape:
            self._shape = shape
            if not self._scale():
                self._fit()

    def fit_into(self, diameter: float) -> None:
        """Keep the text inside a circle ``diameter`` pixels across (0: keep the font)."""
        self._diameter = diameter
        self._scale()

    def changeEvent(self, event: QEvent) -> None:
        """A new font (the screen scales the time with the window) needs a new size."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit()

    def _widest(self, metrics: QFontMetricsF) -> float:
        return max(metrics.horizontalAdvance(self._shape.replace("0", d)) for d in "0123456789")

    def _scale(self) -> bool:
        """The largest font whose widest text's box fits the circle; whether the font changed."""
        if self._diameter <= 0 or not self._shape:
            return False
        probe = QFont(self.font())
        probe.setPixelSize(_PROBE_PIXELS)
        metrics = QFontMetricsF(probe)
        # The digits' ink: from the baseline to the ascent (a clock has no descenders).
        diagonal = math.hypot(self._widest(metrics) + 2, metrics.ascent())
        pixels = max(8, math.floor(_PROBE_PIXELS * self._diameter / diagonal))
        if pixels == self.font().pixelSize():
            return False
        probe.setPixelSize(pixels)
        self.setFont(probe)  # a FontChange: _fit sizes the label to it
        return True

    def _fit(self) -> None:
        metrics = QFontMetricsF(self.font())
        margins = self.contentsMargins()
        self.setFixedSize(
            math.ceil(self._widest(metrics))
            + 2 * self.margin()
            + margins.left()
            + margins.right()
            + 2,
            math.ceil(metrics.height()) + 2 * self.margin() + margins.top() + margins.bottom(),
        )
