"""Ambient sound in the session: the mixer dialog, fades with the session, and sound off."""

from itertools import combinations
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot

from mat_companion.app import AppContext
from mat_companion.audio.output import NullAudio
from mat_companion.core.clock import FakeClock
from mat_companion.core.mixes import Mix
from mat_companion.paths import AppPaths
from mat_companion.ui.session.mixer import SoundMixerDialog
from tests.ui.session_helpers import advance, history, page_of, start_session


def open_mixer(context: AppContext) -> SoundMixerDialog:
    page = page_of(context)
    page.setup.mixer_button.click()
    assert page.mixer is not None and page.mixer.isVisible()
    return page.mixer


def choose(mixer: SoundMixerDialog, name: str) -> None:
    index = mixer.mix.findText(name)
    assert index >= 0, name
    mixer.mix.setCurrentIndex(index)
    mixer.mix.activated.emit(index)


def test_quiet_by_default(context: AppContext, audio: NullAudio, qtbot: QtBot) -> None:
    page = page_of(context)
    assert page.setup.sound.text() == "Quiet"
    start_session(qtbot, context)
    assert audio.mix == {} and audio.mix_events == []
    assert page.controller is not None and page.controller.session.plan.ambient == ()


def test_choosing_a_mix_and_keeping_it(
    context: AppContext, audio: NullAudio, app_paths: AppPaths
) -> None:
    mixer = open_mixer(context)
    assert mixer.layers() == {} and mixer.mix.currentText() == "Quiet"
    choose(mixer, "Rain and surf")
    assert mixer.layers() == {"rain": 0.4, "surf": 0.3}
    mixer.fade_out.setValue(45)
    mixer.master.setValue(50)
    assert audio.master == 0.5, "the overall volume is heard at once"
    mixer.accept()
    assert page_of(context).setup.sound.text() == "Rain and surf"
    saved = context.settings
    assert saved.ambient == {"rain": 0.4, "surf": 0.3}
    assert saved.fade_out_seconds == 45 and saved.master_volume == 0.5
    assert b'"fade_out_seconds": 45' in app_paths.settings_file.read_bytes()


def test_cancel_puts_everything_back(context: AppContext, audio: NullAudio) -> None:
    mixer = open_mixer(context)
    choose(mixer, "Surf")
    mixer.master.setValue(90)
    mixer.reject()
    assert audio.master == pytest.approx(0.33)
    assert context.settings.ambient == {}
    assert page_of(context).setup.sound.text() == "Quiet"


def test_moving_a_slider_makes_a_custom_mix_that_can_be_saved(context: AppContext) -> None:
    mixer = open_mixer(context)
    mixer._rows["rain"].slider.setValue(35)
    assert mixer.mix.currentText() == "Custom"
    assert mixer._rows["rain"].value.text() == "35%"
    assert mixer.save_as("Soft rain") is not None
    assert mixer.message.isVisibleTo(mixer) and "app's own" in mixer.message.text()
    assert mixer.save_as("Evening") is None
    assert mixer.mix.currentText() == "Evening" and mixer.delete_button.isEnabled()
    mixer.accept()
    assert context.settings.mixes == [Mix("Evening", {"rain": 0.35})]
    assert page_of(context).setup.sound.text() == "Evening"
    mixer = open_mixer(context)
    assert mixer.mix.currentText() == "Evening"
    mixer.delete_button.click()
    assert mixer.mix.findText("Evening") < 0 and mixer.mix.currentText() == "Custom"


def test_the_users_own_files_are_layers(context: AppContext, tmp_path: object) -> None:
    mixer = open_mixer(context)
    mixer.add_file(tmp_path / "waves.ogg")  # type: ignore[operator]
    path = str(tmp_path / "waves.ogg")  # type: ignore[operator]
    assert mixer.layers() == {path: 0.5}
    assert mixer._rows[path].label.text() == "waves.ogg"
    mixer.accept()
    assert page_of(context).setup.sound.text() == "waves.ogg 50%"
    mixer = open_mixer(context)
    remove = mixer._rows[path].remove
    assert remove is not None and remove.accessibleName() == "Remove waves.ogg"
    remove.click()
    assert mixer.layers() == {}


def test_preview_plays_what_is_set_and_stops_when_closed(
    context: AppContext, audio: NullAudio
) -> None:
    audio.available = True  # type: ignore[misc]  # as if a device existed
    mixer = open_mixer(context)
    choose(mixer, "Soft rain")
    mixer.preview.setChecked(True)
    assert audio.mix == {"rain": 0.5} and audio.mix_events[-1] == ("start_mix", 1.0)
    starts = len(audio.mix_events)
    mixer._rows["rain"].slider.setValue(70)
    assert audio.mix == {"rain": 0.7} and len(audio.mix_events) == starts, "no restart"
    mixer._rows["surf"].slider.setValue(20)
    assert audio.mix == {"rain": 0.7, "surf": 0.2}, "a new layer joins the preview"
    mixer.reject()
    assert audio.mix_events[-1] == ("fade_out", 1.0)


def test_no_preview_without_an_output(context: AppContext) -> None:
    mixer = open_mixer(context)
    assert not mixer.preview.isEnabled()
    assert mixer.no_output.isVisibleTo(mixer) and "no audio output" in mixer.no_output.text()


def with_rain(context: AppContext, fade_out: int = 30) -> None:
    context.settings.ambient = {"rain": 0.5}
    context.settings.fade_out_seconds = fade_out


def test_the_mix_follows_the_session(
    qtbot: QtBot, context: AppContext, audio: NullAudio, clock: FakeClock, app_paths: AppPaths
) -> None:
    with_rain(context, fade_out=40)
    page = start_session(qtbot, context, minutes=2)
    assert audio.mix == {"rain": 0.5} and audio.mix_events == [("start_mix", 3.0)]
    advance(page, clock, 30)
    qtbot.keyClick(page.run_view, Qt.Key.Key_Space)
    qtbot.keyClick(page.run_view, Qt.Key.Key_Space)
    assert audio.mix_events[1:] == [("fade_out", 2.0), ("fade_in", 2.0)]
    advance(page, clock, 20 + 120 - 40 - 30)
    assert audio.mix_events[-1] == ("fade_out", pytest.approx(40))
    advance(page, clock, 40)
    assert page.controller is not None and page.controller.session.ended
    qtbot.keyClick(page.run_view, Qt.Key.Key_Return)
    assert audio.mix_events[-1] == ("stop_all", 0.0)
    page.completion_card.done_button.click()  # type: ignore[union-attr]
    (record,) = history(app_paths)
    assert record["ambient"] == ["rain"]


def test_sound_off_is_one_key(qtbot: QtBot, context: AppContext, audio: NullAudio) -> None:
    with_rain(context)
    page = start_session(qtbot, context)
    view = page.run_view
    qtbot.keyClick(view, Qt.Key.Key_M)
    assert audio.muted and view.mute_action.text() == "Sound on"
    qtbot.keyClick(view, Qt.Key.Key_M)
    assert not audio.muted and view.mute_action.text() == "Sound off"
    view.mute_action.trigger()  # the "⋯" menu's entry
    assert audio.muted
    page.controller.end_early()  # type: ignore[union-attr]
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert not audio.muted, "sound is back on for the next session"


def test_a_session_started_before_the_sound_was_ready_gets_its_mix() -> None:
    from mat_companion.audio.output import SwitchableAudio

    switchable = SwitchableAudio()
    switchable.set_master(0.6)
    switchable.set_mix({"rain": 0.5})
    switchable.start_mix(3.0)
    switchable.set_muted(True)
    real = NullAudio()
    switchable.switch_to(real)
    assert real.mix == {"rain": 0.5} and real.mix_events == [("start_mix", 3.0)]
    assert real.master == 0.6 and real.muted

    quiet = SwitchableAudio()
    quiet.set_mix({"surf": 0.4})
    quiet.start_mix(3.0)
    quiet.fade_out(2.0)  # paused, or the session ended, before the switch
    later = NullAudio()
    quiet.switch_to(later)
    assert later.mix == {"surf": 0.4} and later.mix_events == [], "no sound it should not play"


def tile_rects(mixer: SoundMixerDialog) -> dict[str, QRect]:
    return {
        layer: QRect(tile.mapTo(mixer, QPoint(0, 0)), tile.size())
        for layer, tile in mixer._rows.items()
    }


def test_the_sounds_are_tiles_in_a_grid(context: AppContext) -> None:
    mixer = open_mixer(context)
    rain, surf = mixer._rows["rain"], mixer._rows["surf"]
    assert rain.label.text() == "Soft rain" and surf.label.text() == "Surf"
    assert rain.isAncestorOf(rain.slider) and rain.isAncestorOf(rain.value)
    rects = tile_rects(mixer)
    assert rects["rain"].top() == rects["surf"].top(), "side by side, not in rows"
    assert rects["rain"].right() < rects["surf"].left()


def test_the_grid_grows_with_the_users_files(
    context: AppContext, qtbot: QtBot, tmp_path: Path
) -> None:
    mixer = open_mixer(context)
    before = mixer.height()
    for name in ("waves at night.ogg", "birds.mp3"):
        mixer.add_file(tmp_path / name)
    qtbot.waitUntil(lambda: all(tile.isVisible() for tile in mixer._rows.values()))
    QApplication.processEvents()
    assert mixer.height() > before
    rects = tile_rects(mixer)
    for layer, tile in mixer._rows.items():
        assert tile.height() >= tile.sizeHint().height(), layer
        assert mixer.rect().contains(rects[layer]), f"{layer} is cut by the dialog"
        for child in (tile.label, tile.slider, tile.value):
            assert child.height() >= child.sizeHint().height(), f"{layer}: {child}"
    for one, other in combinations(rects.values(), 2):
        assert not one.intersects(other)


def test_preview_is_a_button_that_plays_and_stops(context: AppContext, audio: NullAudio) -> None:
    audio.available = True  # type: ignore[misc]  # as if a device existed
    mixer = open_mixer(context)
    assert isinstance(mixer.preview, QPushButton) and mixer.preview.isCheckable()
    choose(mixer, "Surf")
    mixer.preview.click()
    assert mixer.preview.isChecked() and audio.mix == {"surf": 0.5}
    assert mixer.preview.text() == "Sto&p the preview"
    mixer.preview.click()
    assert audio.mix_events[-1] == ("fade_out", 1.0) and mixer.preview.text() == "&Preview"
