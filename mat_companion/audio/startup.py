"""Bringing up sound without slowing the window: render in a thread, then switch on."""

from __future__ import annotations

import logging
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot

from mat_companion.audio.output import SwitchableAudio
from mat_companion.core.clock import Clock

if TYPE_CHECKING:
    from mat_companion.audio.mixer import Samples
    from mat_companion.audio.qt_output import QtAudioOutput

log = logging.getLogger(__name__)


def no_device() -> str:
    """What to say when there is no audio output."""
    return QCoreApplication.translate(
        "AudioStarter",
        "No audio output was found, so the app runs silently; everything else works.",
    )


class AudioStarter(QObject):
    """Renders the sounds off the UI thread and switches ``audio`` to QtMultimedia when done.

    Signals:
        finished(str): "" when sound is on, else one sentence saying why it is not.
        problem(str): later, one sentence about a sound that could not be played.
    """

    finished = Signal(str)
    problem = Signal(str)
    _rendered = Signal(object)  # the sounds by name
    _render_failed = Signal(object)  # the exception

    def __init__(
        self,
        audio: SwitchableAudio,
        cache_dir: Path,
        clock: Clock,
        master: float,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._audio = audio
        self._cache_dir = cache_dir
        self._clock = clock
        self._master = master
        self.output: QtAudioOutput | None = None
        self._rendered.connect(self._on_rendered)
        self._render_failed.connect(self._on_render_failed)

    def start(self) -> None:
        """Check for a device, then render in a worker thread."""
        try:
            from mat_companion.audio.qt_output import has_output_device
        except ImportError as error:
            self.finished.emit(
                self.tr("Sound is off: QtMultimedia could not be loaded ({error}).").format(
                    error=error
                )
            )
            return
        if not has_output_device():
            log.info("no audio output device")
            self.finished.emit(no_device())
            return
        threading.Thread(target=self._render, name="render-sounds", daemon=True).start()

    def _render(self) -> None:
        from mat_companion.audio.cache import prepared_sounds

        try:
            self._rendered.emit(prepared_sounds(self._cache_dir))
        except Exception as error:  # noqa: BLE001 - any failure means: no sound, say why
            log.exception("rendering sounds failed")
            self._render_failed.emit(error)

    @Slot(object)
    def _on_render_failed(self, error: Exception) -> None:
        self.finished.emit(
            self.tr("Sound is off: the sounds could not be prepared ({error}).").format(error=error)
        )

    @Slot(object)
    def _on_rendered(self, sounds: dict[str, Samples]) -> None:
        from mat_companion.audio.qt_output import QtAudioOutput

        output = QtAudioOutput(sounds, self._clock, self._master, self)
        self.output = output
        output.problem.connect(self.problem)
        if output.is_ready:
            self._switch()
        else:
            output.ready.connect(self._switch)

    @Slot()
    def _switch(self) -> None:
        """Sound goes live once the stream is playing: a cue is silent rather than late."""
        if self.output is not None:  # set before its ready signal can come
            self._audio.switch_to(self.output)
            self.finished.emit("")
