"""An hour is the limit of every session: the session screen at the hour and on the way to it."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from mat_companion.app import AppContext
from mat_companion.audio.output import NullAudio
from mat_companion.core.clock import FakeClock
from mat_companion.ui.session.page import SessionPage
from tests.ui.session_helpers import advance, page_of, start_session

COME_OFF = (  # the default stage, Beginner, sits against the mat
    "You have been against the mat for an hour. Time to lean forward, away from the mat, now."
)
STAGE_MAX = "You have reached the longest session suggested for your stage."


def start_open_ended(qtbot: QtBot, context: AppContext) -> SessionPage:
    page = page_of(context)
    page.setup.open_ended.setChecked(True)
    qtbot.mouseClick(page.setup.start_button, Qt.MouseButton.LeftButton)
    assert page.currentWidget() is page.run_view
    return page


def assert_large(qtbot: QtBot, page: SessionPage) -> None:
    """The alert is read from the floor: larger than the phase name and the guidance shown with it.

    The stage maximum takes the guidance's place (the pacer keeps its room).
    """
    view = page.run_view
    alert = view.alert_label
    size = alert.font().pixelSize()
    if view.guidance_label.isVisible():
        assert size > view.guidance_label.font().pixelSize()
    assert size > view.phase_label.font().pixelSize()
    qtbot.waitUntil(lambda: alert.height() >= alert.heightForWidth(alert.width()), timeout=2000)


def assert_come_off_at_the_hour(
    qtbot: QtBot, page: SessionPage, context: AppContext, audio: NullAudio
) -> None:
    view = page.run_view
    assert view.alert_label.isVisible() and view.alert_label.text() == COME_OFF
    assert view.phase_label.text() == "Time to come off the mat"
    assert_large(qtbot, page)
    assert not context.window.notice_bar.isVisible(), "on the screen, not the notice bar"
    assert [cue.sound for cue in audio.played][-1:] == ["end_bell"]
    assert view.awake_button.isVisible() and view.awake_button.text() == "I'm awake"
    assert not view.pacer_widget.isVisible(), "no pacing after the end"


def test_an_open_ended_session_ends_at_the_hour_and_says_come_off_in_large_type(
    qtbot: QtBot, context: AppContext, clock: FakeClock, audio: NullAudio
) -> None:
    page = start_open_ended(qtbot, context)
    view = page.run_view
    advance(page, clock, 20 + 59 * 60)
    assert not page.controller.session.ended and view.alert_label.text() != COME_OFF
    assert view.pacer_widget.isVisible(), "the default setup paces the breath"
    with qtbot.waitSignal(page.controller.finished) as finished:
        advance(page, clock, 60)
    assert finished.args == [True]
    assert_come_off_at_the_hour(qtbot, page, context, audio)
    assert view.time_label.text() == "1:00:00"
    assert view.ring.fraction == pytest.approx(1.0)
    advance(page, clock, 30)
    assert [cue.sound for cue in audio.played].count("end_bell") == 2, "the bell rings on"


def test_a_timed_hour_says_come_off_too(
    qtbot: QtBot, context: AppContext, clock: FakeClock, audio: NullAudio
) -> None:
    page = start_session(qtbot, context, minutes=60)
    advance(page, clock, 20 + 3600)
    assert_come_off_at_the_hour(qtbot, page, context, audio)


def test_the_stage_maximum_of_an_open_ended_session_shows_large_on_the_screen(
    qtbot: QtBot, context: AppContext, clock: FakeClock
) -> None:
    page = start_open_ended(qtbot, context)
    view = page.run_view
    advance(page, clock, 20 + 14 * 60)
    assert not view.alert_label.isVisible()
    advance(page, clock, 60)  # the Beginner stage's longest: 15 minutes
    assert view.alert_label.isVisible() and view.alert_label.text().startswith(STAGE_MAX)
    assert_large(qtbot, page)
    assert not context.window.notice_bar.isVisible()
    assert not page.controller.session.ended, "a reminder: the session goes on"


def test_pressing_plus_past_the_stage_maximum_asks_first(
    qtbot: QtBot, context: AppContext, clock: FakeClock
) -> None:
    page = start_session(qtbot, context, minutes=15)
    view = page.run_view
    session = page.controller.session
    advance(page, clock, 20 + 60)
    qtbot.keyClick(view, Qt.Key.Key_Up)
    box = view.confirm_extend
    assert box is not None and box.isVisible()
    assert "15 minutes is the longest session suggested for your stage" in box.text()
    assert session.duration_seconds == 900, "nothing added before the answer"
    advance(page, clock, 5)
    assert not session.paused, "the clock runs on while the question is open"
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.No), Qt.MouseButton.LeftButton)
    assert view.confirm_extend is None and session.duration_seconds == 900
    view.more_action.trigger()
    qtbot.mouseClick(
        view.confirm_extend.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton
    )
    assert session.duration_seconds == 960
    qtbot.keyClick(view, Qt.Key.Key_Plus)
    assert view.confirm_extend is None, "agreed once: not asked again"
    assert session.duration_seconds == 1020


def test_extending_past_the_hour_asks_and_stops_at_the_hour(
    qtbot: QtBot, context: AppContext, clock: FakeClock
) -> None:
    page = start_session(qtbot, context, minutes=59)
    view = page.run_view
    session = page.controller.session
    advance(page, clock, 20 + 60)
    view.more5_action.trigger()
    box = view.confirm_extend
    assert box is not None and box.isVisible() and box.windowTitle() == "An hour at most"
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    assert session.duration_seconds == 3600
    assert not view.more_action.isEnabled() and not view.more5_action.isEnabled()
    qtbot.keyClick(view, Qt.Key.Key_Up)
    assert view.confirm_extend is None and session.duration_seconds == 3600


def test_a_question_left_open_closes_when_the_session_ends(
    qtbot: QtBot, context: AppContext, clock: FakeClock
) -> None:
    page = start_session(qtbot, context, minutes=15)
    view = page.run_view
    advance(page, clock, 20 + 14 * 60)
    qtbot.keyClick(view, Qt.Key.Key_Up)
    box = view.confirm_extend
    assert box is not None and box.isVisible()
    advance(page, clock, 60)
    assert page.controller.session.ended
    assert view.confirm_extend is None and not box.isVisible()
    assert page.controller.session.duration_seconds == 900
