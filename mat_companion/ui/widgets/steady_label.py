"""A wrapped label that keeps the room of the tallest text it may show.

The stage's checklist changes with the stage; were the label only as tall as
its text, everything below it (the Start button) would move with each stage.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from mat_companion.ui.widgets.wrapped_label import WrappedLabel


class SteadyLabel(WrappedLabel):
    """A ``WrappedLabel`` as tall, at its width, as the tallest of ``texts`` would be."""

    def __init__(self, texts: list[str], parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        self._texts = texts
        self._probe = QLabel()  # measures the other texts; never shown
        self._probe.setWordWrap(True)
        self._heights: dict[tuple[int, str], int] = {}  # layouts ask often: measure once

    def heightForWidth(self, width: int) -> int:
        """The tallest of the texts at ``width`` (and the one shown now)."""
        key = (width, self.font().key())
        if key not in self._heights:
            self._probe.setFont(self.font())
            tallest = 0
            for text in self._texts:
                self._probe.setText(text)
                tallest = max(tallest, self._probe.heightForWidth(width))
            self._heights[key] = tallest
        return max(self._heights[key], super().heightForWidth(width))
