"""The visibility watcher: shown, hidden, minimised, without filtering the window's events."""

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from mat_companion.ui.widgets.visibility import VisibilityWatcher


class CountingWatcher(VisibilityWatcher):
    """Counts which objects' events it was given."""

    def __init__(self, widget: QWidget) -> None:
        self.seen: list[QObject] = []
        super().__init__(widget)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        self.seen.append(watched)
        return super().eventFilter(watched, event)


def window_with_child(qtbot: QtBot) -> tuple[QWidget, QWidget]:
    """A window (not yet shown) with one child widget in it."""
    window = QWidget()
    qtbot.addWidget(window)
    child = QWidget()
    QVBoxLayout(window).addWidget(child)
    return window, child


def test_it_follows_hide_show_minimise_and_restore(qtbot: QtBot) -> None:
    window, child = window_with_child(qtbot)
    watcher = VisibilityWatcher(child)
    changes: list[bool] = []
    watcher.changed.connect(changes.append)
    window.show()
    qtbot.waitExposed(window)
    child.hide()
    child.show()
    window.showMinimized()
    qtbot.waitUntil(lambda: changes[-1:] == [False])
    window.showNormal()
    qtbot.waitUntil(lambda: changes == [True, False, True, False, True])
    assert watcher.visible


def test_the_windows_own_events_do_not_pass_through_python(qtbot: QtBot) -> None:
    """An animation's repaint requests reach the window each frame: none is filtered here."""
    window, child = window_with_child(qtbot)
    watcher = CountingWatcher(child)
    window.show()
    qtbot.waitExposed(window)
    watcher.seen.clear()
    for _ in range(50):
        QCoreApplication.sendEvent(window, QEvent(QEvent.Type.UpdateRequest))
    assert window not in watcher.seen
