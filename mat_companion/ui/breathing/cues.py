"""Cues to breathe by with eyes closed: the pacer's track for the mixer, and spoken words.

The tones are a track the audio thread asks for block by block (see
``core.breath_cues``), so they land on the pattern's exact boundaries. Spoken
words go through QTextToSpeech on a thread of its own (loading an engine takes
a second or more), said at the boundaries by a precise single-shot timer, as
loud as a tone of the same volume under the master slider.
"""

from __future__ import annotations

import logging
import shutil
import sys
from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, QObject, Qt, QThread, QTimer, Signal, Slot

from mat_companion.audio.output import AudioOutput
from mat_companion.audio.threads import end_thread
from mat_companion.audio.volume import speech_volume
from mat_companion.core.breath_cues import CueChoices, PacerCueTrack
from mat_companion.core.breathing import BreathPhase, Pacer
from mat_companion.core.clock import Clock
from mat_companion.qt_app import running_app

if TYPE_CHECKING:
    from PySide6.QtTextToSpeech import QTextToSpeech

log = logging.getLogger(__name__)

#: A boundary this close ahead is said now rather than waited for.
_EARLY_SECONDS = 0.002
#: On starting or resuming, a boundary this recent is still cued (a pattern starts on one).
_LATE_SECONDS = 0.02


def spoken_words() -> dict[BreathPhase, str]:
    """The words said at each phase."""
    return {
        BreathPhase.INHALE: QCoreApplication.translate("BreathingCues", "in"),
        BreathPhase.TOP_UP: QCoreApplication.translate("BreathingCues", "more"),
        BreathPhase.HOLD_IN: QCoreApplication.translate("BreathingCues", "hold"),
        BreathPhase.EXHALE: QCoreApplication.translate("BreathingCues", "out"),
        BreathPhase.HOLD_OUT: QCoreApplication.translate("BreathingCues", "hold"),
    }


def missing_speech_part(engines: list[str]) -> str:
    """What to install when no speech engine works, in a sentence or two."""
    if sys.platform.startswith("linux"):
        if "speechd" not in engines:
            return QCoreApplication.translate(
                "Speaker",
                "Spoken cues are off: Qt's speech plug-in needs the speech-dispatcher library. "
                "On Debian or Ubuntu, install libspeechd2, with speech-dispatcher and "
                "espeak-ng for a voice.",
            )
        if shutil.which("speech-dispatcher") is None:
            return QCoreApplication.translate(
                "Speaker",
                "Spoken cues are off: no voice is installed (on Debian or Ubuntu: "
                "speech-dispatcher, espeak-ng and speech-dispatcher-espeak-ng).",
            )
    return QCoreApplication.translate(
        "Speaker", "Spoken cues are off: no speech engine works on this computer."
    )


def words_language() -> QLocale.Language:
    """The language of the spoken words: the user's where the app is translated, else English."""
    translated = spoken_words()[BreathPhase.INHALE] != "in"
    return QLocale().language() if translated else QLocale.Language.English


def voice_locale(available: list[QLocale], words: QLocale.Language) -> QLocale | None:
    """A voice for ``words``: the system's own (a C locale) may pick any of hundreds."""
    return next((locale for locale in available if locale.language() == words), None)


class _SpeechWorker(QObject):
    """Lives on the speech thread: loads an engine, then says what it is given."""

    loaded = Signal(bool, str)

    def __init__(self) -> None:
        super().__init__()
        self.engine: QTextToSpeech | None = None

    @Slot(list, int)
    def load(self, engines: list[str], words: int) -> None:
        try:
            from PySide6.QtTextToSpeech import QTextToSpeech
        except ImportError:
            self.loaded.emit(False, missing_speech_part([]))
            return
        available = QTextToSpeech.availableEngines()
        candidates = engines or [name for name in available if name != "mock"]
        for name in candidates:
            engine = QTextToSpeech(name, self)
            if engine.state() != QTextToSpeech.State.Error:
                locale = voice_locale(engine.availableLocales(), QLocale.Language(words))
                if locale is not None:
                    engine.setLocale(locale)
                self.engine = engine
                self.loaded.emit(True, "")
                return
            log.info("text-to-speech engine %s does not work: %s", name, engine.errorString())
            engine.deleteLater()
        self.loaded.emit(False, missing_speech_part(available))

    @Slot(str, float)
    def say(self, word: str, volume: float) -> None:
        if self.engine is not None:
            self.engine.setVolume(volume)
            self.engine.say(word)


class Speaker(QObject):
    """Says words on a thread of its own, so loading the engine never freezes the window.

    Signals:
        loaded(bool, str): the engine is ready (True), or not, with the sentence saying why.
    """

    loaded = Signal(bool, str)
    _load_requested = Signal(list, int)
    _say_requested = Signal(str, float)

    def __init__(
        self,
        engines: list[str] | None = None,
        parent: QObject | None = None,
        words: QLocale.Language | None = None,
    ) -> None:
        super().__init__(parent)
        self.ok: bool | None = None
        self._thread = QThread()
        self._thread.setObjectName("speech")
        self.worker = _SpeechWorker()
        self.worker.moveToThread(self._thread)
        self._thread.finished.connect(self.worker.deleteLater)  # the engine dies on its thread
        self._load_requested.connect(self.worker.load)
        self._say_requested.connect(self.worker.say)
        self.worker.loaded.connect(self._on_worker_loaded)
        self.destroyed.connect(partial(end_thread, self._thread))
        running_app(QCoreApplication).aboutToQuit.connect(self.close)
        self._thread.start()
        self._load_requested.emit(engines or [], (words or words_language()).value)

    @Slot(bool, str)
    def _on_worker_loaded(self, ok: bool, why: str) -> None:
        self.ok = ok
        self.loaded.emit(ok, why)

    def say(self, word: str, volume: float) -> None:
        """Say ``word`` now (interrupting the previous word) at ``volume`` 0-1."""
        self._say_requested.emit(word, volume)

    @Slot()
    def close(self) -> None:
        """End the speech thread."""
        self._thread.quit()
        self._thread.wait()


class BreathingCues(QObject):
    """Cues a pacer that follows an elapsed-seconds function on the app's clock."""

    def __init__(
        self,
        audio: AudioOutput,
        choices: CueChoices,
        clock: Clock,
        speaker: Speaker | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._audio = audio
        self._choices = choices
        self._clock = clock
        self._speaker = speaker
        self._words = spoken_words()
        self._pacer: Pacer | None = None
        self._elapsed: Callable[[], float] | None = None
        self._following = False
        self._last_said = -1.0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self._on_timer_timeout)

    def set_choices(self, choices: CueChoices, speaker: Speaker | None = None) -> None:
        """Change which cues sound (and the speaker, once one has been created)."""
        self._choices = choices
        if speaker is not None:
            self._speaker = speaker
        if self._following:
            self.resume()

    def follow(self, pacer: Pacer, elapsed: Callable[[], float]) -> None:
        """Cue ``pacer`` from now on; a boundary just now (the pattern's start) is cued at once."""
        self._pacer = pacer
        self._elapsed = elapsed
        self.resume()

    def stop(self) -> None:
        """No more cues until ``resume`` or ``follow``."""
        self._following = False
        self._timer.stop()
        self._audio.set_cue_track(None)

    def resume(self) -> None:
        """Continue after a pause, from where the pacer is now (no catching up)."""
        if self._pacer is None or self._elapsed is None:
            return
        self._following = True
        elapsed = self._elapsed()
        anchor = self._clock.now() - elapsed
        track = PacerCueTrack(self._pacer, self._choices, anchor)
        self._audio.set_cue_track(
            track if self._choices.any_sound else None, since=self._clock.now() - _LATE_SECONDS
        )
        self._last_said = elapsed - _LATE_SECONDS
        self._on_timer_timeout()

    @property
    def active(self) -> bool:
        """Whether cues are being given."""
        return self._following

    @Slot()
    def _on_timer_timeout(self) -> None:
        """Say the word of a boundary that has come, and aim at the next (spoken cues only)."""
        if not self._following or self._pacer is None or self._elapsed is None:
            return
        if not self._choices.spoken or self._speaker is None:
            return
        now = self._elapsed()
        cycle = self._pacer.longest_cycle_seconds
        due = self._pacer.boundaries(self._last_said + 1e-9, now + _EARLY_SECONDS)
        if due:
            at, phase = due[-1]  # after a stall, only the latest word: never a burst
            if not self._audio.muted:  # sound off silences words too (they bypass the mixer)
                volume = speech_volume(self._choices.spoken_volume, self._audio.master)
                self._speaker.say(self._words[phase], volume)
            self._last_said = at
        upcoming = self._pacer.boundaries(now + _EARLY_SECONDS, now + cycle + 1)
        if upcoming:
            self._timer.start(max(0, round((upcoming[0][0] - now) * 1000)))
