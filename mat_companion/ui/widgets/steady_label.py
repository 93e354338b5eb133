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
        # One probe per text, never shown: a probe keeps its text laid out, so another
        # width costs a new line breaking only, not reading the rich text again.
        self._probes = [QLabel(text) for text in texts]
        for probe in self._probes:
            probe.setWordWrap(True)
        self._tallest: dict[tuple[int, str], int] = {}  # layouts ask often: measure once

    def heightForWidth(self, width: int) -> int:
        """The tallest of the texts at ``width`` (and the one shown now)."""
        font = self.font()
        key = (width, font.key())
        if key not in self._tallest:
            tallest = 0
            for probe in self._probes:
                probe.setFont(font)
                tallest = max(tallest, probe.heightForWidth(width))
            self._tallest[key] = tallest
        return max(self._tallest[key], super().heightForWidth(width))
