from datetime import date

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from mat_companion.audio.output import NullAudio
from mat_companion.core.breathing import BreathPattern, BreathPhase, load_presets
from mat_companion.core.clock import FakeClock
from mat_companion.core.settings import Settings
from mat_companion.paths import AppPaths, resource
from mat_companion.ui.breathing.cues import Speaker
from mat_companion.ui.breathing.page import BreathingPage, BreathingServices


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(0)


@pytest.fixture
def audio() -> NullAudio:
    return NullAudio()


@pytest.fixture
def page(qtbot: QtBot, app_paths: AppPaths, clock: FakeClock, audio: NullAudio) -> BreathingPage:
    presets, caution = load_presets(resource("presets.json"))
    settings, _ = Settings.load(app_paths.settings_file)
    notices: list[str] = []
    services = BreathingServices(
        presets,
        caution,
        settings,
        audio,
        clock,
        notices.append,
        make_speaker=lambda: Speaker(engines=["no-such-engine"]),
        today=lambda: date(2026, 11, 22),
    )
    widget = BreathingPage(services)
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def choose(page: BreathingPage, key: str) -> None:
    page.pattern.setCurrentIndex(page.pattern.findData(key))


def test_every_preset_fills_the_editor_and_shows_the_caution(page: BreathingPage) -> None:
    assert page.pattern.currentData() == "resonance"
    assert page.caution.text() == (
        "<b>Breathe gently, not deeply. Stop if you feel light-headed or tingly.</b>"
    )
    choose(page, "cyclic_sigh")
    values = {name: box.value() for name, box in page.part_boxes.items()}
    assert values == {"inhale": 2, "top_up": 1, "hold_in": 0, "exhale": 6, "hold_out": 0}
    assert page.minutes.value() == 5
    assert page.pace.text() == "6.7 breaths a minute"
    assert "Balban" in page.note.text()


def test_478_is_limited_to_four_cycles_in_the_first_month(page: BreathingPage) -> None:
    choose(page, "4-7-8")
    assert page.cycles.value() == 4
    page._services.settings.pattern_first_used = {"4-7-8": date(2026, 9, 1)}
    choose(page, "box")
    choose(page, "4-7-8")
    assert page.cycles.value() == 8


def test_editing_previews_live_and_names_bad_values(page: BreathingPage, clock: FakeClock) -> None:
    page.part_boxes["exhale"].setValue(8)
    assert page.pacer is not None and page.pacer.pattern.exhale == 8
    assert page.pace.text() == "4.4 breaths a minute"
    page.part_boxes["inhale"].setValue(0)
    assert page.problem.text() == "Inhale must be longer than 0 seconds."
    assert not page.save_button.isEnabled()
    assert page.pacer.pattern.inhale == 5.5, "the preview keeps the last valid pattern"


def test_a_saved_pattern_is_offered_again(page: BreathingPage, app_paths: AppPaths) -> None:
    page.part_boxes["inhale"].setValue(3)
    page.part_boxes["exhale"].setValue(7)
    page.save_pattern_as("Evening")
    assert page.pattern.currentData() == "custom:Evening"
    again, _ = Settings.load(app_paths.settings_file)
    assert again.document()["custom_patterns"] == {
        "Evening": {"inhale": 3, "exhale": 7, "hold_in": 0, "hold_out": 0, "top_up": 0}
    }
    assert again.custom_patterns == {"Evening": BreathPattern(inhale=3, exhale=7)}
    assert again.breathing_choice == "custom:Evening"


def test_start_cues_and_stop_on_a_whole_breath(
    qtbot: QtBot, page: BreathingPage, clock: FakeClock, audio: NullAudio
) -> None:
    qtbot.mouseClick(page.start_button, Qt.MouseButton.LeftButton)
    assert page.running and page.start_button.text() == "Stop"
    assert [s for _, s, _ in audio.cues_between(0, 5.5)] == ["breath_in"]
    clock.advance(3)  # in the middle of the first inhale
    qtbot.mouseClick(page.start_button, Qt.MouseButton.LeftButton)
    assert page.status.text() == "Finishing this breath…"
    clock.advance(7.9)
    page.timerEvent(None)
    assert page.running, "still exhaling"
    assert page.pacer.phase_at(clock.now()).phase is BreathPhase.EXHALE
    clock.advance(0.2)
    page.timerEvent(None)
    assert not page.running
    assert page.status.text() == "Done. Take a moment before you get up."


@pytest.mark.qt_log_ignore('Text-to-speech plug-in "no-such-engine" is not supported')
def test_spoken_cues_without_an_engine_are_explained(qtbot: QtBot, page: BreathingPage) -> None:
    page.spoken.setChecked(True)  # the engine loads on its own thread: nothing freezes
    qtbot.waitUntil(lambda: not page.spoken.isEnabled(), timeout=5000)
    assert not page.spoken.isChecked()
    assert page.spoken.text() == "Spoken words: no speech engine works"
    assert page.spoken.toolTip().startswith("Spoken cues are off:")
    page.speaker.close()
