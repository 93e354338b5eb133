"""The sessions table: columns that fit the page, the Note taking the room left.

The columns before the Note are as wide as their title and the rows on screen
need (Qt measures only the visible rows, so 10,000 sessions cost nothing more);
the Note gets the rest. Where the page is too narrow for that, those columns
give up width, the widest first, so the table never scrolls sideways.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyleOptionHeader,
    QTableView,
    QWidget,
)

#: The Note keeps at least this share of the width when the others have to shrink (or
#: what its notes need, if less: empty notes give their room to the others first).
NOTE_SHARE = 0.2
#: Room beside a column's title, and for the sort arrow beside the sorted one's.
TITLE_PADDING = 12
ARROW_ROOM = 18


def fit_widths(natural: list[int], available: int, note: int) -> list[int]:
    """The widths of the columns before the last, and the last's, to fill ``available``.

    The last column (the Note, ``note`` wide for its title and notes) gets what
    the others leave, but at least ``NOTE_SHARE`` of the width or ``note``,
    whichever is less; to leave it that, the widest of the others give up width
    first, down to one width for all of them, so a narrow column ("2 → 1") stays whole.
    """
    floor = min(int(available * NOTE_SHARE), note)
    room = max(0, available - floor)
    widths = list(natural)
    if sum(widths) > room:
        cap = _cap(widths, room)
        widths = [min(width, cap) for width in widths]
    return [*widths, available - sum(widths)]


def _cap(widths: list[int], room: int) -> int:
    """The largest width such that ``widths`` cut down to it fit in ``room``."""
    rest, count = room, len(widths)
    for index, width in enumerate(sorted(widths)):
        share = rest // (count - index)
        if width > share:
            return share
        rest -= width
    return max(widths, default=0)


class SortHeader(QHeaderView):
    """A header whose sort arrow points the way the rows go: down when the newest is first.

    QHeaderView asks the style for an up arrow for a descending order, which
    read as "oldest first" on a table sorted newest first.
    """

    def initStyleOptionForIndex(self, option: QStyleOptionHeader, logical_index: int) -> None:
        """Qt's option for the section, with the arrow turned to match the order."""
        super().initStyleOptionForIndex(option, logical_index)
        flipped = {
            QStyleOptionHeader.SortIndicator.SortUp: QStyleOptionHeader.SortIndicator.SortDown,
            QStyleOptionHeader.SortIndicator.SortDown: QStyleOptionHeader.SortIndicator.SortUp,
        }
        option.sortIndicator = flipped.get(option.sortIndicator, option.sortIndicator)


class SessionsTable(QTableView):
    """A read-only table of sessions, one row selected at a time, fitted to its width."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHorizontalHeader(SortHeader(Qt.Orientation.Horizontal, self))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.verticalHeader().hide()
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.horizontalHeader()
        header.setSortIndicatorShown(True)
        header.setSectionsClickable(True)
        header.setStretchLastSection(False)
        header.sortIndicatorChanged.connect(self.fit_columns)

    @Slot()
    def fit_columns(self) -> None:
        """Size the columns to their content and give the Note the rest of the width."""
        header = self.horizontalHeader()
        model = self.model()
        if model is None or header.count() == 0:
            return
        metrics = header.fontMetrics()
        natural = []
        for column in range(header.count()):
            title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
            room = TITLE_PADDING + (ARROW_ROOM if column == header.sortIndicatorSection() else 0)
            natural.append(
                max(metrics.horizontalAdvance(title) + room, self.sizeHintForColumn(column))
            )
        widths = fit_widths(natural[:-1], self.viewport().width(), natural[-1])
        for column, width in enumerate(widths):
            header.resizeSection(column, width)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Fit the columns to the new width."""
        super().resizeEvent(event)
        self.fit_columns()
