"""Deferred start-up work runs once, after the window's first paint."""

from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from mat_companion.ui.shell.first_paint import FirstPaintWatcher


def test_deferred_work_waits_for_the_first_paint(qtbot: QtBot) -> None:
    window = QLabel("hello")
    qtbot.addWidget(window)
    calls: list[bool] = []
    FirstPaintWatcher(window, lambda: calls.append(window.isVisible()))
    assert calls == []
    window.show()
    qtbot.waitUntil(lambda: calls == [True], timeout=2000)
    window.repaint()
    QApplication.processEvents()
    assert calls == [True], "only once"


def test_a_window_with_children_is_seen_at_its_own_paint(qtbot: QtBot) -> None:
    window = QWidget()
    QVBoxLayout(window).addWidget(QLabel("inside"))
    qtbot.addWidget(window)
    calls: list[bool] = []
    FirstPaintWatcher(window, lambda: calls.append(True))
    window.show()
    qtbot.waitUntil(lambda: calls == [True], timeout=2000)
    assert window.findChild(QLabel).isVisible()
