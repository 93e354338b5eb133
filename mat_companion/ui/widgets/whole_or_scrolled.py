"""A window's contents whole where the screen has room for them, else in a scroll area."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QFrame, QLayout, QScrollArea, QStyle, QWidget


class WholeOrScrolled(QScrollArea):
    """Its contents whole where the screen has room for them, else scrolled (800x600).

    It asks for all of its contents (QScrollArea's own hint stops at a few dozen
    lines of text), so a window opens showing them whole where it can.
    """

    def __init__(self, contents: QWidget | QLayout) -> None:
        super().__init__()
        if isinstance(contents, QLayout):
            contents.setContentsMargins(0, 0, 0, 0)
            holder = QWidget()
            holder.setLayout(contents)
            contents = holder
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWidget(contents)
        self._contents = contents
        self.setMinimumWidth(contents.minimumSizeHint().width() + self._bar_width())

    def _bar_width(self) -> int:
        return self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)

    def sizeHint(self) -> QSize:
        """All of the contents, and room for a scroll bar beside them."""
        return self._contents.sizeHint() + QSize(self._bar_width(), 0)
