"""A word-wrapped label that always keeps the height its text needs at its current width.

Qt lays out a wrapped label in a form at the height it needs at its preferred
width; when the window is narrow or the font large, the text then gets cut
off at the bottom. Claiming the needed height on every resize fixes that.
"""

from __future__ import annotations

from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QWidget


class WrappedLabel(QLabel):
    """A QLabel with word wrap whose minimum height follows its width."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setWordWrap(True)
        #: Heights by (width, text, font): a layout asks again for the widths it tries,
        #: and each answer lays the text out anew (a rich text's lines, a millisecond).
        self._heights: dict[tuple[int, str, str], int] = {}

    def heightForWidth(self, width: int) -> int:
        """QLabel's height for ``width``, measured once for each text and font."""
        key = (width, self.text(), self.font().key())
        height = self._heights.get(key)
        if height is None:
            height = super().heightForWidth(width)
            self._heights[key] = height
        return height

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Claim the height the text needs at the new width."""
        super().resizeEvent(event)
        needed = self.heightForWidth(self.width())
        if needed > 0 and needed != self.minimumHeight():
            self.setMinimumHeight(needed)

    def setText(self, text: str) -> None:
        """Show ``text`` and claim the height it needs."""
        super().setText(text)
        self._heights.clear()
        needed = self.heightForWidth(self.width())
        if needed > 0:
            self.setMinimumHeight(needed)
