"""The Breathing page in a small window: every control keeps a usable size (issue 18)."""

import pytest
from PySide6.QtWidgets import QApplication, QSlider
from pytestqt.qtbot import QtBot

from mat_companion.app import AppContext
from mat_companion.audio.output import NullAudio
from mat_companion.core.clock import FakeClock
from mat_companion.paths import AppPaths
from tests.ui.screens import Look, dressed

#: A volume slider a finger or a mouse can set: a pixel for each percent at least.
USABLE_SLIDER = 100


@pytest.mark.parametrize("language", ["en", "de"])
def test_each_cue_volume_can_be_set_in_an_800x600_window(
    qtbot: QtBot, qapp: QApplication, app_paths: AppPaths, language: str
) -> None:
    with dressed(qapp, Look("light", language, (800, 600))):
        window = AppContext(app_paths, clock=FakeClock(), audio=NullAudio()).window
        qtbot.addWidget(window)
        window.resize(800, 600)
        window.show()
        window.show_page("breathing")
        qtbot.waitExposed(window)
        page = window.page("breathing")
        sliders = [s.width() for s in page.findChildren(QSlider) if s.isVisibleTo(page)]
        assert window.width() <= 800
        assert len(sliders) == 3 and min(sliders) >= USABLE_SLIDER, sliders
