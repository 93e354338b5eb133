"""Window sizes that fit the screen: a size chosen for a desktop is too big for a small one."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QWidget


def fitted(widget: QWidget, wanted: QSize) -> QSize:
    """``wanted``, made no larger than the free area of the screen ``widget`` is on."""
    return wanted.boundedTo(widget.screen().availableGeometry().size())
