"""The session's big time, sized for the widest text of its shape.

Each new second changes the text; a label that fits its text asks its window to
lay itself out again, and the layouts then measure every wrapped text of every
page (half of what a session cost the main thread). Fixed to the widest text of
the shape shown ("0:00", "00:00", "0:00:00"), a new second repaints the label alone.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QLabel, QWidget

_DIGIT = re.compile(r"\d")


class ClockLabel(QLabel):
    """A label for ``m:ss`` and ``h:mm:ss`` that is re-laid out only when the shape changes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._shape = ""

    def setText(self, text: str) -> None:  # noqa: N802 (Qt's name)
        """Show ``text``; the size changes only with the shape of the text or the font."""
        super().setText(text)
        shape = _DIGIT.sub("0", text)
        if shape != self._shape:
            self._shape = shape
            self._fit()

    def changeEvent(self, event: QEvent) -> None:
        """A new font (the screen scales the time with the window) needs a new size."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit()

    def _fit(self) -> None:
        metrics = self.fontMetrics()
        widest = max(metrics.horizontalAdvance(self._shape.replace("0", d)) for d in "0123456789")
        margins = self.contentsMargins()
        self.setFixedSize(
            widest + 2 * self.margin() + margins.left() + margins.right() + 2,
            metrics.height() + 2 * self.margin() + margins.top() + margins.bottom(),
        )
