"""The Progress page: the path of stages with where the user stands, the Feet stage, the next step.

Where one stands comes from the whole history, imported sessions included
(``Progression.standing``), not from the stage last picked in the app.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from mat_companion.core.clock import WallClock, local_now
from mat_companion.core.progression import Progression
from mat_companion.core.settings import Settings
from mat_companion.ui.i18n.localise import tr_core
from mat_companion.ui.i18n.plurals import counted
from mat_companion.ui.progress.path import StagePath, Stop
from mat_companion.ui.shell.pages import heading
from mat_companion.ui.widgets.theme import PADDING
from mat_companion.ui.widgets.wrapped_label import WrappedLabel

if TYPE_CHECKING:
    from mat_companion.ui.history.trends import StatsPanel


class ProgressPage(QWidget):
    """Rebuilt from the history each time it is shown."""

    def __init__(
        self,
        progression: Callable[[], Progression],
        history: Callable[[], Sequence[dict[str, Any]]],
        settings: Settings,
        wall_clock: WallClock = local_now,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("page_progress")
        self.setAccessibleName(self.tr("Progress"))
        self._progression = progression
        self._history = history
        self._settings = settings
        self._wall_clock = wall_clock
        self.stats: StatsPanel | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Progress")))
        self._stats_slot = QVBoxLayout()
        layout.addLayout(self._stats_slot)
        self.path = StagePath()
        self.path.setObjectName("stage_path")
        self.path.setAccessibleName(self.tr("The stages and where you stand"))
        self.feet = QLabel(self.tr("and the Feet stage, any time"))
        line = QHBoxLayout()
        line.addWidget(self.path, 1)
        line.addWidget(self.feet)
        layout.addLayout(line)
        self.where = WrappedLabel()
        self.where.setObjectName("where_you_are")
        layout.addWidget(self.where)
        self.next_step = WrappedLabel()
        self.next_step.setObjectName("next_step")
        layout.addWidget(self.next_step)
        self.table = QGridLayout()
        self.table.setColumnStretch(4, 1)  # past its four columns: they stay together, read across
        self.table.setHorizontalSpacing(2 * PADDING[1])
        layout.addLayout(self.table)
        self.note = WrappedLabel(
            self.tr(
                "Progress is your choice: the app only suggests. Rest days and rest weeks never "
                "count against you."
            )
        )
        layout.addWidget(self.note)
        layout.addStretch(1)
        self.cells: dict[tuple[str, str], QLabel] = {}

    def showEvent(self, event: QShowEvent) -> None:
        """Show the history as it is now."""
        self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        """Rebuild the path, the numbers and the next step."""
        from mat_companion.ui.history.trends import duration

        progression = self._progression()
        sessions = list(self._history())
        self._show_stats(progression, sessions)
        current = progression.standing(sessions, self._settings.stage)
        rows = progression.progress(sessions)
        by_key = {row.stage.key: row for row in rows}
        if current in by_key:
            self.where.setText(
                self.tr("You are at {stage}.").format(stage=by_key[current].stage.name)
            )
            self.next_step.setText(tr_core(by_key[current].next_step))
        main = [row for row in rows if row.stage.track == progression.main_track]
        keys = [row.stage.key for row in main]
        self.path.set_stops(
            [Stop(row.stage.name, counted(row.sessions, "session")) for row in main],
            keys.index(current) if current in keys else -1,
            self.tr("you are here"),
            " → ".join(row.stage.name for row in main) + ". " + self.where.text(),
        )
        _clear(self.table)
        self.cells = {}
        headers = (self.tr("Stage"), self.tr("Sessions"), self.tr("Time"), self.tr("Completed"))
        for column, header in enumerate(headers):
            self.table.addWidget(QLabel(f"<b>{header}</b>"), 0, column)
        for line, row in enumerate(rows, start=1):
            values = (row.stage.name, str(row.sessions), duration(row.minutes), str(row.completed))
            for column, (name, value) in enumerate(
                zip(("stage", "sessions", "minutes", "completed"), values, strict=True)
            ):
                cell = QLabel(value)
                self.table.addWidget(cell, line, column)
                self.cells[(row.stage.key, name)] = cell

    def _show_stats(self, progression: Progression, sessions: list[dict[str, Any]]) -> None:
        from mat_companion.core.history_stats import entries
        from mat_companion.ui.history.trends import StatsPanel

        if self.stats is None:
            names = {key: stage.name for key, stage in progression.stages.items()}
            self.stats = StatsPanel(names, self._settings)
            self.stats.setObjectName("progress_stats")
            self._stats_slot.addWidget(self.stats)
        self.stats.show_entries(entries(sessions), self._wall_clock().date())


def _clear(layout: QGridLayout) -> None:
    while (item := layout.takeAt(0)) is not None:
        widget = item.widget()
        if widget is not None:
            widget.deleteLater()
