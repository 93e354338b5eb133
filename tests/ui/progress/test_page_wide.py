"""The Progress page in a wide window: its stage table stays together (issue 18)."""

from pathlib import Path

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.ui.progress.test_page import imported, page_for


def test_the_stage_table_keeps_its_columns_together_in_a_wide_window(
    qtbot: QtBot, tmp_path: Path
) -> None:
    page = page_for(qtbot, tmp_path, imported(12, "intermediate"))
    completed = page.cells[("beginner", "completed")]
    qtbot.waitUntil(lambda: completed.x() > 0)
    narrow = completed.x()
    page.resize(1900, 700)
    qtbot.waitUntil(lambda: page.width() == 1900)
    QApplication.processEvents()
    assert completed.x() == narrow, "the columns did not move apart with the window"
    assert page.cells[("beginner", "stage")].x() < narrow
