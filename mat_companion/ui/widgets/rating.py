"""A rating spin box that may be left unanswered."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QSpinBox


def rating_box(name: str, low: int, high: int) -> QSpinBox:
    """A ``low``-``high`` rating whose extra lowest value reads "not rated"."""
    box = QSpinBox()
    box.setRange(low - 1, high)
    box.setSpecialValueText(QCoreApplication.translate("Rating", "not rated"))
    box.setValue(low - 1)
    box.setAccessibleName(name)
    return box


def rating_value(box: QSpinBox) -> int | None:
    """The answer, or None if left at "not rated"."""
    return None if box.value() < box.minimum() + 1 else box.value()
