from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from mat_companion.core.settings import Settings
from mat_companion.core.stages import load_stages
from mat_companion.paths import resource
from mat_companion.ui.settings.first_run import FirstRunWizard
from mat_companion.ui.widgets.screen_fit import fitted


def test_a_size_larger_than_the_screen_is_cut_to_its_free_area(qtbot: QtBot) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    free = widget.screen().availableGeometry().size()
    assert fitted(widget, free + QSize(100, 50)) == free
    assert fitted(widget, QSize(300, 200)) == QSize(300, 200)
    assert fitted(widget, QSize(free.width() + 1, 10)) == QSize(free.width(), 10)


def test_the_first_run_wizard_may_be_smaller_than_it_opens(qtbot: QtBot, tmp_path: Path) -> None:
    """It held itself at least 720x620, more than an 800x600 screen's free area."""
    settings = Settings(tmp_path / "settings.json")
    wizard = FirstRunWizard(load_stages(resource("stages.json")), settings, datetime.now)
    qtbot.addWidget(wizard)
    free = wizard.screen().availableGeometry().size()
    assert wizard.minimumSize().height() < 600
    assert wizard.width() <= free.width() and wizard.height() <= free.height()
