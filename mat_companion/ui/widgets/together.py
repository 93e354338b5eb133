"""Widgets that belong together (a question and its answer), set closer than the next group.

A box layout inside another takes the outer layout's spacing unless told
otherwise, so a page with wide gaps between its groups would space each
group's own rows as widely.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLayout, QVBoxLayout, QWidget

from mat_companion.ui.widgets.theme import PADDING


def together(*parts: QWidget | QLayout) -> QVBoxLayout:
    """``parts`` one under the other, a small step apart."""
    group = QVBoxLayout()
    group.setSpacing(PADDING[0])
    for part in parts:
        if isinstance(part, QLayout):
            group.addLayout(part)
        else:
            group.addWidget(part)
    return group
