"""Whether a widget can be seen: shown, and its window not minimised.

Qt tells a widget when it is shown or hidden, but not when its window is
minimised; animations must stop in both cases, so this watches both. The
window is watched through its ``QWindow``'s signal rather than a filter on its
events: every event of the window (a repaint request each frame of an
animation, say) would pass through Python.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal, Slot
from PySide6.QtGui import QWindow
from PySide6.QtWidgets import QWidget

_WATCHED = (QEvent.Type.Show, QEvent.Type.Hide, QEvent.Type.WindowStateChange)


class VisibilityWatcher(QObject):
    """Emits ``changed(bool)`` when ``widget`` becomes visible to the user or stops being.

    Signals:
        changed(bool): True when the widget can now be seen.
    """

    changed = Signal(bool)

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self._widget = widget
        self._window: QWidget | None = None  # watched by its events until it has a handle
        self._handle: QWindow | None = None
        self._visible = False
        widget.installEventFilter(self)

    @property
    def visible(self) -> bool:
        """Whether the widget can be seen now."""
        return self._visible

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Re-check on show, hide and window-state changes."""
        if event.type() in _WATCHED:
            self.update()
        return False

    @Slot()
    def update(self) -> None:
        """Re-check now (also picks up a new top-level window after re-parenting)."""
        window = self._widget.window()
        self._watch(window)
        visible = self._widget.isVisible() and not window.isMinimized()
        if visible != self._visible:
            self._visible = visible
            self.changed.emit(visible)

    def _watch(self, window: QWidget) -> None:
        handle = window.windowHandle()
        if handle is not None and handle is self._handle:
            return
        if self._window is not None:
            self._window.removeEventFilter(self)
            self._window = None
        if self._handle is not None:
            self._handle.windowStateChanged.disconnect(self.update)
            self._handle = None
        if handle is None:  # not created yet: its events say when it is minimised
            window.installEventFilter(self)
            self._window = window
        else:
            handle.windowStateChanged.connect(self.update)
            handle.destroyed.connect(self._forget_handle)
            self._handle = handle

    @Slot()
    def _forget_handle(self) -> None:
        self._handle = None


def bring_forward(window: QWidget) -> None:
    """Show ``window`` in front as it was (maximised stays so), from hidden, minimised or behind.

    ``showNormal()`` would also undo a maximised window.
    """
    window.show()
    if window.isMinimized():
        window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
    window.raise_()
    window.activateWindow()
