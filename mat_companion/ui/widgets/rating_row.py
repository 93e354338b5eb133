"""A rating as a row of buttons, one per value: one tap answers, a second tap takes it back.

A spin box needs a look and several clicks; a row can be answered at a
glance while sitting up from the mat. Left and right move along the row.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, Qt, Signal, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QHBoxLayout,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from mat_companion.ui.widgets.theme import set_text_style

#: The width of a value's button, in its font's line heights.
BUTTON_EMS = 2
#: The widest value of the check-in's scales (0-10), which every button is sized for.
WIDEST_VALUE = "10"


class _ValueButton(QPushButton):
    """A value's button, as wide as the others (wider than "10" needs): values line up.

    Its width comes from its text, not the style's, which makes a text button at
    least 80 pixels wide where no stylesheet applies (high contrast): five values
    would then be wider than eleven squeezed into a row.
    """

    def sizeHint(self) -> QSize:
        """``BUTTON_EMS`` line heights wide, or the widest value and an em if that is wider."""
        metrics = self.fontMetrics()
        text = metrics.horizontalAdvance(WIDEST_VALUE) + metrics.height()
        width = max(round(metrics.height() * BUTTON_EMS), text)
        return QSize(width, super().sizeHint().height())


class RatingRow(QWidget):
    """Buttons ``low`` to ``high``; at most one is down, and none means not answered.

    Signals:
        value_changed(object): the answer changed (an int, or None when taken back).
    """

    value_changed = Signal(object)

    def __init__(self, name: str, low: int, high: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rating_row")
        self.setAccessibleName(name)
        self.group = QButtonGroup(self)
        self.group.setExclusive(False)  # exclusive buttons cannot be taken back
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for value in range(low, high + 1):
            button = _ValueButton(str(value))
            button.setCheckable(True)
            button.setAccessibleName(
                QCoreApplication.translate("RatingRow", "{name}: {value}").format(
                    name=name, value=value
                )
            )
            set_text_style(button, "title")
            button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
            button.installEventFilter(self)
            self.group.addButton(button, value)
            layout.addWidget(button)
        layout.addStretch(1)
        self.group.buttonClicked.connect(self._on_group_button_clicked)

    def value(self) -> int | None:
        """The value tapped, or None."""
        checked = self.group.checkedButton()
        return None if checked is None else self.group.id(checked)

    def set_value(self, value: int | None) -> None:
        """Put the button for ``value`` down (None: none), as a tap would."""
        for button in self.group.buttons():
            button.setChecked(self.group.id(button) == value)
        self.value_changed.emit(self.value())

    def button(self, value: int) -> QAbstractButton:
        """The button for ``value``."""
        button = self.group.button(value)
        assert button is not None, f"no button for {value}"
        return button

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Left and right move along the row (Space taps, Tab leaves it)."""
        if isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress:
            step = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1}.get(Qt.Key(event.key()), 0)
            buttons = self.group.buttons()
            if step and watched in buttons:
                index = buttons.index(watched) + step
                if 0 <= index < len(buttons):
                    buttons[index].setFocus(Qt.FocusReason.TabFocusReason)
                return True
        return super().eventFilter(watched, event)

    @Slot(QAbstractButton)
    def _on_group_button_clicked(self, clicked: QAbstractButton) -> None:
        for button in self.group.buttons():
            if button is not clicked:
                button.setChecked(False)
        self.value_changed.emit(self.value())
