"""The history as a table: one row per session, sorted and filtered in the model itself.

Sorting and filtering work on plain Python lists (a key per row, computed
once per column; a lower-case text per row for searching) rather than through
a proxy model, whose per-row calls into Python would cost far more with
10,000 sessions. Cell texts are made only for the rows on screen.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from mat_companion.core.completion import length
from mat_companion.core.history_schema import Session
from mat_companion.core.history_stats import Measure, session_day
from mat_companion.ui.i18n.language import date_time
from mat_companion.ui.i18n.localise import tr_core
from mat_companion.ui.i18n.record_labels import label_of, positions

Index = QModelIndex | QPersistentModelIndex
SortKey = Callable[[Session], Any]


def _rating(session: Session, name: str) -> int | None:
    ratings = session.get("ratings") or {}
    return ratings.get(name)


def _change_text(session: Session, measure: Measure) -> str:
    before, after = _rating(session, measure.before), _rating(session, measure.after)
    if before is None and after is None:
        return ""
    return f"{'–' if before is None else before} → {'–' if after is None else after}"


def _change_key(measure: Measure) -> SortKey:
    def key(session: Session) -> tuple[int, int]:
        before = _rating(session, measure.before)
        after = _rating(session, measure.after)
        return (-1 if before is None else before, -1 if after is None else after)

    return key


def _breathing_name(session: Session) -> str:
    breathing = session.get("breathing")
    if not breathing:
        return ""
    return str(breathing.get("preset") or QCoreApplication.translate("HistoryTableModel", "custom"))


@dataclass(frozen=True)
class Column:
    """One column: its title, the text of a cell, and how rows sort by it."""

    key: str
    title: str
    text: Callable[[Session], str]
    sort_key: SortKey


def columns(stage_names: dict[str, str], pattern_names: dict[str, str]) -> list[Column]:
    """The table's columns, in order."""
    place = positions()

    def stage_name(session: Session) -> str:
        stage: str = session["stage"]
        return stage_names.get(stage, stage)

    return [
        Column(
            "date",
            QCoreApplication.translate("HistoryTableModel", "Date"),
            lambda s: "",
            lambda s: s["started_at"],
        ),
        Column(
            "length",
            QCoreApplication.translate("HistoryTableModel", "Length"),
            lambda s: tr_core(length(s["actual_seconds"])),
            lambda s: s["actual_seconds"],
        ),
        Column(
            "stage",
            QCoreApplication.translate("HistoryTableModel", "Stage"),
            stage_name,
            stage_name,
        ),
        Column(
            "position",
            QCoreApplication.translate("HistoryTableModel", "Position"),
            lambda s: label_of(place, s.get("position")),
            lambda s: label_of(place, s.get("position")),
        ),
        Column(
            "breathing",
            QCoreApplication.translate("HistoryTableModel", "Breathing"),
            lambda s: pattern_names.get(_breathing_name(s), _breathing_name(s)),
            lambda s: pattern_names.get(_breathing_name(s), _breathing_name(s)),
        ),
        Column(
            "pain",
            QCoreApplication.translate("HistoryTableModel", "Pain"),
            lambda s: _change_text(s, Measure.PAIN),
            _change_key(Measure.PAIN),
        ),
        Column(
            "stress",
            QCoreApplication.translate("HistoryTableModel", "Stress"),
            lambda s: _change_text(s, Measure.STRESS),
            _change_key(Measure.STRESS),
        ),
        Column(
            "comfort",
            QCoreApplication.translate("HistoryTableModel", "Comfort"),
            lambda s: "" if _rating(s, "comfort") is None else f"{_rating(s, 'comfort')}/5",
            lambda s: _rating(s, "comfort") or 0,
        ),
        Column(
            "note",
            QCoreApplication.translate("HistoryTableModel", "Note"),
            lambda s: (s.get("note") or "").split("\n", 1)[0],
            lambda s: (s.get("note") or "").casefold(),
        ),
    ]


@dataclass(frozen=True)
class HistoryFilter:
    """Which sessions to show: a date range (inclusive), a stage, and text anywhere in a row."""

    text: str = ""
    stage: str | None = None
    first: date | None = None
    last: date | None = None


class HistoryTableModel(QAbstractTableModel):
    """Sessions as rows; ``sort`` and ``set_filter`` reorder and hide rows in place."""

    def __init__(
        self,
        sessions: Sequence[Session],
        stage_names: dict[str, str],
        pattern_names: dict[str, str] | None = None,
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self._columns = columns(stage_names, pattern_names or {})
        self._sessions: Sequence[Session] = sessions
        self._rows: list[int] = []
        self._sort: tuple[int, Qt.SortOrder] = (0, Qt.SortOrder.DescendingOrder)
        self._filter = HistoryFilter()
        self._keys: dict[int, list[Any]] = {}
        self._haystacks: list[str] | None = None
        self._days: list[date] | None = None
        self._arrange()

    # Data in ------------------------------------------------------------------------------

    def set_sessions(self, sessions: Sequence[Session]) -> None:
        """Show ``sessions`` (after an edit, undo or import), keeping the sort and filter."""
        self.beginResetModel()
        self._sessions = sessions
        self._keys.clear()
        self._haystacks = None
        self._days = None
        self._arrange()
        self.endResetModel()

    def session(self, row: int) -> Session:
        """The session shown in ``row``."""
        return self._sessions[self._rows[row]]

    def row_of(self, session_id: str) -> int | None:
        """The row showing the session ``session_id``, if it is shown."""
        for row, index in enumerate(self._rows):
            if self._sessions[index]["id"] == session_id:
                return row
        return None

    @property
    def total(self) -> int:
        """How many sessions there are, shown or not."""
        return len(self._sessions)

    # Sort and filter ----------------------------------------------------------------------

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort the rows by ``column`` (what a header click asks for)."""
        if not 0 <= column < len(self._columns):
            return
        self.layoutAboutToBeChanged.emit()
        self._sort = (column, order)
        self._arrange()
        self.layoutChanged.emit()

    def set_filter(self, wanted: HistoryFilter) -> None:
        """Show only the sessions that match ``wanted``."""
        if wanted == self._filter:
            return
        self.beginResetModel()
        self._filter = wanted
        self._arrange()
        self.endResetModel()

    def _arrange(self) -> None:
        rows = self._matching()
        column, order = self._sort
        keys = self._sort_keys(column)
        rows.sort(key=keys.__getitem__, reverse=order == Qt.SortOrder.DescendingOrder)
        self._rows = rows

    def _sort_keys(self, column: int) -> list[Any]:
        if column not in self._keys:
            key = self._columns[column].sort_key
            self._keys[column] = [key(session) for session in self._sessions]
        return self._keys[column]

    def _matching(self) -> list[int]:
        wanted = self._filter
        rows: Sequence[int] = range(len(self._sessions))
        if wanted.stage is not None:
            rows = [i for i in rows if self._sessions[i]["stage"] == wanted.stage]
        if wanted.first is not None or wanted.last is not None:
            days = self._session_days()
            first, last = wanted.first or date.min, wanted.last or date.max
            rows = [i for i in rows if first <= days[i] <= last]
        text = wanted.text.strip().casefold()
        if text:
            haystacks = self._search_texts()
            rows = [i for i in rows if text in haystacks[i]]
        return list(rows)

    def _session_days(self) -> list[date]:
        if self._days is None:
            self._days = [session_day(session) for session in self._sessions]
        return self._days

    def prepare_search(self) -> None:
        """Build the search texts now (call when idle), so the first keystroke is as quick."""
        self._search_texts()

    def _search_texts(self) -> list[str]:
        if self._haystacks is None:
            texts = [column.text for column in self._columns[2:]]
            self._haystacks = [
                "\n".join([*(text(s) for text in texts), s.get("note") or ""]).casefold()
                for s in self._sessions
            ]
        return self._haystacks

    # Qt's model interface -----------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        """Rows shown (none under a valid parent: this is a flat table)."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        """The columns (none under a valid parent)."""
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """A cell's text, tooltip or alignment."""
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        session = self.session(index.row())
        column = self._columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column.key == "date":
                return self._date_text(session)
            return column.text(session)
        if role == Qt.ItemDataRole.ToolTipRole and column.key == "note":
            return session.get("note") or None
        if role == Qt.ItemDataRole.TextAlignmentRole and column.key in ("length", "comfort"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _date_text(self, session: Session) -> str:
        return date_time(datetime.fromisoformat(session["started_at"]))

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Column titles; rows have no header."""
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self._columns)
        ):
            return self._columns[section].title
        return None
