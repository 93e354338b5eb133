"""A one-line label for a path: as much of it as fits, the middle elided.

A folder's path has no spaces to wrap at, so a plain label is as wide as the
path, and a long one (``--data-dir``, a deep home) widened the Settings page
past an 800 px screen. The whole path stays in the tooltip and the
accessible name.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QWidget

#: A path up to about this many characters long shows whole (a home folder's data
#: folder does, with room to spare); a longer one gives up its middle rather than
#: widen the page.
_SHORTEST_CHARACTERS = 100


class ElidedLabel(QLabel):
    """Shows ``text`` whole where there is room, else its start and end around an ellipsis."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self._whole = text
        self.setToolTip(text)

    @property
    def whole_text(self) -> str:
        """The text, whatever part of it is shown."""
        return self._whole

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        """Room for a usual path: the layout gives the rest as it can."""
        hint = super().minimumSizeHint()
        shortest = self.fontMetrics().averageCharWidth() * _SHORTEST_CHARACTERS
        return QSize(min(hint.width(), shortest), hint.height())

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        """The whole text's size, whatever part is shown."""
        return QSize(self.fontMetrics().horizontalAdvance(self._whole), super().sizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        """Show as much of the text as the new width holds."""
        super().resizeEvent(event)
        room = self.contentsRect().width()
        self.setText(self.fontMetrics().elidedText(self._whole, Qt.TextElideMode.ElideMiddle, room))
