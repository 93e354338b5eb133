"""Sounds to breathe by with eyes closed: a rising tone in, a falling tone out, a tick on holds.

A precise single-shot timer is aimed at the pacer's next phase boundary (from
the core's exact ``boundaries``), so cues land on the pattern rather than on a
repaint tick. Spoken words go through QTextToSpeech where an engine exists.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Slot

from mat_companion.audio.output import AudioOutput
from mat_companion.core.breathing import BreathPhase, Pacer
from mat_companion.ui.breathing_choices import CueChoices

log = logging.getLogger(__name__)

#: The sound played at the start of each phase.
CUE_SOUNDS = {
    BreathPhase.INHALE: "breath_in",
    BreathPhase.TOP_UP: "breath_top_up",
    BreathPhase.HOLD_IN: "hold_tick",
    BreathPhase.EXHALE: "breath_out",
    BreathPhase.HOLD_OUT: "hold_tick",
}
HOLDS = (BreathPhase.HOLD_IN, BreathPhase.HOLD_OUT)
#: A boundary this close ahead is played now rather than waited for.
_EARLY_SECONDS = 0.002
#: On starting or resuming, a boundary this recent is still played (a pattern starts on one).
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


class Speaker:
    """Says a word through QTextToSpeech; ``create`` returns None where no engine exists."""

    def __init__(self, engine: object) -> None:
        self._engine = engine

    @classmethod
    def create(cls, engines: list[str] | None = None) -> Speaker | None:
        """A speaker on the first engine that works (Qt's test-only "mock" excluded), or None.

        Loading an engine is slow and may fail (a plug-in without its system
        library), so this runs only when spoken cues are wanted.
        """
        try:
            from PySide6.QtTextToSpeech import QTextToSpeech
        except ImportError:
            return None
        candidates = (
            engines
            if engines is not None
            else [name for name in QTextToSpeech.availableEngines() if name != "mock"]
        )
        for name in candidates:
            engine = QTextToSpeech(name)
            if engine.state() != QTextToSpeech.State.Error:
                return cls(engine)
            log.info("text-to-speech engine %s does not work: %s", name, engine.errorString())
        log.info("no working text-to-speech engine: spoken cues are unavailable")
        return None

    def say(self, word: str, volume: float) -> None:
        """Say ``word`` now (interrupting the previous word)."""
        self._engine.setVolume(volume)  # type: ignore[attr-defined]
        self._engine.say(word)  # type: ignore[attr-defined]


class BreathingCues(QObject):
    """Plays the cues of a pacer following an elapsed-seconds function."""

    def __init__(
        self,
        audio: AudioOutput,
        choices: CueChoices,
        speaker: Speaker | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._audio = audio
        self._choices = choices
        self._speaker = speaker
        self._words = spoken_words()
        self._pacer: Pacer | None = None
        self._elapsed: Callable[[], float] | None = None
        self._last_cued = -1.0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self._on_timer_timeout)

    def set_choices(self, choices: CueChoices, speaker: Speaker | None = None) -> None:
        """Change which cues sound (and the speaker, once one has been created)."""
        self._choices = choices
        if speaker is not None:
            self._speaker = speaker

    def follow(self, pacer: Pacer, elapsed: Callable[[], float]) -> None:
        """Cue ``pacer`` from now on; a boundary just now (the pattern's start) is cued at once."""
        self._pacer = pacer
        self._elapsed = elapsed
        self.resume()

    def stop(self) -> None:
        """No more cues until ``resume`` or ``follow``."""
        self._timer.stop()

    def resume(self) -> None:
        """Continue after a pause, from where the pacer is now (no catching up)."""
        if self._pacer is not None and self._elapsed is not None:
            self._last_cued = self._elapsed() - _LATE_SECONDS
            self._on_timer_timeout()

    @property
    def active(self) -> bool:
        """Whether a next cue is scheduled."""
        return self._timer.isActive()

    @Slot()
    def _on_timer_timeout(self) -> None:
        if self._pacer is None or self._elapsed is None:
            return
        now = self._elapsed()
        cycle = self._pacer.pattern.cycle_seconds
        due = self._pacer.boundaries(self._last_cued + 1e-9, now + _EARLY_SECONDS)
        if due:
            at, phase = due[-1]  # after a stall, only the latest cue: never a burst
            self._play(phase)
            self._last_cued = at
        upcoming = self._pacer.boundaries(now + _EARLY_SECONDS, now + cycle + 1)
        if upcoming:
            self._timer.start(max(0, round((upcoming[0][0] - now) * 1000)))

    def _play(self, phase: BreathPhase) -> None:
        choices = self._choices
        if phase in HOLDS:
            if choices.hold_tick:
                self._audio.play(CUE_SOUNDS[phase], choices.tick_volume)
        elif choices.tones:
            self._audio.play(CUE_SOUNDS[phase], choices.tone_volume)
        if choices.spoken and self._speaker is not None:
            self._speaker.say(self._words[phase], choices.spoken_volume)
