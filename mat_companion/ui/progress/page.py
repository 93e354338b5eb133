"""The Progress page: the stages from Beginner to Advanced, the Feet stage, and the next one."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from mat_companion.core.clock import WallClock, local_now
from mat_companion.core.progression import Progression
from mat_companion.core.settings import Settings
from mat_companion.ui.i18n.localise import tr_core
from mat_companion.ui.shell.pages import heading

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
        self.path = QHBoxLayout()
        layout.addLayout(self.path)
        self.where = QLabel()
        self.where.setObjectName("where_you_are")
        self.where.setWordWrap(True)
        layout.addWidget(self.where)
        self.next_step = QLabel()
        self.next_step.setObjectName("next_step")
        self.next_step.setWordWrap(True)
        layout.addWidget(self.next_step)
        self.table = QGridLayout()
        layout.addLayout(self.table)
        self.note = QLabel(
            self.tr(
                "Progress is your choice: the app only suggests. Rest days and rest weeks never "
                "count against you."
            )
        )
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        layout.addStretch(1)
        self.cells: dict[tuple[str, str], QLabel] = {}

    def showEvent(self, event: QShowEvent) -> None:
        """Show the history as it is now."""
        self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        """Rebuild the path, the numbers and the next step."""
        progression = self._progression()
        sessions = list(self._history())
        self._show_stats(progression, sessions)
        current = self._settings.stage
        rows = progression.progress(sessions)
        _clear(self.path)
        main = [row for row in rows if row.stage.track == progression.main_track]
        for index, row in enumerate(main):
            if index:
                self.path.addWidget(QLabel("→"))
            here = row.stage.key == current
            chip = QLabel(f"<b>{row.stage.name}</b>" if here else row.stage.name)
            chip.setObjectName(f"path_{row.stage.key}")
            chip.setAccessibleName(
                self.tr("{stage}, where you are").format(stage=row.stage.name)
                if here
                else row.stage.name
            )
            self.path.addWidget(chip)
        self.path.addSpacing(24)
        self.path.addWidget(QLabel(self.tr("and the Feet stage, any time")))
        self.path.addStretch(1)

        by_key = {row.stage.key: row for row in rows}
        if current in by_key:
            self.where.setText(
                self.tr("You are at {stage}.").format(stage=by_key[current].stage.name)
            )
            self.next_step.setText(tr_core(by_key[current].next_step))
        _clear(self.table)
        self.cells = {}
        headers = (self.tr("Stage"), self.tr("Sessions"), self.tr("Minutes"), self.tr("Completed"))
        for column, header in enumerate(headers):
            self.table.addWidget(QLabel(f"<b>{header}</b>"), 0, column)
        for line, row in enumerate(rows, start=1):
            values = (row.stage.name, str(row.sessions), str(row.minutes), str(row.completed))
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


def _clear(layout: QHBoxLayout | QGridLayout) -> None:
    while (item := layout.takeAt(0)) is not None:
        widget = item.widget()
        if widget is not None:
            widget.deleteLater()
