"""The window's notices: one sentence each, over the top of the page, never pushing it down.

A notice floats over the page's heading rather than taking a row of the layout:
the page does not jump when one comes or goes. A warning (a file kept aside, a
drive away) stays until dismissed; news that something worked is calm and goes
by itself after a while.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QWidget

from mat_companion.core.notices import NoticeKind
from mat_companion.ui.widgets.theme import NOTICE_ROLES

#: How long news stays (a warning stays until dismissed).
INFO_SECONDS = 12
#: The gap between the notice and the edges of the page it floats over.
MARGIN = 8


class NoticeBar(QFrame):
    """A dismissable list of one-sentence notices floating over the top of ``over``."""

    def __init__(self, over: QWidget) -> None:
        super().__init__(over.parentWidget())
        self.setObjectName("notice_bar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self._over = over
        self._lines: list[tuple[str, NoticeKind]] = []
        layout = QHBoxLayout(self)
        self.label = QLabel()
        self.label.setWordWrap(True)
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
        over.installEventFilter(self)
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
        self.raise_()
        self._place()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Follow the page underneath as the window is resized."""
        if watched is self._over and event.type() in (QEvent.Type.Resize, QEvent.Type.Move):
            self._place()
        return super().eventFilter(watched, event)

    def _place(self) -> None:
        if self.isHidden():
            return
        area = self._over.geometry().adjusted(MARGIN, MARGIN, -MARGIN, -MARGIN)
        height = self.heightForWidth(area.width())  # the wrapped sentences at this width
        area.setHeight(min(height if height > 0 else self.sizeHint().height(), area.height()))
        self.setGeometry(area)
