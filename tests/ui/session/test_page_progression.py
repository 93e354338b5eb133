import json
from datetime import datetime, timedelta, timezone

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from mat_companion.app import AppContext
from mat_companion.audio.output import NullAudio
from mat_companion.core.clock import FakeClock
from mat_companion.core.history_document import serialise_history
from mat_companion.core.safety import QUESTIONS, Screening
from mat_companion.paths import AppPaths
from mat_companion.ui.session.page import SessionPage
from tests.factories import make_session
from tests.ui.session_helpers import Wall, unguarded

ZONE = timezone(timedelta(hours=1))


def seed_history(
    paths: AppPaths, *comforts: int, stage: str = "beginner", minutes: int = 10
) -> None:
    start = datetime(2026, 11, 1, 21, 0, tzinfo=ZONE)
    sessions = [
        make_session(
            stage=stage,
            planned_seconds=minutes * 60,
            actual_seconds=minutes * 60,
            started_at=(start + timedelta(days=i)).isoformat(),
            ended_at=(start + timedelta(days=i, minutes=minutes)).isoformat(),
            ratings={"comfort": comfort},
            skin="none",
        )
        for i, comfort in enumerate(comforts)
    ]
    paths.data.mkdir(parents=True, exist_ok=True)
    paths.history_file.write_bytes(serialise_history(sessions))


def open_app(qtbot: QtBot, paths: AppPaths) -> tuple[AppContext, SessionPage]:
    context = AppContext(paths, clock=FakeClock(), audio=NullAudio())
    qtbot.addWidget(context.window, before_close_func=unguarded)
    context.window.show()
    page = context.window.page("session")
    assert isinstance(page, SessionPage)
    return context, page


def screened(paths: AppPaths) -> None:
    answers = {q.key: False for q in QUESTIONS}
    paths.config.mkdir(parents=True, exist_ok=True)
    paths.settings_file.write_text(
        json.dumps(
            {
                "screening": Screening(answers, datetime(2026, 11, 1, tzinfo=ZONE)).to_dict(),
                "stage": "beginner",
            }
        )
    )


def test_the_setup_suggests_more_minutes_and_says_why(qtbot: QtBot, app_paths: AppPaths) -> None:
    seed_history(app_paths, 4)
    _, page = open_app(qtbot, app_paths)
    page.refresh_suggestion()
    setup = page.setup
    assert setup.suggestion.text() == (
        "Your last session was comfortable at 10 min: try 12 minutes."
    )
    assert setup.accept_suggestion.isVisible() and setup.decline_suggestion.isVisible()
    qtbot.mouseClick(setup.accept_suggestion, Qt.MouseButton.LeftButton)
    assert setup.minutes.value() == 12
    assert not setup.accept_suggestion.isVisible()


def test_a_declined_suggestion_is_remembered(qtbot: QtBot, app_paths: AppPaths) -> None:
    seed_history(app_paths, 5, 5, 5, 5, 5, minutes=15)
    _, page = open_app(qtbot, app_paths)
    page.refresh_suggestion()
    assert page.setup.suggestion.text().startswith("5 sessions at Beginner, the last 3 comfortable")
    qtbot.mouseClick(page.setup.decline_suggestion, Qt.MouseButton.LeftButton)
    saved = json.loads(app_paths.settings_file.read_text())
    assert saved["declined"] == {"next_stage:intermediate:20": 5}
    page.refresh_suggestion()
    assert page.setup.suggestion.text() == "You chose to stay as you are for now."
    assert page.setup.stage.currentData() == "beginner"


def test_accepting_the_next_stage_moves_the_setup_there(qtbot: QtBot, app_paths: AppPaths) -> None:
    seed_history(app_paths, 5, 5, 5, 5, 5, minutes=15)
    _, page = open_app(qtbot, app_paths)
    page.refresh_suggestion()
    qtbot.mouseClick(page.setup.accept_suggestion, Qt.MouseButton.LeftButton)
    assert page.setup.stage.currentData() == "intermediate"
    assert page.setup.minutes.value() == 20
    assert "On a soft surface" in page.setup.checklist.text()
    assert json.loads(app_paths.settings_file.read_text())["stage"] == "intermediate"


def test_a_step_back_after_two_uncomfortable_sessions(qtbot: QtBot, app_paths: AppPaths) -> None:
    seed_history(app_paths, 2, 1, stage="intermediate", minutes=25)
    screened(app_paths)
    settings = json.loads(app_paths.settings_file.read_text())
    app_paths.settings_file.write_text(json.dumps({**settings, "stage": "intermediate"}))
    _, page = open_app(qtbot, app_paths)
    page.refresh_suggestion()
    assert page.setup.suggestion.text() == (
        "Step back to Beginner: your last 2 sessions were rated uncomfortable."
    )


def test_repeat_last_session_in_one_key_press(qtbot: QtBot, app_paths: AppPaths) -> None:
    _, page = open_app(qtbot, app_paths)
    assert not page.setup.repeat_button.isEnabled(), "nothing to repeat yet"
    page.setup.stage.setCurrentIndex(page.setup.stage.findData("feet"))
    page.setup.minutes.setValue(7)
    page.setup.start_button.click()
    page.controller.end_early()  # during the get-ready: not saved, straight back to the setup
    assert page.currentWidget() is page.setup
    page.setup.stage.setCurrentIndex(page.setup.stage.findData("advanced"))
    page.setup.setFocus()
    qtbot.keyClick(page.setup, Qt.Key.Key_R)
    assert page.currentWidget() is page.run_view
    session = page.controller.session
    assert session.plan.stage == "feet" and session.duration_seconds == 7 * 60
    page.controller.close()


def test_first_start_opens_the_screening(qtbot: QtBot, app_paths: AppPaths) -> None:
    context, _ = open_app(qtbot, app_paths)
    context.after_first_paint()
    assert context.first_run is not None and context.first_run.isVisible()
    context.first_run.reject()


def test_after_the_screening_the_wizard_stays_away(qtbot: QtBot, app_paths: AppPaths) -> None:
    screened(app_paths)
    context, _ = open_app(qtbot, app_paths)
    context.after_first_paint()
    assert context.first_run is None


def test_progress_page_shows_the_path_numbers_and_next_step(
    qtbot: QtBot, app_paths: AppPaths
) -> None:
    seed_history(app_paths, 4, 5)
    screened(app_paths)
    context, _ = open_app(qtbot, app_paths)
    context.window.show_page("progress")
    progress = context.window.page("progress")
    assert progress.where.text() == "You are at Beginner."
    assert progress.next_step.text() == (
        "Intermediate is suggested after 3 more completed sessions and the last 3 rated"
        " comfortable (4 or 5) with no warning signs."
    )
    assert progress.cells[("beginner", "sessions")].text() == "2"
    assert progress.cells[("beginner", "minutes")].text() == "20 min"
    assert progress.cells[("feet", "sessions")].text() == "0"
    assert progress.path.here == 0
    assert progress.path.accessibleDescription() == (
        "Beginner → Intermediate → Advanced. You are at Beginner."
    )


def seed_stop_sign(paths: AppPaths, sign: str) -> str:
    """Three comfortable sessions at Intermediate, the last with ``sign``; returns its id."""
    start = datetime(2026, 11, 1, 21, 0, tzinfo=ZONE)
    sessions = [
        make_session(
            stage="intermediate",
            planned_seconds=25 * 60,
            actual_seconds=25 * 60,
            started_at=(start + timedelta(days=i)).isoformat(),
            ended_at=(start + timedelta(days=i, minutes=25)).isoformat(),
            ratings={"comfort": 5},
            skin=skin,
        )
        for i, skin in enumerate(("none", "none", sign))
    ]
    paths.data.mkdir(parents=True, exist_ok=True)
    paths.history_file.write_bytes(serialise_history(sessions))
    screened(paths)
    settings = json.loads(paths.settings_file.read_text())
    paths.settings_file.write_text(json.dumps({**settings, "stage": "intermediate"}))
    return str(sessions[-1]["id"])


def open_on(qtbot: QtBot, paths: AppPaths) -> SessionPage:
    clock = FakeClock()
    context = AppContext(paths, clock=clock, audio=NullAudio(), wall_clock=Wall(clock))
    qtbot.addWidget(context.window, before_close_func=unguarded)
    context.window.show()
    qtbot.waitExposed(context.window)
    page = context.window.page("session")
    assert isinstance(page, SessionPage)
    page.refresh_suggestion()
    return page


@pytest.mark.parametrize(
    ("sign", "advice", "question"),
    [
        ("broken_skin", "Stop using the mat until your skin has healed", "Has your skin healed?"),
        ("blisters", "Stop using the mat until the blisters have healed", "blisters healed?"),
        ("numbness", "Stop using the mat until the feeling has fully come back", "numbness gone"),
        ("bruises_lasting", "Stop using the mat until the bruises have gone", "bruises gone?"),
        ("faint_or_unwell", "Stop for today", "Do you feel well again?"),
        ("marks_stayed", "Marks that stay are a sign to rest", "Have the marks gone?"),
    ],
)
def test_after_a_stop_sign_the_setup_shows_the_advice_and_asks_not_continues(
    qtbot: QtBot, app_paths: AppPaths, sign: str, advice: str, question: str
) -> None:
    seed_stop_sign(app_paths, sign)
    page = open_on(qtbot, app_paths)
    setup = page.setup
    minutes = setup.minutes.value()
    assert setup.suggestion.text().startswith(advice)
    assert "minutes" not in setup.suggestion.text()
    assert not setup.today.isVisible(), "no session is named for today"
    assert setup.healed_question.isVisible() and question in setup.healed_question.text()
    assert setup.healed_yes.isVisible() and setup.healed_not_yet.isVisible()
    assert not setup.accept_suggestion.isVisible() and not setup.decline_suggestion.isVisible()
    setup.stage.setCurrentIndex(setup.stage.findData("feet"))
    assert setup.suggestion.text().startswith(advice), "no other stage is offered instead"
    setup.stage.setCurrentIndex(setup.stage.findData("intermediate"))
    assert setup.minutes.value() == minutes


def test_healed_is_recorded_with_its_date_and_a_step_back_comes_first(
    qtbot: QtBot, app_paths: AppPaths
) -> None:
    session_id = seed_stop_sign(app_paths, "numbness")
    page = open_on(qtbot, app_paths)
    setup = page.setup
    qtbot.mouseClick(setup.healed_not_yet, Qt.MouseButton.LeftButton)
    saved = json.loads(app_paths.settings_file.read_text())["warning_answer"]
    assert saved == {"session": session_id, "healed": False, "on": "2026-11-20"}
    assert setup.suggestion.text().startswith("Stop using the mat until the feeling")
    assert setup.healed_question.text() == "Take your time: rest from the mat until then."
    assert not setup.healed_yes.isVisible() and not setup.accept_suggestion.isVisible()

    page.refresh_suggestion()
    qtbot.mouseClick(setup.healed_yes, Qt.MouseButton.LeftButton)
    saved = json.loads(app_paths.settings_file.read_text())["warning_answer"]
    assert saved == {"session": session_id, "healed": True, "on": "2026-11-20"}
    assert setup.suggestion.text() == (
        "Step back to Beginner: the first session after a stop sign."
    )
    assert not setup.healed_question.isVisible() and not setup.healed_yes.isVisible()
    assert setup.accept_suggestion.isVisible()
    qtbot.mouseClick(setup.accept_suggestion, Qt.MouseButton.LeftButton)
    assert (setup.stage.currentData(), setup.minutes.value()) == ("beginner", 15)


def test_the_answer_is_remembered_across_a_restart(qtbot: QtBot, app_paths: AppPaths) -> None:
    seed_stop_sign(app_paths, "broken_skin")
    page = open_on(qtbot, app_paths)
    qtbot.mouseClick(page.setup.healed_yes, Qt.MouseButton.LeftButton)
    again = open_on(qtbot, app_paths)
    assert again.setup.suggestion.text().startswith("Step back to Beginner")


def test_the_advice_and_question_fit_at_twice_the_font(qtbot: QtBot, app_paths: AppPaths) -> None:
    from contextlib import contextmanager

    from tests.ui.test_accessibility import clipped, large_font, settle_layouts

    seed_stop_sign(app_paths, "faint_or_unwell")
    with contextmanager(large_font)(2.0):
        page = open_on(qtbot, app_paths)
        window = page.window()
        settle_layouts()
        target = window.minimumSizeHint().expandedTo(window.size())
        assert target.width() <= 1920 and target.height() <= 1200, "fits a common large screen"
        window.resize(target)
        qtbot.waitUntil(lambda: window.size() == target)
        settle_layouts()
        assert page.setup.healed_question.isVisible()
        assert clipped(page.setup) == []


def test_the_suggestion_shows_when_the_app_opened_on_another_page(
    qtbot: QtBot, app_paths: AppPaths
) -> None:
    """The session page is built only when first shown: after the start, it suggests at once."""
    seed_history(app_paths, 4)
    screened(app_paths)
    context = AppContext(app_paths, clock=FakeClock(), audio=NullAudio())
    qtbot.addWidget(context.window, before_close_func=unguarded)
    context.window.show()
    context.after_first_paint()
    context.window.show_page("session")
    page = context.window.page("session")
    assert isinstance(page, SessionPage)
    assert page.setup.suggestion.text() == (
        "Your last session was comfortable at 10 min: try 12 minutes."
    )
