"""The daily reminder against a fake wall clock, and its place in Settings."""

from datetime import datetime, time, timedelta, timezone
from pathlib import Path

from pytestqt.qtbot import QtBot

from mat_companion.app import AppContext
from mat_companion.core.clock import FakeClock
from mat_companion.core.settings import Settings
from mat_companion.ui.shell.reminder import DailyReminder
from tests.factories import make_session
from tests.ui.session_helpers import advance, start_session

ZONE = timezone(timedelta(hours=1))


class Wall:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def reminder(
    tmp_path: Path, now: datetime, sessions: list[dict[str, object]]
) -> tuple[DailyReminder, Wall, Settings]:
    settings = Settings(tmp_path / "settings.json")
    settings.reminder_enabled = True
    settings.reminder_time = time(19, 30)
    wall = Wall(now)
    return DailyReminder(settings, wall, lambda: sessions), wall, settings


def test_reminds_once_at_the_time(qtbot: QtBot, tmp_path: Path) -> None:
    daily, wall, _ = reminder(tmp_path, datetime(2026, 11, 22, 19, 0, tzinfo=ZONE), [])
    seen: list[tuple[str, str]] = []
    daily.due.connect(lambda title, text: seen.append((title, text)))
    daily.check()
    assert seen == [] and daily.armed
    assert daily._timer.interval() == 600_000, "looks again within ten minutes"
    wall.now = datetime(2026, 11, 22, 19, 30, tzinfo=ZONE)
    daily.check()
    assert seen == [
        ("Time for your mat?", "If you would like a session today, Mat Companion is ready.")
    ]
    wall.now += timedelta(hours=2)
    daily.check()
    assert len(seen) == 1, "once a day"
    wall.now = datetime(2026, 11, 23, 19, 31, tzinfo=ZONE)
    daily.check()
    assert len(seen) == 2, "and again the next day"


def test_no_reminder_on_a_day_already_practised_or_when_off(qtbot: QtBot, tmp_path: Path) -> None:
    done = [make_session(started_at="2026-11-22T08:00:00+01:00")]
    daily, wall, settings = reminder(tmp_path, datetime(2026, 11, 22, 20, 0, tzinfo=ZONE), done)
    seen: list[str] = []
    daily.due.connect(lambda title, _text: seen.append(title))
    daily.check()
    assert seen == []
    settings.reminder_enabled = False
    wall.now = datetime(2026, 11, 23, 20, 0, tzinfo=ZONE)
    daily.check()
    assert seen == [] and not daily.armed


def test_turning_it_on_after_the_time_waits_for_tomorrow(qtbot: QtBot, tmp_path: Path) -> None:
    daily, wall, _ = reminder(tmp_path, datetime(2026, 11, 22, 21, 0, tzinfo=ZONE), [])
    seen: list[str] = []
    daily.due.connect(lambda title, _text: seen.append(title))
    daily.rearm()
    assert seen == [] and daily.armed
    wall.now = datetime(2026, 11, 23, 19, 30, tzinfo=ZONE)
    daily.check()
    assert seen == ["Time for your mat?"]


def test_the_reminder_is_set_in_settings(qtbot: QtBot, tmp_path: Path) -> None:
    import json

    from PySide6.QtCore import QTime

    from mat_companion.paths import AppPaths
    from mat_companion.ui.settings.page import SettingsPage
    from mat_companion.ui.shell.pages import page_infos

    paths = AppPaths.under(tmp_path / "data")
    info = next(info for info in page_infos() if info.key == "settings")
    page = SettingsPage(info, paths, Settings(paths.settings_file), print, lambda: None)
    qtbot.addWidget(page)
    assert not page.reminder_time.isEnabled()
    with qtbot.waitSignal(page.reminder_changed):
        page.reminder.setChecked(True)
    page.reminder_time.setTime(QTime(7, 15))
    saved = json.loads(paths.settings_file.read_text())
    assert saved["reminder_enabled"] is True and saved["reminder_time"] == "07:15"


def test_no_reminder_while_a_session_runs(qtbot: QtBot, tmp_path: Path) -> None:
    """Someone on the mat at the reminder time has come: no "Time for your mat?" mid-session."""
    settings = Settings(tmp_path / "settings.json")
    settings.reminder_enabled = True
    settings.reminder_time = time(19, 30)
    wall = Wall(datetime(2026, 11, 22, 19, 30, tzinfo=ZONE))
    running = [True]
    daily = DailyReminder(settings, wall, lambda: [], on_the_mat=lambda: running[0])
    seen: list[str] = []
    daily.due.connect(lambda title, _text: seen.append(title))
    daily.check()
    assert seen == [] and daily.armed, "it looks again later"
    running[0] = False  # the session was let go unsaved: the day is still open
    wall.now += timedelta(minutes=10)
    daily.check()
    assert seen == ["Time for your mat?"]


def test_the_app_holds_the_reminder_during_a_session(
    qtbot: QtBot, context: AppContext, clock: FakeClock
) -> None:
    context.settings.reminder_enabled = True
    context.settings.reminder_time = time(21, 1)  # the tests' wall clock starts at 21:00
    page = start_session(qtbot, context)
    context.start_reminder()
    assert context.reminder is not None
    seen: list[str] = []
    context.reminder.due.connect(lambda title, _text: seen.append(title))
    advance(page, clock, 120)
    context.reminder.check()
    assert seen == [], "the session is running"
    page.controller.end_early()  # type: ignore[union-attr]
    context.reminder.check()
    assert seen == [], "nor on its completion card"
