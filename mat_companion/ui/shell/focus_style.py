"""The desktop's own style, with a keyboard focus that can always be seen.

Fusion draws the default button (Start session) with the same frame it uses
for focus, so tabbing onto it changed nothing on screen. A two-pixel ring in
the highlight colour now marks the push button that has the keyboard focus.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainter, QPalette, QPen
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QStyleOption, QWidget

FOCUS_WIDTH = 2.0


class FocusStyle(QProxyStyle):
    """Draws push buttons as the base style does, then the focus ring if they have the focus."""

    def drawControl(
        self,
        element: QStyle.ControlElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        """The base drawing, plus the ring for a push button with the keyboard focus."""
        super().drawControl(element, option, painter, widget)
        state = option.state
        if (
            element == QStyle.ControlElement.CE_PushButton
            and state & QStyle.StateFlag.State_HasFocus
            and state & QStyle.StateFlag.State_KeyboardFocusChange
        ):
            painter.save()
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            colour = option.palette.color(QPalette.ColorRole.Highlight)
            painter.setPen(QPen(colour, FOCUS_WIDTH))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            inset = FOCUS_WIDTH / 2 + 1
            ring = QRectF(option.rect).adjusted(inset, inset, -inset, -inset)
            painter.drawRoundedRect(ring, 3, 3)
            painter.restore()


def install_focus_style(app: QApplication) -> None:
    """Wrap the current style (after the first paint: loading this costs start-up time)."""
    if not isinstance(app.style(), FocusStyle):
        app.setStyle(FocusStyle(app.style().name()))
