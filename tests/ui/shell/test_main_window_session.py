"""While a session runs, the other pages say how it stands (issue 18, point 2).

The sidebar's Session entry reads "Session / 12:03 left" while another page is
shown, once a second and only then, without laying the window out, and a click
on it goes back to the session.
"""

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from mat_companion.app import AppContext
from mat_companion.core.clock import FakeClock
from tests.ui.session.test_run_view_floor import on_the_mat, settle


class LayoutCounter(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.requests: list[str] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.LayoutRequest:
            self.requests.append(watched.objectName())
        return False


def test_another_page_says_how_long_is_left_and_takes_you_back(
    qtbot: QtBot, context: AppContext, clock: FakeClock
) -> None:
    window = context.window
    page = on_the_mat(qtbot, context, (960, 640))
    assert window.session_entry_text() == "Session", "on the session screen: no repeat"
    assert not window.keeping_session_time
    window.show_page("progress")
    assert window.session_entry_text() == "Session\n10:00 left"
    assert window.keeping_session_time
    timer = window._status_timer
    assert timer.isActive() and timer.interval() == 1000, "once a second, no more"
    clock.advance(63)
    timer.timeout.emit()
    assert window.session_entry_text() == "Session\n8:57 left"
    settle(page.run_view)  # the page, built just now, lays itself out first
    counter = LayoutCounter()
    for widget in (window, *window.findChildren(QWidget)):
        widget.installEventFilter(counter)
    clock.advance(1)
    timer.timeout.emit()
    QCoreApplication.sendPostedEvents()
    assert window.session_entry_text() == "Session\n8:56 left"
    assert counter.requests == [], "a new second lays nothing out"
    page.controller.toggle_pause()  # type: ignore[union-attr]
    timer.timeout.emit()
    assert window.session_entry_text() == "Session\npaused"
    window.showMinimized()
    qtbot.waitUntil(lambda: not window.keeping_session_time, timeout=2000)
    window.showNormal()
    window.show_page("session")
    assert window.session_entry_text() == "Session" and not window.keeping_session_time


def test_the_entry_is_plain_again_once_the_session_is_put_away(
    qtbot: QtBot, context: AppContext, clock: FakeClock
) -> None:
    window = context.window
    page = on_the_mat(qtbot, context, (960, 640), minutes=1)
    window.show_page("progress")
    assert window.session_entry_text().endswith("left")
    page.request_end()
    page.confirm_end.accept()  # type: ignore[union-attr]
    page.controller_changed.emit(None)  # as when it is saved and put away
    assert window.session_entry_text() == "Session" and not window.keeping_session_time


def test_the_entries_stay_put_when_another_page_is_chosen_during_a_session(
    qtbot: QtBot, context: AppContext
) -> None:
    """The walk: the Session entry grew at the click, and the rows moved under the pointer."""
    window = context.window
    on_the_mat(qtbot, context, (960, 640))
    navigation = window.navigation
    before = [navigation.visualItemRect(navigation.item(row)) for row in range(navigation.count())]
    history = window._keys.index("history")
    navigation.setCurrentRow(history)
    QCoreApplication.sendPostedEvents()
    assert window.session_entry_text().startswith("Session\n")
    after = [navigation.visualItemRect(navigation.item(row)) for row in range(navigation.count())]
    assert after == before
    session = navigation.visualItemRect(navigation.item(0))
    lines = navigation.fontMetrics().lineSpacing()
    assert session.height() >= 2 * lines, "room for both lines"
    assert navigation.indexAt(after[history].center()).row() == history
