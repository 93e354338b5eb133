"""Honest ends: what an early end is called, an end before the mat, and quitting at the end."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from mat_companion.app import AppContext
from mat_companion.audio.output import NullAudio
from mat_companion.core.clock import FakeClock
from mat_companion.paths import AppPaths
from mat_companion.ui.session.page import SessionPage
from tests.ui.session.test_page import leave_checkpoint
from tests.ui.session_helpers import advance, checkpoints, history, start_session, unguarded

NOT_SAVED = "The session ended before your time on the mat began, so it was not saved."


def end_now(qtbot: QtBot, page: SessionPage) -> str:
    """End the session with Esc and Yes; what the question said."""
    qtbot.keyClick(page.run_view, Qt.Key.Key_Escape)
    box = page.confirm_end
    assert box is not None
    question = box.text()
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    return question


def test_a_session_ended_early_says_ended_and_its_ring_stops_where_it_got(
    qtbot: QtBot, context: AppContext, clock: FakeClock
) -> None:
    page = start_session(qtbot, context, minutes=10)
    advance(page, clock, 20 + 150)
    end_now(qtbot, page)
    view = page.run_view
    # The ring's "2:30" is the time on the mat, not time left, and the title says so.
    assert view.phase_label.text() == "Session ended · 2 min on the mat"
    assert view.time_label.text() == "2:30"
    assert view.ring.fraction == pytest.approx(0.25), "a quarter done, not drawn full"
    advance(page, clock, 60)
    assert view.ring.fraction == pytest.approx(0.25)
    assert not view.alert_label.isVisible()


def test_a_session_that_ran_its_time_is_complete_with_a_full_ring(
    qtbot: QtBot, context: AppContext, clock: FakeClock
) -> None:
    page = start_session(qtbot, context, minutes=1)
    advance(page, clock, 20 + 60)
    assert page.run_view.phase_label.text() == "Session complete"
    assert page.run_view.ring.fraction == pytest.approx(1.0)


def test_a_session_ended_during_the_get_ready_is_not_saved(
    qtbot: QtBot, context: AppContext, clock: FakeClock, app_paths: AppPaths
) -> None:
    page = start_session(qtbot, context, minutes=10)
    assert checkpoints(app_paths)
    advance(page, clock, 12)
    assert "nothing is kept" in end_now(qtbot, page), "the question says what will happen"
    assert page.controller is None and page.currentWidget() is page.setup
    assert not app_paths.history_file.exists() or history(app_paths) == []
    assert not checkpoints(app_paths), "nothing offered again at the next start"
    assert context.window.notice_bar.label.text() == NOT_SAVED
    page = start_session(qtbot, context, minutes=10)  # the next session starts clean
    advance(page, clock, 20 + 30)
    assert "kept in your history" in end_now(qtbot, page)
    assert page.run_view.phase_label.text() == "Session ended · 30 s on the mat"


def test_closing_during_the_get_ready_keeps_nothing(
    qtbot: QtBot,
    context: AppContext,
    clock: FakeClock,
    app_paths: AppPaths,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(QApplication, "quit", lambda: None)
    page = start_session(qtbot, context, minutes=10)
    advance(page, clock, 5)
    context.window.close()
    (end,) = [b for b in context.confirm_close.buttons() if b.text() == "End it and quit"]
    end.click()
    assert not app_paths.history_file.exists() or history(app_paths) == []
    assert not checkpoints(app_paths)


def test_ctrl_q_on_the_end_screen_saves_before_quitting(
    qtbot: QtBot,
    context: AppContext,
    clock: FakeClock,
    audio: NullAudio,
    app_paths: AppPaths,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(QApplication, "quit", lambda: None)
    # Ctrl+Q where the desktop binds Quit to it (the offscreen platform binds nothing)
    (quit_action,) = [a for a in context.window.findChildren(QAction) if a.text() == "&Quit"]
    page = start_session(qtbot, context, minutes=1)
    advance(page, clock, 20 + 60)
    advance(page, clock, 30)
    assert page.run_view.awake_button.isVisible(), "the end screen, the bell ringing"
    quit_action.trigger()
    assert not context.window.isVisible() and context.confirm_close is None
    (record,) = history(app_paths)
    assert record["completed"] is True and record["actual_seconds"] == 60
    assert not checkpoints(app_paths)
    bells = len(audio.played)
    clock.advance(120)
    assert page.controller is None and len(audio.played) == bells, "no bell after quitting"


def test_quitting_with_the_check_in_open_saves_the_session(
    qtbot: QtBot,
    context: AppContext,
    clock: FakeClock,
    app_paths: AppPaths,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(QApplication, "quit", lambda: None)
    page = start_session(qtbot, context, minutes=10)
    advance(page, clock, 20 + 200)
    end_now(qtbot, page)
    qtbot.keyClick(page.run_view, Qt.Key.Key_Return)
    assert page.completion_card is not None
    context.window.close()
    (record,) = history(app_paths)
    assert record["completed"] is False and record["actual_seconds"] == 200


def test_a_crash_during_the_get_ready_leaves_nothing_to_recover(
    qtbot: QtBot, app_paths: AppPaths, clock: FakeClock
) -> None:
    from mat_companion.ui.shell.recovery import offer_recovery

    leave_checkpoint(app_paths, 0.0)
    context = AppContext(app_paths, clock=clock)
    qtbot.addWidget(context.window, before_close_func=unguarded)
    assert offer_recovery(context.recovery_services()) is None
    assert not checkpoints(app_paths)
    assert not app_paths.history_file.exists()


def test_after_ending_through_the_question_enter_goes_on_to_the_card(
    qtbot: QtBot, context: AppContext, clock: FakeClock
) -> None:
    """The walk: Continue had no focus; the keys stayed with the closed question."""
    page = start_session(qtbot, context, minutes=10)
    advance(page, clock, 20 + 30)
    end_now(qtbot, page)
    qtbot.waitUntil(lambda: page.confirm_end is None)
    QApplication.processEvents()  # the closed question handing the focus on
    focused = QApplication.focusWidget()
    assert focused is page.run_view.awake_button
    qtbot.keyClick(focused, Qt.Key.Key_Return)
    assert page.currentWidget() is page.completion_card
