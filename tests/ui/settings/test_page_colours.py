"""Settings offers the colours: as the system (the default), light or dark; the choice is kept."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QPushButton
from pytestqt.qtbot import QtBot

from mat_companion.core.settings import ColourScheme, Settings
from mat_companion.paths import AppPaths
from mat_companion.ui.settings.page import SettingsPage
from mat_companion.ui.shell.pages import page_infos
from mat_companion.ui.widgets.theme import DARK, Theme
from tests.ui.widgets.test_theme import installed  # noqa: F401  # the fixture


def open_page(qtbot: QtBot, paths: AppPaths, settings: Settings) -> SettingsPage:
    info = next(info for info in page_infos() if info.key == "settings")
    page = SettingsPage(info, paths, settings, print, lambda: None)
    qtbot.addWidget(page)
    page.show()
    return page


def test_colours_default_to_the_system_and_a_choice_is_saved_and_shown(
    qtbot: QtBot,
    tmp_path: Path,
    qapp: QApplication,
    installed: Callable[[ColourScheme], Theme],  # noqa: F811
) -> None:
    paths = AppPaths.under(tmp_path / "data")
    settings = Settings(paths.settings_file)
    theme = installed(settings.colour_scheme)
    page = open_page(qtbot, paths, settings)
    choice = page.colour_scheme
    assert choice.currentData() == "system"
    assert [choice.itemText(row) for row in range(choice.count())] == [
        "As the system",
        "Light",
        "Dark",
    ]
    labels = [label for label in page.findChildren(QLabel) if label.buddy() is choice]
    assert [label.text() for label in labels] == ["&Colours"]
    choice.setCurrentIndex(choice.findData("dark"))
    assert theme.choice is ColourScheme.DARK
    assert qapp.palette().color(QPalette.ColorRole.Window) == QColor(
        DARK.roles[QPalette.ColorRole.Window]
    )
    review = page.findChild(QPushButton, "review_safety")
    drawn = review.grab().toImage()  # restyled in the new colours, not left light
    assert drawn.pixelColor(5, drawn.height() // 2).lightness() < 80
    reloaded, problem = Settings.load(paths.settings_file)
    assert problem is None
    assert reloaded.colour_scheme is ColourScheme.DARK
    assert open_page(qtbot, paths, reloaded).colour_scheme.currentData() == "dark"
