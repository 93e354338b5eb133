"""A check box whose words wrap when its column is narrow.

QCheckBox draws its text on one line, so one long sentence (German ones most)
makes its page, and with it the window, as wide as the sentence: wider than a
small screen. Here the box keeps no text of its own and a wrapped label beside
it says it; a click on the words ticks the box, as a click on its text would.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QWidget

from mat_companion.ui.widgets.wrapped_label import WrappedLabel


class WrappedCheck(QWidget):
    """A check box (``box``, to read and connect) with its words (``label``) beside it."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.box = QCheckBox()
        self.box.setAccessibleName(text.replace("&&", "\0").replace("&", "").replace("\0", "&"))
        self.label = WrappedLabel(text)
        self.label.setBuddy(self.box)  # the text's & is the box's shortcut
        self.label.installEventFilter(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.box, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.label, 1)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A click on the words ticks or unticks the box."""
        if (
            watched is self.label
            and event.type() == QEvent.Type.MouseButtonRelease
            and isinstance(event, QMouseEvent)
            and event.button() == Qt.MouseButton.LeftButton
            and self.box.isEnabled()
        ):
            self.box.click()
            return True
        return super().eventFilter(watched, event)
