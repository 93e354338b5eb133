"""The user's own numbers and trends: stats in words, and charts with a line of text each.

Every figure comes from core/history_stats; here it is only put into words.
Trends are described as what the user recorded, never as a health finding.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from mat_companion.core.clock import WallClock
from mat_companion.core.history_stats import (
    CHART_WEEKS,
    TREND_DAYS,
    Change,
    Entry,
    Measure,
    average_change,
    before_after,
    chart_mondays,
    chart_top,
    comfort_by_stage,
    entries,
    hours_and_minutes,
    minutes_per_day,
    minutes_per_stage,
    minutes_per_week,
    streaks,
    totals,
    weekly_before_after,
)
from mat_companion.core.settings import Settings
from mat_companion.ui.history.charts import (
    BarChart,
    BeforeAfterChart,
    CalendarChart,
    Chart,
    month_labels,
)
from mat_companion.ui.i18n.language import decimal, short_date
from mat_companion.ui.i18n.plurals import counted

T = TypeVar("T")
History = Callable[[], Sequence[dict[str, Any]]]


def measure_name(measure: Measure) -> str:
    """What a measure is called in a sentence."""
    if measure is Measure.PAIN:
        return QCoreApplication.translate("Trends", "pain")
    return QCoreApplication.translate("Trends", "stress")


def change_text(measure: Measure, change: Change | None) -> str:
    """The average change of pain or stress in words, as the user's own record."""
    name = measure_name(measure)
    if change is None:
        return QCoreApplication.translate(
            "Trends",
            "No sessions in the last {days} days have {measure} rated both before and after.",
        ).format(days=TREND_DAYS, measure=name)
    points = decimal(abs(change.average))
    if round(change.average, 1) == 0:
        how = QCoreApplication.translate("Trends", "about the same after a session as before")
    elif change.average < 0:
        how = QCoreApplication.translate(
            "Trends", "{points} points lower after a session than before"
        ).format(points=points)
    else:
        how = QCoreApplication.translate(
            "Trends", "{points} points higher after a session than before"
        ).format(points=points)
    return QCoreApplication.translate(
        "Trends",
        "Over the last {days} days, your {measure} was on average {how} ({sessions}).",
    ).format(days=TREND_DAYS, measure=name, how=how, sessions=counted(change.sessions, "session"))


def in_stage_order(values: dict[str, T], stage_names: dict[str, str]) -> dict[str, T]:
    """``values`` keyed by stage, in the order of the stages (unknown stages last)."""
    order = {key: index for index, key in enumerate(stage_names)}
    return dict(sorted(values.items(), key=lambda item: order.get(item[0], len(order))))


def duration(minutes: float) -> str:
    """Time on the mat as people say it: "45 min", "30 h 38 min"."""
    hours, rest = hours_and_minutes(minutes)
    if not hours:
        return counted(rest, "minute")
    return QCoreApplication.translate("Trends", "{hours} h {minutes} min").format(
        hours=hours, minutes=rest
    )


class StatsPanel(QWidget):
    """Totals, this week, streaks (if turned on) and minutes per stage, in words.

    Streaks start hidden (users of practice apps say they cause stress); where
    they would be, one line says where to turn them on.
    """

    def __init__(
        self,
        stage_names: dict[str, str],
        settings: Settings,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._stage_names = stage_names
        self._settings = settings
        form = QFormLayout(self)
        self.sessions = QLabel()
        self.week = QLabel()
        self.streak = QLabel()
        self.stages = QLabel()
        self.stages.setWordWrap(True)
        self.streak_title = QLabel(self.tr("Streak"))
        self.streak_off = QLabel(self.tr("Streaks are off. Turn them on in Settings if you like."))
        self.streak_off.setWordWrap(True)
        form.addRow(self.tr("In all"), self.sessions)
        form.addRow(self.tr("This week"), self.week)
        form.addRow(self.streak_title, self.streak)
        form.addRow(self.streak_off)
        form.addRow(self.tr("Per stage"), self.stages)

    def show_entries(self, found: list[Entry], today: date) -> None:
        """Fill in the numbers for ``found`` as of ``today``."""
        total = totals(found, today)
        self.sessions.setText(
            self.tr("{sessions}, {minutes} on the mat").format(
                sessions=counted(total.sessions, "session"), minutes=duration(total.minutes)
            )
        )
        self.week.setText(
            self.tr("{sessions}, {minutes}").format(
                sessions=counted(total.week_sessions, "session"),
                minutes=duration(total.week_minutes),
            )
        )
        shown = self._settings.show_streaks
        self.streak.setVisible(shown)
        self.streak_title.setVisible(shown)
        self.streak_off.setVisible(not shown)
        runs = streaks([entry.day for entry in found], today, self._settings.rest_plan)
        self.streak.setText(
            self.tr("{current} now; longest {longest} (rest days do not break it)").format(
                current=counted(runs.current, "day"), longest=counted(runs.longest, "day")
            )
        )
        per_stage = in_stage_order(minutes_per_stage(found), self._stage_names)
        self.stages.setText(
            ", ".join(
                f"{self._stage_names.get(stage, stage)} {duration(minutes)}"
                for stage, minutes in per_stage.items()
            )
            or self.tr("nothing yet")
        )


def _summary(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return label


class TrendsView(QScrollArea):
    """The stats and the charts, rebuilt from the history on ``refresh``."""

    def __init__(
        self,
        history: History,
        stage_names: dict[str, str],
        settings: Settings,
        wall_clock: WallClock,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("history_trends")
        self.setWidgetResizable(True)
        self._history = history
        self._stage_names = stage_names
        self._wall_clock = wall_clock
        body = QWidget()
        column = QVBoxLayout(body)
        self.stats = StatsPanel(stage_names, settings)
        column.addWidget(self.stats)
        self.pain_change = _summary("")
        self.stress_change = _summary("")
        self.pain_change.setObjectName("pain_change")
        self.stress_change.setObjectName("stress_change")
        column.addWidget(self.pain_change)
        column.addWidget(self.stress_change)
        note = _summary(
            self.tr(
                "These are your own ratings, to help you notice what suits you. "
                "They are not a medical measurement."
            )
        )
        note.setStyleSheet("font-style: italic")
        column.addWidget(note)
        self._build_charts()
        self.summaries: dict[Chart, QLabel] = {}
        for chart in (self.weekly, self.pain, self.stress, self.comfort, self.calendar):
            title = QLabel(f"<b>{chart.accessibleName()}</b>")
            summary = _summary("")
            summary.setObjectName(f"summary_{len(self.summaries)}")
            column.addWidget(title)
            column.addWidget(chart)
            column.addWidget(summary)
            self.summaries[chart] = summary
        column.addStretch(1)
        self.setWidget(body)
        self.refresh()

    def _build_charts(self) -> None:
        """The charts, each with its axes named."""
        self.weekly = BarChart(self.tr("Minutes per week"))
        self.weekly.set_axes(self.tr("minutes"), self.tr("week"))
        self.pain = BeforeAfterChart(self.tr("Pain before and after, weekly averages"))
        self.stress = BeforeAfterChart(self.tr("Stress before and after, weekly averages"))
        for measure, lines in ((Measure.PAIN, self.pain), (Measure.STRESS, self.stress)):
            lines.set_axes(
                self.tr("{measure} (0–10)").format(measure=measure_name(measure)),
                self.tr("week (under each point: how many sessions it averages)"),
            )
            lines.set_legend(self.tr("before"), self.tr("after"))
        self.comfort = BarChart(self.tr("Comfort by stage"))
        self.comfort.set_axes(self.tr("comfort (1–5)"), self.tr("stage"))
        self.calendar = CalendarChart(self.tr("Practice days"), CHART_WEEKS)

    def _summarise(self, chart: Chart, text: str) -> None:
        chart.set_summary(text)
        self.summaries[chart].setText(text)

    def refresh(self) -> None:
        """Recompute everything from the history as it is now."""
        found = entries(self._history())
        today = self._wall_clock().date()
        self.stats.show_entries(found, today)
        for measure, label in (
            (Measure.PAIN, self.pain_change),
            (Measure.STRESS, self.stress_change),
        ):
            label.setText(change_text(measure, average_change(found, measure, today)))

        mondays = chart_mondays(today)
        weekly = minutes_per_week(found, today)
        minutes = [m for _, m in weekly]
        self.weekly.set_data(month_labels(mondays), minutes, chart_top(max([*minutes, 10.0])))
        busiest = max(weekly, key=lambda week: week[1])
        self._summarise(
            self.weekly,
            self.tr(
                "Last {weeks} weeks: {total} in all; the most, {most}, in the week of {day}."
            ).format(
                weeks=CHART_WEEKS,
                total=duration(sum(m for _, m in weekly)),
                most=duration(busiest[1]),
                day=short_date(busiest[0]),
            )
            if busiest[1]
            else self.tr("No practice in the last {weeks} weeks.").format(weeks=CHART_WEEKS),
        )
        first = mondays[0]
        for measure, chart in ((Measure.PAIN, self.pain), (Measure.STRESS, self.stress)):
            chart.set_data(weekly_before_after(found, measure, today), mondays)
            points = [p for p in before_after(found, measure) if first <= p[0] <= today]
            self._summarise(chart, self._before_after_text(measure, points))

        comfort = in_stage_order(comfort_by_stage(found), self._stage_names)
        names = [self._stage_names.get(stage, stage) for stage in comfort]
        self.comfort.set_data(
            names, [change.average for change in comfort.values()], top=5, ticks=(1, 2, 3, 4, 5)
        )
        self._summarise(
            self.comfort,
            "; ".join(
                self.tr("{stage}: {average} of 5 ({count} rated)").format(
                    stage=name, average=decimal(change.average), count=change.sessions
                )
                for name, change in zip(names, comfort.values(), strict=True)
            )
            or self.tr("No session has a comfort rating yet."),
        )

        days = minutes_per_day(found, first, today)
        self.calendar.set_data(mondays, today, days)
        self._summarise(
            self.calendar,
            self.tr("You practised on {count} of the last {total} days.").format(
                count=len(days), total=(today - first).days + 1
            ),
        )

    def _before_after_text(self, measure: Measure, points: list[tuple[date, int, int]]) -> str:
        if not points:
            # Where to rate it: the before is a click away, and new users never found it.
            return self.tr(
                "No sessions in the last {weeks} weeks have {measure} rated before and after:"
                " rate it under “How do you feel now?” in Change setup… before a session, and"
                " on the card after it."
            ).format(weeks=CHART_WEEKS, measure=measure_name(measure))
        before = sum(point[1] for point in points) / len(points)
        after = sum(point[2] for point in points) / len(points)
        return self.tr(
            "{sessions}: on average {before} before and {after} after (dashed: before)."
        ).format(
            sessions=counted(len(points), "session"),
            before=decimal(before),
            after=decimal(after),
        )
