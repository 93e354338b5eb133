"""The Progress page on histories the app did not record itself."""

from datetime import datetime, timedelta, timezone
from pathlib import Path

from pytestqt.qtbot import QtBot

from mat_companion.core.progression import Progression, ProgressionRules
from mat_companion.core.settings import Settings
from mat_companion.core.stages import load_stages
from mat_companion.paths import resource
from mat_companion.ui.progress.page import ProgressPage
from tests.factories import make_session

ZONE = timezone(timedelta(hours=1))
NOW = datetime(2026, 12, 1, 21, 0, tzinfo=ZONE)


def page_for(qtbot: QtBot, tmp_path: Path, sessions: list[dict[str, object]]) -> ProgressPage:
    progression = Progression(
        load_stages(resource("stages.json")), ProgressionRules.load(resource("progression.json"))
    )
    settings = Settings(tmp_path / "settings.json")  # as after the first run: Beginner
    assert settings.stage == "beginner"
    page = ProgressPage(lambda: progression, lambda: sessions, settings, lambda: NOW)
    qtbot.addWidget(page)
    page.resize(1000, 700)
    page.show()
    qtbot.waitExposed(page)
    return page


def imported(count: int, stage: str) -> list[dict[str, object]]:
    return [
        make_session(
            stage=stage,
            started_at=(NOW - timedelta(days=3 * back)).isoformat(),
            ended_at=None,
            actual_seconds=30 * 60,
            planned_seconds=30 * 60,
            ratings={"comfort": 5},
        )
        for back in range(count)
    ]


def test_imported_advanced_sessions_put_the_user_at_advanced(qtbot: QtBot, tmp_path: Path) -> None:
    page = page_for(qtbot, tmp_path, imported(57, "advanced"))
    assert page.where.text() == "You are at Advanced."
    assert page.next_step.text() == "The last stage: up to its longest session."
    assert page.path.here == 2 and [stop.name for stop in page.path.stops] == [
        "Beginner",
        "Intermediate",
        "Advanced",
    ]
    assert page.path.stops[2].detail == "57 sessions"
    assert page.path.accessibleDescription().endswith("You are at Advanced.")
    assert page.cells[("advanced", "minutes")].text() == "28 h 30 min", "hours and minutes"
    page.grab().save(str(tmp_path / "progress.png"))


def test_an_empty_history_stands_at_the_chosen_stage(qtbot: QtBot, tmp_path: Path) -> None:
    page = page_for(qtbot, tmp_path, [])
    assert page.where.text() == "You are at Beginner."
    assert page.path.here == 0
    assert page.stats is not None and page.stats.sessions.text() == "0 sessions, 0 min on the mat"
