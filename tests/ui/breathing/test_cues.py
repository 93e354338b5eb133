"""The breathing page's and session's cues: a track on the app's clock, and spoken words."""

import pytest
from PySide6.QtCore import QLocale
from pytestqt.qtbot import QtBot

from mat_companion.audio.output import NullAudio
from mat_companion.audio.volume import speech_volume
from mat_companion.core.breath_cues import CueChoices
from mat_companion.core.breathing import BreathPattern, Pacer
from mat_companion.core.clock import FakeClock
from mat_companion.ui.breathing.cues import (
    BreathingCues,
    Speaker,
    missing_speech_part,
    voice_locale,
    words_language,
)

BOX = BreathPattern(inhale=4, hold_in=4, exhale=4, hold_out=4)


def sounds(audio: NullAudio, start: float, end: float) -> list[tuple[float, str, float]]:
    return [(round(at, 6), sound, volume) for at, sound, volume in audio.cues_between(start, end)]


def test_the_track_puts_each_phase_on_the_clock_where_the_pacer_has_it(qtbot: QtBot) -> None:
    clock = FakeClock(100)
    audio = NullAudio()
    cues = BreathingCues(audio, CueChoices(hold_tick=True, tone_volume=0.4), clock)
    pacer = Pacer(BreathPattern(inhale=1, hold_in=0.5, exhale=1, hold_out=0.5))
    begun = clock.now()
    cues.follow(pacer, lambda: clock.now() - begun)
    assert sounds(audio, 100, 103) == [
        (100.0, "breath_in", 0.4),
        (101.0, "hold_tick", 0.3),
        (101.5, "breath_out", 0.4),
        (102.5, "hold_tick", 0.3),
    ]
    assert cues.active


def test_choices_decide_what_sounds_and_change_while_following(qtbot: QtBot) -> None:
    clock = FakeClock(0)
    audio = NullAudio()
    cues = BreathingCues(audio, CueChoices(tones=True, hold_tick=False, tone_volume=0.4), clock)
    cues.follow(Pacer(BOX), clock.now)
    assert [s for _, s, _ in sounds(audio, 0, 32)] == ["breath_in", "breath_out"] * 2
    clock.advance(10)
    cues.set_choices(CueChoices(tones=False, hold_tick=True))
    assert [s for _, s, _ in sounds(audio, 10, 32)] == ["hold_tick"] * 3


def test_with_every_cue_sound_off_no_track_keeps_the_stream_awake(qtbot: QtBot) -> None:
    clock = FakeClock(0)
    audio = NullAudio()
    cues = BreathingCues(audio, CueChoices(tones=False, hold_tick=False), clock)
    cues.follow(Pacer(BOX), clock.now)
    assert audio.track is None and cues.active
    cues.set_choices(CueChoices(tones=True, tone_volume=0.0, hold_tick=True, tick_volume=0.0))
    assert audio.track is None, "silent cues are no cues"
    cues.set_choices(CueChoices(tones=True))
    assert audio.track is not None


def test_stop_and_resume_never_catch_up(qtbot: QtBot) -> None:
    clock = FakeClock(0)
    audio = NullAudio()
    elapsed = [0.0]
    cues = BreathingCues(audio, CueChoices(), clock)
    cues.follow(Pacer(BOX), lambda: elapsed[0])
    clock.advance(2)
    elapsed[0] = 2
    cues.stop()
    assert audio.track is None and not cues.active
    clock.advance(60)  # paused: the pacer's time stands still
    cues.resume()
    upcoming = sounds(audio, 0, clock.now() + 20)
    assert upcoming[0] == (clock.now() + 6, "breath_out", 0.5), "the exhale of the same breath"
    assert all(at >= clock.now() - 0.02 for at, _, _ in upcoming), "nothing from the pause"


def test_spoken_words_go_through_a_real_qt_engine_at_the_master_volume(qtbot: QtBot) -> None:
    speaker = Speaker(engines=["mock"])  # Qt's own test engine: no audio device needed
    with qtbot.waitSignal(speaker.loaded, timeout=5000) as loaded:
        pass
    assert loaded.args == [True, ""]
    engine = speaker.worker.engine
    said: list[int] = []
    engine.aboutToSynthesize.connect(lambda _id: said.append(1))
    audio = NullAudio()
    audio.master = 0.5
    clock = FakeClock(0)
    cues = BreathingCues(audio, CueChoices(tones=False, spoken=True, spoken_volume=0.6), clock)
    cues.set_choices(CueChoices(tones=False, spoken=True, spoken_volume=0.6), speaker)
    cues.follow(Pacer(BOX), clock.now)
    qtbot.waitUntil(lambda: bool(said), timeout=5000)
    expected = speech_volume(0.6, 0.5)  # as loud as a tone of 0.6 under the master
    assert engine.volume() == pytest.approx(expected, abs=0.01)
    cues.stop()
    speaker.close()


def test_the_voice_speaks_the_words_language_not_any_the_system_locale_picks(
    qtbot: QtBot,
) -> None:
    """Under a C locale speech-dispatcher chose the first of 1530 voices (Bishnupriya Manipuri)."""
    speaker = Speaker(engines=["mock"], words=QLocale.Language.NorwegianBokmal)
    with qtbot.waitSignal(speaker.loaded, timeout=5000):
        pass
    assert speaker.worker.engine.locale().language() == QLocale.Language.NorwegianBokmal
    speaker.close()
    offered = [QLocale("es_419"), QLocale("de_DE"), QLocale("en_US")]
    assert voice_locale(offered, QLocale.Language.German) == QLocale("de_DE")
    assert voice_locale(offered, QLocale.Language.English) == QLocale("en_US")
    assert voice_locale(offered, QLocale.Language.Finnish) is None, "the engine's own choice"
    assert words_language() == QLocale.Language.English, "untranslated words are English"


@pytest.mark.qt_log_ignore('Text-to-speech plug-in "no-such-engine" is not supported')
def test_no_working_engine_says_what_to_install(qtbot: QtBot) -> None:
    speaker = Speaker(engines=["no-such-engine"])
    with qtbot.waitSignal(speaker.loaded, timeout=5000) as loaded:
        pass
    assert loaded.args[0] is False and "spoken cues are off" in loaded.args[1].lower()
    speaker.close()
    assert "libspeechd2" in missing_speech_part(["mock"])


class Words:
    """A stand-in speaker that keeps what it was asked to say."""

    def __init__(self) -> None:
        self.said: list[str] = []

    def say(self, word: str, volume: float) -> None:
        self.said.append(word)


def test_spoken_cues_keep_aiming_after_a_handover_to_a_slower_pattern(qtbot: QtBot) -> None:
    """Past the switch the next word may be further away than one breath of the first pattern."""
    clock = FakeClock(0)
    slow = BreathPattern(inhale=6, exhale=6)
    pacer = Pacer(BreathPattern(inhale=1, exhale=1), max_breaths=1, then=slow)
    words = Words()
    cues = BreathingCues(NullAudio(), CueChoices(spoken=True), clock, words)  # type: ignore[arg-type]
    cues.follow(pacer, lambda: 2.5)  # the slow inhale began at 2 s; its exhale comes at 8 s
    assert cues._timer.isActive(), "aimed at the exhale, 5.5 s away"
    assert 5000 <= cues._timer.remainingTime() <= 5500


class SaidWords:
    """Stands in for the speaker: what would have been said, in order."""

    def __init__(self) -> None:
        self.words: list[str] = []

    def say(self, word: str, volume: float) -> None:
        self.words.append(word)


def test_sound_off_silences_spoken_words_too(qtbot: QtBot) -> None:
    speaker = SaidWords()
    audio = NullAudio()
    audio.muted = True
    clock = FakeClock(0)
    cues = BreathingCues(audio, CueChoices(tones=False, spoken=True), clock, speaker)  # type: ignore[arg-type]
    cues.follow(Pacer(BOX), clock.now)
    assert speaker.words == [], "sound off: the first word is not said"
    audio.muted = False
    clock.advance(4)
    cues._on_timer_timeout()  # the timer's slot at the next boundary, on the fake clock
    assert speaker.words == ["hold"]
    cues.stop()
