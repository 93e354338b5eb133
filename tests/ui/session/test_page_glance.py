"""The Session page at launch: today's session at the stage the history stands at."""

import json
from datetime import datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from mat_companion.app import AppContext
from mat_companion.audio.output import NullAudio
from mat_companion.core.clock import FakeClock
from mat_companion.paths import AppPaths
from tests.factories import make_session
from tests.ui.session.test_page_progression import ZONE, screened, seed_history
from tests.ui.session_helpers import page_of, unguarded


def launch(qtbot: QtBot, paths: AppPaths, **settings: object) -> AppContext:
    screened(paths)
    saved = json.loads(paths.settings_file.read_text())
    paths.settings_file.write_text(json.dumps({**saved, **settings}))
    context = AppContext(paths, clock=FakeClock(), audio=NullAudio())
    qtbot.addWidget(context.window, before_close_func=unguarded)
    context.window.show()
    qtbot.waitExposed(context.window)
    context.after_first_paint()
    return context


def advanced_sessions(count: int, start: datetime = datetime(2025, 6, 1, 21, tzinfo=ZONE)) -> list:
    return [
        make_session(
            stage="advanced",
            planned_seconds=1800,
            actual_seconds=1800,
            started_at=(start + timedelta(days=day)).isoformat(),
            ended_at=(start + timedelta(days=day, minutes=30)).isoformat(),
            ratings={"comfort": 5},
            skin="none",
        )
        for day in range(count)
    ]


def test_after_an_import_the_page_opens_where_the_history_stands(
    qtbot: QtBot, app_paths: AppPaths
) -> None:
    """57 Advanced sessions imported after a first run at Beginner: it agrees with Progress."""
    from mat_companion.core.history_document import serialise_history

    app_paths.data.mkdir(parents=True, exist_ok=True)
    app_paths.history_file.write_bytes(serialise_history(advanced_sessions(57)))
    context = launch(qtbot, app_paths, stage="beginner")
    setup = page_of(context).setup
    assert setup.stage_key == "advanced"
    assert setup.today.text() == "Today: Advanced, 30 min", "the length last used there"
    assert setup.suggestion.text().startswith("57 comfortable sessions in a row at 30 min")
    context.window.show_page("progress")
    assert context.window.page("progress").where.text() == "You are at Advanced."


def test_a_stage_chosen_after_the_history_stays(qtbot: QtBot, app_paths: AppPaths) -> None:
    """A step back taken on purpose, with no session since: the page opens there."""
    from mat_companion.core.history_document import serialise_history

    app_paths.data.mkdir(parents=True, exist_ok=True)
    app_paths.history_file.write_bytes(serialise_history(advanced_sessions(57)))
    context = launch(qtbot, app_paths, stage="intermediate", stage_seen_sessions=57)
    assert page_of(context).setup.stage_key == "intermediate"


def test_a_stage_chosen_in_the_first_run_wizard_again_stays(
    qtbot: QtBot, app_paths: AppPaths
) -> None:
    """Help > Getting started, run again after 57 Advanced sessions, choosing Intermediate."""
    from mat_companion.core.history_document import serialise_history

    app_paths.data.mkdir(parents=True, exist_ok=True)
    app_paths.history_file.write_bytes(serialise_history(advanced_sessions(57)))
    context = launch(qtbot, app_paths, stage="advanced", stage_seen_sessions=0)
    assert page_of(context).setup.stage_key == "advanced"
    wizard = context.open_first_run()
    stage = wizard.experience.stage  # type: ignore[attr-defined]
    stage.setCurrentIndex(stage.findData("intermediate"))
    wizard.accept()  # type: ignore[attr-defined]
    assert page_of(context).setup.stage_key == "intermediate"
    context.window.show_page("history")
    context.window.show_page("session")
    assert page_of(context).setup.stage_key == "intermediate", "the choice holds"
    assert context.settings.stage_seen_sessions == 57
    assert json.loads(app_paths.settings_file.read_text())["stage_seen_sessions"] == 57


def test_sessions_imported_while_the_app_runs_move_the_page_when_it_comes_back(
    qtbot: QtBot, app_paths: AppPaths
) -> None:
    seed_history(app_paths, 4, 4)
    context = launch(qtbot, app_paths, stage="beginner", stage_seen_sessions=2)
    page = page_of(context)
    assert page.setup.stage_key == "beginner"
    context.window.show_page("history")
    later = datetime(2026, 11, 15, 21, tzinfo=ZONE)
    context.history.add_many(advanced_sessions(3, later))  # as File > Import does
    context.window.show_page("session")
    assert page.setup.stage_key == "advanced"
    page.setup.stage.setCurrentIndex(page.setup.stage.findData("intermediate"))
    context.window.show_page("history")
    context.window.show_page("session")
    assert page.setup.stage_key == "intermediate", "a stage being picked is not overruled"


def test_the_full_setup_carries_into_the_session_record(qtbot: QtBot, app_paths: AppPaths) -> None:
    context = launch(qtbot, app_paths)
    page = page_of(context)
    setup = page.setup
    qtbot.mouseClick(setup.full_setup_button, Qt.MouseButton.LeftButton)
    setup.stage.setCurrentIndex(setup.stage.findData("intermediate"))
    setup.minutes.setValue(25)
    setup.interval.setValue(5)
    setup.pain_before.setValue(6)
    setup.position.setCurrentIndex(setup.position.findData("back"))
    qtbot.mouseClick(setup.start_button, Qt.MouseButton.LeftButton)
    controller = page.controller
    assert controller is not None
    plan = controller.session.plan
    assert (plan.stage, plan.duration_seconds, plan.interval_bell_minutes) == (
        "intermediate",
        1500,
        5,
    )
    assert plan.position == "back"
    assert controller.checkin.pain_before == 6
    controller.close()


def test_on_a_wide_screen_the_page_is_a_column_in_the_middle(
    qtbot: QtBot, app_paths: AppPaths
) -> None:
    """At 1920x1080 it sat in the top left quarter, the rest of the window empty (a walk)."""
    context = launch(qtbot, app_paths)
    context.window.resize(1920, 1080)
    QApplication.processEvents()
    setup = page_of(context).setup
    column = setup.findChild(QWidget, "setup_column")
    assert column is not None
    middle = setup.mapTo(context.window, setup.rect().center()).x()
    centre = column.mapTo(context.window, column.rect().center()).x()
    assert abs(centre - middle) <= 2
    assert column.width() < setup.width() * 0.7, "a reading width, not the whole window"
    context.window.resize(960, 640)
    QApplication.processEvents()
    assert column.width() >= setup.width() - 2, "a normal window: the whole width"
