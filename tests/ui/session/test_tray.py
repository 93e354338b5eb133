"""The tray icon's words and controls, and what closing the window during a session does."""

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from mat_companion.app import AppContext
from mat_companion.core.clock import FakeClock
from mat_companion.paths import AppPaths
from mat_companion.ui.session.tray import SessionTray, remaining_words, session_status
from tests.ui.session_helpers import (
    advance,
    checkpoints,
    history,
    page_of,
    receivers,
    start_session,
)


def tray_for(context: AppContext) -> SessionTray:
    """The tray as the app makes it (the offscreen platform has no tray to show it in)."""
    tray = SessionTray(
        context.window,
        context.window.windowIcon(),
        lambda: page_of(context).controller,
        context._end_from_tray,
        context._acknowledge_from_tray,
        context.window,
    )
    page_of(context).controller_changed.connect(tray.follow)
    context.tray = tray
    return tray


def test_the_tooltip_tells_the_time_left(
    qtbot: QtBot, context: AppContext, clock: FakeClock
) -> None:
    tray = tray_for(context)
    assert tray.icon.toolTip() == "Mat Companion"
    assert tray.start_action.isVisible() and not tray.pause_action.isVisible()
    page = start_session(qtbot, context, minutes=10)
    advance(page, clock, 20 + 60)
    tray.refresh()
    assert tray.icon.toolTip() == "Mat Companion: 9 min left"
    assert tray.pause_action.isVisible() and not tray.start_action.isVisible()
    tray.pause_action.trigger()
    assert page.controller.session.paused  # type: ignore[union-attr]
    assert tray.icon.toolTip() == "Mat Companion: paused" and tray.pause_action.text() == "Resume"
    tray.pause_action.trigger()
    assert not page.controller.session.paused  # type: ignore[union-attr]


def test_open_ended_sessions_count_up_in_the_tooltip(
    qtbot: QtBot, context: AppContext, clock: FakeClock
) -> None:
    page = page_of(context)
    page.setup.open_ended.setChecked(True)
    start_session(qtbot, context)
    advance(page, clock, 20 + 125)
    assert remaining_words(page.controller) == "Mat Companion: 2 min on the mat"
    assert page.controller is not None
    assert session_status(page.controller) == "2:05 on the mat", "the other pages, to the second"


def test_the_tray_hides_and_shows_the_window(qtbot: QtBot, context: AppContext) -> None:
    tray = tray_for(context)
    assert tray.show_action.text() == "Hide window"
    tray.show_action.trigger()
    assert not context.window.isVisible() and tray.show_action.text() == "Show window"
    tray.show_action.trigger()
    assert context.window.isVisible()


def test_a_maximised_window_comes_back_from_the_tray_maximised(
    qtbot: QtBot, context: AppContext
) -> None:
    tray = tray_for(context)
    context.window.showMaximized()
    tray.show_action.trigger()
    tray.show_action.trigger()
    assert context.window.isVisible() and context.window.isMaximized()
    context.window.showMinimized()
    tray.show_action.trigger()
    assert not context.window.isMinimized() and context.window.isMaximized()


def test_ending_from_the_tray_asks_in_the_window(qtbot: QtBot, context: AppContext) -> None:
    tray = tray_for(context)
    page = start_session(qtbot, context)
    context.window.hide()
    tray.end_action.trigger()
    assert context.window.isVisible()
    assert page.confirm_end is not None and page.confirm_end.isVisible()


def test_the_tray_answers_the_bell_and_brings_the_check_in(
    qtbot: QtBot, context: AppContext, clock: FakeClock, app_paths: AppPaths
) -> None:
    tray = tray_for(context)
    page = start_session(qtbot, context, minutes=1)
    assert not tray.awake_action.isVisible()
    advance(page, clock, 20 + 60)
    advance(page, clock, 6 * 60)  # still ringing six minutes later, the window hidden
    context.window.hide()
    assert tray.awake_action.isVisible() and tray.awake_action.text() == "I'm awake"
    assert not tray.pause_action.isVisible() and not tray.start_action.isVisible()
    tray.awake_action.trigger()
    assert page.controller is not None and page.controller.session.acknowledged
    assert context.window.isVisible()
    assert page.completion_card is not None and page.completion_card.isVisible()
    assert not tray.awake_action.isVisible()
    qtbot.mouseClick(page.completion_card.done_button, Qt.MouseButton.LeftButton)
    (record,) = history(app_paths)
    assert record["completed"] is True
    assert tray.start_action.isVisible()


def test_no_i_am_awake_in_the_tray_after_ending_early(
    qtbot: QtBot, context: AppContext, clock: FakeClock
) -> None:
    tray = tray_for(context)
    page = start_session(qtbot, context)
    advance(page, clock, 20 + 30)
    page.controller.end_early()  # type: ignore[union-attr]
    tray.refresh()
    assert not tray.awake_action.isVisible(), "no bell rings after ending early"


def test_the_tray_follows_only_the_session_that_runs(
    qtbot: QtBot, context: AppContext, clock: FakeClock
) -> None:
    tray = tray_for(context)
    page = start_session(qtbot, context, minutes=1)
    first = page.controller
    assert first is not None
    advance(page, clock, 20 + 60)
    qtbot.keyClick(page.run_view, Qt.Key.Key_Return)
    qtbot.mouseClick(page.completion_card.done_button, Qt.MouseButton.LeftButton)  # type: ignore[union-attr]
    assert set(receivers(first).values()) == {0}
    qtbot.waitUntil(lambda: not shiboken6.isValid(first))
    page = start_session(qtbot, context, minutes=1)
    assert page.controller is not None and page.controller is not first
    advance(page, clock, 30)
    page.controller.toggle_pause()
    assert tray.icon.toolTip() == "Mat Companion: paused", "the second session reaches the tray"


def closing_box(context: AppContext) -> QMessageBox:
    context.window.close()
    assert context.window.isVisible(), "the close is held while a session runs"
    box = context.confirm_close
    assert box is not None and box.isVisible()
    return box


def button(box: QMessageBox, text: str) -> None:
    (chosen,) = [b for b in box.buttons() if b.text() == text]
    chosen.click()


def test_closing_without_a_session_just_closes(context: AppContext) -> None:
    context.window.close()
    assert not context.window.isVisible() and context.confirm_close is None


def test_closing_during_a_session_can_be_cancelled(qtbot: QtBot, context: AppContext) -> None:
    page = start_session(qtbot, context)
    box = closing_box(context)
    assert sorted(b.text() for b in box.buttons()) == ["Cancel", "End it and quit"], "no tray"
    button(box, "Cancel")
    assert context.window.isVisible() and page.running


def test_closing_can_keep_the_session_running_in_the_tray(
    qtbot: QtBot, context: AppContext
) -> None:
    tray_for(context)
    page = start_session(qtbot, context)
    box = closing_box(context)
    button(box, "Keep it running in the tray")
    assert not context.window.isVisible() and page.running


def test_closing_can_end_the_session_and_keep_it(
    qtbot: QtBot,
    context: AppContext,
    clock: FakeClock,
    app_paths: AppPaths,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    quits: list[bool] = []
    monkeypatch.setattr(QApplication, "quit", lambda: quits.append(True))
    page = start_session(qtbot, context)
    advance(page, clock, 20 + 300)
    button(closing_box(context), "End it and quit")
    (record,) = history(app_paths)
    assert record["actual_seconds"] == 300 and record["completed"] is False
    assert not checkpoints(app_paths)
    assert quits == [True] and not context.window.isVisible()


def test_sound_goes_off_and_on_from_the_tray_as_from_the_screen(
    qtbot: QtBot, context: AppContext, clock: FakeClock
) -> None:
    tray = tray_for(context)
    assert not tray.sound_action.isVisible(), "no session: no sound to turn off"
    page = start_session(qtbot, context)
    view = page.run_view
    assert tray.sound_action.isVisible() and tray.sound_action.text() == "Sound off"
    tray.sound_action.trigger()
    assert page.controller is not None and page.controller.muted
    assert tray.sound_action.text() == "Sound on"
    assert view.mute_action.text() == "Sound on", "the session screen's menu says so too"
    qtbot.keyClick(view, Qt.Key.Key_M)
    assert not page.controller.muted and tray.sound_action.text() == "Sound off"


def test_the_other_pages_read_the_session_to_the_second(
    qtbot: QtBot, context: AppContext, clock: FakeClock
) -> None:
    page = start_session(qtbot, context, minutes=10)
    assert page.controller is not None
    assert session_status(page.controller) == "getting ready"
    advance(page, clock, 20 + 63.5)
    assert session_status(page.controller) == "8:57 left"
    page.controller.toggle_pause()
    assert session_status(page.controller) == "paused"
    page.controller.toggle_pause()
    page.controller.end_early()
    assert session_status(page.controller) == "ended"


def test_the_tray_keeps_its_actions_when_its_menu_goes(qtbot: QtBot, context: AppContext) -> None:
    """The session screen's menu once took its actions with it while they were in use."""
    tray = tray_for(context)
    actions = [tray.show_action, tray.pause_action, tray.end_action, tray.sound_action]
    shiboken6.delete(tray.menu)
    assert all(shiboken6.isValid(action) for action in actions)
    tray.show_action.trigger()
    assert not context.window.isVisible()
