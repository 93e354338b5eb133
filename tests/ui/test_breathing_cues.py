"""Cues land on the pattern's phase boundaries, by the real clock and event loop."""

import time

import pytest
from pytestqt.qtbot import QtBot

from mat_companion.audio.output import NullAudio
from mat_companion.core.breathing import BreathPattern, Pacer
from mat_companion.core.clock import FakeClock
from mat_companion.ui.breathing_cues import BreathingCues, CueChoices


@pytest.mark.slow
def test_cues_land_within_20_ms_of_the_boundaries(qtbot: QtBot) -> None:
    pattern = BreathPattern(inhale=1, hold_in=0.5, exhale=1, hold_out=0.5)
    audio = NullAudio()
    cues = BreathingCues(audio, CueChoices(hold_tick=True))
    start = time.monotonic()
    cues.follow(Pacer(pattern), lambda: time.monotonic() - start)
    qtbot.waitUntil(lambda: len(audio.played) >= 8, timeout=6000)
    cues.stop()
    expected = [
        (0.0, "breath_in"),
        (1.0, "hold_tick"),
        (1.5, "breath_out"),
        (2.5, "hold_tick"),
        (3.0, "breath_in"),
        (4.0, "hold_tick"),
        (4.5, "breath_out"),
        (5.5, "hold_tick"),
    ]
    played = [(cue.at - start, cue.sound) for cue in audio.played[:8]]
    assert [sound for _, sound in played] == [sound for _, sound in expected]
    errors = [abs(at - when) for (at, _), (when, _) in zip(played, expected, strict=True)]
    assert max(errors) <= 0.020, f"cues off the pattern by up to {max(errors) * 1000:.1f} ms"


def test_choices_decide_what_sounds(qtbot: QtBot) -> None:
    clock = FakeClock(0)
    audio = NullAudio()
    cues = BreathingCues(audio, CueChoices(tones=True, hold_tick=False, tone_volume=0.4))
    pacer = Pacer(BreathPattern(inhale=4, hold_in=4, exhale=4, hold_out=4))
    cues.follow(pacer, clock.now)
    for _ in range(8):
        clock.advance(4)
        cues._on_timer_timeout()  # the timer's slot, driven by the fake clock
    cues.stop()
    assert [(c.sound, c.volume) for c in audio.played] == [
        ("breath_in", 0.4),
        ("breath_out", 0.4),
        ("breath_in", 0.4),
        ("breath_out", 0.4),
        ("breath_in", 0.4),
    ]


def test_a_stall_plays_only_the_latest_cue(qtbot: QtBot) -> None:
    clock = FakeClock(0)
    audio = NullAudio()
    cues = BreathingCues(audio, CueChoices(hold_tick=True))
    cues.follow(Pacer(BreathPattern(inhale=1, exhale=1)), clock.now)
    clock.advance(5.5)
    cues._on_timer_timeout()
    cues.stop()
    assert [c.sound for c in audio.played] == ["breath_in", "breath_out"]


def test_spoken_cues_go_through_a_real_qt_speech_engine(qtbot: QtBot) -> None:
    from PySide6.QtTextToSpeech import QTextToSpeech

    from mat_companion.ui.breathing_cues import Speaker

    speaker = Speaker.create(engines=["mock"])  # Qt's own test engine: no audio device needed
    assert speaker is not None
    engine = speaker._engine
    said: list[str] = []
    engine.aboutToSynthesize.connect(lambda _id: said.append(engine.state().name))
    clock = FakeClock(0)
    cues = BreathingCues(
        NullAudio(), CueChoices(tones=False, spoken=True, spoken_volume=0.6), speaker
    )
    cues.follow(Pacer(BreathPattern(inhale=1, exhale=1)), clock.now)
    qtbot.waitUntil(lambda: engine.state() != QTextToSpeech.State.Ready or bool(said), timeout=2000)
    assert engine.volume() == pytest.approx(0.6, abs=0.01)
    cues.stop()


def test_no_working_engine_means_no_speaker(qtbot: QtBot) -> None:
    from mat_companion.ui.breathing_cues import Speaker

    assert Speaker.create(engines=[]) is None
