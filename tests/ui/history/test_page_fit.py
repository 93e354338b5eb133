"""The History page's small things: where the date pickers open, the table's fit, the arrow."""

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QComboBox
from pytestqt.qtbot import QtBot

from mat_companion.core.history_schema import session_problem
from mat_companion.ui.history.page import HistoryPage
from mat_companion.ui.history.record_editor import SessionEditor
from mat_companion.ui.history.table_view import fit_widths
from tests.factories import make_session
from tests.ui.history.test_page import page, saved  # noqa: F401 - the fixtures

NOTE = 8


def test_the_date_pickers_open_on_this_month(qtbot: QtBot, page: HistoryPage) -> None:  # noqa: F811
    for edit in (page.first_day, page.last_day):
        assert edit.text() == "any"
        qtbot.mouseClick(edit, Qt.MouseButton.LeftButton, pos=QPoint(edit.width() - 6, 6))
        calendar = edit.calendarWidget()
        qtbot.waitUntil(calendar.isVisible)
        assert (calendar.yearShown(), calendar.monthShown()) == (2026, 11), "the tests' today"
        calendar.window().close()
        assert edit.text() == "any", "opening the picker chose no day"


def test_the_table_fits_at_the_default_size_and_the_note_gets_the_room(
    page: HistoryPage,  # noqa: F811 - the fixture
) -> None:
    window = page.window()
    for size in ((960, 640), (800, 600)):
        window.resize(*size)
        QApplication.processEvents()
        table = page.table
        assert not table.horizontalScrollBar().isVisible(), size
        header = table.horizontalHeader()
        widths = [header.sectionSize(column) for column in range(header.count())]
        assert sum(widths) <= table.viewport().width()
        assert widths[NOTE] >= table.sizeHintForColumn(NOTE), f"every note whole: {widths}"
        if size == (960, 640):
            assert widths[NOTE] == max(widths), f"the note is the widest column: {widths}"


def test_on_a_small_screen_empty_notes_give_their_room_first(
    page: HistoryPage,  # noqa: F811 - the fixture
) -> None:
    """At 800x600 Pain read "– …" beside a wide, empty Note column (a new user's walk)."""
    page.window().resize(800, 600)
    rows = range(page.model.rowCount())
    page.model.set_sessions([{**page.model.session(row), "note": None} for row in rows])
    QApplication.processEvents()
    table = page.table
    table.fit_columns()
    header = table.horizontalHeader()
    for title in ("Length", "Pain", "Stress", "Comfort"):
        column = next(
            c
            for c in range(header.count())
            if page.model.headerData(c, Qt.Orientation.Horizontal) == title
        )
        assert header.sectionSize(column) >= table.sizeHintForColumn(column), title


def arrow_rows(shown: HistoryPage) -> list[int]:
    """How wide the sort arrow is on each row it covers, top to bottom (drawn less not drawn)."""
    header = shown.table.horizontalHeader()

    def drawn() -> QImage:
        return header.grab().toImage()

    right = header.sectionViewportPosition(0) + header.sectionSize(0)
    arrow = QRect(right - 24, 0, 24, header.height())  # Fusion draws it at the section's end
    with_arrow = drawn()
    header.setSortIndicatorShown(False)
    without = drawn()
    header.setSortIndicatorShown(True)
    rows = []
    for y in range(arrow.top(), arrow.bottom() + 1):
        width = sum(
            with_arrow.pixel(QPoint(x, y)) != without.pixel(QPoint(x, y))
            for x in range(arrow.left(), arrow.right() + 1)
        )
        if width:
            rows.append(width)
    return rows


def test_the_sort_arrow_points_the_way_the_rows_go(page: HistoryPage) -> None:  # noqa: F811
    header = page.table.horizontalHeader()
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder, "newest first"
    rows = arrow_rows(page)
    assert len(rows) >= 3 and rows[0] > rows[-1], f"newest first points down: {rows}"
    page.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    rows = arrow_rows(page)
    assert rows[0] < rows[-1], f"oldest first points up: {rows}"
    assert page.model.session(0)["started_at"] < page.model.session(2)["started_at"]


def test_the_ambient_sound_is_a_choice_of_sounds(qtbot: QtBot) -> None:
    session = make_session(ambient=["rain"])
    editor = SessionEditor(session, [], [])
    qtbot.addWidget(editor)
    assert isinstance(editor.ambient, QComboBox)
    names = [editor.ambient.itemText(i) for i in range(editor.ambient.count())]
    assert names == ["Quiet", "Soft rain", "Surf", "Rain and surf"]
    assert editor.ambient.currentText() == "Soft rain"
    editor.ambient.setCurrentIndex(names.index("Rain and surf"))
    assert editor.edited()["ambient"] == ["rain", "surf"]
    editor.ambient.setCurrentIndex(names.index("Quiet"))
    assert "ambient" not in editor.edited()


def test_a_sound_recorded_from_the_users_file_is_kept(qtbot: QtBot) -> None:
    session = make_session(ambient=["surf", "waves.ogg"])
    editor = SessionEditor(session, [], [])
    qtbot.addWidget(editor)
    assert editor.ambient.currentText() == "Surf, waves.ogg"
    assert editor.edited()["ambient"] == ["surf", "waves.ogg"]


def test_add_starts_as_a_timed_session(page: HistoryPage) -> None:  # noqa: F811
    editor = page.add_session()
    assert editor.planned.value() == 15 and editor.planned.text() == "15 min"
    assert editor.completed.isChecked()
    added = editor.edited()
    assert added["planned_seconds"] == added["actual_seconds"] == 900
    assert session_problem(added) is None


@pytest.mark.parametrize(
    ("natural", "available", "note", "expected"),
    [
        ([100, 40, 60], 400, 80, [100, 40, 60, 200]),  # room to spare: the Note takes it
        ([100, 40, 60], 250, 80, [100, 40, 60, 50]),  # the Note gives up its share first
        ([100, 40, 60], 200, 30, [70, 40, 60, 30]),  # then the widest: 40 and 60 stay whole
        ([100, 40, 60], 200, 20, [80, 40, 60, 20]),  # empty notes keep only their title's room
        ([50, 50], 60, 100, [24, 24, 12]),  # all cut to one width where none fits
    ],
)
def test_the_widest_columns_give_up_width_first(
    natural: list[int], available: int, note: int, expected: list[int]
) -> None:
    assert fit_widths(natural, available, note) == expected
    assert sum(expected) == available
