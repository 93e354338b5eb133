"""The Trends tab and the Progress page's stats on synthetic histories, rendered offscreen."""

from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from mat_companion.core.history_stats import Change, Measure, RestPlan, chart_mondays
from mat_companion.core.settings import Settings
from mat_companion.ui.history.trends import TrendsView, change_text
from tests.factories import make_session

ZONE = timezone(timedelta(hours=1))
TODAY = datetime(2026, 11, 22, 21, 0, tzinfo=ZONE)  # a Sunday


def synthetic() -> list[dict[str, object]]:
    sessions = []
    for back in range(0, 60, 2):  # every other day for two months
        day = TODAY - timedelta(days=back)
        sessions.append(
            make_session(
                started_at=day.replace(hour=20).isoformat(),
                ended_at=None,
                actual_seconds=(10 + back % 20) * 60,
                stage="beginner" if back > 30 else "intermediate",
                ratings={
                    "pain_before": 6,
                    "pain_after": 4 if back % 4 else 3,
                    "stress_before": 7,
                    "stress_after": 3,
                    "comfort": 3 if back > 30 else 4,
                },
            )
        )
    return sessions


def view(qtbot: QtBot, tmp_path: Path, sessions: list[dict[str, object]]) -> TrendsView:
    settings = Settings(tmp_path / "settings.json")
    trends = TrendsView(
        lambda: sessions,
        {"beginner": "Beginner", "intermediate": "Intermediate"},
        settings,
        lambda: TODAY,
    )
    qtbot.addWidget(trends)
    trends.resize(700, 1400)
    trends.show()
    qtbot.waitExposed(trends)
    return trends


def test_the_trends_in_words(qtbot: QtBot, tmp_path: Path) -> None:
    trends = view(qtbot, tmp_path, synthetic())
    assert trends.stats.sessions.text() == "30 sessions, 9 h 30 min on the mat"
    assert trends.stats.week.text() == "4 sessions, 52 min"
    assert trends.stats.streak.text() == "1 day now; longest 1 day (rest days do not break it)"
    assert trends.stats.stages.text() == "Beginner 4 h 50 min, Intermediate 4 h 40 min"
    assert trends.pain_change.text() == (
        "Over the last 30 days, your pain was on average 2.5 points lower after a session "
        "than before (15 sessions)."
    )
    summaries = {
        chart.accessibleName(): chart.accessibleDescription() for chart in trends.summaries
    }
    assert summaries["Minutes per week"].startswith("Last 26 weeks: 9 h 30 min in all")
    assert summaries["Comfort by stage"] == (
        "Beginner: 3.0 of 5 (14 rated); Intermediate: 4.0 of 5 (16 rated)"
    )
    assert summaries["Practice days"] == "You practised on 30 of the last 182 days."
    assert summaries["Pain before and after, weekly averages"] == (
        "30 sessions: on average 6.0 before and 3.5 after (dashed: before)."
    )
    for chart, label in trends.summaries.items():
        assert label.text() == chart.accessibleDescription(), "the same line on screen"
    trends.widget().grab().save(str(tmp_path / "trends.png"))


def test_streaks_can_be_hidden_and_rest_days_bridge_them(qtbot: QtBot, tmp_path: Path) -> None:
    trends = view(qtbot, tmp_path, synthetic())
    settings = trends.stats._settings
    # Practice every other day; with every weekday a rest day, no gap breaks the streak.
    settings.rest_plan = RestPlan(weekdays=frozenset(range(7)))
    trends.refresh()
    assert not trends.stats.streak.isVisibleTo(trends), "streaks start hidden"
    assert trends.stats.streak_off.isVisibleTo(trends)
    assert "Turn them on in Settings" in trends.stats.streak_off.text()
    settings.show_streaks = True
    trends.refresh()
    assert trends.stats.streak.isVisibleTo(trends) and not trends.stats.streak_off.isVisibleTo(
        trends
    )
    assert trends.stats.streak.text().startswith("30 days now")


def test_an_empty_history_says_so(qtbot: QtBot, tmp_path: Path) -> None:
    trends = view(qtbot, tmp_path, [])
    assert trends.stats.sessions.text() == "0 sessions, 0 min on the mat"
    assert trends.stats.stages.text() == "nothing yet"
    assert trends.pain_change.text().startswith("No sessions in the last 30 days have pain rated")
    descriptions = [chart.accessibleDescription() for chart in trends.summaries]
    assert descriptions[0] == "No practice in the last 26 weeks."
    # The walk: with pain rated only after, a new user never learnt where the before is.
    assert "“How do you feel now?” in Change setup… before a session" in descriptions[1]
    assert descriptions[3] == "No session has a comfort rating yet."


def test_change_words_never_overstate() -> None:
    assert change_text(Measure.STRESS, Change(0.02, 3)).startswith(
        "Over the last 30 days, your stress was on average about the same"
    )
    assert "0.4 points higher" in change_text(Measure.PAIN, Change(0.4, 2))


def test_rest_days_weeks_and_streaks_are_set_on_the_settings_page(
    qtbot: QtBot, tmp_path: Path
) -> None:
    import json

    from PySide6.QtCore import QDate

    from mat_companion.paths import AppPaths
    from mat_companion.ui.settings.page import SettingsPage
    from mat_companion.ui.shell.pages import page_infos

    paths = AppPaths.under(tmp_path / "data")
    settings = Settings(paths.settings_file)
    info = next(info for info in page_infos() if info.key == "settings")
    page = SettingsPage(info, paths, settings, print, lambda: None)
    qtbot.addWidget(page)
    page.rest_days[5].setChecked(True)  # Saturday
    page.rest_days[6].setChecked(True)
    assert not page.show_streaks.isChecked(), "streaks start hidden"
    page.show_streaks.setChecked(True)
    page.rest_week.setDate(QDate(2026, 12, 24))  # a Thursday
    page.add_rest_week.click()
    saved = json.loads(paths.settings_file.read_text())
    assert saved["rest_weekdays"] == [5, 6] and saved["show_streaks"] is True
    assert saved["rest_weeks"] == ["2026-12-21"]
    from mat_companion.ui.i18n.language import short_date

    assert page.rest_weeks.item(0).text() == f"Week of {short_date(date(2026, 12, 21))}"
    page.rest_weeks.setCurrentRow(0)
    page.remove_rest_week.click()
    assert json.loads(paths.settings_file.read_text())["rest_weeks"] == []


def highlight_pixels(chart: QWidget) -> int:
    """How many of the chart's pixels are in the accent colour (whatever their alpha)."""
    import numpy as np
    from PySide6.QtGui import QImage, QPalette

    accent = chart.palette().color(QPalette.ColorRole.Highlight).rgb() & 0xFFFFFF
    image = chart.grab().toImage().convertToFormat(QImage.Format.Format_ARGB32)
    rows = np.frombuffer(image.constBits(), np.uint32, image.sizeInBytes() // 4)
    pixels = rows.reshape(image.height(), image.bytesPerLine() // 4)[:, : image.width()]
    return int(np.count_nonzero(pixels & 0xFFFFFF == accent))


def rated_sessions(count: int) -> list[dict[str, object]]:
    return [
        make_session(
            started_at=(TODAY - timedelta(days=back)).isoformat(),
            ended_at=None,
            actual_seconds=20 * 60,
            ratings={"pain_before": 6, "pain_after": 3, "stress_before": 7, "stress_after": 2},
        )
        for back in range(count)
    ]


@pytest.mark.parametrize("count", [1, 2])
def test_one_or_two_rated_sessions_are_drawn(qtbot: QtBot, tmp_path: Path, count: int) -> None:
    trends = view(qtbot, tmp_path, rated_sessions(count))
    for chart in (trends.weekly, trends.pain, trends.stress, trends.calendar):
        assert highlight_pixels(chart) > 20, f"{chart.accessibleName()} is blank"
    assert [week.sessions for week in trends.pain.weeks] == [count]


def test_pain_and_stress_are_weekly_averages_with_their_counts(
    qtbot: QtBot, tmp_path: Path
) -> None:
    sessions = synthetic()  # every other day for two months: 30 sessions
    trends = view(qtbot, tmp_path, sessions)
    weeks = trends.pain.weeks
    assert len(weeks) == 9 and sum(week.sessions for week in weeks) == 30
    assert all(0 < week.sessions <= 4 for week in weeks)
    assert trends.pain.mondays == chart_mondays(TODAY.date())
    # 1000 sessions over 26 weeks are still one point a week, not a thousand spikes.
    many = [
        make_session(
            started_at=(TODAY - timedelta(hours=4 * back)).isoformat(),
            ended_at=None,
            ratings={"pain_before": back % 10, "pain_after": 1},
        )
        for back in range(1000)
    ]
    trends = view(qtbot, tmp_path, many)
    assert len(trends.pain.weeks) == 24 and sum(w.sessions for w in trends.pain.weeks) == 1000


def test_every_chart_names_its_axes_and_months(qtbot: QtBot, tmp_path: Path) -> None:
    trends = view(qtbot, tmp_path, synthetic())
    for chart in (trends.weekly, trends.pain, trends.stress, trends.comfort):
        assert chart.y_title and chart.x_title, chart.accessibleName()
    assert trends.pain.y_title == "pain (0–10)"
    assert trends.weekly.labels[:3] == ["", "Jun", ""], "a month at the week it begins in"
    assert [label for label in trends.weekly.labels if label] == [
        "Jun",
        "Jul",
        "Aug",
        "Sep",
        "Oct",
        "Nov",
    ]
    assert trends.comfort.labels == ["Beginner", "Intermediate"]
    assert trends.calendar.weeks == 26 and trends.calendar.mondays[0].weekday() == 0


def test_totals_read_in_hours_and_minutes(qtbot: QtBot, tmp_path: Path) -> None:
    trends = view(qtbot, tmp_path, rated_sessions(4))
    assert trends.stats.sessions.text() == "4 sessions, 1 h 20 min on the mat"
    assert trends.stats.stages.text().endswith("1 h 20 min")
