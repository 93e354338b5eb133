"""The window's notices: one sentence each, in a row of their own above the page.

A notice takes its own room rather than floating over the page, where it hid
the page's heading and first line. A warning (a file kept aside, a drive away)
stays until dismissed; news that something worked is calm and goes by itself
after a while.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QToolButton, QWidget

from mat_companion.core.notices import NoticeKind
from mat_companion.ui.widgets.theme import NOTICE_ROLES
from mat_companion.ui.widgets.wrapped_label import WrappedLabel

#: How long news stays (a warning stays until dismissed).
INFO_SECONDS = 12


class NoticeBar(QFrame):
    """A dismissable list of one-sentence notices."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notice_bar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self._lines: list[tuple[str, NoticeKind]] = []
        layout = QHBoxLayout(self)
        self.label = WrappedLabel()
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        close = QToolButton()
        close.setText(self.tr("Dismiss"))
        close.setAccessibleName(self.tr("Dismiss notice"))
        close.clicked.connect(self.dismiss)
        layout.addWidget(self.label, 1)
        layout.addWidget(close, 0, Qt.AlignmentFlag.AlignTop)
        self._news_timer = QTimer(self)
        self._news_timer.setSingleShot(True)
        self._news_timer.setInterval(INFO_SECONDS * 1000)
        self._news_timer.timeout.connect(self._drop_news)
        self.hide()

    def show_message(self, text: str, kind: NoticeKind = NoticeKind.WARNING) -> None:
        """Show ``text`` after the notices already showing (selectable: it may name a file).

        A sentence said again moves to the end rather than showing twice.
        """
        self._lines = [line for line in self._lines if line[0] != text] + [(text, kind)]
        if kind is NoticeKind.INFO:
            self._news_timer.start()
        self._show_lines()

    def dismiss(self) -> None:
        """Take every notice away."""
        self._lines = []
        self._show_lines()

    def _drop_news(self) -> None:
        self._lines = [line for line in self._lines if line[1] is NoticeKind.WARNING]
        self._show_lines()

    def _show_lines(self) -> None:
        if not self._lines:
            self.hide()
            return
        warned = any(kind is NoticeKind.WARNING for _text, kind in self._lines)
        kind = NoticeKind.WARNING if warned else NoticeKind.INFO
        self.setProperty("kind", kind.value)
        fill, ink = NOTICE_ROLES[kind]
        self.setBackgroundRole(fill)
        self.setForegroundRole(ink)
        self.label.setForegroundRole(ink)
        self.label.setText("\n".join(text for text, _kind in self._lines))
        self.label.setAccessibleName(self.label.text())
        self.show()
