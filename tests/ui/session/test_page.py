import json
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from mat_companion.app import AppContext
from mat_companion.audio.output import NullAudio
from mat_companion.core.clock import FakeClock
from mat_companion.core.session_phases import Phase
from mat_companion.paths import AppPaths
from tests.desktop.fakes import RecordingNotifier
from tests.ui.session_helpers import (
    ZONE,
    advance,
    checkpoints,
    cue_times,
    history,
    page_of,
    start_session,
    unguarded,
)


def test_phases_and_words_follow_the_clock(
    qtbot: QtBot, context: AppContext, clock: FakeClock
) -> None:
    page = start_session(qtbot, context)
    view = page.run_view
    assert view.phase_label.text() == "Get ready"
    assert view.time_label.text() == "0:20"
    assert view.guidance_label.text().startswith("Sit down and lean back slowly against the mat")
    advance(page, clock, 20)
    assert view.phase_label.text() == "Settling in"
    assert view.time_label.text() == "10:00"
    assert view.guidance_label.text().startswith("Breathe out slowly; the sting")
    advance(page, clock, 60)
    assert view.phase_label.text() == "Relax"
    assert view.ring.fraction == pytest.approx(0.1)
    advance(page, clock, 480)
    assert view.phase_label.text() == "Coming back"
    assert view.guidance_label.text() == "Begin to come back. Move your fingers and toes."


def test_keys_pause_and_adjust(qtbot: QtBot, context: AppContext, clock: FakeClock) -> None:
    page = start_session(qtbot, context)
    view = page.run_view
    advance(page, clock, 30)
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert page.controller.session.paused
    assert view.pause_button.text() == "Resume" and view.phase_label.text() == "Paused"
    advance(page, clock, 300)
    assert view.time_label.text() == "9:50"
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert not page.controller.session.paused
    qtbot.keyClick(view, Qt.Key.Key_Up)
    qtbot.keyClick(view, Qt.Key.Key_Plus)
    assert page.controller.session.duration_seconds == 720
    qtbot.keyClick(view, Qt.Key.Key_Down)
    qtbot.keyClick(view, Qt.Key.Key_Minus)
    qtbot.keyClick(view, Qt.Key.Key_Minus)
    assert page.controller.session.duration_seconds == 540
    assert view.time_label.text() == "8:50"


def test_escape_asks_before_ending(
    qtbot: QtBot, context: AppContext, clock: FakeClock, app_paths: AppPaths
) -> None:
    page = start_session(qtbot, context)
    advance(page, clock, 20 + 125)
    qtbot.keyClick(page.run_view, Qt.Key.Key_Escape)
    box = page.confirm_end
    assert box is not None and box.isVisible()
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.No), Qt.MouseButton.LeftButton)
    assert not page.controller.session.ended
    qtbot.keyClick(page.run_view, Qt.Key.Key_Escape)
    qtbot.mouseClick(
        page.confirm_end.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton
    )
    assert page.controller.session.ended and not page.controller.session.completed
    assert page.run_view.awake_button.isVisible()
    assert page.run_view.awake_button.text() == "Continue"
    qtbot.keyClick(page.run_view, Qt.Key.Key_Return)
    qtbot.mouseClick(page.completion_card.done_button, Qt.MouseButton.LeftButton)
    (record,) = history(app_paths)
    assert record["completed"] is False and record["actual_seconds"] == 125
    assert record["planned_seconds"] == 600


def test_full_session_with_bells_and_checkin(
    qtbot: QtBot, context: AppContext, clock: FakeClock, audio: NullAudio, app_paths: AppPaths
) -> None:
    page = start_session(qtbot, context)
    page.setup.pain_before.setValue(6)  # too late to count: read at start
    assert checkpoints(app_paths)
    with qtbot.waitSignal(page.controller.finished) as finished:
        advance(page, clock, 20 + 600)
    assert finished.args == [True]
    assert page.run_view.phase_label.text() == "Session complete"
    assert page.run_view.guidance_label.text().startswith("Lean forward, away from the mat")
    advance(page, clock, 30)
    advance(page, clock, 30)
    bells = [(cue.sound, round(cue.volume, 2)) for cue in audio.played]
    assert bells == [("end_bell", 0.35), ("end_bell", 0.5), ("end_bell", 0.65)]

    qtbot.keyClick(page.run_view, Qt.Key.Key_Return)
    advance(page, clock, 120)
    assert len(audio.played) == 3, "no bell after the user is awake"
    dialog = page.completion_card
    assert dialog is not None and dialog.isVisible()
    dialog.pain_after.set_value(2)
    dialog.stress_after.set_value(3)
    dialog.comfort.button(4).click()
    dialog.skin.setCurrentIndex(dialog.skin.findData("redness_faded"))
    assert dialog.advice.text().endswith("is common and normal.")
    dialog.note.setText("warm and calm")
    qtbot.mouseClick(dialog.done_button, Qt.MouseButton.LeftButton)

    (record,) = history(app_paths)
    assert record["completed"] is True
    assert record["actual_seconds"] == 600 and record["planned_seconds"] == 600
    assert record["stage"] == "beginner"
    assert record["ratings"] == {"pain_after": 2, "stress_after": 3, "comfort": 4}
    assert record["skin"] == "redness_faded" and record["note"] == "warm and calm"
    assert record["started_at"] == "2026-11-20T21:00:00+01:00"
    assert record["ended_at"] == "2026-11-20T21:10:20+01:00"
    assert not checkpoints(app_paths)
    assert page.currentWidget() is page.setup


def test_the_bell_goes_on_until_space_answers_it(
    qtbot: QtBot, context: AppContext, clock: FakeClock, audio: NullAudio
) -> None:
    page = start_session(qtbot, context, minutes=1)
    advance(page, clock, 20 + 60)
    for _ in range(10 * 60 // 30):  # ten minutes asleep
        advance(page, clock, 30)
    bells = [cue for cue in audio.played if cue.sound == "end_bell"]
    assert len(bells) == 11 + 5, "every 30 s for five minutes, then every minute"
    assert [round(cue.volume, 2) for cue in bells[:6]] == [0.35, 0.5, 0.65, 0.8, 0.95, 1.0]
    assert {cue.volume for cue in bells[5:]} == {1.0}
    qtbot.keyClick(page.run_view, Qt.Key.Key_Space)
    assert page.controller.session.acknowledged
    assert not page.controller.session.paused
    dialog = page.completion_card
    assert dialog is not None and dialog.isVisible()
    page.run_view.acknowledge()  # answered from the tray as well
    assert page.completion_card is dialog, "a second answer opens no second check-in"
    advance(page, clock, 600)
    assert len([cue for cue in audio.played if cue.sound == "end_bell"]) == 16


def test_ratings_before_are_kept(
    qtbot: QtBot, context: AppContext, clock: FakeClock, app_paths: AppPaths
) -> None:
    page = page_of(context)
    page.setup.pain_before.setValue(5)
    page.setup.stress_before.setValue(7)
    start_session(qtbot, context, minutes=1)
    advance(page, clock, 80)
    qtbot.keyClick(page.run_view, Qt.Key.Key_Return)
    qtbot.mouseClick(page.completion_card.done_button, Qt.MouseButton.LeftButton)
    (record,) = history(app_paths)
    assert record["ratings"] == {"pain_before": 5, "stress_before": 7}


def test_warning_sign_shows_the_advice(qtbot: QtBot, context: AppContext, clock: FakeClock) -> None:
    page = start_session(qtbot, context, minutes=1)
    advance(page, clock, 80)
    qtbot.keyClick(page.run_view, Qt.Key.Key_Return)
    dialog = page.completion_card
    for answer, advice in (
        ("broken_skin", "Stop using the mat until your skin has healed"),
        ("numbness", "Stop using the mat until the feeling has fully come back"),
    ):
        dialog.skin.setCurrentIndex(dialog.skin.findData(answer))
        assert dialog.advice.isVisible()
        assert dialog.advice.text().startswith(advice)
    dialog.skin.setCurrentIndex(dialog.skin.findData("none"))
    assert not dialog.advice.isVisible()


def test_a_failed_save_keeps_the_checkpoint_and_says_so(
    qtbot: QtBot, context: AppContext, clock: FakeClock, app_paths: AppPaths
) -> None:
    app_paths.data.mkdir(parents=True, exist_ok=True)
    app_paths.history_file.write_text('{"schema_version": 99, "sessions": []}')
    page = start_session(qtbot, context, minutes=1)
    advance(page, clock, 80)
    qtbot.keyClick(page.run_view, Qt.Key.Key_Return)
    qtbot.mouseClick(page.completion_card.done_button, Qt.MouseButton.LeftButton)
    assert "newer version of Mat Companion" in context.window.notice_bar.label.text()
    assert checkpoints(app_paths)
    assert app_paths.history_file.read_text() == '{"schema_version": 99, "sessions": []}'


def test_last_choices_are_offered_again(
    qtbot: QtBot, context: AppContext, clock: FakeClock, app_paths: AppPaths
) -> None:
    page = page_of(context)
    page.setup.stage.setCurrentIndex(page.setup.stage.findData("intermediate"))
    page.setup.minutes.setValue(25)
    page.setup.interval.setValue(5)
    start_session(qtbot, context, minutes=25)
    again = AppContext(app_paths, clock=clock)
    qtbot.addWidget(again.window)
    setup = page_of(again).setup
    assert setup.stage.currentData() == "intermediate"
    assert setup.minutes.value() == 25 and setup.interval.value() == 5
    assert setup.surface.currentData() == "bed"


def test_dim_mode_hides_everything_else(qtbot: QtBot, context: AppContext) -> None:
    page = start_session(qtbot, context)
    window = context.window
    qtbot.keyClick(page.run_view, Qt.Key.Key_F)
    assert page.run_view.dim_action.text() == "Normal screen"
    assert not window.navigation.isVisible() and not window.menuBar().isVisible()
    qtbot.keyClick(page.run_view, Qt.Key.Key_Escape)
    assert page.run_view.dim_action.text() == "Dim screen" and window.navigation.isVisible()
    assert not page.controller.session.ended, "Esc leaves dim mode before it ends anything"


def test_the_time_is_large(qtbot: QtBot, context: AppContext) -> None:
    page = start_session(qtbot, context)
    context.window.resize(1280, 800)
    qtbot.waitUntil(lambda: page.run_view.time_label.font().pixelSize() >= 70, timeout=2000)
    assert page.run_view.time_label.font().pixelSize() > 6 * page.setup.font().pointSize()


def leave_checkpoint(paths: AppPaths, mat_seconds: float) -> None:
    """What a session killed after ``mat_seconds`` on the mat leaves behind."""
    from mat_companion.core.checkin import CheckIn
    from mat_companion.core.checkpoint_claims import checkpoint_path
    from mat_companion.core.session import SessionPlan
    from mat_companion.core.session_checkpoint import Checkpoint, save_checkpoint

    started = datetime(2026, 11, 20, 21, 0, tzinfo=ZONE)
    session_id = "0b5c7c52-3f8e-4d2e-9a55-2f1f0f0d6a11"
    save_checkpoint(
        checkpoint_path(paths.checkpoints, session_id),
        Checkpoint(
            session_id,
            SessionPlan(900, "beginner"),
            started,
            started + timedelta(seconds=20 + mat_seconds),
            mat_seconds,
            900,
            CheckIn(pain_before=3),
        ),
    )


def answer_recovery(qtbot: QtBot, paths: AppPaths, clock: FakeClock, answer: str) -> QMessageBox:
    from mat_companion.ui.shell.recovery import offer_recovery

    context = AppContext(paths, clock=clock)
    qtbot.addWidget(context.window, before_close_func=unguarded)
    box = offer_recovery(context.recovery_services())
    assert box is not None
    button = next(b for b in box.buttons() if b.text() == answer)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    return box


def test_recovery_offer_keep(qtbot: QtBot, app_paths: AppPaths, clock: FakeClock) -> None:
    leave_checkpoint(app_paths, 470.0)
    box = answer_recovery(qtbot, app_paths, clock, "Keep it")
    assert "8 min on the mat" in box.text()
    (record,) = history(app_paths)
    assert record["recovered"] is True and record["actual_seconds"] == 470
    assert record["ratings"] == {"pain_before": 3}
    assert not checkpoints(app_paths)


def test_recovery_offer_discard(qtbot: QtBot, app_paths: AppPaths, clock: FakeClock) -> None:
    leave_checkpoint(app_paths, 10.0)
    answer_recovery(qtbot, app_paths, clock, "Discard")
    assert not checkpoints(app_paths)
    assert not Path(app_paths.history_file).exists()


def test_no_repaints_while_minimised_or_hidden(qtbot: QtBot, context: AppContext) -> None:
    page = start_session(qtbot, context)
    controller = page.controller
    assert controller.repainting
    context.window.showMinimized()
    qtbot.waitUntil(lambda: not controller.repainting, timeout=2000)
    context.window.showNormal()
    qtbot.waitUntil(lambda: controller.repainting, timeout=2000)
    context.window.show_page("history")
    assert not controller.repainting
    context.window.show_page("session")
    assert controller.repainting


def test_notification_when_the_window_is_not_in_front(
    qtbot: QtBot, context: AppContext, clock: FakeClock, notifier: RecordingNotifier
) -> None:
    page = start_session(qtbot, context, minutes=1)
    context.window.showMinimized()
    advance(page, clock, 80)
    assert notifier.sent == [
        (
            "session-end",
            "Session complete",
            "Lean forward, away from the mat, before you stand up. Take a few breaths first.",
        )
    ]


def test_the_play_pause_key_pauses_and_resumes_the_session(
    qtbot: QtBot, context: AppContext
) -> None:
    from tests.desktop.fakes import RecordingMediaKeys

    keys = context.desktop.media_keys
    assert isinstance(keys, RecordingMediaKeys)
    page = start_session(qtbot, context, minutes=5)
    assert page.controller is not None and keys.shown[-1].value == "Playing"
    keys.press()
    assert page.controller.session.paused and keys.shown[-1].value == "Paused"
    keys.press()
    assert not page.controller.session.paused and keys.shown[-1].value == "Playing"


def test_no_notification_when_the_window_is_in_front(
    qtbot: QtBot, context: AppContext, clock: FakeClock, notifier: RecordingNotifier
) -> None:
    page = start_session(qtbot, context, minutes=1)
    advance(page, clock, 80)
    assert notifier.sent == []


def test_enter_in_the_setup_starts_the_session(qtbot: QtBot, context: AppContext) -> None:
    page = page_of(context)
    page.setup.minutes.setFocus()
    qtbot.keyClick(page.setup.minutes, Qt.Key.Key_Return)
    assert page.currentWidget() is page.run_view
    assert page.controller is not None and page.controller.session.duration_seconds == 600


def test_a_second_enter_after_starting_by_enter_ends_the_countdown(
    qtbot: QtBot, context: AppContext
) -> None:
    """The walk: with no button focused, Enter did nothing while the get-ready ran."""
    page = page_of(context)
    context.window.show()
    qtbot.waitExposed(context.window)
    page.setup.start_button.setFocus()
    qtbot.keyClick(page.setup.start_button, Qt.Key.Key_Return)
    assert page.controller is not None and page.controller.phase is Phase.GET_READY
    focused = QApplication.focusWidget()
    assert focused is page.run_view, "no button is focused"
    qtbot.keyClick(focused, Qt.Key.Key_Return)
    assert page.controller.phase is Phase.SETTLE_IN


def test_the_session_paces_breathing_from_the_mat_time(
    qtbot: QtBot, context: AppContext, clock: FakeClock, audio: NullAudio, app_paths: AppPaths
) -> None:
    page = page_of(context)
    page.setup.breathing.setCurrentIndex(page.setup.breathing.findData("box"))
    start_session(qtbot, context, minutes=2)
    view = page.run_view
    assert view.pacer is not None and view.pacer_widget.isVisible()
    assert view.pacer.pattern.hold_in == 4
    advance(page, clock, 10)
    countdown = clock.now()  # placed ahead, so the first inhale sounds as the countdown ends
    assert cue_times(audio, countdown, 10) == [], "no cues during the get-ready countdown"
    assert cue_times(audio, countdown, 26) == [(10, "breath_in"), (18, "breath_out")]
    advance(page, clock, 10)  # the mat time starts: the first inhale
    start = clock.now()
    assert cue_times(audio, start, 16) == [(0, "breath_in"), (8, "breath_out")]  # holds silent
    clock.advance(9)
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert not page.cues.active and audio.track is None
    clock.advance(60)
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert page.cues.active
    resumed = clock.now()  # 9 s into the pattern: the next inhale is 7 s away, not 60 s late
    assert cue_times(audio, resumed, 16) == [(7, "breath_in"), (15, "breath_out")]
    advance(page, clock, 200)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    qtbot.mouseClick(page.completion_card.done_button, Qt.MouseButton.LeftButton)
    (record,) = history(app_paths)
    assert record["breathing"] == {
        "preset": "box",
        "inhale": 4,
        "exhale": 4,
        "hold_in": 4,
        "hold_out": 4,
        "top_up": 0,
    }


@pytest.mark.parametrize("on_the_mat", ["after the get-ready", "I'm on the mat"])
def test_a_one_minute_session_plays_breath_cues(
    qtbot: QtBot, context: AppContext, clock: FakeClock, audio: NullAudio, on_the_mat: str
) -> None:
    """A minute on the mat settles in, then comes back: the cues start with it all the same."""
    page = page_of(context)
    page.setup.breathing.setCurrentIndex(page.setup.breathing.findData("box"))
    start_session(qtbot, context, minutes=1)
    view = page.run_view
    advance(page, clock, 5)
    assert cue_times(audio, clock.now(), 14.9) == [], "nothing during the countdown"
    if on_the_mat == "I'm on the mat":
        qtbot.mouseClick(view.skip_button, Qt.MouseButton.LeftButton)
    else:
        advance(page, clock, 15)
    assert view.phase_label.text() == "Settling in", "the sting is spoken of first"
    assert page.cues is not None and page.cues.active
    start = clock.now()
    assert cue_times(audio, start, 16) == [(0, "breath_in"), (8, "breath_out")]
    minute = cue_times(audio, start, 60)
    assert [sound for _, sound in minute] == ["breath_in", "breath_out"] * 4, "all minute long"
    advance(page, clock, 60)
    assert page.controller.session.ended
    assert not page.cues.active and audio.track is None


def test_on_the_mat_during_a_pause_keeps_the_cues_quiet_until_resumed(
    qtbot: QtBot, context: AppContext, clock: FakeClock, audio: NullAudio
) -> None:
    page = page_of(context)
    page.setup.breathing.setCurrentIndex(page.setup.breathing.findData("box"))
    start_session(qtbot, context, minutes=5)
    view = page.run_view
    advance(page, clock, 5)
    qtbot.keyClick(view, Qt.Key.Key_Space)  # paused during the countdown
    qtbot.mouseClick(view.skip_button, Qt.MouseButton.LeftButton)  # "I'm on the mat"
    assert page.controller.session.paused
    assert page.cues is not None and not page.cues.active and audio.track is None
    clock.advance(30)
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert page.cues.active
    assert cue_times(audio, clock.now(), 9) == [(0, "breath_in"), (8, "breath_out")]


def test_the_screen_and_the_cues_pace_by_the_sessions_own_pacer(
    qtbot: QtBot, context: AppContext
) -> None:
    page = page_of(context)
    page.setup.breathing.setCurrentIndex(page.setup.breathing.findData("box"))
    start_session(qtbot, context, minutes=5)
    pacer = page.controller.session.pacer
    assert pacer is not None and pacer.pattern.hold_in == 4
    assert page.run_view.pacer is pacer


def test_no_pacer_when_none_is_chosen(qtbot: QtBot, context: AppContext) -> None:
    page = page_of(context)
    page.setup.breathing.setCurrentIndex(0)
    start_session(qtbot, context)
    assert page.run_view.pacer is None and not page.run_view.pacer_widget.isVisible()
    assert page.cues is None


def test_a_beginner_gets_ready_by_sitting_back_against_the_mat(
    qtbot: QtBot, context: AppContext
) -> None:
    page = start_session(qtbot, context)
    view = page.run_view
    assert view.guidance_label.text().startswith("Sit down and lean back slowly against the mat")
    assert view.skip_button.text() == "I'm leaning back"
    assert view.skip_button.accessibleName() == "I'm leaning back"


def test_a_feet_session_ends_with_stepping_off_onto_the_floor(
    qtbot: QtBot, context: AppContext, clock: FakeClock
) -> None:
    """Nobody standing is told to roll to their side or sit up."""
    page = page_of(context)
    page.setup.stage.setCurrentIndex(page.setup.stage.findData("feet"))
    start_session(qtbot, context, minutes=5)
    view = page.run_view
    assert view.guidance_label.text().startswith("Hold a wall or a chair and step onto the mat")
    assert view.skip_button.text() == "I'm standing on the mat"
    with qtbot.waitSignal(page.controller.finished):
        advance(page, clock, 20 + 300)
    words = view.guidance_label.text()
    assert words.startswith("Holding the wall or chair, step off the mat onto the floor.")
    assert "roll" not in words.lower() and "sit up" not in words.lower()


def test_a_mat_session_counts_as_the_first_use_of_its_pattern(
    qtbot: QtBot, context: AppContext, app_paths: AppPaths
) -> None:
    """4-7-8's first month counts from its first use on the mat too, not only on its own page."""
    page = page_of(context)
    page.setup.breathing.setCurrentIndex(page.setup.breathing.findData("4-7-8"))
    start_session(qtbot, context, minutes=20)
    assert context.settings.pattern_first_used == {"4-7-8": context.wall_clock().date()}
    saved = json.loads(app_paths.settings_file.read_bytes())
    assert saved["pattern_first_used"] == {"4-7-8": context.wall_clock().date().isoformat()}


def test_a_finished_session_that_could_not_be_saved_comes_back_whole(
    qtbot: QtBot, context: AppContext, clock: FakeClock, app_paths: AppPaths
) -> None:
    """Its end, its check-in and that it ran its length are kept, not a bare "did not finish"."""
    from mat_companion.ui.shell.recovery import offer_recovery

    app_paths.data.mkdir(parents=True, exist_ok=True)
    app_paths.history_file.write_text('{"schema_version": 99, "sessions": []}')
    page = start_session(qtbot, context, minutes=1)
    advance(page, clock, 80)
    qtbot.keyClick(page.run_view, Qt.Key.Key_Return)
    page.completion_card.note.setText("warm and calm")
    qtbot.mouseClick(page.completion_card.done_button, Qt.MouseButton.LeftButton)
    (kept,) = checkpoints(app_paths)
    assert json.loads(kept.read_bytes())["finished"] is True
    app_paths.history_file.unlink()  # the newer version's file is gone: the history is back
    later = AppContext(app_paths, clock=FakeClock(), audio=NullAudio())
    qtbot.addWidget(later.window, before_close_func=unguarded)
    box = offer_recovery(later.recovery_services())
    assert box is not None and "ended but could not be saved" in box.text()
    qtbot.mouseClick(
        next(b for b in box.buttons() if b.text() == "Keep it"), Qt.MouseButton.LeftButton
    )
    (record,) = history(app_paths)
    assert record["completed"] is True and record["note"] == "warm and calm"
    assert record["actual_seconds"] == 60 and not checkpoints(app_paths)
