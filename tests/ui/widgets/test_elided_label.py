"""A path's label fits its room, the middle elided, and keeps the whole path to hand."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from mat_companion.core.settings import Settings
from mat_companion.paths import AppPaths
from mat_companion.ui.widgets.elided_label import ElidedLabel
from tests.ui.settings.test_page_colours import open_page

LONG = "/home/someone/" + "/".join(f"a-rather-long-folder-name-{n}" for n in range(8)) + "/data"


def test_where_there_is_no_room_the_start_and_end_show_around_an_ellipsis(qtbot: QtBot) -> None:
    label = ElidedLabel(LONG)
    qtbot.addWidget(label)
    label.resize(300, label.sizeHint().height())
    label.show()
    shown = label.text()
    assert shown.startswith("/home/") and shown.endswith("/data") and "…" in shown
    assert label.fontMetrics().horizontalAdvance(shown) <= label.contentsRect().width()
    assert label.toolTip() == LONG and label.whole_text == LONG


def test_with_room_the_whole_path_shows(qtbot: QtBot) -> None:
    label = ElidedLabel("/home/someone/data")
    qtbot.addWidget(label)
    label.resize(label.sizeHint().width() + 10, label.sizeHint().height())
    label.show()
    assert label.text() == "/home/someone/data"


def test_a_long_data_folder_leaves_the_settings_page_narrower_than_a_small_screen(
    qtbot: QtBot, tmp_path: Path
) -> None:
    deep = tmp_path.joinpath(*(f"a-rather-long-folder-name-{n}" for n in range(8)))
    page = open_page(qtbot, AppPaths.under(deep), Settings(tmp_path / "settings.json"))
    assert page.minimumSizeHint().width() < 800
    labels = page.findChildren(ElidedLabel)
    assert len(labels) == 3
    assert all(label.whole_text.startswith(str(deep)) for label in labels)
    assert all(label.accessibleName().endswith(label.whole_text) for label in labels)
