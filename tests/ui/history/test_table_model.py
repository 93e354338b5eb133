from datetime import date

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester

from mat_companion.ui.history.table_model import HistoryFilter, HistoryTableModel
from tests.factories import make_session

STAGES = {"beginner": "Beginner", "floor": "On the floor"}


def sessions() -> list[dict[str, object]]:
    return [
        make_session(
            started_at="2026-11-01T20:00:00+01:00",
            actual_seconds=600,
            stage="beginner",
            note="Calm evening\nsecond line",
        ),
        make_session(
            started_at="2026-11-10T07:30:00+01:00",
            actual_seconds=1500,
            stage="floor",
            note="Stiff neck",
            ratings={"pain_before": 7, "pain_after": 3},
        ),
        make_session(
            started_at="2026-11-20T21:00:00+01:00",
            actual_seconds=900,
            stage="floor",
            note=None,
            ratings={},
            breathing=None,
        ),
    ]


def texts(model: HistoryTableModel, column: int) -> list[str]:
    return [model.index(row, column).data() for row in range(model.rowCount())]


def test_the_model_passes_qts_model_checks(qtmodeltester: ModelTester) -> None:
    model = HistoryTableModel(sessions(), STAGES)
    qtmodeltester.check(model, force_py=True)
    # From here on the tester checks every change the model signals.
    model.sort(1, Qt.SortOrder.AscendingOrder)
    model.set_filter(HistoryFilter(text="neck"))
    model.set_sessions(sessions())
    model.set_sessions([])


def test_cells_read_as_people_read_them() -> None:
    model = HistoryTableModel(sessions(), STAGES, {"resonance": "Resonance"})
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == [
        "Date",
        "Length",
        "Stage",
        "Position",
        "Breathing",
        "Pain",
        "Stress",
        "Comfort",
        "Note",
    ]
    # Newest first by default.
    assert texts(model, 1) == ["15 min", "25 min", "10 min"]
    assert texts(model, 2) == ["On the floor", "On the floor", "Beginner"]
    assert texts(model, 3)[0] == "Lying on your back"
    assert texts(model, 4) == ["", "Resonance", "Resonance"]
    assert texts(model, 5) == ["", "7 → 3", "4 → 2"]
    assert texts(model, 7) == ["", "", "4/5"]
    assert texts(model, 8) == ["", "Stiff neck", "Calm evening"]
    assert model.index(2, 8).data(Qt.ItemDataRole.ToolTipRole) == "Calm evening\nsecond line"
    assert "2026" in texts(model, 0)[0] or "26" in texts(model, 0)[0]


def test_sorting_by_any_column() -> None:
    model = HistoryTableModel(sessions(), STAGES)
    model.sort(1, Qt.SortOrder.AscendingOrder)
    assert texts(model, 1) == ["10 min", "15 min", "25 min"]
    model.sort(5, Qt.SortOrder.DescendingOrder)
    assert texts(model, 5) == ["7 → 3", "4 → 2", ""]
    model.sort(0, Qt.SortOrder.AscendingOrder)
    assert texts(model, 8) == ["Calm evening", "Stiff neck", ""]


def test_filtering_by_text_stage_and_dates() -> None:
    model = HistoryTableModel(sessions(), STAGES)
    model.set_filter(HistoryFilter(text="NECK"))
    assert texts(model, 8) == ["Stiff neck"]
    model.set_filter(HistoryFilter(text="second line"))
    assert texts(model, 8) == ["Calm evening"], "the whole note is searched"
    model.set_filter(HistoryFilter(text="on the floor"))
    assert model.rowCount() == 2, "the words shown are searched, not the keys"
    model.set_filter(HistoryFilter(stage="beginner"))
    assert texts(model, 2) == ["Beginner"]
    model.set_filter(HistoryFilter(first=date(2026, 11, 10), last=date(2026, 11, 20)))
    assert texts(model, 1) == ["15 min", "25 min"]
    model.set_filter(HistoryFilter(first=date(2026, 11, 11), stage="floor", text="neck"))
    assert model.rowCount() == 0
    assert model.total == 3


def test_new_sessions_keep_the_sort_and_filter() -> None:
    data = sessions()
    model = HistoryTableModel(data, STAGES)
    model.set_filter(HistoryFilter(stage="floor"))
    model.sort(1, Qt.SortOrder.AscendingOrder)
    data.append(
        make_session(started_at="2026-11-21T20:00:00+01:00", actual_seconds=60, stage="floor")
    )
    data.append(
        make_session(started_at="2026-11-22T20:00:00+01:00", actual_seconds=24, stage="floor")
    )
    model.set_sessions(data)
    assert texts(model, 1) == ["24 s", "1 min", "15 min", "25 min"], "not '0 min'"
    assert model.row_of(str(data[-1]["id"])) == 0
    assert model.session(0) is data[-1]
    assert model.session(1) is data[-2]
